"""Behaviour of ``watchfloor.extract`` on short written cases (``tests/golden/extract_cases.yaml``).

Each case names the claims the SPEC requires for its text; a case passes when every expected
claim is matched by one extracted claim on type and every field the case gives. Cases the
extractor gets wrong today carry ``xfail: <reason>`` in the data file and run as non-strict
xfails, so the file keeps the right expectation and shows when a fix lands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claim_checks import check_claims, extract

CASES_FILE = Path(__file__).resolve().parent / "golden" / "extract_cases.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
FIELDS = {
    *("type", "actor", "recipient", "source", "quantity", "approx", "low", "high", "basis", "item", "modality", "time"),
}


def _country(entity: str | None, expected: str | None = None) -> str | None:
    """The country part of ``entity``, or all of it when the expectation names a sector too."""
    if expected is not None and "." in expected:
        return entity
    return entity.split(".")[0] if entity else None


def _mismatch(expected: dict[str, Any], claim) -> str | None:
    """The first field where ``claim`` differs from ``expected``, or ``None`` when it matches."""
    if claim.type != expected["type"]:
        return "type"
    for key in ("actor", "recipient"):
        if key in expected and _country(getattr(claim, key), expected[key]) != expected[key]:
            return key
    if "source" in expected:
        got = claim.source.entity if claim.source else None
        if _country(got, expected["source"]) != expected["source"]:
            return "source"
    q = claim.quantity
    if "quantity" in expected:
        if expected["quantity"] is None and "approx" not in expected:
            if q is not None:
                return "quantity"
        elif q is None or q.value != expected["quantity"]:
            return "quantity"
    for key in ("approx", "low", "high", "basis"):
        if key in expected and (q is None or getattr(q, key) != expected[key]):
            return key
    for key in ("item", "modality"):
        if key in expected and getattr(claim, key) != expected[key]:
            return key
    if "time" in expected:
        want = expected["time"]
        got = (claim.time.start, claim.time.end) if claim.time else (None, None)
        if ((want["start"], want["end"]) if want else (None, None)) != got:
            return "time"
    return None


def _describe(claim) -> str:
    q = claim.quantity
    qty = f"{q.value}/{q.approx}/{q.low}-{q.high}" if q else None
    time = f"{claim.time.start}..{claim.time.end} ({claim.time.text!r})" if claim.time else None
    source = claim.source.entity if claim.source else None
    return (
        f"{claim.type} actor={claim.actor} recipient={claim.recipient} item={claim.item} qty={qty} "
        f"modality={claim.modality} time={time} source={source} ev={claim.evidence.text!r}"
    )


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=False)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


def test_cases_are_well_formed():
    """The data file itself: unique ids, known fields, at least 30 cases."""
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 30 and len(set(ids)) == len(ids)
    for case in CASES:
        assert {"id", "text", "published", "claims"} <= case.keys(), case["id"]
        assert all({"type", "item", "n"} == set(d) for d in case.get("distinct", [])), case["id"]
        for expected in case["claims"]:
            assert "type" in expected and set(expected) <= FIELDS, (case["id"], set(expected) - FIELDS)


@pytest.mark.parametrize("case", list(_params()))
def test_extract_case(case):
    text = case["text"]
    claims = extract(text, published=case["published"], publisher=case.get("publisher"))
    check_claims(text, claims)
    got = "\n  ".join(_describe(c) for c in claims) or "(no claims)"
    for expected in case["claims"]:
        misses = [_mismatch(expected, c) for c in claims]
        assert None in misses, f"expected {expected} not found (nearest miss: {misses}); extracted:\n  {got}"
    for absent in case.get("absent_types", []):
        assert all(c.type != absent for c in claims), f"unexpected {absent} claim; extracted:\n  {got}"
    for want in case.get("distinct", []):
        own = [c for c in claims if c.type == want["type"] and c.item == want["item"]
               and c.restates is None and c.part_of is None]
        assert len(own) == want["n"], f"{want}: {len(own)} distinct claims; extracted:\n  {got}"


@pytest.mark.parametrize(
    ("text", "published", "sector"),
    [
        # "the regional governor said" after "Ukraine's air force said": Ukraine's, but a governor
        ("Russia launched 40 drones at Ukraine overnight, Ukraine's air force said. In Odesa, a drone "
         "struck a warehouse, killing two people, the regional governor said.", "2025-07-09", "UKR.GOV"),
        # "the official said" after the JCS is the JCS again, not a government office
        ("North Korea fired a ballistic missile on Thursday, South Korea's Joint Chiefs of Staff said. "
         "Two South Korean soldiers were wounded by debris, the official said.", "2025-05-08", "KOR.MIL"),
    ],
)
def test_an_unnamed_speaker_takes_the_last_country_and_its_own_sector(text, published, sector):
    claims = extract(text, published=published)
    [casualty] = [c for c in claims if c.type == "CASUALTY"]
    assert casualty.source is not None and casualty.source.entity == sector
    [launch] = [c for c in claims if c.type == "LAUNCH"]
    assert launch.source is not None and launch.source.entity.endswith(".MIL")  # the named source stays itself


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        # an appositive names the launch just told, it tells no second one
        ("North Korea fired two short-range ballistic missiles into the East Sea on Thursday, its first "
         "ballistic launch in nearly two months, the JCS said.", "2025-05-08", "LAUNCH"),
        ("Russian forces shelled Kherson on Monday, their third such attack this week, the governor said.",
         "2025-05-05", "ATTACK"),
    ],
)
def test_an_appositive_restatement_is_no_second_claim(text, published, kind):
    assert len([c for c in extract(text, published=published) if c.type == kind]) == 1


def test_a_passive_belief_is_no_speaker_and_an_estimated_figure_no_cue():
    """ "North Korea is believed to have ... an estimated 15,000, South Korea's military said":
    North Korea is what is believed about, not who speaks; "an estimated" is an adjective."""
    text = ("SEOUL, Sept. 5 (Demo Wire) — North Korea is believed to have additionally dispatched some "
            "2,000 or more troops to Russia since June, bringing the total it has sent to an estimated "
            "15,000, South Korea’s military said Friday.")
    claims = [c for c in extract(text, published="2025-09-05") if c.type == "DEPLOY"]
    assert len(claims) == 2
    assert all(c.source is not None and c.source.entity == "KOR.MIL" for c in claims)


@pytest.mark.parametrize(
    ("text", "published", "kind", "source"),
    [
        ("KHARTOUM, Nov 3 (Demo Wire) - The RSF shelled El Obeid on Sunday, killing at least 47 civilians, "
         "a doctors' group said.", "2025-11-03", "CASUALTY", "SDN.CVL"),
        # a relative clause between the speaker and the verb
        ("YANGON, Feb 19 (Demo Monitor) - A fighter jet bombed Nam Hpai village on Monday, a resident who "
         "helped bury the dead said by phone.", "2025-02-19", "ATTACK", "MMR.CVL"),
        # a sector-neutral speaker noun keeps its body's own sector
        ("The Kachin Independence Army (KIA) said its fighters had captured an army base near Bhamo. "
         "A KIA spokesman told reporters that at least 30 junta soldiers were killed in the battle.",
         "2025-02-19", "CASUALTY", "MMR.REB"),
        # the one quoted as saying is the source, not those who relay it
        ("SEOUL, Nov. 25 (Demo Wire) -- Besides the shells, the North has sent Russia around 250 "
         "self-propelled howitzers, the lawmakers quoted the National Intelligence Service as saying.",
         "2025-11-25", "TRANSFER", "KOR.SPY"),
        # a bare "the ministry" names the defence ministry named before it again
        ("TAIPEI, June 3 (Demo Wire) -- Taiwan's defence ministry said it had detected 31 Chinese military "
         "aircraft around the island. The ministry said it had dispatched navy vessels to monitor them.",
         "2025-06-03", "DEPLOY", "TWN.MIL"),
        # an air force reporting launches at its country is the target's, with no dateline to say so
        ("Russia launched 90 drones and four missiles at Ukraine overnight, the air force said.", "2025-03-12",
         "LAUNCH", "UKR.MIL"),
        # after "according to", a place before the title, or in a title set after a name, places the speaker
        ("A guided bomb hit an apartment block in Kharkiv, killing three people, according to the Kharkiv "
         "regional governor.", "2025-03-12", "CASUALTY", "UKR.GOV"),
        ("A guided bomb hit an apartment block, killing three people, according to Ivan Fedorov, the "
         "Zaporizhzhia regional governor.", "2025-03-12", "CASUALTY", "UKR.GOV"),
        # a body's assessment speaks for the body
        ("SEOUL, Nov 19 (Demo Wire) -- The JCS assessment is that the North fired some 300 artillery shells "
         "into the sea.", "2025-11-19", "EXERCISE", "KOR.MIL"),
        # a body's word before a neutral title gives the sector ("army spokesman"), not the title
        ("Four Indian soldiers were killed in Wednesday's shelling, an army spokesman in Srinagar said.",
         "2026-05-07", "CASUALTY", "IND.MIL"),
        # a body's centre speaks for the body named before it, past its acronym in brackets
        ("A bulk carrier came under attack off Hodeidah late on Monday, the British military's United Kingdom "
         "Maritime Trade Operations (UKMTO) centre said.", "2025-07-08", "ATTACK", "GBR.MIL"),
        # two speakers joined by "and": the first named speaks for both
        ("SEOUL, Oct. 31 (Demo Wire) -- Seoul and Washington said Pyongyang had sent 10,000 troops to Russia.",
         "2024-10-31", "DEPLOY", "KOR.GOV"),
        # "Gov." abbreviates a governor's title
        ("KYIV (Demo Wire) - A missile hit a residential building in Lutsk, killing one person, Gov. Ivan "
         "Rudnytskyi said.", "2024-11-26", "CASUALTY", "UKR.GOV"),
        # a village elder speaks for the civilians of the place
        ("MOGADISHU, May 6 (Demo Wire) - Al-Shabaab fighters overran an army outpost near Moqokori, killing "
         "at least 12 soldiers, a local elder said.", "2025-05-06", "CASUALTY", "SOM.CVL"),
        # a person named only by surname speaks for the country the report is filed from
        ("SEOUL, Nov. 25 (Demo Wire) -- Russia is believed to have handed over Pantsir air defense "
         "systems, Park told reporters after the session.", "2025-11-25", "TRANSFER", "KOR"),
    ],
)
def test_who_speaks(text, published, kind, source):
    """Speakers the report does not name by an organ of state: civilians, groups, relays, surnames."""
    claims = [c for c in extract(text, published=published) if c.type == kind]
    assert claims and all(c.source is not None and c.source.entity == source for c in claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russian drones struck a grain terminal in Izmail overnight, injuring two workers, regional governor"
         " Oleh Kiper wrote on Telegram.", "UKR.GOV"),
        ("Two Chinese navy ships sailed past Yonaguni on Friday, Japan's Joint Staff said.", "JPN.MIL"),
        ("SENATE ARMED SERVICES COMMITTEE HEARING\n\nSEN. CHAIR: How many drones has Iran sent?\n\n"
         "GEN. COMMANDER: We assess that Iran has delivered more than 400 drones to Russia\nsince August.",
         "USA.MIL"),
    ],
)
def test_speaker_sector_from_title_or_owner(text: str, source: str):
    """The sector of a named speaker comes from the title before the name ("regional governor"), from
    the head noun of a body a named country owns ("Japan's Joint Staff") or from a transcript label's
    military rank ("GEN. COMMANDER:" at a Senate hearing), not only the country."""
    claims = extract(text, published="2025-08-03")
    assert claims, "no claim extracted"
    assert {c.source.entity if c.source else None for c in claims} == {source}


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a name in apposition to a title takes the title's side; the surname told again keeps it
        ("KYIV, June 2 (Demo Wire) - A spokesman for Ukraine's southern defence forces, Col. Vladyslav "
         "Voloshyn, said Russian troops had shelled Kherson 40 times. Voloshyn said two civilians were killed.",
         [("ATTACK", "UKR.MIL", "Col. Vladyslav Voloshyn"), ("CASUALTY", "UKR.MIL", "Voloshyn")]),
        ("A senior Pentagon official, Dana Reyes, said Iran had shipped 200 drones to Russia.",
         [("TRANSFER", "USA.MIL", "Dana Reyes")]),
        # a full name opening the sentence is a speaker even when no lexicon knows it
        ("Tomas Lindqvist told reporters that 12 soldiers were killed near the border.",
         [("CASUALTY", None, "Tomas Lindqvist")]),
        # a frame before the comma is no title: the name has no side from it
        ("After the battle, Lindqvist said 12 soldiers were killed.", [("CASUALTY", None, "Lindqvist")]),
        # an adverb set off by commas between the name and its verb
        ("Tomas Lindqvist, however, told reporters that 12 soldiers were killed.",
         [("CASUALTY", None, "Tomas Lindqvist")]),
    ],
)
def test_named_speakers_in_apposition_and_at_the_start(text, sources):
    """Unknown people speak ("Tomas Lindqvist told reporters"), and a title set before the name by a
    comma ("A spokesman for Ukraine's southern defence forces, Col. ...") places them."""
    claims = extract(text, published="2025-06-02")
    check_claims(text, claims)
    got = [(c.type, c.source.entity if c.source else None, c.source.text if c.source else None) for c in claims]
    assert got == sources


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 12 soldiers were killed near the border.",
        "Witnesses told reporters that 12 soldiers were killed near the border.",
        "Analysts say 12 soldiers were killed near the border.",
    ],
)
def test_a_capitalised_common_noun_opening_the_sentence_is_no_named_person(text):
    """ "Officials said": a plural speaker noun, read as such (its words, not a guessed name)."""
    claims = [c for c in extract(text, published="2025-06-02") if c.type == "CASUALTY"]
    assert claims and all(c.source is not None and c.source.text == text.split()[0] for c in claims)


def test_the_place_framing_a_sentence_places_the_unnamed_officials_after_it():
    """ "In Pakistani-administered Kashmir, officials in the Neelum valley said": Pakistan's officials,
    not the Indian Army heard before."""
    text = ("The Indian Army said four soldiers were killed in the shelling.\n\nIn Pakistani-administered Kashmir, "
            "officials in the Neelum valley said two civilians were killed when shells hit their homes.")
    claims = [c for c in extract(text, published="2026-05-07") if c.evidence.start > text.index("Kashmir")]
    assert claims and {c.source.entity for c in claims} == {"PAK.GOV"}


def test_a_regional_governor_takes_the_country_of_the_region_named_earlier_in_the_sentence():
    """ "In the Belgorod region, ..., regional governor X wrote": the region, not the title, is placed."""
    text = ("In the Belgorod region, a drone hit a car near Shebekino, killing two men, regional governor "
            "Vyacheslav Gladkov wrote on Telegram.")
    claims = extract(text, published="2025-05-18")
    assert claims and {c.source.entity if c.source else None for c in claims} == {"RUS.GOV"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the organ after a sector-neutral title gives the sector
        ("Petro Hnatiuk, a spokesman for Ukraine's 47th Mechanized Brigade, said 30 Russian soldiers were killed"
         " near Avdiivka.", "UKR.MIL"),
        # a place inside the organ's name gives the country
        ("Roman Mrochko, head of the Kherson city military administration, wrote that two civilians were"
         " killed.", "UKR.GOV"),
        # a title after the name, owned by a body the lexicon places
        ("Sabrina Cole, the Pentagon press secretary, said 200 drones had been shipped to Russia.", "USA.MIL"),
        # state media with the country named, then without: the side of the one who acts, not the last speaker
        ("North Korean state media said the army had fired 10 artillery rounds into the sea.", "PRK.MED"),
        ("SEOUL, Sept 16 (Demo Wire) -- South Korea's military said it had tracked the flight.\n\n"
         "Kim Jong-un oversaw a test of a new solid-fuel engine last week, state media reported.", "PRK.MED"),
    ],
)
def test_speaker_organs_titles_and_state_media(text, source):
    """Who speaks, read from the organ a title names, a place in that organ, or the state whose media speak."""
    last_paragraph = text.rfind("\n\n")  # the sentence under test is the last paragraph
    claims = [c for c in extract(text, published="2025-09-16") if c.evidence.start > last_paragraph]
    assert claims and {c.source.entity if c.source else None for c in claims} == {source}


def test_local_media_are_placed_nowhere():
    """ "Local media reported": unplaced, not the ministry that spoke before."""
    text = ("Russia's defence ministry said its air defences had downed 30 drones overnight.\n\n"
            "Local media reported that 12 soldiers were killed near the border.")
    claims = [c for c in extract(text, published="2025-09-16") if c.type == "CASUALTY"]
    assert claims and all(c.source is not None and c.source.entity is None for c in claims)


def test_analysts_speak_for_no_one_heard_before():
    """ "Analysts said": their own words, unplaced, never the military that spoke the sentence before."""
    text = ("SEOUL, March 3 (Demo Wire) -- South Korea's military said North Korea fired two ballistic missiles "
            "on Monday.\n\nAnalysts said the North had also fired four cruise missiles last week.")
    claims = [c for c in extract(text, published="2025-03-03") if c.type == "LAUNCH"]
    by_count = {c.quantity.value: c.source for c in claims if c.quantity}
    assert by_count[2] is not None and by_count[2].entity == "KOR.MIL"
    assert by_count[4] is not None and by_count[4].text == "Analysts" and by_count[4].entity is None


@pytest.mark.parametrize(
    ("text", "main", "clause", "source"),
    [
        ("Hamas rejected the truce plan on Tuesday, saying Israeli strikes had killed 27 people in Rafah "
         "since Sunday.", "STATEMENT", "CASUALTY", "PSE.REB"),
        ("Israel struck Hezbollah positions near Nabatieh, saying the group had fired 15 rockets at Kiryat "
         "Shmona.", "ATTACK", "LAUNCH", "ISR"),
        ("On Monday, the Pentagon released an assessment, saying Iran had shipped 300 drones to Russia.",
         None, "TRANSFER", "USA.MIL"),
        # a reporting verb coordinated with the main verb has the same subject
        ("The Nigerian army struck militant camps near Maiduguri on Monday and said 30 militants were killed.",
         "ATTACK", "CASUALTY", "NGA.MIL"),
    ],
)
def test_a_participle_clause_is_said_by_the_main_clause_subject(text, main, clause, source):
    """ "X did A, saying B": X says B, while A stays the report's own statement and X still acts in it."""
    claims = extract(text, published="2025-03-11")
    check_claims(text, claims)
    said = [c for c in claims if c.type == clause]
    assert said and all(c.source is not None and c.source.entity == source for c in said)
    if main is not None:
        own = [c for c in claims if c.type == main]
        assert own and all(c.source is None and c.actor == source for c in own)


