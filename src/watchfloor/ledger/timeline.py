"""The timeline: events without figures (a launch, a camera installed), per actor, in order.

A claim is an event when it carries no figure: no quantity, or a number that counts no item
of its measure ("two deployments"; see ``non_counts`` in ``lexicons/measures.yaml``). Mentions
of one event fold into one entry the way figures fold into assertions: the same type, actor,
recipient, item, place, modality and period (its own time, else its story's date) is one
event, carried by every report that tells it and attributed to every source that does; two
syndicated copies of one story are one report.

Entries are grouped by actor at the party level (``PRK`` holds ``PRK.MIL`` and ``PRK.GOV``;
the entry keeps the precise id), actors in alphabetical order and unknown actors last.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from watchfloor.ledger.assertions import Carrier, Evidence, SourceRef, row_measure, source_of, stories
from watchfloor.ledger.fetch import Row
from watchfloor.ledger.measures import party
from watchfloor.ledger.periods import Period, parse_day, period_of
from watchfloor.ledger.ranges import interval_of


@dataclass(slots=True)
class Event:
    """One event, with the sources that tell it and the reports that carry it."""

    id: str
    type: str
    actor: str | None
    recipient: str | None
    item: str | None
    location: str | None
    modality: str
    period: Period
    time_text: str | None
    sources: list[SourceRef] = field(default_factory=list)
    carriers: list[Carrier] = field(default_factory=list)

    @property
    def reports(self) -> int:
        return len({c.cluster_id for c in self.carriers})

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "actor": self.actor,
            "recipient": self.recipient,
            "item": self.item,
            "location": self.location,
            "modality": self.modality,
            "period": self.period.to_dict(),
            "time_text": self.time_text,
            "sources": [s.to_dict() for s in self.sources],
            "reports": self.reports,
            "carriers": [c.to_dict() for c in self.carriers],
        }


@dataclass(slots=True)
class Timeline:
    """Events by actor (see the module doc for the order)."""

    actors: dict[str, list[Event]] = field(default_factory=dict)

    def events(self) -> list[Event]:
        return [e for events in self.actors.values() for e in events]

    def to_dict(self) -> dict[str, Any]:
        return {
            "timelines": [
                {"actor": None if actor == UNKNOWN else actor, "events": [e.to_dict() for e in events]}
                for actor, events in self.actors.items()
            ]
        }


#: Group name of events whose actor is unknown.
UNKNOWN = "?"


def is_event(row: Row) -> bool:
    """Whether a claim row is an event (carries no figure)."""
    if row.quantity_approx is None:
        return True
    figure = interval_of(row.quantity_approx, row.quantity_value, row.quantity_low, row.quantity_high)
    return figure is None or row_measure(row) is None


def build_timeline(rows: Iterable[Row], *, since: str | None = None) -> Timeline:
    """Fold event rows (in store order) into a timeline; ``since`` keeps events that end on or
    after that day."""
    since_day = parse_day(since) if since else None
    rows = [row for row in rows if is_event(row)]
    events: dict[tuple, Event] = {}
    for row, story in zip(rows, stories(rows, key=_what), strict=True):
        period = period_of(row.time_start, row.time_end, story.published)
        if period is None or (since_day is not None and period.end < since_day):
            continue
        key = (*_what(row), period.start, period.end)
        event = events.get(key)
        if event is None:
            event = Event(
                id=hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:12],
                type=row.type,
                actor=row.actor,
                recipient=row.recipient,
                item=row.item,
                location=row.location,
                modality=row.modality,
                period=period,
                time_text=row.time_text if period.from_claim else None,
            )
            events[key] = event
        _carry(event, row, story)
    return _group(events.values())


def _what(row: Row) -> tuple:
    """What an event is, apart from when."""
    return (row.type, row.actor, row.recipient, row.item, row.location, row.modality)


def _carry(event: Event, row: Row, story: Row) -> None:
    source = source_of(row, story.publisher)
    if source.key not in {s.key for s in event.sources}:
        event.sources.append(source)
    evidence = Evidence(row.evidence_start, row.evidence_end, row.evidence_text)
    for carrier in event.carriers:
        if carrier.doc_id == row.doc_id:
            if evidence not in carrier.evidence:
                carrier.evidence.append(evidence)
            return
    event.carriers.append(
        Carrier(row.doc_id, row.cluster_id, row.channel or row.publisher, row.publisher,
                row.published, [evidence])
    )


def _group(events: Iterable[Event]) -> Timeline:
    grouped: dict[str, list[Event]] = {}
    for event in events:
        grouped.setdefault(party(event.actor) or UNKNOWN, []).append(event)
    order = sorted(grouped, key=lambda k: (k == UNKNOWN, k))
    timeline = Timeline()
    for actor in order:
        timeline.actors[actor] = sorted(grouped[actor], key=_event_order)
    return timeline


def _event_order(e: Event) -> tuple[date, date, str, str]:
    return (e.period.start, e.period.end, e.type, e.id)
