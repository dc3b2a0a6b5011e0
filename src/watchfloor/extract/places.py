"""Places: towns, regions and areas that tell which country an event happened in.

Reports often name where a strike fell or where troops went, not whose it is: "shelled 35
settlements in Kherson region", "an air strike on a school in Deir al-Balah", "troops
fighting in Kursk". The gazetteer (``places.yaml``: place name -> ISO alpha-3) turns such a
place into its country, which the event stage uses as the attacked side, the victims' side or
the destination when the sentence names no country itself.

A place name counts only in a locative frame, after a preposition or a verb that takes a
place (``place_cues`` in ``grammar.yaml``: "in", "near", "the town of", "shelled"), because
many town names are also ordinary words or surnames. Capitals and country names are
entities already (``entities.yaml``) and are not repeated here.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.entities_trie import normalize, trie_pattern
from watchfloor.extract.mentions import EntityMention
from watchfloor.lexicons import load

KIND = "place"


@cache
def gazetteer() -> dict[str, str]:
    """Place name (normalised) -> ISO alpha-3 country code."""
    out: dict[str, str] = {}
    for country, names in (load("places").get("places") or {}).items():
        for name in names:
            out[normalize(str(name))] = str(country)
    return out


@cache
def _pattern() -> re.Pattern[str]:
    grammar = load("grammar")
    cues = sorted(grammar["place_cues"], key=len, reverse=True)
    frames = sorted(grammar["place_frames"], key=len, reverse=True)
    cue = "|".join(re.escape(c) for c in cues)
    frame = "|".join(re.escape(f) for f in frames)
    names = trie_pattern(gazetteer())
    return re.compile(
        rf"(?<![\w-])(?i:{cue})\s+(?:(?i:the)\s+)?(?:(?i:{frame})\s+of\s+)?({names})(?![\w-])",
    )


def find_places(text: str) -> list[EntityMention]:
    """Every gazetteer place in a locative frame, in text order."""
    places = gazetteer()
    out = []
    for match in _pattern().finditer(text):
        start, end = match.span(1)
        country = places.get(normalize(match.group(1)))
        if country is not None:
            out.append(EntityMention(start, end, match.group(1), country, KIND))
    return out