def test_a_single_opening_word_is_a_name_only_when_capitalised_mid_sentence_too():
    """ "Lindqvist said" opens a sentence: a speaker when the report also writes "said Lindqvist";
    with no such sign it stays the publisher's voice rather than a guess."""
    named = "Twelve soldiers were killed, said Lindqvist. Lindqvist said 40 shells hit the town."
    alone = "Lindqvist said 40 shells hit the town."
    attack = [c for c in extract(named, published="2025-06-02") if c.type == "ATTACK"]
    assert attack and attack[0].source is not None and attack[0].source.text == "Lindqvist"
    attack = [c for c in extract(alone, published="2025-06-02") if c.type == "ATTACK"]
    assert attack and attack[0].source is None


@pytest.mark.parametrize(
    "text",
    [
        "Commandos rescued around 160 hostages from the train and killed at least 25 attackers.",
        "Troops evacuated 40 hostages from the hotel after the siege ended.",
    ],
)
def test_hostages_rescued_are_no_capture_claim(text):
    """Rescuing hostages frees them: no CASUALTY "captured" with the rescued count."""
    claims = extract(text, published="2025-03-11")
    check_claims(text, claims)
    assert not [c for c in claims if c.type == "CASUALTY" and c.item == "captured"]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang has sent its elite Storm Corps to the Kursk region.",
        "North Korea deployed the 11th Army Corps to the Kursk region, the spy agency said.",
        "Moscow moved an army corps and two artillery detachments to the border.",
        "Russia moved two tank regiments and a missile brigade to the border.",
    ],
)
def test_a_corps_is_a_force_and_a_capitalised_verb_inside_its_name_is_no_attack(text):
    """ "its elite Storm Corps": troops sent, named by a unit; "Storm" is a word of the name, no assault."""
    claims = extract(text, published="2024-11-05")
    check_claims(text, claims)
    assert claims and all(c.type == "DEPLOY" and c.item == "personnel" for c in claims)


