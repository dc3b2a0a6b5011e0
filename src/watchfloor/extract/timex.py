"""Find time expressions in a report and resolve each to a TimeML value and a date interval.

``find_times(text, dct)`` is the time stage of the extractor. It is a rule system in the
manner of HeidelTime: the words live in ``lexicons/time_words.yaml``, the patterns in
``lexicons/time_grammar.yaml``, and this module only runs them:

1. split the text into tokens and map each token to a class character
   (:mod:`watchfloor.extract.timex_lexicon`);
2. run the compiled grammar over the class string; rules are tried in file order at each
   token, and matches never overlap;
3. read each match's parts (:mod:`watchfloor.extract.timex_features`) and resolve them
   against the dateline (:mod:`watchfloor.extract.timex_resolve`,
   :mod:`watchfloor.extract.timex_handlers`), where the resolution conventions are listed.

A bare weekday or a month without a year needs the sentence's tense; :func:`_tense` reads it
from the nearest cue word (time_words.yaml ``tense_cues``), computed only when asked.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import accumulate

from watchfloor.extract.mentions import TimeMention
from watchfloor.extract.timex_calendar import Period
from watchfloor.extract.timex_handlers import HANDLERS, check_types
from watchfloor.extract.timex_lexicon import load
from watchfloor.extract.timex_resolve import FUTURE, PAST, Context

_LEX = load()
check_types({rule_type for _, rule_type in _LEX.rules})

_C = _LEX.char_of["C"]
_X = _LEX.char_of["x"]
_O = _LEX.char_of["o"]
_ABBR = {_LEX.char_of["month_abbr"], _C}


_WEAK = "weak_past"
_NEAR_FUTURE = "future_before"  # a cue of the future only right before the time ("starting Monday")


def _cue_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> (cue words, tense), longest cue first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, tense in (("future", FUTURE), ("past", PAST), ("reporting", _WEAK), ("future_before", _NEAR_FUTURE)):
        for cue in _LEX.words["tense_cues"][key]:
            words = tuple(str(cue).lower().split())
            table.setdefault(words[0], []).append((words, tense))
    for cues in table.values():
        cues.sort(key=lambda c: -len(c[0]))
    return table


_CUES = _cue_table()
_APOS = _LEX.char_of["apos"]
_S = _LEX.char_of["plural_s"]
_WEEKDAY = _LEX.char_of["weekday"]
_STOPS = frozenset({".", "!", "?", ";", "\n"})
_TENSE_WINDOW = 12
_CLAUSE_JOINS = frozenset(_LEX.words["tense_cues"]["clause_joins"])
_SAYING_RIGHT_BEFORE = frozenset(_LEX.words["tense_cues"]["saying_right_before"])


def _as_date(dct: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Accept a date, a datetime or an ISO string ("2025-03-27", "1998-02-06T22:19")."""
    if dct is None:
        return None
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    return dt.date.fromisoformat(str(dct)[:10])


def _classify(toks: list[str]) -> str:
    get = _LEX.class_of.get
    return "".join(
        [get(t) or (_C if t[0].isupper() else _X if t[0].isalnum() else _O) for t in toks]
    )


def _cue(toks: list[str], classes: str, k: int, strict: bool, near: bool = False) -> str | None:
    """The tense that token ``k`` (with the words after it) signals, if any.

    Weak past cues count only when ``strict`` is false; cues of ``future_before`` only when ``near``
    (right before the time: "starting Monday", not "accused India of starting the exchange on Monday").
    """
    low = toks[k].lower()
    for words, tense in _CUES.get(low, ()):
        if len(words) == 1 or [t.lower() for t in toks[k : k + len(words)]] == list(words):
            if tense == _WEAK:
                return None if strict else PAST
            if tense == _NEAR_FUTURE:
                return FUTURE if near else None
            return tense
    if not strict and classes[k] == _X and len(low) > 4 and low.endswith("ed"):
        return PAST
    return None


def _modal_before(toks: list[str], k: int) -> bool:
    """A future modal just before a past form: "will be paid", "would be held"."""
    for t in toks[max(0, k - 3) : k]:
        if any(tense == FUTURE and len(w) == 1 for w, tense in _CUES.get(t.lower(), ())):
            return True
    return False


