"""The :class:`Store`: documents, their claims and clusters, kept consistent on disk.

Every write is one transaction, so a process killed at any instant leaves either the whole
document (text, claims, signature, cluster membership) or nothing; re-running the same adds
then completes the store without doubles, because documents are unique on the hash of
their normalised text. Writers are serialised per store (SQLite ``BEGIN IMMEDIATE``, a
PostgreSQL advisory lock), which makes the exact- and near-duplicate checks exact even with
several processes adding at once, at the cost of parallel writes that the short add
transactions do not need.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from datasketch import LeanMinHash
from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from watchfloor.model import CLAIM_TYPES, MODALITIES, Claim, Document
from watchfloor.store import fts, queries
from watchfloor.store.db import WRITE_OPTION, create_store_engine, resolve_url
from watchfloor.store.fts import SearchHit
from watchfloor.store.results import AddResult, DocumentSummary, StoredDocument
from watchfloor.store.rows import claim_to_row, row_to_claim, row_to_record
from watchfloor.store.schema import claims as claims_table
from watchfloor.store.schema import clusters, documents, minhashes, rejections
from watchfloor.store.syndication import (
    DEFAULT_THRESHOLD,
    NUM_PERM,
    SCHEME,
    SEED,
    NearDuplicateIndex,
)
from watchfloor.store.textnorm import content_hash, words

#: PostgreSQL advisory lock keys ("wflo" in ASCII, then +1): adds and migrations.
_ADD_LOCK = 0x77666C6F
_MIGRATE_LOCK = _ADD_LOCK + 1
_REEXTRACT_BATCH = 1000


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migrations; no ini file needed."""
    cfg = Config()
    cfg.set_main_option("script_location", "watchfloor.store:migrations")
    return cfg


def _check_claims(doc: Document, claim_list: Sequence[Claim]) -> None:
    """Refuse claims that break the SPEC contract before anything is written."""
    for claim in claim_list:
        if claim.type not in CLAIM_TYPES:
            raise ValueError(f"unknown claim type {claim.type!r}")
        if claim.modality not in MODALITIES:
            raise ValueError(f"unknown modality {claim.modality!r}")
        claim.evidence.check(doc.text)
        for span in claim.spans.values():
            span.check(doc.text)


def _is_non_english(language: str | None) -> bool:
    return language is not None and not language.lower().startswith("en")