def test_you_in_a_reporters_question_is_the_briefings_host():
    """ "Q  You are not sending troops there": the White House the question is put to, not the last
    actor of the story; "you" outside a transcript names nobody the text places."""
    text = ("THE WHITE HOUSE\nPress Briefing\n\nMS. LANE:  Russia is shelling Kharkiv again.\n\n"
            "Q    You are still not sending troops to Ukraine. You are providing more air defence systems.\n")
    claims = extract(text, published="2022-03-14")
    check_claims(text, claims)
    yours = [c for c in claims if c.type in ("DEPLOY", "TRANSFER")]
    assert len(yours) == 2 and all(c.actor == "USA.GOV" for c in yours)
    loose = extract("Russia shelled Kharkiv. You are not sending troops there.", published="2022-03-14")
    assert [c.actor for c in loose if c.type == "DEPLOY"] == [None]


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Drones hit an airbase and a fuel depot in Port Sudan on Sunday, the army said, blaming the paramilitary "
         "Rapid Support Forces.", "ATTACK", "SDN.REB"),
        ("Kyiv blamed the overnight drone strike on Russia.", "ATTACK", "RUS"),
        ("Three people were killed in a blast at a market in Mogadishu, police said, blaming al-Shabaab.",
         "CASUALTY", "SOM.REB"),
    ],
)
def test_the_side_the_speaker_blames_acts(text, kind, actor):
    """An act with no subject of its own, blamed on a side by the speaker: that side's, in the speaker's words."""
    claims = [c for c in extract(text, published="2025-05-06") if c.type == kind]
    assert claims and all(c.actor == actor and c.source is not None for c in claims)


