"""Turn the parts of a time expression into a TimeML value and an inclusive date interval.

Conventions (documented in the lexicon README too; HeidelTime's news strategy in spirit):

* Everything relative resolves against the dateline (``dct``); with no dateline it stays
  unresolved (dates ``None``), never against today's date.
* A bare weekday is the most recent such day, the dateline itself on the same weekday; a
  future cue in the sentence ("will", "scheduled") makes it the next one (or today).
* A month or day without a year takes the dateline's year, or the year before/after: the
  next one after a deadline word ("until", "by": "extended to Nov. 6"; but the last one after
  "by" in a past perfect: "had been killed by mid-January") or with a future
  cue in the sentence ("will"), the last one with a past cue ("was"); with neither, the
  next one if it is at most two months ahead, else the last one (a report of 2025-03-27
  puts "in November" in 2024-11 and "on April 2" in 2025-04). Reporting verbs ("said")
  say when something was said, not when it happens, so they are no cue here.
* "last <unit>" is the previous calendar unit (ISO weeks run Monday to Sunday); "last
  <season>" the most recent season that has ended; "the past N <units>" from the same day N
  units back to the dateline ("the past two days" of a report of the 11th: the 9th to the 11th),
  but "the past 24 hours" is the dateline's day, as ISAF's gold dates it; "since X" runs from X's
  start to the dateline.
* early/mid/late cut a month into days 1-10, 11-20, 21-end and a year into Jan-Apr,
  May-Aug, Sep-Dec (the bounds live in time_words.yaml).
* "a year earlier", "the next day", "that day" shift the latest date mentioned before them
  (the *anchor*), keeping its granularity, or the dateline when there is none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from watchfloor.extract import timex_calendar as cal
from watchfloor.extract.timex_calendar import Period
from watchfloor.extract.timex_features import Feats
from watchfloor.extract.timex_lexicon import Lexicon

PAST, FUTURE = "past", "future"


@dataclass(slots=True)
class Resolved:
    """What a normalizer returns: kind, value, interval, and the period for anchoring."""

    kind: str
    value: str | None
    start: dt.date | None = None
    end: dt.date | None = None
    period: Period | None = None


@dataclass(slots=True)
class Context:
    """What a normalizer may consult besides the expression's own parts."""

    lex: Lexicon
    dct: dt.date | None
    anchor: Period | None
    prev_word: str | None
    tense: Callable[..., str | None]
    """``tense()`` reads any cue; ``tense(True)`` ignores weak past cues (reporting verbs,
    "-ed" words), which say when something was *said*, not when it happens."""
    words_before: tuple[str, ...] = ()
    """The lower-case tokens just before the expression, nearest last."""
    words_after: tuple[str, ...] = ()
    """The lower-case tokens just after the expression, up to the sentence's end (at most ten)."""


def _step(rel: str | None) -> int:
    return {"last": -1, "past": -1, "next": 1}.get(rel or "", 0)


def _fmt(count: float) -> str:
    return str(int(count)) if float(count).is_integer() else f"{count:g}"


def _letter(ctx: Context, unit: str) -> str:
    return str(ctx.lex.words["units"][unit]["letter"])


def duration_value(ctx: Context, f: Feats, *, vague: bool = False) -> str | None:
    """TimeML duration value: P3W, PT5H, PXY when the count is unknown."""
    if f.unit is None:
        return None
    letter = _letter(ctx, f.unit)
    factor = ctx.lex.words["units"][f.unit].get("factor", 1)
    count = "X" if vague or f.count is None else _fmt(f.count * factor)
    if letter.startswith("T"):
        return f"PT{count}{letter[1:]}"
    return f"P{count}{letter}"


# --- years, weekdays, seasons -------------------------------------------------------------


def infer_year(month: int, dct: dt.date, tense: str | None) -> int:
    """The year of a month named without one, relative to the dateline (see module doc)."""
    y = dct.year
    if tense == PAST:
        return y if month <= dct.month else y - 1
    if tense == FUTURE:
        return y if month >= dct.month else y + 1
    return min((y - 1, y, y + 1), key=lambda c: (abs((c - y) * 12 + month - dct.month), c))


def weekday_date(weekday: int, dct: dt.date, rel: str | None, tense: str | None) -> dt.date:
    """The date of a named weekday: most recent (default), next, or in this ISO week."""
    delta = weekday - dct.isoweekday()
    if rel == "this":
        return dct + dt.timedelta(days=delta)
    if rel == "last":
        return dct - dt.timedelta(days=(-delta) % 7 or 7)
    if rel == "next":
        return dct + dt.timedelta(days=delta % 7 or 7)
    if tense == FUTURE:
        return dct + dt.timedelta(days=delta % 7)
    return dct - dt.timedelta(days=(-delta) % 7)


