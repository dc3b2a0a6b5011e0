"""Hand-built ledgers for the ledger tests: short reports, written for these tests, with claims
built by hand (not by the extractor), so every rule is tested on exactly the claims it needs.

A report is a list of sentences; each sentence may carry one claim, whose evidence is the
whole sentence. ``Figure`` gives the claim's fields in a compact form.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchfloor.model import Claim, Document, Quantity, Source, Span, TimeSpan
from watchfloor.store import Store

#: Filler paragraph that makes a report long enough for near-duplicate detection.
FILLER = (
    "The assessment was shared with members of the parliamentary intelligence committee in a closed "
    "session that lasted most of the afternoon, according to two people who attended it. Officials "
    "declined to say how the estimate had been reached or whether allied services had contributed to "
    "it, and the defence ministry did not respond to several requests for comment on the matter."
)


@dataclass
class Figure:
    """One claim in compact form (None fields are left out of the claim)."""

    type: str = "DEPLOY"
    actor: str | None = "PRK"
    recipient: str | None = "RUS"
    item: str | None = "personnel"
    value: float | None = None
    approx: str = "exact"
    low: float | None = None
    high: float | None = None
    unit: str | None = "troops"
    basis: str | None = "total"
    time: tuple[str, str] | None = None
    source: str | None = "KOR.SPY"
    modality: str = "asserted"
    location: str | None = None
    part_of: int | None = None  # ordinal of the report's total that this figure breaks down
    extra: dict = field(default_factory=dict)

    def claim(self, text: str, sentence: str) -> Claim:
        start = text.index(sentence)
        quantity = None
        if self.value is not None or self.low is not None or self.high is not None:
            quantity = Quantity(self.value, low=self.low, high=self.high, approx=self.approx, unit=self.unit,
                                basis=self.basis)
        return Claim(
            type=self.type,
            evidence=Span.of(text, start, start + len(sentence)),
            actor=self.actor,
            recipient=self.recipient,
            location=self.location,
            item=self.item,
            quantity=quantity,
            time=TimeSpan(self.time[0], self.time[1], "in that period") if self.time else None,
            source=Source(self.source, self.source) if self.source else None,
            modality=self.modality,
            part_of=self.part_of,
        )


def event(type_: str, actor: str | None, item: str, **kw) -> Figure:
    """A claim without a figure."""
    return Figure(type=type_, actor=actor, recipient=kw.pop("recipient", None), item=item, unit=None, basis=None,
                  **kw)


def add_report(
    store: Store,
    doc_id: str,
    published: str,
    publisher: str,
    sentences: list[tuple[str, Figure | None]],
    *,
    filler: bool = False,
    dateline: str | None = None,
) -> str:
    """Store one report made of ``sentences``; returns its cluster id."""
    head = dateline or f"SEOUL, {published} ({publisher}) --"
    body = " ".join(s for s, _ in sentences)
    text = f"{head} {body}" + (f"\n\n{FILLER}" if filler else "")
    claims = [fig.claim(text, s) for s, fig in sentences if fig is not None]
    doc = Document(text=text, id=doc_id, publisher=publisher, published=published)
    return store.add_document(doc, claims, extractor_version="test").cluster_id


def fresh_store() -> Store:
    """An empty in-memory store."""
    return Store.open(":memory:")
