"""Trigger and item matchers built from the lexicons, over spaCy tokens.

``triggers.yaml`` and ``items.yaml`` are compiled once into spaCy ``PhraseMatcher``s on
lower-cased tokens. A surface form may belong to several event types ("sent" troops is a
deployment, "sent" shells a transfer); the matcher keeps every reading and the event stage
chooses by the object's class.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from watchfloor.extract.context import ItemMention
from watchfloor.extract.entities_trie import spaced_alternation, trie_pattern
from watchfloor.lexicons import expand_forms, load


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase that may announce a claim, with every (type, part of speech) reading."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    readings: tuple[tuple[str, str], ...]

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class TriggerLexicon:
    """The compiled triggers: surface form -> readings, plus per-type settings."""

    readings: dict[str, tuple[tuple[str, str], ...]]
    objects: dict[str, frozenset[str]]
    bare_nouns: dict[str, frozenset[str]]
    casualty_items: dict[str, str]
    receive_verbs: frozenset[str]
    strict_verbs: frozenset[str]
    promise_verbs: frozenset[str]
    border_nouns: frozenset[str]
    border_words: frozenset[str]
    border_objects: frozenset[str]  # item classes FORTIFY takes only beside a border word
    need_count: frozenset[str]
    counted_dead_by: frozenset[str]  # "feared", "presumed": before "dead", a death told without a count
    life_takers: frozenset[str]  # "claimed", "took": before a count of "lives", lives lost
    projectile_verbs: frozenset[str]  # "hit", "struck": people hit by one of `projectile_after` are wounded
    projectile_after: re.Pattern[str]  # "by three bullets", "by stones" right after the verb
    denied_nouns: frozenset[str]  # "denied any involvement": an attack only after a denial verb
    foreseen_nouns: frozenset[str]  # "fears further violence": an attack only after "further", "more"
    fortified_with: frozenset[str]  # "reinforced with earth-filled barriers": the barrier after "with" is built
    claimed_nouns: frozenset[str]  # "claimed the blast": an attack only as what a side claims
    held_nouns: frozenset[str]
    freed_by: re.Pattern[str]
    freed_after: re.Pattern[str]  # "three hostages were freed": the freeing verb after the held noun
    not_followed_by: dict[str, frozenset[str]]
    not_followed_by_forms: dict[str, dict[str, frozenset[str]]]  # type -> form -> next words that void it
    not_preceded_by: dict[str, frozenset[str]]
    requires_object: dict[str, frozenset[str]]
    needs_addressee: frozenset[str]
    speaker_subject_forms: frozenset[str]  # STATEMENT forms that need a speaker as subject ("demands")
    summoning_forms: frozenset[str]  # STATEMENT forms whose protest a later verb of the sentence tells
    only_with: dict[str, dict[str, frozenset[str]]]  # type -> form -> the item classes it needs
    subject_of: dict[str, dict[str, frozenset[str]]]  # type -> form -> the classes its subject must be
    only_with_words: dict[str, dict[str, frozenset[str]]]  # type -> form -> nouns it also takes, no item
    also_with: dict[str, dict[str, frozenset[str]]]  # type -> form -> extra item classes or item names
    also_active_only: frozenset[str]  # of DEPLOY's `also_with` forms, those that need the active voice
    object_after: dict[str, frozenset[str]]  # forms that count only with an object after them, active
    object_before: dict[str, frozenset[str]]  # forms whose object is their subject, never after them
    object_next: dict[str, frozenset[str]]  # forms whose object must follow within three words
    need_destination: dict[str, frozenset[str]]  # forms that count only with "to <place>" after the object
    receiver_next: dict[str, frozenset[str]]  # forms whose goods go unnamed, with the receiver right after
    light_verb_nouns: dict[str, frozenset[str]]  # nouns that make a claim only as a light verb's object
    help_verbs: frozenset[str] = frozenset()  # know-how given: see `help_verbs` in triggers.yaml
    help_nouns: frozenset[str] = frozenset()
    help_complements: frozenset[str] = frozenset()
    help_party_complements: frozenset[str] = frozenset()
    help_topics: frozenset[str] = frozenset()
    help_modifiers: frozenset[str] = frozenset()
    died_of: re.Pattern[str] = re.compile(r"(?!)")  # "died of", "succumbed to": a wound noun after is the cause
    died_verbs: frozenset[str] = frozenset()  # "three died": never an adjective after a count
    subject_movers: frozenset[str] = frozenset()  # DEPLOY forms whose subject is the ship or aircraft moving
    movers_only: frozenset[str] = frozenset()  # ... and that make a DEPLOY only so
    leaving_forms: frozenset[str] = frozenset()  # ... of which those that withdraw forces from the place named next
    joining_forms: frozenset[str] = frozenset()  # ... and those that place forces in the force or mission named next
    joined_bodies: frozenset[str] = frozenset()  # what forces join: a mission, a force, a contingent
    settling_forms: frozenset[str] = frozenset()  # ... those that place their forces where they stand, or
    # take them home (the subject must be state forces)
    mover_aux: frozenset[str] = frozenset()
    joint_after: frozenset[str] = frozenset()  # "flew together": the movement is a joint EXERCISE
    forces_operating: frozenset[str] = frozenset()  # "troops have been operating in southern Lebanon"
    counted_patrols: frozenset[str] = frozenset()  # "some 1,900 soldiers were patrolling the roads"
    operating_where: frozenset[str] = frozenset()  # the prepositions of a place that may follow them
    incursions: frozenset[str] = frozenset()  # mover forms that with drones or missiles make a LAUNCH
    # type -> forms that make it only with forces as their subject ("troops advanced", "marines rehearsed")
    forces_subject: dict[str, frozenset[str]] = field(default_factory=dict)
    thrown_munitions: frozenset[str] = frozenset()  # ATTACK forms that attack with a munition thrown at something
    armed_only: frozenset[str] = frozenset()  # ATTACK forms that attack only with armed groups' people as subject
    exchange_nouns: frozenset[str] = frozenset()  # ATTACK nouns of fire traded ("killed in an exchange of fire")
    arrival_forms: frozenset[str] = frozenset()  # DEPLOY movers that with a batch of arms tell a TRANSFER
    batch_words: frozenset[str] = frozenset()  # "the first F-16 fighter jets had arrived": a delivery
    money_verbs: frozenset[str] = frozenset()  # TRANSFER forms that give an amount of money named after them
    seizures: frozenset[str] = frozenset()  # TRANSFER forms of arms taken off their holders ("seized 12 pistols")
    seizure_describers: frozenset[str] = frozenset()  # before a seizure form, it describes ("the seized rifles")
    seizure_holder_stops: frozenset[str] = frozenset()  # words ending a holder's phrase ("from a gang in Lima")
    naming_verbs: frozenset[str] = frozenset()  # STATEMENT forms only in "called X a Y" (see triggers.yaml)
    object_first: frozenset[str] = frozenset()  # STATEMENT forms only before a count or determiner
    subject_victims: frozenset[str] = frozenset()  # CASUALTY forms whose subject suffers it ("soldiers died")
    victim_before: frozenset[str] = frozenset()  # CASUALTY forms whose victim must be named before them
    interceptions: frozenset[str] = frozenset()  # ATTACK forms that only intercept a missile or drone
    shot_down: frozenset[str] = frozenset()  # LAUNCH forms that tell an interception ("shot down 25 drones")
    standing_force: frozenset[str] = frozenset()  # DEPLOY forms of forces kept somewhere ("has 450 troops in")
    taking_part: frozenset[str] = frozenset()  # DEPLOY forms of forces in an operation ("no soldiers took part")
    taking_part_in: frozenset[str] = frozenset()  # ... and what they may take part in ("any operation")
    taken_by_armed: frozenset[str] = frozenset()  # CASUALTY forms of people armed men carry off ("took six crew")
    taken_by_armed_passive: frozenset[str] = frozenset()  # the same in the passive ("were taken by the raiders")
    fugitive_flights: frozenset[str] = frozenset()  # DEPLOY forms of a wanted man's flight abroad ("fled to Spain")
    fugitives: frozenset[str] = frozenset()  # ... and who may flee so ("suspect", "pilot")
    sending_forms: frozenset[str] = frozenset()  # DEPLOY forms whose count is an addition ("sent 350 soldiers")
    package_verbs: frozenset[str] = frozenset()  # TRANSFER forms that list what a package holds ("includes")
    package_nouns: frozenset[str] = frozenset()  # the subjects those forms need ("the package", "assistance")
    standing_force_openers: frozenset[str] = frozenset()  # words that may open the count after them
    standing_force_bare: frozenset[str] = frozenset()  # "kept soldiers at five positions": no count needed
    host_verbs: frozenset[str] = frozenset()  # "Poland hosts about 10,000 U.S. troops": the subject receives
    standing_force_nouns: frozenset[str] = frozenset()
    drone_flights: frozenset[str] = frozenset()  # SURVEIL forms of drones flying over a place
    work_places: frozenset[str] = frozenset()  # DEVELOP nouns of places of weapons work ("bomb-making workshop")
    armed_presence: frozenset[str] = frozenset()  # DEPLOY forms that place a counted armed group ("remain")
    drone_flight_over: frozenset[str] = frozenset()  # ... and the words that must follow them ("over")
    drone_flight_circling: frozenset[str] = frozenset()  # ... the forms that watch their object ("circled the area")
    flight_watchers: frozenset[str] = frozenset()  # aircraft that watch as drones do ("helicopters flying over")
    flying_watchers: frozenset[str] = frozenset()  # surveillance items that fly ("reconnaissance aircraft")
    people_hit: frozenset[str] = frozenset()  # CASUALTY passives of people struck ("a constable was stabbed")
    threat_carriers: frozenset[str] = frozenset()  # STATEMENT subjects that carry a threat ("The pamphlet threatened")
    held_forms: frozenset[str] = frozenset()  # CASUALTY forms of people held ("held two contractors") ...
    held_spans: frozenset[str] = frozenset()  # ... a while they are held for ("for about 24 hours")
    held_before: frozenset[str] = frozenset()  # ... or a word before that says so ("briefly held")
    held_custody: frozenset[str] = frozenset()  # ... never people in custody already ("detainees held")
    flight_patrols: frozenset[str] = frozenset()  # patrols flown by drones or watchers, or made with a drone
    flight_sightings: frozenset[str] = frozenset()  # what drones or watchers spot or detect they watch
    drones_seen: frozenset[str] = frozenset()  # "two drones were seen over the base": the drones flown there
    drones_seen_active: frozenset[str] = frozenset()  # "guards spotted two drones over the base": the same
    seen_watching: frozenset[str] = frozenset()  # ... and the words that make such a sighting a watch
    seen_only: frozenset[str] = frozenset()  # ... and those of the forms that tell nothing else ("seen")
    flight_nouns: frozenset[str] = frozenset()  # flights that watch only when drones fly them
    flight_makers: frozenset[str] = frozenset()  # verbs that make flights ("made three flights")
    # verbs whose particle follows the people they move or take ("pulling its fighters out of Mali",
    # "took the two occupants into custody"): (event type, verb forms, particles as word tuples)
    # (type, verb forms, particles, whether any words may stand between: no people needed)
    separables: tuple[tuple[str, frozenset[str], tuple[tuple[str, ...], ...], bool], ...] = ()


def _wound_site_forms(blocks: list[dict] | None) -> list[str]:
    """Every "<verb> [<count>] [<harm>] <link> <part>" form of the ``wound_sites`` blocks ("hit in the shoulder",
    "shot twice in the legs", "lost a leg", "suffered fractures to both legs")."""
    return [
        " ".join(filter(None, (verb, count, harm, link, part))).lower()
        for spec in blocks or []
        for verb in spec["verbs"]
        for count in ["", *spec.get("counts", [])]
        for harm in spec.get("harms", [""])
        for link in spec["links"]
        for part in spec["parts"]
    ]


@cache
def forms_of(etype: str, pos: str | None = None) -> frozenset[str]:
    """Every trigger form with a reading of ``etype`` (as a ``pos`` only, when given)."""
    return frozenset(
        form
        for form, readings in trigger_lexicon().readings.items()
        if any(t == etype and (pos is None or p == pos) for t, p in readings)
    )


_AT_COUNT = frozenset({"least", "most"})


def _before_a_count(doc: Doc, span) -> bool:  # noqa: ANN001 - spaCy Span
    """A phrase ending in "at" right before "least"/"most": the "at" opens a count."""
    if span.end - span.start < 2 or span[-1].lower_ != "at" or span.end >= len(doc):
        return False
    return doc[span.end].lower_ in _AT_COUNT


def _in_a_manner(doc: Doc, span) -> bool:  # noqa: ANN001 - spaCy Span
    """A phrase ending in the particle "in" right before a word of manner ("flying in formation", "flew in
    circles"; grammar.yaml ``in_manner_words``): "in" opens that phrase, the verb stands alone."""
    if span.end - span.start < 2 or span[-1].lower_ != "in" or span.end >= len(doc):
        return False
    return doc[span.end].lower_ in _in_manner_words()


@cache
def _in_manner_words() -> frozenset[str]:
    """grammar.yaml ``in_manner_words``, read once."""
    return _lowered(load("grammar"), "in_manner_words")


def _lowered(spec: dict | None, key: str) -> frozenset[str]:
    """The lower-cased words a block of ``triggers.yaml`` lists under ``key`` (none when either is absent)."""
    return frozenset(w.lower() for w in (spec or {}).get(key, []))


@cache
def trigger_lexicon() -> TriggerLexicon:
    """Read ``triggers.yaml`` into lookup tables (cached)."""
    data = load("triggers")
    readings: dict[str, list[tuple[str, str]]] = {}
    objects: dict[str, frozenset[str]] = {}
    bare: dict[str, frozenset[str]] = {}
    casualty_items: dict[str, str] = {}
    wound_forms: set[str] = set()  # "hit in the shoulder": their subject is the wounded
    border: set[str] = set()
    border_nouns: set[str] = set()
    border_objects: set[str] = set()
    need_count: set[str] = set()
    held_nouns: set[str] = set()
    freed_by: list[str] = []
    not_followed_by: dict[str, frozenset[str]] = {}
    not_followed_by_forms: dict[str, dict[str, frozenset[str]]] = {}
    not_preceded_by: dict[str, frozenset[str]] = {}
    requires_object: dict[str, frozenset[str]] = {}
    needs_addressee: set[str] = set()
    speaker_subject_forms: set[str] = set()
    summoning_forms: set[str] = set()
    only_with: dict[str, dict[str, frozenset[str]]] = {}
    subject_of: dict[str, dict[str, frozenset[str]]] = {}
    only_with_words: dict[str, dict[str, frozenset[str]]] = {}
    also_with: dict[str, dict[str, frozenset[str]]] = {}
    object_after: dict[str, frozenset[str]] = {}
    object_before: dict[str, frozenset[str]] = {}
    object_next: dict[str, frozenset[str]] = {}
    need_destination: dict[str, frozenset[str]] = {}
    receiver_next: dict[str, frozenset[str]] = {}
    light_verb_nouns: dict[str, frozenset[str]] = {}
    for etype, spec in data.items():
        also_with[etype] = _classes_by_form(spec.get("also_with"))  # classes, or item groups by name
        only_with[etype] = _classes_by_form(spec.get("only_with"))
        subject_of[etype] = _classes_by_form(spec.get("subject_of"))
        only_with_words[etype] = _classes_by_form(spec.get("only_with"), "words")
        object_after[etype] = _lowered(spec, "object_after")
        object_before[etype] = _lowered(spec, "object_before")
        object_next[etype] = _lowered(spec, "object_next")
        need_destination[etype] = _lowered(spec, "need_destination")
        receiver_next[etype] = _lowered(spec, "receiver_next")
        light_verb_nouns[etype] = _lowered(spec, "light_verb_nouns")
        requires_object[etype] = _lowered(spec, "requires_object")
        needs_addressee.update(w.lower() for w in spec.get("needs_addressee", []))
        speaker_subject_forms.update(w.lower() for w in spec.get("speaker_subject_forms", []))
        summoning_forms.update(w.lower() for w in spec.get("summoning_forms", []))
        not_followed_by[etype] = _lowered(spec, "not_followed_by")
        not_followed_by_forms[etype] = {
            form.lower(): frozenset(w.lower() for w in words)
            for form, words in (spec.get("not_followed_by_forms") or {}).items()
        }
        not_preceded_by[etype] = _lowered(spec, "not_preceded_by")
        for entry in spec.get("verbs", []):
            for form in expand_forms(entry, verb=True):
                readings.setdefault(form.lower(), []).append((etype, "verb"))
        for entry in spec.get("nouns", []):
            for form in expand_forms(entry, plural=True):
                readings.setdefault(form.lower(), []).append((etype, "noun"))
        if "object" in spec:
            objects[etype] = frozenset(spec["object"])
        bare[etype] = _lowered(spec, "bare_nouns")
        border_nouns.update(w.lower() for w in spec.get("border_nouns", []))
        border.update(w.lower() for w in spec.get("border_words", []))
        border_objects.update(spec.get("border_objects", []))
        need_count.update(w.lower() for w in spec.get("need_count", []))
        held_nouns.update(w.lower() for w in spec.get("held_nouns", []))
        freed_by.extend(w.lower() for w in spec.get("freed_by", []))
        for item, words in (spec.get("items") or {}).items():
            for word in words:
                casualty_items[word.lower()] = item
        wounds = _wound_site_forms(spec.get("wound_sites"))
        wound_forms.update(wounds)
        for form in wounds:
            readings.setdefault(form, []).append((etype, "verb"))
            casualty_items[form] = "wounded"
    for form in _lowered(data.get("CASUALTY"), "people_hit"):
        casualty_items.setdefault(form, "wounded")  # "a constable was stabbed": wounded, when told a casualty
    transfer = data.get("TRANSFER", {})
    movers = data.get("DEPLOY", {}).get("subject_movers") or {}
    flights = data.get("SURVEIL", {}).get("drone_flights") or {}
    held = data.get("CASUALTY", {}).get("held_people") or {}
    separables = tuple(
        (
            etype,
            frozenset(w.lower() for w in spec["separable"]["forms"]),
            tuple(tuple(p.lower().split()) for p in spec["separable"]["particles"]),
            bool(spec["separable"].get("any_object")),
        )
        for etype, spec in data.items()
        if isinstance(spec, dict) and spec.get("separable")
    )
    freeing = "|".join(map(re.escape, sorted(freed_by, key=len, reverse=True)))
    return TriggerLexicon(
        readings={k: tuple(dict.fromkeys(v)) for k, v in readings.items()},
        objects=objects,
        bare_nouns=bare,
        casualty_items=casualty_items,
        receive_verbs=frozenset(transfer.get("receive_verbs", [])),
        strict_verbs=frozenset(transfer.get("strict_verbs", [])),
        promise_verbs=frozenset(transfer.get("promise_verbs", [])),
        border_nouns=frozenset(border_nouns),
        border_words=frozenset(border),
        border_objects=frozenset(border_objects),
        need_count=frozenset(need_count),
        denied_nouns=_lowered(data.get("ATTACK"), "denied_nouns"),
        foreseen_nouns=_lowered(data.get("ATTACK"), "foreseen_nouns"),
        fortified_with=_lowered(data.get("FORTIFY"), "fortified_with"),
        claimed_nouns=_lowered(data.get("ATTACK"), "claimed_nouns"),
        counted_dead_by=_lowered(data.get("CASUALTY"), "counted_dead_by"),
        life_takers=_lowered(data.get("CASUALTY"), "life_takers"),
        projectile_verbs=frozenset(data.get("CASUALTY", {}).get("projectile_hits", {}).get("verbs", [])),
        projectile_after=_projectile_after(data.get("CASUALTY", {}).get("projectile_hits", {}).get("projectiles", [])),
        held_nouns=frozenset(held_nouns),
        # the held noun, then a passive of a freeing word: "three hostages were freed"
        freed_after=re.compile(
            rf"\s+(?:(?:were|was|are|is|have|has|had|been|being|later|also|all|safely)\s+){{1,3}}(?:{freeing})\b"
            if freed_by
            else r"(?!)",
            re.IGNORECASE,
        ),
        # a freeing word, then at most five words (a count, "the", "more"), then the held noun
        freed_by=re.compile(
            rf"\b(?:{freeing})\b(?:\s+of)?(?:\s+\S+){{0,5}}\s+$" if freed_by else r"(?!)",
            re.IGNORECASE,
        ),
        not_followed_by=not_followed_by,
        not_followed_by_forms=not_followed_by_forms,
        not_preceded_by=not_preceded_by,
        requires_object=requires_object,
        needs_addressee=frozenset(needs_addressee),
        speaker_subject_forms=frozenset(speaker_subject_forms),
        summoning_forms=frozenset(summoning_forms),
        only_with=only_with,
        subject_of=subject_of,
        only_with_words=only_with_words,
        also_with=also_with,
        also_active_only=frozenset(
            w.lower()
            for b in _blocks(data.get("DEPLOY", {}).get("also_with"))
            for w in b.get("active_only", [])
        ),
        object_after=object_after,
        object_before=object_before,
        need_destination=need_destination,
        receiver_next=receiver_next,
        light_verb_nouns=light_verb_nouns,
        object_next=object_next,
        **{key: _lowered(transfer, key) for key in _HELP_KEYS},
        subject_movers=_lowered(movers, "forms"),
        movers_only=_lowered(movers, "only"),
        leaving_forms=_lowered(movers, "leaving"),
        joining_forms=_lowered(movers, "joining"),
        joined_bodies=_lowered(movers, "joined_bodies"),
        settling_forms=frozenset(w.lower() for w in movers.get("settling", []) + movers.get("homecoming", [])),
        mover_aux=_lowered(movers, "mover_aux"),
        joint_after=_lowered(movers, "joint_after"),
        forces_operating=_lowered(movers, "forces_operating"),
        taking_part=_lowered(data.get("DEPLOY"), "taking_part"),
        taking_part_in=_lowered(data.get("DEPLOY"), "taking_part_in"),
        taken_by_armed=_lowered(data.get("CASUALTY"), "taken_by_armed"),
        taken_by_armed_passive=_lowered(data.get("CASUALTY"), "taken_by_armed_passive"),
        fugitive_flights=_lowered(data.get("DEPLOY"), "fugitive_flights"),
        fugitives=_lowered(data.get("DEPLOY"), "fugitives"),
        sending_forms=_lowered(data.get("DEPLOY"), "sending_forms"),
        counted_patrols=_lowered(movers, "counted_patrols"),
        operating_where=_lowered(movers, "operating_where"),
        incursions=_lowered(movers, "incursions"),
        forces_subject={
            etype: frozenset(w.lower() for w in spec["forces_subject"])
            for etype, spec in data.items()
            if spec.get("forces_subject")
        },
        thrown_munitions=_lowered(data.get("ATTACK"), "thrown_munitions"),
        armed_only=_lowered(data.get("ATTACK"), "armed_only"),
        exchange_nouns=_lowered(data.get("ATTACK"), "exchange_nouns"),
        arrival_forms=_lowered(transfer.get("arrivals"), "forms"),
        batch_words=_lowered(transfer.get("arrivals"), "batch_words"),
        money_verbs=_lowered(data.get("TRANSFER"), "money_verbs"),
        seizures=_lowered(data.get("TRANSFER"), "seizures"),
        seizure_describers=_lowered(data.get("TRANSFER"), "seizure_describers"),
        seizure_holder_stops=_lowered(data.get("TRANSFER"), "seizure_holder_stops"),
        naming_verbs=_lowered(data.get("STATEMENT"), "naming_verbs"),
        object_first=_lowered(data.get("STATEMENT"), "object_first"),
        # the wounded of "was hit in the shoulder" stand before the form, as the dead of "died" do
        victim_before=_lowered(data.get("CASUALTY"), "victim_before"),
        subject_victims=_lowered(data.get("CASUALTY"), "subject_victims")
        | frozenset(wound_forms),
        interceptions=_lowered(data.get("ATTACK"), "interceptions"),
        shot_down=_lowered(data.get("LAUNCH"), "interceptions"),
        standing_force=_lowered(data.get("DEPLOY"), "standing_force"),
        package_verbs=_lowered(data.get("TRANSFER"), "package_verbs"),
        package_nouns=_lowered(data.get("TRANSFER"), "package_nouns"),
        standing_force_bare=_lowered(data.get("DEPLOY"), "standing_force_bare"),
        host_verbs=_lowered(data.get("DEPLOY"), "host_verbs"),
        work_places=_lowered(data.get("DEVELOP"), "work_places"),
        armed_presence=_lowered(data.get("DEPLOY"), "armed_presence"),
        standing_force_nouns=_lowered(data.get("DEPLOY"), "standing_force_nouns"),
        standing_force_openers=_lowered(data.get("DEPLOY"), "standing_force_openers"),
        drone_flights=_lowered(flights, "forms"),
        drone_flight_over=_lowered(flights, "over"),
        drone_flight_circling=_lowered(flights, "circling"),
        flight_watchers=_lowered(flights, "watchers"),
        flying_watchers=_lowered(flights, "watcher_items"),
        people_hit=_lowered(data.get("CASUALTY"), "people_hit"),
        threat_carriers=_lowered(data.get("STATEMENT"), "threat_carriers"),
        held_forms=_lowered(held, "forms"),
        held_spans=_lowered(held, "spans"),
        held_before=_lowered(held, "before"),
        held_custody=_lowered(held, "custody"),
        flight_patrols=_lowered(flights, "patrols"),
        flight_sightings=_lowered(flights, "sightings"),
        drones_seen=_lowered(flights, "seen"),
        drones_seen_active=_lowered(flights, "seen_active"),
        seen_watching=_lowered(flights, "seen_watching"),
        seen_only=_lowered(flights, "seen_only"),
        flight_nouns=_lowered(flights, "flight_nouns"),
        flight_makers=_lowered(flights, "flight_makers"),
        separables=separables,
        died_of=_died_of(data.get("CASUALTY", {}).get("died_of") or {}),
        died_verbs=frozenset(w.lower() for w in (data.get("CASUALTY", {}).get("died_of") or {}).get("verbs", [])),
    )


def _projectile_after(projectiles: list[str]) -> re.Pattern[str]:
    """ "by three bullets", "by a stray bullet", "by stones": "by", up to two words (a count, a modifier),
    then a projectile."""
    words = spaced_alternation(projectiles)
    return re.compile(rf"\s+by\s+(?:[\w-]+\s+){{0,2}}?(?:{words or '(?!)'})\b", re.IGNORECASE)


def _died_of(spec: dict) -> re.Pattern[str]:
    """ "died of their injuries", "succumbed to wounds", "died of head injuries": the verb and its link,
    then at most a possessive and two modifiers, before the wound noun (which names the cause, not
    another casualty)."""
    verbs, links = spec.get("verbs", []), spec.get("links", [])
    if not verbs or not links:
        return re.compile(r"(?!)")
    alt = "|".join(map(re.escape, verbs))
    link = "|".join(map(re.escape, links))
    return re.compile(
        rf"\b(?:{alt})\s+(?:{link})\s+(?:(?:their|his|her|its|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}\Z", re.IGNORECASE
    )


_HELP_KEYS = ("help_verbs", "help_nouns", "help_complements", "help_party_complements", "help_topics", "help_modifiers")


@dataclass(frozen=True)
class ItemLexicon:
    """The compiled items: surface form -> (class, canonical name), and personnel heads."""

    forms: dict[str, tuple[tuple[str, str], ...]]
    people_only: frozenset[str]
    civilians: frozenset[str]
    generic: frozenset[str] = frozenset()  # canonical names a more specific one beside them replaces
    armed: frozenset[str] = frozenset()  # armed groups' people, who advance though never deployed
    group_strength: frozenset[str] = frozenset()  # heads an armed group counts its strength in ("members")
    force_names: frozenset[str] = frozenset()  # a whole force named as a body ("the army"): deployed, not a speaker


@cache
def item_lexicon() -> ItemLexicon:
    """Read ``items.yaml`` into a form table (cached)."""
    data = load("items")
    forms: dict[str, list[tuple[str, str]]] = {}
    people_only: frozenset[str] = frozenset()
    civilians: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    armed: frozenset[str] = frozenset()
    strength: frozenset[str] = frozenset()
    force_names: frozenset[str] = frozenset()
    for cls, spec in data.items():
        if cls == "generic_names":
            generic = frozenset(w.lower() for w in spec)
            continue
        if isinstance(spec, dict):  # personnel: heads only
            for head in spec.get("heads", []):
                forms.setdefault(head.lower(), []).append((cls, "personnel"))
            people_only = _lowered(spec, "people_only")
            civilians = _lowered(spec, "civilians")
            armed = _lowered(spec, "armed_people")
            strength = armed | _lowered(spec, "group_strength")
            force_names = _lowered(spec, "force_names")
            for head in force_names:
                forms.setdefault(head, []).append((cls, "personnel"))
            for head in civilians:
                forms.setdefault(head, []).append((cls, "personnel"))
            continue
        for entry in spec:
            for raw in entry["forms"]:
                for form in expand_forms(raw, plural=True):
                    forms.setdefault(form.lower(), []).append((cls, entry["name"]))
    return ItemLexicon(
        {k: tuple(dict.fromkeys(v)) for k, v in forms.items()}, people_only, civilians, generic, armed, strength,
        force_names,
    )


class Matchers:
    """PhraseMatchers for triggers and items, built once per spaCy vocabulary."""

    def __init__(self, nlp_vocab) -> None:  # noqa: ANN001 - spaCy Vocab
        self.trigger_matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
        self.item_matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
        tokenizer_doc = _Tokenize(nlp_vocab)
        self.trigger_matcher.add("T", [tokenizer_doc(f) for f in trigger_lexicon().readings])
        self.item_matcher.add("I", [tokenizer_doc(f) for f in item_lexicon().forms])

    def triggers(self, doc: Doc, items: list[ItemMention] | None = None) -> list[Trigger]:
        """Every trigger in the doc, longest match first when two overlap.

        A trigger word inside an item's name ("attack drones", "launch pad") names a thing,
        not an event, and is left out.
        """
        table = trigger_lexicon().readings
        matches = self.trigger_matcher(doc, as_spans=True)
        # "fired at least eight rockets": "at" opens the count, so "fire at" does not match there
        matches = [m for m in matches if not _before_a_count(doc, m) and not _in_a_manner(doc, m)]
        spans = filter_spans(matches)
        inside = {i for it in items or () if it.tok_end - it.tok_start > 1 for i in range(it.tok_start, it.tok_end)}
        whole = {(it.tok_start, it.tok_end) for it in items or ()}
        out = []
        for span in spans:
            if span.start in inside and span.end - 1 in inside and (span.start, span.end) not in whole:
                continue
            first = doc[span.start]
            # "submarine-launched", "solid-fuel": a trigger glued to a hyphen is an adjective.
            if span.start > 0 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_:
                continue
            key = span.text.lower()
            readings = table.get(key) or table.get(" ".join(t.lower_ for t in span))
            if readings:
                out.append(Trigger(first.idx, span.end_char, span.start, span.end, span.text, readings))
        return _with_people_taken(doc, _with_separable_verbs(doc, _with_standing_forces(doc, out), items or ()))

    def items(self, doc: Doc) -> list[ItemMention]:
        """Every item mention in the doc (longest first when two overlap)."""
        table = item_lexicon().forms
        out = []
        spans = list(self.item_matcher(doc, as_spans=True))
        variants = _model_variants(doc, table)
        spans.extend(doc[i : i + 1] for i in variants)
        found = [(sp, variants.get(sp.start) or _entries(table, sp)) for sp in filter_spans(spans)]
        classes_at = {sp.start: entries[0][0] for sp, entries in found if entries}
        unit_heads, ammunition_heads, part_heads = _modified_heads()
        for span, entries in found:
            joined = span.start > 1 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_
            if joined and len(span) == 1:
                continue  # "solid-fuel": the second half of a compound modifier ("reinforced-concrete wall" is a wall)
            if not entries:
                continue
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in _KIND_SUFFIXES:
                head = classes_at.get(span.end + 2)
                if head is not None and head != entries[0][0]:
                    continue  # "aircraft-type unmanned aerial vehicles": drones of a kind, not aircraft
            cls, name = entries[0]
            after = doc[span.end].lower_ if span.end < len(doc) else ""
            if span.text in _NAME_WORDS and span.end < len(doc) and doc[span.end].text[:1].isupper():
                continue  # "National Guard troops", "National Police": a word of a name, not a national
            if span.text in _NAME_ENDS and span.start > 0 and doc[span.start - 1].text[:1].isupper():
                continue  # "the China Coast Guard", "the Republican Guard": the end of a body's name, not a guard
            if cls != "personnel" and after in unit_heads:
                continue  # "two artillery battalions", "tank crews": the weapon names the unit, not the item
            if cls in ("weapon", "platform") and after in ammunition_heads:
                continue  # "HIMARS ammunition", "tank rounds": the weapon's ammunition is the item
            if cls in _PART_OWNERS and after in part_heads:
                part = doc[span.start : span.end + 1]  # "hypersonic missile engine": the engine is the item
                out.append(ItemMention(part.start_char, part.end_char, part.text, "technology", part_heads[after],
                                       part.start, part.end))
                continue
            if name == "personnel":
                name = span.text.lower()
            out.append(ItemMention(span.start_char, span.end_char, span.text, cls, name, span.start, span.end))
            for extra_cls, extra_name in entries[1:]:
                out.append(
                    ItemMention(span.start_char, span.end_char, span.text, extra_cls, extra_name, span.start, span.end)
                )
        people = _aged_people(doc, classes_at) + _named_victims(doc, classes_at) + _callings_hit(doc, classes_at)
        return sorted(out + people, key=lambda it: it.start) if people else out


def _aged_people(doc: Doc, classes_at: dict[int, str]) -> list[ItemMention]:
    """ "a 19-year-old was shot in both legs": an age with no noun after it names a person; with one
    ("a 22-year-old man") the noun is the item already."""
    out = []
    for i in range(len(doc) - 4):
        if not (doc[i].is_digit and [t.lower_ for t in doc[i + 1 : i + 5]] == ["-", "year", "-", "old"]):
            continue
        after = i + 5
        if after < len(doc) and (after in classes_at or doc[after].is_alpha and doc[after].is_lower
                                 and doc[after].lower_ not in _age_followers()):
            continue  # "a 22-year-old man", "a 19-year-old student": the noun names them
        span = doc[i:after]
        out.append(ItemMention(span.start_char, span.end_char, span.text, "personnel", span.text.lower(), i, after))
    return out


_NAME_REACH = 3  # capitalised words a person's name may take ("Sipho Sample", "Ana Maria Example")


def _named_victims(doc: Doc, classes_at: dict[int, str]) -> list[ItemMention]:
    """ "Sipho Sample was shot dead", "Ana Example, 34, was wounded": a name of two or three capitalised
    words that opens a sentence, right before "was"/"were" and a form of CASUALTY ``named_victim_forms``
    (an age or a short aside in commas between), is a person hit; the item is the name."""
    forms = _named_victim_forms()
    ctx = doc._.wf
    out = []
    for sent in ctx.seg.sentences:
        opening = ctx.dateline_end if sent.start < ctx.dateline_end < sent.end else sent.start  # "DURBAN - John ..."
        i, end = ctx.tok_at(opening), min(len(doc), ctx.tok_at(sent.end - 1) + 1)
        j = i
        while j < end and j - i < _NAME_REACH and doc[j].is_title and doc[j].is_alpha and j not in classes_at:
            j += 1
        if j - i < 2 or doc[i].lower_ in _not_name_openers():
            continue
        k = j
        if k < end and doc[k].text == ",":
            close = next((m for m in range(k + 1, min(end, k + 8)) if doc[m].text == ","), None)
            k = close + 1 if close is not None else k
        if k + 1 >= end or doc[k].lower_ not in ("was", "were"):
            continue
        rest = " ".join(t.lower_ for t in doc[k + 1 : min(end, k + 5)])
        if not any(rest == f or rest.startswith(f + " ") for f in forms):
            continue
        span = doc[i:j]
        out.append(ItemMention(span.start_char, span.end_char, span.text, "personnel", "person", i, j))
    return out


def _callings_hit(doc: Doc, classes_at: dict[int, str]) -> list[ItemMention]:
    """ "Gunmen kidnapped a rancher", "killed two shopkeepers", "A vendor was shot dead": a person named
    by a calling no lexicon lists, told by its ending (grammar.yaml ``callings``: "-er", "-ist", "-man"),
    right after an active CASUALTY ``named_victim_forms`` and a determiner or count, or as the subject
    right before "was"/"were" and one of those forms. Only there: elsewhere "-er" names anything."""
    forms_by_first = _victim_forms_by_first_word()
    spec = _callings()
    out: list[ItemMention] = []
    n = len(doc)
    for i in range(n):
        forms = forms_by_first.get(doc[i].lower_)
        if forms is None:
            continue
        form = next((f for f in forms if tuple(t.lower_ for t in doc[i : i + len(f)]) == f), None)
        if form is None:
            continue
        j = i + len(form)
        if j + 1 < n and (doc[j].lower_ in spec.openers or doc[j].is_digit):
            noun = _calling_at(doc, j + 1, classes_at, spec)
            if noun is not None:
                out.append(noun)
        if i < 3 or doc[i - 1].lower_ not in ("was", "were"):
            continue
        # "A vendor was shot dead", "police said two local traders were kidnapped": the passive's subject
        for det in (i - 3, i - 4):
            if det >= 0 and (doc[det].lower_ in spec.openers or doc[det].is_digit):
                noun = _calling_at(doc, det + 1, classes_at, spec, last=i - 1)
                if noun is not None:
                    out.append(noun)
                break
    return out


def _calling_at(
    doc: Doc, k: int, classes_at: dict[int, str], spec: Callings, last: int | None = None
) -> ItemMention | None:
    """The calling noun at token ``k``, or past one lower-case modifier ("a local rancher"), when
    the phrase ends there (``last`` names the token that must follow, else a non-word or a word of
    ``spec.phrase_ends``)."""
    n = len(doc)
    for m in (k, k + 1):
        if m >= n or m in classes_at:
            return None
        tok = doc[m]
        word = tok.lower_
        if not (tok.is_alpha and tok.is_lower):
            return None
        after = m + 1
        ends = after == last if last is not None else (
            after >= n or not doc[after].is_alpha or doc[after].lower_ in spec.phrase_ends
        )
        if not ends:
            continue
        if not _calling_word(word):
            return None
        return ItemMention(tok.idx, tok.idx + len(tok.text), tok.text, "personnel", word, m, m + 1)
    return None


@dataclass(frozen=True)
class Callings:
    """grammar.yaml ``callings``: how a calling noun ends, words with those endings that are none, the
    words that open its phrase and those that may follow it."""

    suffixes: tuple[str, ...]
    not_callings: frozenset[str]
    openers: frozenset[str]
    phrase_ends: frozenset[str]


@cache
def _callings() -> Callings:
    spec = load("grammar")["callings"]
    return Callings(
        tuple(spec["suffixes"]), frozenset(spec["not_callings"]), frozenset(spec["openers"]),
        frozenset(spec["phrase_ends"]) | frozenset(load("grammar")["preps"]),
    )


@cache
def _not_name_openers() -> frozenset[str]:
    return frozenset(load("grammar")["not_name_openers"])


@cache
def _named_victim_forms() -> tuple[str, ...]:
    return tuple(load("triggers").get("CASUALTY", {}).get("named_victim_forms", []))


@cache
def _victim_forms_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ``named_victim_forms`` as word tuples, by their first word: a token opens a form only if
    it is one's first word, so the scan over a document looks at most tokens once."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in _named_victim_forms():
        words = tuple(form.split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(forms) for first, forms in by_first.items()}


# the text of an item _aged_people makes: "19-year-old"
_AGED_TEXT = re.compile(r"\d+\s*-\s*year\s*-\s*old")


def civilian_head(item: ItemMention) -> bool:
    """The item's last word is one of items.yaml ``civilians`` ("villagers", "two young fishermen"), or
    the item is a calling no lexicon lists ("a rancher", as _callings_hit finds it): forces and armed
    groups are all listed, so an unlisted calling is a civilian's."""
    last = item.text.lower().split()[-1]
    lex = item_lexicon()
    if last in lex.civilians:
        return True
    return item.cls == "personnel" and item.name == last and last not in lex.forms and _calling_word(last)


def _calling_word(word: str) -> bool:
    spec = _callings()
    return len(word) >= 5 and word.endswith(spec.suffixes) and word not in spec.not_callings


def aged_person(item: ItemMention) -> bool:
    """An item that is a person named by age alone ("a 19-year-old was shot"), as _aged_people makes it."""
    return item.cls == "personnel" and _AGED_TEXT.fullmatch(item.text.lower()) is not None


@cache
def _age_followers() -> frozenset[str]:
    """grammar.yaml ``age_followers``: words after which an age stands alone as a person."""
    return frozenset(load("grammar")["age_followers"])


@cache
def _modified_heads() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """grammar.yaml ``unit_heads``, ``ammunition_heads`` and ``part_heads``: words after a weapon that
    name a unit, its ammunition or a part of it instead."""
    data = load("grammar")
    return frozenset(data["unit_heads"]), frozenset(data["ammunition_heads"]), dict(data["part_heads"])


_PART_OWNERS = frozenset({"missile", "drone", "weapon", "platform"})  # what has an engine of its own


_NAME_WORDS = frozenset({"National", "Nationals", "Citizen", "Citizens"})  # people words that open names
_NAME_ENDS = frozenset({"Guard", "Guards"})  # people words that close names
_KIND_SUFFIXES = frozenset({"type", "style", "like"})  # "aircraft-type", "Shahed-style", "Grad-like"


# "J-10C", "Su-30SME", "F-16V": a known model's name with a variant's letters glued on
_MODEL_VARIANT = re.compile(r"([a-z]{1,4}-\d{1,3})([a-z]{1,4})")


def _model_variants(doc: Doc, table: dict) -> dict[int, list]:
    """Token index -> the lexicon entries of the model a variant's name ("J-10C") is a version of."""
    out = {}
    for tok in doc:
        if "-" not in tok.text or tok.lower_ in table:
            continue
        found = _MODEL_VARIANT.fullmatch(tok.lower_)
        if found is not None and found.group(1) in table:
            out[tok.i] = table[found.group(1)]
    return out


def _entries(table: dict, span) -> list:  # noqa: ANN001 - a spaCy Span
    """The lexicon entries of an item span, by its text or its lower-cased tokens."""
    return table.get(span.text.lower()) or table.get(" ".join(t.lower_ for t in span)) or []


def _with_standing_forces(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """"has kept around 450 troops in Somalia": a form of "have", "keep" or "maintain" right before a
    number (or a word that may open one), or "kept"/"maintains" right before forces, is a DEPLOY
    trigger; the event stage checks the rest."""
    return _with_pattern_triggers(doc, found, _standing_pattern(), _DEPLOY_VERB)


def _with_pattern_triggers(
    doc: Doc, found: list[Trigger], pattern: re.Pattern[str], readings: tuple[tuple[str, str], ...]
) -> list[Trigger]:
    """``found`` and a trigger of ``readings`` on each of ``pattern``'s matches (the group that matched, of
    alternatives that each hold one) where no trigger starts already."""
    extra = []
    for match in pattern.finditer(doc.user_data.get("text") or doc.text):
        group = match.lastindex or 0
        span = doc.char_span(match.start(group), match.end(group))
        if span is not None:
            extra.append(Trigger(span.start_char, span.end_char, span.start, span.end, span.text, readings))
    if not extra:
        return found
    taken = {t.tok_start for t in found}
    return sorted(found + [t for t in extra if t.tok_start not in taken], key=lambda t: t.start)


_DEPLOY_VERB = (("DEPLOY", "verb"),)  # the reading a standing-force trigger has
_CASUALTY_VERB = (("CASUALTY", "verb"),)  # the reading of a form of taking people


def _with_people_taken(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """ "took six crew members", "taking two of our crew": a form of triggers.yaml CASUALTY ``taken_by_armed`` right
    before a number is a CASUALTY trigger; the event stage checks the rest (armed takers, people taken)."""
    found = _with_pattern_triggers(doc, found, _taking_pattern(), _CASUALTY_VERB)
    passive = _taken_by_armed_pattern()
    return _with_pattern_triggers(doc, found, passive, _CASUALTY_VERB) if passive is not None else found


@cache
def _taken_by_armed_pattern() -> re.Pattern[str] | None:
    """A passive form of taking with armed people after "by" ("were taken by the raiders", "by a group of gunmen")."""
    forms = trigger_lexicon().taken_by_armed_passive
    if not forms:
        return None
    armed = trie_pattern(item_lexicon().armed)
    return re.compile(
        rf"\b({trie_pattern(forms)})\s+(?=by\s+(?:the\s+|an?\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+)?(?:{armed})\b)",
        re.IGNORECASE,
    )


@cache
def _taking_pattern() -> re.Pattern[str]:
    """A form of taking followed by a digit or a number word."""
    forms = trie_pattern(trigger_lexicon().taken_by_armed)
    return re.compile(rf"\b({forms})\s+(?=\d|(?:{trie_pattern(number_words())})\b)", re.IGNORECASE)


_SEPARABLE_GAP = 6


@cache
def separable_particle_after(etype: str) -> re.Pattern[str]:
    """One of ``etype``'s separable particles (triggers.yaml ``separable``) within the reach a separable verb has:
    "took the three passengers of the boat | into custody", "took 14 marines | prisoner"."""
    particles = {" ".join(p) for e, _, ps, _ in trigger_lexicon().separables if e == etype for p in ps}
    return re.compile(rf"(?:\s+[\w-]+){{0,{_SEPARABLE_GAP + 2}}}?\s+(?:{trie_pattern(particles)})\b", re.IGNORECASE)


def _with_separable_verbs(doc: Doc, found: list[Trigger], items) -> list[Trigger]:  # noqa: ANN001 - items
    """"pulling its fighters out of Mali", "took the two occupants into custody": a separable verb
    whose particle follows within six words, with people (items of class ``personnel``) between
    them, is a trigger on the verb alone, of the type that lists it; a block marked ``any_object``
    needs no people ("set two police vehicles alight"). The phrase matcher sees only
    contiguous forms ("pulled out"), and "pulled the plug" or "took the matter into account" carry
    no people."""
    lex = trigger_lexicon()
    if not lex.separables:
        return found
    people = [it for it in items if it.cls == "personnel"]
    taken = {t.tok_start for t in found}
    extra = []
    particles_used: set[int] = set()
    for match in _separable_pattern().finditer(doc.user_data.get("text") or doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span.start in taken:
            continue
        tok = span[0]
        for etype, forms, particles, any_object in lex.separables:
            if tok.lower_ not in forms:
                continue
            particle = _particle_after(doc, tok.i, particles)
            if particle is not None and (
                any_object or any(tok.i < it.tok_start and it.tok_end <= particle for it in people)
            ):
                extra.append(Trigger(tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1, tok.text, ((etype, "verb"),)))
                taken.add(tok.i)
                particles_used.add(particle)
                break
    if not extra:
        return found
    # "took 20 soldiers prisoner": "prisoner" is the verb's particle, not a claim of its own
    kept = [t for t in found if t.tok_start not in particles_used]
    return sorted(kept + extra, key=lambda t: t.start)


def _particle_after(doc: Doc, verb: int, particles: tuple[tuple[str, ...], ...]) -> int | None:
    """Where the first of ``particles`` starts within the gap after the verb and its first word;
    None when punctuation comes first or no particle does."""
    stop = min(len(doc), verb + 2 + _SEPARABLE_GAP)
    for j in range(verb + 2, stop):
        if doc[j].is_punct:
            return None
        for words in particles:
            if j + len(words) <= len(doc) and all(doc[j + k].lower_ == w for k, w in enumerate(words)):
                return j
    return None


# "will not be deployed", "was sent", "has been ordered": a passive verb group right after a force's name
_PASSIVE_AFTER = re.compile(
    r"\s+(?:(?:will|would|could|should|may|might|must|has|have|had|also|now|not|never|then|to)\s+)*"
    r"(?:be|been|being|is|are|was|were)\s+(?:(?:not|also|now|then)\s+)?[a-z]+(?:ed|en|nt|wn)\b"
)
# "deployed the army", "ordered the Zambia Army": only a determiner or words of the name before the force
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|its|their|his|her|[A-Z][\w'.-]*)\s+)*\Z")


def _force_sent(text: str, item: ItemMention, deploy_verbs: list[Trigger], ends: list[int]) -> bool:
    """A force named as a body ("the army") is an item only where it is sent: the subject of a passive
    ("the Zambia Army will not be deployed") or a deploying verb's object ("ordered the army into the streets").
    Elsewhere it names a side, not forces: "army helicopters", "the army said", "the Indian Army remains"."""
    if _PASSIVE_AFTER.match(text, item.end):
        return True
    before = deploy_verbs[bisect_right(ends, item.start - 40) : bisect_right(ends, item.start)]
    # not "equipped the Ukrainian army with tanks": the army receives, the tanks are the item
    return any(_OBJECT_GAP.match(text[t.end : item.start]) for t in before)


def sent_forces_only(text: str, items: list[ItemMention], triggers: list[Trigger]) -> list[ItemMention]:
    """The items less a force named as a body where it is not sent (see ``force_names`` in items.yaml)."""
    names = item_lexicon().force_names
    deploy_verbs = sorted((t for t in triggers if ("DEPLOY", "verb") in t.readings), key=lambda t: t.end)
    ends = [t.end for t in deploy_verbs]
    return [it for it in items if it.text.lower() not in names or _force_sent(text, it, deploy_verbs, ends)]


@cache
def number_words() -> frozenset[str]:
    """Cardinal number words ("two", "twelve", "forty", "million") from ``numbers.yaml``."""
    num = load("numbers")
    return frozenset(str(w).lower() for key in ("ones", "teens", "tens", "scales") for w in num[key])


@cache
def _separable_pattern() -> re.Pattern[str]:
    """Any separable verb as a whole word: only its few hits are looked at token by token."""
    forms = frozenset().union(*(forms for _, forms, _, _ in trigger_lexicon().separables))
    return re.compile(rf"\b(?:{trie_pattern(forms)})\b", re.IGNORECASE)


@cache
def _standing_pattern() -> re.Pattern[str]:
    """A standing-force form followed by a digit, a count opener or a number word (group 1), or one
    of `standing_force_bare` followed by forces ("kept soldiers at five positions", group 2)."""
    lex = trigger_lexicon()
    opener = trie_pattern(number_words() | lex.standing_force_openers)
    bare = trie_pattern(lex.standing_force_bare)
    nouns = trie_pattern(lex.standing_force_nouns)
    return re.compile(
        rf"\b({trie_pattern(lex.standing_force)})\s+(?:\d|{opener}\b)"
        rf"|\b({bare})\s+(?:(?:its|their|his|her)\s+)?(?:{nouns})\b",
        re.IGNORECASE,
    )


class _Tokenize:
    def __init__(self, vocab) -> None:  # noqa: ANN001
        import spacy

        self.nlp = spacy.blank("en", vocab=vocab)

    def __call__(self, text: str) -> Doc:
        return self.nlp.make_doc(text)


def _blocks(value: object) -> list[dict]:
    """A key that holds one block or a list of them, as a list."""
    if not value:
        return []
    return value if isinstance(value, list) else [value]


def _classes_by_form(value: object, key: str = "classes") -> dict[str, frozenset[str]]:
    """``{forms, classes}`` blocks as form -> classes (or, with ``key="words"``, the blocks' ``words``,
    lower-cased); a form in two blocks takes the classes of both."""
    out: dict[str, frozenset[str]] = {}
    for block in _blocks(value):
        values = frozenset(v.lower() if key == "words" else v for v in block.get(key, []))
        if key == "words" and not values:
            continue  # a block with no words: its forms take items only
        for w in block.get("forms", []):
            out[w.lower()] = out.get(w.lower(), frozenset()) | values
    return out
