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
from functools import cache, lru_cache

from watchfloor.extract.entities_trie import normalize, trie_pattern
from watchfloor.extract.mentions import EntityMention, SpanOverlaps
from watchfloor.extract.world_places import world_gazetteer
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
def known_names() -> frozenset[str]:
    """Every name the entity lexicon reads (normalised), and every places.yaml name."""
    from watchfloor.extract.entities_lexicon import lexicon  # the entity lexicon loads after this module

    return frozenset(lexicon().aliases) | frozenset(gazetteer())


@cache
def gazetteer_by_upper() -> dict[str, str]:
    """Upper-cased place name -> country: a dateline's place ("YANGON, Feb 19 --")."""
    return {name.upper(): country for name, country in gazetteer().items()}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The names (one trie, case-sensitive: a place is capitalised) and the frame that must end
    right before a name. Searching names first is fast: few positions start a capitalised name."""
    grammar = load("grammar")
    cue = trie_pattern(w.lower() for w in grammar["place_cues"])
    frame = trie_pattern(w.lower() for w in grammar["place_frames"])
    names = re.compile(rf"(?<![\w-])({trie_pattern(gazetteer())})(?![\w-])")
    direction = rf"(?:{trie_pattern(w.lower() for w in grammar['direction_words'])}\s+)?"
    before = re.compile(rf"(?<![\w-]){cue}\s+(?:the\s+)?{direction}(?:{frame}\s+of\s+)?\Z", re.IGNORECASE)
    return names, before


def find_places(text: str) -> list[EntityMention]:
    """Every gazetteer place in a locative frame, in text order."""
    return list(_find_places(text))


@lru_cache(maxsize=2)
def _find_places(text: str) -> tuple[EntityMention, ...]:
    """The search itself, kept for the one document both the entity finder and the places stage read."""
    _, before = _patterns()
    out = [m for m in uncued_listed_places(text) if before.search(text[max(0, m.start - 48) : m.start]) is not None]
    world = _world_places(text, before, [(m.start, m.end) for m in out])
    out.extend(_supported(text, world, out))
    return tuple(sorted(out, key=lambda m: m.start))


@lru_cache(maxsize=2)
def uncued_listed_places(text: str) -> tuple[EntityMention, ...]:
    """Every places.yaml name in the text, in a locative frame or not ("the Jebel Chaambi foothills"): the
    cued ones are the places ``find_places`` keeps; all of them are weaker evidence of where a report is, read
    only when its named places and countries leave no country dominant (counterparts.py). Cached, so that
    the one search serves both."""
    places = gazetteer()
    names, _ = _patterns()
    out = []
    for match in names.finditer(text):
        country = places.get(normalize(match.group(1)))
        if country is not None:
            out.append(EntityMention(match.start(1), match.end(1), match.group(1), country, KIND))
    return tuple(out)


def _supported(text: str, world: list[EntityMention], listed: list[EntityMention]) -> list[EntityMention]:
    """The world towns the rest of the text bears out. A GeoNames name can be another country's town
    ("El Callao" is Peru's port and a Venezuelan mining town, "St George" a Utah city and many a
    church): one whose country nothing else names, no other place and no country name or demonym,
    in a text whose other places lie in another country, is dropped."""
    found = listed + world
    out = []
    for town in world:
        others = {m.entity for m in found if m.text != town.text}
        if others and town.entity not in others and not _names_country(text, town.entity):
            continue
        out.append(town)
    return out


def _names_country(text: str, country: str) -> bool:
    """Whether the text names ``country`` by a country name or demonym of the entity lexicon."""
    pattern = _country_pattern(country)
    return pattern is not None and pattern.search(text) is not None


@cache
def _country_pattern(country: str) -> re.Pattern[str] | None:
    from watchfloor.extract.entities_lexicon import lexicon  # the entity lexicon loads after this module

    names = [
        name
        for name, alias in lexicon().aliases.items()
        if alias.entity == country and alias.kind in ("country", "demonym")
    ]
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(names)})(?![\w-])") if names else None


# A run of capitalised words, joined by the particles town names hold ("Los Ángeles", "Rio de
# Janeiro"); the world gazetteer must know the whole run ("Vladimir Putin" is no town of Vladimir).
_CAPITALISED_RUN = re.compile(
    r"(?<![\w-])[A-ZÀ-ÖØ-Þ][^\W_]*(?:['’-][^\W_]+)*"
    r"(?:[^\S\n]+(?:(?:de|del|da|do|dos|das|la|las|los|el|al)[^\S\n]+)?[A-ZÀ-ÖØ-Þ][^\W_]*(?:['’-][^\W_]+)*){0,3}"
)


def _world_places(text: str, before: re.Pattern[str], taken: list[tuple[int, int]]) -> list[EntityMention]:
    """Towns of the world gazetteer in a locative frame, where places.yaml found none: "an arson
    attack near Temuco" (CHL). Names that the entity lexicon reads (capitals, countries, bodies,
    people) are its mentions, not places."""
    world = world_gazetteer()
    if not world:
        return []
    known = known_names()
    overlaps = SpanOverlaps(taken)
    out = []
    for run in _CAPITALISED_RUN.finditer(text):
        start = run.start()
        if overlaps.any_with(start, run.end()):
            continue
        if before.search(text[max(0, start - 48) : start]) is None:
            continue
        name = run.group()
        if name in world and normalize(name) not in known and not OF_NAME_AFTER.match(text, run.end()):
            out.append(EntityMention(start, run.end(), name, world[name], KIND))
    return out


# "the Republic of Korea", "University of Maryland", "the government of Maduro": a name's head, whose
# owner is named after it (no town; no main country's body either, see entities._resolve_alone)
OF_NAME_AFTER = re.compile(r"\s+of\s+[A-Z]")
