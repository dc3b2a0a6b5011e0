"""Assertions: one source saying one value for one measure at one time, with its carriers.

Stored claims are mentions: every report that prints a figure adds one, and a report may
print the same figure twice. The ledger counts what was *said*, so mentions are folded:

1. **Within a report**, mentions of the same figure (measure, source, value, approximation,
   basis, modality class) are one assertion, whatever sentence they come from; a mention
   with a time of its own dates the group, and mentions with different times stay apart.
2. **Across reports**, the same source giving the same figure for the same period is one
   assertion with several *carriers* (the reports and outlets that print it): Yonhap and a
   newspaper quoting one JCS briefing assert nothing twice. Without a time of its own a
   figure is dated by its *story*: the first copy (in store order: published, then stored)
   of its syndication cluster that gives a figure of the same measure, so that wire copies
   printed on different days still fold (:func:`stories`).

Who the *source* is: the claim's source entity (``KOR.SPY``); else the words that name it
("Western officials"); else, when the report speaks in its own voice, the outlet of the
story's first copy, so syndicated copies share one voice.

An assertion's ``reports`` counts distinct syndication clusters among its carriers: two copies
of one wire story count once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from watchfloor.ledger.fetch import Row
from watchfloor.ledger.measures import Measure, measure_of
from watchfloor.ledger.periods import Period, period_of
from watchfloor.ledger.ranges import Interval, central, interval_of

#: Modalities by how strongly a figure is put; the first one seen in this order wins.
MODALITY_ORDER = ("asserted", "hedged", "possible", "negated")
#: Modalities that report something as having happened (figures, contradictions, revisions).
FACTUAL = frozenset({"asserted", "hedged"})


def modality_class(modality: str | None) -> str:
    """``reported`` (asserted or hedged), ``possible`` or ``negated``: what may be merged."""
    return "reported" if modality in FACTUAL or modality is None else modality


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who asserts: ``kind`` is ``entity``, ``named`` (no entity id) or ``outlet`` (own voice)."""

    key: str
    kind: str
    entity: str | None
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "kind": self.kind, "entity": self.entity, "label": self.label}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A grounded span of a carrier's text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Carrier:
    """One report that carries an assertion, with the spans where it does."""

    doc_id: str
    cluster_id: str
    channel: str | None
    publisher: str | None
    published: str | None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "cluster_id": self.cluster_id,
            "channel": self.channel,
            "publisher": self.publisher,
            "published": self.published,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(slots=True)
