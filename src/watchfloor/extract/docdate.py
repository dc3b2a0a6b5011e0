"""The report's own date when no metadata gives it: dateline first, then the header.

Press releases and wire copy often print the day without the year in the dateline
("KABUL, Afghanistan (Sept. 1) -") and the year elsewhere near the top: a release number
("2010-09-CA-005"), a title line ("Operational Update, Jan. 10, 2011"). SPEC section 1 asks
the extractor to take the date from the text when it is missing; this module does so from
what the text itself says and never from today's date. With nothing to go on it returns None.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from watchfloor.extract.datelines import find_dateline as _find_dateline
from watchfloor.extract.timex import find_times
from watchfloor.lexicons import load

HEADER_CHARS = 600
# A filing or release number that opens with a year and a month: "2011-07-S-039", "2010-09-CA-005".
_YEAR_MONTH = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(?!\d\d(?!\d))")
# "Apr. 23:" or "July 4:" opening a title line, without a year.
_MONTH_DAY_TITLE = re.compile(r"^\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*:", re.MULTILINE)


def infer_published(text: str) -> dt.date | None:
    """The date of the report from its dateline or header, or None."""
    found = _find_dateline(text)
    if found is not None and found.date:
        return dt.date.fromisoformat(found.date)
    header = text[:HEADER_CHARS]
    anchor = _header_anchor(header)
    if found is not None and found.month and found.day:
        return _complete(found.month, found.day, anchor)
    title = _MONTH_DAY_TITLE.search(header)
    if title is not None:
        month = _month_number(title.group(1))
        if month:
            return _complete(month, int(title.group(2)), anchor)
    return None


def _header_anchor(header: str) -> tuple[int, int] | None:
    for mention in find_times(header, None):
        value = mention.date_start
        if value and mention.date_start == mention.date_end and len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day.year, day.month
    match = _YEAR_MONTH.search(header)
    if match:
        return int(match.group(1)), int(match.group(2))
    return None


def _complete(month: int, day: int, anchor: tuple[int, int] | None) -> dt.date | None:
    """The day in the year that puts it nearest the header's year and month."""
    if anchor is None:
        return None
    year, anchor_month = anchor
    best: dt.date | None = None
    target = dt.date(year, anchor_month, 15)
    for candidate_year in (year - 1, year, year + 1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - target).days) < abs((best - target).days):
            best = candidate
    return best


@cache
def _months() -> dict[str, int]:
    return {word.lower().rstrip("."): int(n) for n, words in load("datelines")["months"].items() for word in words}


def _month_number(word: str) -> int | None:
    return _months().get(word.lower().rstrip("."))
