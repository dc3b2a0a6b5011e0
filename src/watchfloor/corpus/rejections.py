"""Recording refused inputs in the store once, however often the same batch is re-run.

The ``rejections`` table answers "what could not be read, and why". Re-running a batch
(after a crash, or to pick up new files in a folder) reads the same bad files again; adding
a row each time would make ``watchfloor stats`` count one broken file as many. So a refusal
already recorded with the same origin, code and reason is not recorded again; a different
reason for the same input (a URL that timed out, then returned garbage) is.
"""

from __future__ import annotations

from sqlalchemy import select

from watchfloor.errors import Rejected
from watchfloor.store import Store
from watchfloor.store.schema import rejections


def record_rejection(store: Store, rejected: Rejected) -> bool:
    """Record ``rejected`` in the store unless it is there already; return whether it was added."""
    r = rejections.c
    stmt = (
        select(r.id)
        .where(r.origin == rejected.origin, r.code == rejected.code, r.reason == rejected.reason)
        .limit(1)
    )
    with store.engine.connect() as conn:
        if conn.execute(stmt).first() is not None:
            return False
    store.add_rejection(rejected.origin, rejected.code, rejected.reason)
    return True
