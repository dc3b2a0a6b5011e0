"""Ingestion: bytes from files, directories, stdin, feeds, web archives and URLs to Documents.

The one entry point is :func:`iter_documents`; it yields a
:class:`~watchfloor.model.Document` for every report it can read and a one-line, coded
:class:`Rejected` (see :mod:`watchfloor.errors`) for every input it cannot, and never
stops on a bad input. :func:`find_dateline` and :func:`detect_language` are exposed for
the extractor, which reads datelines and wire credits from text it gets by other routes.

The readers (trafilatura, feedparser, warcio, httpx) load on first use of
:func:`iter_documents`, so that the extractor, which imports only the dateline finder,
does not pay for them at import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from watchfloor.errors import Rejected
from watchfloor.extract.datelines import Dateline, find_dateline
from watchfloor.ingest.language import detect_language

if TYPE_CHECKING:
    from watchfloor.ingest.sources import iter_documents

__all__ = ["Dateline", "Rejected", "detect_language", "find_dateline", "iter_documents"]


def __getattr__(name: str) -> Any:
    if name == "iter_documents":
        from watchfloor.ingest.sources import iter_documents

        return iter_documents
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