class Assertion:
    """One source, one value, one measure, one period; see the module doc."""

    #: What identifies the assertion: measure, source, figure and period.
    key: tuple
    measure: Measure
    source: SourceRef
    approx: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    basis: str | None
    interval: Interval
    period: Period
    time_text: str | None
    modality: str
    units: list[str] = field(default_factory=list)
    source_texts: list[str] = field(default_factory=list)
    actor_ids: list[str] = field(default_factory=list)
    recipient_ids: list[str] = field(default_factory=list)
    carriers: list[Carrier] = field(default_factory=list)
    partial: bool = False
    _id: str | None = None

    @property
    def id(self) -> str:
        """A stable short id: a hash of :attr:`key` (made when first asked for)."""
        if self._id is None:
            self._id = hashlib.sha1(repr(self.key).encode("utf-8")).hexdigest()[:12]
        return self._id

    @property
    def as_of(self) -> date:
        """The day the figure counts up to (see :mod:`watchfloor.ledger.periods`)."""
        return self.period.as_of

    @property
    def central(self) -> float | None:
        """The one number the figure is read as."""
        return central(self.approx, self.value, self.low, self.high)

    @property
    def factual(self) -> bool:
        """Reported as having happened (asserted or hedged), not planned or denied."""
        return self.modality in FACTUAL

    @property
    def increment(self) -> bool:
        """An addition ("3,000 more"), never compared with or read as a running total."""
        return self.basis == "increment"

    @property
    def first_published(self) -> str:
        """The earliest publication date among the carriers ('' when none is known)."""
        return (self.carriers[0].published or "") if self.carriers else ""  # carriers are kept in date order

    @property
    def last_published(self) -> str:
        return max((c.published or "" for c in self.carriers), default="")

    @property
    def reports(self) -> int:
        """Independent reports: distinct syndication clusters among the carriers."""
        return len({c.cluster_id for c in self.carriers})

    def figure_text(self) -> str:
        """How the figure reads: ``~1,100``, ``>3,000``, ``1,000-3,000``, ``+3,000`` for increments."""
        marks = {"about": "~", "at_least": ">=", "more_than": ">", "nearly": "<~", "at_most": "<=", "less_than": "<"}
        if self.approx == "range" or self.value is None:
            lo = "?" if self.low is None else f"{self.low:,}"
            hi = "?" if self.high is None else f"{self.high:,}"
            text = f"{lo}-{hi}"
        else:
            text = f"{marks.get(self.approx, '')}{self.value:,}"
        return ("+" + text) if self.increment else text

    def summary(self) -> str:
        """One line: who said what figure as of when, carried by how many reports."""
        return (
            f"{self.source.label} {self.figure_text()} as of {self.as_of.isoformat()} "
            f"({self.reports} report{'s' if self.reports != 1 else ''})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "measure": self.measure.key,
            "partial": self.partial,
            "source": self.source.to_dict(),
            "source_texts": list(self.source_texts),
            "actor_ids": list(self.actor_ids),
            "recipient_ids": list(self.recipient_ids),
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "approx": self.approx,
            "basis": self.basis,
            "units": list(self.units),
            "bounds": self.interval.to_dict(),
            "period": self.period.to_dict(),
            "time_text": self.time_text,
            "as_of": self.as_of.isoformat(),
            "modality": self.modality,
            "reports": self.reports,
            "first_published": self.first_published or None,
            "carriers": [c.to_dict() for c in self.carriers],
        }


@dataclass(slots=True)
class Mention:
    """One stored claim read as a figure of a measure (the unit the folding starts from)."""

    row: Row
    measure: Measure
    source: SourceRef
    interval: Interval
    period: Period
    #: What makes two mentions the same figure (see :func:`figure_of`).
    figure: tuple


def source_of(row: Row, outlet: str | None = None) -> SourceRef:
    """The source of a claim row: entity, else named words, else ``outlet`` (the story's
    publisher), else the row's own publisher."""
    return _source(row.source_entity, row.source_text, outlet or row.publisher or row.cluster_id)


@lru_cache(maxsize=65536)
def _source(entity: str | None, text: str | None, outlet: str | None) -> SourceRef:
    if entity:
        return SourceRef(entity, "entity", entity, entity)
    text = (text or "").strip()
    if text:
        return SourceRef("named:" + " ".join(text.lower().split()), "named", None, text)
    outlet = outlet or "unknown outlet"
    return SourceRef("outlet:" + outlet, "outlet", None, outlet)


def row_measure(row: Row) -> Measure | None:
    """The measure a claim row counts, or ``None`` (see :func:`watchfloor.ledger.measures.measure_of`)."""
    return measure_of(row.type, row.actor, row.recipient, row.item, row.quantity_unit, row.location)


def stories(rows: list[Row], key: Callable[[Row], Any] = row_measure) -> list[Row]:
    """The story row of each row (rows in store order): the first copy of its syndication
    cluster that gives the same ``key`` (by default, a figure of the same measure). Every copy
    of a wire story is then dated by the same day and speaks with the same outlet's voice, and
    a measure's stories are the same whichever query fetched its figures."""
    first: dict[tuple, Row] = {}
    return [first.setdefault((key(row), row.cluster_id), row) for row in rows]