def test_a_denial_noted_after_the_claim_is_not_its_source():
    """ "..., a claim Israel denied": the state broadcaster reports it; Israel only denies it, in a claim
    of its own (the same act, negated, told by Israel)."""
    text = "Iranian state television reported that air defences shot down three Israeli drones, a claim Israel denied."
    claims = extract(text, published="2025-06-14")
    check_claims(text, claims)
    told = [c for c in claims if c.modality == "asserted"]
    denied = [c for c in claims if c.modality == "negated"]
    assert told and all(c.source is not None and c.source.entity == "IRN.MED" for c in told)
    assert [(c.type, c.source.entity if c.source else None) for c in denied] == [("LAUNCH", "ISR")]


def test_the_agent_after_by_is_never_the_victims_side():
    """ "killed in shelling by Cambodian forces, while 20 civilians ... were wounded": the forces shelled;
    the wounded of the next clause are the speaker's own, not theirs; "contracted by UNRWA" is no agent."""
    text = ("Thailand's health ministry said nine civilians were killed in rocket fire by Cambodian forces, "
            "while 20 civilians and five military personnel were wounded.")
    claims = extract(text, published="2025-07-24")
    check_claims(text, claims)
    wounded = [c for c in claims if c.type == "CASUALTY" and c.item == "wounded"]
    assert wounded and not [c for c in wounded if (c.recipient or "").startswith("KHM")]
    assert all(c.actor == "KHM.MIL" for c in claims)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kinshasa has accused M23 of killing as many as 270 people in the two villages.", 270),
        ("Kyiv accused Moscow of killing up to 40 civilians in the strike.", 40),
    ],
)
def test_a_gerund_opened_by_a_count_is_a_verb(text, value):
    """ "accused M23 of killing as many as 270 people": the accused act, with its count."""
    claims = [c for c in extract(text, published="2022-12-08") if c.type == "CASUALTY"]
    assert [c.quantity.value for c in claims if c.quantity] == [value]


