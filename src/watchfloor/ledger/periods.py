"""The time a figure refers to, read from a claim's time span or its report's date.

A figure's *period* is its claim's ``time`` (start and end, inclusive ISO dates), else the
date of the story that carried it: the first copy of its syndication cluster to give it (see
:func:`watchfloor.ledger.assertions.stories`), so that a copy printed a day later is
still the same story. Its *as-of* date is the end of the
period: a running total counts up to it, an increment is complete by it. Series are ordered
by as-of date, and two periods "overlap" for the contradiction rule when they come within a
window of days of each other (see :mod:`watchfloor.ledger.contradictions`).

Stored dates may be longer than a day (``2025-03-27T10:00``) or shorter (``2025-03``,
``2025``); a shorter one stands for its whole month or year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive interval of days; ``from_claim`` says whether the claim gave it."""

    start: date
    end: date
    from_claim: bool = True

    @property
    def as_of(self) -> date:
        """The day the figure is counted up to: the period's end."""
        return self.end

    def days_apart(self, other: Period) -> int:
        """Days between the two periods; 0 when they overlap."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "from_claim": self.from_claim}


@lru_cache(maxsize=65536)
def parse_day(text: str | None, *, last: bool = False) -> date | None:
    """The first (or, with ``last``, the final) day that an ISO date string stands for."""
    if not text:
        return None
    m = _DATE.match(text.strip())
    if not m:
        return None
    year = int(m[1])
    try:
        if m[2] is None:
            return date(year, 12, 31) if last else date(year, 1, 1)
        month = int(m[2])
        if m[3] is None:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, month, int(m[3]))
    except ValueError:
        return None


@lru_cache(maxsize=65536)
def period_of(time_start: str | None, time_end: str | None, story_date: str | None) -> Period | None:
    """A claim's period: its own time span, else its story's date; ``None`` when neither is known."""
    start = parse_day(time_start) or parse_day(time_end)
    end = parse_day(time_end, last=True) or parse_day(time_start, last=True)
    if start is not None and end is not None:
        return Period(min(start, end), max(start, end), True)
    day = parse_day(story_date)
    if day is None:
        return None
    return Period(day, day, False)