def mention_of(row: Row, story: Row | None = None) -> Mention | None:
    """Read a claim row as a figure; ``None`` when it counts no item or gives no number or date.

    ``story`` is the row of the story's first copy (:func:`stories`); without it the row is
    its own story.
    """
    measure = row_measure(row)
    if measure is None:
        return None
    interval = interval_of(row.quantity_approx, row.quantity_value, row.quantity_low, row.quantity_high)
    story = story or row
    period = period_of(row.time_start, row.time_end, story.published)
    if interval is None or period is None:
        return None
    return Mention(row, measure, source_of(row, story.publisher), interval, period, figure_of(row))


def figure_of(row: Row) -> tuple:
    """What makes two mentions the same figure: approximation, value, bounds, whether it is
    an increment, and the modality class. Basis is read as increment or not: a figure without
    a basis word is the same figure as one called a total (SPEC leaves it null when the text
    does not say), but never the same as an increment."""
    return (
        row.quantity_approx,
        _n(row.quantity_value),
        _n(row.quantity_low),
        _n(row.quantity_high),
        row.quantity_basis == "increment",
        modality_class(row.modality),
    )


def _n(x: float | int | None) -> float | int | None:
    if x is None:
        return None
    x = float(x)
    return int(x) if x.is_integer() else x


def fold(mentions: Iterable[Mention]) -> list[Assertion]:
    """Fold mentions into assertions (steps 1 and 2 of the module doc), in first-seen order."""
    # Step 1: within each report, group one figure's mentions; timed ones date the group.
    per_doc: dict[tuple, list[list[Mention]]] = {}
    for m in mentions:
        key = (m.row.doc_id, m.measure, m.source.key, m.figure)
        groups = per_doc.get(key)
        if groups is None:
            per_doc[key] = [[m]]
            continue
        for group in groups:
            head = group[0].period
            if not m.period.from_claim or not head.from_claim or head == m.period:
                group.append(m)
                if m.period.from_claim and not head.from_claim:
                    group.insert(0, group.pop())  # a timed mention dates the group
                break
        else:
            groups.append([m])
    # Step 2: across reports, one source's figure for one period is one assertion.
    merged: dict[tuple, Assertion] = {}
    for groups in per_doc.values():
        for group in groups:
            _add(merged, group)
    return list(merged.values())


def _add(merged: dict[tuple, Assertion], group: list[Mention]) -> None:
    head = group[0]
    row = head.row
    figure = head.figure
    key = (head.measure.key, head.source.key, figure, head.period.start, head.period.end)
    assertion = merged.get(key)
    if assertion is None:
        assertion = Assertion(
            key=key,
            measure=head.measure,
            source=head.source,
            approx=figure[0],
            value=figure[1],
            low=figure[2],
            high=figure[3],
            basis=row.quantity_basis,
            interval=head.interval,
            period=head.period,
            time_text=row.time_text if head.period.from_claim else None,
            modality=row.modality,
        )
        merged[key] = assertion
    carrier = Carrier(row.doc_id, row.cluster_id, row.channel or row.publisher, row.publisher,
                      row.published)
    evidence = carrier.evidence
    for m in group:
        r = m.row
        evidence.append(Evidence(r.evidence_start, r.evidence_end, r.evidence_text))
        _note(assertion.units, r.quantity_unit)
        _note(assertion.source_texts, r.source_text)
        _note(assertion.actor_ids, r.actor)
        _note(assertion.recipient_ids, r.recipient)
        if assertion.basis is None:
            assertion.basis = r.quantity_basis
        if _STRENGTH[r.modality] < _STRENGTH[assertion.modality]:
            assertion.modality = r.modality
    carriers = assertion.carriers
    carriers.append(carrier)
    if len(carriers) > 1:
        carriers.sort(key=_carrier_order)


_STRENGTH = {m: i for i, m in enumerate(MODALITY_ORDER)}


def _carrier_order(c: Carrier) -> tuple[str, str]:
    return (c.published or "", c.doc_id)


def _note(seen: list[str], value: str | None) -> None:
    if value and value not in seen:
        seen.append(value)
