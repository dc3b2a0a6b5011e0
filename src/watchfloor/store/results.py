"""What the store hands back: plain frozen records, free of database types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from watchfloor.model import Claim, Document

Status = Literal["new", "duplicate", "near_duplicate"]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Store.add_document` did: the id the text is stored under, and its cluster."""

    doc_id: str
    status: Status
    cluster_id: str


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of :meth:`Store.list_documents`."""

    doc_id: str
    title: str | None
    publisher: str | None
    published: str | None
    language: str | None
    cluster_id: str
    claim_count: int
    extractor_version: str | None
    stored_at: datetime


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document with its claims (in extraction order) and its cluster."""

    doc_id: str
    document: Document
    content_hash: str
    cluster_id: str
    canonical_doc_id: str
    extractor_version: str | None
    stored_at: datetime
    claims: list[Claim]

    def to_dict(self) -> dict[str, Any]:
        """SPEC shapes: the section-1 document (with store fields) and section-2 claims."""
        doc = self.document
        return {
            "id": self.doc_id,
            "url": doc.url,
            "title": doc.title,
            "publisher": doc.publisher,
            "published": doc.published,
            "language": doc.language,
            "text": doc.text,
            "content_hash": self.content_hash,
            "cluster_id": self.cluster_id,
            "canonical_doc_id": self.canonical_doc_id,
            "extractor_version": self.extractor_version,
            "stored_at": self.stored_at.isoformat(),
            "claims": [claim.to_dict() for claim in self.claims],
        }

    @property
    def is_canonical(self) -> bool:
        """Whether this document represents its cluster (earliest published copy)."""
        return self.doc_id == self.canonical_doc_id
