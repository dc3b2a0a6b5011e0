"""Find a report's dateline: the place, the date and the wire credit that open a news story.

``SEOUL, March 27 (Korea Bizwire) —`` tells where the story was filed, on which day, and
which wire carried it; the date is what relative time expressions resolve against (SPEC
section 1) and the credit is the claim's channel. Many wire stories also close on a credit
line, ``(Yonhap)``. Datelines are found at the start of a line within the first few thousand
characters, because photo captions and headlines often come first.

Month names and the words that are not credits are data (``lexicons/datelines.yaml``);
the shape of a dateline is the regular expression below, compiled once at import.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from watchfloor.lexicons import load
from watchfloor.model import Span

_DATA = load("datelines")
_MONTHS: dict[str, int] = {
    word.lower(): int(number) for number, words in _DATA["months"].items() for word in words
}
_NOT_CREDITS = frozenset(w.lower() for w in _DATA["not_credits"])
_NOT_PLACES = frozenset(w.upper() for w in _DATA["not_places"])
_SEARCH_CHARS = int(_DATA["search_chars"])
_WEAK_SEARCH_CHARS = int(_DATA["weak_search_chars"])
_TRAILING_CHARS = int(_DATA["trailing_chars"])

_MONTH_WORDS = sorted(
    {w for words in _DATA["months"].values() for w in words}, key=lambda w: (-len(w), w)
)
_MON = "(?:" + "|".join(re.escape(m) for m in _MONTH_WORDS) + ")"
_MON_END = r"(?![A-Za-z])"
# Line boundaries include the Unicode separators some publishing systems emit (U+2028).
_BOL = r"(?:\A|(?<=[\n\r\u2028\u2029\x85]))"
_EOL = r"(?=[\n\r\u2028\u2029\x85]|\Z)"
_SP = r"[ \t\u00a0]"
# "March 27, 2025", "May 31,2011", "Nov. 1. 2011": what may stand between day and year.
_YEAR_SEP = r"(?:[,.][ \t\u00a0]*|[ \t\u00a0]+)"
# A date as datelines write it: "March 27", "Jan. 25, 2013", "27 March 2025".
_DATE_TEXT = (
    rf"(?:{_MON}{_MON_END}{_SP}+\d{{1,2}}(?!\d)(?:{_YEAR_SEP}\d{{4}}(?!\d))?"
    rf"|\d{{1,2}}{_SP}+{_MON}{_MON_END}(?:{_YEAR_SEP}\d{{4}}(?!\d))?)"
)
_DATE_RE = re.compile(
    rf"(?:(?P<mon>{_MON}){_MON_END}{_SP}+(?P<day>\d{{1,2}})(?!\d)"
    rf"|(?P<day2>\d{{1,2}}){_SP}+(?P<mon2>{_MON}){_MON_END})"
    rf"(?:{_YEAR_SEP}(?P<year>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_CAPS = "A-ZÀ-ÖØ-Þ"
_PLACE_WORD = rf"[{_CAPS}][{_CAPS}'’.&\-]*[{_CAPS}.]"
_REGION_WORD = r"[A-Z][A-Za-z'’.\-]+"
_DATELINE_RE = re.compile(
    rf"{_BOL}{_SP}*(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}})"
    rf"(?:,[ \t]*(?!{_MON}{_MON_END})(?P<region>{_REGION_WORD}(?:[ \t]+{_REGION_WORD}){{0,2}}))?"
    rf"(?:,[ \t]*(?P<date>{_DATE_TEXT}))?"
    rf"(?:[ \t]*\((?:(?P<pdate>{_DATE_TEXT})|(?P<credit>[A-Z][^()\n]{{0,39}}))\))?"
    rf"(?P<sep>{_SP}*(?:—|–|--|-)(?=\s|\Z)|{_SP}*{_EOL})?",
)
# The title-case datelines of news websites ("Port Sudan (Sudan) (AFP) -", "Kyiv, Ukraine (AP) —",
# "Kabul, Afghanistan (Dec. 9) -"): weaker signs than capitals, so a parenthesis (a credit or a date)
# and a dash are required.
_TITLE_WORD = r"[A-Z][a-zà-ÿ'’.\-]+"
_TITLE_DATELINE_RE = re.compile(
    rf"{_BOL}{_SP}*(?P<place>{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}})"
    rf"(?:,[ \t]*(?!{_MON}{_MON_END})(?P<region>{_REGION_WORD}(?:[ \t]+{_REGION_WORD}){{0,2}})"
    rf"|[ \t]*\((?P<region2>{_REGION_WORD}(?:[ \t]+{_REGION_WORD}){{0,2}})\)(?=[ \t]*\())?"
    rf"(?:,[ \t]*(?P<date>{_DATE_TEXT}))?"
    rf"[ \t]*\((?:(?P<pdate>{_DATE_TEXT})|(?P<credit>[A-Z][^()\n]{{0,39}}))\)"
    rf"(?P<sep>{_SP}*(?:—|–|--|-)(?=\s)|{_SP}+(?=[A-Z\"“‘]))",  # "Taipei, Oct. 21 (CNA) Taiwan's ...": no dash
)
_TRAILING_RE = re.compile(rf"{_BOL}{_SP}*\((?P<credit>[A-Z][^()\n]{{0,39}})\){_SP}*{_EOL}")
_PAREN_LINE_RE = re.compile(rf"{_BOL}{_SP}*\((?P<word>[^()\n]{{1,40}})\){_SP}*{_EOL}")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline and its parts, each a span of the document text (half-open offsets).

    Attributes:
        span: the whole dateline, from the place to the dash (or the end of its line).
        place: the city as written ("SEOUL"); ``region`` the state or country after it.
        date_span: the date as written ("March 27", "Jan. 25, 2013"), if any.
        year, month, day: the parts of that date; ``year`` is ``None`` when not written.
        credit: the wire credit inside the dateline ("Korea Bizwire"), if any.
        end_credit: a credit line closing the text ("(Yonhap)" -> "Yonhap"), if any.
    """

    span: Span | None
    place: Span | None = None
    region: Span | None = None
    date_span: Span | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    credit: Span | None = None
    end_credit: Span | None = None

    @property
    def date(self) -> str | None:
        """The ISO date when the dateline gives a full, valid date, else ``None``."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None

    @property
    def channel(self) -> str | None:
        """The wire the text credits: "Korea Bizwire (Yonhap)", "Yonhap", or ``None``."""
        first = self.credit.text if self.credit else None
        last = self.end_credit.text if self.end_credit else None
        if first and last and first.lower() != last.lower():
            return f"{first} ({last})"
        return first or last


def find_dateline(text: str) -> Dateline | None:
    """Find the dateline at a line start near the top of ``text`` and a closing credit line.

    Args:
        text: the document text; offsets in the result index into it.

    Returns:
        A :class:`Dateline` (``span`` is ``None`` when only a closing credit was found), or
        ``None`` when the text has neither.
    """
    end_credit = _find_end_credit(text)
    for pattern in (_DATELINE_RE, _TITLE_DATELINE_RE):
        for match in pattern.finditer(text, 0, min(len(text), _SEARCH_CHARS)):
            if pattern is _TITLE_DATELINE_RE and not _known_place(match.group("place")):
                continue  # "Inflation Reduction Act (IRA) –": title-case words before a parenthesis
            found = _accept(text, match)
            if found is not None:
                return replace(found, end_credit=end_credit) if end_credit else found
    if end_credit is not None:
        return Dateline(span=None, end_credit=end_credit)
    return None


def _known_place(place: str) -> bool:
    """A title-case dateline needs a place the lexicons know (a capital, a town of places.yaml)."""
    from watchfloor.extract.entities_lexicon import lexicon
    from watchfloor.extract.places import gazetteer_by_upper

    key = " ".join(place.replace("’", "'").split()).rstrip(".")
    return key.upper() in lexicon().dateline_places or key.upper() in gazetteer_by_upper()


def _accept(text: str, m: re.Match[str]) -> Dateline | None:
    """Keep a candidate only when it is shaped like a dateline, not a shouted word."""
    date_group = "date" if m.group("date") else "pdate" if m.group("pdate") else None
    credit = m.group("credit")
    sep = m.group("sep")
    if credit is not None and (credit.strip().lower() in _NOT_CREDITS or len(credit.split()) > 5):
        return None
    if m.group("place").upper() in _NOT_PLACES:
        return None
    if sep is not None and sep.strip():
        # "PLACE, Region (date) --" anywhere near the top; a bare "PLACE —" only early on,
        # since wrapped lines of a long text can look the same ("PRC — the PRC").
        if not (date_group or credit or m.group("region")) and m.start() > _WEAK_SEARCH_CHARS:
            return None
    elif sep is not None:
        if not (date_group or credit):
            return None  # a capitalised line alone ("NATO") is a heading, not a dateline
        if m.re is _TITLE_DATELINE_RE and not (date_group == "date" and credit):
            return None  # a title-case dateline with no dash needs both a date and a credit
    elif not (credit or m.group("pdate")) or not text[m.end() : m.end() + 1].isspace():
        return None
    end = m.end() if sep is None else m.start("sep") + len(sep.rstrip())
    year = month = day = None
    date_span = None
    if date_group:
        date_span = Span.of(text, m.start(date_group), m.end(date_group))
        year, month, day = _parse_date(date_span.text)
        if month is None:
            return None
    region_group = "region" if m.group("region") else None
    if region_group is None and "region2" in m.re.groupindex and m.group("region2"):
        region_group = "region2"  # "Port Sudan (Sudan) (AFP) -"
    region = Span.of(text, m.start(region_group), m.end(region_group)) if region_group else None
    return Dateline(
        span=Span.of(text, m.start("place"), end),
        place=Span.of(text, m.start("place"), m.end("place")),
        region=region,
        date_span=date_span,
        year=year,
        month=month,
        day=day,
        credit=_credit_span(text, m.start("credit"), m.end("credit")) if credit else None,
    )


def _parse_date(date_text: str) -> tuple[int | None, int | None, int | None]:
    """Read (year, month, day) from a dateline date; month is ``None`` when it is no date."""
    m = _DATE_RE.fullmatch(date_text)
    if m is None:
        return None, None, None
    month = _MONTHS[(m.group("mon") or m.group("mon2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    if not 1 <= day <= 31:
        return None, None, None
    year = int(m.group("year")) if m.group("year") else None
    return year, month, day


def _credit_span(text: str, start: int, end: int) -> Span | None:
    """The credit's span with surrounding spaces left out."""
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    return Span.of(text, start, end) if end > start else None


def _find_end_credit(text: str) -> Span | None:
    """A last line of the form ``(Yonhap)``, skipping closing words such as ``(END)``."""
    offset = max(0, len(text) - _TRAILING_CHARS)
    tail = text[offset:]
    found: Span | None = None
    for m in _TRAILING_RE.finditer(tail):
        credit = m.group("credit")
        if credit.strip().lower() in _NOT_CREDITS or len(credit.split()) > 5:
            continue
        rest = _PAREN_LINE_RE.sub(_drop_not_credit, tail[m.end() :])
        if rest.strip():
            continue
        found = _credit_span(text, offset + m.start("credit"), offset + m.end("credit"))
    return found


def _drop_not_credit(m: re.Match[str]) -> str:
    return "" if m.group("word").strip().lower() in _NOT_CREDITS else m.group(0)


def parse_date_text(text: str) -> str | None:
    """The ISO date of a written full date ("Thursday, March 27, 2025"), else ``None``."""
    m = _DATE_RE.search(text)
    if m is None or not m.group("year"):
        return None
    year, month, day = _parse_date(m.group(0))
    return Dateline(span=None, year=year, month=month, day=day).date