def season_period(ctx: Context, f: Feats, year: int | None, dct: dt.date | None) -> Period | None:
    spec = ctx.lex.words["seasons"][f.season]
    months, code = list(spec["months"]), spec["value"]
    if year is not None:
        return cal.season(year, months, code)
    if dct is None:
        return None
    cands = [cal.season(y, months, code) for y in (dct.year - 1, dct.year, dct.year + 1)]
    past = max((c for c in cands if c.end < dct), key=lambda c: c.end)
    nxt = min((c for c in cands if c.start > dct), key=lambda c: c.start)
    current = next((c for c in cands if c.start <= dct <= c.end), None)
    if f.rel == "last":
        return past
    if f.rel == "next":
        return nxt
    if current is not None:
        return current
    tense = (_deadline_tense(ctx) or ctx.tense()) if f.rel is None else None
    if tense == FUTURE:
        return nxt
    if tense == PAST:
        return past
    return past if (dct - past.end) <= (nxt.start - dct) else nxt


def _apply_mod(ctx: Context, p: Period, mod: str | None) -> tuple[dt.date, dt.date]:
    """Cut a month or a year by early/mid/late; other periods stay whole."""
    if not mod:
        return p.start, p.end
    spec = ctx.lex.words["modifiers"][mod]
    if p.gran == "month":
        return cal.sub_range(p, tuple(spec["month_days"]))
    if p.gran == "year":
        return cal.sub_range(p, tuple(spec["year_months"]))
    if p.gran == "decade":
        first = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[mod]
        y = p.start.year
        return dt.date(y + first[0], 1, 1), dt.date(y + first[1], 12, 31)
    return p.start, p.end


# --- points: one calendar period ---------------------------------------------------------


def _rel_year(f: Feats, dct: dt.date | None) -> int | None:
    """The year named by "this year", "of last year", "the year" in an expression."""
    if f.unit == "year" and dct is not None:
        return dct.year + _step(f.rel)
    return None


def point(ctx: Context, f: Feats) -> Resolved | None:
    """Resolve a point expression (a day, month, season, quarter, year, week...)."""
    dct = ctx.dct
    p: Period | None = None
    value: str | None = None
    if f.reldays is not None:
        if dct is not None:
            p = cal.day(dct + dt.timedelta(days=f.reldays))
        if f.tonight and f.pod is None:
            f.pod = "NI"
    elif f.months:
        p, value = _month_point(ctx, f)
        if p is not None and f.unit == "week" and f.ordinal is not None and not f.days:
            p = _week_of_month(p, f.ordinal)
        elif p is not None and f.part == "half" and f.ordinal is not None and not f.days:
            p = _half_of_month(p, f.ordinal)
    elif f.weekday is not None:
        if dct is None:
            value = f"XXXX-WXX-{f.weekday}"
        else:
            tense = ctx.tense() if f.rel is None else None
            p = cal.day(weekday_date(f.weekday, dct, f.rel, tense))
    elif f.season:
        year = f.year if f.year is not None else _rel_year(f, dct)
        p = season_period(ctx, f, year, dct)
        if p is None:
            value = f"XXXX-{ctx.lex.words['seasons'][f.season]['value']}"
    elif f.part:
        p, value = _part_point(f, dct)
    elif f.decade is not None:
        p = cal.decade(f.decade)
    elif f.year is not None:
        p = cal.year(f.year)
    elif f.weekend or f.unit:
        p = _unit_point(ctx, f)
    elif (f.clock or f.pod) and dct is not None:
        p = cal.day(dct - dt.timedelta(days=1 if f.rel == "last" else 0))
    if p is None and value is None and f.clock is None:
        if dct is None:  # relative: unresolved without a dateline, but still a mention
            return Resolved("time" if f.pod else "date", None)
        return None
    return _finish(ctx, f, p, value)


def _month_point(ctx: Context, f: Feats) -> tuple[Period | None, str | None]:
    dct = ctx.dct
    m = f.months[0]
    if not 1 <= m <= 12:
        raise ValueError(f"no such month: {m}")
    year = f.year if f.year is not None else _rel_year(f, dct)
    if year is None and dct is not None:
        if f.rel in ("last", "next"):
            year = _month_rel(m, dct, f.rel)
        elif f.rel == "this":
            year = dct.year
        else:
            # "since October": the last October begun by the dateline
            year = infer_year(m, dct, PAST if f.prefix == "since" else _month_tense(ctx, m, dct))
    if f.days:
        d = f.days[0]
        if year is None:
            return None, f"XXXX-{m:02d}-{d:02d}" if 1 <= d <= 31 else None
        date = cal.safe_date(year, m, d)
        if date is None:
            raise ValueError(f"no such day: {year}-{m}-{d}")  # "February 30": not a date
        return cal.day(date), None
    if year is None:
        return None, f"XXXX-{m:02d}"
    return cal.month(year, m), None