def _is_stop(toks: list[str], classes: str, k: int) -> bool:
    """A sentence boundary, but not the dot of "Jan." or of an initial."""
    t = toks[k]
    if t not in _STOPS:
        return False
    if t == "." and k and (classes[k - 1] in _ABBR and len(toks[k - 1]) <= 4):
        return False
    return True


def _clause_after(toks: list[str], j: int) -> tuple[str, ...]:
    """The lower-case tokens after an expression ending at ``j``, up to the sentence's end (ten at most)."""
    out = []
    for tok in toks[j : j + 10]:
        if tok in (".", ";", "!", "?"):
            break
        out.append(tok.lower())
    return tuple(out)


def _reported_right_before(toks: list[str], k: int) -> bool:
    """Token ``k`` is a past verb of saying (time_words.yaml ``saying_right_before``)."""
    return toks[k].lower() in _SAYING_RIGHT_BEFORE


def _tense(toks: list[str], classes: str, i: int, j: int, strict: bool = False) -> str | None:
    """The tense cue nearest to tokens ``[i, j)`` within their sentence, or ``None``."""
    n = len(toks)
    if classes[j - 1] == _WEEKDAY and classes[j : j + 2] == _APOS + _S:
        return PAST  # "Wednesday's ruling" happened
    if i > 0 and _reported_right_before(toks, i - 1):
        return PAST  # "Ethiopia said in February it would send troops": the saying's month, gone by
    for k in range(i - 1, max(-1, i - 5), -1):
        if _is_stop(toks, classes, k):
            break
        if _cue(toks, classes, k, True, near=k >= i - 2) == FUTURE:
            return FUTURE  # "which is due to end on Friday, involved": the phrase that governs the date
    left_open = right_open = True
    for dist in range(1, _TENSE_WINDOW + 1):
        k = i - dist
        if left_open and k >= 0:
            if _is_stop(toks, classes, k):
                left_open = False
            else:
                cue = _cue(toks, classes, k, strict)
                if cue:
                    return FUTURE if cue == PAST and _modal_before(toks, k) else cue
        k = j - 1 + dist
        if right_open and k < n:
            if _is_stop(toks, classes, k) or toks[k].lower() in _CLAUSE_JOINS:
                right_open = False  # "handed over ... in July and is expected to": the next clause's tense
            else:
                cue = _cue(toks, classes, k, strict)
                if cue:
                    return FUTURE if cue == PAST and _modal_before(toks, k) else cue
    return None


_SOFT_BREAK = re.compile(r"(?<=[a-z0-9,])\n(?=[a-z0-9])")


def find_times(text: str, dct: dt.date | None) -> list[TimeMention]:
    """Every time expression in ``text``, resolved against the dateline ``dct``.

    Args:
        text: the document text.
        dct: the dateline (document creation time); ``None`` leaves relative expressions
            unresolved. A datetime or an ISO string is accepted too.

    Returns:
        Mentions sorted by start and non-overlapping, each with ``kind`` (date, time,
        duration, set), a TimeML-style ``value`` and an inclusive ISO interval
        ``date_start``/``date_end`` (``None`` when the expression names no fixed dates).
    """
    if not text:
        return []
    day = _as_date(dct)
    # a line break inside a hard-wrapped sentence ("since\nlate August") is a space to the grammar;
    # one of the same length, so offsets still point into ``text``
    pieces = _LEX.token_re.split(_SOFT_BREAK.sub(" ", text))
    toks = pieces[1::2]
    if not toks:
        return []
    classes = _classify(toks)
    bounds = list(accumulate(map(len, pieces)))
    name_of = _LEX.name_of
    rules = _LEX.rules
    anchor: Period | None = None
    past_anchor: Period | None = None  # the last anchor not after the dateline
    out: list[TimeMention] = []
    for m in _LEX.grammar.finditer(classes):
        i, j = m.span()
        if i == j or m.lastgroup is None:
            continue
        rule_name, rule_type = rules[int(m.lastgroup[1:])]
        if rule_name in ("day_and_day", "date_to_date") and _brought_to(toks, i, j):
            # "bringing the number of soldiers killed in the offensive that began on Oct. 1 to 14": the
            # toll's "to", not a second day
            j = i + [t.lower() for t in toks[i:j]].index("to")
            rule_type = "date"

        def tense(strict: bool = False, i: int = i, j: int = j) -> str | None:
            return _tense(toks, classes, i, j, strict)

        before = tuple(t.lower() for t in toks[max(0, i - 12) : i])
        told = anchor
        if rule_type in _ANAPHORIC and _after_dct(anchor, day) and past_anchor is not None and tense() == "past":
            told = past_anchor  # "a hearing set for 2 April 2026 ... At 02:30 that night, gunmen entered"
        ctx = Context(_LEX, day, told, toks[i - 1].lower() if i else None, tense, before, _clause_after(toks, j))
        try:
            res = HANDLERS[rule_type](ctx, toks[i:j], [name_of[c] for c in classes[i:j]])
        except (ValueError, OverflowError, KeyError):
            res = None  # a date outside the calendar (year 0, year 10000): not a date
        if res is None:
            continue
        if res.start is not None and res.end is not None and res.start > res.end:
            continue  # "the past 0 years": no interval at all
        if toks[i].lower() == "coming" and j < len(toks) and toks[j].lower() in _AFTER_ANOTHER:
            continue  # "coming ten days after Pyongyang launched": arriving after an event, no span of days
        start, end = bounds[2 * i], bounds[2 * j - 1]
        out.append(
            TimeMention(
                start=start,
                end=end,
                text=text[start:end],
                kind=res.kind,
                value=res.value,
                date_start=res.start.isoformat() if res.start else None,
                date_end=res.end.isoformat() if res.end else None,
            )
        )
        if res.period is not None:
            anchor = res.period
            past_anchor = anchor if not _after_dct(anchor, day) else past_anchor
    out = _fiscal_parts(text, _named_years(text, out))
    out = _since_then(text, _since_clause(text, _glossed(text, out), day), day)
    return _day_of_month(text, _by_year_end(text, out, day), day)


