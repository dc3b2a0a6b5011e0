"""The data model every layer shares: documents in, grounded claims out.

These are frozen dataclasses so that a claim, once assembled, cannot drift away from
the text it is grounded in. `Span` checks its own offsets against the document text
when it is made through :meth:`Span.of`, which is the only way the extractor makes one.
Field names and JSON shapes follow ``docs/spec.md`` (claim specification v1).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CLAIM_TYPES: tuple[str, ...] = (
    "DEPLOY",
    "CASUALTY",
    "TRANSFER",
    "LAUNCH",
    "DEVELOP",
    "ATTACK",
    "FORTIFY",
    "DEMOLISH",
    "SURVEIL",
    "EXERCISE",
    "STATEMENT",
)
MODALITIES: tuple[str, ...] = ("asserted", "hedged", "possible", "negated")
APPROX: tuple[str, ...] = (
    "exact",
    "about",
    "at_least",
    "more_than",
    "nearly",
    "at_most",
    "less_than",
    "range",
)
CASUALTY_ITEMS: tuple[str, ...] = ("killed", "wounded", "killed_or_wounded", "captured", "missing")


class SpanMismatchError(ValueError):
    """Raised when a span's offsets do not select its text in the document."""


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open ``[start, end)`` character interval of a document and its text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc_text: str, start: int, end: int) -> Span:
        """Make a span from offsets, reading its text from the document (never guessed)."""
        if not (0 <= start <= end <= len(doc_text)):
            raise SpanMismatchError(f"span [{start}, {end}) outside text of length {len(doc_text)}")
        return cls(start, end, doc_text[start:end])

    def check(self, doc_text: str) -> None:
        """Raise :class:`SpanMismatchError` unless ``doc_text[start:end] == text``."""
        if doc_text[self.start : self.end] != self.text:
            raise SpanMismatchError(
                f"span [{self.start}, {self.end}) selects {doc_text[self.start:self.end]!r}, "
                f"not {self.text!r}"
            )

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count with its approximation and bounds, as SPEC section 'quantity' defines."""

    value: float | int | None
    low: float | int | None = None
    high: float | int | None = None
    approx: str = "exact"
    unit: str | None = None
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """An inclusive ISO date interval resolved against the dateline, with its wording."""

    start: str | None
    end: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Source:
    """Who asserts a claim: an entity id (``KOR.MIL``) and the words that name it."""

    entity: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "text": self.text}


@dataclass(frozen=True, slots=True)
class Document:
    """One report: the text and what is known of where and when it was published."""

    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = "en"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Build from a SPEC section-1 mapping; unknown keys are ignored."""
        return cls(
            text=str(data.get("text") or ""),
            id=_opt_str(data.get("id")),
            url=_opt_str(data.get("url")),
            title=_opt_str(data.get("title")),
            publisher=_opt_str(data.get("publisher")),
            published=_opt_str(data.get("published")),
            language=_opt_str(data.get("language")) or "en",
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """One thing one source says happened, grounded in an exact span of the document."""

    type: str
    evidence: Span
    actor: str | None = None
    recipient: str | None = None
    location: str | None = None
    item: str | None = None
    quantity: Quantity | None = None
    time: TimeSpan | None = None
    source: Source | None = None
    modality: str = "asserted"
    channel: str | None = None
    doc_id: str | None = None
    spans: dict[str, Span] = field(default_factory=dict)
    restates: int | None = None
    part_of: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The SPEC JSON shape; ``restates`` is the index of an earlier claim it repeats, ``part_of``
        the index of an earlier claim whose figure includes this one's."""
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "type": self.type,
            "actor": self.actor,
            "recipient": self.recipient,
            "location": self.location,
            "item": self.item,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "time": self.time.to_dict() if self.time else None,
            "source": self.source.to_dict() if self.source else None,
            "modality": self.modality,
            "channel": self.channel,
            "evidence": self.evidence.to_dict(),
        }
        if self.spans:
            out["spans"] = {k: v.to_dict() for k, v in self.spans.items()}
        if self.restates is not None:
            out["restates"] = self.restates
        if self.part_of is not None:
            out["part_of"] = self.part_of
        return out


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
