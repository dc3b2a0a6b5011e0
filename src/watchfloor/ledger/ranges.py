"""What a figure allows: its approximation word turned into an interval of numbers.

Two figures can only be said to disagree once "about 1,100" and "more than 3,000" are read
as the sets of counts they allow. These are the tolerances (SPEC's ``approx`` values):

============  =================  ============================================
approx        interval           why
============  =================  ============================================
exact         [v, v]             a bare figure is taken at its word
about         [0.9v, 1.1v]       "about", "some", "an estimated": +/-10 %
at_least      [v, inf)           "at least", "or more"
more_than     (v, inf)           "more than", "over": v itself excluded
nearly        [0.9v, v]          "nearly", "almost": up to 10 % short of v
at_most       [0, v]             "up to", "as many as"
less_than     [0, v]             "fewer than", "under"
range         [low, high]        "11,000 to 12,000"
============  =================  ============================================

:data:`ABOUT` and :data:`NEARLY` hold the two percentages. A bare figure gets no slack on
purpose: reports round, but a source that says 14,000 and one that says 15,000 do disagree,
and an analyst wants that flagged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

#: Relative half-width of "about" figures.
ABOUT = 0.10
#: How far short of its value a "nearly" figure may fall, relative to the value.
NEARLY = 0.10

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """A set of counts ``low..high``; an open end excludes its bound."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """Whether some count lies in both intervals."""
        return self._below(other) is False and other._below(self) is False

    def _below(self, other: Interval) -> bool:
        """Whether every count of ``self`` lies below every count of ``other``."""
        if self.high < other.low:
            return True
        if self.high == other.low:
            return self.high_open or other.low_open
        return False

    def gap(self, other: Interval) -> float:
        """The distance between two intervals that do not overlap (0 when they do)."""
        if self.overlaps(other):
            return 0.0
        return other.low - self.high if self.high <= other.low else self.low - other.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            self.low + other.low,
            self.high + other.high,
            self.low_open or other.low_open,
            self.high_open or other.high_open,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON form; an unbounded high end is ``null``."""
        return {
            "low": _num(self.low),
            "high": None if math.isinf(self.high) else _num(self.high),
            "low_open": self.low_open,
            "high_open": self.high_open,
        }

    def text(self) -> str:
        """``[990, 1,210]``, ``(3,000, inf)``: how the interval reads in an explanation."""
        left = "(" if self.low_open else "["
        right = ")" if self.high_open or math.isinf(self.high) else "]"
        high = "inf" if math.isinf(self.high) else f"{_num(self.high):,}"
        return f"{left}{_num(self.low):,}, {high}{right}"


def interval_of(approx: str | None, value: float | None, low: float | None, high: float | None) -> Interval | None:
    """The interval a SPEC quantity allows, or ``None`` when it gives no number."""
    v = value if value is not None else (low if low is not None else high)
    if approx == "range" or value is None:
        if low is None and high is None:
            return None
        lo = low if low is not None else 0.0
        hi = high if high is not None else INF
        return Interval(float(min(lo, hi)), float(max(lo, hi)))
    v = float(v)
    if approx == "about":
        return Interval(v * (1 - ABOUT), v * (1 + ABOUT))
    if approx == "at_least":
        return Interval(v, INF)
    if approx == "more_than":
        return Interval(v, INF, low_open=True)
    if approx == "nearly":
        return Interval(v * (1 - NEARLY), v)
    if approx in ("at_most", "less_than"):
        return Interval(0.0, v)
    return Interval(v, v)


def central(approx: str | None, value: float | None, low: float | None, high: float | None) -> float | None:
    """The one number a figure is read as: its value, else the middle of its range, else a bound."""
    if value is not None:
        return float(value)
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2
    bound = low if low is not None else high
    return None if bound is None else float(bound)


def _num(x: float) -> int | float:
    x = round(float(x), 2)
    return int(x) if x.is_integer() else x