def _week_of_month(month: Period, ordinal: int) -> Period | None:
    """ "the first week of February": days 1-7, the second 8-14, ... (the fourth runs to day 28)."""
    if not 1 <= ordinal <= 4 or month.gran != "month":
        return None
    start = month.start + dt.timedelta(days=7 * (ordinal - 1))
    end = start + dt.timedelta(days=6)
    return Period("week", start, end, cal.week(start).value)


def _deadline_tense(ctx: Context) -> str | None:
    """The tense a deadline word before a month or season sets: "talks supposed to conclude by May",
    "cameras installed by the summer" come; "had been killed by mid-January" has passed."""
    if ctx.prev_word not in ctx.lex.words["tense_cues"]["deadline"]:
        return None
    # ("By 31 October, some 42 kilometres of ditches had been dug": the past perfect after the date)
    had = "had" in ctx.words_before or "had" in ctx.words_after
    return PAST if ctx.prev_word == "by" and had else FUTURE


def _half_of_month(month: Period, ordinal: int) -> Period | None:
    """ "the first half of June": days 1-15; the second half, day 16 to the month's end."""
    if ordinal not in (1, 2) or month.gran != "month":
        return None
    mid = month.start + dt.timedelta(days=14)
    start, end = (month.start, mid) if ordinal == 1 else (mid + dt.timedelta(days=1), month.end)
    return Period("week", start, end, month.value)  # (finer than a month, as a week of it is)


def _month_tense(ctx: Context, m: int, dct: dt.date) -> str:
    """Past or future for a month named without a year (see the module doc)."""
    deadline = _deadline_tense(ctx)
    if deadline is not None:
        return deadline
    cues = ctx.lex.words["tense_cues"]
    tense = ctx.tense(True)
    if tense is not None:
        return tense
    ahead = (m - dct.month) % 12
    return FUTURE if ahead <= int(cues["future_months_ahead"]) else PAST


def _month_rel(m: int, dct: dt.date, rel: str) -> int:
    """Year of "last March" (the latest March before this month) or "next March"."""
    if rel == "last":
        return dct.year if m < dct.month else dct.year - 1
    return dct.year if m > dct.month else dct.year + 1


def _part_point(f: Feats, dct: dt.date | None) -> tuple[Period | None, str | None]:
    """Quarters and halves: "the first half of the year", "Q3 2024", "last quarter"."""
    make = cal.quarter if f.part == "quarter" else cal.half
    count = 4 if f.part == "quarter" else 2
    letter = "Q" if f.part == "quarter" else "H"
    if f.ordinal is None and f.year is not None and f.rel == "last":
        return make(f.year, count), None  # "the last quarter of 2025": that year's last, not the one before now
    if f.ordinal is None:
        if dct is None or f.rel is None:
            return None, None
        base = cal.containing(dct, f.part)
        months = 3 if f.part == "quarter" else 6
        start = cal.add_months(base.start, months * _step(f.rel))
        return cal.containing(start, f.part), None
    if not 1 <= f.ordinal <= count:
        return None, None
    year = f.year if f.year is not None else _rel_year(f, dct)
    if year is None:
        year = dct.year if dct is not None else None
    if year is None:
        return None, f"XXXX-{letter}{f.ordinal}"
    return make(year, f.ordinal), None


def _unit_point(ctx: Context, f: Feats) -> Period | None:
    """"last week", "this month", "next year", "the weekend", "the end of the year"."""
    dct = ctx.dct
    if dct is None:
        return None
    step = _step(f.rel)
    if f.weekend:
        if f.rel is None and ctx.tense() != FUTURE and dct.isoweekday() < 6:
            step = -1
        return cal.weekend(dct + dt.timedelta(weeks=step))
    unit = f.unit or "day"
    if unit not in cal.UNIT_GRAN:
        return None
    base = cal.containing(dct, cal.UNIT_GRAN[unit])
    return cal.shift_period(base, step, unit) if step else base


def _finish(ctx: Context, f: Feats, p: Period | None, value: str | None) -> Resolved:
    """Apply the modifier, part of day, clock time and "since" to a resolved point."""
    kind = "date"
    start = end = None
    if p is not None:
        value = p.value
        start, end = _apply_mod(ctx, p, f.mod)
    if (f.pod or f.clock) and (p is None or p.gran == "day"):
        kind = "time"
        if value is not None and len(value) >= 10:  # a day, or "XXXX-WXX-4"
            value = f"{value}T{f.clock or f.pod}"
    if f.prefix == "since":
        end = ctx.dct
        if start is not None and end is not None and start > end:
            start = end = None
    return Resolved(kind, value, start, end, p if f.prefix != "since" else None)
