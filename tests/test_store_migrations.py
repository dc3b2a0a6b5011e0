"""The Alembic migrations build exactly the schema that schema.py declares, on both backends."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from store_samples import report
from watchfloor.store import Store
from watchfloor.store.repository import alembic_config
from watchfloor.store.schema import include_name, metadata


def _diff(store: Store) -> list:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        return compare_metadata(context, metadata)


def _revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_migrated_schema_equals_the_metadata(store: Store) -> None:
    assert _diff(store) == []
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert _revision(store) == head


def test_full_text_objects_exist(store: Store) -> None:
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert {"documents_fts", "documents_fts_ai", "documents_fts_ad",
                    "documents_fts_au"} <= names
        else:
            columns = {c["name"]: c for c in inspect(conn).get_columns("documents")}
            assert "tsv" in columns and columns["tsv"].get("computed")
            indexes = {i["name"] for i in inspect(conn).get_indexes("documents")}
            assert "ix_documents_tsv" in indexes


def test_migrate_is_idempotent_and_reopening_keeps_data(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_document(report(), [], extractor_version="x1")
        store.migrate()
    with Store.open(store_url) as again:
        assert again.stats()["documents"] == 1
        assert _diff(again) == []


def test_downgrade_to_base_and_back(store: Store) -> None:
    cfg = alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with store.engine.connect() as conn:
        left = set(inspect(conn).get_table_names()) - {"alembic_version"}
    assert left == set()
    store.migrate()
    assert _diff(store) == []
    assert store.add_document(
        report(), [], extractor_version="x1"
    ).status == "new"
    assert [h.doc_id for h in store.search("Kursk")] == ["jcs-2025-03-27"]


def test_the_comparison_sees_the_tables(store: Store) -> None:
    """Guard for the test above: an empty metadata must differ from the migrated schema."""
    from sqlalchemy import MetaData

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, MetaData())
    removed = {d[1].name for d in diff if d[0] == "remove_table"}
    assert removed == {"documents", "clusters", "claims", "minhashes", "rejections"}
