"""Read the parts of a matched time expression: which month, day, year, unit, modifier.

The grammar decides *where* an expression is; this module decides *what its words say*,
one token at a time, into a :class:`Feats` record. The normalizers in
:mod:`watchfloor.extract.timex_resolve` then combine the parts without looking at words
again, so a new phrasing needs a grammar rule, rarely new code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchfloor.extract.timex_lexicon import Lexicon


@dataclass(slots=True)
class Feats:
    """The parts of one time expression (all optional)."""

    prefix: str | None = None  # since / in / between / from, when it opens the expression
    months: list[int] = field(default_factory=list)
    days: list[int] = field(default_factory=list)
    year: int | None = None
    weekday: int | None = None
    season: str | None = None
    pod: str | None = None  # TimeML part of day: MO AF EV NI
    clock: str | None = None  # "HH:MM"
    mod: str | None = None  # early / mid / late
    rel: str | None = None  # last / past / next / this
    relword: str | None = None
    unit: str | None = None
    plural: bool = False
    count: float | None = None
    vague_count: bool = False
    ordinal: int | None = None
    part: str | None = None  # quarter / half
    decade: int | None = None  # first year of the decade
    reldays: int | None = None
    tonight: bool = False
    ago: bool = False
    earlier: bool = False
    later: bool = False
    that: bool = False
    weekend: bool = False
    every: bool = False
    other: bool = False
    vague: str | None = None
    setval: str | None = None


def _clock(hour: int, minute: int, suffix: str | None) -> str | None:
    """24-hour "HH:MM" from a 12-hour reading; ``None`` when it is no clock time."""
    if suffix:
        s = suffix.lower().replace(".", "")
        if not 1 <= hour <= 12:
            return None
        if s == "pm" and hour != 12:
            hour += 12
        elif s == "am" and hour == 12:
            hour = 0
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"


def extract(lex: Lexicon, toks: list[str], names: list[str]) -> Feats:
    """Read the parts of the expression made of ``toks`` with class names ``names``."""
    t = lex.tables
    f = Feats()
    n = len(toks)
    k = 0
    if n and names[0] in ("since", "in", "between", "from"):
        f.prefix = names[0]
        k = 1
    while k < n:
        c, w = names[k], toks[k]
        low = w.lower()
        nxt = names[k + 1] if k + 1 < n else None
        if c in ("month", "month_amb", "month_abbr"):
            f.months.append(t["month"][low])
        elif c == "holiday":
            month, day = t["holiday"][low]
            if nxt == "holiday_eve":
                day -= 1  # "Christmas Eve"
            f.months.append(month)
            f.days.append(day)
        elif c == "weekday":
            f.weekday = t["weekday"][low]
        elif c == "year":
            k = _year(f, toks, names, k)
        elif c in ("day", "num"):
            k = _number(lex, f, toks, names, k)
        elif c == "numw":
            value = t["number"][low]
            if nxt == "dash" and k + 2 < n and names[k + 2] == "numw":
                value += t["number"][toks[k + 2].lower()]
                k += 2
            elif nxt == "numw" and value >= 20:
                value += t["number"][toks[k + 1].lower()]
                k += 1
            f.count = value
        elif c == "a":
            if nxt in ("unit", "units") or (nxt == "dash" and k + 2 < n):
                f.count = 1
        elif c == "few":
            f.vague_count = True
        elif c in ("unit", "units"):
            f.unit = t["unit"][low]
            f.plural = c == "units"
            mult = lex.words["unit_multipliers"].get(low)
            if mult:
                f.count = (f.count or 1) * mult
        elif c == "half" and k >= 2 and names[k - 1] == "a" and names[k - 2] == "and":
            f.count = (f.count or 0) + 0.5
        elif c in ("quarter", "half"):
            f.part = c
        elif c == "ord":
            f.ordinal = t["ordinal"][low]
        elif c == "qletter":
            f.part = "quarter"
        elif c in ("last", "past", "next", "this", "following"):
            f.rel, f.relword = "next" if c == "following" else c, low
        elif c in ("mod", "edge"):
            f.mod = t["mod"][low]
        elif c == "season":
            f.season = t["season"][low]
        elif c == "pod":
            f.pod = t["pod"][low]
        elif c == "clock":
            f.clock = lex.words["clock_words"][low]
        elif c == "reldate":
            f.reldays = int(lex.words["relative_days"][low])
            f.tonight = low == "tonight"
        elif c == "ago":
            f.ago = True
        elif c == "earlier":
            f.earlier = True
        elif c == "later":
            f.later = True
        elif c in ("that", "same"):
            f.that = True
        elif c == "weekend":
            f.weekend = True
        elif c == "every":
            f.every = True
        elif c == "other":
            f.other = True
        elif c in ("vague", "vague_noun", "recent"):
            f.vague = t["vague"].get(low, "PAST_REF")
        elif c == "setadv":
            f.setval = t["set"][low]
        k += 1
    return f


def _year(f: Feats, toks: list[str], names: list[str], k: int) -> int:
    """A four-digit number: a year, a decade ("1990s") or the head of an ISO date."""
    n = len(toks)
    y = int(toks[k])
    if k + 1 < n and names[k + 1] == "plural_s":
        f.decade = y
        return k + 1
    if k + 4 < n and names[k + 1] == "dash" and names[k + 3] == "dash" and names[k + 2] == "day":
        f.year = y
        f.months.append(int(toks[k + 2]))
        f.days.append(int(toks[k + 4]))
        return k + 4
    f.year = y
    return k


def _number(lex: Lexicon, f: Feats, toks: list[str], names: list[str], k: int) -> int:
    """A one- to three-digit number: day of month, count, clock hour, decade or quarter."""
    n = len(toks)
    v = int(toks[k])
    nxt = names[k + 1] if k + 1 < n else None
    prev = names[k - 1] if k else None
    if prev == "apos" and nxt == "plural_s":
        f.decade = (2000 if v < 30 else 1900) + v
        return k + 1
    if prev == "qletter":
        f.ordinal = v
        return k
    if nxt == "ampm" or (nxt == "colon" and k + 2 < n):
        minute = 0
        j = k + 1
        if nxt == "colon":
            minute = int(toks[k + 2]) if toks[k + 2].isdigit() else 0
            j = k + 3
        suffix = toks[j] if j < n and names[j] == "ampm" else None
        f.clock = _clock(v, minute, suffix)
        return j if suffix else j - 1
    after = names[k + 2] if nxt == "dash" and k + 2 < n else nxt
    if after in ("unit", "units"):
        f.count = v
        return k
    if nxt == "slash" and k + 4 < n:
        a, b, y = v, int(toks[k + 2]), int(toks[k + 4])
        if y < 100:
            y += 2000  # "15/02/26": a two-digit year of this century
        month_, day_ = (b, a) if a > 12 else (a, b)
        f.months.append(month_)
        f.days.append(day_)
        f.year = y
        return k + 4
    if names[k] == "day":
        f.days.append(v)
    else:
        f.count = v
    return k
