"""Running counts dated from a war's first day ("the death toll since the war began").

A report rarely gives the date a war started; it says "since the war began" and expects the
reader to know. This stage turns such a phrase into a time interval from the first day of the
war the report is about (``wars.yaml``: the war of the country the report names most) to the
dateline, so that a cumulative toll gets the span the gold and a reader give it. Without a
dateline or a war the report can be tied to, nothing is added.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.mentions import TimeMention
from watchfloor.lexicons import load


@cache
def _phrase() -> re.Pattern[str]:
    data = load("wars")
    war = trie_pattern(data["war_nouns"])
    started = trie_pattern(data["start_verbs"])
    first = trie_pattern(data["start_nouns"])
    owner = r"(?:(?:the|this|Russia['’]s|Moscow['’]s|Israel['’]s|[A-Z][a-z]+['’]s)\s+)"
    return re.compile(
        rf"\bsince\s+(?:the\s+(?:{first})\s+of\s+{owner}?(?:{war})\b|{owner}(?:{war})(?:\s+(?:{started}))?\b)",
    )


@cache
def _wars() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((str(w["start"]), frozenset(w["countries"])) for w in load("wars")["wars"])


def war_start_times(text: str, published: dt.date | None, country: str | None) -> list[TimeMention]:
    """Every "since the war began" in ``text`` as an interval from the war's first day to
    ``published``, the war being that of ``country`` (the country the report names most)."""
    if published is None or country is None:
        return []
    start = next((first for first, countries in _wars() if country in countries), None)
    if start is None or start > published.isoformat():
        return []
    return [
        TimeMention(m.start(), m.end(), m.group(), "date", None, start, published.isoformat())
        for m in _phrase().finditer(text)
    ]
