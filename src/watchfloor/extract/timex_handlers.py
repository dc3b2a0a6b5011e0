"""One normalizer per grammar rule type: ranges, offsets, trailing intervals, durations, sets.

Each takes the matched tokens and their class names and returns a
:class:`~watchfloor.extract.timex_resolve.Resolved` (or ``None`` to drop the match, as for
"February 30"). Point expressions go to :func:`~watchfloor.extract.timex_resolve.point`.
"""

from __future__ import annotations

from collections.abc import Callable

from watchfloor.extract import timex_calendar as cal
from watchfloor.extract.timex_features import Feats, extract
from watchfloor.extract.timex_resolve import (
    Context,
    Resolved,
    duration_value,
    point,
)

Handler = Callable[[Context, list[str], list[str]], "Resolved | None"]

_CONNECTORS = ("and", "or", "to")


def handle_date(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    return point(ctx, extract(ctx.lex, toks, names))


def _split(names: list[str]) -> int | None:
    """Index of the word or dash joining the two ends of a range."""
    for k in range(1, len(names) - 1):
        if names[k] in _CONNECTORS:
            return k
    for k in range(1, len(names) - 1):
        if names[k] == "dash" and names[k - 1] != "mod":
            return k
    return None


def handle_range(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"between March 3 and March 9", "from 3 to 9 March", "in January and February"."""
    k = _split(names)
    if k is None:
        return None
    lex = ctx.lex
    left = extract(lex, toks[:k], names[:k])
    right = extract(lex, toks[k + 1 :], names[k + 1 :])
    left.prefix = right.prefix = None
    if left.days and not left.months and right.months:
        left.months = right.months[:1]
    if right.days and not right.months and left.months:
        right.months = left.months[-1:]
    if left.year is None and right.year is not None and (left.months or left.season):
        left.year = right.year
    if right.year is None and left.year is not None and right.months and not right.rel:
        right.year = left.year
    lp, rp = point(ctx, left), point(ctx, right)
    if lp is None or rp is None:
        return None
    value = f"{lp.value}/{rp.value}" if lp.value and rp.value else None
    if lp.start is None or rp.end is None:
        return Resolved("date", value)
    if rp.end < lp.start:
        return None
    return Resolved("date", value, lp.start, rp.end)


def handle_ago(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"two days ago" is that day, "three weeks ago" that week, "a year ago" that year."""
    f = extract(ctx.lex, toks, names)
    if f.vague_count or f.count is None or f.unit is None:
        return Resolved("date", "PAST_REF")
    if ctx.dct is None:
        return Resolved("date", None)
    count = int(f.count) if float(f.count).is_integer() else None
    if count is None or f.unit not in cal.UNIT_GRAN:
        return Resolved("date", cal.day(ctx.dct).value, ctx.dct, ctx.dct, cal.day(ctx.dct))
    d = cal.shift(ctx.dct, -count, f.unit)
    p = cal.containing(d, cal.UNIT_GRAN[f.unit])
    return Resolved("date", p.value, p.start, p.end, p)


def _anchor(ctx: Context) -> cal.Period | None:
    if ctx.anchor is not None:
        return ctx.anchor
    return cal.day(ctx.dct) if ctx.dct is not None else None


def handle_anaphoric(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"a year earlier", "two days later", "that day", "the same week": from the anchor."""
    f = extract(ctx.lex, toks, names)
    anchor = _anchor(ctx)
    unit = f.unit or ("day" if f.pod else "week" if f.weekend else None)
    if anchor is None or unit not in cal.UNIT_GRAN:
        return Resolved("date", None)
    gran = cal.UNIT_GRAN[unit]
    if f.that:
        if cal.finer(anchor.gran, gran) != anchor.gran:
            return Resolved("date", None)
        p = cal.containing(anchor.start, gran)
    else:
        count = f.count if f.count is not None else 1
        if not float(count).is_integer():
            return Resolved("date", None)
        p = cal.shift_period(anchor, int(count) * (-1 if f.earlier else 1), unit)
        # "a year earlier" compares with the anchor; it does not become the new anchor,
        # so a second "a year earlier" in the report means the same year.
        return Resolved("date", p.value, p.start, p.end, None)
    if f.pod and p.gran == "day":
        return Resolved("time", f"{p.value}T{f.pod}", p.start, p.end, p)
    return Resolved("date", p.value, p.start, p.end, p)


def handle_the_rel_unit(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"the last year" trails the dateline; "the next day" and "the previous week" follow
    or precede the anchor; "the coming week" leads from the dateline."""
    f = extract(ctx.lex, toks, names)
    if f.relword in ("last", "past", "coming", "upcoming"):
        return handle_trailing(ctx, toks, names)
    anchor = _anchor(ctx)
    if anchor is None or f.unit not in cal.UNIT_GRAN:
        return Resolved("date", None)
    gran = cal.UNIT_GRAN[f.unit]
    if cal.finer(anchor.gran, gran) != anchor.gran:
        return Resolved("date", None)
    step = -1 if f.relword == "previous" else 1
    p = cal.shift_period(cal.containing(anchor.start, gran), step, f.unit)
    return Resolved("date", p.value, p.start, p.end, p)


def handle_trailing(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"the past three months": the span of that length ending at the dateline."""
    f = extract(ctx.lex, toks, names)
    if f.unit is None:
        return None
    forward = f.rel == "next"
    if f.count is None and (f.vague_count or f.plural):
        return Resolved("duration", duration_value(ctx, f, vague=True))
    count = f.count if f.count is not None else 1
    value = duration_value(ctx, Feats(unit=f.unit, count=count))
    if ctx.dct is None or not float(count).is_integer():
        return Resolved("duration", value)
    n = int(count)
    if f.unit in ("hour", "minute"):
        days = n // 24 if f.unit == "hour" else 0
        n, unit = days, "day"
        if n == 0:
            return Resolved("duration", value, ctx.dct, ctx.dct)
        n -= 1  # "the past 24 hours" is the dateline's day (ISAF's gold dates it so), "48 hours" one more
    else:
        unit = f.unit
    start, end = cal.trailing(ctx.dct, -n if forward else n, unit)
    return Resolved("duration", value, start, end)


def handle_hours_to(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"the 24 hours to 6 a.m. on Thursday": the days those hours reach back over, ending on the clock
    time's day (the dateline's when no day is named): a tally of the day before and that morning."""
    k = names.index("to")
    f = extract(ctx.lex, toks[:k], names[:k])
    end = point(ctx, extract(ctx.lex, toks[k + 1 :], names[k + 1 :]))
    if f.unit != "hour" or f.count is None or not float(f.count).is_integer():
        return None
    value = duration_value(ctx, Feats(unit=f.unit, count=f.count))
    if end is None or end.end is None:
        return Resolved("duration", value)
    days = max(1, -(-int(f.count) // 24))  # 24 hours reach into the day before, 48 two days back
    return Resolved("duration", value, cal.shift(end.end, -days, "day"), end.end)


def handle_within(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"earlier this month" runs from the month's start to the dateline; "later this year"
    from the dateline to the year's end."""
    f = extract(ctx.lex, toks, names)
    base = point(ctx, Feats(unit=f.unit, rel=f.rel or "this", weekend=f.weekend,
                            season=f.season))
    if base is None or base.start is None or ctx.dct is None:
        return Resolved("date", base.value if base else None)
    start, end = base.start, base.end
    if base.start <= ctx.dct <= base.end:
        if f.earlier:
            end = ctx.dct
        elif f.later:
            start = ctx.dct
    if f.prefix == "since":
        end = ctx.dct
    return Resolved("date", base.value, start, end)


def handle_duration(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"for three weeks" (P3W), "two-year", "several months" (PXM): no interval."""
    f = extract(ctx.lex, toks, names)
    vague = f.count is None or f.vague_count
    value = duration_value(ctx, f, vague=vague)
    return Resolved("duration", value) if value else None


def handle_vague(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"recently", "now", "the future", "recent years", "the coming weeks": no interval."""
    f = extract(ctx.lex, toks, names)
    if f.rel == "next":
        return Resolved("date", "FUTURE_REF")
    if f.rel == "past" and f.vague is None:
        return Resolved("date", "PAST_REF")
    return Resolved("date", f.vague or "PAST_REF")


def handle_set(ctx: Context, toks: list[str], names: list[str]) -> Resolved | None:
    """"weekly" (P1W), "every two weeks" (P2W), "each Thursday" (XXXX-WXX-4)."""
    f = extract(ctx.lex, toks, names)
    if f.setval:
        return Resolved("set", f.setval)
    if f.weekday is not None:
        return Resolved("set", f"XXXX-WXX-{f.weekday}")
    if f.weekend:
        return Resolved("set", "XXXX-WXX-WE")
    if f.pod:
        return Resolved("set", f"XXXX-XX-XXT{f.pod}")
    count = f.count if f.count is not None else (2 if f.other else 1)
    return Resolved("set", duration_value(ctx, Feats(unit=f.unit, count=count)))


HANDLERS: dict[str, Handler] = {
    "date": handle_date,
    "range": handle_range,
    "ago": handle_ago,
    "anaphoric": handle_anaphoric,
    "the_rel_unit": handle_the_rel_unit,
    "trailing": handle_trailing,
    "hours_to": handle_hours_to,
    "within": handle_within,
    "duration": handle_duration,
    "vague": handle_vague,
    "set": handle_set,
}


def check_types(types: set[str]) -> None:
    """Raise if the grammar names a rule type with no normalizer (checked at import)."""
    missing = types - HANDLERS.keys()
    if missing:
        raise KeyError(f"time grammar uses unknown rule types: {sorted(missing)}")
