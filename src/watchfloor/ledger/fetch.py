"""Reading claims for the ledger out of the store, one SQL statement per question.

The ledger reads only through the store's tables and filter helpers
(:mod:`watchfloor.store.schema`, :mod:`watchfloor.store.queries`). Each row is a claim with
its document's id, date, publisher and syndication cluster, in store order (published,
then stored). Which copy of a cluster dates a story is decided in Python
(:func:`watchfloor.ledger.assertions.stories`), which spares every row two more index
lookups (cluster, canonical copy) on a large store.

A series is answered from the claims index ``ix_claims_series`` (type, actor, recipient,
item, time): see :func:`measure_rows`.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator

from sqlalchemy import ColumnElement, Select, and_, select

from watchfloor.ledger.measures import Measure
from watchfloor.store import Store
from watchfloor.store.queries import claim_fields, entity_filter
from watchfloor.store.schema import claims, documents

#: Rows fetched per round trip when streaming.
BATCH = 2000


def _base() -> Select:
    c, d = claims.c, documents.c
    return select(
        d.id.label("doc_id"),
        d.pk.label("doc_pk"),
        c.ordinal,
        d.cluster_id,
        d.published,
        d.publisher,
        *claim_fields(),
    ).select_from(claims.join(documents, documents.c.pk == claims.c.doc_pk))


#: One claim row, its fields named as the columns of :func:`_base` (a named tuple: the ledger
#: reads a few fields of thousands of rows, and tuple attributes are the cheapest to read).
Row = namedtuple("Row", [col.key for col in _base().selected_columns])


def _ordered(stmt: Select) -> Select:
    d = documents.c
    return stmt.order_by(d.published.is_(None), d.published, d.pk, claims.c.ordinal)


def _run(store: Store, stmt: Select) -> Iterator[Row]:
    with store.engine.connect() as conn:
        yield from map(Row._make, conn.execution_options(yield_per=BATCH).execute(stmt))


def figure_rows(store: Store) -> Iterator[Row]:
    """Every claim that carries a quantity of its own: the parts of a total stated in the same
    report ("seven of them in the first compound") are left out, as their total counts them."""
    return _run(store, _ordered(_base().where(claims.c.quantity_approx.is_not(None), claims.c.part_of.is_(None))))


def measure_rows(store: Store, measure: Measure) -> list[Row]:
    """The claims that may count ``measure``: its own parties and every partial shape of them.

    One statement per shape (both parties known, then each with a party unstated), each a
    seek on ``ix_claims_series`` (type, actor, recipient): an OR of shapes in one statement
    makes SQLite fall back to scanning every claim of the type. A party is asked for as one
    index range, ``PRK`` to ``PRK/`` (``PRK`` and ``PRK.*``; ``/`` sorts just after ``.``);
    the caller still computes each row's measure (items and places are normalised in
    Python, by the lexicon) and keeps the rows that belong. Rows come back in store order.
    """
    c = claims.c
    known = [(getattr(c, role), getattr(measure, role)) for role in measure.roles]
    complete = bool(known) and all(value is not None for _, value in known)
    shapes: list[list[ColumnElement]] = []
    if complete:
        n = len(known)
        for mask in range(2**n - 1, 0, -1):  # the complete shape, then each partial one
            shapes.append([_party_range(col, value) if mask >> i & 1 else col.is_(None)
                           for i, (col, value) in enumerate(known)])
    else:
        shapes.append([_party_range(col, value) if value is not None else col.is_(None) for col, value in known])
    rows: list[Row] = []
    with store.engine.connect() as conn:
        for shape in shapes:
            stmt = _base().where(c.type == measure.type, *shape, c.quantity_approx.is_not(None), c.part_of.is_(None))
            rows.extend(map(Row._make, conn.execute(stmt)))
    rows.sort(key=lambda r: (r.published is None, r.published or "", r.doc_pk, r.ordinal))
    return rows


def _party_range(column: ColumnElement, party: str) -> ColumnElement:
    return and_(column >= party, column < party + "/")


def event_rows(
    store: Store, *, actor: str | None = None, type: str | None = None  # noqa: A002 - the SPEC field
) -> Iterator[Row]:
    """Claims that may be events (all claims; the caller drops those that carry a figure)."""
    c = claims.c
    stmt = _base()
    if actor:
        stmt = stmt.where(entity_filter(c.actor, actor))
    if type:
        stmt = stmt.where(c.type == type.upper())
    return _run(store, _ordered(stmt))
