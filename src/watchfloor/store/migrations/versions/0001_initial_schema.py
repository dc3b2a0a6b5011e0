"""Initial schema: documents, clusters, claims, minhashes, rejections, full-text index.

Revision: 0001, the first.

The full-text objects are backend-specific raw DDL (see ``watchfloor.store.schema``).
On SQLite, beware in later revisions: ``batch_alter_table("documents")`` recreates the
table, which drops the FTS triggers; such a revision must re-create them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_FTS = (
    """
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='pk',
        tokenize='porter unicode61 remove_diacritics 2')
    """,
    """
    CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END
    """,
    """
    CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END
    """,
    """
    CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END
    """,
)
_SQLITE_FTS_DROP = (
    "DROP TRIGGER IF EXISTS documents_fts_au",
    "DROP TRIGGER IF EXISTS documents_fts_ad",
    "DROP TRIGGER IF EXISTS documents_fts_ai",
    "DROP TABLE IF EXISTS documents_fts",
)
_PG_FTS = (
    """
    ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', text), 'B')) STORED
    """,
    "CREATE INDEX ix_documents_tsv ON documents USING gin (tsv)",
)
_PG_FTS_DROP = (
    "DROP INDEX IF EXISTS ix_documents_tsv",
    "ALTER TABLE documents DROP COLUMN IF EXISTS tsv",
)


def upgrade() -> None:
    op.create_table(
        "clusters",
        sa.Column(
            "id", sa.String(64), nullable=False, comment="stable cluster id, cl-<hash prefix>"
        ),
        sa.Column(
            "canonical_doc_id",
            sa.String(255),
            nullable=False,
            comment="earliest published member, then first stored (no FK: avoids a cycle)",
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clusters")),
    )
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejections")),
    )
    op.create_index(op.f("ix_rejections_code"), "rejections", ["code"])
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("published", sa.String(32), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("non_english", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("n_words", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.String(64), nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=True),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"], ["clusters.id"], name=op.f("fk_documents_cluster_id_clusters")
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
        sa.UniqueConstraint("id", name=op.f("uq_documents_id")),
    )
    op.create_index(
        op.f("ix_documents_cluster_id_published"), "documents", ["cluster_id", "published"]
    )
    op.create_index(op.f("ix_documents_extractor_version"), "documents", ["extractor_version"])
    op.create_index(op.f("ix_documents_published"), "documents", ["published"])
    op.create_index(op.f("ix_documents_publisher"), "documents", ["publisher"])
    op.create_table(
        "claims",
        sa.Column("doc_pk", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("recipient", sa.String(64), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("item", sa.Text(), nullable=True),
        sa.Column("quantity_value", sa.Double(), nullable=True),
        sa.Column("quantity_low", sa.Double(), nullable=True),
        sa.Column("quantity_high", sa.Double(), nullable=True),
        sa.Column("quantity_approx", sa.String(16), nullable=True),
        sa.Column("quantity_unit", sa.Text(), nullable=True),
        sa.Column("quantity_basis", sa.String(16), nullable=True),
        sa.Column("time_start", sa.String(32), nullable=True),
        sa.Column("time_end", sa.String(32), nullable=True),
        sa.Column("time_text", sa.Text(), nullable=True),
        sa.Column("source_entity", sa.String(64), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("channel", sa.Text(), nullable=True),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column(
            "spans", sa.JSON(), nullable=True, comment="extra grounded spans, SPEC 'spans' mapping"
        ),
        sa.Column("restates", sa.Integer(), nullable=True),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_pk"],
            ["documents.pk"],
            name=op.f("fk_claims_doc_pk_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("doc_pk", "ordinal", name=op.f("pk_claims")),
    )
    op.create_index(
        "ix_claims_series", "claims", ["type", "actor", "recipient", "item", "time_start"]
    )
    op.create_index(op.f("ix_claims_actor_time_start"), "claims", ["actor", "time_start"])
    op.create_index(op.f("ix_claims_recipient_time_start"), "claims", ["recipient", "time_start"])
    op.create_index(op.f("ix_claims_item_time_start"), "claims", ["item", "time_start"])
    op.create_index(op.f("ix_claims_time_start"), "claims", ["time_start"])
    op.create_table(
        "minhashes",
        sa.Column("doc_pk", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(16), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("num_perm", sa.Integer(), nullable=False),
        sa.Column("hashvalues", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_pk"],
            ["documents.pk"],
            name=op.f("fk_minhashes_doc_pk_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("doc_pk", name=op.f("pk_minhashes")),
    )
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_FTS, "postgresql": _PG_FTS}.get(dialect, ()):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_FTS_DROP, "postgresql": _PG_FTS_DROP}.get(dialect, ()):
        op.execute(statement)
    op.drop_table("minhashes")
    op.drop_table("claims")
    op.drop_table("documents")
    op.drop_table("rejections")
    op.drop_table("clusters")
