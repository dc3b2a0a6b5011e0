"""Tests of the entity stage: golden cases, lexicon integrity, invariants, shared corpora."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.extract.entities import find_entities
from watchfloor.extract.entities_context import acronym_definitions, dateline_host
from watchfloor.extract.entities_lexicon import (
    SECTORS,
    Alias,
    LexiconError,
    _Builder,
    lexicon,
    valid_entity,
)
from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.mentions import EntityMention

GOLDEN = Path(__file__).parent / "golden" / "entity_cases.yaml"
CASES = yaml.safe_load(GOLDEN.read_text("utf-8"))
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
ENTITY_FILES = ("entities.yaml", "organizations.yaml", "people.yaml", "sectors.yaml")
KINDS = {"country", "demonym", "org", "group", "person"}


def _lexicon_file(name: str) -> dict:
    text = resources.files("watchfloor.lexicons").joinpath(name).read_text("utf-8")
    return yaml.safe_load(text)


def _check_invariants(text: str, mentions: list[EntityMention]) -> None:
    last_end = -1
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions overlap or are out of order"
        assert m.kind in KINDS
        assert m.entity is None or valid_entity(m.entity)
        last_end = m.end


# --- golden cases ---------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_case(case: dict) -> None:
    mentions = find_entities(case["text"])
    _check_invariants(case["text"], mentions)
    got = [[m.text, m.entity] for m in mentions]
    assert got == case["expected"]
    if "kinds" in case:
        assert [m.kind for m in mentions] == case["kinds"]


def test_golden_cases_have_unique_names_and_cover_every_kind() -> None:
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names))
    kinds = {m.kind for c in CASES for m in find_entities(c["text"])}
    assert kinds == KINDS


# --- behaviour details -----------------------------------------------------------------------


def test_empty_and_entity_free_text() -> None:
    assert find_entities("") == []
    assert find_entities("The weather was mild and the roads were clear.") == []


def test_context_follows_the_stronger_story() -> None:
    korea = "North Korea fired a missile. Pyongyang said the North would go on. Seoul protested."
    sudan = "Sudan's army fought on. Khartoum said the North was calm; Juba and the South did not."
    assert [m.entity for m in find_entities(korea) if m.text == "the North"] == ["PRK"]
    found = {m.text: m.entity for m in find_entities(sudan)}
    assert found["the North"] == "SDN"
    assert found["the South"] == "SSD"


def test_organ_takes_country_from_possessive_elsewhere_in_text() -> None:
    text = "The JCS said the drills ended. Later, Japan's Joint Chiefs of Staff said the same."
    got = [(m.text, m.entity) for m in find_entities(text)]
    assert got[0] == ("JCS", "JPN.MIL")
    assert ("Japan's Joint Chiefs of Staff", "JPN.MIL") in got


def test_generic_ministry_takes_dateline_country() -> None:
    text = "KYIV, May 2 (Reuters) - The Defence Ministry said two drones were downed."
    found = {m.text: m.entity for m in find_entities(text)}
    assert found["Defence Ministry"] == "UKR.MIL"
    no_dateline = "The Defence Ministry said two drones were downed."
    assert [m.entity for m in find_entities(no_dateline)] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's name no lexicon holds: the dateline's country ...
        ("GOMA, Congo, June 3 (Demo Wire) - The Allied Democratic Forces (ADF) killed 40 villagers. The ADF fled.",
         {"Allied Democratic Forces": ("COD.REB", "group"), "ADF": ("COD.REB", "group")}),
        # ... else the country the report names most
        ("The Makran Liberation Front (MLF) stopped a train bound for Peshawar. Pakistan's army said Pakistan "
         "would respond.", {"Makran Liberation Front": ("PAK.REB", "group"), "MLF": ("PAK.REB", "group")}),
        # a state's forces carry the country in the name
        ("The Kenya Defence Forces (KDF) said its troops killed 12 fighters.",
         {"Kenya Defence Forces": ("KEN.MIL", "org"), "KDF": ("KEN.MIL", "org")}),
        # a defined body that is no armed group stays unplaced
        ("The Multilateral Sanctions Monitoring Team (MSMT) issued a report.",
         {"Multilateral Sanctions Monitoring Team": (None, "org"), "MSMT": (None, "org")}),
    ],
)
def test_defined_names_of_armed_groups_and_state_forces(text: str, expected: dict) -> None:
    found = {m.text: (m.entity, m.kind) for m in find_entities(text)}
    assert {k: found.get(k) for k in expected} == expected


def test_a_demonym_opening_a_place_name_is_no_side() -> None:
    text = "RSF fighters killed 460 people at the Saudi Maternity Hospital."
    assert [(m.text, m.entity) for m in find_entities(text)] == [("RSF", "SDN.REB")]
    found = [(m.text, m.entity) for m in find_entities("A Russian missile hit a Ukrainian school in Sumy.")]
    assert ("Ukrainian", "UKR") in found  # a school of the side, not a name


def test_a_warship_named_again_by_its_last_name_is_the_same_navy() -> None:
    text = ("Jets took off from the USS Carl Vinson in the Arabian Sea. The Houthis said they fired two "
            "missiles at the Vinson; the Vinson was not hit.")
    found = [(m.text, m.entity) for m in find_entities(text)]
    assert found.count(("Vinson", "USA.MIL")) == 2 and ("USS Carl Vinson", "USA.MIL") in found


def test_title_sector_beats_lexicon_sector() -> None:
    text = "Defence Minister Sergei Shoigu inspected the troops."
    (m,) = find_entities(text)
    assert (m.text, m.entity, m.kind) == ("Defence Minister Sergei Shoigu", "RUS.MIL", "person")
    (alone,) = find_entities("Sergei Shoigu arrived in Pyongyang on Tuesday.")[:1]
    assert alone.entity == "RUS.GOV"


def test_unknown_person_after_title_keeps_title_sector_and_country_word() -> None:
    (m,) = find_entities("South Korean Vice Defense Minister Park Min-jun spoke.")
    assert (m.entity, m.kind) == ("KOR.MIL", "person")
    (m,) = find_entities("Gen. Roberto Alvarez spoke.")
    assert (m.text, m.entity, m.kind) == ("Gen. Roberto Alvarez", None, "person")


def test_headline_words_after_a_title_are_no_name() -> None:
    text = "Force Targets Taliban Commander Involved in Attacks"
    got = [(m.text, m.entity, m.kind) for m in find_entities(text)]
    assert got == [("Taliban Commander", "AFG.REB", "person")]


def test_title_case_dropped_for_names_made_of_titles() -> None:
    assert find_entities("Thank you, Mr. President.") == []


def test_capitals_are_bare_countries_and_seats_are_governments() -> None:
    found = {m.text: m.entity for m in find_entities("Moscow and the Kremlin disagreed.")}
    assert found == {"Moscow": "RUS", "Kremlin": "RUS.GOV"}


def test_capital_with_sector_noun() -> None:
    (m,) = find_entities("Moscow's forces advanced.")
    assert (m.text, m.entity) == ("Moscow's forces", "RUS.MIL")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Colombian rebels and Afghan insurgents clashed.", "Afghan insurgents"),
        ("Russian forces, backed by Russian drones, advanced.", "Russian forces"),
    ],
)
def test_demonym_plus_generic_group(text: str, surface: str) -> None:
    assert surface in [m.text for m in find_entities(text)]


def test_no_match_inside_words_or_lowercase_acronyms() -> None:
    text = "The usual chain, Chinatown, Indianapolis and maybe Omani-style thus."
    assert [m.text for m in find_entities(text)] == []


# --- lexicon integrity ---------------------------------------------------------------------


def test_lexicon_loads_and_every_entity_id_is_valid() -> None:
    lex = lexicon()
    assert len(lex.aliases) > 1500
    for key, alias in lex.aliases.items():
        if alias.entity is not None:
            assert valid_entity(alias.entity), key
        for country, support in alias.candidates:
            assert re.fullmatch(r"[A-Z]{3}", country), key
            assert all(re.fullmatch(r"[A-Z]{3}", c) for c in support), key
        if alias.sector is not None:
            assert alias.sector in SECTORS, key
    for ctx in lex.contexts:
        for entity in ctx.resolve.values():
            assert entity is None or valid_entity(entity), ctx.name
    for sector, _kind in lex.sector_phrases.values():
        assert sector in SECTORS


def test_raw_files_have_no_alias_with_two_ids() -> None:
    """Read the YAML directly, independently of the loader, and look for conflicts."""
    ids: dict[str, set] = defaultdict(set)
    ents = _lexicon_file("entities.yaml")
    for row in ents["countries"]:
        assert re.fullmatch(r"[A-Z]{3}", row["id"])
        for name in row["names"] + row["capitals"] + row["demonyms"] + row.get("plurals", []):
            ids[name].add(row["id"])
    for row in _lexicon_file("organizations.yaml")["organizations"]:
        for name in row["names"]:
            ids[name].add(row.get("entity") or "candidates:" + ",".join(row.get("countries", {})))
    for row in _lexicon_file("people.yaml")["people"]:
        for name in [row["name"], *row.get("aliases", []), row.get("surname")]:
            if name:
                ids[name].add(row["entity"])
    conflicts = {name: found for name, found in ids.items() if len(found) > 1}
    assert conflicts == {}


def test_country_codes_are_iso_alpha3() -> None:
    pycountry = pytest.importorskip("pycountry")
    known = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo: customary code
    codes = {row["id"] for row in _lexicon_file("entities.yaml")["countries"]}
    assert codes - known == set()
    un_members_missing = {"AFG", "PRK", "KOR", "RUS", "UKR", "USA", "ISR", "PSE", "SSD"} - codes
    assert un_members_missing == set()
    assert len(codes) >= 195


def test_builder_refuses_one_alias_with_two_meanings() -> None:
    b = _Builder()
    b.add("Georgia", Alias("country", "fixed", "GEO"), "test")
    b.add("Georgia", Alias("country", "fixed", "GEO"), "test again")  # same meaning: fine
    with pytest.raises(LexiconError):
        b.add("Georgia", Alias("country", "fixed", "USA"), "test")


def test_every_entity_file_is_documented() -> None:
    readme = resources.files("watchfloor.lexicons").joinpath("README.md").read_text("utf-8")
    for name in ENTITY_FILES:
        assert f"## {name}" in readme


def test_trie_pattern_prefers_the_longest_phrase() -> None:
    rx = re.compile(trie_pattern(["Korea", "Korean", "North Korea", "Korean Peninsula"]))
    assert [m.group() for m in rx.finditer("North Korea, the Korean Peninsula, Korean")] == [
        "North Korea",
        "Korean Peninsula",
        "Korean",
    ]
    assert re.compile(trie_pattern([])).search("anything") is None


def test_acronym_long_form_must_spell_it() -> None:
    text = "The Sanctions Team (MSMT) met; the Joint Monitoring Cell (JMC) too."
    defs = acronym_definitions(text, {}, frozenset({"Cell", "Team"}))
    assert [(d.acronym, text[d.long_start : d.long_end]) for d in defs] == [
        ("JMC", "Joint Monitoring Cell")
    ]


def test_dateline_host() -> None:
    lex = lexicon()
    assert dateline_host("Photo caption here.\nSEOUL, March 27 (Yonhap) -- text", lex) == "KOR"
    assert dateline_host("KABUL, Afghanistan (Jan. 25, 2013)\nText", lex) == "AFG"
    assert dateline_host("No dateline in this text at all.", lex) is None
    # a town no list has, then its country: the country
    assert dateline_host("CABINDA, Angola, May 3 (Demo Wire) -- Gunmen ambushed a convoy.", lex) == "AGO"
    assert dateline_host("PORTVILLE, Westland, May 3 (Demo Wire) -- Text.", lex) is None


# --- properties -----------------------------------------------------------------------------

_FRAGMENTS = [
    "North Korea", "the North", "South Korea's", "Korean", "’s", "'s", " military", " troops",
    "President ", "Gen. ", "Kim Jong Un", "Putin", "(JCS)", "JCS", "MSMT", " (MSMT)", "U.S.",
    "US", "us", "-made", "pro-", "Russian", " of ", "the ", "Ministry of Defense", "Ukraine",
    "insurgents", "ISAF", "\n", " ", ", ", ". ", "Team", "Sanctions", "Monitoring", "SEOUL, ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=6)), max_size=40))
def test_property_offsets_sorted_non_overlapping(parts: list[str]) -> None:
    text = "".join(parts)
    _check_invariants(text, find_entities(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_property_never_raises_on_any_text(text: str) -> None:
    _check_invariants(text, find_entities(text))


# --- shared corpora (skipped without ../shared) ----------------------------------------------


def _shared(path: str) -> Path:
    target = SHARED / path
    if not target.exists():
        pytest.skip(f"shared data not available: {path}")
    return target


def test_seed_briefing_sources_resolve() -> None:
    text = _shared("seed/jcs-briefing-2025-03-27.txt").read_text("utf-8")
    mentions = find_entities(text)
    _check_invariants(text, mentions)
    found = [(m.text, m.entity) for m in mentions]
    assert ("South Korea’s military", "KOR.MIL") in found
    assert ("the South’s Joint Chiefs of Staff", "KOR.MIL") in found
    assert ("The South’s military", "KOR.MIL") in found
    assert {e for t, e in found if t in ("JCS", "the North", "The North")} == {"KOR.MIL", "PRK"}
    assert not any("Peninsula" in t or t == "inter-Korean" for t, _ in found)


def test_isaf_insurgents_are_afghan() -> None:
    path = _shared("corpora/isaf_press_releases/isaf_press_releases_test_clean.jsonl")
    lines = [line for line in path.read_text("utf-8").split("\n") if line.strip()]
    docs = [json.loads(line)["text"] for line in lines[:200]]
    insurgents = []
    for text in docs:
        mentions = find_entities(text)
        _check_invariants(text, mentions)
        insurgents += [m.entity for m in mentions if m.text.lower() == "insurgents"]
    assert insurgents and set(insurgents) == {"AFG.REB"}


def test_country_context_refuses_an_unknown_sector() -> None:
    from watchfloor.extract.entities_lexicon import _load_country_context

    assert _load_country_context(_Builder(), {"country_context": {"the army": "MIL"}}) == {"army": "MIL", "Army": "MIL"}
    with pytest.raises(LexiconError):
        _load_country_context(_Builder(), {"country_context": {"the army": "NAVY"}})


@pytest.mark.parametrize(
    ("head", "country"),
    [
        ("DEMO MINISTRY OF NATIONAL DEFENCE - HONDURAS (sample)\nQuestions and answers\n\nThe Army said.", "HND"),
        ("MINISTRY OF DEFENSE, JAPAN\nPress release\n\nThe ministry said.", "JPN"),
        # a cable's subject line names the country it reports from
        ("UNCLASSIFIED//DEMO\nFROM: Demo Embassy Accra\nDATE: 3 March 2026\nSUBJECT: GHANA: CLASHES IN BAWKU", "GHA"),
        # an addressee line names whom a message goes to, not who sends it
        ("TO THE CONGRESS OF THE UNITED STATES:\n\nThe situation in Sudan remains grave.", None),
        ("Questions and answers\n\nThe Army said.", None),
    ],
)
def test_header_country_names_the_issuer_not_the_addressee(head: str, country: str | None) -> None:
    from watchfloor.extract.entities_context import header_country
    from watchfloor.extract.entities_lexicon import lexicon

    assert header_country(head, lexicon()) == country