def test_a_count_opening_a_subordinate_clause_is_not_the_main_verbs():
    """ "scrambled fighter jets after two Chinese drones flew by": two drones, no count of jets."""
    text = "Japan scrambled fighter jets after two Chinese drones flew between Yonaguni and Taiwan."
    claims = [c for c in extract(text, published="2025-06-05") if c.actor == "JPN"]
    assert claims and all(c.quantity is None for c in claims)


def test_a_monitors_toll_of_people_killed_in_clashes_between_two_forces():
    """ "killed in clashes between Syrian security forces and loyalist fighters, the war monitor said":
    the dead are civilians, not the forces that clashed; "monitor" names the speaker, no watching."""
    text = ("DAMASCUS, March 9 (Demo Wire) - More than 1,000 people, most of them civilians, have been killed in "
            "two days of clashes between Syrian security forces and loyalist fighters, a Britain-based war "
            "monitor said on Saturday.")
    claims = extract(text, published="2025-03-09")
    check_claims(text, claims)
    assert [(c.type, c.recipient) for c in claims] == [("CASUALTY", "SYR.CVL")]


def test_security_forces_sent_after_an_attack_are_the_states_not_the_attackers():
    """ "Gunmen stormed two villages ... He said security forces had been deployed to the area": the
    country's own forces; "he" speaks and sends no one."""
    text = ("ABUJA, Nigeria (Demo Wire) - Gunmen killed at least 30 people in attacks on two villages in "
            "Zamfara state, police said.\n\nThe attackers stormed the villages on Saturday evening, police "
            "spokesman Yazid Bello said. He said security forces had been deployed to the area.")
    sent = [c for c in extract(text, published="2025-06-16") if c.type == "DEPLOY"]
    assert [c.actor for c in sent] == ["NGA.MIL"]