# rules whose expressions count from the anchor ("that night", "nine days later", "the next day")
_ANAPHORIC = frozenset({"anaphoric", "the_rel_unit"})


def _brought_to(toks: list[str], i: int, j: int) -> bool:
    """A day range "Oct. 1 to 14" inside a toll brought to a count ("bringing the number ... to 14"):
    the words before it name the bringing and the tally (time_words.yaml ``toll_to``), and its "to" is
    the toll's."""
    if "to" not in (t.lower() for t in toks[i:j]):
        return False
    before = [t.lower() for t in toks[max(0, i - 30) : i]]
    toll_to = _LEX.words["toll_to"]
    return any(w in toll_to["verbs"] for w in before) and any(w in toll_to["nouns"] for w in before)


def _after_dct(period: Period | None, day: dt.date | None) -> bool:
    """A period that begins after the dateline: a date to come ("a hearing set for 2 April")."""
    return period is not None and day is not None and period.start > day


# a capitalised word (or one joined by a hyphen) right before a bare year: "Justice Mission 2025",
# "Zapad-2025", "Freedom Shield 2025"
_NAME_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+)(?:\s+|-)\Z")


_FISCAL_AFTER = re.compile(r"\s+of\s+(?:the\s+|this\s+|last\s+)?(?:fiscal|financial)\b|\s+of\s+FY\b", re.IGNORECASE)


