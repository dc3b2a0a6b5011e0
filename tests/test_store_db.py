"""Engine set-up: URL resolution (golden cases), SQLite pragmas, the default location."""

from __future__ import annotations

from pathlib import Path

import pytest

from store_samples import load_cases, report
from watchfloor.store import Store
from watchfloor.store.db import resolve_url

URL_CASES = load_cases("store_url")


@pytest.mark.parametrize("case", URL_CASES, ids=[c["name"] for c in URL_CASES])
def test_resolve_url(case: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = resolve_url(case["given"])
    assert url.drivername == case["driver"]
    expected = case["database"]
    if expected is not None and expected.startswith("cwd/"):
        expected = str(tmp_path.resolve() / expected[4:])
    assert url.database == expected


def test_sqlite_store_runs_in_wal_with_foreign_keys(sqlite_path: Path) -> None:
    with Store.open(sqlite_path) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert sqlite_path.exists()  # parent folders were made


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from watchfloor.store.schema import claims

    row = {"doc_pk": 999, "ordinal": 0, "type": "ATTACK", "modality": "asserted",
           "evidence_start": 0, "evidence_end": 1, "evidence_text": "x",
           "extractor_version": "x1"}
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(insert(claims).values(**row))


def test_open_without_argument_uses_env_then_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WATCHFLOOR_DB", str(tmp_path / "from-env.db"))
    with Store.open() as store:
        store.add_document(report(), [], extractor_version="x1")
    assert (tmp_path / "from-env.db").exists()
    monkeypatch.delenv("WATCHFLOOR_DB")
    with Store.open(None) as store:
        assert store.stats()["documents"] == 0
    assert (tmp_path / "watchfloor.db").exists()


def test_in_memory_store_works_for_quick_use() -> None:
    with Store.open(":memory:") as store:
        store.add_document(report(), [], extractor_version="x1")
        assert [h.doc_id for h in store.search("Kursk")] == ["jcs-2025-03-27"]
