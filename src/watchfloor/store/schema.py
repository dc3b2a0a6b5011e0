"""The store's tables as SQLAlchemy Core metadata, one source of truth for both backends.

Alembic migrations in :mod:`watchfloor.store.migrations` create exactly these tables, and
``tests/test_store_migrations.py`` checks that an upgraded database compares equal to this
metadata. Full-text search objects are not here: they differ by backend (an FTS5 virtual
table on SQLite, a generated ``tsvector`` column on PostgreSQL), so the migrations create
them with raw DDL and :data:`FTS_OBJECT_NAMES` lists them for the comparison to skip.

Why these shapes:

* ``documents.pk`` is an integer surrogate key so that claims, signatures and the SQLite FTS
  rowid join on a small integer; ``documents.id`` is the stable public id callers see.
* ``content_hash`` is unique: storing the same normalised text twice is impossible even when
  two processes race, because the database, not the Python code, refuses the second row.
* Claims are flat, one column per SPEC field, so a ledger series query (type, actor,
  recipient, item over time) is an index range scan rather than JSON parsing.
* Dates stay ISO strings (``YYYY-MM-DD``, or longer timestamps) because SPEC dates may be
  partial and ISO strings sort chronologically as text on every backend.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

#: Constraint names follow one convention so migrations can address them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}



class UtcDateTime(TypeDecorator):
    """A timezone-aware UTC timestamp on every backend.

    SQLite keeps no zone, so values read back naive; this type reattaches UTC, so callers
    compare store timestamps without caring which backend wrote them.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


metadata = MetaData(naming_convention=NAMING_CONVENTION)

clusters = Table(
    "clusters",
    metadata,
    Column("id", String(64), primary_key=True, comment="stable cluster id, cl-<hash prefix>"),
    Column(
        "canonical_doc_id",
        String(255),
        nullable=False,
        comment="earliest published member, then first stored (no FK: avoids a cycle)",
    ),
    Column("created_at", UtcDateTime(), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(255), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("title", Text),
    Column("publisher", Text),
    Column("published", String(32)),
    Column("language", String(16)),
    Column("non_english", Boolean, nullable=False, default=False),
    Column("text", Text, nullable=False),
    Column("n_words", Integer, nullable=False),
    Column("cluster_id", String(64), ForeignKey("clusters.id"), nullable=False),
    Column("extractor_version", String(64)),
    Column("claim_count", Integer, nullable=False, default=0),
    Column("stored_at", UtcDateTime(), nullable=False),
    Index(None, "cluster_id", "published"),
    Index(None, "published"),
    Index(None, "publisher"),
    Index(None, "extractor_version"),
)

claims = Table(
    "claims",
    metadata,
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("type", String(16), nullable=False),
    Column("actor", String(64)),
    Column("recipient", String(64)),
    Column("location", Text),
    Column("item", Text),
    Column("quantity_value", Double),
    Column("quantity_low", Double),
    Column("quantity_high", Double),
    Column("quantity_approx", String(16)),
    Column("quantity_unit", Text),
    Column("quantity_basis", String(16)),
    Column("time_start", String(32)),
    Column("time_end", String(32)),
    Column("time_text", Text),
    Column("source_entity", String(64)),
    Column("source_text", Text),
    Column("modality", String(16), nullable=False),
    Column("channel", Text),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("spans", JSON, comment="extra grounded spans, SPEC 'spans' mapping"),
    Column("restates", Integer),
    Column("part_of", Integer, comment="ordinal of an earlier claim whose figure includes this one"),
    Column("extractor_version", String(64), nullable=False),
    Index("ix_claims_series", "type", "actor", "recipient", "item", "time_start"),
    Index(None, "actor", "time_start"),
    Index(None, "recipient", "time_start"),
    Index(None, "item", "time_start"),
    Index(None, "time_start"),
)

minhashes = Table(
    "minhashes",
    metadata,
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
    Column("scheme", String(16), nullable=False),
    Column("seed", Integer, nullable=False),
    Column("num_perm", Integer, nullable=False),
    Column("hashvalues", LargeBinary, nullable=False),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("code", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", UtcDateTime(), nullable=False),
    Index(None, "code"),
)

#: Backend-specific full-text objects made by raw DDL in the migrations (see module doc).
FTS_OBJECT_NAMES: frozenset[str] = frozenset(
    {
        "documents_fts",
        "documents_fts_data",
        "documents_fts_idx",
        "documents_fts_docsize",
        "documents_fts_config",
        "documents_fts_content",
        "tsv",
        "ix_documents_tsv",
    }
)


def include_name(name: str | None, type_: str, parent_names: dict[str, Any]) -> bool:
    """Alembic ``include_name`` hook: compare everything but :data:`FTS_OBJECT_NAMES`."""
    return name not in FTS_OBJECT_NAMES