def _fiscal_parts(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """ "the first half of the fiscal year": a part of a fiscal year, which starts in a month the
    calendar does not tell (April in Japan, October in the United States), names no calendar dates;
    the months the text gives with it ("from April to September") date the event instead."""
    return [m for m in mentions if not (m.date_start and _FISCAL_AFTER.match(text, m.end))]


def _named_years(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """A bare year that ends a name ("the exercise, code-named Justice Mission 2025", "the Zapad-2025
    drills") names an operation, not a time; a month, a day or a season before it still dates it."""
    out = []
    for m in mentions:
        if len(m.text) == 4 and m.text.isdigit():
            found = _NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
            word = found.group(1) if found is not None else ""
            if word and _LEX.class_of.get(word) is None and word.lower() not in _NOT_NAMES:
                continue
        out.append(m)
    return out


_NOT_NAMES = frozenset({"in", "since", "until", "by", "before", "after", "of", "from", "to", "through", "during"})


# "on the 24th", "On the 3rd,": a day of the month with no month named, not "the 24th Brigade"
_DAY_ONLY = re.compile(
    r"\b[Oo]n\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|at|when|after|before|as|but|while|morning|afternoon|evening|night)\b)"
)


def _day_of_month(text: str, mentions: list[TimeMention], day: dt.date | None) -> list[TimeMention]:
    """ "launched a satellite on the 24th": the day of the dateline's month, or of the month before
    when that day is still to come."""
    if day is None or "the " not in text:
        return mentions
    extra = []
    for found in _DAY_ONLY.finditer(text):
        if any(found.start() < m.end and m.start < found.end() for m in mentions):
            continue
        n = int(found.group(1))
        year, month = day.year, day.month
        if n > day.day:  # a day still to come this month: the month before
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            date = dt.date(year, month, n)
        except ValueError:
            continue  # "on the 31st" of a 30-day month
        start = found.start() + 3  # the day's words, past "on "
        iso = date.isoformat()
        extra.append(TimeMention(start, found.end(), text[start : found.end()], "date", iso, iso, iso))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_BY_YEAR_END = re.compile(
    r"\b(?:before|by|until)\s+(?:the\s+)?(?:year['’]s\s+end|end\s+of\s+(?:the|this)\s+year|year-end|year\s+end)\b",
    re.IGNORECASE,
)


def _by_year_end(text: str, mentions: list[TimeMention], day: dt.date | None) -> list[TimeMention]:
    """ "could be sent before the year's end", "by year-end": a deadline the grammar has no words
    for, from the dateline to the last day of its year."""
    if day is None:
        return mentions
    found = list(_BY_YEAR_END.finditer(text))
    if not found:
        return mentions
    spans = [(f.start(), f.end()) for f in found]
    spans = [(s, e) for s, e in spans if not any(s < m.end and m.start < e for m in mentions)]
    if not spans:
        return mentions  # "before the end of the year": the grammar reads that deadline itself
    last = dt.date(day.year, 12, 31).isoformat()
    extra = [TimeMention(s, e, text[s:e], "date", None, day.isoformat(), last) for s, e in spans]
    return sorted(mentions + extra, key=lambda m: m.start)


_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:(?!(?:when|after|before|while|but|and|until)\b)[\w'’-]+\s+){1,10}?(?:(?:in|on)\s+)?\Z",
    re.IGNORECASE,
)


def _since_clause(text: str, mentions: list[TimeMention], day: dt.date | None) -> list[TimeMention]:
    """ "killed or wounded since they first went into combat in December 2024": the date a "since"
    clause gives opens a span that runs to the dateline."""
    if day is None or "since" not in text.lower():
        return mentions
    out = []
    for m in mentions:
        if (
            m.kind == "date"
            and m.date_start
            and m.date_end
            and m.date_end < day.isoformat()
            and _SINCE_CLAUSE.search(text, max(0, m.start - 90), m.start)
        ):
            m = TimeMention(m.start, m.end, m.text, m.kind, m.value, m.date_start, day.isoformat())
        out.append(m)
    return out


_SINCE_THEN = re.compile(r"\b[Ss]ince\s+(?:then|that\s+(?:time|day|date|point))\b")


def _since_then(text: str, mentions: list[TimeMention], day: dt.date | None) -> list[TimeMention]:
    """ "In April last year the North began building barriers. Since then, it has planted mines":
    from the start of the last dated time told before, to the dateline."""
    if day is None or "ince " not in text:
        return mentions
    extra = []
    for found in _SINCE_THEN.finditer(text):
        told = [m for m in mentions if m.end <= found.start() and m.date_start and m.kind == "date"]
        if not told or told[-1].date_start > day.isoformat():
            continue
        extra.append(
            TimeMention(found.start(), found.end(), found.group(), "date", None, told[-1].date_start, day.isoformat())
        )
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_AFTER_ANOTHER = frozenset({"after", "before", "since", "later", "earlier"})


def _glossed(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """ "the first quarter of fiscal 2026 (April to June)": a period glossed in brackets right after
    it is the one meant (a fiscal year need not start in January), so the bracket's dates replace it."""
    out: list[TimeMention] = []
    for k, mention in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        opened = _GLOSS_OPEN.match(text, mention.end)
        if (
            nxt is not None
            and opened is not None
            and opened.end() == nxt.start
            and text[nxt.end : nxt.end + 1] == ")"
            and mention.date_start is not None
            and nxt.date_start is not None
        ):
            continue  # the bracketed mention, kept next, says which dates
        out.append(mention)
    return out


__all__ = ["find_times"]
