"""Engine creation: where the store lives, and how each backend is set up to be safe.

A store is named by a path (an SQLite file) or an SQLAlchemy URL. SQLite is tuned for one
machine with several processes writing: WAL journal (readers never block the writer),
``synchronous=NORMAL`` (a committed transaction survives a killed process; only a power
cut may lose the last few, never corrupt the file), foreign keys on, a busy timeout, and
write transactions opened with ``BEGIN IMMEDIATE`` so two writers queue on the lock instead
of failing when one upgrades a read lock. PostgreSQL URLs are pointed at psycopg 3.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

#: Environment variable naming the default store when none is given.
ENV_VAR = "WATCHFLOOR_DB"
#: Store used when neither an argument nor :data:`ENV_VAR` names one.
DEFAULT_PATH = "watchfloor.db"
#: Execution option that makes an SQLite transaction take the write lock at BEGIN.
WRITE_OPTION = "watchfloor_write"
#: How long an SQLite writer waits for the lock before giving up, in milliseconds.
SQLITE_BUSY_TIMEOUT_MS = 30_000

_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
)


def resolve_url(url_or_path: str | os.PathLike[str] | None) -> URL:
    """Turn what a user typed into an SQLAlchemy URL.

    Args:
        url_or_path: ``None`` (use ``$WATCHFLOOR_DB``, else ``./watchfloor.db``), a file
            path (an SQLite database, created on first use), ``:memory:``, or a URL such as
            ``sqlite:///x.db`` or ``postgresql://user@host/db``.

    Returns:
        The URL, with a bare ``postgresql://`` or ``postgres://`` given the psycopg 3 driver.
    """
    if url_or_path is None:
        url_or_path = os.environ.get(ENV_VAR) or DEFAULT_PATH
    raw = os.fspath(url_or_path)
    if raw == ":memory:":
        return make_url("sqlite://")
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    url = make_url(raw)
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def create_store_engine(url: URL) -> Engine:
    """Create an engine for ``url`` with the backend set-up described in the module doc."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    kwargs: dict[str, Any] = {}
    if url.database in (None, "", ":memory:"):
        # One shared connection, or every checkout would see a different empty database.
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    engine = create_engine(url, **kwargs)
    _install_sqlite_hooks(engine)
    return engine


def _install_sqlite_hooks(engine: Engine) -> None:
    """Set pragmas on every new connection and take over BEGIN from pysqlite.

    pysqlite opens transactions lazily and only before DML, which would let a reader be
    upgraded to a writer mid-transaction (and fail under contention). Turning its own
    handling off and emitting BEGIN ourselves gives real transactions, and lets writers
    ask for ``BEGIN IMMEDIATE`` through the :data:`WRITE_OPTION` execution option.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in _SQLITE_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