class Store:
    """Documents and claims in SQLite or PostgreSQL; see the module doc for the guarantees.

    Make one with :meth:`open`. A store is safe to use from one thread; open one per
    process (or thread) for parallel work.
    """

    def __init__(self, engine: Engine, *, near_duplicate_threshold: float = DEFAULT_THRESHOLD):
        self._engine = engine
        self._index = NearDuplicateIndex(near_duplicate_threshold)

    @classmethod
    def open(
        cls,
        url_or_path: str | Path | None = None,
        *,
        migrate: bool = True,
        near_duplicate_threshold: float = DEFAULT_THRESHOLD,
    ) -> Store:
        """Open (creating if needed) the store at a path or SQLAlchemy URL.

        Args:
            url_or_path: ``None`` for ``$WATCHFLOOR_DB`` or ``./watchfloor.db``; a file path
                for SQLite; or a URL (``sqlite:///...``, ``postgresql+psycopg://...``).
            migrate: Upgrade the schema to the newest revision (the default).
            near_duplicate_threshold: Similarity at which a document joins a cluster.
        """
        url = resolve_url(url_or_path)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        store = cls(create_store_engine(url), near_duplicate_threshold=near_duplicate_threshold)
        if migrate:
            store.migrate()
        return store

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for tools that need raw access (tests, exports)."""
        return self._engine

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._engine.dialect.name

    def close(self) -> None:
        """Release every pooled connection."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, lock: int = _ADD_LOCK) -> Iterator[Connection]:
        """A write transaction that holds the store's writer lock until it ends."""
        with self._engine.connect() as conn:
            conn.execution_options(**{WRITE_OPTION: True})
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock})
                yield conn

    def migrate(self) -> None:
        """Upgrade the schema to the newest Alembic revision (a no-op when it is there)."""
        cfg = alembic_config()
        with self._write(_MIGRATE_LOCK) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    content_hash = staticmethod(content_hash)

    def has_document(self, content_hash: str) -> bool:
        """Whether a document with this :meth:`content_hash` is stored."""
        stmt = select(documents.c.pk).where(documents.c.content_hash == content_hash)
        with self._engine.connect() as conn:
            return conn.execute(stmt).first() is not None

    def add_document(
        self, doc: Document, claims: Sequence[Claim], *, extractor_version: str
    ) -> AddResult:
        """Store ``doc`` with its ``claims`` and put it in a cluster, in one transaction.

        The document id is ``doc.id``, or ``doc-<hash prefix>`` without one; when another
        text already holds ``doc.id`` (a revised article at the same URL) this one is stored
        as ``<doc.id>~<hash prefix>``. The text already stored (same normalised text) is not
        stored again: the result says ``duplicate`` and names the stored id.

        Raises:
            SpanMismatchError: A claim's evidence or span does not select its text in
                ``doc.text``.
            ValueError: A claim has an unknown type or modality.
        """
        _check_claims(doc, claims)
        digest = content_hash(doc.text)
        existing = self._find_by_hash(digest)
        if existing is not None:
            return existing
        tokens = words(doc.text)
        signature = self._index.signature(tokens)
        try:
            result, pk = self._insert(doc, claims, digest, tokens, signature, extractor_version)
        except IntegrityError:
            # Only reachable when a writer outside this class's lock stored the same text.
            existing = self._find_by_hash(digest)
            if existing is None:
                raise
            return existing
        if result.status != "duplicate" and signature is not None:
            self._index.add(pk, signature, result.cluster_id)
        return result

    def _find_by_hash(self, digest: str, conn: Connection | None = None) -> AddResult | None:
        stmt = select(documents.c.id, documents.c.cluster_id).where(
            documents.c.content_hash == digest
        )
        with contextlib.ExitStack() as stack:
            if conn is None:
                conn = stack.enter_context(self._engine.connect())
            row = conn.execute(stmt).first()
        return None if row is None else AddResult(row.id, "duplicate", row.cluster_id)

    def _insert(
        self,
        doc: Document,
        claim_list: Sequence[Claim],
        digest: str,
        tokens: list[str],
        signature: LeanMinHash | None,
        extractor_version: str,
    ) -> tuple[AddResult, int]:
        """The add transaction proper; returns the result and the new document's key.

        The hash is checked again under the writer lock: another process may have stored
        the same text since the unlocked check in :meth:`add_document`.
        """
        now = datetime.now(UTC)
        with self._write() as conn:
            existing = self._find_by_hash(digest, conn)
            if existing is not None:
                return existing, 0
            doc_id = self._free_id(conn, doc.id, digest)
            self._refresh_index(conn)
            match = self._index.best_match(signature) if signature is not None else None
            if match is None:
                cluster_id, status = f"cl-{digest[:16]}", "new"
                conn.execute(
                    insert(clusters).values(id=cluster_id, canonical_doc_id=doc_id, created_at=now)
                )
            else:
                cluster_id, status = match.cluster_id, "near_duplicate"
            pk = conn.execute(
                insert(documents).values(
                    id=doc_id,
                    content_hash=digest,
                    url=doc.url,
                    title=doc.title,
                    publisher=doc.publisher,
                    published=doc.published,
                    language=doc.language,
                    non_english=_is_non_english(doc.language),
                    text=doc.text,
                    n_words=len(tokens),
                    cluster_id=cluster_id,
                    extractor_version=extractor_version,
                    claim_count=len(claim_list),
                    stored_at=now,
                )
            ).inserted_primary_key[0]
            if signature is not None:
                conn.execute(
                    insert(minhashes).values(
                        doc_pk=pk,
                        scheme=SCHEME,
                        seed=SEED,
                        num_perm=NUM_PERM,
                        hashvalues=NearDuplicateIndex.encode(signature),
                    )
                )
            self._insert_claims(conn, pk, claim_list, extractor_version)
            if match is not None:
                self._elect_canonical(conn, cluster_id)
        return AddResult(doc_id, status, cluster_id), pk

    @staticmethod
    def _free_id(conn: Connection, wanted: str | None, digest: str) -> str:
        if wanted is None:
            return f"doc-{digest[:16]}"
        taken = conn.execute(select(documents.c.pk).where(documents.c.id == wanted)).first()
        return wanted if taken is None else f"{wanted}~{digest[:12]}"

    def _refresh_index(self, conn: Connection) -> None:
        """Load signatures stored since the last load (by this or any other process)."""
        stmt = (
            select(
                minhashes.c.doc_pk,
                documents.c.cluster_id,
                minhashes.c.scheme,
                minhashes.c.seed,
                minhashes.c.num_perm,
                minhashes.c.hashvalues,
            )
            .join(documents, documents.c.pk == minhashes.c.doc_pk)
            .where(minhashes.c.doc_pk > self._index.high_water)
            .order_by(minhashes.c.doc_pk)
        )
        self._index.load(conn.execute(stmt))

    @staticmethod
    def _insert_claims(
        conn: Connection, pk: int, claim_list: Sequence[Claim], extractor_version: str
    ) -> None:
        if claim_list:
            rows = [claim_to_row(c, pk, i, extractor_version) for i, c in enumerate(claim_list)]
            conn.execute(insert(claims_table), rows)

    @staticmethod
    def _elect_canonical(conn: Connection, cluster_id: str) -> None:
        """Make the earliest published member (then the first stored) the canonical one."""
        d = documents.c
        first = (
            select(d.id)
            .where(d.cluster_id == cluster_id)
            .order_by(d.published.is_(None), d.published, d.pk)
            .limit(1)
            .scalar_subquery()
        )
        conn.execute(
            update(clusters).where(clusters.c.id == cluster_id).values(canonical_doc_id=first)
        )

    def replace_claims(
        self, doc_id: str, claims: Sequence[Claim], *, extractor_version: str
    ) -> None:
        """Replace a stored document's claims with a re-extraction, in one transaction.

        Raises:
            KeyError: No document has ``doc_id``.
            SpanMismatchError: A claim is not grounded in the stored text.
        """
        with self._engine.connect() as conn:
            row = conn.execute(
                select(documents.c.pk, documents.c.text).where(documents.c.id == doc_id)
            ).first()
        if row is None:
            raise KeyError(doc_id)
        _check_claims(Document(text=row.text), claims)
        with self._write() as conn:
            conn.execute(delete(claims_table).where(claims_table.c.doc_pk == row.pk))
            self._insert_claims(conn, row.pk, claims, extractor_version)
            conn.execute(
                update(documents)
                .where(documents.c.pk == row.pk)
                .values(extractor_version=extractor_version, claim_count=len(claims))
            )

    def add_rejection(self, origin: str, code: str, reason: str) -> None:
        """Record that an input was refused (``origin`` a path or URL, ``code`` like W101)."""
        with self._write() as conn:
            conn.execute(
                insert(rejections).values(
                    origin=origin, code=code, reason=reason, at=datetime.now(UTC)
                )
            )

    def get_document(self, doc_id: str) -> StoredDocument | None:
        """The stored document ``doc_id`` with its claims, or ``None``."""
        d = documents.c
        with self._engine.connect() as conn:
            row = conn.execute(
                select(documents, clusters.c.canonical_doc_id)
                .join(clusters)
                .where(d.id == doc_id)
            ).first()
            if row is None:
                return None
            claim_rows = conn.execute(
                select(claims_table)
                .where(claims_table.c.doc_pk == row.pk)
                .order_by(claims_table.c.ordinal)
            ).mappings()
            claim_list = [row_to_claim(r, row.id) for r in claim_rows]
        document = Document(
            text=row.text,
            id=row.id,
            url=row.url,
            title=row.title,
            publisher=row.publisher,
            published=row.published,
            language=row.language,
        )
        return StoredDocument(
            doc_id=row.id,
            document=document,
            content_hash=row.content_hash,
            cluster_id=row.cluster_id,
            canonical_doc_id=row.canonical_doc_id,
            extractor_version=row.extractor_version,
            stored_at=row.stored_at,
            claims=claim_list,
        )

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[DocumentSummary]:
        """Stored documents, most recently stored first, one page at a time."""
        d = documents.c
        stmt = (
            select(
                d.id,
                d.title,
                d.publisher,
                d.published,
                d.language,
                d.cluster_id,
                d.claim_count,
                d.extractor_version,
                d.stored_at,
            )
            .order_by(d.pk.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._engine.connect() as conn:
            return [DocumentSummary(*row) for row in conn.execute(stmt)]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best first (see :mod:`fts` for syntax)."""
        with self._engine.connect() as conn:
            return fts.search(conn, query, limit)

    def stats(self) -> dict[str, Any]:
        """Counts for a status line: documents, clusters, claims, rejections and breakdowns.

        ``near_duplicates`` counts documents that joined an existing cluster; the
        ``by_*`` entries map a value to its count, largest first (``None`` for unknown).
        """
        d = documents.c

        def scalar(conn: Connection, stmt) -> int:
            return int(conn.execute(stmt).scalar_one())

        with self._engine.connect() as conn:
            n_docs = scalar(conn, select(func.count()).select_from(documents))
            n_clusters = scalar(conn, select(func.count()).select_from(clusters))
            out: dict[str, Any] = {
                "documents": n_docs,
                "clusters": n_clusters,
                "near_duplicates": n_docs - n_clusters,
                "claims": scalar(conn, select(func.count()).select_from(claims_table)),
                "rejected": scalar(conn, select(func.count()).select_from(rejections)),
                "non_english": scalar(
                    conn, select(func.count()).select_from(documents).where(d.non_english)
                ),
            }
            breakdowns = {
                "by_publisher": queries.count_by(d.publisher),
                "by_language": queries.count_by(d.language),
                "by_extractor_version": queries.count_by(d.extractor_version),
                "claims_by_type": queries.count_by(claims_table.c.type),
                "rejected_by_code": queries.count_by(rejections.c.code),
            }
            for key, stmt in breakdowns.items():
                out[key] = dict(conn.execute(stmt).all())
        return out

    def iter_claims(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Stream stored claims as flat records, oldest published first, for the ledger.

        Keyword filters (all optional, all must hold): ``type``, ``item``, ``modality``
        (a value or a list); ``actor``, ``recipient``, ``source`` (an entity id, matching
        it and its sub-entities: ``PRK`` matches ``PRK.MIL``); ``doc_id``, ``cluster_id``,
        ``extractor_version``; ``published_from``/``published_to`` (inclusive ISO dates);
        ``time_from``/``time_to`` (claims whose time overlaps the interval; claims without
        a time are left out); ``canonical_only`` (claims of each cluster's canonical copy).

        Each record has ``doc_id, ordinal, cluster_id, canonical, published, publisher,
        channel, type, actor, recipient, location, item, quantity_value, quantity_low,
        quantity_high, quantity_approx, quantity_unit, quantity_basis, time_start,
        time_end, time_text, source, source_text, modality, evidence_start, evidence_end,
        evidence_text, restates, part_of, extractor_version``.
        """
        stmt = queries.claims_select(**filters)
        with self._engine.connect() as conn:
            result = conn.execution_options(yield_per=1000).execute(stmt)
            for row in result.mappings():
                yield row_to_record(row)

    def documents_needing_reextract(self, current_version: str) -> Iterator[str]:
        """Ids of documents whose claims came from another extractor version (or none).

        Pages through the table by key, holding no cursor open between pages, so the
        caller may :meth:`replace_claims` while iterating.
        """
        d = documents.c
        last = 0
        while True:
            stmt = (
                select(d.pk, d.id)
                .where(d.pk > last)
                .where((d.extractor_version != current_version) | d.extractor_version.is_(None))
                .order_by(d.pk)
                .limit(_REEXTRACT_BATCH)
            )
            with self._engine.connect() as conn:
                rows = conn.execute(stmt).all()
            if not rows:
                return
            for row in rows:
                yield row.id
            last = rows[-1].pk
