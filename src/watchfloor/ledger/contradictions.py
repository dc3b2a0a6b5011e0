"""Contradictions between sources and revisions by one source, each with its evidence.

**Contradiction.** Two factual assertions (asserted or hedged) of the same measure, from two
different sources, of the same basis (two totals, or two increments), that refer to about the
same time, and whose intervals (:mod:`watchfloor.ledger.ranges`) do not overlap. "About the
same time":

* two running totals: their as-of days are at most ``window_days`` apart (a total is a
  count *as of* a day, whatever span the report gives for how it grew);
* two increments: their periods overlap or come within ``window_days`` of each other.

The window (:data:`WINDOW_DAYS`, 14 days) allows for the lag between a count and its
publication (a briefing to lawmakers printed a week later) while the counts this ledger
tracks move over months; pass another ``window_days`` to widen or narrow it. Planned
(``possible``) and denied (``negated``) figures never contradict anything.

**Revision.** One source changing its own figure: walking that source's factual assertions
of one basis in series order, grouped by as-of day, each group is compared with the figure
the source gave last before it. A figure that differs is a revision (``up``, ``down``, or
``same`` when only the approximation changed). When a group also repeats the previous figure
beside a new one ("up from at least 100"), the repeat is a citation of the old figure, not a
second revision. ``consistent`` says whether the two intervals overlap (a refinement rather
than a change of mind).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from watchfloor.ledger.assertions import Assertion
from watchfloor.ledger.series import Series

#: Default window, in days, within which two figures refer to "the same time".
WINDOW_DAYS = 14


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two sources whose figures for one measure and time cannot both be right."""

    measure: str
    a: Assertion
    b: Assertion
    days_apart: int

    @property
    def gap(self) -> float:
        return self.a.interval.gap(self.b.interval)

    def explanation(self) -> str:
        return (
            f"{_said(self.a)}; {_said(self.b)}: {self.days_apart} day(s) apart, "
            f"the ranges do not overlap (gap {_fmt(self.gap)})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "days_apart": self.days_apart,
            "gap": _num(self.gap),
            "explanation": self.explanation(),
        }


@dataclass(frozen=True, slots=True)
class Revision:
    """One source's figure for a measure changing from ``before`` to ``after``."""

    measure: str
    before: Assertion
    after: Assertion

    @property
    def direction(self) -> str:
        old, new = self.before.central, self.after.central
        if old is None or new is None or old == new:
            return "same"
        return "up" if new > old else "down"

    @property
    def consistent(self) -> bool:
        return self.before.interval.overlaps(self.after.interval)

    def explanation(self) -> str:
        how = "its wording (same central figure)" if self.direction == "same" else self.direction
        return (
            f"{self.after.source.label} revised {how}: {self.before.figure_text()} as of "
            f"{self.before.as_of.isoformat()} -> {self.after.figure_text()} as of {self.after.as_of.isoformat()}"
            + ("" if self.consistent else " (the two ranges do not overlap)")
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "source": self.after.source.to_dict(),
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "direction": self.direction,
            "consistent": self.consistent,
            "explanation": self.explanation(),
        }


@dataclass(slots=True)
class Findings:
    """Every contradiction and revision found in a set of series."""

    contradictions: list[Contradiction] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    window_days: int = WINDOW_DAYS

    def to_dict(self) -> dict[str, Any]:
        return {
            "window_days": self.window_days,
            "contradictions": [c.to_dict() for c in self.contradictions],
            "revisions": [r.to_dict() for r in self.revisions],
        }


def contradictions_in(series: Series, window_days: int = WINDOW_DAYS) -> list[Contradiction]:
    """The contradictions within one series (rules in the module doc), in series order.

    Totals are compared in as-of order and increments in period order, each only with the
    figures that follow it within the window, so a long series costs about n x (figures per
    window), not n squared.
    """
    found = []
    factual = [a for a in series.assertions if a.factual]
    totals = sorted((a for a in factual if not a.increment), key=lambda a: a.as_of)
    for i, a in enumerate(totals):
        for b in totals[i + 1:]:
            apart = (b.as_of - a.as_of).days
            if apart > window_days:
                break
            if a.source.key != b.source.key and not a.interval.overlaps(b.interval):
                found.append(Contradiction(series.measure.key, a, b, apart))
    increments = sorted((a for a in factual if a.increment), key=lambda a: a.period.start)
    for i, a in enumerate(increments):
        for b in increments[i + 1:]:
            if (b.period.start - a.period.end).days > window_days:
                break  # every later increment starts later still
            apart = a.period.days_apart(b.period)
            if apart <= window_days and a.source.key != b.source.key and not a.interval.overlaps(b.interval):
                found.append(Contradiction(series.measure.key, a, b, apart))
    order = {id(a): k for k, a in enumerate(series.assertions)}
    found = [c if order[id(c.a)] < order[id(c.b)] else Contradiction(c.measure, c.b, c.a, c.days_apart)
             for c in found]
    found.sort(key=lambda c: (order[id(c.a)], order[id(c.b)]))
    return found


def revisions_in(series: Series) -> list[Revision]:
    """The revisions within one series (rules in the module doc), in series order."""
    streams: dict[tuple[str, bool], list[Assertion]] = {}
    for a in series.assertions:
        if a.factual:
            streams.setdefault((a.source.key, a.increment), []).append(a)
    found = []
    for stream in streams.values():
        last: Assertion | None = None
        for group in _by_day(stream):
            if last is None:
                last = _lede(group)
                continue
            new = [a for a in group if _figure(a) != _figure(last)]
            found.extend(Revision(series.measure.key, last, a) for a in new)
            if new:
                last = _lede(new)
    found.sort(key=lambda r: (r.after.as_of, r.before.as_of, r.after.source.key, r.after.id))
    return found


def find(series_list: Iterable[Series], window_days: int = WINDOW_DAYS) -> Findings:
    """Contradictions and revisions across every series; an assertion pair is listed once
    even when a partial figure appears in several series."""
    findings = Findings(window_days=window_days)
    seen: set[tuple[str, str]] = set()
    for series in series_list:
        for c in contradictions_in(series, window_days):
            pair = tuple(sorted((c.a.id, c.b.id)))
            if pair not in seen:
                seen.add(pair)
                findings.contradictions.append(c)
        for r in revisions_in(series):
            pair = (r.before.id, r.after.id)
            if pair not in seen:
                seen.add(pair)
                findings.revisions.append(r)
    return findings


def _by_day(stream: list[Assertion]) -> list[list[Assertion]]:
    groups: list[list[Assertion]] = []
    for a in stream:
        if groups and groups[-1][0].as_of == a.as_of:
            groups[-1].append(a)
        else:
            groups.append([a])
    return groups


def _lede(group: list[Assertion]) -> Assertion:
    """The group's headline figure: first published, then first in its report's text."""
    return min(group, key=lambda a: (a.first_published, min(e.start for e in a.carriers[0].evidence), a.id))


def _figure(a: Assertion) -> tuple:
    return (a.approx, a.value, a.low, a.high)


def _said(a: Assertion) -> str:
    return f"{a.source.label} says {a.figure_text()} {a.interval.text()} as of {a.as_of.isoformat()}"


def _fmt(x: float) -> str:
    return f"{_num(x):,}"


def _num(x: float) -> int | float:
    x = round(float(x), 2)
    return int(x) if x.is_integer() else x