def test_a_toll_since_the_war_began_spans_the_war():
    """ "the death toll in Gaza since the war began had climbed past 62,000": from 7 October 2023."""
    text = ("GAZA CITY, Aug 21 (Demo Wire) - Gaza's health ministry said the overall death toll in Gaza since "
            "the war began had climbed past 62,000.")
    tolls = [c for c in extract(text, published="2025-08-21") if c.type == "CASUALTY"]
    assert [(c.time.start, c.time.end) for c in tolls] == [("2023-10-07", "2025-08-21")]


def test_a_military_reporting_a_soldier_killed_abroad_reports_its_own_dead():
    """ "A soldier was killed by an explosive device in Rafah, the military said": Israel's soldier,
    not Gaza's side because of the place."""
    text = ("TEL AVIV, Aug 6 (Demo Wire) - A soldier was killed by an explosive device in Rafah on Tuesday, "
            "the Israeli military said.")
    dead = [c for c in extract(text, published="2026-08-06") if c.type == "CASUALTY"]
    assert [c.recipient for c in dead] == ["ISR.MIL"]


def test_attacks_on_the_subject_are_not_the_subjects_own():
    """ "Israel struck Houthi-held ports, in response to missile attacks on Israel": attacks on
    Israel, by someone else; and anonymous sources after "according to" take no side heard before."""
    text = ("Israel struck Houthi-held ports in Hodeidah overnight, the Israeli military said, in response to "
            "repeated missile attacks on Israel.")
    attacks = [c for c in extract(text, published="2025-07-08") if c.evidence.text.startswith("missile attacks")]
    assert [(c.actor, c.recipient) for c in attacks] == [(None, "ISR")]
    told = ("The Houthis said they had sunk the ship. At least two crew members were killed, according to "
            "maritime security sources.")
    dead = [c for c in extract(told, published="2025-07-08") if c.type == "CASUALTY"]
    assert dead and all(c.source is None or c.source.entity is None for c in dead)


def test_a_gloss_naming_the_kinds_of_a_toll_is_no_second_toll():
    """ "some 4,000 casualties, including killed and wounded": one toll."""
    text = "The North is estimated to have suffered some 4,000 casualties, including killed and wounded, since then."
    claims = [c for c in extract(text, published="2025-02-24") if c.type == "CASUALTY"]
    assert [(c.item, c.quantity.value if c.quantity else None) for c in claims] == [("killed_or_wounded", 4000)]


def test_an_international_force_has_no_civilians():
    """ "ISAF said no civilians were harmed": Afghanistan's civilians if anyone's, never "IGO.CVL"."""
    text = ("ISAF Joint Command Morning Operational Update\n\nKABUL (March 4, 2012) - An ISAF air weapons team "
            "engaged the insurgents, ISAF said. No civilians were harmed.")
    claims = extract(text, published="2012-03-04")
    assert all(not (c.recipient or "").startswith("IGO.CVL") for c in claims)


def test_the_next_day_of_a_story_is_no_future():
    """ "The next day, the South held a drill": told after the fact, asserted."""
    text = ("SEOUL, March 12 (Demo Wire) -- North Korea fired two missiles on Monday, the JCS said.\n\n"
            "The next day, the South held a live-fire drill near the border.")
    drills = [c for c in extract(text, published="2025-03-12") if c.type == "EXERCISE"]
    assert [(c.modality, c.time.start if c.time else None) for c in drills] == [("asserted", "2025-03-11")]


def test_a_weapons_ammunition_is_ammunition():
    """ "more HIMARS ammunition": rounds for the launcher, not launchers; "two HIMARS launchers" are."""
    ammo = extract("The US sent more HIMARS ammunition to Ukraine.", published="2025-05-06")
    launchers = extract("The US sent two more HIMARS launchers to Ukraine.", published="2025-05-06")
    assert [c.item for c in ammo if c.type == "TRANSFER"] == ["ammunition"]
    assert [c.item for c in launchers if c.type == "TRANSFER"] == ["multiple rocket launcher"]


def test_bombs_are_bombs_not_shells():
    """ "dropped eight bombs": the item a ledger series is kept under says bomb."""
    text = "Two fighter jets mistakenly dropped eight bombs on a village during a live-fire drill."
    attacks = [c for c in extract(text, published="2025-03-12") if c.type == "ATTACK"]
    assert attacks and attacks[0].item == "bomb" and attacks[0].quantity.value == 8


