"""The corpus operations of the Python API: what ``watchfloor ingest|reextract|search|docs|
show|stats`` do, callable without the CLI.

Each function names its store the way a user does (``db``: a file path, an SQLAlchemy URL,
or ``None`` for ``$WATCHFLOOR_DB`` or ``./watchfloor.db``), opens it, does one thing and
closes it, so that the CLI (and later the REST API) stays a thin layer of argument parsing
and printing. Long-running functions take ``report`` and ``progress`` callables instead of
printing, so each front end shows them its own way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from watchfloor.corpus.service import Progress, Reporter, count_needing_reextract, ingest, reextract
from watchfloor.corpus.summary import IngestSummary, ReextractSummary
from watchfloor.store import DocumentSummary, SearchHit, Store, StoredDocument

__all__ = [
    "IngestSummary",
    "ReextractSummary",
    "ingest_sources",
    "list_documents",
    "parse_mapping",
    "reextract_documents",
    "reextract_total",
    "search_documents",
    "show_document",
    "store_stats",
]

#: SPEC section-1 fields that ``--map field=column`` may rename.
MAPPABLE_FIELDS: tuple[str, ...] = ("id", "url", "title", "publisher", "published", "language", "text")

Db = str | Path | None


@contextmanager
def _opened(db: Db) -> Iterator[Store]:
    store = Store.open(db)
    try:
        yield store
    finally:
        store.close()


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """Turn ``["published=date", "text=body"]`` into ``{"published": "date", "text": "body"}``.

    Raises:
        ValueError: a pair is not ``field=column`` or names a field outside SPEC section 1.
    """
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise ValueError(f"--map takes field=column, not {pair!r}")
        if field not in MAPPABLE_FIELDS:
            raise ValueError(f"--map field {field!r} is not one of {', '.join(MAPPABLE_FIELDS)}")
        mapping[field] = column
    return mapping


def ingest_sources(
    sources: Iterable[str],
    *,
    db: Db = None,
    workers: int = 1,
    mapping: dict[str, str] | None = None,
    published: str | None = None,
    publisher: str | None = None,
    allow_private: bool = False,
    report: Reporter | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest ``sources`` into the store ``db``; see :func:`watchfloor.corpus.service.ingest`."""
    with _opened(db) as store:
        return ingest(
            sources,
            store,
            workers=workers,
            defaults={"published": published, "publisher": publisher},
            mapping=mapping,
            allow_private=allow_private,
            report=report,
            progress=progress,
        )


def reextract_total(db: Db = None) -> int:
    """How many documents :func:`reextract_documents` will look at."""
    with _opened(db) as store:
        return count_needing_reextract(store)


def reextract_documents(
    *,
    db: Db = None,
    workers: int = 1,
    report: Reporter | None = None,
    progress: Progress | None = None,
) -> ReextractSummary:
    """Bring every document's claims to the current extractor version."""
    with _opened(db) as store:
        return reextract(store, workers=workers, report=report, progress=progress)


def search_documents(query: str, *, db: Db = None, limit: int = 20) -> list[SearchHit]:
    """Full-text search over titles and texts, best first."""
    with _opened(db) as store:
        return store.search(query, limit=limit)


def list_documents(*, db: Db = None, limit: int = 50, offset: int = 0) -> list[DocumentSummary]:
    """Stored documents, most recently stored first."""
    with _opened(db) as store:
        return store.list_documents(limit=limit, offset=offset)


def show_document(doc_id: str, *, db: Db = None) -> StoredDocument | None:
    """One stored document with its claims, or ``None``."""
    with _opened(db) as store:
        return store.get_document(doc_id)


def store_stats(*, db: Db = None) -> dict[str, Any]:
    """Counts of documents, clusters, claims and rejections, with breakdowns."""
    with _opened(db) as store:
        return store.stats()
