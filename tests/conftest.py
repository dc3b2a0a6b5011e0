"""Shared fixtures: a temporary SQLite store file and a real PostgreSQL server.

The PostgreSQL server is started once per session from the machine's own binaries (see
``tests/pg.py``) and each test gets a fresh database on it. Without the binaries the
PostgreSQL cases skip, unless ``WATCHFLOOR_REQUIRE_PG=1`` makes that a failure (CI sets it
where PostgreSQL must be tested).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pg import PostgresUnavailable, TempPostgres  # noqa: E402

BACKENDS = ("sqlite", "postgresql")


def _pg_required() -> bool:
    return os.environ.get("WATCHFLOOR_REQUIRE_PG") == "1"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TempPostgres]:
    """A PostgreSQL server for the whole session, on a Unix socket in a temp directory."""
    try:
        import psycopg  # noqa: F401

        server = TempPostgres().start()
    except (ImportError, PostgresUnavailable) as exc:
        if _pg_required():
            pytest.fail(f"WATCHFLOOR_REQUIRE_PG=1 but PostgreSQL is unavailable: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: TempPostgres) -> Iterator[str]:
    """URL of a fresh, empty database on the session's PostgreSQL server."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    """Path of a not-yet-existing SQLite store file in the test's temp directory."""
    return tmp_path / "store" / "watchfloor.db"


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, sqlite_path: Path) -> str:
    """An empty store location, once per backend: an SQLite path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(sqlite_path)
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_url: str):
    """An opened, migrated, empty store on each backend, closed after the test."""
    from watchfloor.store import Store

    opened = Store.open(store_url)
    yield opened
    opened.close()
