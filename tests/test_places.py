"""The gazetteer (``places.yaml``) and the place finder (``watchfloor.extract.places``).

Place names are facts about the world, so the checks are about the file's integrity (real
country codes, one country per name, nothing that is already an entity or a calendar word)
and about the rule that a name counts only in a locative frame.
"""

from __future__ import annotations

import collections

import pycountry
import pytest

from watchfloor.extract.entities_lexicon import lexicon
from watchfloor.extract.places import find_places, gazetteer
from watchfloor.extract.world_places import world_gazetteer
from watchfloor.lexicons import load

CALENDAR_WORDS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}  # fmt: skip


def test_every_place_has_a_real_country_and_only_one():
    raw = load("places")["places"]
    assert len(gazetteer()) >= 400
    # Kosovo has no ISO code; XKX is the customary one (lexicons/README.md, entities.yaml)
    bad = [code for code in raw if code != "XKX" and pycountry.countries.get(alpha_3=code) is None]
    assert not bad, f"not ISO alpha-3: {bad}"
    counts = collections.Counter(str(name) for names in raw.values() for name in names)
    assert not [name for name, n in counts.items() if n > 1], "a place listed under two countries"


def test_places_are_not_countries_capitals_or_calendar_words():
    known = set(lexicon().dateline_places)  # every country name and capital, upper-cased
    overlap = sorted(name for name in gazetteer() if name.upper() in known)
    assert not overlap, f"already in entities.yaml: {overlap}"
    assert not CALENDAR_WORDS & set(gazetteer())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces shelled 35 settlements in Kherson region overnight.", [("Kherson", "UKR")]),
        ("Aircraft dropped six bombs on the town of Beryslav.", [("Beryslav", "UKR")]),
        ("North Korean units were moved to Kursk in October.", [("Kursk", "RUS")]),
        ("A strike hit a school in Deir al-Balah on Saturday.", [("Deir al-Balah", "PSE")]),
        # a name outside a locative frame is not taken for a place
        ("Kherson officials said the bridge was closed.", []),
        # towns places.yaml does not list come from the world gazetteer, accents or not
        ("Gunmen burned nine logging trucks at a camp near Temuco on Friday.", [("Temuco", "CHL")]),
        ("The convoy was ambushed outside Traiguen at dawn.", [("Traiguen", "CHL")]),
        ("Police raided a warehouse in Los Ángeles, in the Biobío region.", [("Los Ángeles", "CHL")]),
        # GeoNames' alternate spellings name towns too ("Khorog" is its "Khorugh"), not codes or other scripts
        ("Special police units were sent into Khorog in August.", [("Khorog", "TJK")]),
        ("Border troops built a post near Ishkashim.", [("Ishkashim", "TJK")]),
        # words, first names, U.S. states and the head of a longer name are not towns
        ("Talks in the Republic of Korea and in Virginia went on.", []),
        ("The envoy met in Mission and spoke at University of Maryland.", [("Maryland", "USA")]),
        ("It was agreed in Vladimir Putin's office.", []),
        ("Temuco officials said the road was closed.", []),
        # a world town whose country nothing else names, among places of another country, is another town
        (
            "Gunmen opened fire in Kaspiysk and then fired on the Church of St George in Makhachkala.",
            [("Kaspiysk", "RUS"), ("Makhachkala", "RUS")],
        ),
        ("Miners were killed near El Callao, and troops were sent to Tumeremo.", [("Tumeremo", "VEN")]),
        # ... unless the text names that country
        (
            "Miners were killed near El Callao in Peru, and troops were sent to Tumeremo.",
            [("El Callao", "PER"), ("Tumeremo", "VEN")],
        ),
    ],
)
def test_places_are_found_in_a_locative_frame(text, expected):
    found = find_places(text)
    assert [(p.text, p.entity) for p in found] == expected
    for place in found:
        assert text[place.start : place.end] == place.text


def test_world_gazetteer_refuses_calendar_words_and_listed_words():
    world = world_gazetteer()
    assert len(world) >= 20000
    assert not CALENDAR_WORDS & set(world)
    assert not {str(w) for w in load("world_places")["not_places"]} & set(world)
    assert all(len(code) == 3 and code.isupper() for code in set(world.values()))
    assert not [name for name in world if name.isupper() or not name[:1].isupper()]  # no codes ("KQT")