def test_a_toll_with_no_actor_takes_the_side_striking_those_people_in_the_report():
    """ "Israeli strikes killed 40 people ... the health ministry said the death toll had risen to
    61,000": the toll of the same war, by the side the report has striking them."""
    text = ("Israeli strikes killed at least 40 people in Gaza on Tuesday, local officials said.\n\n"
            "Gaza's health ministry said the overall death toll had risen to 61,500, with 153,000 wounded.")
    claims = extract(text, published="2025-08-12")
    check_claims(text, claims)
    tolls = [c for c in claims if c.type == "CASUALTY" and c.quantity and c.quantity.value > 1000]
    assert len(tolls) == 2 and all(c.actor is not None and c.actor.startswith("ISR") for c in tolls)


def test_a_strike_with_no_striker_named_takes_the_side_striking_that_country_in_the_report():
    """ "Russia launched 90 drones at Ukraine overnight ... In Sumy, a drone hit a market, killing a
    woman": the report's attacker of Ukraine, not no one."""
    text = ("KYIV, March 3 (Demo Wire) - Russia launched 90 drones and three missiles at Ukraine overnight, "
            "the air force said.\n\nIn the Ukrainian city of Sumy, a drone hit a market, killing a woman.")
    claims = [c for c in extract(text, published="2025-03-03") if c.evidence.start > text.index("Sumy")]
    assert claims and all(c.actor == "RUS" for c in claims)
    assert all("Ukrainian" not in c.evidence.text for c in claims)  # the place's demonym acts in none


def test_a_strike_with_no_target_named_hits_the_side_its_striker_struck_before():
    """ "Russia launched 110 drones at Ukraine ... Russian forces also struck energy facilities":
    Ukraine's facilities, told by the report before."""
    text = ("Russia launched 110 drones and six missiles at Ukraine overnight, the air force said.\n\n"
            "Russian forces also struck energy facilities in the east, damaging a power plant.")
    claims = extract(text, published="2025-03-03")
    attacks = [c for c in claims if c.type == "ATTACK"]
    assert attacks and all(c.actor.startswith("RUS") and c.recipient == "UKR" for c in attacks)
    # the air force that reported the launches at Ukraine is Ukraine's for the strike it goes on to tell
    assert {c.source.entity for c in claims} == {"UKR.MIL"}


def test_launches_watched_for_and_missiles_flying_are_the_last_launchers():
    """ "in preparation for additional launches", "The missile flew 1,000 km": North Korea's launches,
    never the watching military's."""
    text = ("SEOUL, Oct. 31 (Demo Wire) -- North Korea fired a ballistic missile toward the East Sea on "
            "Thursday, South Korea's military said.\n\nThe JCS said it detected the launch at around 7:10 a.m. "
            "The missile flew some 1,000 kilometers, it added.\n\n\"We have strengthened our vigilance in "
            "preparation for additional launches,\" the JCS said.")
    launches = [c for c in extract(text, published="2024-10-31") if c.type == "LAUNCH"]
    assert launches and all(c.actor == "PRK" for c in launches)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Israel has not confirmed the air strike on Beirut's southern suburbs.", "asserted"),
        ("The army did not immediately comment on the raid that killed 12 people.", "asserted"),
        ("Israel did not strike the hospital, the army said.", "negated"),
    ],
)
def test_a_negated_verb_of_confirming_denies_no_event(text, modality):
    """ "has not confirmed the strike": no confirmation, not no strike."""
    attacks = [c for c in extract(text, published="2025-03-10") if c.type == "ATTACK"]
    assert attacks and {c.modality for c in attacks} == {modality}


def test_a_military_that_observes_troops_watches_rather_than_speaks():
    """ "The South Korean military observed North Korean soldiers ...": a SURVEIL by the military;
    "observed that ..." still reports."""
    text = "The South Korean military observed North Korean soldiers reinforcing guard posts near the border."
    watch = [c for c in extract(text, published="2025-03-12") if c.type == "SURVEIL"]
    assert watch and watch[0].actor == "KOR.MIL" and watch[0].recipient == "PRK.MIL"
    said = extract("South Korea's military observed that the North had fired two missiles.", published="2025-03-12")
    assert [c.source.entity for c in said if c.type == "LAUNCH"] == ["KOR.MIL"]


def test_he_is_the_last_person_named_not_the_last_state():
    """ "President Vladimir Putin visited Kursk. He sent 5,000 more troops": Putin's side acts."""
    text = "President Vladimir Putin visited Kursk on Tuesday.\n\nHe sent 5,000 more troops to the region."
    claims = [c for c in extract(text, published="2025-05-06") if c.type == "DEPLOY"]
    assert [c.actor for c in claims] == ["RUS.GOV"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The Philippine Coast Guard condemned the aggressive and illegal actions of the China Coast Guard.",
         "CHN.GOV"),
        ("The EU condemned the attack by Russian forces on a children's hospital.", "RUS.MIL"),
    ],
)
def test_a_statement_is_addressed_to_whom_its_object_names(text, recipient):
    """ "condemned the actions of the China Coast Guard": the statement is about China's coast guard."""
    said = [c for c in extract(text, published="2026-04-23") if c.type == "STATEMENT"]
    assert [c.recipient for c in said] == [recipient]


