"""A measure's series: its assertions in the order of the time they refer to.

Order: by as-of date (the claim's time, else the story's date; see
:mod:`watchfloor.ledger.periods`), then the period's start, then first publication, then
source, so the order is total and stable.

Partial figures (a party unstated, ``DEPLOY:PRK>:personnel``) appear in the series of every
complete measure that agrees with them, marked ``partial``; when the same report also gives
the same source's same figure in full, the partial mention is only another sentence of that
assertion and is folded into it.

**Totals and increments** are kept apart: a running total ("11,000 in Russia") and an
addition ("3,000 more") are listed with their ``basis`` and never compared with each other.
They are combined with care into *implied totals*: an increment is added to the latest
reported total whose as-of date falls *before the increment's period begins* (a total
counted later may already include the addition), bounds added as intervals, one increment
at a time: implied totals are never chained or summed with each other, and each names the
two assertions it comes from.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from watchfloor.ledger.assertions import Assertion, Mention, fold
from watchfloor.ledger.measures import Measure
from watchfloor.ledger.ranges import Interval


@dataclass(frozen=True, slots=True)
class ImpliedTotal:
    """A total read from an earlier total plus a later increment (see the module doc)."""

    as_of: str
    interval: Interval
    value: float | None
    total: Assertion
    increment: Assertion

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of,
            "value": None if self.value is None else _num(self.value),
            "bounds": self.interval.to_dict(),
            "total_id": self.total.id,
            "increment_id": self.increment.id,
            "explanation": (
                f"{self.total.source.label}'s total {self.total.figure_text()} as of "
                f"{self.total.as_of.isoformat()} plus {self.increment.source.label}'s "
                f"{self.increment.figure_text()} from {self.increment.period.start.isoformat()}"
            ),
        }


@dataclass(slots=True)
class Series:
    """One measure's assertions in order, with the totals its increments imply."""

    measure: Measure
    assertions: list[Assertion] = field(default_factory=list)
    implied_totals: list[ImpliedTotal] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        """Source labels in order of first appearance."""
        return list(dict.fromkeys(a.source.label for a in self.assertions))

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure.to_dict(),
            "assertions": [a.to_dict() for a in self.assertions],
            "implied_totals": [t.to_dict() for t in self.implied_totals],
        }


def sort_key(a: Assertion) -> tuple:
    """The series order (module doc); the first carrier's report and span break the last ties."""
    first = a.carriers[0]
    return (a.as_of, a.period.start, first.published or "", a.source.key, first.doc_id, first.evidence[0].start)


def build_series(measure: Measure, mentions: Iterable[Mention]) -> Series:
    """The series of ``measure`` from mentions of it and of compatible partial measures."""
    mentions = list(mentions)
    belongs = {x for x in {m.measure for m in mentions} if x == measure or measure.accepts(x)}
    own = [m for m in mentions if m.measure in belongs]
    assertions = fold(own)
    for a in assertions:
        a.partial = a.measure != measure
    assertions = _fold_partials(assertions)
    assertions.sort(key=sort_key)
    return Series(measure, assertions, implied_totals(assertions))


def _fold_partials(assertions: list[Assertion]) -> list[Assertion]:
    """Fold a partial assertion into the full one its report also gives (same source and figure)."""
    full: dict[tuple, list[Assertion]] = {}
    for a in assertions:
        if not a.partial:
            full.setdefault(_same_figure(a), []).append(a)
    kept = []
    for a in assertions:
        if a.partial:
            docs = {c.doc_id for c in a.carriers}
            target = next(
                (f for f in full.get(_same_figure(a), []) if docs <= {c.doc_id for c in f.carriers}), None
            )
            if target is not None:
                by_doc = {c.doc_id: c for c in target.carriers}
                for carrier in a.carriers:
                    by_doc[carrier.doc_id].evidence.extend(carrier.evidence)
                continue
        kept.append(a)
    return kept


def _same_figure(a: Assertion) -> tuple:
    return (a.source.key, a.approx, a.value, a.low, a.high, a.basis, a.factual)


def implied_totals(assertions: list[Assertion]) -> list[ImpliedTotal]:
    """Each factual increment added to the latest factual total counted before it began.

    ``assertions`` are in series order, so the totals are too and a binary search on their
    as-of days finds the latest one before each increment.
    """
    totals = [a for a in assertions if a.factual and not a.increment]
    days = [t.as_of for t in totals]
    out = []
    for inc in assertions:
        if not (inc.factual and inc.increment):
            continue
        i = bisect_left(days, inc.period.start)
        if i == 0:
            continue
        base = totals[i - 1]
        value = None
        if base.central is not None and inc.central is not None:
            value = base.central + inc.central
        out.append(ImpliedTotal(inc.as_of.isoformat(), base.interval + inc.interval, value, base, inc))
    return out


def _num(x: float) -> int | float:
    x = round(float(x), 2)
    return int(x) if x.is_integer() else x
