"""Calendar periods for the time normalizer: days, weeks, months, quarters, seasons, years.

A :class:`Period` is a named stretch of the calendar at one granularity, with the inclusive
interval that claims use and the TimeML value that evaluation uses. Keeping both in one
object lets anaphoric expressions ("a year earlier") shift a period at its own granularity
(the third quarter of 1989 becomes the third quarter of 1988), as TimeML annotators do.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

GRANULARITIES: tuple[str, ...] = (
    "day",
    "weekend",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)
"""Finest first: :func:`finer` picks the earlier of two."""

_RANK = {g: i for i, g in enumerate(GRANULARITIES)}


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: granularity, inclusive first and last day, TimeML value."""

    gran: str
    start: dt.date
    end: dt.date
    value: str


def finer(a: str, b: str) -> str:
    """Return the finer of two granularities ("day" is finer than "year")."""
    return a if _RANK.get(a, 0) <= _RANK.get(b, 0) else b


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    """Move a date by whole months, clamping the day to the target month's length."""
    idx = d.year * 12 + d.month - 1 + n
    year, month = divmod(idx, 12)
    month += 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or ``None`` when the parts name no real day (Feb 30, year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day(d: dt.date) -> Period:
    return Period("day", d, d, d.isoformat())


def week(d: dt.date) -> Period:
    """The ISO week (Monday to Sunday) containing ``d``."""
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=iso.weekday - 1)
    return Period("week", monday, monday + dt.timedelta(days=6), f"{iso.year}-W{iso.week:02d}")


def weekend(d: dt.date) -> Period:
    """Saturday and Sunday of the ISO week containing ``d``."""
    w = week(d)
    return Period("weekend", w.end - dt.timedelta(days=1), w.end, w.value + "-WE")


def month(year: int, m: int) -> Period:
    return Period("month", dt.date(year, m, 1), month_end(year, m), f"{year:04d}-{m:02d}")


def quarter(year: int, q: int) -> Period:
    first = 3 * (q - 1) + 1
    return Period("quarter", dt.date(year, first, 1), month_end(year, first + 2), f"{year}-Q{q}")


def half(year: int, h: int) -> Period:
    first = 6 * (h - 1) + 1
    return Period("half", dt.date(year, first, 1), month_end(year, first + 5), f"{year}-H{h}")


def season(year: int, months: list[int], code: str) -> Period:
    """A season of ``year``; a season spanning New Year starts in the previous year."""
    first, last = months[0], months[-1]
    start_year = year - 1 if first > last else year
    return Period("season", dt.date(start_year, first, 1), month_end(year, last), f"{year}-{code}")


def year(y: int) -> Period:
    return Period("year", dt.date(y, 1, 1), dt.date(y, 12, 31), f"{y:04d}")


def decade(first_year: int) -> Period:
    first_year -= first_year % 10
    return Period("decade", dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31),
                  f"{first_year // 10:03d}")


def century(first_year: int) -> Period:
    first_year -= first_year % 100
    return Period("century", dt.date(first_year, 1, 1), dt.date(first_year + 99, 12, 31),
                  f"{first_year // 100:02d}")


def containing(d: dt.date, gran: str) -> Period:
    """The period of granularity ``gran`` that contains day ``d`` (seasons: meteorological)."""
    if gran == "week":
        return week(d)
    if gran == "weekend":
        return weekend(d)
    if gran == "month":
        return month(d.year, d.month)
    if gran == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if gran == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if gran == "year":
        return year(d.year)
    if gran == "decade":
        return decade(d.year)
    if gran == "century":
        return century(d.year)
    return day(d)


UNIT_GRAN = {"day": "day", "week": "week", "month": "month", "year": "year",
             "decade": "decade", "century": "century"}
"""Granularity of the period a unit shift lands on ("two weeks ago" is a week)."""


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """Move a day by ``n`` units (day, week, month, year, decade, century)."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d
    return add_months(d, n * months)


def shift_period(p: Period, n: int, unit: str) -> Period:
    """Shift a period by ``n`` units, keeping its granularity unless the unit is finer."""
    gran = finer(p.gran, UNIT_GRAN.get(unit, "day"))
    if p.gran == "season" and gran == "season":
        code = p.value[-2:]
        months_in = [(p.start.month + k - 1) % 12 + 1 for k in range(3)]
        return season(int(p.value[:4]) + _years(n, unit), months_in, code)
    return containing(shift(p.start, n, unit), gran)


def _years(n: int, unit: str) -> int:
    return {"year": n, "decade": 10 * n, "century": 100 * n}.get(unit, 0)


def trailing(dct: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date]:
    """The ``n`` units ending at the dateline, from the same day ``n`` units back ("the past three
    months"; "the past 24 hours" in a morning report covers the day before and the dateline)."""
    if n < 0:
        return dct + dt.timedelta(days=1), shift(dct, -n, unit)
    return shift(dct, -n, unit), dct


def sub_range(p: Period, part: tuple[int, int]) -> tuple[dt.date, dt.date]:
    """A part of a month (days) or of a year (months), clamped to the period.

    ``part`` is ``(first, last)``: days of a month for a month, months for a year.
    """
    first, last = part
    if p.gran == "month":
        end_day = p.end.day
        return (p.start.replace(day=min(first, end_day)), p.start.replace(day=min(last, end_day)))
    if p.gran == "year":
        y = p.start.year
        return dt.date(y, first, 1), month_end(y, last)
    return p.start, p.end