def test_lodging_stern_representations_is_a_statement():
    """The Chinese foreign ministry's formula of protest names its addressee."""
    claims = extract("China has lodged stern representations with Japan over the visit.", published="2025-05-06")
    assert [(c.type, c.actor, c.recipient) for c in claims] == [("STATEMENT", "CHN", "JPN")]


def test_fortifying_ground_held_is_a_fortification():
    claims = extract("Ukrainian troops are fortifying their positions around Pokrovsk.", published="2025-03-12")
    assert [(c.type, c.actor) for c in claims] == [("FORTIFY", "UKR.MIL")]


def test_a_count_opening_a_relative_clause_is_its_verbs():
    """ "around 11,000 troops ..., about 3,000 of whom have moved to the front": the 3,000 moved."""
    text = ("North Korea is believed to have deployed around 11,000 troops to Russia, about 3,000 of whom "
            "have moved to the front lines near Kursk.")
    claims = extract(text, published="2024-10-31")
    check_claims(text, claims)
    assert sorted(c.quantity.value for c in claims if c.type == "DEPLOY" and c.quantity) == [3000, 11000]


def test_every_count_of_a_listed_passive_subject_is_a_claim():
    """ "98 men, 21 women and 9 children were executed": three counts of the dead, one claim each."""
    text = "The mission said 98 men, 21 women and 9 children were executed in the two villages."
    claims = extract(text, published="2022-12-08")
    check_claims(text, claims)
    assert sorted(c.quantity.value for c in claims if c.type == "CASUALTY" and c.item == "killed") == [9, 21, 98]


def test_casualty_part_takes_no_count_from_the_next_clause():
    """ "among them a teenager, and wounded nine others": the part names one person and no count, so
    the nine wounded are no share of the four killed."""
    text = "The drone strike killed four people, among them a teenager, and wounded nine others, the governor said."
    claims = extract(text, published="2026-03-19")
    check_claims(text, claims)
    killed = sorted(c.quantity.value for c in claims if c.type == "CASUALTY" and c.item == "killed" and c.quantity)
    wounded = [c.quantity.value for c in claims if c.type == "CASUALTY" and c.item == "wounded" and c.quantity]
    assert killed == [4]
    assert wounded == [9]


def test_counted_homes_are_no_toll():
    """ "at least four homes and a clinic were destroyed": four homes, never four wounded."""
    text = "A farmer suffered shrapnel injuries and at least four homes and a clinic were destroyed, villagers said."
    claims = extract(text, published="2026-05-25")
    check_claims(text, claims)
    assert not [c for c in claims if c.type == "CASUALTY" and c.quantity is not None and c.quantity.value == 4]


def test_an_example_list_ends_before_the_speaker():
    """ "including howitzers and rocket launchers, committee member Kim told reporters": the examples'
    claim is grounded in the list, not in the speaker's words after it."""
    text = ("Pyongyang has also shipped more arms to Russia, including self-propelled guns and rocket "
            "launchers, intelligence committee member Kim Min-su told reporters.")
    claims = extract(text, published="2026-05-25")
    check_claims(text, claims)
    transfers = [c for c in claims if c.type == "TRANSFER"]
    assert len(transfers) >= 2
    assert all("told reporters" not in c.evidence.text for c in transfers)


def test_a_participle_clause_after_a_comma_is_no_object():
    """ "crossed the border, prompting South Korean troops to fire": the troops are the next
    clause's, never what crossed."""
    text = ("North Korean soldiers briefly crossed the border on Tuesday, prompting South Korean troops "
            "to fire warning shots, the Joint Chiefs of Staff said.")
    claims = extract(text, published="2026-05-25")
    check_claims(text, claims)
    assert not [c for c in claims if c.type == "DEPLOY" and (c.actor or "").startswith("KOR")]


def test_responsibility_for_the_attack_is_the_attack_told_in_the_same_sentence():
    """ "claimed responsibility for the attack, saying its fighters had targeted ...": one attack,
    told by the clause that says what was done, not a second one for the noun."""
    text = ("The rebels claimed responsibility for the attack, saying their fighters had targeted "
            "the tanker with three drones.")
    attacks = [c for c in extract(text, published="2026-05-25") if c.type == "ATTACK"]
    assert len(attacks) == 1 and attacks[0].quantity is not None and attacks[0].quantity.value == 3


def test_the_second_of_two_verbs_sharing_a_subject_opens_its_evidence_at_its_verb():
    """ "Los Lobos dug trenches across the road and built barricades": the subject belongs to the first
    verb's evidence; the second's opens at "built", so the two evidences do not overlap."""
    text = ("GUAYAQUIL, Nov 1 (Demo Wire) -- Before the raid Los Lobos dug trenches across three streets "
            "and built barricades of rails at the entrances, police said.")
    works = sorted((c for c in extract(text, published="2026-11-01") if c.type == "FORTIFY"),
                   key=lambda c: c.evidence.start)
    assert [c.evidence.text.split()[0] for c in works] == ["Los", "built"]
    assert [c.actor for c in works] == ["ECU.REB", "ECU.REB"]
    assert works[0].evidence.end <= works[1].evidence.start
