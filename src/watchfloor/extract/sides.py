"""Sides named relative to the speaker: "the enemy", "the occupiers", "our troops".

Daily bulletins speak in the first person of one side ("The enemy launched three missile
strikes", "our missile troops hit an ammunition depot"). Whose enemy it is follows from who
issues the document: the country of its dateline, else of the issuer its header names
("GENERAL STAFF OF THE ARMED FORCES OF UKRAINE"). The phrase then stands for that side's
armed forces (``own``) or its adversary's (``enemy``, from ``adversaries`` in ``sides.yaml``).
A document whose issuer cannot be told, or whose side has no single adversary, leaves the
phrases unresolved, and they make no mention.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.entities import find_entities, title_cased
from watchfloor.extract.entities_context import dateline_host
from watchfloor.extract.entities_lexicon import lexicon
from watchfloor.extract.mentions import EntityMention, SpanOverlaps
from watchfloor.lexicons import load

KIND = "side"
# An upper-case header line near the top (at least three words, no lower-case letter)
_CAPITAL_LINE = re.compile(r"^[^\S\n]*[A-Z][A-Z'’.,&()\- ]{15,}$", re.MULTILINE)
_CAPITAL_LINE_REACH = 600
_HEADER_LINES = 4


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = load("sides")

    def alternation(words: list[str]) -> re.Pattern[str]:
        body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

    heads = "|".join(re.escape(w) for w in sorted(data.get("own_heads") or [], key=len, reverse=True))
    own = alternation(data["own"]).pattern
    if heads:  # "our Kidd-class destroyers": "our", up to two modifiers, a head of the speaker's forces
        own = rf"{own}|(?<![\w-])our\s+(?:[\w-]+\s+){{0,2}}?(?:{heads})(?![\w-])"
    return alternation(data["enemy"]), re.compile(own, re.IGNORECASE), dict(data["adversaries"])


def adversary_of(entity: str) -> str | None:
    """The armed forces of the side ``entity``'s country is at war with (``adversaries``)."""
    other = _patterns()[2].get(entity.split(".")[0])
    return f"{other}.MIL" if other else None


def issuer_country(text: str, entities: list[EntityMention]) -> str | None:
    """The country whose voice the document is in: its dateline's, else the first country named
    in its header lines (before the first blank line)."""
    host = dateline_host(text, lexicon())
    if host:
        return host
    capital = _CAPITAL_LINE.search(text, 0, _CAPITAL_LINE_REACH)
    if capital is not None:  # "GENERAL STAFF OF THE ARMED FORCES OF UKRAINE" after a publisher's note
        for mention in find_entities(title_cased(capital.group())):
            if mention.entity and not mention.entity.startswith("IGO"):
                return mention.entity.split(".")[0]
    header_end = text.find("\n\n")
    if not 0 < header_end < 400 or text[:header_end].count("\n") >= _HEADER_LINES:
        return None  # no header: a story whose first words are already the news
    if any(line.rstrip().endswith(".") for line in text[:header_end].splitlines()):
        return None  # a first paragraph of sentences, not a header
    for mention in entities:
        if mention.start >= header_end:
            break
        if mention.entity and not mention.entity.startswith("IGO"):
            return mention.entity.split(".")[0]
    # "GENERAL STAFF OF THE ARMED FORCES OF UKRAINE": a capitalised header, read title-cased
    for mention in find_entities(title_cased(text[:header_end])):
        if mention.entity and not mention.entity.startswith("IGO"):
            return mention.entity.split(".")[0]
    return None


def find_sides(text: str, entities: list[EntityMention]) -> tuple[str | None, list[EntityMention]]:
    """The issuer's country, and the mentions of "the enemy" and "our troops" resolved to armed
    forces, outside other mentions (none, and no issuer, when the text has no such phrase)."""
    enemy_re, own_re, adversaries = _patterns()
    if enemy_re.search(text) is None and own_re.search(text) is None:
        return None, []
    own = issuer_country(text, entities)
    if own is None:
        return None, []
    taken = SpanOverlaps([(e.start, e.end) for e in entities])
    out = []
    for pattern, country in ((enemy_re, adversaries.get(own)), (own_re, own)):
        if country is None:
            continue
        for match in pattern.finditer(text):
            if taken.any_with(match.start(), match.end()):
                continue
            out.append(EntityMention(match.start(), match.end(), match.group(), f"{country}.MIL", KIND))
    return own, sorted(out, key=lambda m: m.start)
