"""Events: from triggers in a sentence to draft claims with their arguments.

For every trigger the stage decides the claim type by what it acts on (troops sent:
DEPLOY; shells sent: TRANSFER), drops readings that are not events here (a purpose clause
"upgrades to launch", the object of a denunciation "denouncing joint drills", a noun after
"a threat for"), attaches actor, recipient, object, quantity and time, and cuts a list of
examples ("including a hypersonic missile and around 220 howitzers") into one claim each.
Quantities and times go to the trigger nearest them, so one sentence with two events
("Of the 11,000 soldiers dispatched, 4,000 casualties have occurred") gives each its own.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from watchfloor.extract import modality
from watchfloor.extract.answers import elliptical_answer
from watchfloor.extract.arguments import (
    GAPPED_PASSIVE,
    OF_OWNER_BETWEEN,
    STRIKING_ITEMS,
    adjective_before,
    aside_opening,
    before_auxiliaries,
    before_parenthesis,
    beside_or_against,
    entity_is_possessive,
    find_actor,
    find_recipient,
    grammar,
    in_origin_phrase,
    is_count_word,
    is_passive,
    names_attacker,
    nominal_left,
    object_item,
    other_object_first,
    owns_noun,
    passive_patient,
    pronoun_victim,
    relative_aside_before,
    shared_subject,
    state_linked,
    striker_in_later_clause,
    token_before,
    victim_entity,
    word_before_phrase,
)
from watchfloor.extract.attribution import (
    AS_SAYING,
    attribution_prefixes,
    attribution_verbs,
    belief_verbs,
    first_person_entity,
    is_anonymous,
    question_labels,
    release_host,
    second_person_entity,
    speaker_sector,
)
from watchfloor.extract.context import DocContext, ItemMention, SourceAssignment
from watchfloor.extract.counterparts import (
    dateline_country,
    dominant_country,
    filed_country,
    home_country,
    is_report,
    main_country,
    names_region,
)
from watchfloor.extract.counts import MOVES, count_fits, counts_goods, counts_platforms, model_vouches
from watchfloor.extract.draft import COUNT_KINDS, Draft
from watchfloor.extract.entities import find_entities
from watchfloor.extract.entities_lexicon import lexicon
from watchfloor.extract.entities_trie import normalize, spaced_alternation, trie_pattern
from watchfloor.extract.event_parts import (
    CLAUSE_AND,
    casualty_parts,
    civilians_of,
    deployed_counts,
    located_parts,
    passive_subject_parts,
    sent_with_forces,
    split_examples,
    state_sector,
)
from watchfloor.extract.know_how import (
    CLAUSE_STOPS,
    complement_start,
    given_to,
    help_is_noun,
    helper_entity,
    is_help,
    technical_help,
)
from watchfloor.extract.lexicon_match import (
    Trigger,
    aged_person,
    civilian_head,
    forms_of,
    item_lexicon,
    number_words,
    separable_particle_after,
    trigger_lexicon,
)
from watchfloor.extract.mentions import EntityMention, QuantityMention, TimeMention
from watchfloor.extract.own_forces import home_armed_group, state_forces_subject
from watchfloor.extract.segment import Segment
from watchfloor.extract.sides import adversary_of, issuer_country
from watchfloor.extract.timex import find_times
from watchfloor.lexicons import load

ACTOR_IS_AGENT = {"CASUALTY"}  # for these the demonym of the people counted is the victim
DEFAULT_TOTAL = {"DEPLOY", "CASUALTY", "TRANSFER", "DEMOLISH", "FORTIFY"}


# "casualties, including killed and wounded": a gloss naming the kinds of a toll just told
_KINDS_GLOSS = re.compile(
    r"\b(?:casualties|losses|toll)\s*,?\s*(?:including|both|i\.e\.,?|that\s+is,?)\s+\Z", re.IGNORECASE
)


def _names_force(item: ItemMention, name_end: int) -> bool:
    """The item is the head word that closes a force's name ("the army", "the Zambia Army")."""
    return item.end == name_end and item.text.lower() in item_lexicon().force_names


def sentence_drafts(
    ctx: DocContext,
    index: int,
    sent: Segment,
    triggers: list[Trigger],
    state: dict,
) -> list[Draft]:
    """All draft claims of one sentence (see module docstring)."""
    lex = trigger_lexicon()
    if _section_heading(ctx, index, sent):
        # "RED SEA" after a "BLACK SEA" section: another story; its strikes are not dated by the last one's
        state.pop("lead_time", None)
        state.pop("last_time", None)
    if _opens_question_turn(ctx, sent, state):
        # a reporter's question opens a topic of its own: the strikes asked about next are not done
        # by the side the last answer spoke of
        state.pop("last_actor", None)
        state.pop("last_launcher", None)
    # "called for talks", "what it called a missile": no trigger, so no object search stops at it
    triggers = [t for t in triggers if t.lower not in lex.naming_verbs or names_something(ctx, t)]
    # "designated four entities", not "all designated targets"
    triggers = [t for t in triggers if t.lower not in lex.object_first or _object_first(ctx, t)]
    # "three hostages were freed", "two hostages were killed": the people of the verb after, not a capture
    triggers = [
        t
        for t in triggers
        if t.lower not in lex.held_nouns
        or not (lex.freed_after.match(ctx.text, t.end) or _HELD_THEN_HARMED.match(ctx.text, t.end))
    ]
    answer = elliptical_answer(ctx, index) if triggers and _is_question(ctx, sent) else None
    if not triggers or _is_question(ctx, sent) and answer is None:
        _remember_time(ctx, sent, para_of(ctx, index), state)
        return []
    g = grammar()
    para = ctx.seg.sentence_paragraph[index]
    tok_lo = ctx.tok_at(sent.start)
    tok_hi = ctx.tok_at(sent.end)
    # the dateline's place ("HERAT, Afghanistan (May 14) —") is where the report was filed, not a party
    entities = [
        e
        for e in ctx.in_sentence(ctx.entities, sent)
        if e.start >= ctx.dateline_end and not _TOLD_BEFORE.search(ctx.text, max(sent.start, e.start - 12), e.start)
    ]  # "told the AFP news agency", "told Reuters": who is told is no party to the event
    items = ctx.in_sentence(ctx.items, sent)
    items = [it for it in items if not _ROUND_OF.match(ctx.text, it.start)]  # "another round of balloons"
    # "two guards employed by a security contractor were shot dead": the employer is no party
    items = [it for it in items if not _EMPLOYER_BEFORE.search(ctx.text, max(sent.start, it.start - 48), it.start)]
    named = [(e.start, e.end) for e in entities if e.kind in ("country", "org") and " " in e.text]
    if named:  # "People" of "the Democratic People's Republic of Korea" is a word of a name
        # but a force's name ends in its head ("the Zambia Army", "the Kenya Defence Forces"): that is the force
        items = [
            it for it in items if not any(s <= it.start and it.end <= e and not _names_force(it, e) for s, e in named)
        ]
    # "advanced arms technologies": a front-moving form without forces before it is no trigger, so
    # no object search stops at it
    triggers = [t for t in triggers if _has_its_subject(ctx, t, items, lex)]
    # "its elite Storm Corps": a capitalised trigger inside a name in running text (not a title-case
    # headline) is no trigger, so no object search stops at it; nor is a word of a speaker's name
    # ("the Britain-based war monitor said")
    triggers = [
        t
        for t in triggers
        if not (_inside_name(ctx, t, tok_lo, tok_hi) and ctx.tokens[t.tok_start - 1].lower.islower())
        and not ctx.is_speaker(t.start, t.end)
        and not _ends_named_body(ctx, t, entities)
    ]
    sentence_lower = ctx.text[sent.start : sent.end].lower()
    drafts: list[Draft] = []
    for trig in triggers:
        noun = _is_noun(ctx, trig, tok_lo)
        if (
            noun
            # "shooting at", "firing on": a gerund whose preposition the trigger holds (not "calling on")
            and (trig.lower.endswith("ing") or _gerund(trig) and any(t == "ATTACK" for t, _ in trig.readings))
            and (
                trig.lower in lex.help_verbs
                or (all(pos == "verb" for _, pos in trig.readings) and token_before(ctx, trig.start) in _GERUND_PREPS)
                or (token_before(ctx, trig.start) in _GERUND_PREPS and _gerund_object(ctx, trig, items, g))
                # "denied sending drones to Russia" (not "were reported missing": no verb reads "missing")
                or (token_before(ctx, trig.start) in g.gerund_verbs and any(pos == "verb" for _, pos in trig.readings))
            )
        ):
            noun = False  # "suspected of helping Russia improve", "accused X of supplying the RSF": a gerund
        verb_as_noun = noun and all(pos == "verb" for _, pos in trig.readings)
        if (
            verb_as_noun
            and not _counted_toll(ctx, trig)
            and trig.lower not in lex.foreseen_nouns
            and _counted_among(ctx, trig, items) is None  # "an official was among those killed"
        ):
            continue  # "the shells Russian forces fire": a verb form used as a noun ("the fighting" is read on)
        if noun and _infinitive(ctx, trig, tok_lo, tok_hi, g):
            continue  # "urged Beijing to exercise restraint": a noun form used as a verb
        if noun and _PARTITIVE.fullmatch(ctx.text, sent.start, trig.start) and ctx.text.startswith(",", trig.end):
            continue  # "Of the casualties, about 300 soldiers are believed to have died": the set told before
        if noun and _fronted_reference(ctx, trig, sent):
            continue  # "Following the attack, Houthi TV reported ...": the attack told before
        if any(pos == "noun" for _, pos in trig.readings) and _framing_noun(ctx, trig, sent, triggers):
            continue  # "In a separate attack, an RSF drone struck a market": the verb after tells it
        if noun and _set_counted_from(ctx, trig, triggers):
            continue  # "two of the wounded later died": the set the count is taken from
        casualty_noun = noun and any(etype == "CASUALTY" for etype, _ in trig.readings)
        if casualty_noun and _UNGIVEN_TOLL.search(ctx.text, max(sent.start, trig.start - 60), trig.end):
            continue  # "It did not give a casualty figure": no word on casualties, no claim of none
        if casualty_noun and _kin_of_the_dead().search(ctx.text, max(sent.start, trig.start - 30), trig.start):
            continue  # "a lawmaker, citing families of the dead, said": the dead's kin, no toll told
        if noun and _KINDS_GLOSS.search(ctx.text, max(sent.start, trig.start - 60), trig.start):
            continue  # "some 4,000 casualties, including killed and wounded": what the toll counts, no toll
        if trig.tok_end < tok_hi and ctx.tokens[trig.tok_end].lower in g.compound_heads:
            # not "Iran sent drones to Russia": an irregular past tense right after its subject
            subject_before = not noun and trig.tok_start > tok_lo and _subject_ends_before(ctx, trig, entities, items)
            # ("flew drones", "will fly drones": a past tense in -ew, or a flight's base form after a modal, is
            # a verb; "to replace units" is left a modifier, as most bare forms before such heads are)
            before = token_before(ctx, trig.start)
            verb_form = (
                trig.lower.endswith(("s", "ed", "ing", "en", "wn", "ew"))
                or (trig.lower in lex.drone_flights and before in g.verb_openers)
                or before in g.perfect_aux  # "Iran has sent drones to Russia"
            )
            if (noun or not verb_form) and not subject_before:
                continue  # "a military police training school", "eight IRIS-T fire units": a modifier
        if (
            not noun
            and trig.lower in ("shell", "shells")
            and trig.tok_end < tok_hi
            and ctx.tokens[trig.tok_end].lower in g.be
        ):
            continue  # "the North Korean shells were fired": the munition, the subject of its own verb
        bare_verb = not noun and not trig.lower.endswith(("s", "ed", "ing", "en"))
        if bare_verb and trig.tok_end < tok_hi and ctx.tokens[trig.tok_end].lower in grammar().verb_compound_heads:
            continue  # "P-3C patrol aircraft": a kind of aircraft
        if noun and _inside_name(ctx, trig, tok_lo, tok_hi):
            continue  # "the Fire Relief Housing program": a word of a name
        if not noun and _ends_a_name(ctx, trig, tok_lo):
            continue  # "told Demo Monitor that": an outlet's name, not "monitor"
        if (noun or trig.lower.endswith("ing")) and _modifies_next(trig, triggers):
            continue  # "a training exercise": one event, named by its head noun
        if trig.lower in _CALL_FOR and _people_called_to_act(ctx, trig, items):
            continue  # "called for all occupants to exit the buildings": an order to people present, no claim
        if trig.lower.startswith("taken to") and _AFTER_BEING.search(ctx.text, max(0, trig.start - 30), trig.start):
            continue  # "three succumbed to injuries after being taken to hospital": the same people
        passive = not noun and is_passive(ctx, trig, tok_lo)
        drone_used = _drone_used_to(ctx, trig, items, lex)
        if drone_used is not None:
            # "used quadcopters to drop grenades on a post": the drop is the attack, the drones its means;
            # "is using drones to monitor the area": the watch
            drafts = [d for d in drafts if not (d.type == "LAUNCH" and d.obj is drone_used)]
        elif _absorbed(ctx, trig, drafts, noun, tok_lo, g):
            continue
        if noun and drafts and _DESCRIBED_AS.search(ctx.text, max(sent.start, trig.start - 40), trig.start):
            continue  # "killed two suspects after what the army described as an exchange of fire": that act's name
        if not noun and _event_subject(ctx, trig, drafts):
            continue  # "the strikes targeted underground storage": the strikes' own claim says it
        transfer_only = all(etype == "TRANSFER" for etype, _ in trig.readings)
        if transfer_only and trig.lower.endswith("s") and _site_does(ctx, trig, sent, g):
            continue  # "The refinery ... supplies fuel to the Russian army": what the target does
        if not noun and passive and trig.lower in lex.strict_verbs and _approved_event(ctx, trig, drafts, entities):
            continue  # "The transfer of 12 Patriot interceptors to Kyiv was approved by the German government"
        obj = object_item(ctx, trig, items, tok_hi, triggers, passive, noun)
        if not noun and trig.lower in lex.fortified_with:
            built = _barrier_with(ctx, trig, items)
            if built is None and _replacing(trig) and obj is not None and obj.cls == "barrier":
                obj = None  # "built a wall ..., replacing the chain-link fence": the fence replaced, none built
            obj = built or obj  # "reinforced with earth-filled barriers"
        if obj is not None and obj.cls != "personnel":
            # "captured a Taliban weapons facilitator", "killed a drone operator": the person the thing names
            head = next((it for it in items if it.cls == "personnel" and it.start == obj.end + 1), None)
            if head is not None and ctx.text[obj.end] == " " and _ROLE_NOUN.search(head.text):
                obj = head
        elif obj is not None and not noun and obj.start > trig.end:
            # "destroyed a rebel training camp", "razed 14 bandit camps": the people name whose place it is
            obj = next((it for it in items if it.cls in _HELD_PLACES and _held_by(ctx, obj, it)), obj)
        if obj is None and not noun and trig.lower in lex.shot_down and _OF_THEM_AFTER.match(ctx.text, trig.end):
            obj = state.get("last_launched")  # "Russia launched 120 drones ... Air defences shot down 80 of them"
        if (obj is None or obj.cls != "personnel") and not noun and any(t == "CASUALTY" for t, _ in trig.readings):
            # "a warehouse in the city, but no one was injured": the pronoun, not the place, was hurt
            intransitive = (  # "he died in hospital"; "he would surrender" tells of no casualty
                not passive
                and trig.lower in lex.subject_victims
                and lex.casualty_items.get(trig.lower) in ("killed", "wounded")
            )
            obj = pronoun_victim(ctx, trig, tok_lo, passive, intransitive) or obj
        if obj is None and not noun and not passive and trig.lower in lex.money_verbs:
            obj = _money_given(ctx, trig, entities)  # "pledged $500 million to Ukraine": money given
        sent_else = obj is None and not noun and not passive and other_object_first(ctx, trig, items, g)
        if sent_else:
            continue  # "sent a letter to President Biden": what was sent is no force and no arms
        if obj is None and not noun and not passive:
            obj = _relative_object(ctx, trig, items, entities) or _subject_thing(ctx, trig, items)
        if obj is not None and not noun and trig.lower in lex.strict_verbs and _event_noun_between(trig, obj, triggers):
            obj = None  # "announced the launch of a missile": the launch is announced, no missile is given
        if not noun and trig.lower in lex.seizures and obj is not None and obj.cls != "personnel":
            if not _seizure_told(ctx, trig, obj, passive, g):
                continue  # "most rifles seized in the state", "the seized rifles": arms described, no seizure told
        if not noun and trig.lower in lex.strict_verbs and _THAT_CLAUSE.match(ctx.text, trig.end):
            obj = None  # "announced last week that a Patriot battery will move": the clause tells its own event
        if not noun and trig.lower in lex.strict_verbs and _DECISION_AFTER.match(ctx.text, trig.end):
            obj = None  # "approved a recommendation that the carrier remain": a decision, nothing given
        if obj is not None and not noun and _training_between(trig, obj, triggers):
            obj = None  # "have been receiving training in artillery": training, not artillery, is given
        if not noun and trig.lower in lex.interceptions and _in_flight(obj, trig, items):
            # "destroyed 42 Ukrainian drones": an interception, told as the drones' launch; "destroyed two
            # missiles that were prepared to launch": a strike on them
            etype = "ATTACK" if _before_launch(ctx, obj) else "LAUNCH"
        else:
            etype, obj = _choose_type(ctx, trig, noun, obj, items, entities, sentence_lower, lex, passive)
        if etype == "ATTACK" and noun and trig.lower in g.incursion_nouns and obj is not None and obj.cls in _DRONES:
            etype = "LAUNCH"  # "recorded 37 incursions of unmanned aerial vehicles into the national airspace"
        if drone_used is not None and trig.lower not in _DROP_FORMS:
            etype, obj = "SURVEIL", drone_used  # "using drones to monitor the area": the drones watch it
        if etype == "TRANSFER" and passive and _dropped_by_aircraft(ctx, trig, obj, items):
            etype = "ATTACK"  # "More than 30 precision-guided munitions were delivered by U.S. aircraft": a strike
        if trig.lower in lex.work_places and any(d.type == "ATTACK" and not d.noun for d in drafts):
            continue  # "struck army drone workshops, fuel depots": a target of the strike, no work told
        if etype == "DEMOLISH" and not noun and not passive and _struck_by_weapon(ctx, trig, items, triggers):
            etype = "ATTACK"  # "a Russian missile destroyed a bridge": a strike, not a demolition
        elif etype == "DEMOLISH" and not noun and not passive and _armed_doer(ctx, trig, items):
            etype = "ATTACK"  # "militants have already blown up the bridges": sabotage, not works taken down
        elif etype is None and not noun and not passive and _wrecked_by_weapon(ctx, trig, items):
            etype = "ATTACK"  # "two rockets destroyed a warehouse", "explosive charges damaged 11 villas"
        if (
            etype in ("LAUNCH", "ATTACK")
            and not noun
            and trig.lower.endswith("ing")
            and token_before(ctx, trig.start) == ","
            and any(d.type == "EXERCISE" for d in drafts)
        ):
            continue  # "staged a maritime firing drill, firing some 400 rounds": the drill's own firing
        if etype in ("LAUNCH", "ATTACK") and not noun and _shells_into_sea(ctx, trig, obj, sent):
            etype = "EXERCISE"  # "fired some 90 artillery rounds into the sea": firing drills (the gold's reading)
        elif etype == "LAUNCH" and not noun and obj is not None and obj.name == "artillery shell":
            etype = "ATTACK"  # "fired artillery shells at three positions": shelling; only missiles are launched
        if etype is None:
            continue
        if (
            etype == "EXERCISE"
            and trig.lower.startswith("train")
            and obj is not None
            and civilian_head(obj)
        ):
            continue  # "will train 5,000 nurses": schooling, not a drill of forces
        if (
            etype == "DEPLOY"
            and passive
            and obj is not None
            and ctx.tok_at(obj.end) == trig.tok_start
            and _SUFFERED_AFTER.match(ctx.text, trig.end, sent.end)
        ):
            continue  # "100 North Korean soldiers stationed in Russia have died": who died, told by the toll
        if (
            etype == "ATTACK"
            and passive
            and obj is not None
            and ctx.tok_at(obj.end) == trig.tok_start
            and _REPAIRED_BEFORE.search(ctx.text, max(sent.start, obj.start - 40), obj.start)
        ):
            continue  # "restoring roads and buildings damaged in the fighting": repair work, no strike
        if etype == "DEPLOY" and not noun and trig.lower in lex.subject_movers and _moved_already(obj, drafts):
            continue  # "detected 19 Chinese aircraft operating around the island": one deployment, told once
        if (
            etype == "ATTACK"
            and trig.lower.startswith("clash")
            and _CROWD_NEAR.search(ctx.text, max(sent.start, trig.start - 40), min(sent.end, trig.end + 30))
            and not _clash_weapons().search(ctx.text, trig.start, min(sent.end, trig.end + 60))
        ):
            continue  # "protesters clashed with police": unrest, no armed attack (not "clashed with machetes")
        if etype == "ATTACK" and trig.lower.startswith("target") and _PENALTY_BEFORE.search(
            ctx.text, max(sent.start, trig.start - 80), trig.start
        ):
            continue  # "new sanctions targeting five individuals": a penalty, not a strike
        if etype == "ATTACK" and not noun and trig.lower.startswith("target") and _exercise_before(trig, drafts):
            continue  # "staging a firepower annihilation drill targeting the DPRK": rehearsed, not done
        intercepted = etype == "LAUNCH" and (trig.lower in lex.shot_down or trig.lower in lex.interceptions)
        if etype == "LAUNCH" and not intercepted and obj is not None and obj.cls in _FIRED_CLASSES:
            state["last_launched"] = obj
        if etype == "LAUNCH" and not noun and _launches_an_attack(ctx, trig, triggers):
            continue  # "launched a combined missile and drone strike": the strike is the claim
        if etype == "DEVELOP" and _prepares_for_event(ctx, trig, triggers):
            continue  # "no signs of preparations for an imminent missile launch": the launch is the claim
        readied = (
            etype == "DEVELOP"
            and not noun
            and obj is not None
            and trig.lower.startswith(("prepar", "readied", "primed"))
            and _READIED_TO_FIRE.match(ctx.text, trig.end)
        )
        if readied:
            etype = "LAUNCH"  # "missiles that were prepared to launch against ships": a launch readied
        facility = _facility_for().search(ctx.text, max(sent.start, trig.start - 40), trig.start) if noun else None
        if etype == "DEVELOP" and facility is not None:
            continue  # "struck a site for the production of precision missiles": a target named, no work told
        draft = Draft(etype, trig, index, para, noun, trig.start, trig.end, obj=obj, passive=passive)
        told_before = _THESE_BEFORE.search(ctx.text, max(sent.start, trig.start - 30), trig.start)
        if etype == "EXERCISE" and noun and told_before and obj is not None and "," in ctx.text[trig.end : obj.start]:
            continue  # "Despite these dangerous manoeuvres, the supply boat completed": no drill of the boat
        if intercepted and (_attributive(ctx, trig, g) or _launched_after(ctx, trig, obj, triggers)):
            continue  # "debris from a downed drone"; "intercepted a missile launched from Yemen": the launch's
        draft.light_verb = noun and _after_light_verb(ctx, trig, tok_lo, g)
        # a form opening its sentence has no subject, so it is the noun ("Protests began on Thursday")
        nominal = noun or _opens_sentence(ctx, trig, sent.start)
        if nominal and not draft.light_verb and trig.lower in lex.light_verb_nouns.get(etype, ()):
            continue  # "street protests in Tbilisi": no protest lodged by anyone
        attacker_before = state.get("last_actor")
        _attach_people(ctx, draft, entities, passive, state)
        if etype == "TRANSFER" and not noun and trig.lower in lex.seizures:
            _seizer_receives(ctx, draft, entities)
        if readied:
            # whose missiles were readied ("two Houthi anti-ship cruise missiles"), not who struck them
            owner = _owner_of(ctx, obj, entities)
            draft.actor, draft.actor_id, draft.recipient = None, owner.entity if owner else None, None
            draft.readied = True
        if etype == "LAUNCH" and noun and trig.lower in g.incursion_nouns and _observer_actor(ctx, draft, sent):
            draft.actor, draft.actor_id = None, None  # "The Armed Forces have recorded 37 incursions": who counts
            draft.recipient = draft.recipient or _national_airspace(ctx, draft, None)
        if etype == "ATTACK" and trig.lower in lex.foreseen_nouns and not _more_before(ctx, trig.start):
            # "Police in Maiduguri said clashes had flared again": fighting that broke out names no
            # striker and no side struck (the words before it are the speaker's), nor one for later claims;
            # sides of one kind named between the noun and its verb fight each other ("fighting between
            # the Yakumanda and Pokale clans broke out": PNG.REB against PNG.REB)
            sides = _outbreak_sides(ctx, trig, entities)
            draft.actor, draft.actor_id, draft.recipient = None, sides and sides.entity, sides
            state["last_actor"] = attacker_before
        if etype == "DEPLOY" and trig.lower in lex.host_verbs:
            _host_receives(ctx, draft, entities)
        if draft.type == "ATTACK" and draft.recipient is None and trig.lower.split()[0] in _TRADING_FIRE:
            draft.recipient = _other_party(ctx, draft, entities)  # "Pakistani and Afghan forces exchanged fire"
        if draft.type == "DEMOLISH" and draft.actor_id:
            owner = _other_sides_works(ctx, draft, entities)
            if owner is not None:  # "Pakistani troops destroyed three Afghan border posts": an attack
                draft.type, draft.recipient = "ATTACK", owner
        if draft.light_verb and _light_verb_after_and(ctx, trig, tok_lo, g):
            _subject_does_coordinated(ctx, draft, entities)
        if intercepted:
            _intercepted_roles(ctx, draft, entities, attacker_before)
            state["last_actor"] = draft.actor_id or attacker_before  # the interceptor is not the attacker
        sender = _sent_on_mission(trig, drafts) if etype == "ATTACK" and not noun else None
        if sender is not None:
            draft.actor, draft.actor_id = sender.actor, sender.actor_id
            if sender.type == "TRANSFER" and sender.obj.cls != "personnel":
                drafts.remove(sender)  # a country's own jets sent on a strike are not given away
        if trig.lower in lex.package_verbs and _pronoun_subject(ctx, trig) and not state.get("told_transfer"):
            continue  # "It includes a gym": no package told before
        # "announced a package for Ukraine that includes ...": the package told in this sentence
        package = next((d for d in reversed(drafts) if d.type == "TRANSFER" and d.actor_id), None)
        if trig.lower in lex.package_verbs and draft.actor_id is None and (package or state.get("last_transfer")):
            given = package or state["last_transfer"]  # "The package includes ...": the package told before
            draft.actor, draft.actor_id = given.actor, given.actor_id
            draft.recipient = draft.recipient or given.recipient
        if etype == "DEPLOY" and noun and draft.recipient is None and _further_deployment(ctx, trig):
            draft.recipient = state.get("deployed_to")  # "a third deployment": where the others went
        if is_help(trig):
            _help_parties(ctx, draft, entities)
            if noun:
                # "building a submarine with Russian help. It has also expanded ...": the helper named
                # in passing is not who "it" is next
                state["last_actor"] = attacker_before
        if trig.lower in lex.incursions and etype in ("LAUNCH", "DEPLOY"):
            _incursion_parties(ctx, draft, entities, index)
        if etype == "EXERCISE":
            party = _drill_party(ctx, draft, entities)
            if party is not None:  # "air drills between South Korea and the U.S.": who drills
                draft.actor, draft.actor_id = party, party.entity
                if draft.recipient is not None and draft.recipient.start >= party.start:
                    draft.recipient = None
        if etype == "EXERCISE" and draft.actor_id is None and draft.recipient is not None:
            if draft.recipient.kind == "demonym" and draft.recipient.entity:
                # "takeoffs and landings by fighters on the Chinese carrier": whose forces, not a target
                draft.actor, draft.actor_id, draft.recipient = draft.recipient, draft.recipient.entity, None
        if etype == "LAUNCH" and noun and obj is not None and lex.only_with["LAUNCH"].get(trig.lower) == _DRONES_ONLY:
            # "the state police have recorded 214 sightings of unidentified drones" (a launch noun told only of
            # drones): who saw them is no operator; only a side named on the drones is ("sightings of Russian drones")
            owner = next((e for e in entities if e.entity and trig.end <= e.start < obj.end), None)
            draft.actor, draft.actor_id = owner, owner.entity if owner is not None else None
        launcher = state.get("launchers", {}).get(obj.start) if obj is not None else None
        if etype == "LAUNCH" and noun and obj is not None and obj.end <= sent.start and launcher:
            # "The JCS did not rule out further launches": the launcher of the report's missiles, not the JCS
            draft.actor, draft.actor_id = None, launcher
        appeal = trig.lower in lex.needs_addressee and _appeal_to(ctx, trig)  # "... concerned and urged both sides to"
        if trig.lower in lex.needs_addressee and (passive and not appeal or not (_addressed(ctx, draft) or appeal)):
            continue  # "urged restraint", "have been urged to evacuate": no one is told anything
        _main_clause_actor(ctx, draft, drafts)
        if etype == "STATEMENT" and not noun and passive and not appeal and not _BY_AFTER.match(ctx.text, trig.end):
            continue  # "should be universally condemned", "was widely criticised": no one is said to speak
        if etype == "STATEMENT" and trig.lower in lex.speaker_subject_forms and not _speaker_subject(ctx, trig, g):
            if not (trig.lower.startswith("threat") and _carrier_subject(ctx, trig, lex)):
                continue  # "growing demand for the vaccine", "the crisis demands urgent action": no one speaks
            draft.recipient = draft.recipient or _threatened_people(ctx, trig)
        if etype == "STATEMENT" and not noun and _first_person_before(ctx, trig, g):
            # "We again call on Russia to end ...": the issuer speaks, not the party addressed
            draft.actor, draft.actor_id = None, first_person_entity(ctx, trig.start)
        if etype == "CASUALTY" and noun and _left_untold(ctx, trig.start):
            continue  # "He did not mention any injuries", "does not publish casualty figures": no toll told either way
        if _counted_untold(ctx, trig, draft.obj):
            continue  # "have not disclosed the number of troops involved": no figure told, nothing claimed
        if _continues_statement(ctx, draft, drafts):
            continue  # "North Korea condemned the drills, calling them a threat and warning of ...": one statement
        if etype == "STATEMENT" and trig.lower in lex.summoning_forms and _statement_after(trig, triggers):
            continue  # "summoned the Russian ambassador and condemned the violation": the protest is the statement
        drafts.append(draft)
    drafts = _blamed_acts(ctx, drafts, triggers, entities, index, para, state)
    drafts = _drop_accusations_of_acts(ctx, _drop_helped_work(ctx, _drop_objects_of_same_type(drafts), entities))
    _means_of_casualties(ctx, drafts)
    _victims_of_attacks(drafts)
    _share_victims(drafts)
    _participle_noun_actor(ctx, drafts)
    _of_them(ctx, drafts)
    quantities = ctx.in_sentence(ctx.quantities, sent)
    _attach_quantities(ctx, drafts, quantities)
    drafts = _strength_in_apposition(ctx, drafts, quantities)
    drafts = _burning_joins_attack(ctx, drafts, lex)
    drafts = _relative_subject_of_casualty(ctx, drafts)
    drafts = _one_fortification(ctx, drafts)
    _more_of_the_same(ctx, drafts)
    times = ctx.in_sentence(ctx.times, sent)
    _attach_times(ctx, drafts, times, sent, triggers)
    _join_days(ctx, drafts, times)
    _since_the_act(ctx, drafts, sent, state)
    if _continues_story(ctx, sent, para, state):
        for draft in drafts:
            if draft.time is None and not draft.war_toll:  # (a war's toll is not the day's)
                draft.time = state.get("last_time")
                draft.time_borrowed = True
    _record_date(ctx, drafts, sent)
    _lead_time(ctx, drafts, para, state)
    _days_before(ctx, drafts, sent, state)
    _remember_time(ctx, sent, para, state)
    _remember_attack_time(drafts, state)
    _pronoun_sufferer(ctx, drafts)
    _between_parties(ctx, drafts, entities)
    _goods_origin(ctx, drafts, entities)
    _war_backed(ctx, drafts, entities)
    _carry_recipient(ctx, drafts, state)
    _civilians_in_dominant_country(ctx, drafts)
    for d in drafts:  # who launched each missile item told, for later bare references to the launch
        if d.type == "LAUNCH" and d.actor_id and d.obj is not None and d.obj.start >= sent.start:
            state.setdefault("launchers", {})[d.obj.start] = d.actor_id
        if d.type == "DEPLOY" and d.recipient is not None and d.recipient.entity:
            state["deployed_to"] = d.recipient
        if d.type == "DEPLOY" and d.actor_id and d.obj is not None:
            state.setdefault("deployers", {})[d.obj.name] = d.actor_id  # for "Of the aircraft, 90 crossed"
        if d.type == "TRANSFER" and d.actor_id and d.recipient is not None:
            state["last_transfer"] = d
        if d.type == "TRANSFER":
            state["told_transfer"] = True
    out: list[Draft] = []
    # a toll's strikes named with "the" refer back only to strikes the report has told already
    tolls = any(d.type == "CASUALTY" for d in drafts) and state.get("attacks_told", False)
    if any(d.type in ("ATTACK", "LAUNCH") for d in drafts):
        state["attacks_told"] = True
    for draft in drafts:
        if draft.trigger.lower in lex.need_count and draft.quantity is None:
            inflicted = draft.trigger.lower == "losses" and _INFLICTED_LOSSES.search(
                ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start
            )
            feared = token_before(ctx, draft.trigger.start) in lex.counted_dead_by  # "are feared dead"
            foreseen = draft.type == "ATTACK" and _further_foreseen(ctx, draft)  # "further shootings will occur"
            if (
                not inflicted
                and not feared
                and not foreseen
                and not _lost_people(ctx, draft)
                and not _body_found(ctx, draft)
                and not _no_forces_present(ctx, draft)
                and not _vaguely_counted_state(ctx, draft)
                and not _AMONG_THE.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
            ):
                continue  # "inflicted heavy losses on the militia" tells casualties without a count
        if (
            draft.type == "ATTACK"
            and draft.noun
            and draft.quantity is None
            and _SINCE_AFTER.match(ctx.text, draft.trigger.end)
            and any(d.type == "CASUALTY" and d.trigger.start > draft.trigger.end for d in drafts)
        ):
            continue  # "Israeli strikes since the start of the month had killed 14 people": a tally's span
        if (
            draft.type == "ATTACK"
            and draft.noun
            and draft.quantity is None
            and draft.trigger.lower.endswith("s")
            and _TALLY_VERB.match(ctx.text, _phrase_end(ctx, draft))
        ):
            continue  # "Russian attacks on Kherson have killed more than 700 civilians": a running tally
        if tolls and draft.type == "ATTACK" and draft.noun and draft.quantity is None and _DEFINITE_BEFORE.search(
            ctx.text, max(sent.start, draft.trigger.start - 30), draft.trigger.start
        ):
            continue  # "the strikes killed at least three people": the toll's means, told before
        if (
            draft.type == "CASUALTY"
            and draft.quantity is None
            and draft.obj is not None
            and draft.obj.tok_start == draft.trigger.tok_end
            and draft.trigger.lower.endswith("ed")
            and draft.trigger.tok_start > 0
            and _ADJECTIVE_LEFT.fullmatch(ctx.tokens[draft.trigger.tok_start - 1].lower) is not None
        ):
            continue  # "killed and permanently wounded troops": a label of people, no toll told
        if draft.noun and draft.trigger.lower in lex.held_nouns and draft.quantity is None and not draft.light_verb:
            continue  # "met the families of hostages"
        if (
            draft.noun
            and draft.trigger.lower in lex.held_nouns
            and lex.freed_by.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
        ):
            continue  # "exchanged 150 prisoners", "the release of 33 hostages": people freed, not taken
        _finish(ctx, draft, sent, index)
        _forces_of_speaker(ctx, draft, sent)
        if draft.type == "ATTACK":
            _striker_of_referenced_noun(ctx, draft, sent, state)
        if draft.noun and draft.modality == "asserted":
            _scheduled(ctx, draft, sent)
        if draft.intercepted and draft.quantity is None:
            continue  # "intercepted the missile": the launch told elsewhere; only tallies are kept
        if _launch_of_strike(ctx, draft, drafts):
            continue  # "A drone launched by the RSF struck a market": the strike is the claim
        if draft.intercepted and draft.recipient is None and draft.source is not None and draft.source.entity:
            country = draft.source.entity.split(".")[0]
            if country != (draft.actor_id or "").split(".")[0] and country != "IGO":
                # "the governor of Russia's Saratov region said 32 drones had been downed": over Russia
                src = draft.source
                draft.recipient = EntityMention(src.start, src.end, src.text, country, "country")
        if draft.intercepted and draft.obj is not None:
            launched = [d.trigger.start for d in drafts if d.type == "LAUNCH" and d.trigger.start >= draft.obj.end]
            if launched and draft.quantity is not None and draft.quantity.end <= draft.obj.start:
                # "shot down 25 of the 40 drones launched": "of the 40 drones launched" is the launch's claim
                draft.ev_end = min(draft.ev_end, draft.quantity.end)
        if _UNSAID.search(ctx.text, max(sent.start, draft.trigger.start - 120), draft.trigger.start) or (
            _WITHOUT_GIVING.search(ctx.text, max(sent.start, draft.trigger.start - 10), draft.trigger.end)
        ):
            continue  # "it did not say what the remaining drones had hit": nothing is claimed
        if _PREVENTED.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start):
            continue  # "takes every precaution to prevent harm to civilians": what is avoided, not done
        if _rehearsed(ctx, draft, sent):
            continue  # "drills simulating a blockade ... and strikes on key targets": rehearsed, not done
        if draft.type in ("ATTACK", "LAUNCH") and _ability().search(
            ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start
        ):
            continue  # "systems able to hit the aircraft before they release their bombs": a capability
        if draft.noun and _reaction().search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start):
            continue  # "said he was appalled by the attack on the camp": a reaction to an attack told elsewhere
        if (
            draft.type == "DEPLOY"
            and draft.trigger.lower.startswith("remain")
            and any(d.type == "CASUALTY" and d.trigger.end <= draft.trigger.start for d in drafts)
        ):
            continue  # "two soldiers captured by Ukrainian forces remain in Kyiv": prisoners, not a deployment
        if (
            draft.type == "CASUALTY"
            and draft.noun
            and draft.quantity is None
            and _TREND_AFTER.match(ctx.text, draft.trigger.end, sent.end)
        ):
            continue  # "casualties dropped sharply after the units were pulled back": a trend, no toll
        if (
            draft.noun
            and draft.type in state.get("types_told", ())
            and _ORDINAL_BEFORE.search(ctx.text, max(sent.start, draft.trigger.start - 50), draft.trigger.start)
        ):
            continue  # "the North's third ballistic missile launch this year": the launch told, counted in a series
        if (
            draft.noun
            and not draft.quantity
            and _RESPONSE_TO.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
        ):
            continue  # "could respond to the exercise by launching cruise missiles": the exercise told before
        if draft.noun and not draft.light_verb and modality.is_demanded(ctx.text, sent.start, draft.trigger.start):
            continue  # "urged allies to speed up deliveries of air defence systems": asked for, not told
        if (draft.noun or draft.trigger.lower.endswith("ed")) and modality.is_asked_for(
            ctx.text, sent.start, draft.trigger.start
        ):
            continue  # "called for expanded production": what is asked for (an -ed form there is an adjective)
        gerund = draft.trigger.lower.endswith("ing")  # "agreed to halt Kashmir firing": a noun in all but form
        if (
            gerund
            and not draft.noun
            and _STOPPED_BEFORE.search(ctx.text, max(sent.start, draft.trigger.start - 20), draft.trigger.start)
        ):
            continue  # "until Hezbollah stopped firing": what is to stop or has stopped, not an attack
        if draft.type == "SURVEIL" and draft.passive and _DOING_AFTER.match(ctx.text, draft.trigger.end):
            continue  # "soldiers have been observed laying mines": what they were seen doing is the claim
        if draft.type == "ATTACK" and draft.noun and (
            _ABSTRACT_TARGET_AFTER.match(ctx.text, draft.trigger.end)
            or _ABSTRACT_UNDER_ATTACK.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
        ):
            continue  # "an assault on the country's transition to democracy", "wherever democracy is under attack"
        endangers = draft.trigger.lower.startswith("threat") and _ENDANGERS.match(ctx.text, draft.trigger.end)
        if draft.type == "STATEMENT" and endangers:
            continue  # "cyberattacks ... threatening the safety and security of Americans": a danger, no threat said
        if (
            draft.type == "LAUNCH"
            and draft.trigger.lower.startswith("us")
            and draft.obj is not None
            and _TECH_AFTER.match(ctx.text, draft.obj.end)
        ):
            continue  # "its launch using ballistic missile technology": what the launch used, no launch of missiles
        if draft.trigger.lower.endswith("ing") and _PURPOSE_BEFORE.search(
            ctx.text, max(sent.start, draft.trigger.start - 30), draft.trigger.start
        ):
            continue  # "four operations aimed at capturing Taliban leaders": the aim, not an event told
        if (
            draft.type == "STATEMENT"
            and not draft.noun
            and draft.trigger.lower in lex.naming_verbs
            and draft.trigger.lower.endswith("ing")
            and token_before(ctx, draft.trigger.start) == ","
            and any(d.type == "STATEMENT" and d.sentence == draft.sentence for d in out)
        ):
            continue  # "lodged a protest with North Korea, calling the launch a threat": one statement
        if (
            draft.noun
            and draft.quantity is None
            and not draft.light_verb
            and _SUCH_AS.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
        ):
            continue  # "lack understanding of modern warfare, such as drone attacks": a kind, no event
        if (draft.noun or gerund) and _halted().search(
            ctx.text, max(sent.start, draft.trigger.start - 120), draft.trigger.start
        ):
            continue  # "urged Israel to halt its attacks": the attacks are what is to stop, told elsewhere
        if (
            draft.noun
            and not draft.light_verb
            and _COMPARED.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
        ):
            continue  # "in one of the deadliest attacks this year": the class it is compared with
        if (
            draft.type == "CASUALTY"
            and draft.trigger.lower in lex.held_forms
            and any(
                d.type == "CASUALTY" and d.trigger.end <= draft.trigger.start and d.trigger.lower not in lex.held_forms
                for d in out
            )
        ):
            continue  # "A pilot taken hostage at Paro in 2023 was held for about 19 months": that capture's length
        if (
            draft.type == "ATTACK"  # (not only nouns: "a \"cowardly\" attack" after the quote reads as a verb)
            and draft.quantity is None
            and _ON_AFTER.match(ctx.text, draft.trigger.end)
            and _label_before().search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
        ):
            continue  # 'condemned the ambush as "an attack on the nation's heritage"': a judgement of it
        if (
            draft.noun
            and out
            and _SUPERLATIVE_LABEL.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
        ):
            continue  # "launched 728 drones ... in the largest aerial attack of the war": a label of that launch
        if draft.type == "STATEMENT" and _demand_told_otherwise(ctx, draft, drafts):
            continue  # "called for expanding the production of launchers": the act demanded is the claim
        if draft.modality != "negated" and (
            _role_before(ctx, draft, drafts, sent)
            or _ROLE_VERB.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
            or (
                not draft.noun
                and draft.trigger.lower.endswith("s")
                and draft.trigger.lower not in lex.standing_force  # "which has about 10,000 troops in Congo"
                and _RELATIVE_BEFORE.search(ctx.text, max(sent.start, draft.trigger.start - 30), draft.trigger.start)
            )
        ):
            continue  # "a Taliban leader who coordinates IED attacks", "a facilitator who supplies weapons": a role
        if (
            draft.quantity is None
            and not draft.noun
            and draft.actor is None  # not "a boy whose parents were killed by Hamas": the act has its doer
            and _WHOSE_BEFORE.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
        ):
            continue  # "food for families whose houses were burned": people named by what befell them before
        if draft.modality != "negated" and _ANY_BEFORE.search(
            ctx.text, max(sent.start, draft.trigger.start - 30), draft.trigger.start
        ):
            continue  # "would pay a heavy price for any further fire": an event that may never come
        if (
            draft.noun
            and draft.type in ("ATTACK", "LAUNCH")
            and draft.obj is None
            and draft.quantity is None
            and _RESPONSIBILITY_FOR.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
            and not _DENIED_PART.search(ctx.text, max(sent.start, draft.trigger.start - 80), draft.trigger.start)
            and (state.get("attacks_told") or any(d is not draft and d.type in ("ATTACK", "LAUNCH") for d in drafts))
        ):
            continue  # "claimed responsibility for the attack, saying it had targeted a ship": told in its own words
        if (
            draft.noun
            and draft.quantity is None
            and (draft.obj is None or draft.obj.end <= draft.trigger.end)
            and not (draft.time is not None and not draft.time_borrowed)
            and _TOPIC_BEFORE.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
        ):
            continue  # "summoned the British ambassador over the strikes": the strikes told before, a topic
        if draft.type == "CASUALTY" and _HARM_AVERTED.search(
            ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start
        ):
            continue  # "took steps to mitigate harm to civilians": harm averted, none done
        if draft.type == "DEVELOP" and draft.noun and _prepares_strike(ctx, draft.trigger):
            continue  # "the preparation for an Israeli attack on Iran": an attack readied, no weapon developed
        if _HOW_MANY.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start):
            continue  # "gave no further details, including how many were fired": a question, no claim
        if _FOREGONE.search(ctx.text, max(sent.start, draft.trigger.start - 30), draft.trigger.start):
            continue  # "sent teams to collect the debris rather than shoot the balloons down": not done
        joined = next(
            (
                d
                for d in out
                if d.type == draft.type
                and not d.noun
                and not draft.noun
                and (d.obj is None or draft.obj is None or (d.obj.start, d.obj.end) == (draft.obj.start, draft.obj.end))
                and _VERBS_JOINED.fullmatch(ctx.text, d.trigger.end, draft.trigger.start)
            ),
            None,
        )
        if joined is not None:
            if joined.obj is None:  # "could send or deploy more troops": one object, one event
                joined.obj, joined.item = draft.obj, draft.item
            joined.ev_end = max(joined.ev_end, draft.ev_end)
            continue
        if (
            draft.type == "CASUALTY"
            and draft.noun
            and draft.quantity is None
            and draft.obj is not None
            and any(d.type == "CASUALTY" and d.obj is not None and d.obj.start == draft.obj.start for d in out)
        ):
            loss = next(d for d in out if d.type == "CASUALTY" and d.obj is not None and d.obj.start == draft.obj.start)
            if draft.time is not None and not draft.time_borrowed and _nearer_time(ctx, draft.time, loss):
                loss.time = draft.time  # "lost 1,150 troops killed or wounded over the past day": the loss's day
            continue  # "lost 1,210 soldiers killed or wounded": the loss's own people, told once
        if (
            draft.type == "CASUALTY"
            and draft.quantity is None
            and any(
                d.type == "CASUALTY"
                and d.item == draft.item
                and _INJURY_DETAIL.fullmatch(ctx.text, d.trigger.end, draft.trigger.start)
                for d in out
            )
        ):
            continue  # "were hospitalized with shrapnel wounds": the wounds of those counted, told once
        denial_floor = max(sent.start, draft.trigger.start - _DENIAL_REACH)
        denial = draft.noun and (
            _DENIED_PART.search(ctx.text, denial_floor, draft.trigger.start)
            or draft.trigger.lower in lex.denied_nouns
            and _DENIED_BEFORE.search(ctx.text, denial_floor, draft.trigger.start)
        )
        denier = _last_side_before(ctx, sent, denial.start()) if denial else None
        if denial and (denier is not None or draft.type == "ATTACK"):
            # "Hezbollah denied responsibility for the attack": the denier's own act, denied; so is it
            # when the lexicons do not name the denier ("The faction denied any part in the attack")
            draft.modality, draft.denial = "negated", True
            if draft.trigger.lower in lex.denied_nouns:
                draft.item = "attack"  # "denied any involvement": in the attack the report tells
            if denier is not None:
                draft.actor, draft.actor_id = denier, denier.entity
                if draft.ev_start < denier.start < draft.trigger.start:
                    # "accused the RSF of the attack; the RSF denied any responsibility": told from the denier on
                    draft.ev_start = denier.start
                if draft.source is not None and draft.source.end <= denier.start:
                    # "The government blamed RED-Tabara, which said it had nothing to do with the blast": the
                    # denier tells its own denial, not the body that opened the sentence
                    draft.source = _told_by(denier, denier.start, denier.end)
            elif (denier_body := _unnamed_denier(ctx, sent, denial.start())) is not None:
                draft.source = denier_body  # the unnamed denier tells its own denial
                draft.actor, draft.actor_id = None, draft.actor_id or denier_body.entity
            out.append(draft)
            continue
        claimer = _claimer(ctx, draft, sent)
        if claimer is not None:
            # "FLEC-FAC, the separatist group, claimed the attack": the claimer's own act, a claim of its own
            draft.actor, draft.actor_id = claimer
            draft.claimed = True
            out.append(draft)
            continue
        if draft.noun and _on_a_record(ctx, sent, draft):
            continue  # "convictions for homicide, armed robbery": an offence on a record, no event told
        foreseen = _further_foreseen(ctx, draft)
        if foreseen:
            draft.modality = "possible"  # "further attacks could not be excluded": they may come
            draft.definite = False  # "the raids will grow worse": raids to come, not those told before
        if draft.noun and _bare(draft) and draft.modality != "negated" and not foreseen:
            continue  # "further attacks", "the exercise": a mention with nothing to say ("no injuries" says one)
        if _told_by_other_words(ctx, sent, index, draft, out, state):
            continue  # an act the sentence or the report tells by other words, or no act at all
        if (
            draft.noun
            and not foreseen  # "the raids will grow worse in the coming dry season": more of them to come
            and _bare(draft, compound_ok=True)
            and _REFERRING_BEFORE.search(ctx.text, max(0, draft.trigger.start - 30), draft.trigger.start)
        ):
            continue  # "No casualties were reported from this missile strike": the strike told before, not denied
        if (
            draft.type == "ATTACK"
            and draft.passive
            and draft.modality != "negated"
            and draft.quantity is None
            and draft.actor is None
            and (draft.recipient is None or draft.place_recipient or draft.recipient_carried)
            and _TARGETS_HIT.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
            and any(d.type == "ATTACK" and d.trigger.end <= draft.trigger.start for d in out)
        ):
            continue  # "carried out a massive strike ..., and that all targets had been hit": the same strike
        if is_help(draft.trigger) and any(
            d.type == "TRANSFER" and d.ev_start <= draft.trigger.start < d.ev_end for d in out
        ):
            continue  # "receiving oil ... as well as Russian help in modernising": one item of that list
        out.append(draft)
        state.setdefault("types_told", set()).add(draft.type)
        readying = _readied_launch(ctx, draft, sent)
        if readying is not None:
            out.append(readying)  # "appears to be preparing to launch a satellite": the preparation is told
        if draft.passive and draft.type in ("DEPLOY", "TRANSFER", "LAUNCH", "CASUALTY"):
            for part in passive_subject_parts(ctx, draft, sent, items):
                if any(d.quantity is part.quantity for d in out):
                    continue  # "lost two soldiers and two more were injured": the count is the loss's
                part.item = _item(ctx, part)  # "26 aircraft and 10 vessels were tracked": aircraft, then vessels
                out.append(part)
        for part in sent_with_forces(ctx, draft, items):
            part.item = _item(ctx, part)  # "send more troops and weapons": the weapons are given
            out.append(part)
        if draft.type in ("DEPLOY", "TRANSFER"):
            others = [d.trigger.start for d in drafts if d is not draft]
            for part in deployed_counts(ctx, draft, items, others, people_only=draft.type == "TRANSFER"):
                if any(d.quantity is part.quantity for d in drafts):
                    continue  # "27 aircraft and nine vessels operating around the island": the verb's own
                part.item = _item(ctx, part)  # "300 soldiers and 20 tanks": personnel, then tanks
                out.append(part)
        if draft.type == "DEPLOY":
            out.extend(located_parts(ctx, draft))  # "..., with as many as 8,000 of them in the Kursk region"
        if draft.type not in ("CASUALTY", "DEPLOY", "EXERCISE"):  # an exercise's aircraft are no exercises
            out.extend(split_examples(ctx, draft, sent, items))
        elif draft.type == "CASUALTY" and draft.quantity is not None:
            out.extend(casualty_parts(ctx, draft, sent, items))
    _charge_rejected(ctx, out)
    out.extend(_charge_denied(ctx, sent, out))
    _not_by_own_side(out)
    _denier_as_source(out)
    _lost_beside_wounded(out)
    out = [d for d in out if not _forecast_warning(ctx, sent, d, out) and not _flight_watches(ctx, d, out)]
    for draft in out:
        if draft.natural:
            draft.actor, draft.actor_id = None, None  # "died of malnutrition": whatever was carried to it
        if answer is not None:
            # "Q: Will Germany send Taurus missiles? A: No.": the answer's words are the evidence; a time
            # the answer does not restate is not asserted
            draft.modality, draft.source, draft.ev_start, draft.ev_end = answer
            draft.time = None
    return out


# what may stand before the forces: the sentence's start, a comma, a determiner, or a reporting verb and
# "that" ("the ISPR said troops killed three militants")
_FORCES_OPENING = re.compile(
    r"(?:^|[,;:]\s*|\b(?:the|its|their|government|state|that|said|says|added|stated|announced|reported)\s+)$",
    re.IGNORECASE,
)


def _forces_of_speaker(ctx: DocContext, draft: Draft, sent: Segment) -> None:
    """ "Troops killed 12 rebels near Lashio, Myanmar's army said": forces named by no side, as
    the subject of what a state body tells, are that state's."""
    src = draft.source
    if draft.type == "DEPLOY" and not draft.noun and draft.actor is None and src is not None and src.entity:
        country, _, sector = src.entity.partition(".")
        if sector in ("MIL", "GOV") and country != "IGO" and _bare_forces_sent(ctx, draft, sent):
            draft.actor_id = f"{country}.MIL"  # "Some 1,200 troops have been sent to the area, the army said"
        return
    unnamed = draft.type == "DEPLOY" and not draft.noun and draft.actor is None and src is None
    voice = _voice_country(ctx) if unnamed else None
    if voice:
        if _bare_forces_sent(ctx, draft, sent):
            draft.actor_id = f"{voice}.MIL"  # "Reinforcements have been deployed to the area" in an army's communique
        return
    if draft.actor_id or draft.noun or draft.passive or draft.intercepted or src is None or not src.entity:
        return  # an interception's subject is who was fired at, not who fired
    country, _, sector = src.entity.partition(".")
    if sector not in ("MIL", "GOV") or country == "IGO" or draft.type not in ("ATTACK", "CASUALTY", "LAUNCH"):
        return
    g = grammar()
    i = _subject_end(ctx, draft.trigger, sent.start)
    for width in (2, 1):
        first = i - width + 1
        if first < 0 or ctx.tokens[first].start < sent.start:
            continue
        words = " ".join(t.lower for t in ctx.tokens[first : i + 1])
        at = ctx.tokens[first].start
        opening = _FORCES_OPENING.search(ctx.text, max(sent.start, at - 12), at)
        if opening is None and ctx.dateline_end and not ctx.text[ctx.dateline_end : at].strip():
            opening = at  # "BOGOTA, Sept. 8 (Demo Wire) -- Troops killed ...": the first words after the dateline
        if words in g.state_forces and opening is not None:
            draft.actor_id = f"{country}.MIL"
            return


def _bare_forces_sent(ctx: DocContext, draft: Draft, sent: Segment) -> bool:
    """The passive's subject is forces of no side, maybe counted, opening the sentence ("Some 1,200
    troops have been sent", "Additional soldiers were deployed"): the teller's own."""
    starts = [max(sent.start, ctx.dateline_end)]
    # "The Pentagon also said about 1,500 troops would deploy to Romania": the forces open the told clause
    src = draft.source
    if (
        src is not None
        and sent.start <= src.start
        and src.cue_end <= draft.trigger.start
        and (src.entity or "").split(".")[0] in (filed_country(ctx), dominant_country(ctx))
    ):  # a state speaking of forces at home or from home ("The Pentagon said ... troops would deploy")
        that = _THAT.match(ctx.text, src.cue_end)
        starts.append(that.end() if that else src.cue_end)
    for start in starts:
        found = _BARE_FORCES_SENT.fullmatch(ctx.text, start, draft.trigger.start)
        if found is not None and found.group(1).lower() in grammar().state_forces:
            return True
    return False


_THAT = re.compile(r"\s+that\b")  # "said that", "on its radio station that": a clause told opens


# "Some 1,200 troops have been", "Additional soldiers were": counted forces before a passive verb group
_BARE_FORCES_SENT = re.compile(
    r"\s*(?:(?:some|about|around|roughly|nearly|almost|approximately|more\s+than|over|up\s+to|at\s+least|an?)\s+)?"
    r"(?:[\d,]+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands)\s+(?:of\s+)?)?"
    r"(?:(?:more|additional|extra|further|new|fresh)\s+)?([a-z]+(?:\s+[a-z]+)?)"
    # "troops from the 101st Airborne Division": a unit of no named side
    r"(?:\s+from\s+the\s+(?:[\w-]+\s+){0,3}?(?:Division|Brigade|Regiment|Battalion|Corps|Wing))?\s+"
    r"(?:have|has|had|were|was|are|is|will|would)\s+(?:(?:also|now|currently|still|already|since)\s+)?(?:been\s+|be\s+|being\s+)?",
    re.IGNORECASE,
)


_SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)
# a perfect casualty verb right after a plural event noun's phrase: "Israeli attacks have killed 2,448 people"
_TALLY_VERB = re.compile(
    r"\s*,?\s*(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+)?(?:killed|wounded|injured)\b", re.IGNORECASE
)


def _phrase_end(ctx: DocContext, draft: Draft) -> int:
    """Where an event noun's phrase ends: past its "on X" target, if any, before a verb."""
    end = draft.trigger.end
    found = _TARGET_PHRASE.match(ctx.text, end)  # "attacks on Kherson", "strikes on the city"
    return found.end() if found else end


_TARGET_PHRASE = re.compile(
    r"\s+(?:on|against|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s*,?\s*(?:have|has)\b)"
)


def same_side(actor_id: str, victims: str) -> bool:
    """One side: the same country, and the actor either unsectored or of the victims' own sector
    (a junta's air force striking its country's civilians, or a rebel group killed by the army,
    are two sides of one country)."""
    if actor_id[:3] != victims[:3]:
        return False
    return "." not in actor_id or actor_id.split(".")[1] == (victims.split(".") + [""])[1]


_FROM_RIGHT_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")


def _forces_from(ctx: DocContext, obj: ItemMention, entities: list[EntityMention]) -> EntityMention | None:
    """The country forces are said to come from, right after them ("troops from North Korea")."""
    found = _FROM_RIGHT_AFTER.match(ctx.text, obj.end)
    if obj.cls != "personnel" or found is None:
        return None
    return next((e for e in entities if e.start == found.end() and e.entity and e.kind == "country"), None)


def _carry_recipient(ctx: DocContext, drafts: list[Draft], state: dict) -> None:
    """Receivers a claim leaves unsaid, from the claims told before it in the report.

    A counted toll with no victims' side takes the side hit just before in its paragraph ("Israeli
    strikes hit Khan Younis ... 11 people were killed at the school"); a supply or deployment with
    no receiver goes where the same giver's last one went ("North Korea has shipped 12 million
    shells to Russia ... Pyongyang has continued to ship 152 mm rounds").
    """
    went = state.setdefault("went_to", {})
    attacker_of = state.setdefault("attacker_of", {})
    target_of = state.setdefault("target_of", {})
    for d in drafts:
        if (d.type in ("CASUALTY", "ATTACK") or d.intercepted) and d.recipient is not None and d.recipient.entity:
            state["hit"] = (d.paragraph, d.recipient)  # "32 drones had been downed ... debris injured one worker"
        elif (
            d.type == "CASUALTY"
            and d.quantity is not None
            and state.get("hit")
            and state["hit"][0] == d.paragraph
            # not "Indian shelling had killed two soldiers" after India was hit: the killer's own side
            and not (d.actor_id and same_side(d.actor_id, state["hit"][1].entity or ""))
        ):
            d.recipient = civilians_of(state["hit"][1], d.obj)  # "116 people had been injured": its civilians
        if d.type == "CASUALTY" and d.recipient is None and d.quantity is not None and d.noun:
            speaker = ctx.sources.get(d.sentence)
            if speaker is not None and (speaker.entity or "").endswith(".GOV"):
                # "Gaza's health ministry said the death toll had risen to 61,500": a government's toll
                # counts its own people
                own = EntityMention(speaker.start, speaker.end, speaker.text, speaker.entity.split(".")[0], "side")
                d.recipient = civilians_of(own, d.obj)
        striker = (d.actor_id or "")[:3]
        d.merchant_target = d.type in ("ATTACK", "LAUNCH") and d.recipient is None and _at_merchant_vessel(ctx, d)
        if (
            d.type in ("ATTACK", "LAUNCH")
            and d.recipient is None
            and striker in target_of
            and not d.intercepted
            and not d.merchant_target
        ):
            d.recipient = target_of[striker]  # "Russian forces also struck energy facilities": the side it strikes
            d.recipient_carried = True
        hit = d.recipient.entity.split(".")[0] if d.recipient is not None and d.recipient.entity else None
        if hit and d.type in ("ATTACK", "CASUALTY", "LAUNCH") and d.actor_id and d.actor_id[:3] != hit:
            attacker_of[hit] = d.actor_id
            if not d.intercepted:  # "US forces destroyed three Houthi drones": not what the Houthis strike
                target_of[striker] = d.recipient
        elif hit and d.actor_id == d.recipient.entity and d.type in ("ATTACK", "LAUNCH") and hit in attacker_of:
            # "In the Ukrainian city of Sumy, a drone hit a market": no side strikes itself by the same name
            d.actor, d.actor_id = None, attacker_of[hit]
        elif hit and d.actor_id is None and hit in attacker_of and (
            d.type == "CASUALTY" or d.type in ("ATTACK", "LAUNCH") and not _doer_unknown(ctx, d.sentence)
        ):
            # "Gaza's health ministry said the death toll had risen to 62,064": the side that has been
            # striking those people in this report
            d.actor_id = attacker_of[hit]
        if d.type not in ("TRANSFER", "DEPLOY") or not d.actor_id:
            continue
        key = (d.type, d.actor_id.split(".")[0])
        if d.recipient is not None and d.recipient.entity:
            if d.recipient.entity.split(".")[0] != key[1]:
                went[key] = d.recipient
        elif key in went and d.modality != "negated" and not names_region(ctx.text, d):
            d.recipient = went[key]


def _at_merchant_vessel(ctx: DocContext, draft: Draft) -> bool:
    """A merchant vessel named after the verb, no owner told ("fired a missile at the oil tanker", "has attacked
    more than 100 merchant ships"): a ship of no side, so not the side struck before (a coast guard's "patrol
    vessel" in a two-sided dispute is the other side's)."""
    sent = ctx.seg.sentences[draft.sentence]
    hi = min(sent.end, draft.trigger.end + 60)
    return any(it.name == "vessel" and _MERCHANT.search(it.text) for it in ctx.items_within(draft.trigger.end, hi))


# ships that sail for trade, for no side of the war ("merchant ships", "a commercial vessel", "an oil tanker")
_MERCHANT = re.compile(r"\b(?:merchant|commercial|cargo|container|bulk|tanker|civilian|grain)\b", re.IGNORECASE)


def _civilians_in_dominant_country(ctx: DocContext, drafts: list[Draft]) -> None:
    """Civilians killed or hurt where no place, paragraph or dateline tells the country: those of
    the country the report is about ("ODESA (Reuters) - Russian shelling killed three people in a
    village"), unless that is the attacker's own (see ``dominant_country``); so are its soldiers and
    police officers, counted as its forces and organs (grammar.yaml ``state_victims``)."""
    for d in drafts:
        if d.type != "CASUALTY" or d.recipient is not None or d.obj is None:
            continue
        sector = state_sector(d.obj.text)
        if sector is not None and not is_report(ctx):
            continue  # a snippet is too short to tell whose soldiers they are
        if sector is None and not civilian_head(d.obj) and not aged_person(d.obj):
            continue  # (a person named by age alone, "a 19-year-old was shot in both legs", is a civilian)
        sector = sector or "CVL"  # "four soldiers", "six police officers": the state's forces
        country = dominant_country(ctx)
        # "killed in an Israeli strike": the sentence's striker is not whose civilians died
        strikers = {
            a.actor_id.split(".")[0]
            for a in drafts
            if a.type in ("ATTACK", "LAUNCH") and a.sentence == d.sentence and a.actor_id
        }
        killer = (d.actor_id or "").split(".")
        own_group = killer[-1] == "REB"  # "two warders were killed" by the country's own armed group
        if country and (own_group or country != killer[0] and country not in strikers):
            d.recipient = _report_side(ctx, f"{country}.{sector}")


def sides_in_dominant_country(ctx: DocContext, drafts: list[Draft]) -> None:
    """The sides no words name, in a report about one country (``dominant_country``, or when no
    country dominates, the one it is filed from: "BAWKU, Ghana -- Arsonists burned 14 trucks" in a
    report that names Togo and Niger once each), run on the report's claims after references are
    folded and targets and victims carried: an attack's target, the receiver of goods given, the
    people hit; each type's own rule below says when that country is the side."""
    if not is_report(ctx):
        return
    country = dominant_country(ctx) or filed_country(ctx)
    if country is None:
        return
    _targets_in(ctx, drafts, country)
    _supplies_to(ctx, drafts, country)
    _casualties_in(ctx, drafts, country)


def _targets_in(ctx: DocContext, drafts: list[Draft], country: str) -> None:
    """An attack whose target no place, side or earlier claim tells: the report country's, its
    police's or army's when a word of the target says so ("threw petrol bombs at police lines",
    "fire on an army fuel convoy"), else its civilians' ("torched eleven logging trucks", "at least 80
    houses have been burned"); never the attacker's own country, unless the attacker is an armed group
    of it."""
    briefing = bool(ctx.seg.turns) and country == (release_host(ctx) or "").split(".")[0]
    if country == ctx.issuer or briefing:
        return  # a government's own bulletin or briefing names its country most, and tells of attacks abroad
    g = grammar()
    for d in drafts:
        if d.type != "ATTACK" or d.recipient is not None:
            continue
        # "thrown at" (a trigger that holds its preposition) or "hurled at": a target follows
        words = ctx.text[d.trigger.start : d.trigger.end + 40].split()[len(d.trigger.lower.split()) - 1 :][:4]
        aimed = any(w.lower() in g.target_preps for w in words)
        # (within the sentence: "... at marchers on Thursday. A police statement ..." hit no police)
        stop = min(max(d.trigger.end, d.ev_end) + 30, ctx.seg.sentences[d.sentence].end)
        target = [w.strip(".,;:\"'()") for w in ctx.text[d.trigger.end : stop].split()[:8]]
        # "denies that live ammunition was used", "had not used rubber bullets": a crowd's (the gold's reading)
        crowd_fire = d.trigger.lower in _USE_FORMS and d.obj is not None and d.obj.name == "ammunition"
        people = _people_aimed_at(target, g, aimed) or crowd_fire
        if d.obj is not None and d.obj.cls in STRIKING_ITEMS and not aimed and not people:
            continue  # "fired two rockets": where they fell is not told ("thrown at a house" tells it)
        attacker = (d.actor_id or "").split(".")
        if attacker[0] == country and attacker[-1] not in ("REB", "CVL") and not people:
            # "police raided a warehouse": the state's own operation, its target is no side told (but
            # "police fired live ammunition at protesters" hits the country's people)
            continue
        if attacker[0] and attacker[0] != country and attacker[-1] == "REB":
            continue  # "Somali terrorists who attacked": another country's armed group strikes at home
        sector = next((sec for word in target if word and (sec := state_sector(word)) is not None), "CVL")
        d.recipient = _report_side(ctx, f"{country}.{sector}")


def _people_aimed_at(target: list[str], g, aimed: bool) -> bool:  # noqa: ANN001 - Grammar
    """Whether the words after an attack verb aim it at people: a target preposition (or, when
    ``aimed``, one right after the verb or inside it: "opened fire on"), then a civilian head ("fired
    tear gas and live ammunition at protesters", "threw stones at the crowd")."""
    civilians = item_lexicon().civilians
    aim = -1 if aimed else next((i for i, w in enumerate(target) if w.lower() in g.target_preps), None)
    return aim is not None and any(w.lower() in civilians for w in target[aim + 1 :])


def _casualties_in(ctx: DocContext, drafts: list[Draft], country: str) -> None:
    """People killed, hurt or held whom no word places, once the report's claims have their killers:
    the report country's people ("Two warders were killed", "five were wounded" in a Congolese prison
    report). Not when a foreign party did it (its victims are another side's); and a government's own
    release, which tells of people hit anywhere ("six million Jews murdered"), needs the killer named.
    A bare "casualties" names no one hit."""
    own_release = country == (release_host(ctx) or "").split(".")[0]
    for d in drafts:
        if d.type != "CASUALTY" or d.recipient is not None or (d.obj is None and d.noun):
            continue
        killer = (d.actor_id or "").split(".")
        if (own_release and not d.actor_id) or (killer[0] and killer[0] != country):
            continue
        d.recipient = _report_side(ctx, country)


def _supplies_to(ctx: DocContext, drafts: list[Draft], country: str) -> None:
    """Goods a foreign party gives with no receiver told: the report country's ("The United States
    handed over two patrol boats in September" in a Botswana Hansard, "the European Union handed over
    three patrol boats" in a Montenegrin customs report). The giver must be named and of another
    country; a government's own bulletin names its country most and tells of what it gives abroad, so
    its issuer's country is never the receiver."""
    if country == ctx.issuer:
        return
    for d in drafts:
        giver = (d.actor_id or "").split(".")[0]
        if d.type == "TRANSFER" and d.recipient is None and giver and giver != country:
            d.recipient = _report_side(ctx, country)


def _report_side(ctx: DocContext, entity: str) -> EntityMention:
    """A side no words of the sentence name, only the report as a whole: its span is the dateline's
    (empty when there is none)."""
    return EntityMention(0, ctx.dateline_end, ctx.text[: ctx.dateline_end], entity, "group")


def _filed_civilians(ctx: DocContext) -> EntityMention | None:
    """Civilians of where the report is filed: the dateline's country, never the agency credited in
    it ("KYIV (Reuters) -") nor a headline above it ("US strike kills 12")."""
    line_start = ctx.text.rfind("\n", 0, ctx.dateline_end) + 1
    place = next(
        (
            e
            for e in ctx.entities
            if line_start <= e.start < ctx.dateline_end and e.entity and not e.entity.endswith(".MED")
        ),
        None,
    )
    country = place.entity.split(".")[0] if place is not None else None
    if country is None or country == "IGO":
        return None  # "no ISAF personnel were hurt": an international body has no civilians of its own
    return EntityMention(place.start, place.end, place.text, f"{country}.CVL", "group")


def _owner_of_targets(ctx: DocContext, trig: Trigger, entities: list[EntityMention]) -> EntityMention | None:
    """A party named right before the targets a strike hit, a few words after the verb ("struck
    more than 150 Hezbollah targets", "hit Houthi positions")."""
    heads = grammar().target_heads
    for e in entities:
        if e.start < trig.end or not e.entity or ctx.tok_at(e.start) - trig.tok_end > 5:
            continue
        nxt = ctx.tok_at(e.end)
        if nxt < len(ctx.tokens) and ctx.tokens[nxt].lower in heads:
            return e
    return None


_BY_THE = re.compile(r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _by_agent(ctx: DocContext, trig: Trigger, entities: list[EntityMention]) -> bool:
    """A party right after an event noun and "by" ("movements by the North Korean military")."""
    return any(
        e.entity and e.start > trig.end and _BY_THE.fullmatch(ctx.text, trig.end, e.start) for e in entities
    )


# "to Kuwait", "into the Middle East", "to the border": a destination, not an infinitive
_TO_PLACE = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:to|into)\s+(?:the\s+)?(?:(?:[a-z]+ern|central)\s+)?(?:[A-Z]|(?:border|front|frontier|region)\b)"
)


def _sent_to_a_place(ctx: DocContext, trig: Trigger, obj) -> bool:
    """An object right after the verb and a place after it ("ordered 3,000 troops to Kuwait", "ordered
    the carrier strike group to the Middle East"): a verb of command that sends forces."""
    if obj is None or obj.start < trig.end or obj.tok_start - trig.tok_end > 6:
        return False
    return _TO_PLACE.match(ctx.text, obj.end) is not None


def _further_deployment(ctx: DocContext, trig: Trigger) -> bool:
    """ "additional deployment", "another troop deployment", "a third deployment": a deployment
    noun that counts on from those told before, so it needs no destination of its own."""
    g = grammar()
    if _ROUND_OF.search(ctx.text, max(0, trig.start - 40), trig.start):
        return True  # "a third round of dispatches", "another batch of reinforcements"
    for back in (1, 2):
        i = trig.tok_start - back
        if i < 0:
            return False
        word = ctx.tokens[i].lower
        if word in g.increment:
            return True
        if word not in ("troop", "military", "force"):
            return False
    return False


_ROUND_OF = re.compile(
    r"\b(?:second|third|fourth|fifth|new|another|fresh|further|next)\s+(?:round|wave|batch|rotation)s?\s+of\s+\Z",
    re.IGNORECASE,
)


def _relative_subject_of_casualty(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """ "At least 100 North Korean troops deployed to Russia have been killed": the participle only
    says which troops; the count is of those killed, and the deployment, told as background, is
    no claim of its own ("Of the 11,000 soldiers dispatched to Russia, 4,000 ..." keeps its own)."""
    g = grammar()
    out = []
    for draft in drafts:
        obj, trig = draft.obj, draft.trigger
        if (
            draft.type == "DEPLOY"
            and draft.passive
            and not draft.noun
            and obj is not None
            and obj.cls == "personnel"
            and obj.tok_end == trig.tok_start
            and draft.quantity is not None
            and draft.quantity.start < obj.start
        ):
            main = next(
                (
                    d
                    for d in drafts
                    if d.type == "CASUALTY"
                    and d.passive
                    and d.quantity is None
                    and 0 < d.trigger.tok_start - trig.tok_end <= 8
                    and ctx.tokens[d.trigger.tok_start - 1].lower in g.aux | g.be
                    and not _BREAK_BETWEEN.search(ctx.text, trig.end, d.trigger.start)
                ),
                None,
            )
            if main is not None:
                main.quantity = draft.quantity
                continue
        out.append(draft)
    return out


_BREAK_BETWEEN = re.compile(r"[,;:()—–]")


_DENIAL_VERBS = frozenset({"rejected", "rejects", "dismissed", "dismisses", "denied", "denies", "refuted", "refutes"})


@cache
def _charge_before() -> re.Pattern[str]:
    """ ", an allegation Tehran" / "; a claim that the U.S. Navy has": grammar.yaml ``charge_nouns`` in
    apposition, then the rejecter, right before a denial verb."""
    nouns = spaced_alternation(load("grammar")["charge_nouns"])
    return re.compile(
        rf"[,;—–]\s*(?:an?|the)\s+(?:{nouns})\s+(?:that\s+)?(?:[\w'’.-]+\s+){{1,5}}?"
        rf"(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?\Z",
        re.IGNORECASE,
    )


_DENIED_AFTER = re.compile(r"(?:deny|denies|denied)\b")


def _told_by(who: EntityMention | None, cue_start: int, cue_end: int) -> SourceAssignment | None:
    """The side ``who`` as the source of its own denial, its denial verb as the cue (None if unnamed)."""
    if who is None or not who.entity:
        return None
    return SourceAssignment(who.entity, who.text, who.start, who.end, cue_start, cue_end)


def _charged_act(
    ctx: DocContext, drafts: list[Draft], floor: int, verb_start: int
) -> tuple[re.Match[str], Draft] | None:
    """The charge in apposition right before a denial verb (", an allegation Tehran"), and the act it
    names: the last act of ``drafts`` before it."""
    charge = _charge_before().search(ctx.text, max(floor, verb_start - _DENIAL_REACH), verb_start)
    if charge is None:
        return None
    act = next((d for d in reversed(drafts) if d.type != "STATEMENT" and d.trigger.end <= charge.start()), None)
    return (charge, act) if act is not None else None


def _charge_denied(ctx: DocContext, sent: Segment, drafts: list[Draft]) -> list[Draft]:
    """ "accused the soldiers of firing at the crowd, an allegation the JDF denies": "denies" makes no
    statement, so the charged act (the sentence's last act before it) is told again, negated, by the
    denier, with the denial's words as evidence."""
    out: list[Draft] = []
    for verb in _DENIED_AFTER.finditer(ctx.text, sent.start, sent.end):
        charged = _charged_act(ctx, drafts, sent.start, verb.start())
        if charged is None or charged[1].modality == "negated":
            continue
        charge, act = charged
        tok = ctx.tok_at(verb.start())
        trig = Trigger(verb.start(), verb.end(), tok, tok + 1, verb.group(), ((act.type, "verb"),))
        denier = next(reversed(ctx.entities_within(charge.start() + 1, verb.start())), None)
        source = _told_by(denier, verb.start(), verb.end())
        start = ctx.text.index(" ", charge.start()) + 1  # past the comma: "an allegation the JDF denies"
        told = replace(act, trigger=trig, ev_start=start, ev_end=verb.end(), quantity=None, modality="negated",
                       denial=True, source=source, split_end=None, extra_items=[])
        if told.actor_id is None and source is not None:
            told.actor, told.actor_id = denier, source.entity  # "accused soldiers of firing ..., the JDF denies"
        out.append(told)
    return out


def _charge_rejected(ctx: DocContext, drafts: list[Draft]) -> None:
    """ "Bangkok accused Cambodian troops of laying new landmines, an accusation Phnom Penh rejected": the
    rejection is no statement but the charged act (the sentence's last act before it), negated, told by
    the rejecter."""
    for draft in drafts:
        if draft.type != "STATEMENT" or draft.trigger.lower not in _DENIAL_VERBS:
            continue
        charged = _charged_act(ctx, drafts, 0, draft.trigger.start)
        if charged is None:
            continue
        act = charged[1]
        source = _told_by(draft.actor, draft.trigger.start, draft.trigger.end)
        draft.type, draft.obj, draft.item, draft.noun = act.type, act.obj, act.item, act.noun
        draft.actor, draft.actor_id, draft.recipient = act.actor, act.actor_id, act.recipient
        draft.quantity, draft.time, draft.modality, draft.denial = None, act.time, "negated", True
        draft.source = source or draft.source


def _denier_as_source(drafts: list[Draft]) -> None:
    """ "A Pentagon spokesperson rejected reports that Washington plans to send trainers": the one who
    denies is who tells the negated event."""
    for draft in drafts:
        if draft.modality != "negated" or draft.source is not None or draft.type == "STATEMENT":
            continue
        denial = next(
            (
                d
                for d in drafts
                if d.type == "STATEMENT"
                and d.trigger.lower in _DENIAL_VERBS
                and d.trigger.end <= draft.trigger.start
                and d.actor is not None
                and d.actor.entity
            ),
            None,
        )
        if denial is not None:
            draft.source = _told_by(denial.actor, denial.trigger.start, denial.trigger.end)


def _not_by_own_side(drafts: list[Draft]) -> None:
    """ "Two Russian soldiers were killed ..., the Russian defence ministry said": not by Russia."""
    for draft in drafts:
        if draft.type == "CASUALTY" and draft.actor_id and draft.recipient is not None and draft.recipient.entity:
            state_forces = (
                "." not in draft.actor_id
                and draft.recipient.entity.endswith(".REB")
                and draft.actor is not None
                and draft.actor.kind == "demonym"
            )
            if state_forces:
                # "a combined Afghan and coalition force captured a Taliban facilitator": the state's
                # forces took the armed group's man, two sides of one country
                draft.actor_id = f"{draft.actor_id}.MIL"
            elif same_side(draft.actor_id, draft.recipient.entity):
                draft.actor, draft.actor_id = None, None


_UNSAID = re.compile(
    r"\b(?:did|does|do|would|could|has|have)\s*(?:not|n[’']t)\s+(?:say|specify|disclose|confirm|reveal|elaborate\s+on|"
    r"explain|identify|give\s+details\s+of)\s+(?:what|whether|how|which|where|who|when|if)\b[^.;]*\Z"
    r"|\bwithout\s+(?:giving|saying|specifying|disclosing|providing|offering|elaborating|revealing)\b[^.;]*\Z"
    # "It has not been confirmed how many missiles were launched", "it was not immediately clear whether"
    r"|\b(?:has|have|had|is|was|were)\s+(?:not|n[’']t)\s+(?:yet\s+)?(?:been\s+)?(?:immediately\s+)?"
    r"(?:confirmed|disclosed|specified|verified|determined|revealed|clear|known)\s+"
    r"(?:how|what|whether|which|where|who|when|if)\b[^.;]*\Z",
    re.IGNORECASE,
)


_PREVENTED = re.compile(
    r"\b(?:prevent|prevents|prevented|preventing|avoid|avoids|avoided|avoiding|minimi[sz]e|minimi[sz]es|"
    r"limit|limits|limited|limiting|"
    r"minimi[sz]ing|reduce\s+the\s+risk\s+of|guard\s+against)\s+(?:any\s+|further\s+|the\s+)?\Z",
    re.IGNORECASE,
)


def _launches_an_attack(ctx: DocContext, trig: Trigger, triggers: list[Trigger]) -> bool:
    """A launch verb whose object is an attack noun a few words on ("launched a massive missile
    attack on Kyiv", "launched a combined missile and drone strike"): a light verb, not a launch."""
    if not trig.lower.startswith("launch"):
        return False
    for t in triggers:
        if t.start <= trig.end or t.tok_start - trig.tok_end > 6:
            continue
        if any(etype == "ATTACK" and pos == "noun" for etype, pos in t.readings):
            between = ctx.tokens[trig.tok_end : t.tok_start]
            preps = grammar().preps
            return not any(tok.lower in preps or tok.lower in (",", ";") for tok in between)
    return False


def _prepares_for_event(ctx: DocContext, trig: Trigger, triggers: list[Trigger]) -> bool:
    """ "no signs of preparations for an imminent missile launch": what is denied is the launch, which
    makes the negated claim; preparations that are reported stay a development."""
    if not trig.lower.startswith("prepar") or trig.tok_end >= len(ctx.tokens):
        return False
    if ctx.tokens[trig.tok_end].lower != "for" or not _NO_SIGNS.search(ctx.text, max(0, trig.start - 30), trig.start):
        return False
    return any(
        t.start > trig.end and t.tok_start - trig.tok_end <= 5 and any(e in ("LAUNCH", "ATTACK") for e, _ in t.readings)
        for t in triggers
    )


_READIED_TO_FIRE = re.compile(r"\s+to\s+(?:be\s+)?(?:launch|launched|fire|fired)\b(?!\s+(?:a|an|the|\d+)\b)")
_NO_SIGNS = re.compile(r"\bno\s+(?:signs?|indications?|evidence)\s+of\s+(?:any\s+)?\Z", re.IGNORECASE)


def _training_between(trig: Trigger, obj: ItemMention, triggers: list[Trigger]) -> bool:
    """A transfer verb whose object is an exercise noun ("receiving training in drone operations",
    "provided instruction on the IRIS-T"): what is given is the exercise, claimed by its noun."""
    if not any(etype == "TRANSFER" for etype, _ in trig.readings):
        return False
    return any(
        trig.end <= t.start and t.end <= obj.start and any(etype == "EXERCISE" for etype, _ in t.readings)
        for t in triggers
    )


def _event_noun_between(trig: Trigger, obj: ItemMention, triggers: list[Trigger]) -> bool:
    """Another event's trigger stands between a verb and the item found as its object."""
    return any(trig.end <= t.start and t.end <= obj.start for t in triggers)


@cache
def _simulated() -> re.Pattern[str]:
    """ "drills simulating a blockade ... and strikes on key targets": `simulation_words` in grammar.yaml."""
    words = "|".join(re.escape(w) for w in sorted(load("grammar")["simulation_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:[^,;.]{{0,50}}?\s)?\Z", re.IGNORECASE)


_DOING_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
# a watching told only as what seemed to be done: "flew drones over the crossing, apparently to watch our teams"
_HEDGED_WATCHING = re.compile(
    r",\s+(?:apparently|seemingly|presumably|possibly|probably)\s+(?:to\s+[a-z]+|[a-z]+ing)\b", re.IGNORECASE
)
# "what the army described as", "what it called": the words of one side for what was hit or shown
_WHAT_DESCRIBED = (
    r"what\s+(?:it|they|he|she|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:described|describes|called|calls|termed|terms|labelled|labeled|branded)(?:\s+as)?"
)
_SIDE_WORDS_BEFORE = re.compile(rf"\b{_WHAT_DESCRIBED}(?:\s+[\w-]+){{0,2}}\s+$", re.IGNORECASE)


def _described_as(text: str, sent: Segment, trig: Trigger) -> bool:
    """The claim's trigger is itself inside a side's words for what it showed or found ("displayed what it
    described as locally assembled armed drones", "what the army described as a bomb-making workshop"): the
    report does not vouch for it, hedged. A side's words for a target after the act ("struck what the military
    called Hezbollah infrastructure") leave the act asserted."""
    return _SIDE_WORDS_BEFORE.search(text, max(sent.start, trig.start - 60), trig.start) is not None


# a launch or a build whose object is only presumed: "fired what appeared to be ...", as the gold reads it
_WHAT_APPEARED = re.compile(
    r"\s+what\s+(?:appeared|appears|seemed|seems|looked|looks|is\s+believed|was\s+believed|were\s+believed|"
    r"is\s+presumed|was\s+presumed|were\s+presumed|is\s+thought|was\s+thought)\s+to\s+be\b",
    re.IGNORECASE,
)
def _speaker_country(ctx: DocContext, draft: Draft) -> str | None:
    """The country of the speaker of the draft's sentence, if one is placed."""
    source = ctx.sources.get(draft.sentence)
    return source.entity[:3] if source is not None and source.entity else None


# signs seen of an event: whoever watches for them is not who acts
# "detected signs of preparations for an ICBM launch", "in preparation for additional launches": the
# watcher's signs or readiness, another side's launch
_SIGNS_OF = re.compile(
    r"\b(?:signs?\s+(?:of|that)\s+(?:[\w-]+\s+){0,6}?|(?:preparation|readiness|preparedness)\s+(?:for|against)\s+"
    r"(?:additional|further|more|possible|any|future|new|another|potential)\s+(?:[\w-]+\s+){0,2}?)\Z",
    re.IGNORECASE,
)
_SEEN_BEFORE = re.compile(
    r"\b(?:detected|detect|detects|spotted|tracked|observed|monitored|picked\s+up|confirmed|"
    r"analy[sz]ing|analy[sz]ed|analy[sz]e|studying|assessing|examining|reviewing)\s+"
    r"(?:the|a|an|at\s+least|more\s+than|some|about|around|[\w-]+)?(?:\s+[\w-]+){0,2}?\s*\Z",
    re.IGNORECASE,
)
_STOPPED_BEFORE = re.compile(r"\b(?:stop|stops|stopped|stopping|quit|quits)\s+\Z", re.IGNORECASE)


@cache
def _halted() -> re.Pattern[str]:
    """ "urged Israel to halt its attacks", "to protect its cities from Russian missile and drone
    attacks": `halt_words` and `shield_words` in grammar.yaml, before an event noun."""
    grammar_data = load("grammar")
    halt = spaced_alternation(grammar_data["halt_words"])
    shield = "|".join(re.escape(w) for w in sorted(grammar_data["shield_words"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{halt})\s+(?:the|its|their|all|further|any)?\s*(?:[\w-]+\s+){{0,2}}"
        rf"|(?:{shield})\b[^.;]{{0,80}}?\b(?:from|against)\s+(?:[\w-]+\s+){{0,4}})\Z",
        re.IGNORECASE,
    )


# A sentence opening on the set an earlier sentence counted: "Of the casualties, ...", "Among those killed, ..."
_PARTITIVE_OPENER = r"[\s\"“]*(?:Of|Among)\s+(?:the|those|these)\s+"  # "Of the", "Among those"
_PARTITIVE = re.compile(_PARTITIVE_OPENER + r"(?:[\w-]+\s+){0,2}", re.IGNORECASE)

# "in one of the deadliest attacks on displaced people this year", "calling it the largest single-day
# incursion this year": a comparison class or a label for an event told elsewhere, not an event
_COMPARED = re.compile(
    r"\b(?:one\s+of\s+the|(?:calling|called|describing|described)\s+it\s+(?:as\s+)?(?:the|a|an)|"
    # "the latest in a string of launches this year": the run the event belongs to, no event of its own
    r"(?:latest|newest|last|third|fourth|fifth|sixth|seventh)\s+in\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+)?(?:string|series|spate|wave|flurry|run|line)\s+of)\s+"
    r"(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)

_COMPARED_BEFORE = re.compile(r"\bone\s+of\s+the\s+[\w-]+est\b[^,;.]*\Z", re.IGNORECASE)

_SUPERLATIVE_LABEL = re.compile(
    r"\b(?:in|as|marking)\s+(?:the|its|their)\s+(?:[\w-]+est|worst|most\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)

_RESPONSE_TO = re.compile(
    r"\b(?:respond|responds|responded|responding|response|retaliate|retaliated|retaliation|reaction)\s+(?:to|for)\s+"
    r"(?:the|this|these|those|its|their)\s+(?:(?!(?:by|with|in|on|for|at|from)\b)[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)

# "all designated targets had been hit", "the targets were struck": the strike just told, reported done
_TARGETS_HIT = re.compile(r"\b(?:targets|objectives)\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?\Z", re.IGNORECASE)

_WITHOUT_GIVING = re.compile(r"\bwithout\s+(?:giving|providing|offering|specifying)\Z", re.IGNORECASE)

_TREND_AFTER = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+)?(?:dropped|fell|fallen|declined|decreased|eased|rose|risen|increased|surged|climbed)\b"
    r"(?!\s+to\s+\d)",
    re.IGNORECASE,
)
# "the North's third ... launch", "its 11th": a told event counted in a series ("a second strike hit" is new)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:the|its|their|this|[\w-]+['’]s)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)

_THAT_CLAUSE = re.compile(r"(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+that\b", re.IGNORECASE)

# What a person does as a role, described in a present-tense relative clause or "responsible for"
_PURPOSE_BEFORE = re.compile(
    r"\b(?:aimed\s+at|aiming\s+at|with\s+the\s+(?:aim|goal|intent|intention)\s+of|for\s+the\s+purpose\s+of)\s+\Z",
    re.IGNORECASE,
)
# a person named by the role they play with a thing ("facilitator", "operator", "smuggler"), not a unit
_ROLE_NOUN = re.compile(r"(?<!fight)(?:or|er|ist)s?\Z", re.IGNORECASE)  # ("fighter" may be a jet)
_SUCH_AS = re.compile(r"\bsuch\s+as\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_HABITUAL = re.compile(
    r"\b(?:(?:who|which)\s+(?:[a-z]+ly\s+)?(?!was\b|has\b|is\b)[a-z]+[^s\W]s|responsible\s+for)\b"
    r"(?:(?!\bthat\b)[^,;.])*\Z",  # not past "that": "a researcher who follows the region recalled that ... sent"
    re.IGNORECASE,
)
_CALL_FOR = frozenset({"calls for", "called for", "calling for"})
_AND_BETWEEN = re.compile(r"[^,;.]*\band\s+\Z")
_CALLED_TO_ACT = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}to\s+[a-z]+")


def _people_called_to_act(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> bool:
    """ "called for all occupants to exit": people right after the call, then "to" and a verb (not "called
    for an end to fossil fuel", a thing)."""
    found = _CALLED_TO_ACT.match(ctx.text, trig.end)
    return found is not None and any(
        it.cls == "personnel" and trig.end < it.start and it.end <= found.end() for it in items
    )


def _demand_told_otherwise(ctx: DocContext, draft: Draft, drafts: list[Draft]) -> bool:
    """A call for something is no statement of its own when what is called for is an event the sentence
    tells ("called for the exponential expansion of the missiles' production": a DEVELOP demanded) or
    when it closes another statement by the same speaker ("condemned the strike and called for a
    ceasefire": one statement). (An order to people present, "called for all occupants to exit", is no
    trigger at all: see ``sentence_drafts``.)"""
    if draft.trigger.lower not in _CALL_FOR:
        return False
    end = draft.trigger.end
    told = (d for d in drafts if d is not draft and end <= d.trigger.start < end + 60)
    if any("," not in ctx.text[end : d.trigger.start] for d in told):
        return True
    return any(
        d.type == "STATEMENT"
        and d.trigger.end <= draft.trigger.start
        and _AND_BETWEEN.fullmatch(ctx.text, d.trigger.end, draft.trigger.start) is not None
        for d in drafts
    )


def _role_before(ctx: DocContext, draft: Draft, drafts: list[Draft], sent: Segment) -> bool:
    """A role clause ends right before the trigger ("a leader who coordinates IED attacks", "a cell
    responsible for the bombings"), with no finite verb between: in "The ministry responsible for
    tourism condemned the December ambush" the ministry condemns, and the ambush is news."""
    found = _HABITUAL.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
    if found is None:
        return False
    if not found.group().lower().startswith("responsible"):
        return True
    verbs = [  # a verb in the past ("condemned"), not the "based" of "gender-based attacks"
        d for d in drafts if not d.noun and d.trigger.lower.endswith("ed") and ctx.text[d.trigger.start - 1] != "-"
    ]
    return not any(found.start() < d.trigger.start <= draft.trigger.start for d in verbs)


# "The targeted leader conducts ambushes and roadside bomb attacks": event nouns a role verb in the
# present governs (within a few words) are what someone does habitually, no event
_ROLE_VERB = re.compile(
    r"\b(?:conducts|coordinates|orchestrates|organizes|organises|facilitates|specializes\s+in|specialises\s+in)"
    r"\s+(?:[\w-]+,?\s+(?:and\s+)?){0,6}\Z",
    re.IGNORECASE,
)

# "families whose houses were burned", "those whose sons had been killed": a relative clause on people
_WHOSE_BEFORE = re.compile(r"\bwhose\s+(?:[a-z-]+\s+){1,2}(?:was|were|had\s+been|have\s+been|has\s+been)\s+\Z")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+ly\s+)?\Z", re.IGNORECASE)

_ANY_BEFORE = re.compile(r"\bany\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)


@cache
def _reaction() -> re.Pattern[str]:
    """ "appalled by the attack", "concerned about the strikes": `reaction_words` in grammar.yaml, then
    by/at/over/about and a determiner."""
    words = "|".join(re.escape(w) for w in sorted(load("grammar")["reaction_words"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{words})[\"”’']?\s+(?:by|at|over|about)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?\Z",
        re.IGNORECASE,
    )


@cache
def _label_before() -> re.Pattern[str]:
    """ 'as "an attack', 'called a "cowardly" attack': `label_words` in grammar.yaml, maybe a quoted
    judgement and "and", then "a"/"an" and at most one word, quotes allowed anywhere between."""
    words = spaced_alternation(load("grammar")["label_words"])
    quoted = r"[\"“”'‘’]?"
    return re.compile(
        rf"\b(?:{words})\s+(?:{quoted}[\w-]+{quoted},?\s+and\s+)?{quoted}an?\s+(?:{quoted}[\w-]+{quoted}\s+)?{quoted}\Z",
        re.IGNORECASE,
    )


_ON_AFTER = re.compile(r"\s+on\b")


@cache
def _ability() -> re.Pattern[str]:
    """ "air defences able to hit the aircraft", "the ability of these groups to strike", "missiles
    capable of striking": `ability_nouns` and `able_words` in grammar.yaml right before the verb; what
    can be done, not what was ("were able to hit the depot" says it was)."""
    data = load("grammar")
    nouns = "|".join(re.escape(w) for w in sorted(data["ability_nouns"], key=len, reverse=True))
    able = "|".join(re.escape(w) for w in sorted(data["able_words"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:{nouns})\s+(?:of\s+(?:[\w'’-]+\s+){{1,5}}?)?(?:to|of)\s+\Z"
        rf"|(?<!\bwas\s)(?<!\bwere\s)\b(?:{able})\s+(?:to|of)\s+\Z",
        re.IGNORECASE,
    )


# "drills between South Korea and the U.S.", "an exercise involving the United States, Japan and
# South Korea": the parties named right after the drill
_PARTIES_AFTER = re.compile(r"\s+(?:between|involving|among|by)\s+(?:the\s+)?(?:armed\s+forces\s+of\s+)?\Z")
_PARTY_REACH = 4  # tokens from the drill noun to the first party
# words that may follow a party named whole ("between South Korea and the U.S. running from ...")
_PARTY_JOINERS = frozenset(
    {"and", "or", "to", "in", "on", "at", "off", "near", "over", "from", "which", "that", "as", "for", "with", "since",
     "this", "next", "last", "running", "starting", "beginning", "began", "begins", "will", "would", "is", "are", "was",
     "were", "ended", "ends", "kicked", "kicks", "got", "gets", "set", "due"}
)


def _drill_party(ctx: DocContext, draft: Draft, entities) -> EntityMention | None:
    """The first party named right after a drill noun ("between", "involving", "among", "by")."""
    trig = draft.trigger
    for e in entities:
        if e.start < trig.end or not e.entity or e.kind == "person":
            continue
        if ctx.tok_at(e.start) - trig.tok_end > _PARTY_REACH:
            return None
        nxt = ctx.tokens[ctx.tok_at(e.end)] if ctx.tok_at(e.end) < len(ctx.tokens) else None
        if e.kind == "demonym" or (nxt is not None and nxt.lower[:1].isalnum() and nxt.lower not in _PARTY_JOINERS):
            return None  # "a drill involving U.S. B-52 bombers": whose aircraft, not who drills
        return e if _PARTIES_AFTER.fullmatch(ctx.text, trig.end, e.start) else None
    return None


@cache
def _schedule_pattern() -> re.Pattern[str]:
    """", which is set to begin", " scheduled to start": `scheduled_openers` and `scheduled_verbs`
    in cues.yaml after an event noun, in its relative clause or right after it."""
    cues = load("cues")
    openers = "|".join(re.escape(w) for w in sorted(cues["scheduled_openers"], key=len, reverse=True))
    ordered = sorted(cues["scheduled_verbs"], key=len, reverse=True)
    verbs = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    return re.compile(
        rf"(?:,?\s+(?:which|that)\s+(?:is|are|was|were))?\s+(?:{openers})\s+to\s+(?:{verbs})\b", re.IGNORECASE
    )


_SCHEDULE_REACH = 90  # characters from the event noun to its schedule (past the parties it names)


def _scheduled(ctx: DocContext, draft: Draft, sent: Segment) -> None:
    """An event noun whose own clause says it is yet to start ("the Freedom Edge exercise involving
    South Korea, the United States and Japan, which is set to begin later this week"): possible,
    dated by the time in that clause."""
    pattern = _schedule_pattern()
    stop = min(sent.end, draft.trigger.end + _SCHEDULE_REACH)
    for comma in [draft.trigger.end, *(m.start() for m in re.finditer(r",", ctx.text[draft.trigger.end : stop]))]:
        at = comma if comma == draft.trigger.end else draft.trigger.end + comma
        match = pattern.match(ctx.text, at, sent.end)
        if match is None:
            continue
        draft.modality = "possible"
        when = next((t for t in ctx.in_sentence(ctx.times, sent) if t.start >= match.end() and t.date_start), None)
        if when is not None:
            draft.time, draft.time_borrowed = when, False
        return


# "flew thousands of balloons carrying trash across the border", "floated southward over the MDL"
_ACROSS_BORDER = re.compile(
    r"[^.;]{0,60}?\b(?:across|over)\s+the\s+(?:inter-Korean\s+)?(?:border|frontier|Military\s+Demarcation\s+Line|MDL|DMZ)\b",
    re.IGNORECASE,
)


def _across_the_border(ctx: DocContext, draft: Draft, actor: EntityMention | None) -> EntityMention | None:
    """Balloons sent "across the border" land with the sender's adversary (sides.yaml): the
    North's balloons in the South."""
    owner = actor.entity if actor is not None else None
    other = adversary_of(owner) if owner else None
    if other is None or not _ACROSS_BORDER.match(ctx.text, draft.trigger.end):
        return None
    country = other.split(".")[0]
    return EntityMention(draft.trigger.start, draft.trigger.start, "", country, "side")


@cache
def _facility_for() -> re.Pattern[str]:
    """ "a site for the production of", "facilities used for the manufacture of": grammar.yaml's
    `facility_nouns`, an optional "used", then "for" and an optional "the", right before a noun."""
    words = "|".join(re.escape(w) for w in sorted(load("grammar")["facility_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:used\s+)?for\s+(?:the\s+)?\Z", re.IGNORECASE)


def _hits_nothing(ctx: DocContext, trig: Trigger) -> bool:
    """An attack verb whose object is the water, the sea or the ground (grammar.yaml `non_targets`)."""
    if not any(etype == "ATTACK" for etype, _ in trig.readings) or trig.tok_end + 1 >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[trig.tok_end].lower
    g = grammar()
    if nxt in ("the", "open"):
        nxt = ctx.tokens[trig.tok_end + 1].lower
    if nxt in g.non_targets:
        return True
    # "hitting a target in open waters", "hit a pre-set target island in the sea": a test's target at sea
    after = [t.lower for t in ctx.tokens[trig.tok_end : trig.tok_end + 8]]
    aimed = next((k for k, w in enumerate(after) if w in ("target", "targets")), None)
    if aimed is None or aimed > 3:
        return False
    return any(w in g.non_targets for w in after[aimed + 1 :]) and "." not in after[: aimed + 1]


def _suffered(ctx: DocContext, trig: Trigger, g) -> bool:  # noqa: ANN001 - Grammar
    """A casualty noun right after a verb of suffering, past up to two modifiers ("taking
    casualties", "took heavy losses", "suffered significant casualties")."""
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 4), -1):
        if ctx.tokens[i].lower in g.suffer_verbs:
            return True
        if not ctx.tokens[i].lower.isalpha():
            return False
    return False


_FORTIFY_LIST_GAP = re.compile(r"[\s,]*(?:and\s+|as\s+well\s+as\s+)?", re.IGNORECASE)


def _end_of_object(draft: Draft) -> int:
    """Where a verb's object after it ends ("laying mines"), else where the trigger does."""
    if draft.obj is not None and draft.obj.start >= draft.trigger.end:
        return draft.obj.end
    return draft.trigger.end


def _forces_taking_part(ctx: DocContext, trig: Trigger, items: list[ItemMention], lex) -> ItemMention | None:  # noqa: ANN001
    """The state forces that are the subject of a form of taking part (triggers.yaml DEPLOY ``taking_part``)
    when it ends its clause ("no soldiers took part") or goes on to an operation ("will not take part in any
    operation", "are not taking part in crowd-control operations"); None otherwise."""
    troops = _subject_personnel(ctx, trig, items)
    g = grammar()
    if troops is None or _not_forces(troops) or troops.text.lower().split()[-1] not in g.state_forces | g.soldier_words:
        return None
    after = _TAKING_PART_IN.match(ctx.text, trig.end)
    if after is None:
        return None
    sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
    if after.group(1) is None and _event_named().search(ctx.text, sent.start, trig.start):
        return None  # "held an exercise near Dapaong, with nearly 400 soldiers taking part": that event's
    if _DENIED_BEFORE.search(ctx.text, max(sent.start, trig.start - _DENIAL_REACH), trig.start):
        return None  # "the army denied that its soldiers took part": the act denied, its own claim
    if after.group(1) is None:
        return troops
    words = after.group(1).lower().split()
    # "in any operation", "for street patrols", "in crowd-control operations"
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    told = any(span in lex.taking_part_in for span in spans)
    return troops if told else None


@cache
def _event_named() -> re.Pattern[str]:
    """An exercise or an attack named by its noun: what a form of taking part may point back to."""
    nouns = trie_pattern(forms_of("EXERCISE", "noun") | forms_of("ATTACK", "noun"))
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)


# what follows a form of taking part: its clause's end, or "in" and what is taken part in
_TAKING_PART_IN = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:and|but|since|so)\b)|\s+(?:in\s+)?(?:any|the|an?|this|these|such|its|their)?\s*"
    r"((?:[\w-]+\s+){0,2}[\w-]+)\b",
    re.IGNORECASE,
)


def _people_taken(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> ItemMention | None:
    """The people a form of taking carries off (triggers.yaml CASUALTY ``taken_by_armed``): people whose count
    opens the object ("took six crew members", "taking two of our crew"), within four words, with armed people
    named before the form in its sentence ("Pirates boarded the tanker and took ..."); None otherwise."""
    sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
    armed = item_lexicon().armed
    if not any(
        it.cls == "personnel"
        and sent.start <= it.start
        and it.end <= trig.start
        and (it.text.lower() in armed or it.text.lower().split()[-1] in armed)
        for it in items
    ):
        return None
    taken = next(
        (it for it in items if it.cls == "personnel" and it.start > trig.end and it.tok_start - trig.tok_end <= 4), None
    )
    if taken is None:
        return None
    counted = any(
        q.kind in COUNT_KINDS and q.start < taken.end and not ctx.text[trig.end : q.start].strip()
        for q in ctx.in_sentence(ctx.quantities, sent)
    )
    return taken if counted else None


def _fugitive_abroad(ctx: DocContext, trig: Trigger, items: list[ItemMention], entities, lex) -> ItemMention | None:  # noqa: ANN001
    """The suspects or armed people right before a form of fleeing or crossing, a hedge between allowed, when a
    country follows it ("A fifth suspect is believed to have fled to Spain", "The suspects are thought to have
    crossed into South Africa"; triggers.yaml DEPLOY ``fugitives``), or None."""
    before = [it for it in items if it.cls == "personnel" and it.tok_end <= trig.tok_start]
    if not before or not _just_before(ctx, before[-1], trig, raised=True):
        return None
    if before[-1].text.lower().split()[-1] not in lex.fugitives | item_lexicon().armed:
        return None
    return before[-1] if _enters_side(ctx, trig, entities) else None


def _one_fortification(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """ "its troops have been laying mines and erecting anti-tank walls": works listed in one clause
    are one fortification claim (the gold's reading), its evidence running over the list."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.type == prev.type == "FORTIFY"
            and not d.noun
            and d.quantity is None
            and prev.quantity is None
            and prev.trigger.end <= d.trigger.start
            and _FORTIFY_LIST_GAP.fullmatch(ctx.text, _end_of_object(prev), d.trigger.start)
        ):
            prev.ev_end = max(prev.ev_end, d.ev_end, d.obj.end if d.obj is not None else 0)
            continue
        out.append(d)
    return out


_BLAME_FORMS = frozenset({"blame", "blames", "blamed", "blaming", "accuse", "accuses", "accused", "accusing"})
# "blamed Russia for the attack on the dam": the accused, then the act
# ("accused the RSF of the attack": "of" for an accusation)
_BLAMED_FOR = re.compile(
    r"(?:\)|\s+\([A-Z][\w-]*\))?"  # "the Rapid Support Forces (RSF) for the attacks": past the acronym
    r"\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "blamed the explosion on Islamic State militants": the act, then the accused
_BLAMED_ON = re.compile(r"\s+on\s+(?:the\s+)?", re.IGNORECASE)


def _blamed_acts(  # noqa: PLR0913 - the sentence's parts, as sentence_drafts holds them
    ctx: DocContext,
    drafts: list[Draft],
    triggers: list[Trigger],
    entities: list[EntityMention],
    index: int,
    para: int,
    state: dict,
) -> list[Draft]:
    """ "Ukraine blamed Russia for the attack on the dam", "the army blamed the explosion on Islamic
    State militants": the act blamed is the claim, by the side blamed (its source the accuser, as
    for "accused X of shelling"); the blaming adds no claim of its own."""
    out = list(drafts)
    for statement in drafts:
        if statement.type != "STATEMENT" or statement.trigger.lower not in _BLAME_FORMS:
            continue
        acts = [
            t
            for t in triggers
            if t.start > statement.trigger.end
            and t.tok_start - statement.trigger.tok_end <= 12  # past a long name and its acronym
            and any(etype == "ATTACK" for etype, _ in t.readings)
        ]
        if not acts:
            continue
        act = acts[0]
        accused = next(
            (
                e
                for e in entities
                if e.entity
                and statement.trigger.end <= e.start
                and e.end <= act.start
                and _BLAMED_FOR.fullmatch(ctx.text, e.end, act.start)
            ),
            None,
        )
        if accused is None:
            later = [e for e in entities if e.entity and e.start > act.end]
            accused = next((e for e in later if _BLAMED_ON.fullmatch(ctx.text, act.end, e.start)), None)
            if accused is None:  # "blamed the attack on Russian forces": past the accused's modifiers
                after = [e for e in entities if e.entity and e.start > act.end and e.start - act.end <= 30]
                accused = next((e for e in after if _BLAMED_ON.match(ctx.text, act.end)), None)
        if accused is None:
            continue
        existing = next((d for d in out if d.trigger.start == act.start and d.type == "ATTACK"), None)
        if existing is None:
            existing = Draft("ATTACK", act, index, para, True, act.start, act.end)
            _attach_people(ctx, existing, [e for e in entities if e is not accused], False, state)
            out.append(existing)
        existing.actor, existing.actor_id = accused, accused.entity
        existing.claimed = True  # the accuser's account of an act told before: a claim of its own
        if existing.recipient is not None and existing.recipient.entity == accused.entity:
            existing.recipient = None
        out.remove(statement)
    return sorted(out, key=lambda d: d.trigger.start)


# a reduced relative on the subject, then its own verb of death or wounds
_SUFFERED_AFTER = re.compile(
    r"[^.;,]{0,60}?\b(?:have|has|had|were|was|are)\s+(?:also\s+)?(?:been\s+)?(?:died|killed|wounded|injured|captured|"
    r"taken\s+prisoner)\b|[^.;,]{0,60}?\b(?:died|were\s+killed)\b",
    re.IGNORECASE,
)
_TRAILING_SPEAKER = re.compile(r"\s*(?:[\w'’.-]+\s+){1,6}")  # ", a KPA spokesman warned"
# "lost no soldiers", "denied losing any fighters", "had lost many men": people lost, told without a count
_LOST_PEOPLE_GAP = re.compile(
    r"\s+(?:no|any|many|several|some|more|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of)?\s*"
    r"(?:(?!(?:a|an|the|his|her|their|its|our|my|your)\s)[a-z-]+\s+)?\Z",
    re.IGNORECASE,
)
_LOSE_FORMS = frozenset({"lose", "loses", "lost", "losing"})


def _lost_people(ctx: DocContext, draft: Draft) -> bool:
    """A form of "lose" whose object is people right after it, a determiner and one adjective between at
    most: a casualty claim with no count ("the NPA denied losing any fighters"); "lost ground", "lost
    contact" are none."""
    obj = draft.obj
    if draft.trigger.lower not in _LOSE_FORMS or obj is None or obj.cls != "personnel" or obj.start < draft.trigger.end:
        return False
    if obj.text.lower() in grammar().victim_object_pronouns:
        return False  # "before losing them at the road": the tracks followed
    return _LOST_PEOPLE_GAP.fullmatch(ctx.text, draft.trigger.end, obj.start) is not None


_BODY_NOUNS = frozenset({"body", "bodies"})


def _body_found_verbs() -> str:
    """grammar.yaml ``body_found_verbs`` as a regex alternation."""
    return spaced_alternation(load("grammar")["body_found_verbs"])


@cache
def _body_found_after() -> re.Pattern[str]:
    """ "of" and a person, then (past at most 100 characters, no clause break) a ``body_found_verbs`` verb
    that is no "found that"."""
    return re.compile(
        rf"\s+of\s+(?:a|an|one|the|his|her|their)\s[^.;:!?]{{0,100}}?\b(?:{_body_found_verbs()})\b"
        r"(?!\s+(?:that|no)\b)",
        re.IGNORECASE,
    )


@cache
def _body_found_before() -> re.Pattern[str]:
    """A ``body_found_verbs`` verb and a determiner right before "body" ("police recovered the body of")."""
    return re.compile(rf"\b(?:{_body_found_verbs()})\s+(?:the|a)\s+\Z", re.IGNORECASE)


def _body_found(ctx: DocContext, draft: Draft) -> bool:
    """A dead person's body found, told with no count ("the body of a migrant was found near
    Astromeritis", "police recovered the body of a fisherman"): a death, though no number is given."""
    if draft.type != "CASUALTY" or draft.trigger.lower not in _BODY_NOUNS:
        return False
    if _body_found_after().match(ctx.text, draft.trigger.end):
        return True
    before = _body_found_before().search(ctx.text, max(0, draft.trigger.start - 30), draft.trigger.start)
    return before is not None and ctx.text.startswith(" of ", draft.trigger.end)


# "none of its soldiers were in Congo", "no Rwandan troops are in Congo": forces denied where they are said to be
_NONE_OF_BEFORE = re.compile(
    r"(?:^|[^\w-])(?:none\s+of(?:\s+(?:its|their|the|his|our))?|no)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE
)


def _no_forces_present(ctx: DocContext, draft: Draft) -> bool:
    """A presence form ("were in") whose forces, told right before it, are "none of" or "no" forces: a
    denied presence, a negated DEPLOY though no count is given ("Rwanda said none of its soldiers were
    in Congo")."""
    obj = draft.obj
    if draft.type != "DEPLOY" or obj is None or obj.cls != "personnel" or obj.end > draft.trigger.start:
        return False
    return _NONE_OF_BEFORE.search(ctx.text, max(0, obj.start - 30), obj.start) is not None


def _vaguely_counted_state(ctx: DocContext, draft: Draft) -> bool:
    """People told in a state with a vague amount ("dozens of soldiers were missing", "several crew members
    remain unaccounted for"): the SPEC gives such a toll no number, but it is a toll all the same."""
    obj = draft.obj
    if draft.trigger.lower not in grammar().state_nouns or obj is None or obj.cls != "personnel":
        return False
    if obj.end > draft.trigger.start or not _STATE_LINK.fullmatch(ctx.text, obj.end, draft.trigger.start):
        return False
    return _VAGUE_AMOUNT_BEFORE.search(ctx.text, max(0, obj.start - 40), obj.start) is not None


_STATE_LINK = re.compile(
    r"\s+(?:were|are|was|is|remain|remained|remains|have\s+been|had\s+been)\s+(?:(?:still|now|reportedly|also)\s+)?",
    re.IGNORECASE,
)
_VAGUE_AMOUNT_BEFORE = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|several|many|numerous)\s+(?:of\s+)?(?:(?:the|their|its|his|her)\s+)?"
    r"(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)
_INFLICTED_LOSSES = re.compile(
    r"\b(?:inflict|inflicts|inflicted|inflicting)\s+(?:heavy|significant|serious|severe|major|huge|considerable)?\s*\Z",
    re.IGNORECASE,
)
_FIRED_CLASSES = frozenset({"missile", "drone", "drone_launch"})
_OF_THEM_AFTER = re.compile(r"\s+(?:(?:about|some|around|nearly|at\s+least)\s+)?[\w,-]+\s+of\s+them\b", re.IGNORECASE)
_CROWD_NEAR = re.compile(
    r"\b(?:protesters|demonstrators|rioters|students|supporters|fans|crowds?|mobs?)\b", re.IGNORECASE
)
_PENALTY_BEFORE = re.compile(
    r"\b(?:sanctions?|tariffs?|export\s+controls|restrictions|visa\s+bans?|designations?|indictments?|"
    r"charges|legislation|bill|law|resolution)\b[^.;]{0,60}\Z",
    re.IGNORECASE,
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:over|about|regarding|concerning|comment\s+on|commented\s+on|commenting\s+on"
    # "briefed the Council on the attack", "informed lawmakers of the strikes": what a briefing is about
    r"|(?:briefed|briefs|briefing|updated|updates|informed|informs)\s+(?:[\w'’-]+\s+){1,4}?(?:on|of))\s+"
    r"(?:the|these|those|this|that)\s+(?:[a-z][\w-]*\s+){0,2}\Z",
    re.IGNORECASE,
)
_RESPONSIBILITY_FOR = re.compile(
    r"\bresponsibility\s+for\s+(?:the|this|that|these|those|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE
)
_DENIAL = r"\b(?:den(?:y|ies|ied|ying)|rejected|rejects)\s+(?:any\s+|all\s+)?"
# "claimed the attack", "claimed responsibility for Tuesday's bombings", "claimed the 16 March killings"
_CLAIMED_PART = re.compile(
    r"\bclaim(?:s|ed|ing)?\s+(?:(?:full\s+)?(?:responsibility|credit)\s+(?:on\s+\w+\s+)?for\s+)?"
    r"(?:the|this|that|these|those|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _claim_before(ctx: DocContext, start: int, sent_start: int) -> re.Match[str] | None:
    """ "claimed the", "claimed responsibility for the" right before the noun at ``start``, in its sentence."""
    return _CLAIMED_PART.search(ctx.text, max(sent_start, start - 70), start)


def _claimer(ctx: DocContext, draft: Draft, sent: Segment) -> tuple[EntityMention | None, str | None] | None:
    """The side that claims an attack as its own, as (mention, entity id): the last side named before
    "claimed" ("FLEC-FAC claimed the attack", "a regional NPA command claimed responsibility for the
    bombings"), else a body the lexicons do not name, read as an unnamed denier is ("A separatist militia
    claimed the blast": the home country's, in the sector its words give, with no mention); None when no
    one claims it."""
    if not draft.noun or draft.type not in ("ATTACK", "LAUNCH", "CASUALTY"):
        return None
    claimed = _claim_before(ctx, draft.trigger.start, sent.start)
    if claimed is None:
        return None
    side = _last_side_before(ctx, sent, claimed.start())
    if side is not None:
        return side, side.entity
    unnamed = _unnamed_denier(ctx, sent, claimed.start())
    return (None, unnamed.entity) if unnamed is not None else None


# the words that open a denial: an article, up to four words of a body, a verb group's words
_DENIER_WORDS = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:\w+\s+){0,2}\Z"
)


@cache
def _denier_verb() -> re.Pattern[str]:
    """What follows the denier's own words: grammar.yaml ``denier_verb_words`` ("A local union said it had")."""
    return re.compile(r"\s+(?:" + spaced_alternation(load("grammar")["denier_verb_words"]) + r")\b", re.IGNORECASE)


def _unnamed_denier(ctx: DocContext, sent: Segment, char: int) -> SourceAssignment | None:
    """The body that opens a denial ("The faction denied", "The taxi association involved has
    denied") when the lexicons do not name it: the home country's, in the sector its words give."""
    found = _DENIER_WORDS.search(ctx.text, sent.start, char)
    if found is None:
        return None
    words = found.group()
    verb = _denier_verb().search(words)  # "A local union said it had": the body, not what it said
    words = words[: verb.start()] if verb is not None else words.rstrip()
    entity = _home_body(ctx, words, sectors=None)
    if entity is None:
        return None
    start, end = found.start(), found.start() + len(words)
    return SourceAssignment(entity, ctx.text[start:end], start, end, start, end)


def _last_side_before(ctx: DocContext, sent: Segment, char: int) -> EntityMention | None:
    """The last side of the sentence named before ``char``: who denies or claims what follows."""
    return next((e for e in reversed(ctx.in_sentence(ctx.entities, sent)) if e.end <= char and e.entity), None)


_DENIAL_REACH = 80  # characters back from an act's words to the denial that negates it
# "denied responsibility for the attack", "denies any involvement in the rocket fire", "said it had
# nothing to do with the blast": a side's denial of the event named after it, a negated claim of its own
_DENIED_PART = re.compile(
    r"(?:" + _DENIAL + r"(?:(?:having\s+)?(?:taken|taking)\s+(?:any\s+)?)?(?:responsibility|involvement|role|part)\s+"
    r"(?:for|in)|\bnothing\s+to\s+do\s+with)\s+"
    r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
# "denied any involvement": a denial verb right before `denied_nouns`; "for the attack" after them names
# the event itself (see `_DENIED_PART`)
_DENIED_BEFORE = re.compile(
    _DENIAL
    + r"(?:(?:on\s+\w+\s+(?:\w+\s+)?)?that\s+(?:any\s+of\s+)?(?:[\w'’-]+\s+){1,3}?(?:had\s+|have\s+|has\s+)?)?\Z",
    re.IGNORECASE,
)  # "denied any involvement"; "denied on Sunday evening that any of its members took part"
_FOR_EVENT_AFTER = re.compile(r"\s+(?:for|in)\s+(?:the|this|that|these|those|any|an?)\b", re.IGNORECASE)
# "in a mass-casualty drill", "was a scheduled drill": the exercise just told, named again by its kind
_NAMES_THE_EXERCISE = re.compile(r"\b(?:in|during|was|is)\s+an?\s+(?:[\w-]+\s+){0,3}?\Z", re.IGNORECASE)


@cache
def _habit_before() -> re.Pattern[str]:
    """grammar.yaml ``habit_phrases`` right before a verb ("used to move", "known for moving")."""
    return re.compile(rf"\b(?:{spaced_alternation(load('grammar')['habit_phrases'])})\s+\Z", re.IGNORECASE)


_LANDING_OPENER = re.compile(r"(?:,|\bbefore|\bafter|\bthen)\s*\Z", re.IGNORECASE)


def _lands_act_told(ctx: DocContext, sent: Segment, draft: Draft, drafts: list[Draft]) -> bool:
    """ ", hitting its tail boom twice", "before hitting an island target": grammar.yaml ``landing_participles``
    with no count, after a comma or "before", when an attack or launch is told earlier in the sentence: where
    that act landed."""
    trig = draft.trigger
    if trig.lower not in grammar().landing_participles or draft.quantity is not None:
        return False
    if not _LANDING_OPENER.search(ctx.text, max(sent.start, trig.start - 10), trig.start):
        return False
    return any(d.type in ("ATTACK", "LAUNCH") and sent.start <= d.trigger.start < trig.start for d in drafts)


@cache
def _harm_by_fire() -> tuple[frozenset[str], re.Pattern[str]]:
    """grammar.yaml ``harm_by_fire``: its nouns, and its verbs with "by" and at most six words before them."""
    data = load("grammar")["harm_by_fire"]
    verbs = spaced_alternation(data["verbs"])
    return frozenset(data["nouns"]), re.compile(
        rf"\b(?P<verb>{verbs})\s+by\s+(?:[\w'’-]+\s+){{0,6}}?\Z", re.IGNORECASE
    )


def _fire_of_harm_told(ctx: DocContext, sent: Segment, draft: Draft, drafts: list[Draft]) -> bool:
    """ "was killed by soldiers' fire", "was hit by several rounds of small-arms fire": the fire is the
    instrument of the attack or casualty told by the verb before it in the sentence, no attack of its own."""
    nouns, by_fire = _harm_by_fire()
    if draft.trigger.lower not in nouns:
        return False
    found = by_fire.search(ctx.text, max(sent.start, draft.trigger.start - 60), draft.trigger.start)
    return found is not None and any(  # the act whose words hold the verb of harm
        d.type in ("ATTACK", "CASUALTY") and d.trigger.start <= found.start("verb") < d.trigger.end for d in drafts
    )


# "after the Sikikédé ambush", "following Tuesday's raid": an act named as the time of another
_AFTER_THE_EVENT = re.compile(
    r"\b(?:after|following)\s+(?:the|[A-Z]\w+day['’]s)\s+(?:[\w'’-]+\s+){0,3}?\Z", re.IGNORECASE
)
_REFERRING_BEFORE = re.compile(r"\b(?:the|this|these|those)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:this|that|these|those)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)


@cache
def _more_to_come() -> re.Pattern[str]:
    """grammar.yaml ``more_to_come`` right before a noun, past one modifier ("further cross-border raids")."""
    words = spaced_alternation(load("grammar")["more_to_come"])
    return re.compile(r"\b(?:" + words + r")\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)


def _more_before(ctx: DocContext, start: int) -> bool:
    """A word of ``more_to_come`` right before the noun at ``start`` ("further attacks", "fresh clashes")."""
    return _more_to_come().search(ctx.text, max(0, start - 30), start) is not None


def _barrier_with(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> ItemMention | None:
    """The barrier named right after a "with" that follows the form in its clause, past at most four
    words ("has been reinforced with earth-filled barriers", "fortified the town with sandbags"), or right
    after "by" for a form of "replace" ("replaced by a double fence")."""
    found = _replacing(trig) and _BY_WORD_AFTER.match(ctx.text, trig.end)  # "replaced by a fence"
    found = found or _WITH_AFTER.match(ctx.text, trig.end)
    if found is None and not trig.lower.endswith(" with"):
        return None
    after = found.end() if found is not None else trig.end
    return next((it for it in items if it.cls == "barrier" and after <= it.start <= after + 30), None)


_WITH_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+with\s+", re.IGNORECASE)
_BY_WORD_AFTER = re.compile(r"\s+by\s+", re.IGNORECASE)


def _replacing(trig: Trigger) -> bool:
    """A form of "replace" (FORTIFY's, in ``fortified_with``): what it builds comes after "by" or "with"."""
    return trig.lower.startswith("replac")


@cache
def _outbreak() -> re.Pattern[str]:
    """grammar.yaml ``outbreak_verbs`` later in the clause (no stop, semicolon or colon before them), not
    an infinitive ("to spread")."""
    verbs = spaced_alternation(load("grammar")["outbreak_verbs"])
    return re.compile(r"[^.;:!?]{0,80}?(?<!\bto\s)\b(?:" + verbs + r")\b", re.IGNORECASE)


def _outbreak_sides(ctx: DocContext, trig: Trigger, entities: list[EntityMention]) -> EntityMention | None:
    """The one side named between a fighting noun and its outbreak verb, when every side named there is
    the same ("fighting between the Yakumanda and Pokale clans broke out"), else None."""
    found = _outbreak().match(ctx.text, trig.end)
    named = [e for e in entities if found and trig.end <= e.start and e.end <= found.end() and e.entity]
    return named[0] if named and len({e.entity for e in named}) == 1 else None


def _breaks_out(ctx: DocContext, end: int) -> bool:
    """An ``outbreak_verbs`` verb after the noun ending at ``end`` ("fighting between the Yakumanda and
    Pokale clans broke out again", "tribal fighting has flared since late May")."""
    return _outbreak().match(ctx.text, end) is not None


@cache
def _foreseeing() -> re.Pattern[str]:
    """grammar.yaml ``foreseeing``: "are likely", "could not be excluded", "fear", "to be expected"."""
    return re.compile(r"\b(?:" + spaced_alternation(load("grammar")["foreseeing"]) + r")\b", re.IGNORECASE)


@cache
def _forecast_after() -> re.Pattern[str]:
    """grammar.yaml ``outlook_modals`` with ``outlook_verbs``, or ``outlook_states``, after a noun and at
    most 40 characters of its own words (no comma or clause break between)."""
    g = load("grammar")
    modal = spaced_alternation(g["outlook_modals"])
    verb = spaced_alternation(g["outlook_verbs"])
    state = spaced_alternation(g["outlook_states"])
    return re.compile(
        rf"[^.,;:!?]{{0,40}}?\s(?:(?:{modal})\s+(?:{verb})|(?:{state}))\b|\s+(?P<to>to)\s+(?:{verb})\b",
        re.IGNORECASE,
    )


def _forecast(ctx: DocContext, trig: Trigger) -> bool:
    """The noun ``trig`` is foreseen by the words after it ("A drone attack on the coast is possible",
    "violence could resume"), or by "to" right after it when a verb of forecasting governs it ("We expect
    fighting to resume")."""
    found = _forecast_after().match(ctx.text, trig.end)
    if found is None or found.group("to") is None:
        return found is not None
    before = ctx.text[max(0, trig.start - 40) : trig.start].lower().split()[-3:]
    return any(word in grammar().forecast_verbs for word in before)


def _further_foreseen(ctx: DocContext, draft: Draft) -> bool:
    """ "further attacks could not be excluded", "Staff fear further clashes when schools reopen",
    "A drone attack on the coast is possible": more attacks foreseen in their sentence, or the noun
    foreseen by the words after it, a claim that they may come (modality "possible"), though the noun
    names no one and no count."""
    if draft.type != "ATTACK":
        return False
    if draft.noun and _forecast(ctx, draft.trigger):
        return True
    if not _more_before(ctx, draft.trigger.start):
        return False
    sent = ctx.seg.sentences[draft.sentence]
    if draft.modality == "negated" and not modality.not_ruled_out(ctx.text, draft.trigger.end, sent.end):
        return False  # "further attacks could not be excluded" is no denial
    return _foreseeing().search(ctx.text, sent.start, sent.end) is not None


@cache
def _clash_weapons() -> re.Pattern[str]:
    """ "with" and, past at most six words, one of grammar.yaml ``clash_weapons``."""
    weapons = spaced_alternation(load("grammar")["clash_weapons"])
    return re.compile(rf"\bwith\s+(?:[\w'’-]+,?\s+){{0,6}}?(?:{weapons})\b", re.IGNORECASE)


@cache
def _record_opener() -> re.Pattern[str]:
    """grammar.yaml ``record_openers``, then anything but a clause break up to the noun."""
    return re.compile(
        r"\b(?:" + spaced_alternation(load("grammar")["record_openers"]) + r")\b[^.;:!?]{0,80}\Z", re.IGNORECASE
    )


def _on_a_record(ctx: DocContext, sent: Segment, draft: Draft) -> bool:
    """An attack or casualty noun listed after the words that open a criminal record or a charge sheet
    ("He has convictions for homicide, armed robbery and kidnapping")."""
    if draft.type not in ("ATTACK", "CASUALTY") or draft.quantity is not None:
        return False
    floor = max(sent.start, draft.trigger.start - 100)
    opener = _record_opener().search(ctx.text, floor, draft.trigger.start)
    if opener is None:
        return False
    # "convicted of the 2019 bombing of the market": an event told, dated between the words and the noun
    t = draft.time
    return t is None or draft.time_borrowed or not opener.start() <= t.start < draft.trigger.start


def _bare(draft: Draft, *, compound_ok: bool = False) -> bool:
    """A noun trigger with no argument of its own: no actor named in its sentence, no recipient,
    no count, no time and no object (with ``compound_ok``, a thing named right before the noun, "this
    missile strike", is no object either). Such mentions refer to events, they do not report them."""
    own_actor = draft.actor is not None
    has_object = draft.obj is not None and not (draft.obj.start <= draft.trigger.start < draft.obj.end)
    if compound_ok and has_object and draft.obj.end <= draft.trigger.start <= draft.obj.end + 1:
        has_object = False
    own_time = draft.time is not None and not draft.time_borrowed
    own_recipient = draft.recipient is not None and not draft.recipient_carried
    return not (own_actor or own_recipient or draft.quantity or own_time or has_object or draft.light_verb)


_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b")


def _in_relative_clause(text: str, sent_start: int, t: TimeMention, trigger_start: int) -> bool:
    return bool(_RELATIVE.search(text, sent_start, t.start)) and "," in text[t.end : trigger_start]


def _opens_question_turn(ctx: DocContext, sent: Segment, state: dict) -> bool:
    """The sentence opens a transcript turn labelled "Q" (or another question label); the turns are
    read once per document."""
    if "question_turns" not in state:
        labels = question_labels()
        state["question_turns"] = sorted(
            (turn.start, turn.start + len(turn.label) + 4)
            for turn in ctx.seg.turns
            if turn.label.strip("*:. \xa0").lower() in labels
        )
    turns = state["question_turns"]
    k = bisect_right(turns, (sent.start, float("inf"))) - 1
    return k >= 0 and turns[k][0] <= sent.start <= turns[k][1]


def _is_question(ctx: DocContext, sent: Segment) -> bool:
    """A question asserts nothing: "Are North Korean troops fighting in Kursk?" (a reporter's
    statement before it, in a "Q" turn, may still report what someone said)."""
    return ctx.text[sent.start : sent.end].rstrip("”\"' )").endswith("?")


def _victims_of_attacks(drafts: list[Draft]) -> None:
    """ "attacked Israeli communities ..., killing 1,200 people": civilians on the attacked side."""
    attacks = [d for d in drafts if d.type == "ATTACK" and d.recipient is not None and d.recipient.entity]
    for draft in drafts:
        if draft.type != "CASUALTY" or not attacks:
            continue
        current = draft.recipient.entity if draft.recipient is not None else None
        if current is not None and not current.endswith(".CVL"):
            continue
        target = min(attacks, key=lambda a: abs(a.trigger.start - draft.trigger.start)).recipient
        country = target.entity.split(".")[0]
        if (
            country != "IGO"
            and draft.obj is not None
            and civilian_head(draft.obj)
        ):
            draft.recipient = EntityMention(target.start, target.end, target.text, f"{country}.CVL", "group")


_MEANS = re.compile(
    r"\b(?:in|by|during|with)\s+(?:(?:an?|the|one|two|three)\s+(?:[\w-]+\s+){0,3}|(?:[a-z-]+\s+){1,3})\Z", re.IGNORECASE
)  # "in an air strike in Gaza City", "in air and ground operations"


def _means_of_casualties(ctx: DocContext, drafts: list[Draft]) -> None:
    """ "its forces had killed a senior Hamas commander in an air strike in Gaza City": the strike
    is the killing's means, so it has the killing's attacker and victims' side, not the victim who
    stands just before it."""
    killings = [d for d in drafts if d.type == "CASUALTY" and not d.noun and d.actor_id]
    for draft in drafts:
        if draft.type != "ATTACK" or not draft.noun:
            continue
        before = [k for k in killings if k.trigger.end <= draft.trigger.start]
        if not before or not _MEANS.search(ctx.text, max(0, draft.trigger.start - 40), draft.trigger.start):
            continue
        killing = before[-1]
        draft.actor, draft.actor_id = killing.actor, killing.actor_id
        own_target = draft.recipient is not None and draft.recipient.start >= draft.trigger.end
        if killing.recipient is not None and killing.recipient.entity and not own_target:
            # (not "two Americans taken hostage ... during the terrorist assault against Israel": its own target)
            draft.recipient = EntityMention(
                killing.recipient.start,
                killing.recipient.end,
                killing.recipient.text,
                killing.recipient.entity.split(".")[0],
                killing.recipient.kind,
            )


_OF_THEM = re.compile(r"\bof\s+(?:them|those|these)\b[^,;.]{0,30}\Z", re.IGNORECASE)


def _of_them(ctx: DocContext, drafts: list[Draft]) -> None:
    """ "North Korea has sent 11,000 soldiers to Russia, and some 3,000 of them have been killed":
    the people counted are the ones just sent, the sender's, not the place's where they fell."""
    sent_people: Draft | None = None
    for draft in drafts:
        if draft.type == "DEPLOY" and draft.actor is not None and draft.actor.entity:
            sent_people = draft
        elif (
            draft.type == "CASUALTY"
            and sent_people is not None
            and _OF_THEM.search(ctx.text, max(sent_people.trigger.end, draft.trigger.start - 60), draft.trigger.start)
        ):
            owner = sent_people.actor
            draft.recipient = EntityMention(owner.start, owner.end, owner.text, owner.entity.split(".")[0], owner.kind)
        elif (
            draft.type == "CASUALTY"
            and draft.recipient is None
            and _OF_THEM.search(ctx.text, max(0, draft.trigger.start - 60), draft.trigger.start)
        ):
            draft.recipient = _people_named_before(ctx, draft)


def _people_named_before(ctx: DocContext, draft: Draft) -> EntityMention | None:
    """ "12,000 North Korean soldiers are believed to be working on the project. At least three of
    them have been killed": "them" are the last people a demonym named, in this sentence or the last."""
    first = ctx.seg.sentences[max(0, draft.sentence - 1)].start
    for ent in reversed(ctx.entities_within(first, draft.trigger.start)):
        if ent.kind in ("demonym", "group") and ent.entity and any(
            it.cls == "personnel" and it.start - ent.end <= 1 for it in ctx.items_within(ent.start, ent.end + 40)
        ):
            return ent
    return None


# ", completing a withdrawal", ", marking the third deployment": a participle whose object is an event noun
_PARTICIPLE_NOUN_BEFORE = re.compile(
    r",\s+(?:completing|marking|ending|concluding|continuing|beginning|starting)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _participle_noun_actor(ctx: DocContext, drafts: list[Draft]) -> None:
    """ "The last U.S. troops left Niger on Sunday, completing a withdrawal of about 1,000 personnel": the
    event noun a participle clause names is done by the main clause's doer (not the place it names)."""
    for i, draft in enumerate(drafts):
        if not draft.noun or not _PARTICIPLE_NOUN_BEFORE.search(
            ctx.text, max(0, draft.trigger.start - 40), draft.trigger.start
        ):
            continue
        main = next(
            (d for d in reversed(drafts[:i]) if d.type == draft.type and not d.noun and d.actor_id),
            None,
        )
        if main is not None:
            draft.actor, draft.actor_id = main.actor, main.actor_id


def _share_victims(drafts: list[Draft]) -> None:
    """ "300 North Korean soldiers have been killed and 2,700 wounded while fighting Ukrainian
    forces": a casualty with no victims of its own counts the people of the one before it."""
    previous = None
    for draft in drafts:
        if draft.type != "CASUALTY":
            continue
        if previous is not None and draft.obj is None and previous.recipient is not None:
            draft.recipient = previous.recipient
        previous = draft


def _drop_objects_of_same_type(drafts: list[Draft]) -> list[Draft]:
    """ "build fortifications": a noun trigger that is what another trigger of its type acts on; and
    the second verb of a chain of one type ("remain stationed")."""
    out = []
    for draft in drafts:
        inside = any(
            other is not draft
            and other.type == draft.type
            and other.obj is not None
            and other.trigger.end <= draft.trigger.start < max(other.obj.end, other.trigger.end + 1)
            for other in drafts
        )
        chained = any(
            other.type == draft.type and not other.noun and draft.trigger.tok_start == other.trigger.tok_end
            for other in out
        )
        # "A fresh rotation of some 2,000 soldiers was sent to Kursk": the noun is the subject of a
        # passive verb of its own type, which tells the same event
        subject = draft.noun and draft.type == "DEPLOY" and any(
            other.type == draft.type
            and other.passive
            and other.obj is not None
            and draft.trigger.end <= other.obj.start
            and other.obj.end <= other.trigger.start
            for other in drafts
        )
        if not (draft.noun and inside) and not (chained and not draft.noun) and not subject:
            out.append(draft)  # not "remain stationed" twice: one verb chain, one claim
    return out


def para_of(ctx: DocContext, index: int) -> int:
    return ctx.seg.sentence_paragraph[index]


# "since the raid", "since Sunday's attack", "since last week's ambush": a span opened by an act told before
_SINCE_THE = re.compile(
    r"\b[Ss]ince\s+(?:the|that|this|[A-Z][a-z]+day['’]s|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\b"
)


def _since_the_act(ctx: DocContext, drafts: list[Draft], sent: Segment, state: dict) -> None:
    """ "Since the raid, the army has built a concrete wall": a claim with no time of its own whose sentence
    counts from an act (grammar.yaml ``since_acts``) runs from the day of the report's first attack to the
    dateline."""
    act = state.get("first_attack_time")
    if act is None or ctx.published is None or not any(d.time is None for d in drafts):
        return
    for found in _SINCE_THE.finditer(ctx.text, sent.start, sent.end):
        if found.group("noun") not in grammar().since_acts:
            continue
        span = TimeMention(
            found.start(), found.end(), found.group(), "date", None, act.date_start, ctx.published.isoformat()
        )
        for draft in drafts:
            if draft.time is None and draft.type != "ATTACK":
                draft.time = span
        return


def _remember_attack_time(drafts: list[Draft], state: dict) -> None:
    """The day of the report's first attack told with a time of its own (the act its lead tells), for a later
    "since the attack"."""
    if "first_attack_time" in state:
        return
    for draft in drafts:
        if draft.type == "ATTACK" and draft.time is not None and draft.time.date_start and not draft.time_borrowed:
            state["first_attack_time"] = draft.time
            return


def _left_untold(ctx: DocContext, start: int) -> bool:
    """A casualty noun a source does not report ("did not mention any injuries", "It did not report casualties",
    "does not publish casualty figures"; grammar.yaml ``untold_verbs``): nothing is said of a toll, so no
    claim, not even a negated one ("No casualties were reported" still is one)."""
    if _NO_WORD_BEFORE.search(ctx.text, max(0, start - 50), start):
        return True  # "There was no immediate word on casualties": nothing said either way
    found = _UNTOLD_BEFORE.search(ctx.text, max(0, start - 60), start)
    return found is not None and found.group("verb").lower() in grammar().untold_verbs


_NO_WORD_BEFORE = re.compile(
    r"\bno\s+(?:immediate\s+|official\s+|further\s+)?(?:word|information|details?)\s+(?:on|about|of)\s+"
    # "no immediate word on damage or casualties": another thing left untold first
    r"(?:any\s+|possible\s+)?(?:[a-z]+\s+(?:or|and)\s+(?:any\s+|possible\s+)?)?\Z",
    re.IGNORECASE,
)


def _counted_untold(ctx: DocContext, trig: Trigger, obj: ItemMention | None) -> bool:
    """Forces whose number a source does not give ("Moscow has not disclosed the number of troops
    involved"): the sentence tells of a figure withheld, not of a deployment."""
    if obj is None or obj.end > trig.start or not _NUMBER_OF_BEFORE.search(ctx.text, max(0, obj.start - 20), obj.start):
        return False
    return _left_untold(ctx, obj.start)


# "did not mention any", "does not publish comprehensive", "has not yet released": a verb of telling denied
_UNTOLD_BEFORE = re.compile(
    r"\b(?:did|does|do|has|have|had)\s+(?:not|n['’]t)\s+(?:yet\s+)?(?P<verb>[a-z]+)\s+(?:[a-z]+\s+){0,3}\Z",
    re.IGNORECASE,
)


def _remember_time(ctx: DocContext, sent: Segment, para: int, state: dict) -> None:
    """The time later sentences of the story may borrow: the sentence's last, unless it dates only a
    comparison ("killed 46 ... on Tuesday, in one of the deadliest attacks this year": Tuesday)."""
    dated = [
        t
        for t in ctx.in_sentence(ctx.times, sent)
        if t.date_start is not None
        and t.start >= ctx.dateline_end
        and not _COMPARED_BEFORE.search(ctx.text, max(sent.start, t.start - 80), t.start)
        and not _ahead(ctx, t)
        and not _attributive_year(ctx, t, sent)
        # "an analysis published on Wednesday": the day of a document, no event's to lend
        and token_before(ctx, t.start) not in grammar().time_blockers
    ]
    if dated:
        state["last_time"] = dated[-1]
        state["last_time_paragraph"] = para
        state["last_time_speaker"] = _own_speaker(ctx, sent)


# "under a 2018 inter-Korean military pact", "since its 2022 invasion": a year that names a thing
# (a determiner before it, a lower-case word after it) dates that thing, not the story's next events
_ATTRIBUTIVE_YEAR = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:1[89]|20)\d\d\s+(?!(?:and|or|to|as|in|on|at|for|by|when|after|before)\b)[a-z]",
)


def _attributive_year(ctx: DocContext, t: TimeMention, sent: Segment) -> bool:
    found = _ATTRIBUTIVE_YEAR.search(ctx.text, max(sent.start, t.end - 20), min(sent.end, t.end + 30))
    return found is not None and found.start() < t.end <= found.end()


def _ahead(ctx: DocContext, t: TimeMention) -> bool:
    """ "will station a brigade in Lithuania by 2027": a time after the dateline dates a plan, and
    plans lend no time (the sentences after it that borrow are told as done or standing)."""
    if ctx.published is None or t.date_start is None:
        return False
    published = ctx.published.isoformat()
    if t.date_start > published:
        return True
    # "later this month", "before the end of the year": a window from the dateline on, or a deadline to come
    later = (t.date_end or "") > published
    return later and (t.date_start == published or token_before(ctx, t.start) in _DEADLINE_WORDS)


_DEADLINE_WORDS = frozenset({"before", "by", "until"})


def _striker_of_referenced_noun(ctx: DocContext, draft: Draft, sent: Segment, state: dict) -> None:
    """ "The US military said it had killed 12 fighters in an airstrike ... The strike, carried out on
    Wednesday, targeted fighters massing near Kismayo": a verb whose subject names a strike told
    before is done by that strike's striker. Strike nouns with a striker are remembered by their head."""
    strikes = state.setdefault("strikers_by_noun", {})
    head = draft.trigger.lower.split()[-1].rstrip("s")
    if draft.noun and token_before(ctx, draft.trigger.start) in ("the", "this", "that") and head in strikes:
        if draft.actor is None:
            draft.actor_id = strikes[head]  # "the strike" after "an airstrike" by the US: the US's strike
        return
    if draft.noun and draft.actor_id:
        strikes[head] = draft.actor_id
        if head.startswith("air") and len(head) > 3:
            strikes[head[3:].strip("- ")] = draft.actor_id  # "an airstrike", then "the strike"
        return
    if draft.noun or draft.passive:
        return
    opening = _REFERENCED_STRIKE.match(ctx.text, max(sent.start, ctx.dateline_end))
    source = ctx.sources.get(draft.sentence)
    if opening is None and source is not None and sent.start <= source.cue_end < draft.trigger.start:
        opening = _REFERENCED_STRIKE.match(ctx.text, source.cue_end)  # "Africom said the strike ... targeted"
    if opening is None or opening.end() > draft.trigger.start:
        return
    striker = strikes.get(opening.group("noun").lower().rstrip("s"))
    if striker is not None and _only_aside_between(ctx.text, opening.end(), draft.trigger.start):
        draft.actor, draft.actor_id = None, striker


# "The strike, carried out on Wednesday, targeted": a sentence opening on a strike told before
_REFERENCED_STRIKE = re.compile(
    r"\s*(?:that\s+)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>strikes?|attacks?|raids?|airstrikes?|operations?|bombardments?)\b"
)


def _only_aside_between(text: str, start: int, end: int) -> bool:
    """Nothing but an aside in commas and a verb group between the noun and the verb."""
    between = _ASIDE.sub(" ", text[start:end]).split()
    return len(between) <= 2 and all(w.isalpha() and w.islower() for w in between)


def _speaker_goes_on(ctx: DocContext, draft: Draft) -> None:
    """ "The Iran-backed group blamed the United States for the attack and vowed to respond": a
    statement verb coordinated after the speaker's cue is the speaker's, not the cue's object's."""
    src = draft.source
    if draft.type != "STATEMENT" or draft.noun or src is None or not src.entity or draft.actor is None:
        return
    if not src.cue_end <= draft.actor.start < draft.trigger.start:
        return
    if _AND_THEN_VERB.search(ctx.text, draft.actor.end, draft.trigger.start):
        draft.actor, draft.actor_id = None, src.entity


# "... for the attack and vowed": the object's phrase ends and a second verb of the subject follows
_AND_THEN_VERB = re.compile(r"\s(?:and|but)\s+(?:also\s+|then\s+)?\Z")


def _sentence_start(ctx: DocContext, draft: Draft) -> int:
    return max(ctx.seg.sentences[draft.sentence].start, ctx.dateline_end)


# "Of the aircraft, ", "Of those, ": a sentence that opens on a set told before
_PARTITIVE_OF = re.compile(r"\s*Of\s+(?:the|those|these|them)\b", re.IGNORECASE)


def _days_before(ctx: DocContext, drafts: list[Draft], sent: Segment, state: dict) -> None:
    """ "The launch came a day after the North fired some 10 rockets, and three days after it flew
    balloons across the border": each event after "N days after" happened N days before the one the
    sentence dates (its own time, else the time of the story it goes on)."""
    text = ctx.text
    spans = list(_DAYS_AFTER.finditer(text, sent.start, sent.end))
    if not spans:
        return
    anchor = next((d.time for d in drafts if d.time is not None and d.trigger.end <= spans[0].start()), None)
    told_again = event_reference(("ATTACK", "LAUNCH", "EXERCISE"), "the|this|that|these|those")
    if anchor is None and told_again.search(text, sent.start, spans[0].start()):
        # "The launch came a day after ...": the launch the story's lead dated
        lead = state.get("lead_time")
        anchor = lead[0] if lead else state.get("last_time")
    if anchor is None or anchor.date_start is None or anchor.date_start != anchor.date_end:
        return  # only a single day can be counted back from
    for k, found in enumerate(spans):
        counted = ctx.mention_at(ctx.quantities, found.start("n"))  # "three days": read by the quantity stage
        days = int(counted.value) if counted is not None and counted.value else None
        if days is None and found.group("n").lower() in ("a", "one"):
            days = 1
        if days is None:
            continue
        stop = spans[k + 1].start() if k + 1 < len(spans) else sent.end
        day = (dt.date.fromisoformat(anchor.date_start) - dt.timedelta(days=days)).isoformat()
        words = text[found.start() : found.end("after")]
        mention = TimeMention(found.start(), found.end("after"), words, "date", day, day, day)
        for draft in drafts:
            if found.end() <= draft.trigger.start < stop and (draft.time is None or draft.time_borrowed):
                draft.time, draft.time_borrowed = mention, False


# "a day after", "three days after": an event dated by counting back from the sentence's own
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<after>after)\s", re.IGNORECASE)


def _title_line(ctx: DocContext, index: int, sent: Segment, state: dict) -> bool:
    """A line of its own with no sentence end before the report's first full sentence: its title or a
    heading above the body, which names what the body tells."""
    para = ctx.seg.paragraphs[ctx.seg.sentence_paragraph[index]]
    line = ctx.text[sent.start : sent.end].rstrip()
    if (para.start, para.end) != (sent.start, sent.end) or line.endswith((".", "!", "?", '"', "”")):
        return False
    if "first_full_sentence" not in state:  # found once per report
        ends = (ctx.text[s.start : s.end].rstrip().endswith((".", "!", "?")) for s in ctx.seg.sentences)
        state["first_full_sentence"] = next((i for i, full in enumerate(ends) if full), len(ctx.seg.sentences))
    return index <= state["first_full_sentence"]


def _section_heading(ctx: DocContext, index: int, sent: Segment) -> bool:
    """A paragraph of a few words with no sentence end and no count, not the report's first line:
    the head of a section ("BALTIC", "Strike on border convoy")."""
    if index == 0 or ctx.seg.sentence_paragraph[index] == 0:
        return False
    para = ctx.seg.paragraphs[ctx.seg.sentence_paragraph[index]]
    if (para.start, para.end) != (sent.start, sent.end):
        return False
    line = ctx.text[sent.start : sent.end]
    if line.endswith((".", "!", "?", ":", ";", ",", "”", '"', ")")) or any(ch.isdigit() for ch in line):
        return False
    return len(line.split()) <= 6 and line[:1].isalpha() and line[:1].isupper() and "\n" not in line


def _own_speaker(ctx: DocContext, sent: Segment) -> str | None:
    """The speaker a sentence names itself (not one carried from before), or None."""
    source = ctx.sources.get(ctx.sentence_of(sent.start))
    if source is None or not source.entity or not sent.start <= source.start < sent.end:
        return None
    return source.entity


_LEAD_TYPES = ("ATTACK", "LAUNCH", "CASUALTY")
_LEAD_REACH = 6  # paragraphs after the lead over which its strike's time carries
_HAS_DONE = re.compile(r"\b(?:has|have|had\s+been|since|so\s+far|in\s+total|to\s+date)\b", re.IGNORECASE)


@cache
def _date_field() -> re.Pattern[str]:
    """A record's date field right before a date: "ID: CSM-26-0311 | DATE: 2026-03-16" (cues.yaml
    ``record_date_labels``)."""
    labels = "|".join(re.escape(w) for w in sorted(load("cues")["record_date_labels"], key=len, reverse=True))
    return re.compile(rf"\b(?:{labels})\s*:\s*\Z", re.IGNORECASE)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _record_date(ctx: DocContext, drafts: list[Draft], sent: Segment) -> None:
    """In an export of records ("ID: ... | DATE: 2026-03-16 | ...", then "NOTES: Two farmers were
    killed ..."), a claim of the record that tells no time of its own happened on the record's date:
    the last date field before the sentence, with no blank line between (a new record begins after one)."""
    if all(d.time is not None and not d.time_borrowed for d in drafts):
        return
    field = None
    for k in range(bisect_left(ctx.starts_of(ctx.times), sent.start) - 1, -1, -1):
        time = ctx.times[k]  # back to the record's start: a blank line before the sentence
        if _BLANK_LINE.search(ctx.text, time.end, sent.start):
            return
        if _date_field().search(ctx.text, max(0, time.start - 20), time.start):
            field = time
            break
    if field is None:
        return
    for d in drafts:
        if d.time is None or d.time_borrowed:
            d.time, d.time_borrowed, d.time_from_lead = field, True, False


def _far_borrowed(ctx: DocContext, draft: Draft, para: int) -> bool:
    """A time the claim took from outside its paragraph; one taken from the sentence before in the
    same paragraph ("Before dawn on Tuesday, police moved into the complex. Officers stormed ...")
    is the paragraph's own."""
    own = ctx.seg.paragraphs[para]
    return draft.time_borrowed and not own.start <= draft.time.start < own.end


def _lead_time(ctx: DocContext, drafts: list[Draft], para: int, state: dict) -> None:
    """A strike story's later paragraphs tell the lead's strike ("Russia launched 476 drones overnight
    ... In Kharkiv, 11 people were wounded"): an undated strike, launch or toll takes the lead's time,
    unless its clause counts a running total ("have been killed since") or looks back ("had been")."""
    lead = state.get("lead_time")
    if lead is None:
        dated = (d for d in drafts if d.type in _LEAD_TYPES and d.time is not None)
        first = next((d for d in dated if not _far_borrowed(ctx, d, para)), None)
        if first is not None and first.modality == "asserted":
            state["lead_time"] = (first.time, para)
        return
    lead_time, lead_para = lead
    if not 0 < para - lead_para <= _LEAD_REACH:
        return
    for draft in drafts:
        if draft.time is not None or draft.type not in _LEAD_TYPES or draft.modality not in (None, "asserted"):
            continue
        sent = ctx.seg.sentences[draft.sentence]
        if _HAS_DONE.search(ctx.text, sent.start, min(sent.end, draft.trigger.end + 40)):
            continue
        draft.time = lead_time
        draft.time_borrowed = True
        draft.time_from_lead = True


# a repair verb a few words before the thing a reduced relative says was damaged
_REPAIRED_BEFORE = re.compile(
    r"\b(?:restor|rebuil|repair|reconstruct|renovat|rehabilitat)[a-z]*\s+(?:[\w'’-]+\s+){0,4}\Z", re.IGNORECASE
)


def _continues_story(ctx: DocContext, sent: Segment, para: int, state: dict) -> bool:
    """An undated sentence borrows the time of its passage (SPEC "time"): one that opens with the
    event it continues ("During the search, ..."), or one in the paragraph of the last dated
    sentence or the next, opening with what that sentence named ("The patrol detained ..."). A
    sentence in which another body gives its own assessment starts another story ("Seoul's spy
    agency estimated that ..." after a launch the JCS dated), unless it names the same event again."""
    text = ctx.text
    if state.get("last_time") is None:
        return False
    speaker = _own_speaker(ctx, sent)
    if speaker and state.get("last_time_speaker") and speaker != state["last_time_speaker"]:
        source = ctx.sources.get(ctx.sentence_of(sent.start))
        assessed = source is not None and _belief_cue(text, source)
        named_again = event_reference(("ATTACK", "LAUNCH", "EXERCISE"), "the|this|these|that|those")
        if assessed and not named_again.search(text, sent.start, sent.end):
            return False  # ("the Houthi-run ministry said the strikes killed ...": the same strikes)
    if _opens_with_event_reference(text, sent):
        return True
    tally = state["last_time"].text.lower().startswith("since ")
    distance = para - state.get("last_time_paragraph", -10)
    if distance == 0:
        return True
    if tally:
        return False  # "... more than 100 attacks since November 2023": a tally's span ends with its paragraph
    head = text[sent.start : sent.start + 30].split()
    # "The patrol ...", "He died at the scene", "Two gunmen stepped out of a hatchback"
    return distance == 1 and bool(head) and (head[0] in _story_openers() or head[0].lower() in number_words())


@cache
def _story_openers() -> frozenset[str]:
    return frozenset(load("grammar")["story_openers"])


@cache
def event_reference(types: tuple[str, ...], determiners: str) -> re.Pattern[str]:
    """ "the strikes", "this launch", "the joint drills": a determiner (``determiners``, a regex
    alternation), one optional modifier and an event noun of ``types`` from triggers.yaml, in a
    named group per type."""
    groups = []
    for etype in types:
        body = "|".join(re.escape(w) for w in sorted(forms_of(etype, "noun"), key=len, reverse=True))
        groups.append(f"(?P<{etype}>{body})")
    return re.compile(rf"\b(?:{determiners})\s+(?:[\w-]+\s+)?(?:{'|'.join(groups)})\b", re.IGNORECASE)


def _fronted_reference(ctx: DocContext, trig: Trigger, sent: Segment) -> bool:
    """An event noun in a phrase that opens the sentence and points back ("After the attack,",
    "Following this week's strikes,"): the event was told before and makes no claim again."""
    if not ctx.text.startswith(",", trig.end):
        return False
    head = ctx.text[sent.start : trig.start].lower().split()
    g = grammar()
    return (
        2 <= len(head) <= 4
        and head[0] in g.sequence_preps
        and (head[1] in g.definite or head[1].endswith(("'s", "’s")))
        and all(w.isalpha() or "-" in w or w.endswith(("'s", "’s")) for w in head[1:])
    )


def anchors_time(ctx: DocContext, draft: Draft, kept: list[Draft]) -> bool:
    """A claim read off an event noun with no count that anchors a time inside its sentence, after one of
    grammar.yaml ``sequence_preps`` and a definite word with at most two modifiers ("five days before the
    attack", "security since the raids on scam compounds", "recovered after the Sikikédé ambush"): the event
    is told elsewhere, no claim again. Asked after the report's sides are settled, which such a mention's
    place still helps to settle ("the raids on scam compounds in Laos's Bokeo province"). A day's possessive
    ("following Wednesday's attack") dates the event itself: a claim when no other ``kept`` claim of its type
    tells that day."""
    if not draft.noun or draft.quantity is not None:
        return False
    if not _anchoring_reference(ctx, draft.trigger, ctx.seg.sentences[draft.sentence]):
        return False
    dated = draft.time is not None and _possessive_time(ctx, draft.time) and draft.time.end <= draft.trigger.start
    # "following Wednesday's attack on a police post": an event the report tells nowhere else is told here
    return not dated or any(
        other is not draft
        and other.type == draft.type
        and other.time is not None
        and not other.time_borrowed
        and other.time.date_start == draft.time.date_start
        for other in kept
    )


_TOLL_REACH = 7  # tokens from a toll's verb to the fight it was taken in ("killed on Monday in an exchange of fire")


def fight_of_toll(ctx: DocContext, draft: Draft, kept: list[Draft]) -> bool:
    """An ATTACK read off one of triggers.yaml ATTACK ``exchange_nouns`` right after a toll's verb and "in" ("four
    guards were killed in an exchange of fire", "a policeman was wounded in a shootout"): the fight the toll tells,
    with no side said to have opened it, so no claim of its own. Asked after the report's sides are settled and
    the toll has taken the fight's side as its actor."""
    trig = draft.trigger
    if draft.type != "ATTACK" or not draft.noun or trig.lower not in trigger_lexicon().exchange_nouns:
        return False
    if word_before_phrase(ctx, trig.start) != "in":
        return False
    return any(
        d.type == "CASUALTY" and not d.noun and 0 <= trig.tok_start - d.trigger.tok_end <= _TOLL_REACH for d in kept
    )


def _anchoring_reference(ctx: DocContext, trig: Trigger, sent: Segment) -> bool:
    g = grammar()
    nxt = ctx.tokens[trig.tok_end].lower if trig.tok_end < len(ctx.tokens) else "."
    if nxt[:1].isalnum() and nxt not in g.preps:
        return False  # "A day before the exercise began, two bombers joined ...": a clause of its own
    head = ctx.text[max(sent.start, trig.start - 60) : trig.start].lower().split()
    for k in range(2, 5):
        if len(head) < k:
            return False
        prep, det, mods = head[-k], head[-k + 1], head[len(head) - k + 2 :]
        if prep in g.sequence_preps and (det in g.definite or det.endswith(("'s", "’s"))):
            return all(w.replace("-", "").isalpha() for w in mods)
    return False


def _framing_noun(ctx: DocContext, trig: Trigger, sent: Segment, triggers: list[Trigger]) -> bool:
    """An indefinite event noun framing the sentence ("In a separate attack,", "In another strike,")
    before a verb of the same type: the verb tells the event, the frame only opens it."""
    if not ctx.text.startswith(",", trig.end):
        return False
    head = ctx.text[sent.start : trig.start].lower().split()
    if not 2 <= len(head) <= 3 or head[0] != "in" or head[1] not in ("a", "an", "another"):
        return False
    types = {etype for etype, _ in trig.readings}
    return any(
        trig.end < other.start < sent.end and any(t in types and pos == "verb" for t, pos in other.readings)
        for other in triggers
    )


def _opens_with_event_reference(text: str, sent: Segment) -> bool:
    """ "During the search, ...", "After the raid, ...": the sentence goes on with an earlier event."""
    head = text[sent.start : sent.start + 60].lower().split()
    g = grammar()
    return (
        len(head) >= 3
        and head[0] in g.event_reference_preps
        and head[1] in g.definite
        and (head[2].strip(",") in g.event_reference_nouns)
    )


def _modifies_next(trig: Trigger, triggers: list[Trigger]) -> bool:
    """ "a training exercise": a noun right before a noun of its type; "a maritime firing drill", "strike
    drills": any event noun right before a drill's noun names the kind of drill."""
    types = {t for t, pos in trig.readings if pos == "noun"}
    if any(t in ("ATTACK", "LAUNCH") for t, _ in trig.readings):
        types.add("EXERCISE")  # (not "statements denouncing joint drills": a statement's own object)
    return any(
        other.tok_start == trig.tok_end and any(t in types and pos == "noun" for t, pos in other.readings)
        for other in triggers
    )


def _subject_ends_before(ctx: DocContext, trig: Trigger, entities, items) -> bool:
    """A subject right before a past verb form ("Iran sent drones", "Israeli jets struck sites", "they
    hit positions"): a named party, a pronoun, or troops or aircraft."""
    readings = trigger_lexicon().readings
    if f"{trig.lower}s" in readings or f"{trig.lower}es" in readings:
        return False  # a base form ("drone launch sites", "strike groups"): a modifier after all
    prev = ctx.tokens[trig.tok_start - 1]
    if prev.lower in grammar().pronouns:
        return True
    if any(e.end == prev.end for e in entities):
        return True
    if _plural_common_noun(ctx, prev):
        return True  # "security firms flew drones over the sites": a plural noun, then a past form
    return any(it.end == prev.end and it.cls in ("personnel", "platform") for it in items)


def _plural_common_noun(ctx: DocContext, tok) -> bool:  # noqa: ANN001 - a token
    """A lower-case plural word ("firms", "farmers"), not a function word: a subject before a verb form."""
    word = tok.lower
    g = grammar()
    return (
        word.isalpha()
        and ctx.text[tok.start].islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in g.preps | g.aux | g.dets | g.pronouns
    )


def _inside_name(ctx: DocContext, trig: Trigger, tok_lo: int, tok_hi: int) -> bool:
    """A capitalised event noun inside a sentence followed by another capitalised word is part of
    a proper name ("Fire Relief Housing", "Strike Fighter"); "Freedom Shield Exercise" ends one."""
    if trig.tok_start == tok_lo or trig.tok_end >= tok_hi or not ctx.text[trig.start].isupper():
        return False
    nxt = ctx.tokens[trig.tok_end]
    return ctx.text[nxt.start].isupper() and nxt.lower.isalpha()


def _ends_named_body(ctx: DocContext, trig: Trigger, entities: list[EntityMention]) -> bool:
    """A capitalised word that closes the name of a body the text names ("the Belize Coast Guard", "the
    State Border Guard Service"): a word of the name, not a verb, so no object search stops at it."""
    if not ctx.text[trig.start].isupper():
        return False
    return any(e.entity and e.start < trig.start and trig.end <= e.end for e in entities)


def _ends_a_name(ctx: DocContext, trig: Trigger, tok_lo: int) -> bool:
    """A capitalised verb form after a capitalised word in running text ("told Demo Monitor",
    "the Kyiv Independent reported"): the end of a name. A title-case headline, where the word
    before that is capitalised too, is left alone."""
    i = trig.tok_start
    if i - 2 < tok_lo or not ctx.text[trig.start].isupper():
        return False
    prev, before = ctx.tokens[i - 1], ctx.tokens[i - 2]
    return ctx.text[prev.start].isupper() and prev.lower.isalpha() and not ctx.text[before.start].isupper()


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


_TRADING_FIRE = frozenset({"exchange", "exchanges", "exchanged", "exchanging", "trade", "traded", "trading"})


def _other_party(ctx: DocContext, draft: Draft, entities: list[EntityMention]) -> EntityMention | None:
    """The second of two sides joined by "and" before a verb of trading fire: the one fired on."""
    actor = draft.actor
    if actor is None or not draft.actor_id:
        return None
    for e in entities:
        if actor.end <= e.start < draft.trigger.start and e.entity and e.entity[:3] != draft.actor_id[:3]:
            if re.fullmatch(r"\s+and\s+(?:the\s+)?", ctx.text[actor.end : e.start]):
                return e
    return None


_WRECKING = ("destroy", "blew up", "blow up", "blown up", "blowing up", "raze", "razing", "demolish", "wreck")


def _other_sides_works(ctx: DocContext, draft: Draft, entities: list[EntityMention]) -> EntityMention | None:
    """The other side named right before the works a demolition verb takes ("destroyed three Afghan
    border posts" by Pakistani troops): works of the enemy brought down are attacked, not removed."""
    obj = draft.obj
    if draft.noun or obj is None or obj.start < draft.trigger.end:
        return None  # (not "confirmed the removal of North Korean loudspeakers": a removal is by their owner)
    if not draft.trigger.lower.startswith(_WRECKING):
        return None
    owner = _owner_of(ctx, obj, entities)
    if owner is None or owner.kind not in ("demonym", "country") or owner.entity[:3] == draft.actor_id[:3]:
        return None
    return owner


def _light_verb_after_and(ctx: DocContext, trig: Trigger, tok_lo: int, g) -> bool:
    """ "Manila summoned China's envoy and lodged a protest": the light verb is coordinated with "and"
    to a verb before it, so its subject is the sentence's, not the object named in between."""
    for i in range(trig.tok_start - 1, max(tok_lo, trig.tok_start - 5) - 1, -1):
        if ctx.tokens[i].lower in g.light_verbs:
            return i - 1 >= tok_lo and ctx.tokens[i - 1].lower == "and"
    return False


def _subject_does_coordinated(ctx: DocContext, draft: Draft, entities: list[EntityMention]) -> None:
    subject = _sentence_subject(ctx, draft.trigger.start)
    if subject is None or subject == draft.actor_id:
        return
    mention = next((e for e in entities if e.entity == subject and e.end <= draft.trigger.start), None)
    if mention is not None:
        draft.actor, draft.actor_id = mention, subject


def _after_light_verb(ctx: DocContext, trig: Trigger, tok_lo: int, g) -> bool:
    """ "had stepped up surveillance", "carried out three strikes": a verb whose object is the event."""
    i = trig.tok_start - 1
    while i >= tok_lo and trig.tok_start - i <= 4:
        lower = ctx.tokens[i].lower
        prev = ctx.tokens[i - 1].lower if i - 1 >= tok_lo else ""
        if lower in g.light_verbs or f"{prev} {lower}" in g.light_verbs:
            return True
        count = lower.replace(",", "").isdigit() or ctx.quantity_starts_at(ctx.tokens[i].start)
        quote = lower in _OPENING_QUOTES  # 'conducted "combat readiness patrols"': the event in quotes
        if not count and not quote and lower != "-" and (not lower.isalpha() or lower in g.preps):
            return False  # a count may stand between: "took 240 hostages", "holds about 100 hostages"
        i -= 1
    return False


def _observed_owner(ctx: DocContext, draft: Draft, entities) -> EntityMention | None:
    """For a deployment reported by who saw it ("detected", "spotted", "tracked": DEPLOY's
    ``only_with`` forms), the owner named in the object ("32 sorties of PLA aircraft", "125 Chinese
    military aircraft"), not the observer who is the verb's subject."""
    if draft.type != "DEPLOY" or draft.noun:
        return None
    if trigger_lexicon().only_with.get("DEPLOY", {}).get(draft.trigger.lower) != frozenset({"platform"}):
        return None  # "scrambled fighters in response to Chinese aircraft": the scrambler's own
    trig = draft.trigger
    if draft.obj is not None and draft.obj.end <= trig.start:
        return None  # "Israeli troops have been operating in southern Lebanon": the movers' own side
    for ent in entities:
        if ent.start < trig.end or not ent.entity or ctx.is_speaker(ent.start, ent.end):
            continue
        if ctx.tok_at(ent.start) - trig.tok_end > 8:
            break
        before = token_before(ctx, ent.start)
        if before == "the" and ctx.tok_before(ent.start) >= 1:
            before = ctx.tokens[ctx.tok_before(ent.start) - 1].lower  # "donated by the United States"
        if before in grammar().preps and before != "of":
            continue  # "around Taiwan", "near the Penghu Islands": where, not whose
        return ent
    return None


def _appeal_to(ctx: DocContext, trig: Trigger) -> bool:
    """ "urged the council to impose an embargo", "urged all parties to let aid through": an addressee
    the lexicons do not name, then what it is asked to do (`not_addressees` in grammar.yaml excepted)."""
    found = _APPEAL.match(ctx.text, trig.end)
    if found is None:
        return False
    return not (set(found.group(1).lower().split()) & _not_addressees())


@cache
def _not_addressees() -> frozenset[str]:
    return frozenset(load("grammar")["not_addressees"])


# an addressee of one to five words, then a to-infinitive ("the council to impose", "both sides to show")
_APPEAL = re.compile(r"\s+((?:[\w'’.-]+\s+){1,5}?)to\s+(?!be\b)[a-z]+")


def _addressed(ctx: DocContext, draft: Draft) -> bool:
    """A named addressee right after the trigger ("urged China", "urged the United States and France";
    not "urged the troops", "urged restraint")."""
    rec = draft.recipient
    return rec is not None and rec.entity is not None and ctx.tok_at(rec.start) - draft.trigger.tok_end <= 2


def _infinitive(ctx: DocContext, trig: Trigger, tok_lo: int, tok_hi: int, g) -> bool:
    """A noun-only trigger in the singular after "to" and before a lower-case object ("to exercise
    restraint"): a verb that names no event of the type. "in response to drills by" stays a noun."""
    if trig.tok_start <= tok_lo or trig.tok_end >= tok_hi or trig.lower.endswith("s"):
        return False
    if any(pos == "verb" for _, pos in trig.readings) or ctx.tokens[trig.tok_start - 1].lower != "to":
        return False
    nxt = ctx.tokens[trig.tok_end]
    return nxt.lower.isalpha() and ctx.text[nxt.start].islower() and nxt.lower not in g.preps | {"and", "or"}


_OF_THE = re.compile(r"\b(?:of|among)\s+(?:the|those)\s+\Z", re.IGNORECASE)
_DESCRIBED_AFTER = re.compile(r"\s+(?:are|were|is|was)\s+(?!(?:still|now|in|being|reported|listed)\b)", re.IGNORECASE)


def _set_counted_from(ctx: DocContext, trig: Trigger, triggers: list[Trigger]) -> bool:
    """A casualty noun after "N of the" whose own verb follows ("two of the wounded later died",
    "three of the hostages were killed"): the count is the verb's, the noun names the set."""
    if not any(etype == "CASUALTY" for etype, _ in trig.readings):
        return False
    if not _OF_THE.search(ctx.text, max(0, trig.start - 12), trig.start):
        return False
    if _DESCRIBED_AFTER.match(ctx.text, trig.end):
        return True  # "Two of the injured are children": who they are, no new casualties
    return any(
        0 <= other.tok_start - trig.tok_end <= 4
        and any(etype == "CASUALTY" and pos == "verb" for etype, pos in other.readings)
        for other in triggers
    )


_AFTER_BEING = re.compile(r"\b(?:after|before|while|when|upon|on)\s+(?:being|they\s+were|he\s+was|she\s+was)\s+\Z")


_MADE = frozenset({"made", "built", "produced", "supplied", "designed", "manufactured"})


def _counted_toll(ctx: DocContext, trig: Trigger) -> bool:
    """ "including 600 killed", "left 5 killed and 12 wounded": a casualty participle right after a
    count names the people it counts, a toll of its own."""
    if not any(etype == "CASUALTY" for etype, _ in trig.readings) or trig.tok_start == 0:
        return False  # ("3 captured": people taken, though "captured" also takes places)
    prev = ctx.tokens[trig.tok_start - 1]
    if not prev.lower[:1].isdigit():
        return False  # "two killed" too, but "the number killed" is no count
    starts = ctx.starts_of(ctx.quantities)
    near = ctx.quantities[bisect_left(starts, prev.start - 30) : bisect_left(starts, prev.end)]
    return any(q.end == prev.end and q.kind in COUNT_KINDS for q in near)


# a toll that is not given: "did not give a casualty figure", "gave no details of casualties"
_UNGIVEN_TOLL = re.compile(
    r"\b(?:give|gave|given|giving|provide|provided|providing|release|released|disclose|disclosed|offer|offered|"
    r"specify|specified|comment\s+on|commented\s+on)\s+"
    r"(?:a\s+|any\s+|the\s+|no\s+|further\s+|more\s+|civilian\s+|possible\s+)?(?:details\s+(?:of|on|about)\s+|"
    r"figures?\s+(?:for|on)\s+|information\s+(?:on|about)\s+)?(?:the\s+|any\s+)?(?:casualty|casualties|death\s+toll)\Z",
    re.IGNORECASE,
)


# "It was not immediately clear who fired", "No group has claimed responsibility for the attack",
# "Unknown gunmen", "the attackers could not be identified": the doer is unknown, so not guessed
_DOER_UNKNOWN = re.compile(
    r"\b(?:(?:not|un)(?:\s+immediately)?\s+clear\s+who|no\s+(?:one|group|party|side)\s+(?:has\s+|had\s+|immediately\s+)*"
    r"claimed\s+(?:responsibility|the\s+attack)|(?:unknown|unidentified)\s+(?:gunmen|attackers|assailants|"
    r"drones?|aircraft|forces|men)|could\s+not\s+be\s+identified|(?:did|does)\s+not\s+say\s+who)",
    re.IGNORECASE,
)


def _doer_unknown(ctx: DocContext, sentence: int) -> bool:
    """The sentence or the one after it says nobody knows who acted."""
    sents = ctx.seg.sentences
    start = sents[sentence].start
    end = sents[min(sentence + 1, len(sents) - 1)].end
    return _DOER_UNKNOWN.search(ctx.text, start, end) is not None


# forms that send drones or missiles at a target ("sent drones at Kyiv", "had flown armed drones against troops")
_SEND_FORMS = frozenset({"send", "sends", "sent", "sending", "fly", "flies", "flew", "flown", "flying"})
# "sent drones at Kyiv", "toward Port Sudan", "against ships": aimed at a target, past a count word or two
_AIMED_AFTER = re.compile(r"(?:\s+(?!to\b|into\b|for\b)[\w-]+){0,2}?\s+(?:at|toward|towards|against)\b")
# moves and works a state watches others make: told by an unplaced ministry, they are the filing country's news
_WATCHED_TYPES = frozenset({"DEPLOY", "SURVEIL", "EXERCISE", "FORTIFY", "DEVELOP"})
_OWNER_BEFORE = re.compile(r"['’]s?\s+\Z")  # "the People's Liberation Army's Eastern Theater Command": its owner named
_OWN_FORCES_TOLD = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:troops|forces|soldiers|units|ships|aircraft)\b")


@cache
def _speaker_words() -> frozenset[str]:
    """cues.yaml ``speaker_nouns`` (one-word ones) and REB sector words: bodies and people who speak."""
    cues = load("cues")
    words = {w.lower() for w in cues["speaker_nouns"] if " " not in w}
    words |= {w.lower() for w in cues["speaker_sectors"].get("REB", []) if " " not in w}
    return frozenset(words - {"it", "statement", "report", "poll", "source", "sources"})


# besides the speaker nouns and pronouns of cues.yaml: "you", "to" past an adverb, people words no list holds
_SPEAKING_SUBJECTS = frozenset({"you", "to", "jointly", "protesters", "demonstrators"})


def _carrier_subject(ctx: DocContext, trig: Trigger, lex) -> bool:  # noqa: ANN001 - the trigger lexicon
    """A thing that carries a threat (STATEMENT ``threat_carriers``) is the subject of "threatened", up to a
    participle phrase between ("A cartel video circulated on Thursday threatened war")."""
    sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
    words = re.findall(r"[\w'’-]+|[,;:]", ctx.text[max(sent.start, trig.start - 60) : trig.start].lower())
    for word in reversed(words[-9:]):
        if word in lex.threat_carriers:
            return True
        if word in (",", ";", ":", "that", "which", "who"):
            return False
    return False


_OBJECT_PHRASE = re.compile(r"\s+([^,;:.!?]{1,60})")


def _threatened_people(ctx: DocContext, trig: Trigger) -> EntityMention | None:
    """Who an unsigned threat ("The pamphlet threatened ranchers who refuse to pay", "a video threatened war
    against any community") is aimed at: the civilians of the report's home country, named by the words after
    the verb; None with no home country."""
    home = home_country(ctx)
    found = _OBJECT_PHRASE.match(ctx.text, trig.end)
    if home is None or found is None:
        return None
    return EntityMention(found.start(1), found.end(1), found.group(1), f"{home}.CVL", "group")


# a time set between a subject and its verb ("on Monday", "late on Sunday", "last week", "Tuesday"; not "now")
_TIME_ASIDE = re.compile(r"(?:on|late|early|last|earlier|this)\b|[A-Z]")


def _time_ending_at(ctx: DocContext, char: int) -> TimeMention | None:
    """The time expression that ends at ``char`` (times are sorted and never overlap: the last one that
    starts before it)."""
    k = bisect_left(ctx.starts_of(ctx.times), char) - 1
    return ctx.times[k] if k >= 0 and ctx.times[k].end == char else None


def _speaker_subject(ctx: DocContext, trig: Trigger, g) -> bool:
    """Someone who can speak stands right before the form, past auxiliaries and "also"/"not": a
    name or body the entity stage found, a people word, a personal pronoun, or "to"."""
    i = trig.tok_start - 1
    if i >= 0 and ctx.tokens[i].lower == "to":
        return True  # "agreed to demand North Korea fulfil its obligations"
    while i >= 0 and (ctx.tokens[i].lower in g.aux or ctx.tokens[i].lower in ("also", "not", "n't", "again")):
        i -= 1
    if i < 0:
        return False
    when = _time_ending_at(ctx, ctx.tokens[i].end)
    if when is not None and _TIME_ASIDE.match(when.text):  # "North Korea's defense ministry on Monday threatened"
        i = ctx.tok_before(when.start)
        if i < 0:
            return False
    tok = ctx.tokens[i]
    if tok.lower in _SPEAKING_SUBJECTS or tok.lower in _speaker_words():
        return True  # "we", "the ministry", "the group", "the militia", "officials"
    if any(e.start <= tok.start < e.end for e in ctx.entities_within(max(0, tok.start - 60), tok.end)):
        return True
    return any(it.start <= tok.start < it.end and it.cls == "personnel" for it in ctx.items_within(tok.start, tok.end))


def _demonym_before(ctx: DocContext, trig: Trigger) -> bool:
    """A demonym ends right before the trigger ("Chinese ships", "Russian shells")."""
    prev_end = ctx.tokens[trig.tok_start - 1].end
    return any(e.end == prev_end and e.kind == "demonym" for e in ctx.entities_within(max(0, prev_end - 40), prev_end))


def _is_noun(ctx: DocContext, trig: Trigger, tok_lo: int) -> bool:
    kinds = {pos for _, pos in trig.readings}
    if kinds == {"noun"}:
        return True
    g = grammar()
    prev = ctx.tokens[trig.tok_start - 1].lower if trig.tok_start > tok_lo else ""
    if kinds == {"verb"}:
        # "an upgraded system", "the shells", "155mm shells": a verb form after a determiner or a
        # number is an adjective or a noun ("a strike that killed seven" is a relative clause)
        determined = prev in g.dets and prev not in ("no", "that")
        # "P-1 patrol aircraft of Fleet Air Wing 4 monitored": a number that ends a name counts nothing
        counted = nominal_left(prev) and not (prev[:1].isdigit() and _names_number(ctx, trig.tok_start - 1))
        counted = counted and trig.lower not in trigger_lexicon().died_verbs  # "while three died": a verb
        if determined or counted:
            return not _partitive_subject(ctx, ctx.tokens[tok_lo].start, trig.start)  # "Of them, 21 crossed"
        if prev == "by" and not trig.lower.endswith("ing"):
            return True  # "traveled by ship": a means, not a verb ("by sending troops" stays a verb)
        if prev in _MADE and trig.tok_start - 2 >= tok_lo and ctx.tokens[trig.tok_start - 2].lower == "-":
            return True  # "North Korean-made shells": a compound adjective before a noun
        if prev in g.preps and trig.lower.endswith("s") and not trig.lower.endswith("ss"):
            return True  # "a threat to ships", "damage from ships": no finite verb follows a preposition
        if trig.tok_start > tok_lo and adjective_before(ctx, trig.tok_start - 1):
            return True  # "a large fire was recorded": a noun after an adjective
        if prev in ("military", "enemy") and trig.tok_start - 1 > tok_lo and trig.lower.endswith("s"):
            before_prev = ctx.tokens[trig.tok_start - 2]
            if ctx.text[before_prev.start].isupper() and before_prev.lower.isalpha():
                return True  # "Cambodian military targets" (but "the military targets civilians")
        nxt_word = ctx.tokens[trig.tok_end].lower if trig.tok_end < len(ctx.tokens) else ""
        if trig.lower.endswith("ing") and nxt_word in g.compound_heads and prev not in g.be | g.aux:
            return True  # "fired warning shots": a modifier (not "has been supplying drones": a verb)
        if trig.tok_start > tok_lo and _names_an_item(ctx, trig) and _demonym_before(ctx, trig):
            return True  # "Chinese ships fired water cannon": a thing's name after its nationality
        if _names_an_item(ctx, trig) and trig.tok_end < len(ctx.tokens):
            nxt = ctx.tokens[trig.tok_end].lower
            if not nxt[:1].isalnum() or nxt == "and" or nxt in g.preps - {"to"}:
                return True  # "one Fuchi-class replenishment ship)": a thing's name ending its phrase
            if nxt == "to" and any(pos == "verb" for _, pos in trigger_lexicon().readings.get(prev, ())):
                return True  # "has sent shells to Russia": the thing a verb right before it sends
        # "a stray shell near the market": a form that is also a thing's name, after "a"/"the" and
        # one modifier, and not followed by an object of its own
        before_prev = ctx.tokens[trig.tok_start - 2].lower if trig.tok_start - 1 > tok_lo else ""
        if before_prev in ("a", "an", "the") and prev.isalpha() and _names_an_item(ctx, trig):
            nxt = ctx.tokens[trig.tok_end].lower if trig.tok_end < len(ctx.tokens) else "."
            return nxt in g.preps or not nxt[:1].isalnum()
        return False
    nxt = ctx.tokens[trig.tok_end].lower if trig.tok_end < len(ctx.tokens) else ""
    opening = _opens_sentence(ctx, trig, ctx.tokens[tok_lo].start)
    after_foreseeing = prev == "that" and trig.tok_start - 2 >= tok_lo
    after_foreseeing = after_foreseeing and ctx.tokens[trig.tok_start - 2].lower in _foreseeing_verbs()
    if (opening or after_foreseeing) and nxt in g.preps - {"to"}:
        # "Attacks on patrols are likely to increase" (no subject before the form), "warned that attacks on
        # river traffic could increase" (the that-clause's subject): a noun and its phrase
        return True
    if opening and nxt in _outlook_openers() and not trig.lower.endswith(("ed", "en")):
        return True  # "Raids could increase", "Looting will resume": the subject of an outlook, no verb before it
    by_agent = nxt == "by" and not trig.lower.endswith(("ed", "en", "wn")) and prev not in g.be | g.aux
    if nxt == "of" or by_agent or prev in g.preps - {"to"}:
        return True  # "the launch of", "a missile launch by the North" (not "wounded by shrapnel")
    if _after_determined_item(ctx, trig, tok_lo, g):
        return True  # "an imminent missile launch": the item is its modifier
    before_prev = ctx.tokens[trig.tok_start - 2].lower if trig.tok_start - 1 > tok_lo else ""
    if before_prev in ("a", "an") and prev.isalpha() and (nxt in g.preps or not nxt[:1].isalnum()):
        return True  # "lodged a diplomatic protest.", "a formal protest with Beijing": no verb after "a" and a modifier
    if prev == "and" and trig.lower.endswith("ing") and _object_first_after(ctx, trig, g):
        return False  # "..., sinking two vessels and killing at least four seafarers": a participle
    if prev in g.noun_left or prev.endswith(("'s", "’s")) or any(ch.isdigit() for ch in prev):
        return True
    if _determined_phrase(ctx, trig, tok_lo, g):
        return True  # "an immediate military strike": a noun after an article and its modifiers
    if trig.tok_start > tok_lo and _demonym_ends_at(ctx, ctx.tokens[trig.tok_start - 1].end):
        return True  # "Israeli strikes since the start of the month": a demonym modifies a noun
    if trig.tok_start > tok_lo and adjective_before(ctx, trig.tok_start - 1):
        return True  # "reckless attacks against Israel", "deadly strikes"
    return _owned(ctx, trig)  # "Russia's relentless attacks", "Russia's ongoing missile and UAV attacks"


@cache
def _outlook_openers() -> frozenset[str]:
    """The first words of grammar.yaml ``outlook_modals`` ("could", "will", "are" of "are likely to")."""
    return frozenset(w.split()[0] for w in load("grammar")["outlook_modals"])


def _opens_sentence(ctx: DocContext, trig: Trigger, sent_start: int) -> bool:
    """The form is its sentence's first word, a dateline before it aside ("KYIV, May 3 -- Attacks on ...")."""
    return trig.tok_start == ctx.tok_at(max(sent_start, ctx.dateline_end))


@cache
def _foreseeing_verbs() -> frozenset[str]:
    """Verbs of foreseeing that open a that-clause ("warned that", "fear that"): grammar.yaml ``foreseeing``'s
    one-word forms."""
    return frozenset(w for w in load("grammar")["foreseeing"] if " " not in w)


def _determined_phrase(ctx: DocContext, trig: Trigger, tok_lo: int, g) -> bool:
    """ "a/an/the" and one to three lower-case modifiers (none a plural, which could be a verb's
    subject: "the troops strike") right before the form."""
    for k in range(1, 4):
        i = trig.tok_start - k
        if i < tok_lo:
            return False
        tok = ctx.tokens[i]
        if tok.lower in ("a", "an", "the"):
            return k > 1
        word = ctx.text[tok.start : tok.end]
        if not (word.isalpha() and word.islower()) or word.endswith("s") or word in g.be | g.aux:
            return False
    return False


def _object_first_after(ctx: DocContext, trig: Trigger, g) -> bool:
    """A determiner or a count right after the form: the object of a verb ("killing at least four")."""
    if trig.tok_end >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[trig.tok_end]
    return (nxt.lower in g.dets and nxt.lower != "no") or ctx.quantity_starts_at(nxt.start)


def _demonym_ends_at(ctx: DocContext, end: int) -> bool:
    return any(e.end == end and e.kind == "demonym" for e in ctx.entities_within(max(0, end - 40), end))


def _owned(ctx: DocContext, trig: Trigger) -> bool:
    """A possessive entity owns the event word: "Russia's relentless attacks", "North Korea's launch"."""
    return any(owns_noun(ctx, e, trig) for e in ctx.entities_within(max(0, trig.start - 80), trig.start) if e.entity)


def _after_determined_item(ctx: DocContext, trig: Trigger, tok_lo: int, g) -> bool:
    """An item right before the form, itself after a determiner and at most one modifier."""
    near = ctx.items_within(max(0, trig.start - 80), trig.start)
    item = next((it for it in near if it.tok_end == trig.tok_start), None)
    if item is None:
        return False
    i = item.tok_start - 1
    if i >= tok_lo and ctx.tokens[i].lower.isalpha() and ctx.tokens[i].lower not in g.dets:
        i -= 1  # one modifier: "an imminent missile launch"
    return i >= tok_lo and ctx.tokens[i].lower in g.dets and ctx.tokens[i].lower not in ("no", "that")


def _names_an_item(ctx: DocContext, trig: Trigger) -> bool:
    item = ctx.mention_at(ctx.items, trig.start)
    return item is not None and item.end == trig.end


_SPAN_OF = re.compile(r"\b(?:day|days|week|weeks|round|rounds|phase|phases|stage|stages)\s+of\s+\Z", re.IGNORECASE)


_UNDOING = frozenset({"DEMOLISH", "ATTACK"})
_UNDOING_REACH = 12  # tokens from the verb that destroys or removes to the works named in its object


def _works_undone(ctx: DocContext, trig: Trigger, drafts: list[Draft]) -> bool:
    """A fortification noun in the object of a verb that destroys or removes, in the same clause
    ("troops destroyed Russian fortifications", "the Border Guard removed three watchtowers and
    about 20 km of old fencing"): works acted on, not works built."""
    if {t for t, _ in trig.readings} != {"FORTIFY"}:
        return False
    for d in drafts:
        if d.noun or d.type not in _UNDOING or d.trigger.end > trig.start:
            continue
        if trig.tok_start - d.trigger.tok_end > _UNDOING_REACH:
            continue
        between = ctx.text[d.trigger.end : trig.start]
        if not any(mark in between for mark in (",", ";", ":", " that ", " which ", " while ", " but ")):
            return True
    return False


def _absorbed(ctx: DocContext, trig: Trigger, drafts: list[Draft], noun: bool, tok_lo: int, g) -> bool:
    before = token_before(ctx, trig.start)
    if before == "to" and not noun:
        # "upgrades to launch a satellite": the purpose of another event, not an event of its own;
        # "drones to hit refineries": what a thing is for; "urged Moscow to withdraw": a demand
        lo = ctx.tokens[tok_lo].start
        if _sent_on_mission(trig, drafts) is not None:
            return False  # "sent F-16 fighter jets to bomb Cambodian targets": the strike is done
        if _thing_before(ctx, trig.tok_start - 1) or modality.is_directive(ctx.text, lo, trig.start):
            return True
        return any(
            d.trigger.tok_end >= trig.tok_start - 4
            # "has vowed to launch three more spy satellites": the act vowed is told as one that may come
            and not (d.type == "STATEMENT" and d.trigger.lower in _VOWS and d.trigger.tok_end == trig.tok_start - 1)
            for d in drafts
        )
    if noun:
        if before == "of" and any(
            not d.noun
            and d.obj is not None
            and 0 < trig.start - d.obj.end <= 4
            and d.type in {t for t, _ in trig.readings}
            for d in drafts
        ):
            return True  # "sent a battalion of reinforcements": the battalion sent is the reinforcements
        if before not in ("by", "with", "using") and word_before_phrase(ctx, trig.start) == "in":
            before = "in" if _INDEFINITE_BEFORE.search(ctx.text, max(0, trig.start - 40), trig.start) else before
        reach = 7 if before == "in" else 3  # "damaged on Monday in a missile attack"
        if before in ("by", "with", "using", "in") and any(
            not d.noun and d.type in {t for t, _ in trig.readings} and 0 <= trig.tok_start - d.trigger.tok_end <= reach
            for d in drafts
        ):
            return True  # "was hit by water cannon", "was damaged in a missile attack": the act just told
        if _SPAN_OF.search(ctx.text, max(0, trig.start - 40), trig.start) and any(
            d.type in {t for t, _ in trig.readings} and d.sentence == ctx.sentence_of(trig.start) for d in drafts
        ):
            return True  # "drills around Taiwan on Monday, its last scheduled day of exercises": the same drills
        if _works_undone(ctx, trig, drafts):
            return True  # "destroyed Russian fortifications", "removed ... 20 km of old fencing": works acted on
        if _owned(ctx, trig):
            return False  # "condemned North Korea's launch of an ICBM": an event reported, not a topic
        if before in ("its", "their") and _OF_THING_AFTER.match(ctx.text, trig.end):
            return False  # "condemns the DPRK for its test of a long-range ballistic missile": reported too
        of_count = _OF_AFTER.match(ctx.text, trig.end)
        if of_count and (ctx.quantity_starts_at(of_count.end()) or _VAGUE_MANY.match(ctx.text, of_count.end())):
            return False  # "condemned the deployment of thousands of DPRK troops": counted, so news
        for d in drafts:
            if d.type == "STATEMENT" and not d.noun and d.trigger.lower not in _CALL_FOR and (
                trig.tok_start - d.trigger.tok_end <= 12
            ):
                between = ctx.text[d.trigger.end : trig.start]
                foreseen = _THAT_OPENS.search(between) is not None and (
                    _more_to_come().search(between) is not None or _forecast(ctx, trig)
                )
                if "," not in between and ";" not in between and not _THAT_CLAUSE_IN.search(between) and not foreseen:
                    return True  # "denouncing joint drills": what a statement is about (not "warned that
                    # Russia was preparing a new offensive": a clause of its own)
        if before == "for":
            head = ctx.tokens[trig.tok_start - 2].lower if trig.tok_start - 2 >= tok_lo else ""
            if head not in g.skip_for_heads and not _modifier_between(ctx, trig, tok_lo, g):
                return True
        if _apposition(ctx, trig, tok_lo) and any(d.type in {t for t, _ in trig.readings} for d in drafts):
            return True  # "fired missiles ..., the JCS said, its first ballistic launch in two months"
    return False


def _told_by_other_words(  # noqa: PLR0913 - the sentence's parts, as sentence_drafts holds them
    ctx: DocContext, sent: Segment, index: int, draft: Draft, out: list[Draft], state: dict
) -> bool:
    """A mention that makes no claim of its own: an attack named only as the time of another, an exercise
    named again by its kind, forces moved as a habit, an attack named in the title, where an attack landed,
    the fire that did a harm told by its verb (``out`` holds the sentence's claims so far)."""
    if (
        draft.type == "ATTACK"  # (a noun after "the", whatever reading the form took: "after the ambush")
        and draft.quantity is None
        and draft.actor is None
        and (draft.time is None or draft.time_borrowed)
        and _AFTER_THE_EVENT.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
    ):
        return True  # "a quick reaction force flew in after the ambush": a time told by an act told elsewhere
    if (
        draft.type == "EXERCISE"  # (a noun after its article, whatever reading the form took)
        and draft.quantity is None
        and any(d.type == "EXERCISE" for d in out)
        and _NAMES_THE_EXERCISE.search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
    ):
        return True  # "we trained with the army's medical unit in a mass-casualty drill": one exercise, told once
    if draft.type == "DEPLOY" and not draft.noun and _habit_before().search(
        ctx.text, max(sent.start, draft.trigger.start - 20), draft.trigger.start
    ):
        return True  # "a route the armed groups used to move fighters": a habit or a use, no deployment
    if draft.type == "ATTACK" and draft.noun and draft.quantity is None and _title_line(ctx, index, sent, state):
        return True  # "ATTACK ON GENDARMERIE POST", "Weapons traced after the Sikikede ambush": the body tells it
    if draft.type == "ATTACK" and _lands_act_told(ctx, sent, draft, out):
        return True  # "Gunmen fired on a helicopter, hitting its tail boom twice": where the attack landed
    if draft.type == "ATTACK" and _fire_of_harm_told(ctx, sent, draft, out):
        return True  # "was hit by at least three rounds of small-arms fire": the hit is the claim
    return False


_FLIGHT_OBJECT_REACH = 3  # tokens from a verb of flying to the surveillance it flies


def _flight_watches(ctx: DocContext, draft: Draft, drafts: list[Draft]) -> bool:
    """ "Army helicopters have flown reconnaissance over the towers", "aircraft flew surveillance missions":
    a flight whose object is surveillance is that surveillance (its SURVEIL claim), no deployment."""
    if draft.type != "DEPLOY" or draft.trigger.lower not in grammar().flight_verbs:
        return False
    return any(
        d.type == "SURVEIL"
        and d.trigger.start >= draft.trigger.end
        and d.trigger.tok_start - draft.trigger.tok_end <= _FLIGHT_OBJECT_REACH
        for d in drafts
    )


# "warns that": the that-clause right after a warning verb, past a few words ("warned on Tuesday that")
_WARNED_THAT = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?that\b", re.IGNORECASE)


def _forecast_warning(ctx: DocContext, sent: Segment, draft: Draft, drafts: list[Draft]) -> bool:
    """ "The Board warns that further attacks on patrols are likely": a forecast, told by the possible attack
    of its that-clause, is no statement to anyone; a threat ("warned that those who fire will be hunted
    down") or a warning to a named party stays one."""
    if draft.type != "STATEMENT" or draft.noun or not draft.trigger.lower.startswith("warn"):
        return False
    if draft.recipient is not None:
        return False
    that = _WARNED_THAT.match(ctx.text, draft.trigger.end, sent.end)
    if that is None:
        return False
    semicolon = ctx.text.find(";", that.end(), sent.end)
    clause_end = semicolon if semicolon >= 0 else sent.end
    if _foreseeing().search(ctx.text, that.end(), clause_end) is None:
        return False  # grammar.yaml ``foreseeing``: "are likely", "could not be excluded"
    return any(
        d.type == "ATTACK" and d.modality == "possible" and that.end() <= d.trigger.start < clause_end for d in drafts
    )


# "warned that further attacks could not be excluded": a that-clause whose subject is the act foreseen
_THAT_OPENS = re.compile(r"\bthat\s", re.IGNORECASE)
# "that Russia was preparing": a that-clause with a verb group of its own
_THAT_CLAUSE_IN = re.compile(
    r"\bthat\s+\S+(?:\s+\S+){0,3}\s+(?:is|was|were|are|had|has|have|would|will|could|may|might)\b"
)
# what no weapon strikes: "an assault on democracy", "wherever freedom is under attack"
_ABSTRACTS = (
    r"(?:democracy|democratic\s+\w+|freedom|freedoms|rights|human\s+rights|the\s+rule\s+of\s+law|truth|values|"
    r"press\s+freedom)"
)
_ABSTRACT_TARGET_AFTER = re.compile(
    r"\s+(?:on|against)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:transition\s+to\s+)?"
    + _ABSTRACTS
    + r"\b",
    re.IGNORECASE,
)
_ABSTRACT_UNDER_ATTACK = re.compile(
    r"\b" + _ABSTRACTS + r"\s+(?:\w+\s+){0,2}(?:is|are|was|were|remains?|comes?|came)\s+under\s+\Z", re.IGNORECASE
)
_ENDANGERS = re.compile(
    r"\s+(?:the\s+)?(?:safety|security|stability|peace|lives|livelihoods|future|survival|existence)\b", re.IGNORECASE
)
_TECH_AFTER = re.compile(r"\s+(?:technology|technologies|program|programs|programme|programmes|know-how|parts)\b")
_OF_AFTER = re.compile(r"\s+of\s+")
_VAGUE_MANY = re.compile(r"(?:thousands|hundreds|dozens|tens\s+of\s+thousands)\s+of\b", re.IGNORECASE)
_OF_THING_AFTER = re.compile(r"\s+of\s+(?:an?|the|two|three|four|several|multiple|\d+)\s", re.IGNORECASE)
_VOWS = frozenset({"vow", "vows", "vowed", "vowing", "threaten", "threatens", "threatened", "threatening"})
_INDEFINITE_BEFORE = re.compile(r"\bin\s+an?\s+(?:[\w-]+\s+){0,2}\Z")


def _apposition(ctx: DocContext, trig: Trigger, tok_lo: int) -> bool:
    """The noun heads a phrase set off by a comma that names an event already told: ", its first
    launch", ", their third such attack"."""
    i = trig.tok_start - 1
    ranked = False  # ", the largest single drone attack of the war": the event just told, ranked
    while i > tok_lo and trig.tok_start - i <= 4:
        word = ctx.tokens[i].lower
        if word in ("its", "their"):
            return ctx.tokens[i - 1].lower == ","
        if word == "the":
            return ranked and ctx.tokens[i - 1].lower == ","
        if not word.replace("-", "").isalpha():
            return False
        ranked = ranked or word in grammar().ranking_words
        i -= 1
    return False



def _subject_end(ctx: DocContext, trig: Trigger, floor: int = 0) -> int:
    """The last token of what stands before a verb, auxiliaries ("has", "had been") skipped, none
    before character ``floor`` (a sentence's start): where its subject ends; -1 at the text's start."""
    aux = grammar().aux
    i = trig.tok_start - 1
    while i >= 0 and ctx.tokens[i].start >= floor and ctx.tokens[i].lower in aux:
        i -= 1
    return i


def _event_subject(ctx: DocContext, trig: Trigger, drafts: list[Draft]) -> bool:
    """A verb whose subject is an event noun of its own type just before it ("the strikes targeted",
    "the attack hit"), or that names an operation's aim ("an operation targeting a leader")."""
    i = _subject_end(ctx, trig)
    if i < 0:
        return False
    before = ctx.tokens[i]
    if trig.lower.startswith("target") and before.lower in modality.purpose_nouns():
        return True
    etypes = {etype for etype, _ in trig.readings}
    return any(
        d.noun
        and d.type in etypes
        # "a drone strike by the Burkinabe air force hit a market": past the noun's agent
        and (d.trigger.end == before.end or _AGENT_GAP.fullmatch(ctx.text, d.trigger.end, before.end) is not None)
        for d in drafts
    )


_AGENT_GAP = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}[\w'’.-]+")


def _forces_seen_somewhere(ctx: DocContext, trig: Trigger, obj: ItemMention) -> bool:
    """Forces, the subject of a passive of seeing, then a named place right after it: where they
    are ("troops have been spotted in the Zaporizhzhia region"; not "spotted removing speakers")."""
    if obj.cls != "personnel" or obj.end > trig.start or not _SEEING.fullmatch(trig.lower):
        return False
    return _SEEN_IN_PLACE.match(ctx.text, trig.end) is not None


_SEEING = re.compile(r"detect(?:s|ed|ing)?|spot(?:s|ted|ting)?|sighted|observed|tracked")
# "in the Zaporizhzhia region", "near Kursk", "inside Ukraine": a named place right after the verb
_SEEN_IN_PLACE = re.compile(r"\s+(?:in|near|inside|around|along)\s+(?:the\s+)?[A-Z]")


def _host_receives(ctx: DocContext, draft: Draft, entities: list[EntityMention]) -> None:
    """ "Poland hosts about 10,000 U.S. troops": the subject is where the forces are, their owner
    ("U.S.") sends them."""
    trig = draft.trigger
    host = next(
        (e for e in reversed(entities) if e.end <= trig.start and e.entity and not ctx.is_speaker(e.start, e.end)),
        None,
    )
    if host is None:
        return
    draft.recipient = host
    if draft.actor is host or draft.actor_id == host.entity:
        owner = _owner_of(ctx, draft.obj, entities, modifiers=True) if draft.obj is not None else None
        draft.actor, draft.actor_id = owner, owner.entity if owner is not None else None


def _site_does(ctx: DocContext, trig: Trigger, sent: Segment, g) -> bool:  # noqa: ANN001 - Grammar
    """A present-tense verb whose sentence opens on a site ("The refinery, which processes some 7
    million tons a year, supplies fuel to Russian forces"): a description of the site."""
    head = _SITE_OPENING.match(ctx.text, max(sent.start, ctx.dateline_end))
    return head is not None and head.group(1).lower() in g.site_subjects and head.end() <= trig.start


# "The refinery", "The Saratov plant": a sentence opening on a definite noun phrase
_SITE_OPENING = re.compile(r"\s*(?:The|This|That|Its)\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:[a-z-]+\s+)?([a-z]+)\b")


def _dropped_by_aircraft(ctx: DocContext, trig: Trigger, obj: ItemMention | None, items: list[ItemMention]) -> bool:
    """Munitions "delivered by" aircraft or drones were dropped on targets, not handed to anyone."""
    if obj is None or obj.cls not in ("munition", "missile") or obj.end > trig.start:
        return False
    by = _BY_AGENT.match(ctx.text, trig.end)
    if by is None:
        return False
    return any(it.cls in ("platform", "drone") and by.end() <= it.start <= by.end() + 20 for it in items)


def _approved_event(ctx: DocContext, trig: Trigger, drafts: list[Draft], entities) -> bool:
    """A passive verb of approval whose subject is an event noun told in the sentence ("The transfer of
    12 Patriot interceptors to Kyiv was approved by the German government"): the approval tells that
    event, whose doer is the agent after "by"; no second claim."""
    etypes = {etype for etype, _ in trig.readings}
    head = next((d for d in drafts if d.noun and d.type in etypes and d.trigger.end <= trig.start), None)
    if head is None:
        return False
    by = _BY_AGENT.match(ctx.text, trig.end)
    agent = next((e for e in entities if by is not None and e.start == by.end() and e.entity), None)
    if agent is not None and head.actor is None:
        head.actor, head.actor_id = agent, agent.entity
    return True


def _sent_on_mission(trig: Trigger, drafts: list[Draft]) -> Draft | None:
    """The sending of aircraft or forces right before "to" and an attack verb ("Thailand sent F-16
    fighter jets to bomb Cambodian military targets"): the attack is what they were sent to do."""
    if not any(etype == "ATTACK" for etype, _ in trig.readings):
        return None
    for d in reversed(drafts):
        if (
            d.type in ("TRANSFER", "DEPLOY")
            and not d.noun
            and d.obj is not None
            and d.obj.cls in ("platform", "personnel", "weapon")
            and d.trigger.tok_end <= d.obj.tok_start
            and d.obj.tok_end <= trig.tok_start - 1 <= d.obj.tok_end + 3
            and d.trigger.lower.startswith(("sen", "dispatch", "deploy", "scrambl"))
        ):
            return d
    return None


def _thing_before(ctx: DocContext, tok: int) -> bool:
    """ "long-range drones to hit refineries": a weapon, not people ("troops to reinforce the
    wire" reports the work), ends right before "to"."""
    if tok <= 0:
        return False
    end = ctx.tokens[tok - 1].end
    return any(it.end == end and it.cls != "personnel" for it in ctx.items_within(end - 200, end))


def _modifier_between(ctx: DocContext, trig: Trigger, tok_lo: int, g) -> bool:
    # "preparation for additional deployment": look two words back past an adjective
    i = trig.tok_start - 3
    return i >= tok_lo and ctx.tokens[i].lower in g.skip_for_heads


def names_something(ctx: DocContext, trig: Trigger) -> bool:
    """ "called the strikes a flagrant violation": a naming verb in its frame (see `naming_verbs`)."""
    return bool(_NAMING.match(ctx.text, trig.end)) and not _NAMED_BY_WHAT.search(
        ctx.text, max(0, trig.start - 40), trig.start
    )


def _help_parties(ctx: DocContext, draft: Draft, entities: list[EntityMention]) -> None:
    """Who helps whom: "helping Pyongyang upgrade": Pyongyang receives; "with Iranian help": Iran gives."""
    trig = draft.trigger
    if help_is_noun(ctx, trig, draft.noun, entities):
        helper = helper_entity(ctx, trig, entities)
        if helper is None:
            return
        draft.actor, draft.actor_id = helper, helper.entity
        receiver = next(
            (e for e in entities if helper.end <= e.start < trig.start and e.entity and given_to(ctx, e) is helper),
            None,
        )
        if receiver is not None:
            draft.recipient = receiver  # "Russia has given the North technical help": the North receives
            return
        # "Pyongyang appears to be receiving Russian help", "an engine North Korea developed with Iranian help"
        helped = [
            e
            for e in entities
            if e.end <= helper.start
            and e.entity
            and e.entity[:3] != (helper.entity or "")[:3]
            and e.kind in ("country", "org", "group", "demonym")
            and not ctx.is_speaker(e.start, e.end)
        ]
        if helped and (draft.recipient is None or draft.recipient.entity == helper.entity):
            draft.recipient = helped[-1]
        elif draft.recipient is not None and draft.recipient.entity == helper.entity:
            draft.recipient = None
        return
    after = next((e for e in entities if e.start >= trig.end and e.entity), None)
    if after is not None and ctx.tok_at(after.start) - trig.tok_end <= 1 and not ctx.is_speaker(after.start, after.end):
        draft.recipient = after  # "helping the North", "assist Pyongyang"


def _drop_accusations_of_acts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """ "accused the United Arab Emirates of supplying the RSF with drones": the accused act is the
    claim (its source the accuser); the accusation adds no claim of its own. An accusation of
    something no claim type covers ("accused the authorities of under-reporting losses") stays."""

    def accused_act(statement: Draft) -> bool:
        return any(
            d.type != "STATEMENT"
            and d.trigger.start > statement.trigger.end
            and d.trigger.tok_start - statement.trigger.tok_end <= 10
            and _ACCUSED_OF.search(ctx.text, statement.trigger.end, d.trigger.start)
            for d in drafts
        )

    return [
        d
        for d in drafts
        if not (d.type == "STATEMENT" and d.trigger.lower.startswith(("accus", "blam")) and accused_act(d))
    ]


_ACCUSED_OF = re.compile(r"\bof\b|\bfor\b", re.IGNORECASE)


def _drop_helped_work(ctx: DocContext, drafts: list[Draft], entities: list[EntityMention]) -> list[Draft]:
    """ "could help Pyongyang upgrade its submarine capabilities": the upgrade is what the help (a
    TRANSFER of know-how) is for, not a development told of its own."""
    helped = []
    for d in drafts:
        if d.type == "TRANSFER" and is_help(d.trigger):
            noun = help_is_noun(ctx, d.trigger, d.noun, entities)
            start = d.trigger.end if noun else complement_start(ctx, d.trigger, entities)
            if start is not None:
                helped.append((start, ctx.tok_at(start)))
    if not helped:
        return drafts
    return [
        d
        for d in drafts
        if not (
            d.type == "DEVELOP"
            and any(start <= d.trigger.start and d.trigger.tok_start - tok <= 3 for start, tok in helped)
        )
    ]


# "send two more", "deliver another 10": a count of more of what the sentence named before
_MORE_AFTER = re.compile(r"\s+(?:another\s+)?[\w,.-]+\s+(?:more|additional)\b(?!\s+[a-z]+s\b)", re.IGNORECASE)


@cache
def _exercise_noun_after() -> re.Pattern[str]:
    """ "in the Dragon-25 exercise", "during joint drills": an exercise named after a verb of training."""
    nouns = trie_pattern(forms_of("EXERCISE", "noun"))
    return re.compile(
        rf"\s+(?:in|during|for)\s+(?:the\s+|a\s+|an\s+|this\s+|next\s+)?(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.I
    )


def _exercise_named_after(ctx: DocContext, trig: Trigger) -> bool:
    return _exercise_noun_after().match(ctx.text, trig.end) is not None


def _struck_subject(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> tuple[ItemMention | None, str]:
    """The people a passive of striking is told of ("two guards were hit"), and the word right before its
    auxiliaries (a pronoun: "he was hit", "nobody was hit")."""
    subject_end = ctx.tokens[before_auxiliaries(ctx, trig.tok_start) + 1].start
    return _subject_people(ctx, trig, items), token_before(ctx, subject_end)


# "was struck by a vehicle", "struck with an iron bar": the blow told; "were shot and killed": a death
_BY_OR_WITH_OR_KILLED = re.compile(r"\s+(?:by|with|and\s+killed)\b")


def _choose_type(ctx, trig, noun, obj, items, entities, sentence_lower, lex, passive):
    lower = trig.lower
    by_next = _BY_NEXT.match(ctx.text, trig.end)
    if lower in lex.settling_forms and (passive or by_next or _describing_participle(ctx, trig)):
        escort = _escort_of_others(ctx, trig, items) if by_next else None
        if escort is not None:
            return "DEPLOY", escort  # "Two teams of deminers, escorted by an army section of about 20 soldiers"
        return None, obj  # "soldiers escorting the convoy were killed", "two bombers, escorted by fighters"
    if lower == "flown in" and any(it.end <= trig.start and not ctx.text[it.end : trig.start].strip() for it in items):
        return None, obj  # "supplying the RSF with armoured vehicles flown in through neighbouring countries"
    if not noun and lower in lex.drone_flights and obj is not None and obj.cls in _DRONES:
        if _flown_at(ctx, trig, obj, passive):
            return "LAUNCH", _same_span_as(items, obj, {"drone_launch"})  # "drones were flown at military posts"
        if not passive and _flown_over(ctx, trig, obj, lex):
            return "SURVEIL", obj  # "both groups had flown drones over villages to watch troop movements"
    if not noun and not passive and lower in lex.drone_flights and obj is not None:
        if obj.start > trig.start and _WATCH_SORTIES.search(ctx.text, max(0, obj.start - 40), obj.end):
            return "SURVEIL", obj  # "flew nearly 50 surveillance sorties over the parks": the flights watch
        over_land = obj.cls == "platform" and not _OVER_WATERS.match(ctx.text, obj.end)
        if over_land and _is_watcher(ctx, obj, lex) and _flown_over(ctx, trig, obj, lex):
            return "SURVEIL", obj  # "flew a helicopter over the sub-county on Tuesday to track the stolen herds"
        if _flying_surveillance(obj, lex) and _flown_over(ctx, trig, obj, lex):
            return "SURVEIL", obj  # "the BDF flies a surveillance aircraft over the Chobe every day"
    if passive and lower in lex.drones_seen and obj is not None and obj.cls in _DRONES and obj.end <= trig.start:
        if _SEEN_OVER.match(ctx.text, trig.end):
            # "Two unidentified drones were seen over the Eteringbang base": flown there; watching if
            # the drones or the sentence say so ("reconnaissance drones", "apparently filming the yard")
            sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
            told = ctx.text[max(sent.start, obj.start - 30) : sent.end].lower()
            watching = any(w in lex.seen_watching for w in re.findall(r"[a-z]+", told))
            return ("SURVEIL" if watching else "LAUNCH"), obj
    if (
        not passive
        and not noun
        and lower in lex.drones_seen_active
        and obj is not None
        and obj.cls in _DRONES
        and _DRONE_RIGHT_AFTER.fullmatch(ctx.text, trig.end, obj.start)
        and _SEEN_OVER.match(ctx.text, obj.end)
    ):
        return "LAUNCH", obj  # "Guards spotted two drones over the base": flown there by someone unnamed
    if lower in lex.seen_only:
        return None, obj  # "has seen", "was seen leaving": a sighting only of drones over a place
    if noun and lower in lex.flight_nouns:
        drone = _drone_flying(ctx, trig, items, lex)
        return ("SURVEIL", drone) if drone is not None else (None, obj)  # "flights by our own drone unit"
    if lower in lex.victim_before and (obj is None or obj.cls != "personnel" or obj.end > trig.start):
        return None, obj  # "footage shot by residents": no one named before "shot by" was hit
    if passive and lower in lex.projectile_verbs and lex.projectile_after.match(ctx.text, trig.end):
        hit, pronoun = _struck_subject(ctx, trig, items)
        if hit is not None or pronoun in grammar().victim_subject_pronouns:
            return "CASUALTY", hit  # "he was hit by three bullets", "two guards were hit by stones": wounded
    if lower.endswith(" together") and _exercise_named_after(ctx, trig):
        return None, obj  # "units will train together in the Dragon-25 exercise": the exercise's own claim
    if passive and lower in lex.people_hit and not _BY_OR_WITH_OR_KILLED.match(ctx.text, trig.end):
        hit, pronoun = _struck_subject(ctx, trig, items)  # not "they", which may be the ships ("Had they been hit")
        if hit is not None or pronoun != "they" and pronoun in grammar().victim_subject_pronouns:
            return "CASUALTY", hit  # "a constable was stabbed", "only two of their men were hit": wounded
    if lower in lex.foreseen_nouns:
        # "fears further violence", "further clashes cannot be ruled out": more attacks foreseen;
        # "fighting between the two clans broke out on Friday": fighting that took place
        referring = _DEMONSTRATIVE_BEFORE.search(ctx.text, max(0, trig.start - 30), trig.start)
        if _more_before(ctx, trig.start) or _forecast(ctx, trig) or (not referring and _breaks_out(ctx, trig.end)):
            return "ATTACK", None  # (not "when this fighting broke out": fighting told before)
        if noun:
            return None, obj  # (the verb "fighting" is read on: "troops fighting in Kursk")
    if lower in lex.claimed_nouns:
        claimed = _claim_before(ctx, trig.start, ctx.seg.sentences[ctx.sentence_of(trig.start)].start)
        # ("said it had nothing to do with the blast": the denier's, denied)
        claimed = claimed or _DENIED_PART.search(ctx.text, max(0, trig.start - _DENIAL_REACH), trig.start)
        return ("ATTACK", None) if noun and claimed else (None, obj)  # "A separatist militia claimed the blast"
    if not noun and lower in lex.taken_by_armed and trig.readings == (("CASUALTY", "verb"),):
        # (not "took them hostage", "took two sailors prisoner": a separable form, told as such)
        if not separable_particle_after("CASUALTY").match(ctx.text, trig.end):
            taken = _people_taken(ctx, trig, items)
            return ("CASUALTY", taken) if taken is not None else (None, obj)  # "Pirates ... took six crew members"
    if (
        not noun
        and lower in lex.taken_by_armed_passive
        and trig.readings == (("CASUALTY", "verb"),)
        and not separable_particle_after("CASUALTY").match(ctx.text, trig.end)  # "had taken 20 soldiers prisoner"
    ):
        taken = _subject_people(ctx, trig, items)  # "Two women were taken by the raiders"
        return ("CASUALTY", taken) if taken is not None and passive else (None, obj)
    if not noun and lower in lex.fugitive_flights:
        fugitive = _fugitive_abroad(ctx, trig, items, entities, lex)
        return ("DEPLOY", fugitive) if fugitive is not None else (None, obj)  # "A fifth suspect ... fled to Spain"
    if not noun and lower in lex.taking_part:
        troops = _forces_taking_part(ctx, trig, items, lex)
        if troops is not None:
            return "DEPLOY", troops  # "no soldiers took part", "troops will not take part in any operation"
        if lower not in lex.denied_nouns:
            return None, obj
    if lower in lex.denied_nouns:
        denied = _DENIED_BEFORE.search(ctx.text, max(0, trig.start - _DENIAL_REACH), trig.start)
        return ("ATTACK", None) if denied and not _FOR_EVENT_AFTER.match(ctx.text, trig.end) else (None, obj)
    if is_help(trig):
        return ("TRANSFER", obj) if technical_help(ctx, trig, noun, entities) else (None, obj)
    subject_type = next((etype for etype, forms in lex.forces_subject.items() if lower in forms), None)
    if subject_type is not None or lower in lex.thrown_munitions:
        mover = None if subject_type is None or noun or passive else _subject_personnel(ctx, trig, items, armed=True)
        if mover is None:  # "a pipe bomb was thrown at the door", "youths threw petrol bombs at police"
            thrown = None if noun else _thrown_munition(ctx, trig, items, lex)
            return ("ATTACK", thrown) if thrown is not None else (None, obj)
        if subject_type == "ATTACK":  # "M23 rebels pushed into the town": armed groups advance too
            armed = mover.text.lower() in item_lexicon().armed
            if lower in lex.armed_only:  # "eight pirates boarded the tanker"; "troops boarded a plane"
                return ("ATTACK", obj) if armed else (None, obj)
            if armed or not _not_forces(mover):
                return "ATTACK", obj
            thrown = _thrown_munition(ctx, trig, items, lex)  # "Youths threw stones at police vehicles"
            return ("ATTACK", thrown) if thrown is not None else (None, obj)
        return (subject_type, mover) if not _not_forces(mover) else (None, obj)  # "marines rehearsed landings"
    unplaced = obj is None or obj.cls != "territory"
    if not noun and not passive and unplaced and _takes_a_place(ctx, trig, lex, entities):
        return "ATTACK", obj  # "captured Sobolivka", "seized Rusyn Yar": a place the lexicons do not know
    if lower in lex.naming_verbs:
        return ("STATEMENT", obj) if not noun and names_something(ctx, trig) else (None, obj)
    if not noun and not passive and lower in MOVES and _into_ground(ctx, trig, items):
        mover = _subject_personnel(ctx, trig, items, armed=True)
        if mover is not None:
            return "ATTACK", obj  # "army troops moved into two villages west of Kismayo": an advance
    if lower in lex.package_verbs:
        held = not noun and _package_subject(ctx, trig, lex)
        return ("TRANSFER", obj) if held and obj is not None and obj.start > trig.start else (None, obj)
    if lower in lex.standing_force:
        force = None if noun else _standing_force(ctx, trig, items, entities)
        return ("DEPLOY", force) if force is not None else (None, obj)
    nxt = ctx.tokens[trig.tok_end].lower if trig.tok_end < len(ctx.tokens) else ""
    if not noun and lower in lex.counted_patrols and any(t == "DEPLOY" for t, _ in trig.readings):
        forces = _moving_subject(ctx, trig, items, lex, classes=_FORCES)
        if forces is not None and not _not_forces(forces) and _count_near(ctx, trig, people=True):
            return "DEPLOY", forces  # "some 1,900 soldiers were patrolling the main roads"
    if not noun and lower in lex.flight_patrols:
        if obj is not None and obj.cls in _DRONES and _WITH_BETWEEN.fullmatch(ctx.text, trig.end, obj.start):
            return "SURVEIL", obj  # "have begun patrolling with a small drone"
        flyer = _flying_watcher(ctx, trig, items, lex)
        if flyer is not None:
            return "SURVEIL", flyer  # "a helicopter fitted with night-vision cameras will patrol the south coast"
    if not noun and lower in lex.drone_flights and (_flies_over(ctx, trig, lex) or lower in lex.drone_flight_circling):
        drone = _flying_watcher(ctx, trig, items, lex)
        circling = lower in lex.drone_flight_circling  # "seen circling over the patrol": watching it
        if drone is not None and drone.cls in _DRONES and not circling and _sighted_flight(ctx, trig, drone):
            # "up to a dozen drones were seen flying over the barracks", "an unidentified drone flew low over
            # the village": a flight the watching side saw, an incursion
            return "LAUNCH", _same_span_as(items, drone, {"drone_launch"})
        if drone is not None:
            return "SURVEIL", drone  # "Israeli drones flew low over Beirut's southern suburbs"
    if not noun and not passive and lower in lex.flight_sightings:
        drone = _flying_watcher(ctx, trig, items, lex)
        if drone is not None:
            return "SURVEIL", drone  # "a drone already in service spotted a group of about ten armed men"
    watched = lex.also_with.get("SURVEIL", {}).get(lower)
    if not noun and not passive and watched and (obj is None or obj.end <= trig.start or obj.cls not in watched):
        drone = _flying_watcher(ctx, trig, items, lex)
        if drone is not None:  # (a thing it watches that the lexicon knows is the object, below)
            return "SURVEIL", drone  # "a Hermes 900 drone has watched the Uraricoera river at night since June"
        used = obj is not None and obj.cls in _DRONES and obj.start > trig.end
        if used and _WATCHED_WITH.fullmatch(ctx.text, trig.end, obj.start):
            return "SURVEIL", _same_span_as(items, obj, {"drone"})  # "is watching the frontier with drones"
    if not noun and lower in lex.subject_movers and any(t == "DEPLOY" for t, _ in trig.readings):
        entering = lower in lex.incursions and _enters_airspace(ctx, trig)
        if entering:
            intruder = _moving_subject(ctx, trig, items, lex, classes=_INTRUDERS)
            if intruder is not None:
                return "LAUNCH", intruder  # "19 Russian drones violated Polish airspace"
        # ships that join a group move ("a second carrier could join it"); aircraft that join others'
        # jets fly a drill with them ("bombers joined South Korean F-15K fighter jets for a combined air drill")
        joins_others = lower in lex.joining_forms and nxt not in ("it", "them") and not _joins_a_force(ctx, trig, lex)
        # "troops had crossed into Colombia in pursuit of the attackers": a form ending in its
        # preposition takes a place, and those pursued are no object of it
        into = lower.endswith(" into") and obj is not None and token_before(ctx, obj.start) in ("of", "the")
        free = entering or obj is None or obj.cls not in ("platform", "personnel") or obj.start < trig.start or into
        if into:
            troops = _subject_personnel(ctx, trig, items, armed=True)
            if troops is not None and not _not_forces(troops):
                return "DEPLOY", troops  # "TPDF units had crossed into Mozambique in pursuit of raiders"
        if free and not joins_others:
            mover = _moving_subject(ctx, trig, items, lex)
            if mover is not None:
                if trig.tok_end < len(ctx.tokens) and ctx.tokens[trig.tok_end].lower in lex.joint_after:
                    return "EXERCISE", mover  # "the bombers flew together over the Sea of Japan"
                if lower in lex.arrival_forms and _delivered_batch(ctx, mover, lex):
                    return "TRANSFER", mover  # "the first F-16 fighter jets had arrived in the country"
                return "DEPLOY", mover  # "three Russian Navy ships ... were observed sailing east"
        if _crossing(trig) and lower in lex.incursions:
            crossers = _subject_personnel(ctx, trig, items, armed=True, raised=True)
            if crossers is not None and (not _not_forces(crossers) or crossers.text.lower() in item_lexicon().armed):
                return "DEPLOY", crossers  # "About 40 rebels crossed into Uganda", "the raiders had crossed from Kenya"
            fugitive = _fugitive_abroad(ctx, trig, items, entities, lex)
            if fugitive is not None:
                return "DEPLOY", fugitive  # "The suspects are thought to have crossed into South Africa on foot"
        if lower in lex.arrival_forms and obj is not None and obj.start > trig.start:
            troops = _subject_personnel(ctx, trig, items)
            if troops is not None and not _not_forces(troops):
                return "DEPLOY", troops  # "About 250 soldiers of the Armed Forces of Liberia arrived in Ganta"
        if lower in lex.forces_operating and nxt in lex.operating_where:
            forces = _moving_subject(ctx, trig, items, lex, classes=_FORCES)
            if forces is not None and not _not_forces(forces):
                return "DEPLOY", forces  # "Israeli ground troops have been operating in southern Lebanon"
        if lower in lex.movers_only:
            if lower.startswith("return") and nxt == "to":
                troops = _subject_personnel(ctx, trig, items)
                if troops is not None and not _not_forces(troops):
                    return "DEPLOY", troops  # "North Korean troops returned to the front lines in Kursk"
            if lower in lex.leaving_forms and _names_side_next(ctx, trig, entities):
                troops = _subject_personnel(ctx, trig, items, armed=True)
                if troops is not None and not _not_forces(troops):
                    return "DEPLOY", troops  # "the last French soldiers left Niger": a withdrawal
            if lower in lex.settling_forms or lower in lex.joining_forms and _joins_a_force(ctx, trig, lex):
                troops = _subject_personnel(ctx, trig, items, armed=True)
                g = grammar()
                if troops is not None and troops.text.lower().split()[-1] in g.state_forces | g.soldier_words:
                    return "DEPLOY", troops  # "1,500 Egyptian soldiers will join the AU mission in Somalia"
            if lower in lex.incursions and _enters_side(ctx, trig, entities):
                troops = _subject_personnel(ctx, trig, items, armed=True)
                if troops is not None and not _not_forces(troops):
                    return "DEPLOY", troops  # "Turkish troops entered northern Iraq": an incursion on the ground
            return None, obj
    if not noun and not passive and lower.startswith("deploy") and obj is not None and obj.start > trig.start:
        if obj.cls in _INTRUDERS and _USED_IN_ATTACKS.match(ctx.text, obj.end):
            return "LAUNCH", obj  # "Russia deployed almost 300 missiles and 200 drones in attacks": fired them
    # "denied using drones against civilian sites": strikes made with them (not "Russia's use of these
    # missiles against Ukraine", a noun, nor "used 5,214 kamikaze drones against Ukrainian positions", a
    # count: the gold's launches)
    not_used = lower in _USE_FORMS and _NOT_BEFORE_USE.search(ctx.text, max(0, trig.start - 30), trig.start)
    used = lower in _USE_FORMS and (lower != "use" or not_used is not None)
    if not noun and used and obj is not None and obj.start > trig.start and obj.cls in _INTRUDERS:
        if _AGAINST_AFTER.match(ctx.text, obj.end) and not _count_near(ctx, trig):
            return "ATTACK", obj
    if not noun and used and obj is not None and obj.start > trig.start and obj.cls in _WEAPONS_USED:
        denied = _DENIED_USE.search(ctx.text, max(0, trig.start - 30), trig.start) or not_used
        if denied and not _count_near(ctx, trig):
            # "the army denied using mortars", "police deny using firearms", "police did not use live
            # ammunition": fire denied
            return "ATTACK", obj
    if not noun and passive and lower in _USE_FORMS and obj is not None and obj.end <= trig.start:
        start = ctx.seg.sentences[ctx.sentence_of(trig.start)].start
        if obj.cls in _WEAPONS_USED and _DENIED_PASSIVE_USE.search(ctx.text, start, obj.start):
            return "ATTACK", obj  # "The police deny that live ammunition was used": fire denied
    if not noun and not passive and lower in _SEND_FORMS and obj is not None and obj.start > trig.start:
        if obj.cls in _INTRUDERS and _AIMED_AFTER.match(ctx.text, obj.end):
            return "LAUNCH", obj  # "sent a swarm of drones toward Port Sudan": fired at it, not given
    if passive and " " in lower and lower.split()[0] in ("fired", "launched", "shot") and obj is not None:
        if obj.start < trig.start and obj.cls in lex.objects.get("LAUNCH", ()):
            return "LAUNCH", obj  # "two missiles were fired at the vessel": as "fired two missiles at"
    if not noun and _hits_nothing(ctx, trig):
        return None, obj  # "the point where they hit the water": no target
    for etype, pos in trig.readings:
        subject_classes = lex.subject_of.get(etype, {}).get(lower)
        if subject_classes is not None:
            # "a pipe bomb exploded outside a police post": the form tells of its subject only, which
            # `_has_its_subject` made sure of
            return etype, _item_right_before(ctx, trig, items, subject_classes)
        prev = ctx.tokens[trig.tok_start - 1].lower if trig.tok_start > 0 else ""
        if prev in lex.not_preceded_by.get(etype, ()) and not _planned_to(ctx, trig, prev):
            continue  # "airborne early warning aircraft": a kind of aircraft, not a warning given
        if noun and etype == "CASUALTY" and lex.died_of.search(ctx.text, max(0, trig.start - 40), trig.start):
            continue  # "three succumbed to their injuries": the cause of their deaths
        if nxt in lex.not_followed_by.get(etype, ()):
            continue  # "shot down"; "based on official figures"
        if nxt in lex.not_followed_by_forms[etype].get(lower, ()) and not is_count_word(prev):
            # "lives in Maryland", "engaged in talks"; a counted noun is no verb ("claimed 14 lives in Inanda")
            continue
        if lower in lex.requires_object.get(etype, ()):
            victims = nxt in grammar().victim_object_pronouns  # "did not hurt anyone"
            counted = etype == "CASUALTY" and (victims or _count_near(ctx, trig, people=True))
            # "40 homes have been targeted" (not "have been engaged", "were dropped": talks, charges)
            subject = passive and obj is None and lower.startswith("target") and _passive_subject(ctx, trig)
            if obj is None and not _names_side_next(ctx, trig, entities) and not counted and not subject:
                continue  # "Casualties have dropped by 60 percent": no object; "targeting Poland" has one
            if obj is not None and not passive and not noun and obj.end <= trig.start:
                continue  # a subject is no object
            if obj is not None and obj.start > trig.end and _THAT.match(ctx.text, trig.end, obj.start):
                continue  # "on its radio station that its fighters had": the subject of a clause told
            far = obj is None or obj.tok_start - trig.tok_end > 3
            if lower.endswith("s") and ctx.items_ending_at(trig.tok_start) and far:
                continue  # "attacked two police stations in the east of the city": a plural noun after a noun
            if etype == "ATTACK" and lower.startswith("engag") and obj is not None and _civilian_people(obj):
                continue  # "to engage youth", "engaged border mayors": reaching out, no fight
        if lower in lex.object_after.get(etype, ()) and (passive or noun or obj is None or obj.start < trig.end):
            continue  # "used 5,214 drones" launches them; "the missile used a new engine" does not
        if lower in lex.object_before.get(etype, ()) and obj is not None and obj.start > trig.start:
            if not _counted_item(ctx, trig, obj):
                # "Israeli troops remain at five hilltop positions": the forces before stay; "stayed in touch
                # with staff" places no one (but "there remain about 900 U.S. troops": the counted forces)
                obj = _subject_personnel(ctx, trig, items) or _moving_subject(ctx, trig, items, lex)
                if obj is None:
                    continue
        subject_taken = passive and obj is not None and obj.end <= trig.start
        if lower in lex.object_next.get(etype, ()) and not subject_taken and (
            obj is None or not 0 <= obj.tok_start - trig.tok_end <= 3 or _modifies_a_noun(ctx, obj)
        ):
            # "sharing missile technology"; not "shared their concerns about North Korea's missiles" (a
            # passive's object is its subject: "three activists were seized")
            continue
        if lower in lex.need_destination.get(etype, ()) and not _sent_to_a_place(ctx, trig, obj):
            continue  # "ordered 3,000 troops to Kuwait"; not "ordered troops to attack"
        narrow_classes = lex.only_with.get(etype, {}).get(lower)
        if narrow_classes is not None and obj is not None and "territory" in narrow_classes:
            # "overran an army outpost": ground won names the ground (the base), not the post's works
            obj = _same_span_as(items, obj, {"territory"})
        if narrow_classes is not None and obj is not None:
            # one span, several classes ("missile": missile, weapon): the one the form needs
            obj = _same_span_as(items, obj, narrow_classes)
        narrow_miss = obj is None or obj.cls not in (narrow_classes or ()) and obj.name not in (narrow_classes or ())
        if narrow_miss and etype == "DEPLOY" and obj is not None and _forces_seen_somewhere(ctx, trig, obj):
            narrow_miss = False  # "North Korean troops have been spotted in the Zaporizhzhia region"
        if narrow_classes is not None and narrow_miss and not _word_object(ctx, trig, passive, lex, etype):
            continue
        if etype == "CASUALTY" and lower in lex.held_forms and (
            not _held_a_while(ctx, trig, lex) or obj is None or obj.text.lower().split()[-1] in lex.held_custody
        ):
            continue  # "detainees held at the prison", "commanders must be held accountable": no capture told
        if noun and pos == "verb" and any(p == "noun" for _, p in trig.readings):
            continue
        if not noun and pos == "noun" and any(p == "verb" for _, p in trig.readings):
            continue
        if narrow_classes is not None and narrow_miss:
            return etype, obj  # a noun of the block's `words`: "pulled down some 40 makeshift shelters"
        allowed = lex.objects.get(etype)
        if allowed is None:
            return etype, obj
        wide = lex.also_with.get(etype, {}).get(lower, frozenset())
        if obj is not None and (obj.cls in wide or obj.name in wide):
            if etype == "DEPLOY" and obj.end <= trig.start and not ctx.text[obj.end : trig.start].strip():
                continue  # "Vulcan cannons deployed on Baengnyeong Island": where they stand, no news of a move
            if lower in lex.also_active_only and (passive or noun or obj.start < trig.end):
                continue  # "the rocket had been moved to the launch pad": no forces placed
            return etype, obj  # "observed the Chinese aircraft carrier", "shadowed the Philippine ships"
        if obj is not None:
            # one span, several classes ("drones": drone, drone_launch): take the one this type uses
            obj = _same_span_as(items, obj, allowed)
        if obj is not None and obj.cls in allowed:
            if etype == "DEPLOY" and _not_forces(obj) and not _armed_presence(ctx, trig, obj, lex):
                continue
            if etype == "DEPLOY" and _hurt_before().search(ctx.text, max(0, obj.start - 20), obj.start):
                continue  # "moved the wounded officers to cover": the hurt carried to safety, no forces sent
            if etype == "CASUALTY" or obj.cls != "personnel" or etype in {"DEPLOY", "EXERCISE"}:
                return etype, obj
        if obj is not None and obj.cls == "personnel" and etype == "CASUALTY":
            return etype, obj
        if lower in lex.bare_nouns.get(etype, ()):
            return etype, obj
        if lower in lex.receiver_next.get(etype, ()) and _receiver_next(ctx, trig, entities) is not None:
            return etype, obj  # "Iran denies arming the Houthis": arms given, to the party named
        border_object = not noun and obj is not None and obj.cls in lex.border_objects
        if etype == "FORTIFY" and (border_object or lower in lex.border_nouns):
            if (not border_object or obj.start > trig.start) and any(w in sentence_lower for w in lex.border_words):
                return etype, obj  # "construction activities in the border area", "built new roads near the border"
            continue
        if etype == "DEPLOY" and not noun and (obj is None or obj.cls not in allowed):
            mover = _subject_personnel(ctx, trig, items)
            # "instructors flew reconnaissance drones over the town": an object another reading takes
            # (SURVEIL's) says what the forces did
            theirs = obj is not None and obj.start >= trig.end and _other_reading_takes(lex, trig, etype, obj)
            if mover is not None and not _not_forces(mover) and not theirs:
                return etype, mover  # "his unit had pulled out of trenches": forces moving
            group = None if mover is not None else _subject_personnel(ctx, trig, items, armed=True)
            if group is not None and _armed_presence(ctx, trig, group, lex):
                return etype, group  # "fewer than 300 armed insurgents remain active in the provinces"
            if lower.split()[0] in grammar().withdrawal_verbs and _army_withdraws(ctx, trig):
                return etype, obj  # "The Ukrainian army said it had withdrawn from Vuhledar"
            if obj is None and _force_moves(ctx, trig):
                return etype, obj  # "The army deployed to the border", "The army will not cross into Kosovo"
            if passive and obj is None and _forces_subject(ctx, trig):
                return etype, obj  # "The Armed Forces of BiH have not been deployed", "The BDF has not been withdrawn"
        if etype == "DEPLOY" and (obj is None or obj.cls == "personnel" and not _not_forces(obj)):
            if find_recipient(ctx, trig, "DEPLOY", entities, reach=6) is not None and (noun or _personnel_in(items)):
                return etype, obj
            if noun and _further_deployment(ctx, trig):
                return etype, obj  # "preparing for additional deployment": one more of those told
            if noun and _by_agent(ctx, trig, entities):
                return etype, obj  # "no unusual movements by the North Korean military": whose forces
            if not noun and _personnel_in(items) and _count_near(ctx, trig):
                return etype, obj
        if etype == "TRANSFER" and not noun and obj is None and _MORE_AFTER.match(ctx.text, trig.end):
            if any(it.end <= trig.start and it.cls in allowed for it in items):
                # "delivered an IRIS-T system and will send two more": more of those told before, no object
                return etype, None  # of its own, so the evidence and the time stay with this verb
        if etype in {"LAUNCH", "DEVELOP"} and noun and obj is None:
            earlier = [it for it in items if it.end <= trig.start and it.cls in allowed]
            if earlier:
                return etype, earlier[-1]  # "such a launch": what an earlier clause named
            if (
                etype == "LAUNCH"
                and lower in ("launch", "launches")
                and _LAUNCH_TO_COME.search(ctx.text, max(0, trig.start - 50), trig.start)
            ):
                near = ctx.items_within(max(0, trig.start - _LAUNCH_ITEM_REACH), trig.start)
                told = [it for it in near if it.cls in allowed]
                if told:
                    return etype, told[-1]  # "no signs of an imminent launch" after the report's missiles
        # (what follows an intransitive form is no victim: "lost a leg to a landmine", "died in a drone strike")
        after_only = obj is None or lower in lex.subject_victims and obj.start >= trig.end
        if etype == "CASUALTY" and after_only and not noun and not passive:
            subject = _subject_people(ctx, trig, items)
            # "lost their lives", "succumbed": dying (not "to have insurgents surrender", a purpose)
            dying = lower.startswith(("die", "dead")) or (
                lower in lex.subject_victims and not lower.startswith("surrender")
            )
            if subject is not None and lower in forms_of("CASUALTY", "verb") and dying:
                return etype, subject  # "600 of the soldiers are estimated to have died"
        if (
            etype == "CASUALTY"
            # "captured two more villages", "25 posts captured" take ground ("five wounded, and the position
            # was retaken" does not)
            and (obj is None or obj.cls != "territory" or obj.start < trig.end or _apart_after(ctx, trig, obj))
            and (_count_near(ctx, trig) or _toll_brought_to(ctx, trig))
            and lower not in {"lost", "lose", "loses", "losing", "missing", "lives"}
        ):
            return etype, None if obj is not None and _apart_after(ctx, trig, obj) else obj
        if etype == "CASUALTY" and lower == "lives" and _lives_taken(ctx, trig, lex):
            return etype, obj  # "taxi violence has claimed 14 lives"
        if etype == "CASUALTY" and noun and obj is None and lower in grammar().state_nouns and _count_linked(ctx, trig):
            return etype, obj  # "another 60,000 are listed as missing", "some 2,000 are still missing"
        if etype == "CASUALTY" and noun and token_before(ctx, trig.start) in lex.counted_dead_by:
            subject = _subject_people(ctx, trig, items)
            if subject is not None:
                return etype, subject  # "dozens of civilians are feared dead": deaths with no count
        if etype == "CASUALTY":
            subject = _counted_among(ctx, trig, items)
            if subject is not None:
                return etype, subject  # "a 15-year-old boy was among the dead": one of them, no count
    return None, obj


# "called the strikes a “flagrant violation”", "calling the sanctions \"illegal\"", "called South Korea
# the North's most hostile state": an object, then what it is called (a determiner or a quotation);
# "calling it the largest incursion this year" labels an event told already
_NAMING = re.compile(
    r"\s+(?!(?:on|upon|for|off|up|in|out|back|at|to|into|by)\b)"
    r"(?:them|(?:the|its|their|his|her|our|[A-Z][\w.'’-]*)(?:\s+[\w'’.-]+){0,5}?)"
    r"\s+(?:as\s+)?(?:a|an|the)?\s*[\"“]|\s+(?!(?:on|upon|for|off|up|in|out|back|at|to|into|by)\b)"
    r"(?:them|(?:the|its|their|his|her|our|[A-Z][\w.'’-]*)(?:\s+[\w'’.-]+){0,5}?)"
    r"\s+(?:as\s+)?(?:a|an|the)\s+(?!(?:day|week|month|year|time|few|number|lot)\b)[\w-]+"
)
# "what the military called Hezbollah infrastructure", "what state media calls the operation": a label
_NAMED_BY_WHAT = re.compile(r"\bwhat\s+(?:[\w'’.-]+\s+){0,4}\Z", re.IGNORECASE)

_LAUNCH_ITEM_REACH = 1500  # characters back within which a bare "launch" takes the report's missile or satellite
# what makes a bare "launch" one that is denied, expected or planned, not a mention of the one told
_LAUNCH_TO_COME = re.compile(
    r"\b(?:no\s+(?:signs?|indications?|evidence)|not\s+rule\s+out|ready\s+to|attempt(?:s|ed|ing)?|imminent|further|"
    r"another|next|plans?|planned|prepar\w*|likely|expected|could|may|might|would|will)\b[^.;]*\Z",
    re.IGNORECASE,
)


def _counted_item(ctx: DocContext, trig: Trigger, obj: ItemMention) -> bool:
    """A count stands between the trigger and its object, right before the object ("remained at 4,000 troops")."""
    return any(trig.end <= q.start < obj.start and obj.start - q.start <= 40 for q in ctx.quantities)


def _modifies_a_noun(ctx: DocContext, obj: ItemMention) -> bool:
    """An item followed by another lower-case word of its phrase ("missile warning data"): a modifier."""
    if obj.tok_end >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[obj.tok_end]
    # a time after the item closes its phrase: "concentrated 400 troops since last week", "last month"
    joins = grammar().preps | {"and", "or", "that", "which", "since", "last", "this", "next", "earlier", "overnight"}
    return nxt.lower.isalpha() and ctx.text[nxt.start].islower() and nxt.lower not in joins


def _sideless_voice_before(ctx: DocContext, trig: Trigger) -> bool:
    """People of no side (grammar.yaml ``sideless_voices``) right before the verb, auxiliaries and
    ``voice_adverbs`` aside ("Several participants warned", "Analysts have again warned"): its subject."""
    i = before_auxiliaries(ctx, trig.tok_start, grammar().voice_adverbs)
    return i >= 0 and ctx.tokens[i].lower in grammar().sideless_voices


@cache
def _hurt_before() -> re.Pattern[str]:
    """A grammar.yaml ``hurt_words`` word right before ``pos``: "the wounded officers", "two injured soldiers"."""
    return re.compile(rf"\b(?:{spaced_alternation(load('grammar')['hurt_words'])})\s+\Z", re.IGNORECASE)


def _not_forces(obj: ItemMention) -> bool:
    """People who are not deployed ("send their students home", "moved the villagers"): a bare
    class word or a civilian head; "men" and "workers" stay, as states send both."""
    if obj.cls != "personnel":
        return False  # "two Chinese H-6 bombers" are aircraft, not the people "bombers" also names
    lexicon = item_lexicon()
    text = obj.text.lower()
    head = text.split()[-1]
    return text in lexicon.people_only or (head in lexicon.civilians and head not in ("men", "man"))


def _delivered_batch(ctx: DocContext, mover: ItemMention, lex) -> bool:  # noqa: ANN001 - the trigger lexicon
    """A batch word among the four words before the arriving thing: "the first F-16 fighter jets"."""
    words = ctx.text[max(0, mover.start - 40) : mover.start].lower().split()[-4:]
    return any(w.strip(",.") in lex.batch_words for w in words)


def _flown_at(ctx: DocContext, trig: Trigger, obj: ItemMention, passive: bool) -> bool:
    """Drones flown at or into something strike it: "three drones were flown at military posts",
    "flew two drones into the army base" (not "over", which watches)."""
    toks = ctx.tokens
    if passive or obj.end <= trig.start:
        return _struck_at(toks, trig.tok_end)
    i = _preposition_after(toks, obj.tok_end, 4, _STRUCK_AT)
    return i is not None and _struck_at(toks, i)


def _preposition_after(toks, start: int, reach: int, preps: frozenset[str]) -> int | None:  # noqa: ANN001
    """The index of the first of ``preps`` within ``reach`` tokens from ``start``, before any
    punctuation ("27 petrol bombs and many bricks | at police lines"), or None."""
    for i in range(start, min(start + reach, len(toks))):
        if toks[i].lower in preps:
            return i
        if not toks[i].lower[:1].isalnum():
            return None
    return None


def _struck_at(toks, i: int) -> bool:  # noqa: ANN001 - the document's tokens
    """ "at military posts", "into the base"; not "at low altitude", "at night", "at least"."""
    return (
        i + 1 < len(toks)
        and toks[i].lower in _STRUCK_AT
        and toks[i + 1].lower not in grammar().flight_manners
    )


_STRUCK_AT = frozenset({"at", "into", "against"})
_THROWN_AT = frozenset({"at", "into"})


def _has_its_subject(ctx: DocContext, trig: Trigger, items: list[ItemMention], lex) -> bool:  # noqa: ANN001
    """A form that attacks only with forces as its subject or a munition thrown has one ("troops
    pushed into the town", "a pipe bomb was thrown at the door"), or a form told only of some things
    has one right before it ("a pipe bomb exploded"; ``subject_of``); every other form is kept."""
    for etype, _ in trig.readings:
        classes = lex.subject_of.get(etype, {}).get(trig.lower)
        if classes is not None and _item_right_before(ctx, trig, items, classes) is None:
            return False  # "the rocket exploded shortly after liftoff"
    forces_only = trig.lower in lex.forces_subject.get("ATTACK", ())
    if forces_only and _subject_personnel(ctx, trig, items, armed=True):
        return True
    if forces_only or trig.lower in lex.thrown_munitions:
        return _thrown_munition(ctx, trig, items, lex) is not None
    return True


def _thrown_munition(ctx: DocContext, trig: Trigger, items: list[ItemMention], lex) -> ItemMention | None:
    """The munition a throwing form throws at something: the object before "at" or "into" ("threw 27
    petrol bombs at police lines"), or the subject right before the passive "thrown at" or "thrown into" ("a pipe bomb
    was thrown at the front door"). Stones and bricks are no munitions, so a riot's stones make no attack."""
    if trig.lower not in lex.thrown_munitions:
        return None
    toks = ctx.tokens
    for it in items:
        if it.cls != "munition":
            continue
        if it.tok_start >= trig.tok_end and it.tok_start - trig.tok_end <= 4:
            if _preposition_after(toks, it.tok_end, 8, _THROWN_AT) is not None:
                return it
        elif it.tok_end <= trig.tok_start and trig.lower.endswith((" at", " into")) and _just_before(ctx, it, trig):
            return it
    return None


_STRIKE_REACH = 15  # tokens from a reduced relative's participle to the verb of its head


@cache
def _clause_subject() -> re.Pattern[str]:
    """What may stand before a clause's subject: a clause break or one of grammar.yaml ``clause_openers``,
    then a determiner and at most two modifiers, up to the end of the text searched."""
    g = grammar()
    return re.compile(
        rf"(?:\A|[,;:]|\b{trie_pattern(g.clause_openers)})\s*(?:{trie_pattern(g.dets)}\s+)?(?:[\w-]+\s+){{0,2}}\Z",
        re.IGNORECASE,
    )


def _launch_of_strike(ctx: DocContext, draft: Draft, drafts: list[Draft]) -> bool:
    """An uncounted missile, rocket or drone named by a reduced relative ("A drone launched by the RSF",
    "a missile launched from Yemen", "rockets fired from across the border") and then the subject of an
    ATTACK verb of its sentence ("struck a market", "hit an open area", "slammed into Thai villages"): the
    strike is the claim, the launch only names what struck."""
    if draft.type != "LAUNCH" or draft.noun or not draft.passive or draft.quantity is not None:
        return False
    if draft.obj is None or draft.obj.end > draft.trigger.start:
        return False
    if token_before(ctx, draft.trigger.start) in grammar().aux:
        return False  # "two rockets were fired at the base and hit a hangar": a finite passive, its own launch
    sent = ctx.seg.sentences[draft.sentence]
    if not _clause_subject().search(ctx.text[max(sent.start, ctx.dateline_end) : draft.obj.start]):
        return False  # "it intercepted a ballistic missile launched from Yemen": the missile is an object
    return any(
        d.type == "ATTACK"
        and not d.noun
        and d.sentence == draft.sentence
        and 0 < d.trigger.tok_start - draft.trigger.tok_end <= _STRIKE_REACH
        and ";" not in ctx.text[draft.trigger.end : d.trigger.start]
        for d in drafts
    )


def _armed_doer(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> bool:
    """The verb's subject is an armed group's people (items.yaml ``armed_people``: "militants", "rebels")."""
    doer = _subject_personnel(ctx, trig, items, armed=True)
    return doer is not None and _armed_head(doer)


def _armed_head(it: ItemMention) -> bool:
    """The people an item names are armed by its head word ("suspected militants", "fewer than 50 rebels")."""
    return it.text.lower().split()[-1] in item_lexicon().armed


def _subject_personnel(
    ctx: DocContext, trig: Trigger, items: list[ItemMention], *, armed: bool = False, raised: bool = False
) -> ItemMention | None:
    """Forces named right before a movement verb, auxiliaries aside ("the unit had pulled out"), or
    before a verb of `gerund_bridges` that the gerund follows ("gunmen were seen shooting at"), or
    accused of it ("accused the soldiers of shooting at"); with ``armed``, armed groups' people too
    ("M23 rebels pushed into the outskirts"); with ``raised``, past a hedge ("the raiders are believed to
    have crossed")."""
    g = grammar()
    verb = trig.tok_start  # where the subject must end, auxiliaries aside
    if verb > 0 and _gerund(trig) and ctx.tokens[verb - 1].lower in g.gerund_bridges:
        verb -= 1  # "were seen shooting at": the subject is seen's
    if armed and verb > 0 and ctx.tokens[verb - 1].lower == ",":
        # "Somali army troops, backed by Jubaland forces, moved into": the subject before the aside
        opening = aside_opening(ctx, verb - 1, 0, _COMMA_ASIDE_REACH, None)
        verb = opening if opening >= 0 else verb
    lex = item_lexicon()
    for it in reversed(items):
        lower = it.text.lower()
        people = lower in lex.people_only and not (armed and lower in lex.armed)
        if it.tok_end > verb or it.cls != "personnel" or people:
            continue
        if _OF_ONLY.fullmatch(ctx.text, it.end, trig.start) and _accused_of(ctx, it, trig, g):
            return it  # "accused the soldiers of shooting at crowds": the soldiers shot
        subject_end = ctx.tokens[before_auxiliaries(ctx, verb, g.schedule_words)].end  # "are due to arrive"
        if not _just_before(ctx, it, trig, verb=verb, raised=raised) and it.end != subject_end:
            # "About 250 soldiers of the Armed Forces of Liberia arrived": past the body they belong to
            named_body = _OF_BODY_AFTER.fullmatch(ctx.text, it.end, subject_end)
            return it if named_body or _of_joined_body(ctx, it.end, subject_end) else None
        # "400 Rwandan soldiers of the outgoing contingent went home": the soldiers, counted, went
        head = next((h for h in items if h.cls == "personnel" and h.end < it.start and
                     OF_OWNER_BETWEEN.fullmatch(ctx.text, h.end, it.start)), None)
        return head or it
    return None


_COMMA_ASIDE_REACH = 8  # tokens back to the comma that opens an aside before a verb ("troops, backed by ..., moved")
_OF_ONLY = re.compile(r"\s+of\s+")
_FROM_AFTER = re.compile(r"\s+(?:back\s+|over\s+)?from\b")  # "crossed from", "crossed back from"


def _crossing(trig: Trigger) -> bool:
    """A form of "cross" ("crossed", "crossing into"): forces or armed men moving over a border."""
    return trig.lower.startswith("cross")


# forces and the named body they belong to: "soldiers | of the Armed Forces of Liberia", "officers | of the army"
_OF_BODY_AFTER = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|army|military|police|navy)(?:\s+(?:[A-Z][\w'’-]*|of|and|the))*"
)


def _of_joined_body(ctx: DocContext, start: int, end: int) -> bool:
    """ "of the outgoing mission", "of the second contingent": forces of a body that triggers.yaml
    ``joined_bodies`` names, past a determiner and at most two words."""
    found = _OF_SOME_BODY.fullmatch(ctx.text, start, end)
    return found is not None and found.group(1).lower() in trigger_lexicon().joined_bodies


_OF_SOME_BODY = re.compile(r"\s+of\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,2}?([\w-]+)\s*")


def _just_before(
    ctx: DocContext, it: ItemMention, trig: Trigger, *, raised: bool = False, verb: int | None = None
) -> bool:
    """Only auxiliaries, at most three, stand between ``it`` and the trigger ("drones have been
    flying"), or the token ``verb`` when the subject stands before an aside; ``raised`` lets a
    hedge through too ("soldiers are estimated to have died")."""
    first = it.tok_end
    phrase = _PARTICIPLE_ON_SUBJECT.match(ctx.text, it.end, trig.start)
    if phrase is None and raised:
        phrase = _OF_PHRASE_ON_VICTIM.match(ctx.text, it.end, trig.start)
    if phrase is not None:  # "soldiers working near the border briefly crossed": past the phrase
        first = ctx.tok_before(phrase.end()) + 1
    else:
        first = _past_name(ctx, first, trig.tok_start if verb is None else verb)
    between = ctx.tokens[first : trig.tok_start if verb is None else verb]
    g = grammar()
    if raised:
        return len(between) <= 5 and all(t.lower in g.aux or t.lower in g.raising_verbs for t in between)
    # "soldiers working near the border briefly crossed": past the phrase, an adverb may stand too
    adverb_ok = phrase is not None
    scheduled = any(t.lower in g.schedule_words for t in between)  # "are due to arrive"
    return len(between) <= 3 + scheduled and all(
        t.lower in g.aux or t.lower in g.schedule_words or (adverb_ok and t.lower.endswith("ly")) for t in between
    )


_NAME_AFTER_TITLE = 3


def _past_name(ctx: DocContext, first: int, stop: int) -> int:
    """Past the name that follows a title or a trade ("Mr Sample died", "Sergeant Ana Ejemplo was
    killed"): up to three capitalised words before ``stop``."""
    i = first
    while i < min(stop, first + _NAME_AFTER_TITLE) and ctx.text[ctx.tokens[i].start].isupper():
        i += 1
    return i


def _counted_among(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> ItemMention | None:
    """The people right before "was among the" and a casualty noun ("A 15-year-old boy was among the
    dead", "a senior official was among the injured"), an age in commas between at most."""
    among = _AMONG_THE.search(ctx.text, max(0, trig.start - 40), trig.start)
    if among is None:
        return None
    for it in reversed(items):
        if it.end <= among.start() and it.cls == "personnel":
            return it if _AGE_ASIDE.fullmatch(ctx.text, it.end, among.start()) else None
    return None


_AGE_ASIDE = re.compile(r"\s*(?:,\s*\d{1,3}\s*,\s*)?")


def _subject_people(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> ItemMention | None:
    """People right before an intransitive casualty verb: "600 of the soldiers are estimated to have died",
    or before an aside on them ("up to 30 civilians, including 16 members of one family, lost their lives")."""
    verb = _aside_open(ctx, trig)
    if verb is None:
        verb = _depictive_verb(ctx, trig)  # "Both contractors were released unharmed": the verb it describes
    for it in reversed(items):
        if it.tok_end > (trig.tok_start if verb is None else verb) or it.cls != "personnel":
            continue
        if _just_before(ctx, it, trig, raised=True, verb=verb):
            return it
        break
    # "Two other crew members hid in the fish hold and were unhurt": the subject of both verb phrases
    return shared_subject(ctx, trig, items)


def _depictive_verb(ctx: DocContext, trig: Trigger) -> int | None:
    """The token where a verb that a word denying harm describes starts ("escaped unhurt", "were released
    unharmed", "walked away uninjured", grammar.yaml ``depictive_verbs``), or None."""
    if trig.lower not in modality.negating_triggers() or trig.tok_start < 1:
        return None
    verbs = grammar().depictive_verbs
    for width in (2, 1):
        start = trig.tok_start - width
        if start >= 0 and " ".join(t.lower for t in ctx.tokens[start : trig.tok_start]) in verbs:
            return start
    return None


def _aside_open(ctx: DocContext, trig: Trigger) -> int | None:
    """The opening comma of an aside that closes right before the verb (", including children,"
    or ", who were returning home,"), or None."""
    i = before_auxiliaries(ctx, trig.tok_start)
    if i <= 0 or ctx.tokens[i].lower != ",":
        return None
    j = aside_opening(ctx, i, 1, 24, grammar().subject_aside_openers, stops=_SENTENCE_STOPS)
    return None if j < 0 else j


_SENTENCE_STOPS = frozenset({".", ";"})


_INTRUDERS = frozenset({"drone", "drone_launch", "missile"})
# what is hit, not what hits: "six Russian oblasts have been attacked" names the side hit
_HIT_CLASSES = frozenset({"territory", "infrastructure", "barrier", "launch_site"})
# what was deployed was used in attacks: "... missiles and more than 200 drones in attacks on Kyiv"
# ("deployed nearly 4,700 kamikaze drones to hit our positions": sent to strike)
_USED_IN_ATTACKS = re.compile(
    r"[^.;]{0,60}?\b(?:in|during)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:attacks?|strikes?|barrages?|assaults?|raids?|salvos?)\b"
    r"|[^.;]{0,30}?\bto\s+(?:hit|strike|attack|target|bomb|shell)\b",
    re.IGNORECASE,
)
_DRONES = frozenset({"drone", "drone_launch"})
_SURVEILLANCE = frozenset({"surveillance"})
_FORCES = frozenset({"personnel"})


def _receiver_next(ctx: DocContext, trig: Trigger, entities) -> EntityMention | None:
    """A country or group right after the verb, "the" aside ("arming the Houthis", "arming Kyiv")."""
    return next(
        (
            e
            for e in entities
            if e.entity
            and e.kind in ("country", "group", "org")
            and e.start >= trig.end
            and ctx.tok_at(e.start) - trig.tok_end <= (1 if token_before(ctx, e.start) == "the" else 0)
        ),
        None,
    )


def _names_side_next(ctx: DocContext, trig: Trigger, entities) -> bool:
    """ "denied targeting Poland": a country or place right after the verb is its object."""
    return any(
        e.entity and e.kind in ("country", "place") and e.start >= trig.end and ctx.tok_at(e.start) == trig.tok_end
        for e in entities
    )


def _joins_a_force(ctx: DocContext, trig: Trigger, lex) -> bool:  # noqa: ANN001 - TriggerLexicon
    """ "join the AU mission", "joined a multinational force": one of `joined_bodies` within five
    words after the form (a hyphenated word counts once: "the Hlane anti-poaching unit"), before any comma."""
    end = min(len(ctx.tokens), trig.tok_end + 8)
    words = 0
    for i in range(trig.tok_end, end):
        word = ctx.tokens[i].lower
        if word in lex.joined_bodies:
            return True
        if word == "-":
            continue
        words += 1
        if not word[:1].isalnum() or words > 5:
            return False
    return False


def _enters_side(ctx: DocContext, trig: Trigger, entities) -> bool:
    """ "entered northern Iraq", "crossed into Syria": a country or place right after the verb, past
    "the" and a direction word."""
    g = grammar()
    for e in entities:
        if not e.entity or e.kind not in ("country", "place") or e.start < trig.end:
            continue
        between = ctx.tokens[trig.tok_end : ctx.tok_at(e.start)]
        return len(between) <= 2 and all(t.lower == "the" or t.lower in g.direction_words for t in between)
    return False


# places named after the people who hold them ("a rebel camp", "bandit hideouts", "army positions")
_HELD_PLACES = frozenset({"territory", "barrier"})


def _held_by(ctx: DocContext, people: ItemMention, place: ItemMention) -> bool:
    """``place`` follows ``people`` with at most one noun between ("rebel | training | camp")."""
    return _HELD_PLACE_GAP.fullmatch(ctx.text, people.end, place.start) is not None
# one word may stand between, a noun ("rebel training camp"), not a verb ("soldiers reinforcing guard posts")
_HELD_PLACE_GAP = re.compile(r" (?:(?:training|operating|staging|(?![a-z]+(?:ing|ed) )[a-z]+) )?")


def _money_given(ctx: DocContext, trig: Trigger, entities: list[EntityMention]) -> ItemMention | None:
    """An amount of money right after a giving verb and a country named right after it ("pledged a
    further $500 million to Ukraine", "approved 20 million euros for Moldova's army"), as the thing given;
    an amount for a programme ("$10 billion for roads") gives nothing to anyone."""
    ks = range(trig.tok_end, min(len(ctx.tokens), trig.tok_end + 3))
    k, q = next(((k, q) for k in ks if (q := ctx.mention_at(ctx.quantities, ctx.tokens[k].start))), (0, None))
    if q is None or q.kind != "money":
        return None
    after = _TO_RECEIVER.match(ctx.text, q.end)
    if after is None or not any(e.start == after.end() and e.entity for e in entities):
        return None
    return ItemMention(q.start, q.end, q.text, "aid", "money", k, ctx.tok_at(q.end))


# "$500 million | to | Ukraine", "20 million euros | for the | Rwandan deployment"
_TO_RECEIVER = re.compile(r"\s+(?:in\s+\w+\s+)?(?:to|for)\s+(?:the\s+)?")


def _flown_over(ctx: DocContext, trig: Trigger, obj: ItemMention, lex) -> bool:  # noqa: ANN001 - TriggerLexicon
    """Drones right after the form and `over` within two words after them ("flew drones over the
    crossing", "flying reconnaissance drones low over the town")."""
    if obj.start < trig.end or obj.tok_start - trig.tok_end > 3:
        return False
    after = obj.tok_end
    # "flew Orlan-10 reconnaissance drones over the town": the model's head noun ends the phrase
    heads = (it for it in ctx.items_within(obj.end, obj.end + 40) if it.cls in _DRONES or it.cls == "surveillance")
    head = next((it for it in heads if 0 <= it.tok_start - after <= 1), None)
    if head is not None:
        after = head.tok_end
    end = min(len(ctx.tokens), after + 2)
    return any(ctx.tokens[i].lower in lex.drone_flight_over for i in range(after, end))


# between a verb of sighting and the drones: a determiner or count and up to three modifiers
_DRONE_RIGHT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}")
# after a drone's passive sighting: where it was ("over the base", "circling above the camp", "again near")
_SEEN_OVER = re.compile(r"\s+(?:(?:again|repeatedly|low|twice)\s+){0,2}(?:over|above|near|around)\b")
_WITH_BETWEEN = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,3}")  # "patrolling with a small drone"
# "watching the frontier with drones", "monitors the valley with two small drones": what is watched, then the means
_WATCHED_WITH = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?with\s+(?:[\w-]+\s+){0,3}")


_OVER_WATERS = re.compile(r"\s+(?:low\s+)?(?:over|above|across)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}"
                          r"(?:Sea|Ocean|Strait|Gulf|Channel)\b")


def _flying_watcher(ctx: DocContext, trig: Trigger, items: list[ItemMention], lex) -> ItemMention | None:  # noqa: ANN001
    """The drones, or else the aircraft made to watch, that are the subject of a flight or a patrol
    ("Police reconnaissance drones now fly over the approach paths": a surveillance aircraft by name)."""
    drone = _moving_subject(ctx, trig, items, lex, classes=_DRONES) or _watching_aircraft(ctx, trig, items, lex)
    if drone is None:
        spy = _moving_subject(ctx, trig, items, lex, classes=_SURVEILLANCE)
        drone = spy if spy is not None and _flying_surveillance(spy, lex) else None
    return drone


_DRONES_ONLY = frozenset({"drone_launch"})


def _sighted_flight(ctx: DocContext, trig: Trigger, drone: ItemMention) -> bool:
    """A drone's flight told as a sighting ("were seen flying over", grammar.yaml ``sighting_words`` right
    before the verb) or by a drone no one owns ("an unidentified drone", ``unknown_flyers`` before it)."""
    seen = trig.tok_start > 0 and ctx.tokens[trig.tok_start - 1].lower in grammar().sighting_words
    words = {t.lower for t in ctx.tokens[max(0, drone.tok_start - 2) : drone.tok_end]}
    return seen or bool(words & grammar().unknown_flyers)


def _flying_surveillance(it: ItemMention, lex) -> bool:  # noqa: ANN001 - TriggerLexicon
    """A surveillance item that flies (SURVEIL `watcher_items`: "reconnaissance aircraft"), and so watches
    what it flies over as a drone does; cameras and survey ships do not fly."""
    return it.cls in _SURVEILLANCE and it.name in lex.flying_watchers


def _watching_aircraft(ctx: DocContext, trig: Trigger, items: list[ItemMention], lex) -> ItemMention | None:  # noqa: ANN001
    """The helicopter that flies over or circles a place, as a drone would (SURVEIL `watchers`)."""
    aircraft = _moving_subject(ctx, trig, items, lex)
    if aircraft is None or _OVER_WATERS.match(ctx.text, trig.end):
        return None  # "a Tu-142 patrol aircraft flew over the Sea of Japan": a transit, told as a deployment
    return aircraft if _is_watcher(ctx, aircraft, lex) else None


# sorties or flights flown to watch ("surveillance sorties", "reconnaissance flights")
_WATCH_SORTIES = re.compile(r"\b(?:surveillance|reconnaissance|patrol|spy)\s+(?:sorties|sortie|flights|flight)\Z")


_FLOWN_BY = re.compile(r"\s+(?:by|of)\s+(?:[\w'’-]+\s+){0,3}?\Z")  # "flights by our own", "flights of"


def _drone_flying(ctx: DocContext, trig: Trigger, items: list[ItemMention], lex) -> ItemMention | None:  # noqa: ANN001
    """The drones that fly the flights of a flight noun: named right after "by" or "of" ("flights by our
    own drone unit"), or the subject of a verb that makes them ("unmanned aerial vehicles carried out
    38 flights", "drones made three flights")."""
    for it in items:
        if it.cls in _DRONES and trig.end <= it.start and _FLOWN_BY.match(ctx.text[trig.end : it.start]):
            return it
    g = grammar()
    i = trig.tok_start - 1
    while i >= 0 and trig.tok_start - i <= 4:
        lower = ctx.tokens[i].lower
        pair = f"{ctx.tokens[i - 1].lower} {lower}" if i >= 1 else lower
        if lower in g.light_verbs or pair in g.light_verbs or lower in lex.flight_makers:
            first = i - 1 if pair in g.light_verbs else i  # "carried out": the verb opens on "carried"
            start, end = ctx.tokens[first].start, ctx.tokens[i].end
            made = Trigger(start, end, first, i + 1, ctx.text[start:end], trig.readings)
            return _moving_subject(ctx, made, items, lex, classes=_DRONES)
        i -= 1
    return None


def _is_watcher(ctx: DocContext, aircraft: ItemMention, lex) -> bool:  # noqa: ANN001 - TriggerLexicon
    """ "army helicopters", "a US Navy P-8 maritime patrol aircraft": the head, or its last two words, is
    one of SURVEIL's `watchers`."""
    words = ctx.text[max(0, aircraft.start - 30) : aircraft.end].lower().split()
    return words[-1] in lex.flight_watchers or " ".join(words[-2:]) in lex.flight_watchers


def _flies_over(ctx: DocContext, trig: Trigger, lex) -> bool:  # noqa: ANN001 - TriggerLexicon
    """ "flew low over", "flying over", "circled above": `over` within three words after the form, and no
    word of watching before it ("fly daily reconnaissance over the forest", "flying surveillance missions
    along the border": the watch noun tells that flight itself)."""
    end = min(len(ctx.tokens), trig.tok_end + 3)
    for i in range(trig.tok_end, end):
        lower = ctx.tokens[i].lower
        if lower in lex.seen_watching:
            return False
        if lower in lex.drone_flight_over:
            return True
    return False
# what an incursion verb enters: "violated Polish airspace", "entered national airspace", "crossed into
# the South's airspace", "intruded into its territory"
# "violated Polish airspace", "crossing from Lebanon into Israeli territory", "crossed over from Lebanon"
_AIRSPACE_AFTER = re.compile(
    r"\s+(?:into\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?(?:airspace|air\s+space|territory)\b"
    r"|\s+(?:over\s+)?from\s+(?:the\s+)?[A-Z]",
    re.IGNORECASE,
)


def _incursion_parties(ctx: DocContext, draft: Draft, entities: list[EntityMention], index: int) -> None:
    """ "19 Russian drones violated Polish airspace": the airspace's owner is the recipient ("its
    airspace" is the speaker's), and the country entered does not send what enters it."""
    entered = _AIRSPACE_AFTER.match(ctx.text, draft.trigger.end)
    if entered is None:
        return
    origin = _CROSSED_FROM.match(ctx.text, draft.trigger.end)
    if origin is not None:
        # "20 projectiles crossed from Lebanon into Israeli territory": sent from the country left,
        # at the one entered after it, if named
        sender = next((e for e in entities if origin.start(1) <= e.start < origin.end(1) and e.entity), None)
        if sender is not None and draft.actor_id is None:
            draft.actor, draft.actor_id = sender, sender.entity
        after = _AIRSPACE_AFTER.match(ctx.text, origin.end())
        target = (
            next((e for e in entities if after.start() <= e.start < after.end() and e.entity), None) if after else None
        )
        if target is not None or draft.type != "DEPLOY":
            draft.recipient = target  # (forces that crossed from a place keep the home country they entered)
        if target is None:
            return
    owner = next((e for e in entities if entered.start() <= e.start < entered.end() and e.entity), None)
    if origin is not None:
        owner = draft.recipient
    if owner is not None:
        draft.recipient = owner
    elif re.search(r"\b(?:its|their|our)\b", entered.group()):
        source = ctx.sources.get(index)
        if source is not None and source.entity:
            country = source.entity.split(".")[0]
            draft.recipient = EntityMention(entered.start(), entered.start(), "", country, "reference")
    if draft.recipient is not None and (draft.actor_id or "")[:3] == (draft.recipient.entity or "")[:3]:
        draft.actor, draft.actor_id = None, None


# "crossed from Lebanon", "crossing over from the Gaza Strip": the place left, as group 1
_CROSSED_FROM = re.compile(r"\s+(?:over\s+)?from\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _national_airspace(ctx: DocContext, draft: Draft, actor_id: str | None) -> EntityMention | None:
    """ "a drone entered the national airspace": the country the report speaks for, unless it flew the drone."""
    trig = draft.trigger
    if not _NATIONAL_AIRSPACE.search(ctx.text, trig.start, min(ctx.seg.sentences[draft.sentence].end, trig.end + 80)):
        return None
    home = home_country(ctx)
    if home is None or home == (actor_id or "")[:3]:
        return None
    return EntityMention(trig.start, trig.start, "", home, "side")


def _observer_actor(ctx: DocContext, draft: Draft, sent: Segment) -> bool:
    """The actor found is the subject of a verb that records or detects the event noun after it ("The Armed
    Forces have recorded 37 incursions of drones"): who counted the incursions, not who flew them."""
    actor = draft.actor
    if actor is None or actor.end > draft.trigger.start:
        return False
    found = _observed_before().search(ctx.text, max(sent.start, draft.trigger.start - 40), draft.trigger.start)
    return found is not None and actor.end <= found.start()


@cache
def _observed_before() -> re.Pattern[str]:
    """grammar.yaml ``observing_verbs`` and at most three words up to the noun."""
    verbs = spaced_alternation(load("grammar")["observing_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w,-]+\s+){{0,3}}\Z", re.IGNORECASE)


_NATIONAL_AIRSPACE = re.compile(r"\b(?:into|entered|violated|over)\s+(?:the\s+)?(?:national|our)\s+air\s*space\b", re.I)


def _enters_airspace(ctx: DocContext, trig: Trigger) -> bool:
    return _AIRSPACE_AFTER.match(ctx.text, trig.end) is not None


def _takes_a_place(ctx: DocContext, trig: Trigger, lex, entities: list[EntityMention]) -> bool:
    """A ground-taking form ("captured", "seized") right before a capitalised name that no entity
    claims: a village or town the gazetteer lacks. "captured Russian soldiers", "seized Hamas
    commanders" name parties, which take people, not ground."""
    if "territory" not in lex.only_with.get("ATTACK", {}).get(trig.lower, ()):
        return False
    if trig.tok_end >= len(ctx.tokens) or ctx.text[max(0, trig.start - 1) : trig.start] == "-":
        return False  # "Russian-occupied Zaporizhzhia"
    g = grammar()
    if trig.tok_start > 0 and (ctx.tokens[trig.tok_start - 1].lower in (g.preps | g.dets) - {"to"}):
        return False  # "in occupied Zaporizhzhia", "the liberated Kherson": an adjective
    nxt = ctx.tokens[trig.tok_end]
    if not ctx.text[nxt.start].isupper() or not nxt.lower.isalpha():
        return False
    return not any(e.start <= nxt.start < e.end and e.kind != "place" for e in entities)


def _moving_subject(
    ctx: DocContext, trig: Trigger, items: list[ItemMention], lex, classes: frozenset[str] = frozenset({"platform"})
) -> ItemMention | None:
    """The ship or aircraft that is the subject of a movement verb: "three Russian Navy ships, among
    them an Udaloy I-class destroyer, were observed sailing east", "two Tu-95 bombers that had flown
    south", "the aircraft carrier Liaoning has been operating" (see `subject_movers` in triggers.yaml)."""
    g = grammar()
    passable = g.aux | g.raising_verbs  # "have been", "is reported to": between the mover and its verb
    lo = ctx.sentence_of(trig.start)
    for it in reversed(items):
        if it.tok_end > trig.tok_start:
            continue
        if _ESCORT_BEFORE.search(ctx.text, max(0, it.start - 50), it.start):
            continue  # "two Tu-95 bombers, escorted by Su-35 fighters, flew": the bombers flew
        same_span = [o for o in items if o.cls in classes and (o.start, o.end) == (it.start, it.end)]
        if it.cls not in classes and same_span:
            it = same_span[0]  # "drones": a drone_launch and a drone reading of one span
        aside = _IN_ASIDE.match(ctx.text, it.end, trig.start) and "," in ctx.text[max(0, it.start - 60) : it.start]
        if it.cls not in classes and aside:
            continue  # "small drones, thought to belong to the police, have flown over": the drones flew
        if it.cls not in classes or ctx.sentence_of(it.start) != lo:
            return None
        if _partitive_count(ctx, it, trig, ctx.seg.sentences[lo].start):
            return it  # "Of the 32 aircraft, 21 crossed the median line": the part counted moved
        if _LEADER_BEFORE.search(ctx.text, max(0, it.start - 20), it.start):
            continue  # "four Chinese ships led by the aircraft carrier Liaoning sailed": the flotilla moved
        if _MEMBER_ASIDE.search(ctx.text, max(0, it.start - 60), it.start):
            continue  # "four Chinese ships, including a Type 055 destroyer, sailed": the four moved
        if _after_preposition(ctx, it.tok_start, g):
            return None  # "fired a drone at a U.S. Navy destroyer transiting the Red Sea": a target
        between = _LED_BY.sub(" ", _LED_BY_PHRASE.sub(" ", _ASIDE.sub(" ", ctx.text[it.end : trig.start])))
        words = [w for w in between.split() if w.strip(",;—–-")]  # "a Nimitz-class carrier, arrived": the aside's end
        if words == ["of"] and _accused_of(ctx, it, trig, g):
            return it  # "accused a Guatemalan army helicopter of flying over the village": the helicopter flew
        if trig.text[:1].islower():  # not "vessels of the China Coast Guard": a name's word, no verb
            words = _past_of_phrase(words, passable | lex.mover_aux, g)
        if len(words) > 6 or any(
            w.lower() not in passable and w.lower() not in lex.mover_aux and not w[:1].isupper() for w in words
        ):
            return None  # (past a hedge: "a drone is reported to circle over Babessi at night")
        return it
    return None


_OF_PHRASE_REACH = 4  # words of an of-phrase after a mover, past "of" and its determiner


def _past_of_phrase(words: list[str], passable: frozenset[str], g) -> list[str]:  # noqa: ANN001 - Grammar
    """The words between a mover and its verb past an of-phrase of its own ("two ships of the Chinese navy
    sailed"): the shortest one, of "of", a determiner and at most four words, after which only words a mover
    passes remain; else ``words`` as they are."""
    if len(words) < 3 or words[0].lower() != "of" or words[1].lower() not in g.dets | {"its", "their"}:
        return words
    for end in range(3, min(len(words), 2 + _OF_PHRASE_REACH) + 1):
        rest = words[end:]
        if all(w.lower() in passable for w in rest):
            return rest
    return words


def _lives_taken(ctx: DocContext, trig: Trigger, lex) -> bool:  # noqa: ANN001 - TriggerLexicon
    """ "claimed 14 lives", "took some 30 lives": a count of lives right after a verb of `life_takers`."""
    before = [t.lower for t in ctx.tokens[max(0, trig.tok_start - 4) : trig.tok_start]]
    counted = next((i for i in range(len(before) - 1, -1, -1) if is_count_word(before[i])), None)
    return counted is not None and any(w in lex.life_takers for w in before[:counted])


def _civilian_people(it: ItemMention) -> bool:
    """People of items.yaml ``civilians`` ("youth", "mayors"), no fighters."""
    return it.cls == "personnel" and civilian_head(it)


def _gerund(trig: Trigger) -> bool:
    """The trigger's verb is an -ing form ("flying", "shooting at")."""
    return trig.lower.split(" ", 1)[0].endswith("ing")


def _accused_of(ctx: DocContext, it: ItemMention, trig: Trigger, g) -> bool:  # noqa: ANN001 - Grammar
    """A gerund after "of" whose subject is an accusing verb's object: a verb of `accusing_verbs`
    within six tokens before the thing accused ("accused a Guatemalan army helicopter of flying")."""
    if not _gerund(trig):
        return False
    return any(t.lower in g.accusing_verbs for t in ctx.tokens[max(0, it.tok_start - 6) : it.tok_start])


# "Of the 32 aircraft, 21 crossed": a sentence that opens on the set, then a bare count as subject
_PARTITIVE_SUBJECT = re.compile(
    _PARTITIVE_OPENER + r"(?:[\w-]+\s+){0,4}?[\w-]+\s*,\s*(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+", re.IGNORECASE
)


_LISTED_REACH = 5  # tokens after the form within which who is listed is named


def _object_first(ctx: DocContext, trig: Trigger) -> bool:
    """A count or a determiner right after the form and no determiner or quantifier right before it:
    the form is a verb with its object ("designated four entities"), not an adjective ("all
    designated targets")."""
    g = grammar()
    if token_before(ctx, trig.start) in g.dets | g.quantifiers or trig.tok_end >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[trig.tok_end]
    if not (nxt.lower in g.dets or ctx.quantity_starts_at(nxt.start)):
        return False
    # who is listed: "four entities and two individuals", not "three maritime danger zones"
    reach = ctx.tokens[trig.tok_end : trig.tok_end + _LISTED_REACH]
    return any(t.lower in g.listed_parties for t in reach)


def _names_number(ctx: DocContext, tok: int) -> bool:
    """A number that the quantity stage left out, right after a capitalized word: part of a name
    ("Fleet Air Wing 4", "Unit 8200"), not a count of the verb-looking word after it."""
    if tok < 1 or ctx.quantity_starts_at(ctx.tokens[tok].start):
        return False
    before = ctx.tokens[tok - 1]
    return ctx.text[before.start].isupper() and before.lower.isalpha()


def _moved_already(mover: ItemMention | None, drafts: list[Draft]) -> bool:
    """The ships or aircraft a movement verb has as subject are the object of a deployment told just
    before in the sentence ("spotted three Russian warships sailing through the strait")."""
    if mover is None:
        return False
    span = (mover.start, mover.end)
    return any(d.type == "DEPLOY" and d.obj is not None and (d.obj.start, d.obj.end) == span for d in drafts)


def _partitive_subject(ctx: DocContext, sent_start: int, verb_start: int) -> bool:
    """ "Of the 32 aircraft, 21 crossed the median line": the verb's subject is a bare count of the set
    the sentence opens on (digits or a number word), so the verb is a verb, not a noun after a count."""
    found = _PARTITIVE_SUBJECT.fullmatch(ctx.text, sent_start, verb_start)
    if found is None:
        return False
    return is_count_word(found.group(1).lower().split("-")[0])


def _partitive_count(ctx: DocContext, it: ItemMention, trig: Trigger, sent_start: int) -> bool:
    """ "Of the 32 aircraft, 21 crossed": the set's item is what the counted part is."""
    return it.start - sent_start <= 40 and _partitive_subject(ctx, sent_start, trig.start)


_INTO_SEA = re.compile(
    r"[^.;]{0,60}?\binto\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:sea|seas|waters|water)\b", re.IGNORECASE
)


# North Korea's coastal firing: toward the buffer zone, near the sea border or a border island
_NEAR_SEA_BORDER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:into|toward|towards)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}buffer\s+zones?"
    r"|(?:near|off|north\s+of|to\s+the\s+north\s+of)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:sea\s+border|maritime\s+border|sea\s+boundary|border\s+islands?|Island|NLL|Northern\s+Limit\s+Line|coast))\b",
    re.IGNORECASE,
)
_AT_TARGET = re.compile(
    r"[^.;]{0,40}?\b(?:at|on)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:island|town|village|positions?|posts?)\b", re.I
)


def _shells_into_sea(ctx: DocContext, trig: Trigger, obj: ItemMention | None, sent: Segment) -> bool:
    """ "North Korea fired some 90 artillery rounds into the sea north of the NLL": artillery fired
    into open water, which the gold files as a firing drill (EXERCISE) with the rounds as its count;
    so is the North's firing toward the buffer zone or near a border island ("the shells were fired
    to the north of Yeonpyeong Island"), unless it is fired at a place."""
    if obj is None or obj.name != "artillery shell":
        return False
    after = obj.end if obj.start >= trig.end else trig.end  # "the shells were fired Friday into the sea"
    if obj.start < trig.end and not (obj.end <= trig.start and is_passive(ctx, trig, ctx.tok_at(sent.start))):
        return False
    found = _INTO_SEA.match(ctx.text, after)
    if found is not None and found.end() <= sent.end:
        return True
    found = _NEAR_SEA_BORDER.match(ctx.text, after)
    if found is None or found.end() > sent.end or _AT_TARGET.match(ctx.text, after, found.end()):
        return False
    return any(e.entity and e.entity.startswith("PRK") for e in ctx.entities)  # a report on the North


# "permanently wounded troops", "the injured soldiers": words before a participle that make it a label
_BY_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?by\b")  # "was condemned by the UN"
_FIRST_PERSON = frozenset({"we", "i"})
_SUBJECT_ADVERBS = frozenset({"again", "also", "strongly", "firmly", "once", "further", "today", "now", "still"})


def _first_person_before(ctx: DocContext, trig: Trigger, g) -> bool:
    """ "We again call on", "I strongly condemn": a first-person subject right before the verb;
    or a verb coordinated with "and" in a sentence whose subject is "we" ("We are concerned at the
    situation in Gaza and call on all actors")."""
    i = trig.tok_start - 1
    while i >= 0 and (ctx.tokens[i].lower in _SUBJECT_ADVERBS or ctx.tokens[i].lower in g.aux):
        i -= 1
    if i >= 0 and ctx.tokens[i].lower in _FIRST_PERSON:
        return True
    if i < 0 or ctx.tokens[i].lower != "and":
        return False
    sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
    first = ctx.tok_at(sent.start)
    opener = next((k for k in range(first, min(i, first + 12)) if ctx.tokens[k].lower == ","), None)
    k = opener + 1 if opener is not None else first
    return k < i and ctx.tokens[k].lower in _FIRST_PERSON


_ADJECTIVE_LEFT = re.compile(
    r"both|the|these|those|its|their|(?:permanent|temporari|serious|critical|light|severe|bad|fatal|mortal|slight|grave)ly"
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[\w.-]+\s+)?$", re.IGNORECASE)
_DECISION_AFTER = re.compile(
    r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:recommendation|request|plan|proposal|decision|measure|bill|law)s?\b",
    re.IGNORECASE,
)
_THESE_BEFORE = re.compile(r"\b(?:these|those|such)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|telling)\s+(?:the\s+)?$", re.IGNORECASE)

_GERUND_PREPS = frozenset({"of", "for", "after", "before", "without", "by"})

_ROUND_OF = re.compile(r"round\s+of\b", re.IGNORECASE)  # a series ("a round of talks"), no munition

_IN_FLIGHT = frozenset({"missile", "drone", "drone_launch"})  # item classes that are shot at in the air


def _into_ground(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> bool:
    """ "moved into two villages", "moving into the town": ground entered, as an advance."""
    if trig.tok_end >= len(ctx.tokens) or ctx.tokens[trig.tok_end].lower != "into":
        return False
    return any(
        it.cls == "territory" and it.name in ("village", "town", "positions") and 0 < it.tok_start - trig.tok_end <= 4
        for it in items
    )


_PACKAGE_PRONOUNS = frozenset({"it", "this"})


def _pronoun_subject(ctx: DocContext, trig: Trigger) -> bool:
    """ "It also includes": the package is only a pronoun, so it must have been told before."""
    i = trig.tok_start - 1
    while i >= 0 and ctx.tokens[i].lower in ("also", "further", "additionally"):
        i -= 1
    return i >= 0 and ctx.tokens[i].lower in _PACKAGE_PRONOUNS


@cache
def _police_name() -> re.Pattern[str]:
    """grammar.yaml ``police_names``: a word that makes a named body a police force."""
    return re.compile(r"\b(?:" + spaced_alternation(load("grammar")["police_names"]) + r")\b", re.IGNORECASE)


def _forces_named_at(ctx: DocContext, end: int) -> bool:
    """An armed force named right before ``end``: an army's or armed group's entity, or a police body."""
    named = next((e for e in ctx.entities_within(max(0, end - 120), end) if e.end == end), None)
    ident = named and (named.entity or _home_body(ctx, named.text))  # "The army": the home country's
    if not ident:
        return False
    return ident.endswith((".MIL", ".REB")) or bool(_police_name().search(named.text))


def _forces_subject(ctx: DocContext, trig: Trigger) -> bool:
    """An armed force named right before a passive's auxiliaries is what was moved ("The BDF has not been
    withdrawn", "The Armed Forces of BiH have not been deployed")."""
    i = before_auxiliaries(ctx, trig.tok_start, grammar().be)
    if i < 0 or i >= trig.tok_start - 1:
        return False
    end = ctx.tokens[i].end
    owner = _OF_COUNTRY_BEFORE.search(ctx.text, max(0, end - 60), end)
    return _forces_named_at(ctx, end) or owner is not None and _forces_named_at(ctx, owner.start())


_OF_COUNTRY_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\Z")  # "Armed Forces of BiH"


def _army_withdraws(ctx: DocContext, trig: Trigger) -> bool:
    """ "The Ukrainian army said it had withdrawn from the town": a pronoun subject after an armed
    force's reporting cue is that force, pulling back."""
    i = before_auxiliaries(ctx, trig.tok_start, grammar().be)
    if i >= 0 and _forces_named_at(ctx, ctx.tokens[i].end):
        return True  # "SIPA withdrew after about two hours", "The army withdrew from the town"
    if i < 0 or ctx.tokens[i].lower not in ("it", "they"):
        return False
    source = ctx.sources.get(ctx.sentence_of(trig.start))
    return source is not None and (source.entity or "").endswith(".MIL") and source.cue_end <= ctx.tokens[i].start


def _force_moves(ctx: DocContext, trig: Trigger) -> bool:
    """An armed force named right before a verb of ``force_movement_verbs`` (past auxiliaries and "not")
    moves itself, when a particle of ``force_move_particles`` follows the verb or ends the trigger ("The
    army deployed to the border", "The Serbian army will not cross into Kosovo"); after "to" a place must
    come, a determiner or a name, not a verb ("moved to secure the town")."""
    g = grammar()
    words = trig.lower.split()
    if words[0] not in g.force_movement_verbs:
        return False
    if len(words) == 1:
        j = trig.tok_end
        if j >= len(ctx.tokens) or ctx.tokens[j].lower not in g.force_move_particles:
            return False
        if ctx.tokens[j].lower == "to":
            after = ctx.tokens[j + 1] if j + 1 < len(ctx.tokens) else None
            if after is None or not (after.lower in g.dets or ctx.text[after.start].isupper()):
                return False
    elif words[-1] not in g.force_move_particles:
        return False
    i = before_auxiliaries(ctx, trig.tok_start, g.be | _OPENING_QUOTES)  # the army “will not cross into Kosovo”
    return i >= 0 and _forces_named_at(ctx, ctx.tokens[i].end)


def _package_subject(ctx: DocContext, trig: Trigger, lex) -> bool:
    """A package noun a few words before "includes" ("The package would include", "These new
    capabilities include"), with no comma between."""
    i = trig.tok_start - 1
    while i >= 0 and trig.tok_start - i <= 6:
        word = ctx.tokens[i].lower
        if word in lex.package_nouns:
            return True
        if word == "," and i == trig.tok_start - 1:
            # "The package, drawn from U.S. stockpiles, includes"
            opening = aside_opening(ctx, i, 1, 10, None, _ASIDE_STOPS)
            if opening > 0 and ctx.tokens[opening - 1].lower in lex.package_nouns:
                return True
        if word in (",", "which", "that"):
            i -= 1  # "The shipment, which included 300,000 artillery shells"
            continue
        if word in _PACKAGE_PRONOUNS and (i == 0 or not ctx.tokens[i - 1].lower.isalpha()):
            return True  # "It also includes 2,000 machine guns": kept only after a transfer told before
        if not word.isalpha():
            return False
        i -= 1
    return False


_ASIDE_STOPS = frozenset({".", ";", ":", "(", ")", '"', "“", "”"})


# the words that may stand between a standing-force verb and its count: "kept an average of some
# 1,100 soldiers", "has kept a permanent presence of about 40 officers"
_STRENGTH_FRAME = re.compile(
    r"\s+an?\s+(?:[a-z-]+\s+)?(?:average|presence|force|contingent|garrison|total|strength)\s+(of)\s+", re.IGNORECASE
)


def _standing_force(
    ctx: DocContext, trig: Trigger, items: list[ItemMention], entities: list[EntityMention]
) -> ItemMention | None:
    """The forces of "has kept around 450 troops in Somalia" (a count right after the verb, forces
    right after the count, a place after them) or of an armed group's own strength ("ISIS-Somalia
    is believed to have between 600 and 1,000 fighters"); else None."""
    if trig.tok_end >= len(ctx.tokens):
        return None
    count = ctx.mention_at(ctx.quantities, ctx.tokens[trig.tok_end].start)
    frame = _STRENGTH_FRAME.match(ctx.text, trig.end) if count is None else None
    if frame is not None:
        # "kept an average of some 1,100 soldiers" ("of" may open the count or stand before it)
        count = ctx.mention_at(ctx.quantities, frame.start(1)) or ctx.mention_at(ctx.quantities, frame.end())
    if count is None and trig.lower in trigger_lexicon().standing_force_bare:
        # "has kept soldiers at five hilltop positions inside Lebanese territory": no count, a place
        bare = next((it for it in items if it.cls == "personnel" and 0 <= it.tok_start - trig.tok_end <= 1), None)
        if bare is not None and not _not_forces(bare) and _BARE_PLACE_AFTER.match(ctx.text, bare.end):
            return bare
        return None
    if count is None or count.kind not in COUNT_KINDS:
        return None
    forces = next(
        (
            it
            for it in items
            if it.cls == "personnel" and it.start >= count.start and it.tok_start - ctx.tok_at(count.number_end) <= 2
        ),
        None,
    )
    if forces is None and trig.lower.startswith("number") and _PLACE_AFTER.match(ctx.text, count.end):
        # "the group's fighters now number fewer than 60 in the mountains": the forces are the subject
        subject = next((it for it in reversed(items) if it.cls == "personnel" and it.tok_end <= trig.tok_start), None)
        between = ctx.tokens[subject.tok_end : trig.tok_start] if subject is not None else ()
        if subject is None or len(between) > 2 or any(t.lower not in _STANDING_ADVERBS for t in between):
            return None
        return subject if not _not_forces(subject) or subject.text.lower() in item_lexicon().armed else None
    if forces is None:
        return None
    subject = [e for e in entities if e.end <= trig.start and trig.tok_start - ctx.tok_at(e.end) <= 6]
    armed_subject = bool(subject) and (subject[-1].entity or "").endswith(".REB") or _group_subject(ctx, trig)
    if armed_subject and forces.text.lower().split()[-1] in item_lexicon().group_strength:
        return forces  # "the group has between 250 and 350 armed members": an armed group's own strength
    if _not_forces(forces):
        return None
    # "close to 1,500 soldiers and police in the north": the place may follow a second kind of forces
    more = _AND_THE.match(ctx.text, forces.end)
    last = next((it for it in items if it.cls == "personnel" and it.start == more.end()), None) if more else None
    if _PLACE_AFTER.match(ctx.text, (last or forces).end) or trig.lower in trigger_lexicon().host_verbs:
        return forces
    return forces if armed_subject else None


def _group_subject(ctx: DocContext, trig: Trigger) -> bool:
    """ "The group has between 250 and 350 fighters", "the militia has about 300 armed members": an
    armed group told by its noun alone (grammar.yaml ``armed_group_nouns``) right before the verb, or
    before a hedge that raises it ("the gang is thought to have between 80 and 120 armed men")."""
    i = before_auxiliaries(ctx, trig.tok_start, grammar().raising_verbs | {"to"})
    return i >= 0 and ctx.tokens[i].lower in grammar().armed_group_nouns


# adverbs of time between forces and the verb that counts them ("the group's fighters now number fewer than 60")
_STANDING_ADVERBS = frozenset({"now", "still", "already", "currently"})


# a place after forces kept with no count: a name or counted positions, never "on high alert"
_BARE_PLACE_AFTER = re.compile(
    r"\s+(?:in|inside|at|near|along)\s+(?:the\s+)?(?:[A-Z]|\d|(?:several|some|two|three|four|five|six|seven|eight|nine|ten)\s)"
)
_PLACE_AFTER = re.compile(  # ("maintain 50,000 troops each in the region": a share per side first)
    r"(?:\s+each)?\s+(?:in|inside|on|across|at|stationed\s+in|deployed\s+in|based\s+in)\s+(?:the\s+)?[A-Za-z0-9]"
)


def _struck_by_weapon(ctx: DocContext, trig: Trigger, items: list[ItemMention], triggers: list[Trigger]) -> bool:
    """The subject right before the verb is a weapon ("a Russian missile destroyed a bridge") or a
    strike ("the blasts wrecked", "shelling destroyed"), auxiliaries aside."""
    i = _subject_end(ctx, trig)
    if i < 0:
        return False
    end = ctx.tokens[i].end
    if any(it.end == end and it.cls in STRIKING_ITEMS for it in items):
        return True
    if ctx.tokens[i].lower in ("fire", "shellfire", "crossfire", "barrages", "barrage"):
        return True  # "retaliatory fire had destroyed 12 bunkers": a strike, not a demolition
    return any(
        t.end == end and any(etype == "ATTACK" and pos == "noun" for etype, pos in t.readings) for t in triggers
    )


# from a side named in a passive's subject to the verb: up to three words of the subject, then only
# auxiliaries ("U.S.| facilities were| hit", "Americans| were| targeted", "Turkish| convoy was| attacked")
_SUBJECT_TO_PASSIVE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:(?:was|were|is|are|has|have|had|been|being|be|not|never|also|"
    r"[a-z]+ly)\s+)+\Z"  # "apparently", "reportedly", "repeatedly"
)


def _passive_subject_side(ctx: DocContext, draft: Draft, entities: list[EntityMention]) -> EntityMention | None:
    """The last side named in the subject of a passive attack (see ``_owns_passive_subject``)."""
    lo = ctx.seg.sentences[draft.sentence].start
    named = [e for e in entities if e.entity and lo <= e.start and e.end <= draft.trigger.start]
    return named[-1] if named and _owns_passive_subject(ctx, draft, named[-1]) else None


def _owns_passive_subject(ctx: DocContext, draft: Draft, side: EntityMention) -> bool:
    """``side`` is named in the subject of a passive attack with no agent after "by": it owns what was
    hit, never did the hitting; not when the subject is the weapon or the strike ("Israeli strikes were
    carried out", "Russian drones were used")."""
    trig = draft.trigger
    if _has_by(ctx, trig) or side.end > trig.start or not _SUBJECT_TO_PASSIVE.match(ctx.text, side.end, trig.start):
        return False
    words = ctx.text[side.end : trig.start].lower().split()
    readings = trigger_lexicon().readings
    if any(etype in ("ATTACK", "LAUNCH") for w in words for etype, _ in readings.get(w, ())):
        return False
    return not any(it.cls in STRIKING_ITEMS for it in ctx.items_within(side.end, trig.start))


def _context_phrase(mention: EntityMention) -> bool:
    """A mention only the report's main country places ("police officers", "the army": entities.yaml
    ``country_context``), not one that names its side."""
    text = mention.text.lower()
    return normalize(text[4:] if text.startswith("the ") else text) in lexicon().country_context


def _passive_subject(ctx: DocContext, trig: Trigger) -> bool:
    """A passive's subject is a noun right before its auxiliaries ("more than 40 second homes have been
    targeted", "No NGO has been targeted"): the thing attacked, even when it is no item; not "were
    targeted at young voters" (aimed at, no attack)."""
    if trig.tok_end < len(ctx.tokens) and ctx.tokens[trig.tok_end].lower == "at":
        return False
    g = grammar()
    i = trig.tok_start - 1
    while i >= 0 and (ctx.tokens[i].lower in g.aux or ctx.tokens[i].lower in ("never", "not", "repeatedly")):
        i -= 1
    if i < 0:
        return False
    word = ctx.tokens[i]
    return word.lower.isalpha() and word.lower not in g.preps and word.lower not in g.dets and (
        word.lower.endswith("s") or ctx.text[word.start : word.end].isupper() or word.lower in g.victim_subject_pronouns
    )


def _wrecked_by_weapon(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> bool:
    """A weapon right before a past form of an attack verb ("two rockets destroyed", "explosive
    charges damaged"): what it wrecked, it struck, whatever the target (a villa, a warehouse)."""
    if not any(etype == "ATTACK" for etype, _ in trig.readings) or not trig.lower.endswith(("ed", "hit", "struck")):
        return False
    if _hits_nothing(ctx, trig):
        return False  # "the rounds hit the water"
    i = _subject_end(ctx, trig)
    return i >= 0 and any(it.end == ctx.tokens[i].end and it.cls in STRIKING_ITEMS for it in items)


def _exercise_before(trig: Trigger, drafts: list[Draft]) -> bool:
    """An exercise named just before ("... annihilation drill" targeting): what the drill aims at."""
    return any(d.type == "EXERCISE" and 0 <= trig.tok_start - d.trigger.tok_end <= 2 for d in drafts)


# "two anti-ship cruise missiles that were prepared to launch", "before they could be launched", "on the
# ground": weapons destroyed before they flew, so a strike on them, not an interception
_BEFORE_LAUNCH = re.compile(
    r"\s*,?\s+(?:(?:that|which)\s+(?:were|was|had\s+been)\s+(?:being\s+)?(?:prepared|readied|ready|preparing|"
    r"poised|positioned|set|about)\s+to\s+(?:be\s+)?(?:launch|launched|fire|fired)\b"
    r"|before\s+(?:they|it)\s+could\s+be\s+(?:launched|fired|used)\b|on\s+the\s+ground\b)",
    re.IGNORECASE,
)


def _before_launch(ctx: DocContext, obj: ItemMention) -> bool:
    """Missiles or drones destroyed before they were launched (``_BEFORE_LAUNCH``)."""
    return _BEFORE_LAUNCH.match(ctx.text, obj.end) is not None


def _in_flight(obj: ItemMention | None, trig: Trigger, items: list[ItemMention]) -> bool:
    """The object after the verb is a missile or drone itself (not a launcher or a depot)."""
    if obj is None or obj.start < trig.end or "launcher" in obj.text.lower():
        return False
    return any((it.start, it.end) == (obj.start, obj.end) and it.cls in _IN_FLIGHT for it in items)


def _gerund_object(ctx: DocContext, trig: Trigger, items: list[ItemMention], g) -> bool:
    """A gerund with an object of its own ("accused Moscow of shelling the city", "of bombing
    villages"): a verb, not the noun of "reports of shelling in Kharkiv"."""
    if trig.tok_end >= len(ctx.tokens) or not any(pos == "verb" for _, pos in trig.readings):
        return False
    nxt = ctx.tokens[trig.tok_end]
    if nxt.lower in g.compound_heads or nxt.lower in trigger_lexicon().readings:
        return False  # "shelling attacks": a modifier of the noun after it
    if nxt.lower in g.dets or nxt.lower[:1].isdigit() or ctx.text[nxt.start].isupper():
        return True
    if ctx.quantity_starts_at(nxt.start):
        return True  # "of killing as many as 272 people", "of firing up to 40 missiles": a count opens it
    return any(it.tok_start == trig.tok_end for it in items)


_ASIDE = re.compile(r",[^,;.]*,")
# "a carrier strike group led by the USS Nimitz sailed": the group's name for its flagship, no comma
_LED_BY = re.compile(r"\s(?:strike\s+group\s+)?(?:led|headed)\s+by\s+(?:the\s+)?(?=[A-Z])")
# "four Chinese ships led by the aircraft carrier Liaoning sailed": the leader named after the group
_MEMBER_ASIDE = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s+(?:[\w-]+\s+){0,4}\Z")
_LEADER_BEFORE = re.compile(r"\b(?:led|headed)\s+by\s+(?:the\s+)?\Z")
# the rest of a comma aside, then auxiliaries at most, up to the verb ("..., thought to belong to the RS
# police, have flown"): a thing named inside the aside is not the verb's subject
_IN_ASIDE = re.compile(
    r"[^,;.]{0,40},\s*(?:(?:has|have|had|was|were|is|are|been|also|reportedly|now)\s+)*\Z", re.IGNORECASE
)
# "escorted by Su-35 fighters", "accompanied by two frigates": an escort named in an aside, not the mover
_ESCORT_BEFORE = re.compile(r",\s*(?:escorted|accompanied|shadowed|trailed)\s+by\s+(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)
_LED_BY_PHRASE = re.compile(r"\s(?:led|headed)\s+by\s+(?:the\s+)?[^,;]*\Z")
# whom people work for: "guards employed by | a security contractor", "a driver working for | the caterer"
_EMPLOYED_BY = r"(?:(?:employed|hired|contracted|recruited)\s+by|working\s+for)"
_EMPLOYER_BEFORE = re.compile(rf"\b{_EMPLOYED_BY}\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}\Z")
# "soldiers working near the border briefly crossed": a participle phrase on the subject, set off by no comma
_PARTICIPLE_ON_SUBJECT = re.compile(
    r"\s+(?:[a-z]+ing\s+(?:near|in|on|at|along|around|close\s+to|inside|with|for|outside|behind|beside)|armed\s+with|"
    rf"carrying|wearing|{_EMPLOYED_BY})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}[\w-]+(?=\s)"
)
# what a victim's of-phrase adds before an intransitive casualty form ("The driver of the second vehicle was
# unhurt"); not before movement verbs, where a unit's name ends so ("a sergeant of the presidential guard")
_OF_PHRASE_ON_VICTIM = re.compile(r"\s+of\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}[\w-]+(?=\s)")


_SHIP_TIES = frozenset({"flagged", "owned", "registered", "operated", "linked", "managed", "bound"})


def _after_preposition(ctx: DocContext, tok: int, g) -> bool:
    """The noun phrase ending at ``tok`` is governed by a preposition ("at a U.S. Navy destroyer"),
    back over determiners, numbers and capitalised modifiers."""
    i = tok - 1
    # never past the sentence's start: "... on Monday. Five Russian warships sailed" is no "on" phrase
    first = ctx.tok_at(ctx.seg.sentences[ctx.sentence_of(ctx.tokens[tok].start)].start)
    while i >= first and tok - i <= 6:
        t = ctx.tokens[i]
        if t.lower in g.preps and not ctx.quantity_starts_at(t.start):
            if t.lower == "of" and i >= 1 and ctx.tokens[i - 1].lower in g.gerund_subject_heads:
                return False  # "reports of North Korean soldiers fighting in Kursk": the gerund's subject
            # not the "About" of "About 35 rockets crossed": a count's own approximator; nor "after" or
            # "before" opening a clause whose subject the phrase is ("after Russian drones violated")
            return t.lower not in g.subordinators

        compound = i >= 1 and ctx.tokens[i - 1].lower == "-" and t.lower in _SHIP_TIES  # "a Greek-flagged tanker"
        modifier = t.lower[:1].isdigit() or ctx.text[t.start].isupper() or t.lower in (".", "-") or compound
        if not (t.lower in g.dets or modifier):
            return False
        i -= 1
    return False


def _loses(trig: Trigger) -> bool:
    """ "lost", "died": forms whose subject is the victims' side."""
    return trig.lower in _LOSE_FORMS or trig.lower in trigger_lexicon().subject_victims


def _war_subject(ctx: DocContext, trig: Trigger) -> re.Match[str] | None:
    """A war itself kills: "the war between the army and the RSF has killed 20,000 people", "fighting
    a war since April 2023 that has killed", "the conflict has killed": the war noun heads the verb's
    subject (a phrase after it up to a relative pronoun, auxiliaries between)."""
    sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
    lo = max(sent.start, trig.start - 120)
    window = ctx.text[lo : trig.start].lower()
    if not any(w in window for w in grammar().war_nouns):
        return None
    return _war_subject_re().search(ctx.text, lo, trig.start)


@cache
def _war_subject_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in sorted(grammar().war_nouns, key=len, reverse=True))
    return re.compile(
        rf"\b(?:the|a|this|that|its|their|the\s+\w+)\s+(?:\w+\s+)?(?:{nouns})\b"
        r"(?:\s+(?:between|in|with|since|against|over|on|across)\b[^,;.()]{0,60}?)?"
        r"(?:\s*,\s*which\s+[^,;.()]{1,60},)?"  # "the war ..., which erupted in April 2023, has killed"
        r"(?:\s*,?\s*(?:that|which))?\s+(?:(?:has|have|had|already|now|so\s+far|reportedly|since)\s+){0,3}\Z",
        re.IGNORECASE,
    )


def _personnel_in(items: list[ItemMention]) -> bool:
    """Forces are named in the sentence (not only residents or children, who are not deployed)."""
    return any(it.cls == "personnel" and not _not_forces(it) for it in items)


def _count_near(ctx: DocContext, trig: Trigger, people: bool = False) -> bool:
    """A count within eight words of the trigger; with ``people``, one that counts people or nothing
    named ("Three were hurt"), not other things ("hurting borrowers, and more than 24,000 borrowers")."""
    starts = ctx.starts_of(ctx.quantities)
    lo = bisect_left(starts, trig.start - 200)
    things = grammar().counted_things
    for q in ctx.quantities[lo : bisect_left(starts, trig.end + 200)]:
        if q.kind not in COUNT_KINDS or abs(ctx.tok_at(q.start) - trig.tok_start) > 8:
            continue
        if q.unit and q.unit.split()[-1].lower() in things:
            continue  # "killed three white rhinos", "burned 40 houses": no people counted
        if not people or q.unit is None:
            return True
        if any(it.cls == "personnel" and it.end == q.end for it in ctx.items_within(q.start, q.end)):
            return True
    return False


def _count_linked(ctx: DocContext, trig: Trigger) -> bool:
    """A count, then only linking words with a finite one among them, then a state noun: "another
    60,000 are listed as missing" (the count is the people in that state)."""
    g = grammar()
    i = trig.tok_start
    while i > 0 and trig.tok_start - i < 5:
        word = ctx.tokens[i - 1].lower
        if not (word in g.state_links or word in g.be or word in g.aux):
            break
        i -= 1
    if i == trig.tok_start or not state_linked([t.lower for t in ctx.tokens[i : trig.tok_start]]):
        return False
    if i > 1 and ctx.tokens[i - 1].lower in ("others", "more"):
        i -= 1  # "300 others are listed as missing", "hundreds more are still missing"
    end = ctx.tokens[i - 1].end if i > 0 else -1
    starts = ctx.starts_of(ctx.quantities)
    near = ctx.quantities[bisect_left(starts, end - 40) : bisect_left(starts, end)]
    return any(q.end == end and q.kind in COUNT_KINDS for q in near)


def _toll_brought_to(ctx: DocContext, trig: Trigger) -> bool:
    """ "bringing its total losses since the start of the full-scale invasion to about 1,148,000": the
    toll's count comes after "to", past a phrase too long for :func:`_count_near`."""
    starts = ctx.starts_of(ctx.quantities)
    for q in ctx.quantities[bisect_left(starts, trig.end) : bisect_left(starts, trig.end + 160)]:
        found = _BRINGING_TOLL_TO.search(ctx.text, max(0, q.start - 160), q.start)
        if q.kind in COUNT_KINDS and found is not None and found.start() < trig.start:
            return True
    return False


_CAUSE_OF_DEATH = re.compile(
    r"\s+(?:of|from|due\s+to)\s+(?:(?:acute|severe|the|a)\s+)?([\w\s]{2,20}?)\b(?=[\s,.;]|$)", re.IGNORECASE
)


def _natural_cause(ctx: DocContext, trig: Trigger, g) -> bool:
    """ "had died of malnutrition", "deaths from starvation": a death by a cause no one inflicts."""
    found = _CAUSE_OF_DEATH.match(ctx.text, trig.end)
    if found is None:
        return False
    words = found.group(1).lower().split()
    return any(" ".join(words[:k]) in g.natural_causes for k in range(1, len(words) + 1))


def _attach_people(ctx: DocContext, draft: Draft, entities, passive: bool, state: dict) -> None:
    trig = draft.trigger
    g = grammar()
    if draft.type == "CASUALTY":
        active = (not draft.noun or draft.light_verb) and not passive  # "Hamas took 240 hostages"
        war = _war_subject(ctx, trig) if active and not draft.noun else None
        draft.war_toll = war is not None
        if war is not None:
            # the war's toll, no one side's doing; the parties it is fought between are not its dead
            entities = [e for e in entities if e.start >= trig.start]
        actor = _attacker_in(ctx, trig, entities) if war is None else None
        if actor is None and active and war is None:
            actor = find_actor(ctx, trig, entities, passive=False, noun=False, victim_side=False)
        if actor is None and passive and _has_by(ctx, trig):
            actor = find_actor(ctx, trig, entities, passive=True, noun=False, victim_side=True)
        if actor is None and passive and war is None:
            # "injured by falling debris from an intercepted Iranian missile": whose missile it was
            sent_end = ctx.seg.sentences[draft.sentence].end
            actor = next((e for e in entities if trig.end <= e.start < sent_end and names_attacker(ctx, e)), None)
        loser = None
        if (
            active
            and actor is not None
            and _loses(trig)
        ):
            # "the enemy lost up to 190 servicemen", "600 North Korean soldiers have died": the victims' side
            loser, actor = actor, None
        if loser is None and actor is not None and draft.noun and _suffered(ctx, trig, g):
            loser, actor = actor, None  # "North Korean forces are ... taking casualties": their own losses
        if loser is None and draft.noun:
            loser = _inflicted_on(ctx, trig, entities)  # "inflicted losses of up to 480 servicemen on the enemy"
        draft.actor = actor
        draft.actor_id = _fighting_where(ctx, draft, actor, actor.entity if actor else None, entities)
        if draft.actor_id is None and loser is not None and loser.kind == "side" and loser.entity:
            draft.actor_id = adversary_of(loser.entity)  # the bulletin's own side inflicted them
        if draft.actor_id is None and loser is None and active and not draft.noun:
            draft.actor_id = state_forces_subject(ctx, draft.sentence, trig.start)  # "Troops neutralised 15 ..."
            draft.actor_id = draft.actor_id or home_armed_group(ctx, draft.sentence, trig.start)
        if active and _pronoun_nearer(ctx, trig, actor, g):
            # "Israel's military said it had killed a Hezbollah commander": the speaker
            speaker = _pronoun_actor(ctx, trig, state, g)
            if speaker is not None and loser is None and _loses(trig):
                # '"We have lost five soldiers," the official said': the speaker's own dead
                draft.actor, draft.actor_id = None, None
                loser = EntityMention(trig.start, trig.start, "", speaker, "side")
            elif speaker is not None:
                draft.actor, draft.actor_id = None, speaker
        victims = [
            e
            for e in entities
            if e.start >= trig.end
            and e.entity
            and ctx.tok_at(e.start) - trig.tok_end <= 6
            and not ctx.is_speaker(e.start, e.end)
            and not beside_or_against(ctx, e)
            and not names_attacker(ctx, e)  # "died when a Russian missile struck": whose missile
            and not striker_in_later_clause(ctx, trig, e)  # "died when Myanmar's air force bombed a market"
        ]
        owner = _owner_pronoun_of_people(ctx, draft) if loser is None else None
        if loser is not None:
            draft.recipient = loser
        elif owner is not None:
            draft.recipient = owner  # "North Korea has dispatched ... and about 4,700 of its soldiers have been killed"
        elif active and victims:
            draft.recipient = victims[0]
        else:
            draft.recipient = _civilian_side(ctx, draft, entities) or victim_entity(
                ctx, trig, entities, draft.obj, actor
            )
        if draft.recipient is None:
            draft.recipient = _own_soldiers(ctx, draft) or _place_side(ctx, draft, entities)
            draft.place_recipient = draft.recipient is not None
        if draft.obj is not None and draft.obj.text.lower() in g.peacekeepers and loser is None:
            # "wounding two peacekeepers from Pakistan": the mission's people, whatever their country
            draft.recipient = EntityMention(draft.obj.start, draft.obj.end, draft.obj.text, "IGO.UN", "side")
        if _natural_cause(ctx, trig, g):
            draft.actor, draft.actor_id = None, None  # "died of malnutrition in the past 24 hours": no one's doing
            draft.natural = True
            return
        victims = draft.recipient
        if draft.actor_id is None and victims is not None and victims.kind == "side" and victims.entity:
            draft.actor_id = adversary_of(victims.entity)  # "164 occupiers were put out of action": by us
        return
    actor = find_actor(ctx, trig, entities, passive=passive, noun=draft.noun, victim_side=False)
    # "U.S. facilities were hit", "a police vehicle was fired on": the side named in the subject was hit
    hit_side = _passive_subject_side(ctx, draft, entities) if passive and draft.type == "ATTACK" else None
    if hit_side is not None and actor is not None and actor.start == hit_side.start:
        actor = None
    downed = _downed_owner(ctx, draft, entities) if passive and draft.type == "ATTACK" else None
    if downed is not None:
        # "five Indian aircraft had been shot down", "a US drone was shot down by the Houthis": the
        # owner of what was lost is the side hit; only an agent after "by" did it
        by = _BY_AGENT.match(ctx.text, trig.end)
        actor = next((e for e in entities if e.entity and by and by.end() == e.start), None)
    if passive and actor is not None and actor.kind == "demonym" and token_before(ctx, actor.start) in _POSSESSIVE_DETS:
        actor = None  # "with his Ukrainian counterpart, the minister said the howitzers would be handed over"
    struck_thing = draft.type == "ATTACK" and draft.obj is not None and draft.obj.cls == "equipment"
    if (
        actor is None
        and passive
        and downed is None
        and draft.obj is not None
        and draft.obj.cls not in _HIT_CLASSES
        and not struck_thing  # "a U.N. convoy carrying flour was hit": the convoy's owner was hit
    ):
        actor = _owner_of(ctx, draft.obj, entities)  # "Houthi drones were launched": whose drones
    subject = actor  # the verb's own subject, before a deployment takes its forces' owner as its actor
    if draft.type == "DEPLOY" and draft.obj is not None:
        aside = None if passive or draft.noun else relative_aside_before(ctx, trig)
        demonym = [
            e
            for e in entities
            if e.start < draft.obj.end
            and not (aside is not None and aside.start() < e.start < trig.start)
            and e.start >= draft.obj.start - 40
            and e.entity
            and e.kind != "person"
            and not ctx.is_speaker(e.start, e.end)
            and not (e.kind == "country" and token_before(ctx, e.start) in ("in", "into", "inside", "to", "against"))
            # "Papua New Guinea said it would contribute 40 police officers": PNG's, not the host's
            and not (_context_phrase(e) and (actor is not None or _pronoun_nearer(ctx, trig, None, grammar())))
        ]  # ("presence in Iraq will shrink to about 2,000 troops": where they are, not whose; "the war
        # against Ukraine, including the deployment of troops": the side fought, not whose troops)
        if demonym and (actor is None or demonym[-1].start > actor.start):
            actor = demonym[-1]
        joined = len(demonym) > 1 and actor is not None and actor.start == demonym[-1].start
        if joined and _AND_ARTICLE.search(ctx.text, demonym[-2].end, demonym[-1].start):
            # "A U.S. destroyer and a Canadian frigate sailed": the first of the joined speaks for both
            actor = demonym[-2]
        sender = _forces_from(ctx, draft.obj, entities)
        if sender is not None and (actor is None or actor.end <= draft.obj.start - 40):
            actor = sender  # "more than 3,000 troops from North Korea that have been dispatched to Russia"
    recipient = downed or find_recipient(ctx, trig, draft.type, entities) or hit_side
    if recipient is None and draft.type == "TRANSFER" and trig.lower in trigger_lexicon().receiver_next["TRANSFER"]:
        recipient = _receiver_next(ctx, trig, entities)  # "arming the Houthis": the party armed
    if recipient is None and draft.type == "TRANSFER" and not passive and draft.obj is not None:
        # "China supplies most of Pakistan's weapons": the owner named on the goods received them
        owner = _owner_of(ctx, draft.obj, entities) if draft.obj.start > trig.end else None
        if owner is not None and entity_is_possessive(ctx, owner) and not _same_side(owner, actor):
            recipient = owner
    if recipient is None and draft.type == "TRANSFER" and passive and actor is not None and draft.obj is not None:
        recipient = _holder_of_supplied(ctx, trig, draft.obj, actor, entities)
    if recipient is None and draft.type == "STATEMENT":
        recipient = _statement_target(ctx, trig, entities, draft.noun)
    if recipient is None and draft.type == "LAUNCH" and draft.obj is not None and draft.obj.cls == "balloon":
        # "sent 260 balloons carrying trash to the South": balloons go where they are sent, as goods do
        recipient = find_recipient(ctx, trig, "TRANSFER", entities) or _across_the_border(ctx, draft, actor)
    if recipient is None and draft.type == "ATTACK" and draft.obj is not None and draft.obj.start > trig.end:
        # "damaged two segments of a Polish railway": whose railway
        recipient = next(
            (e for e in entities if e.kind == "demonym" and e.entity and 0 <= draft.obj.start - e.end <= 1), None
        )
    if recipient is None and draft.type == "ATTACK" and not draft.noun:
        recipient = _owner_of_targets(ctx, trig, entities)  # "struck more than 150 Hezbollah targets"
    countered_by = None
    if draft.noun and actor is not None and draft.type in ("ATTACK", "LAUNCH"):
        verb_start = _countered(ctx, trig)
        if verb_start is not None and actor.end <= verb_start:
            # "Israel, with the help of its partners, defeated the attack": Israel was attacked;
            # "our defenders stopped 53 assault actions": the bulletin's enemy attacked
            defender = actor
            recipient, actor = recipient or actor, None
            draft.repelled = True
            if defender.kind == "side" and defender.entity:
                countered_by = adversary_of(defender.entity)
    if (
        draft.noun
        and draft.type in ("ATTACK", "LAUNCH")
        and (recipient is None or recipient.start > trig.end and not _targeted_by_prep(ctx, recipient))
    ):
        verb_start = _countered(ctx, trig)
        if verb_start is not None and (actor is None or actor.start > trig.end or actor.start > verb_start):
            # "Kenyan troops fought off an attack by militants", "they had repulsed an attack on their
            # camp": the subject of the defending verb was attacked
            sent_start = ctx.seg.sentences[draft.sentence].start
            subject = next(
                (
                    e
                    for e in reversed(entities)
                    if sent_start <= e.start and e.end <= verb_start and e.entity and not ctx.is_speaker(e.start, e.end)
                ),
                None,
            )
            if subject is None:
                subject = _own_forces_repelling(ctx, draft, verb_start)
                if subject is not None and actor is None and subject.entity.endswith(".REB"):
                    # "Al-Shabab said its fighters had repulsed the assault": the state's forces assaulted
                    countered_by = subject.entity.split(".")[0] + ".MIL"
            if subject is not None and (actor is None or subject.entity[:3] != (actor.entity or "")[:3]):
                recipient = subject
                draft.repelled = True
    crossed_from = _crossing(trig) and _FROM_AFTER.match(ctx.text, trig.end)
    if draft.type == "DEPLOY" and crossed_from and (recipient is None or recipient.start > trig.end):
        home = home_country(ctx)
        if home is not None:
            # "the raiders had crossed from the Kenyan side" in a Ugandan report: into the home country
            recipient = EntityMention(trig.start, trig.start, "", home, "side")
    if draft.type == "TRANSFER" and trig.lower in trigger_lexicon().receive_verbs:
        giver = next((e for e in entities if e.start > trig.end and _after_from(ctx, e.start)), None)
        if giver is None and draft.obj is not None:
            # "took delivery of two more Russian Su-30SME fighter jets": the maker named on the goods
            giver = next(
                (e for e in entities if e.kind == "demonym" and e.entity and trig.end <= e.start < draft.obj.start),
                None,
            )
        receiver = actor
        if receiver is None and _pronoun_nearer(ctx, trig, None, g):
            # "The military has been rebuilding its air power ... It took delivery of": the pronoun's referent
            referent = _pronoun_actor(ctx, trig, state, g)
            if referent is not None:
                receiver = EntityMention(trig.start, trig.start, "", referent, "side")
        actor, recipient = giver, receiver
    observed = _observed_owner(ctx, draft, entities)
    if observed is not None:
        actor_id = observed.entity  # "we detected 32 sorties of PLA aircraft": the PLA's, not the observer's
        watcher = subject.entity.split(".")[0] if subject is not None and subject.entity else None
        if recipient is None and watcher and watcher != observed.entity.split(".")[0] and watcher != "IGO":
            # "Taiwan detected 45 Chinese aircraft": sent at the side that saw them
            recipient = EntityMention(subject.start, subject.end, subject.text, watcher, subject.kind)
    elif (not draft.noun and not passive or draft.light_verb) and _pronoun_nearer(ctx, trig, actor, g):
        # "Hezbollah said it fired rockets", "it launched a drone attack", "its drones had been attacking"
        actor_id = _pronoun_actor(ctx, trig, state, g)
        if actor_id is not None:
            actor = None
        elif actor is not None:
            actor_id = actor.entity
    elif actor is None and not draft.noun:
        # "50 rockets were launched from Lebanon": where they came from before who acted last
        origin = _origin(ctx, draft, entities) if passive and draft.type in ("LAUNCH", "ATTACK") else None
        actor_id = origin or _pronoun_actor(ctx, trig, state, g)
    else:
        actor_id = actor.entity if actor else None
    if draft.type in ("LAUNCH", "ATTACK") and (actor_id is None or _reduced_relative(ctx, draft)):
        origin = _origin(ctx, draft, entities)  # "a missile fired from Yemen"
        if origin is not None:
            actor, actor_id = None, origin
        elif draft.type == "LAUNCH" and actor is not None and draft.obj is not None and actor.end <= draft.obj.start:
            if _reduced_relative(ctx, draft) and _WATCHED_BEFORE.search(ctx.text, actor.end, draft.obj.start):
                # "the JCS said it detected the missile launched from the Taegwan area": the watcher
                # saw it; the launcher is the one told before
                actor, actor_id = None, state.get("last_launcher")
    if actor_id is None:
        actor_id = countered_by
    if actor_id is None:
        actor_id = _joint_subject(ctx, draft)  # "... Kishida. The two leaders condemned"
    if actor_id is None and (draft.type == "STATEMENT" or not passive and not draft.noun):
        actor_id = _bare_home_body(ctx, draft)  # "SEOUL - ... The military condemned the launch"
    if actor_id is None and draft.type == "STATEMENT":
        speaker = ctx.sources.get(draft.sentence)  # "the State Department said ... and urged Beijing"
        if speaker is not None and speaker.entity and speaker.cue_end <= trig.start:
            actor_id = speaker.entity
    addressed = _second_person_before(ctx, trig, g) if actor_id is None and actor is None else None
    if addressed is not None:
        # "Q  You're not sending troops there": the briefing's host; never the last actor of the story
        actor_id = second_person_entity(ctx, addressed)
    guessed = actor_id is None and draft.type != "TRANSFER" and addressed is None
    if guessed:
        # "The missile flew some 1,000 km": a launch's missile was the last launcher's
        launcher = state.get("last_launcher") if draft.type == "LAUNCH" else None
        partitive = _PARTITIVE_OF.match(ctx.text, _sentence_start(ctx, draft))
        if draft.type == "DEPLOY" and draft.obj is not None and partitive:
            # "Of the aircraft, 90 crossed the median line": the set the last deployment of them counted
            launcher = state.get("deployers", {}).get(draft.obj.name)
        actor_id = _speakers_own_forces(ctx, trig) or launcher or _home_forces(ctx, draft)
        # "It was not immediately clear who launched the drone": no one to guess
        unknown = actor_id is None and draft.type in ("ATTACK", "LAUNCH") and _doer_unknown(ctx, draft.sentence)
        if actor_id is None and draft.type == "ATTACK" and (not draft.noun or draft.light_verb) and not passive:
            actor_id = state_forces_subject(ctx, draft.sentence, trig.start)  # "Security forces raided ..."
            if actor_id is None and not unknown:
                actor_id = home_armed_group(ctx, draft.sentence, trig.start)  # "Fighters of a militia ..."
        if actor_id is None and (unknown or draft.type == "STATEMENT" and _sideless_voice_before(ctx, trig)):
            guessed = False  # "Analysts warned that ...": people of no side speak, not the last actor
        else:
            actor_id = actor_id or state.get("last_actor")
    if recipient is not None and actor_id is not None and recipient.entity == actor_id:
        if guessed and passive and draft.type in ("LAUNCH", "ATTACK"):
            actor_id = None  # "Two rockets were fired at the Israeli city of Tel Aviv": not by Israel
        elif draft.noun and draft.type in ("ATTACK", "LAUNCH") and _TARGET_AFTER_NOUN.match(
            ctx.text, trig.end, recipient.start
        ):
            # "Israel struck ports, in response to missile attacks on Israel": the attacks' target is
            # named; the sentence's subject did not attack itself
            actor, actor_id = None, None
        else:
            recipient = None
    if actor_id is not None or not (draft.type in ("ATTACK", "LAUNCH") and _doer_unknown(ctx, draft.sentence)):
        actor_id = _fighting_where(ctx, draft, actor, actor_id, entities)
    if draft.type == "STATEMENT" and not draft.noun or actor is None and trig.lower in g.own_act_cues:
        speaker = _speaker_of_cue(ctx, trig)
        if speaker is not None:
            # "North Korea's defence ministry accused the United States", "Germany announced a new aid package"
            actor, actor_id = None, speaker
    if not draft.noun and trig.lower.endswith("ing") and draft.type in ("ATTACK", "LAUNCH"):
        teller = _teller_of_gerund(ctx, trig)
        if teller is not None:
            actor, actor_id = None, teller  # "Ukraine reported striking two Russian oil refineries"
    by_agent = actor is not None and actor.start > trig.start  # "detected a missile launch by North Korea"
    seen = draft.type == "LAUNCH" and _SEEN_BEFORE.search(ctx.text, max(0, trig.start - 45), trig.start)
    signs = (
        not seen
        and draft.noun
        and draft.type in ("LAUNCH", "DEVELOP", "DEPLOY", "EXERCISE")
        and actor_id is not None
        and _SIGNS_OF.search(ctx.text, max(0, trig.start - 70), trig.start) is not None
        and actor_id[:3] == _speaker_country(ctx, draft)
    )  # "the JCS said it had detected signs of preparations for an ICBM launch": the watcher's signs
    if draft.noun and not by_agent and (seen or signs):
        # "South Korea's military said it had detected the launch of two missiles": who saw it is not
        # who fired; the launcher is where it came from, else the last one told
        watcher = actor_id
        origin = _origin(ctx, draft, entities)
        actor = None
        actor_id = origin or state.get("last_launcher") or (state.get("last_actor") if signs else None)
        if actor_id and watcher and actor_id[:3] == watcher[:3]:
            actor_id = None
        if actor_id and recipient is not None and (recipient.entity or "")[:3] == actor_id[:3]:
            recipient = None  # "analyzing the launch": the launcher's own side is not what it fired at
    if draft.type == "LAUNCH" and actor_id and not draft.noun:
        state["last_launcher"] = actor_id
    draft.actor = actor
    draft.actor_id = actor_id
    if recipient is None and passive and draft.type in ("ATTACK", "LAUNCH"):
        recipient = _speaker_was_hit(ctx, draft)  # "UNIFIL said it had been fired on by Israeli forces"
    if recipient is None and passive and draft.type in ("ATTACK", "LAUNCH"):
        # "Kyiv was targeted by 30 drones": the passive's subject is the side hit
        subjects = [*entities, *ctx.in_sentence(ctx.places, ctx.seg.sentences[draft.sentence])]
        hit = [e for e in subjects if e.end <= trig.start and e.entity and passive_patient(ctx, e, trig)]
        recipient = hit[0] if hit else None
    if recipient is None and draft.type == "DEPLOY" and actor_id and _CROSSED_LINE.match(ctx.text, trig.end):
        other = adversary_of(actor_id)  # "soldiers briefly crossed the military demarcation line": into the South
        if other is not None and trig.lower.startswith(("cross", "violat", "intrud")):
            recipient = EntityMention(trig.start, trig.start, "", other.split(".")[0], "side")
    if recipient is None and draft.type == "LAUNCH":
        recipient = _national_airspace(ctx, draft, actor_id)
    if recipient is None and draft.type in PLACE_SIDE_TYPES:
        recipient = _place_side(ctx, draft, entities)
        if draft.type == "LAUNCH" and recipient is not None and (recipient.entity or "")[:3] == (actor_id or "")[:3]:
            recipient = None  # "detected the missiles in waters off Nampho": fired from home, not at it
        draft.place_recipient = recipient is not None
    if recipient is None and draft.type == "TRANSFER":
        recipient = _home_body_receiving(ctx, draft)  # "transferred 40 pick-up trucks to the Army"
    if recipient is None and draft.type in ("ATTACK", "LAUNCH") and ctx.issuer and actor_id:
        if adversary_of(actor_id) == f"{ctx.issuer}.MIL":
            # "The enemy launched three missile strikes" in Ukraine's bulletin: at Ukraine
            recipient = EntityMention(trig.start, trig.start, "", ctx.issuer, "side")
    if recipient is None and draft.type == "ATTACK" and (actor_id or "").endswith(".REB") and not draft.noun:
        home = dateline_country(ctx)
        if home and actor_id.split(".")[0] == home:
            # "MAPUTO - Insurgents attacked the village of Mucojo": a country's own insurgents strike
            # at it, where the place is too small for the gazetteer
            recipient = EntityMention(trig.start, trig.start, "", home, "side")
    if draft.type == "ATTACK" and recipient is not None and _civilians_aimed_at(ctx, draft, recipient):
        # "opened fire on residents" near a town of Burkina Faso: its civilians, not the state
        recipient = replace(recipient, entity=f"{recipient.entity}.CVL")
    draft.recipient = recipient
    suppliers = state.setdefault("suppliers", {})
    receiver = recipient.entity.split(".")[0] if recipient is not None and recipient.entity else None
    if draft.type == "TRANSFER" and actor_id:
        suppliers[receiver] = suppliers[None] = actor_id
    elif draft.type == "TRANSFER" and actor_id is None and (passive or draft.noun or _supplied_before(ctx, draft)):
        # "the number of howitzers and rocket launchers supplied": the supplier (to that receiver) told before
        draft.actor_id = suppliers.get(receiver)
    if draft.type == "ATTACK":  # "came under fire" is read as a noun or as a verb
        _came_under(ctx, draft, entities)
    if draft.actor is not None and draft.actor.entity:
        state["last_actor"] = draft.actor.entity
    elif draft.actor_id and not draft.noun and _pronoun_nearer(ctx, trig, None, g):
        state["last_actor"] = draft.actor_id  # "its naval drones struck two landing ships": Ukraine acted


def _item_right_before(ctx: DocContext, trig: Trigger, items, classes: frozenset[str]) -> ItemMention | None:
    """The item of one of ``classes`` (or item groups) that is the subject right before a trigger, an
    auxiliary or an adverb between at most ("a roadside bomb had exploded", "an IED reportedly went off")."""
    aux = grammar().aux
    for it in items:
        if it.cls not in classes and it.name not in classes:
            continue
        between = [t.lower for t in ctx.tokens[it.tok_end : trig.tok_start]]
        if len(between) <= 2 and all(w in aux for w in between):
            return it
    return None


# what a side denies using, a denied attack: "police deny using firearms", "the army denied using mortars"
_DENY = r"\bden(?:y|ies|ied|ying)\s+"
_DENIED_USE = re.compile(_DENY + r"(?:ever\s+|having\s+)?\Z", re.IGNORECASE)
_NOT_BEFORE_USE = re.compile(r"\b(?:not|never|n't)\s+(?:\w+ly\s+|been\s+|ever\s+)?\Z", re.IGNORECASE)
# a denial that the weapons named next were used: "denies that live ammunition was used", "no live rounds were used"
_DENIED_PASSIVE_USE = re.compile(r"(?:" + _DENY + r"(?:that\s+)?|\bno\s+)(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_WEAPONS_USED = _INTRUDERS | {"weapon", "munition"}
_BY_NEXT = re.compile(r"\s+by\b")
# "by an army section of about 20 soldiers": the escort's words, up to a comma or the sentence's end
_ESCORT_AFTER = re.compile(r"\s+by\s+[^,;.]{1,60}")


def _escort_of_others(ctx: DocContext, trig: Trigger, items: list[ItemMention]) -> ItemMention | None:
    """The forces or ships named right after "escorted by", when what they escort is no ship or aircraft
    ("a Turkish survey vessel, escorted by two frigates of the Turkish Navy", "deminers, escorted by an
    army section"): the escort is the deployment. Bombers escorted by fighters are the bombers' flight,
    told by their own verb."""
    reach = _ESCORT_AFTER.match(ctx.text, trig.end)
    if reach is None:
        return None
    escort = next((it for it in items if trig.end < it.start and it.end <= reach.end() and
                   it.cls in ("personnel", "platform")), None)
    if escort is None or _not_forces(escort):
        return None
    escorted = next((it for it in reversed(items) if it.end <= trig.start), None)
    same_sentence = escorted is not None and ctx.sentence_of(escorted.start) == ctx.sentence_of(trig.start)
    return None if same_sentence and escorted.cls == "platform" else escort


# "for about 24 hours", "for a day", "for more than two weeks": the span word is the last one caught
_FOR_A_WHILE = re.compile(
    r"\bfor\s+(?:(?:about|some|nearly|almost|around|more\s+than|over|up\s+to)\s+)?(?:[\w-]+\s+)?([a-z]+)\b"
)


def _held_a_while(ctx: DocContext, trig: Trigger, lex) -> bool:  # noqa: ANN001 - TriggerLexicon
    """People held told as captives: for a while ("for about 24 hours", "for a day", within a dozen words
    after) or "briefly". Held by someone alone is not enough ("jobs mostly held by women", "areas held by
    Russia's forces")."""
    if token_before(ctx, trig.start) in lex.held_before:
        return True
    sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
    window = ctx.text[trig.end : min(sent.end, trig.end + 90)].lower()
    return any(m.group(1) in lex.held_spans for m in _FOR_A_WHILE.finditer(window))


def _describing_participle(ctx: DocContext, trig: Trigger) -> bool:
    """A participle in "-ing" right after its noun, no auxiliary before it ("two soldiers escorting the
    convoy were killed"): it describes the noun; the sentence's news is elsewhere."""
    if not trig.lower.endswith("ing") or trig.tok_start == 0:
        return False
    g = grammar()
    return ctx.tokens[trig.tok_start - 1].lower not in g.be | g.aux


def _supplied_before(ctx: DocContext, draft: Draft) -> bool:
    """A participle after the goods it qualifies ("rocket launchers supplied at around 220")."""
    return draft.obj is not None and draft.obj.end <= draft.trigger.start and draft.trigger.lower.endswith(("ed", "en"))


_CAME_UNDER = re.compile(r"\b(?:come|comes|came|coming)\s+under\s+(?:[\w'’-]+\s+){0,4}\Z", re.IGNORECASE)


_FROM_SIDE = re.compile(r"\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?", re.IGNORECASE)


def _came_under(ctx: DocContext, draft: Draft, entities) -> None:
    """"American forces have come under attack", "Yeonpyeong came under North Korean artillery
    bombardment": the subject of "came under" is the side hit; only a side named after "under" attacked."""
    trig = draft.trigger
    sent = ctx.seg.sentences[draft.sentence]
    under = _CAME_UNDER.search(ctx.text, max(sent.start, trig.start - 60), trig.start)
    if under is None:
        return
    mentions = [*entities, *ctx.in_sentence(ctx.places, sent)]
    lo = max(sent.start, under.start() - 40)
    hit = [e for e in mentions if e.entity and lo <= e.end <= under.start() and e.start >= sent.start]
    attacker = next((e for e in entities if e.entity and under.start() <= e.start and e.end <= trig.start), None)
    if attacker is None:  # "came under fire from the Venezuelan bank"
        attacker = next((e for e in mentions if e.entity and _FROM_SIDE.fullmatch(ctx.text, trig.end, e.start)), None)
    # a verb's actor guessed elsewhere ("insurgents" of the report) stays, unless it is the side hit
    guessed_is_hit = bool(draft.actor_id) and draft.actor_id.split(".")[0] in {e.entity.split(".")[0] for e in hit}
    if attacker is not None or draft.noun or guessed_is_hit:
        draft.actor = attacker
        draft.actor_id = attacker.entity if attacker is not None else None
    if hit:
        draft.recipient = min(hit, key=lambda e: e.start)
        draft.place_recipient = False


_SPEAKER_PRONOUN_PASSIVE = re.compile(
    r"\s+(?:that\s+)?(?:it|they|we)\s+(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:[a-z]+ly\s+)?\Z",
    re.IGNORECASE,
)


def _speaker_was_hit(ctx: DocContext, draft: Draft) -> EntityMention | None:
    """A speaker that says "it" was hit ("UNIFIL said it had been fired on"): the speaker's side."""
    trig = draft.trigger
    for source in ctx.speakers_of(draft.sentence):
        if source.entity and source.cue_end <= trig.start and _SPEAKER_PRONOUN_PASSIVE.fullmatch(
            ctx.text, source.cue_end, trig.start
        ):
            return EntityMention(source.start, source.end, source.text, source.entity, "side")
    return None


# the line between two sides, crossed: "the military demarcation line", "the NLL", "the border"
_CROSSED_LINE = re.compile(
    r"\s+(?:over\s+|into\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:military\s+demarcation\s+line|demarcation\s+line|MDL|"
    r"Northern\s+Limit\s+Line|NLL|border|frontier|line\s+of\s+control|LoC)\b",
    re.IGNORECASE,
)
_ORIGIN_REACH = 4  # tokens from the trigger to "from": "fired from Yemen", "launched overnight from Iraq"


_WATCHED_BEFORE = re.compile(
    r"\b(?:detect|detects|detected|spot|spots|spotted|track|tracks|tracked|observe|observes|observed|"
    r"intercept|intercepts|intercepted|monitor|monitors|monitored)\b",
    re.IGNORECASE,
)


def _reduced_relative(ctx: DocContext, draft: Draft) -> bool:
    """ "intercepted a missile launched from Yemen": the participle follows its own object, so the
    main clause's subject is not its actor."""
    obj = draft.obj
    if obj is None or draft.noun or obj.end > draft.trigger.start:
        return False
    between = ctx.text[obj.end : draft.trigger.start].strip()
    # "a missile, presumed to be intermediate-range, fired from": past an aside in commas
    return not between or (draft.passive and between.endswith(",") and between.count(",") <= 2)


def _origin(ctx: DocContext, draft: Draft, entities) -> str | None:
    """The country a launch or strike came from when nobody is named as its actor: "a missile
    fired from Yemen" (YEM), "drones launched from Iraq", "rockets fired from southern Lebanon"."""
    trig = draft.trigger
    sent = ctx.seg.sentences[draft.sentence]
    held = _FROM_HELD.match(ctx.text, trig.end, sent.end)
    if held is not None:
        # "missiles fired from Houthi-controlled areas of Yemen": whoever holds the ground fired them
        named = find_entities(held.group("name"))
        if named and named[0].entity and named[0].end == len(held.group("name")):
            return named[0].entity if named[0].kind == "group" else named[0].entity[:3]
    candidates = [e for e in entities if e.entity and e.kind in ("country", "demonym")]
    candidates += ctx.in_sentence(ctx.places, sent)
    for e in sorted(candidates, key=lambda m: m.start):
        if e.start < trig.end or e.end > sent.end:
            continue
        gap = ctx.tok_at(e.start) - trig.tok_end
        if gap > _ORIGIN_REACH + 3:
            return None
        if re.search(r"[;,.]", ctx.text[trig.end : e.start]) or not _after_from(ctx, e.start):
            continue
        return e.entity[:3]
    return None


@cache
def _place_frame(preps: str) -> re.Pattern[str]:
    """A name's preposition, an optional "the" and one of `direction_words` just before it: "from
    southern Lebanon", "into the central Sagaing region" (``preps``: a regex alternation)."""
    directions = "|".join(re.escape(w) for w in sorted(load("grammar")["direction_words"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{preps})\s+(?:the\s+)?(?:(?:{directions})\s+)?\Z", re.IGNORECASE)


def _after_from(ctx: DocContext, start: int) -> bool:
    """A name after "from", "from the", "from southern", "from near", "from the vicinity of":
    where something came from."""
    return _place_frame(_FROM).search(ctx.text, max(0, start - 40), start) is not None


_FROM = r"from(?:\s+(?:near|around|the\s+vicinity\s+of|the\s+area\s+of|areas?\s+near))?"
# "launched from Houthi-controlled territory", "fired overnight from Hezbollah-held areas"
_FROM_HELD = re.compile(
    r"(?:\s+[\w.]+){0,3}?\s+from\s+(?:the\s+)?(?:an?\s+)?"
    r"(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-(?:controlled|held|occupied|run)\b"
)


def _targeted_by_prep(ctx: DocContext, side: EntityMention) -> bool:
    """A side named after a target preposition ("attacks on Israel", "strikes against Russia"), not a place
    the event was near ("attacks near Kupiansk")."""
    return word_before_phrase(ctx, side.start) in grammar().target_preps  # (the word right before, or past modifiers)


# "its fighters had", "their forces have": the speaker's own forces as a clause's subject
_OWN_FORCES_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:fighters|forces|troops|soldiers|men|units|defenders|militants)\s+"
    r"(?:(?:had|have|has|successfully|also)\s+){0,2}\Z",
    re.IGNORECASE,
)


def _own_forces_repelling(ctx: DocContext, draft: Draft, verb_start: int) -> EntityMention | None:
    """The speaker whose own forces ("its fighters", "their troops") are the subject of a defending verb:
    "Al-Shabab said its fighters had repulsed the assault" tells who was assaulted."""
    speaker = ctx.sources.get(draft.sentence)
    if speaker is None or not speaker.entity or speaker.cue_end > verb_start:
        return None
    if not _OWN_FORCES_BEFORE.search(ctx.text, max(0, verb_start - 50), verb_start):
        return None
    return EntityMention(speaker.start, speaker.end, speaker.text, speaker.entity, "side")


def _countered(ctx: DocContext, trig: Trigger) -> int | None:
    """Where a verb that defends against the event noun starts ("defeated the attack", "defend
    itself against these attacks", "in response to Iran's strikes"), or None."""
    g = grammar()
    i = trig.tok_start - 1
    while i >= 0 and trig.tok_start - i <= 4:
        word = ctx.tokens[i].lower
        for n in (3, 2, 1):
            if i - n + 1 >= 0 and " ".join(t.lower for t in ctx.tokens[i - n + 1 : i + 1]) in g.counter_verbs:
                return ctx.tokens[i - n + 1].start
        count = word.replace(",", "").isdigit() or ctx.quantity_starts_at(ctx.tokens[i].start)
        if not (count or word in g.dets or word in g.noun_left or adjective_before(ctx, i) or word in ("and", ",")):
            if not _demonym_token(ctx, i):  # "repelled several Ukrainian attacks": whose attacks, still the object
                return None
        i -= 1
    return None


def _demonym_token(ctx: DocContext, i: int) -> bool:
    """Token ``i`` is a demonym the entity finder read ("Ukrainian", "Russian")."""
    tok = ctx.tokens[i]
    sent = ctx.seg.sentences[ctx.sentence_of(tok.start)]
    entities = ctx.in_sentence(ctx.entities, sent)
    return any(e.kind == "demonym" and e.start <= tok.start and tok.end <= e.end for e in entities)


def _fighting_where(ctx: DocContext, draft: Draft, actor, actor_id: str | None, entities) -> str | None:
    """A transnational group acting in another country is that country's armed group ("militants
    linked to al Qaeda attacked ... in Mali's capital Bamako": MLI.REB), per ``transnational_groups``."""
    if actor is None or not actor_id or actor.text not in lexicon().transnational:
        return actor_id
    where = _place_side(ctx, draft, entities)
    country = where.entity[:3] if where is not None and where.entity else dateline_country(ctx)
    if country and country != actor_id[:3]:
        return f"{country}.REB"  # no place in the sentence: the country the report is filed from
    return actor_id


PLACE_SIDE_TYPES = frozenset({"ATTACK", "DEPLOY", "LAUNCH", "SURVEIL"})
_PLACE_REACH = 15  # tokens after the trigger within which a place can be its target


def _own_soldiers(ctx: DocContext, draft: Draft) -> EntityMention | None:
    """ "A reservist was killed by an explosive device in Rafah, the military said": soldiers whose
    side is not named, in an army's own report, are that army's, not the place's (an army placed
    as it speaks; one placed only later is :func:`_finish`'s, by the same test)."""
    source = ctx.sources.get(draft.sentence)
    if source is None or not draft.passive or not _army_tells_soldiers(draft, source.entity):
        return None
    return EntityMention(draft.obj.start, draft.obj.end, draft.obj.text, source.entity, "side")


def _army_tells_soldiers(draft: Draft, source_entity: str | None) -> bool:
    """An army speaks of soldiers its words do not place: its own."""
    if draft.obj is None or not (source_entity or "").endswith(".MIL"):
        return False
    g, word = grammar(), draft.obj.text.lower()
    return word in g.state_forces or word in g.soldier_words


def _place_side(ctx: DocContext, draft: Draft, entities) -> EntityMention | None:
    """The country of the place an event happened in or went to, when no country is named:
    "shelled 35 settlements in Kherson region" (UKR), "troops fighting in Kursk" (RUS). A
    place after "from" is where it came from, not where it went."""
    trig = draft.trigger
    sent = ctx.seg.sentences[draft.sentence]
    places = [
        p
        for p in ctx.in_sentence(ctx.places, sent)
        if not _after_from(ctx, p.start) and not in_origin_phrase(ctx, p.start)  # "from the X area in Y"
    ]
    places += [e for e in entities if e.kind == "country" and e.entity and _in_country(ctx, e)]
    places.sort(key=lambda p: p.start)
    after = [
        p
        for p in places
        if p.start >= trig.end
        and ctx.tok_at(p.start) - trig.tok_end <= _PLACE_REACH
        and ";" not in ctx.text[trig.end : p.start]
    ]
    if after:
        return after[0]
    before = [p for p in places if p.end <= trig.start]
    if before and draft.type == "DEPLOY" and _FRONTED_CLAUSE.match(ctx.text, sent.start):
        # "After meeting Kim in Pyongyang, Shoigu said Kim would send 1,000 sappers": where the
        # meeting was, not where the sappers go
        before = [p for p in before if "," not in ctx.text[p.end : trig.start]]
    if before:
        return before[-1]
    return None


_FRONTED_CLAUSE = re.compile(r"\s*(?:After|Before|While|During|Following|Since|When)\b")


def _in_country(ctx: DocContext, ent: EntityMention) -> bool:
    """ "struck 800 targets in Gaza", "stormed into southern Israel": a country named as where
    an event happened (not "from Gaza", not "Israel's")."""
    framed = _place_frame("in|into|inside|across|over|throughout").search(ctx.text, max(0, ent.start - 40), ent.start)
    if framed is None or ctx.is_speaker(ent.start, ent.end) or names_attacker(ctx, ent):
        return False  # not "killed in US strikes": whose strikes, not where
    return not in_origin_phrase(ctx, ent.start)  # "from the Wonsan area in North Korea"


def _civilians_aimed_at(ctx: DocContext, draft: Draft, side: EntityMention) -> bool:
    """An attack on people of `civilians` right after its verb ("shooting at crowds", "opened fire on
    residents", "attacked unarmed villagers") whose side is told as a bare country: the target is that
    country's civilians."""
    if not side.entity or "." in side.entity:
        return False
    trig = draft.trigger
    sent_end = ctx.seg.sentences[draft.sentence].end
    near = ctx.items_within(trig.end, min(sent_end, trig.end + 40))
    target = next((it for it in near if it.cls == "personnel"), None)
    if target is None or not _civilian_people(target):
        return False
    return bool(_TARGET_GAP.fullmatch(ctx.text, trig.end, target.start))


# between an attack verb and the people it hits: a preposition, an article, up to two modifiers
_TARGET_GAP = re.compile(
    r"\s+(?:(?:on|at|into|upon|against)\s+)?(?:(?:the|a|an)\s+)?(?:(?!(?:and|or|to|with|by|of|in|for)\s)[a-z-]+\s+){0,2}"
)


def _civilian_side(ctx: DocContext, draft: Draft, entities) -> EntityMention | None:
    """ "killed 17 people in Gaza": civilians of the country where they were hit (``XXX.CVL``), or of
    the one a demonym right before them names ("a Syrian man")."""
    obj = draft.obj
    if obj is None or not civilian_head(obj):
        return None
    named = next((e for e in entities if e.kind == "demonym" and e.entity and e.end <= obj.start <= e.end + 1), None)
    own = named.entity.split(".")[0] if named is not None else None
    if own is not None and own != "IGO":
        # "a 19-year-old Syrian man was hit" near the Greek border: the people's own country
        return EntityMention(named.start, named.end, named.text, f"{own}.CVL", "group")
    sent = ctx.seg.sentences[draft.sentence]
    located = sorted([*entities, *ctx.in_sentence(ctx.places, sent)], key=lambda e: e.start)
    place = next(
        (
            e
            for e in reversed(located)
            if e.entity
            and (
                e.kind == "place"  # a gazetteer place is found only in a locative frame
                or e.kind == "country"
                and not names_attacker(ctx, e)  # "killed in US strikes": whose strikes, not where
                and (token_before(ctx, e.start) in {"in", "near", "across", "on"} or _in_country(ctx, e))
            )
        ),
        None,
    )
    speaker = ctx.sources.get(draft.sentence)
    told_by = speaker.entity.split(".") if speaker is not None and speaker.entity else None
    striker = (draft.actor_id or "").split(".")[0]
    if place is None and told_by and told_by[0] != "IGO" and told_by[-1] in ("MIL", "GOV") and striker:
        if striker != told_by[0]:
            # "Pakistan's military said Indian fire in the Neelum valley killed two civilians": a state
            # telling of civilians killed by another's fire tells of its own
            return EntityMention(speaker.start, speaker.end, speaker.text, f"{told_by[0]}.CVL", "group")
    # (a snippet is too short to tell what country it is about: see is_report)
    dominant = dominant_country(ctx) if place is None and is_report(ctx) else None
    if dominant is not None:
        # "No civilians were injured", in an AFRICOM release on Somalia filed in Stuttgart: the country
        # the report is about (not "killed in an Israeli air strike" in a report on Israel's strikes)
        return _report_side(ctx, f"{dominant}.CVL")
    if place is None:
        return _filed_civilians(ctx)
    country = place.entity.split(".")[0]
    if country == "IGO":
        return None  # "no ISAF personnel were hurt": an international body has no civilians of its own
    return EntityMention(place.start, place.end, place.text, f"{country}.CVL", "group")


def _seizer_receives(ctx: DocContext, draft: Draft, entities) -> None:  # noqa: ANN001 - entities
    """ "Police seized 12 pistols from a gang": the arms go to the seizer, who is the receiver, from
    those named after "from" (if a side is named there), not from the seizer."""
    seizer, seizer_id = draft.actor, draft.actor_id
    if seizer_id is None and not draft.passive:
        seizer_id = state_forces_subject(ctx, draft.sentence, draft.trigger.start)  # "Troops seized 31 rifles"
    if seizer_id:
        at = seizer or draft.trigger
        draft.recipient = EntityMention(at.start, at.end if seizer else at.start, seizer.text if seizer else "",
                                        seizer_id, seizer.kind if seizer else "side")
    else:
        draft.recipient = None
    end = ctx.seg.sentences[draft.sentence].end
    found = _FROM_HOLDER.match(ctx.text, draft.obj.end if draft.obj is not None else draft.trigger.end, end)
    holder = next(
        (
            e
            for e in entities
            if found and e.entity and e.kind != "place" and found.end() <= e.start <= found.end() + 12
            and _holder_gap().fullmatch(ctx.text, found.end(), e.start)
        ),
        None,
    )  # "from FARC dissidents", "from a Gulf Clan cell"; not "from a gang in Lima": a place is no holder
    draft.actor, draft.actor_id = (holder, holder.entity) if holder is not None else (None, None)


_FROM_HOLDER = re.compile(r"[^,;.]{0,40}?\bfrom\s+(?:the\s+)?")


@cache
def _holder_gap() -> re.Pattern[str]:
    """Words between "from" and the holder: an article or a modifier, none of triggers.yaml TRANSFER
    ``seizure_holder_stops`` ("from a gang in Lima")."""
    stops = "|".join(map(re.escape, sorted(trigger_lexicon().seizure_holder_stops)))
    return re.compile(rf"(?:(?!(?:{stops})\b)[\w'’-]+\s+){{0,2}}")


def _seizure_told(ctx: DocContext, trig: Trigger, obj: ItemMention, passive: bool, g) -> bool:  # noqa: ANN001
    """A seizure of arms told as an event: an active verb with the arms after it ("Police seized 12
    pistols", not "the seized rifles") or a passive with its auxiliary ("14 rifles were seized", not
    "two of the guns seized", which describes them)."""
    before = token_before(ctx, trig.start)
    if passive:
        return before in g.aux
    return obj.start > trig.end and before not in trigger_lexicon().seizure_describers


def _subject_thing(ctx: DocContext, trig: Trigger, items) -> ItemMention | None:
    """ "U.S. surveillance drones have been flying over Gaza": a thing (not people) right before a
    verb with no object, auxiliaries aside, is what the verb is about."""
    for it in reversed(items):
        if it.tok_end > before_parenthesis(ctx, trig.tok_start):
            continue
        if it.cls == "personnel":
            return None
        return it if _just_before(ctx, it, trig) or _participle_of(ctx, it, trig) else None
    return None


_SEEN = frozenset({"seen", ","})  # ("spotted", "observed" are triggers of their own)


def _participle_of(ctx: DocContext, it: ItemMention, trig: Trigger) -> bool:
    """ "three escort ships, sailing through", "four vessels (...) were seen sailing northeast": an
    -ing form after its subject, a comma or a verb of seeing between."""
    if not trig.lower.endswith("ing"):
        return False
    start = it.tok_end
    if start < trig.tok_start and ctx.tokens[start].lower == "(":
        start = next((i + 1 for i in range(start, trig.tok_start) if ctx.tokens[i].lower == ")"), start)
    between = ctx.tokens[start : trig.tok_start]
    g = grammar()
    return len(between) <= 3 and all(t.lower in g.aux or t.lower in _SEEN for t in between)


def _relative_object(ctx: DocContext, trig: Trigger, items, entities) -> ItemMention | None:
    """ "the 300 drones and missiles Iran launched": an object relative clause, the item right
    before the subject that stands right before the verb."""
    subject = next(
        (e for e in entities if e.entity and e.end <= trig.start and ctx.tok_at(e.end) == trig.tok_start), None
    )
    if subject is None:
        return None
    before = [it for it in items if it.end <= subject.start and ctx.tok_at(it.end) == ctx.tok_at(subject.start)]
    return before[0] if before else None


# "Ukrainian fixed-wing drones", "Russia-launched drones" (not "Iranian-made": who built, not who fired)
_OWNER_GAP = re.compile(r"(?:[’']s|-(?:launched|fired|operated|controlled))?(?:\s+[a-z][\w-]*){0,2}\s*")


def _attributive(ctx: DocContext, trig: Trigger, g) -> bool:
    """ "debris from a downed drone": a participle after a determiner describes its noun."""
    return trig.tok_start > 0 and ctx.tokens[trig.tok_start - 1].lower in g.dets


_PARTITIVE_COUNT = re.compile(r"\s+[\w,.-]+\s+of\s+(?:the|those|these|its|their)\b", re.IGNORECASE)


def _launched_after(ctx: DocContext, trig: Trigger, obj: ItemMention | None, triggers: list[Trigger]) -> bool:
    """ "intercepted a missile launched from Yemen": the object's own launch follows it, and is the
    claim; "shot down 25 of the 40 drones launched" keeps the interception's own count."""
    if obj is None or _PARTITIVE_COUNT.match(ctx.text, trig.end):
        return False
    return any(
        t.tok_start == obj.tok_end and any(kind == "LAUNCH" for kind, _ in t.readings) and t.lower not in ("launch",)
        for t in triggers
    )


def _intercepted_roles(ctx: DocContext, draft: Draft, entities, attacker_before: str | None) -> None:
    """An interception told as a launch (the gold's optional reading of "shot down 25 drones"):
    whoever shot down is the side fired at, the recipient; the launcher is the side named with the
    missiles or drones ("42 Ukrainian drones"), else the attacker told before, if not the
    interceptor; its item says it was intercepted."""
    draft.intercepted = True
    interceptor = draft.actor if draft.actor is not None and draft.actor.entity else None
    # "Air defense shot down 39 missiles": no side named, so the attacker carried over is no interceptor
    interceptor_id = draft.actor_id if interceptor is not None or draft.actor_id != attacker_before else None
    after = [e for e in entities if e.end > draft.trigger.end]
    owner = _owner_of(ctx, draft.obj, after, modifiers=True) if draft.obj is not None else None
    if owner is None and draft.passive and draft.obj is not None and draft.obj.end <= draft.trigger.start:
        # "20 Russian drones were shot down": the subject's side launched them and shot down none
        owner = _owner_of(ctx, draft.obj, [e for e in entities if e.end <= draft.obj.start], modifiers=True)
        if owner is not None and interceptor is not None and interceptor.start < draft.trigger.start:
            interceptor = interceptor_id = None
    if owner is None and draft.obj is not None:
        owner = _launched_by(ctx, draft.obj, after)  # "shot down four drones and a missile launched by Houthi rebels"
    draft.actor, draft.actor_id = owner, owner.entity if owner is not None else None
    if owner is None and attacker_before and (not interceptor_id or attacker_before[:3] != interceptor_id[:3]):
        draft.actor_id = attacker_before  # "Russia launched 40 drones ... air defences shot down 25"
    if interceptor is not None and (owner is None or interceptor.entity[:3] != owner.entity[:3]):
        draft.recipient = interceptor
    elif interceptor_id and (owner is None or interceptor_id[:3] != owner.entity[:3]):
        draft.place_recipient = False
        draft.recipient = next((e for e in entities if e.entity == interceptor_id), None) or EntityMention(
            draft.trigger.start, draft.trigger.start, "", interceptor_id, "side"
        )  # "Russia said its forces had shot down 40 drones": the interceptor's own side, named by a pronoun
    if draft.recipient is not None and owner is not None and draft.recipient.entity[:3] == owner.entity[:3]:
        draft.recipient = None
    if draft.recipient is None:
        draft.recipient = _place_side(ctx, draft, entities)
    if draft.recipient is not None and draft.actor_id and (draft.recipient.entity or "")[:3] == draft.actor_id[:3]:
        draft.recipient = None  # "downed nine Ukrainian drones" over occupied Ukraine: not at their own side


_LAUNCHED_BY = re.compile(r"[^.;]{0,80}?\b(?:launched|fired|sent|flown)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?\Z", re.I)


def _launched_by(ctx: DocContext, obj: ItemMention, entities) -> EntityMention | None:
    """The agent of "launched by" / "fired by" after the things downed: whose they were."""
    sent = ctx.seg.sentences[ctx.sentence_of(obj.start)]
    for ent in entities:
        if ent.start < obj.end or ent.start > sent.end or not ent.entity:
            continue
        if _LAUNCHED_BY.fullmatch(ctx.text, obj.end, ent.start):
            return ent
    return None


def _same_side(mention: EntityMention, other: EntityMention | None) -> bool:
    return other is not None and (other.entity or "")[:3] == (mention.entity or "")[:3]


def _owner_of(ctx: DocContext, obj: ItemMention, entities, modifiers: bool = False) -> EntityMention | None:
    """The side named right before an item ("Houthi drones", "Russia's missiles"); with
    ``modifiers``, past up to two lower-case words too ("42 Ukrainian fixed-wing drones")."""
    for ent in entities:
        if not ent.entity or ent.end > obj.start:
            continue
        if modifiers and _OWNER_GAP.fullmatch(ctx.text, ent.end, obj.start):
            return ent
        if ctx.tok_at(ent.end) >= obj.tok_start - 1 and ctx.text[ent.end : obj.start].strip() in ("", "'s", "’s"):
            return ent
    return None


def _attacker_in(ctx: DocContext, trig: Trigger, entities) -> EntityMention | None:
    """The side named on an attack noun before a casualty: "An Israeli air strike ... killed"."""
    attack_words = forms_of("ATTACK")
    for ent in reversed([e for e in entities if e.end <= trig.start and e.entity]):
        if ctx.is_speaker(ent.start, ent.end):
            continue  # "state media reports shelling in Aleppo has killed": who tells it, not who shelled
        after = ctx.text[ent.end : min(trig.start, ent.end + 30)].lower().split()
        if any(w in attack_words for w in after[:2]) or " ".join(after[:2]) in attack_words:
            return ent
    return None


_LOST_CLASSES = frozenset({"platform", "weapon", "equipment"})
_BY_AGENT = re.compile(r"\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?")
_OWNED_SUBJECT_GAP = re.compile(r"(?:[’']s)?(?:\s+[\w-]+){0,2}\s+")


def _downed_owner(ctx: DocContext, draft: Draft, entities) -> EntityMention | None:
    """The side that owns the subject of a passive downing or destruction ("a Russian Su-34 jet was
    shot down", "two Indian tanks were destroyed"): it is the side hit, never the attacker."""
    obj, trig = draft.obj, draft.trigger
    if obj is None or obj.cls not in _LOST_CLASSES or obj.end > trig.start:
        return None
    if trigger_lexicon().only_with.get("ATTACK", {}).get(trig.lower) is None:
        return None
    return next(
        (
            e
            for e in reversed(entities)
            if e.entity
            and e.kind != "person"
            and e.end <= obj.start
            and obj.start - e.end <= 25
            and _OWNED_SUBJECT_GAP.fullmatch(ctx.text, e.end, obj.start)
        ),
        None,
    )


def _has_by(ctx: DocContext, trig: Trigger) -> bool:
    return " by " in ctx.text[trig.end : trig.end + 60]


_STATE_FORCE_WORDS = re.compile(
    r"\b(?:security|government|army|state|police|federal|national)\s+(?:forces|troops|units|officers)$|\bpolice$"
)


def _voice_country(ctx: DocContext) -> str | None:
    """The country whose voice the document is in (``sides.issuer_country``), looked up once per document:
    the event stage asks per claim."""
    if ctx.voice_country is None:
        ctx.voice_country = issuer_country(ctx.text, ctx.entities) or ""
    return ctx.voice_country or None


def _home_forces(ctx: DocContext, draft: Draft) -> str | None:
    """ "security forces had been deployed to the area" with no country named: the forces of the
    state the report is about (its dateline's, else the country it names most), never the last
    actor of the story, who may be the gunmen they were sent against."""
    if draft.type != "DEPLOY" or draft.obj is None:
        return None
    if draft.passive and draft.obj.cls == "platform" and draft.obj.end <= draft.trigger.start:
        # "Two F-16 aircraft were scrambled from the 86th Air Base" in a ministry's own release: its aircraft
        voice = _voice_country(ctx)
        return f"{voice}.MIL" if voice else None
    if not _STATE_FORCE_WORDS.search(ctx.text[max(0, draft.obj.start - 12) : draft.obj.end].lower()):
        return None
    country = dateline_country(ctx) or main_country(ctx)
    return f"{country}.MIL" if country else None


def _last_person(ctx: DocContext, pos: int) -> str | None:
    """The side of the last person the text named before ``pos``, within the sentence before: who
    "he" or "she" most likely is (never a state or a body, which are "it")."""
    index = ctx.sentence_of(pos)
    lo = ctx.seg.sentences[max(0, index - 1)].start
    people = [e for e in ctx.entities_within(lo, pos) if e.kind == "person" and e.entity]
    return people[-1].entity if people else None


_STATEMENT_LINK = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|strong|diplomatic|formal|aggressive|illegal|and|reckless|latest|recent|"
    r"repeated|continued|provocative)\s+)*(?:(?:[a-z]+\s+){0,3}?(?:of|by|against|towards?|on)\s+(?:the\s+)?)?\Z"
)
_NOUN_STATEMENT_LINK = re.compile(r"\s+(?:with|to|against)\s+(?:the\s+)?\Z")


def _statement_target(
    ctx: DocContext, trig: Trigger, entities: list[EntityMention], noun: bool
) -> EntityMention | None:
    """Whom a statement is about or addressed to, named in its object: "condemns the aggressive actions
    of the China Coast Guard", "condemned the attack by Russian forces", "lodged a protest with the
    Chinese Embassy". Not past a comma or a clause ("said that ...")."""
    link = _NOUN_STATEMENT_LINK if noun else _STATEMENT_LINK
    end = ctx.seg.sentences[ctx.sentence_of(trig.start)].end
    for e in entities:
        if e.start < trig.end or not e.entity or ctx.is_speaker(e.start, e.end):
            continue
        if e.start > min(end, trig.end + 80):
            break
        if link.match(ctx.text, trig.end, e.start):
            return _agent_after(ctx, e, entities) or e
    return None


def _agent_after(ctx: DocContext, named: EntityMention, entities: list[EntityMention]) -> EntityMention | None:
    """ "condemned the violations of Polish airspace by Russian drones": the doer named after "by"
    in the same phrase as the side an act was done to."""
    after = (d for d in entities if d.start > named.end and d.entity)
    return next((d for d in after if _AGENT_AFTER_OBJECT.fullmatch(ctx.text, named.end, d.start)), None)


_AGENT_AFTER_OBJECT = re.compile(r"[^,;.\n]{0,40}?\bby\s+(?:the\s+)?")
_TARGET_AFTER_NOUN = re.compile(r"\s+(?:on|against|targeting)\s+(?:the\s+)?\Z")


@cache
def _saying_verbs() -> frozenset[str]:
    """cues.yaml ``saying_verbs``: a pronoun before one of them is its speaker, no later verb's subject."""
    return frozenset(load("cues")["saying_verbs"])


def _second_person_before(ctx: DocContext, trig: Trigger, g) -> int | None:
    """The offset of "you" as the trigger's subject ("you are not sending troops", "you have
    provided"), past auxiliaries and negation; None when another word stands there."""
    i = trig.tok_start - 1
    for _ in range(4):
        if i < 0:
            return None
        word = ctx.tokens[i].lower
        if word == "you":
            return ctx.tokens[i].start
        if word not in g.aux and word not in ("not", "n't", "’re", "'re", "’ve", "'ve", "never", "still"):
            return None
        i -= 1
    return None


_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _pronoun_actor(ctx: DocContext, trig: Trigger, state: dict, g) -> str | None:
    i = trig.tok_start - 1
    steps = 0
    while i >= 0 and steps < 6:
        tok = ctx.tokens[i]
        if tok.lower in g.pronouns:
            nxt = ctx.tokens[i + 1].lower if i + 1 < len(ctx.tokens) else ""
            if tok.lower == "it" and nxt in g.expletive_next and not _only_verb_group(ctx, i + 1, trig.tok_start, g):
                # "it appears that ...", but "it was moving a carrier group" and "it is closely
                # monitoring" name the actor
                return None
            if tok.lower in ("we", "our", "i", "my"):
                own = first_person_entity(ctx, tok.start)  # "We lodged a protest", "my Administration is"
                if own is not None:
                    return own
            speaker = _reporting_speaker(ctx, tok.start)
            if speaker is not None:
                return speaker
            unplaced = _unplaced_speaker_before(ctx, tok.start)
            if unplaced is not None:
                # "The ministry also said its forces had carried out a massive strike": the issuing
                # body speaks of its own forces; never the last actor of another story ("PRAIA - The navy
                # said it had deployed two more patrol boats", "quoted the army as saying it had deployed":
                # a bare home body, the home country's)
                named = unplaced.text if unplaced.text.lower().startswith("the ") else f"the {unplaced.text}"
                bare = _bare_body().fullmatch(named + " ") if ctx.issuer is None else None
                return ctx.issuer or (_home_body(ctx, bare.group(1)) if bare is not None else None)
            subject = _sentence_subject(ctx, tok.start) if tok.lower in ("its", "their") else None
            if subject is None and tok.lower in ("he", "she", "his", "her"):
                subject = _last_person(ctx, tok.start)  # "Putin ... he did not need a pretext to invade"
            if subject is None and tok.lower in ("it", "they") and _only_verb_group(ctx, i + 1, trig.tok_start, g):
                subject = _previous_subject(ctx, i)  # "The RSIPF has not confirmed this. It has deployed ..."
            return subject if subject is not None else state.get("last_actor")
        if tok.lower not in g.aux and not tok.lower.isalpha() and tok.lower not in _QUOTE_MARKS:
            return None  # (a quote mark is passed: 'its troops had "neutralised" 12 terrorists')
        if tok.lower in _saying_verbs() and i < trig.tok_start - 1:
            return None  # "He said security forces had been deployed": he speaks; the forces were sent
        i -= 1
        steps += 1
    return None


def _speakers_own_forces(ctx: DocContext, trig: Trigger) -> str | None:
    """ "The ministry also said its forces had carried out a massive strike": the speaker's own side
    acts, told by "its"/"their" right after the cue (not the last actor of another story)."""
    sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
    lo = max(ctx.tok_at(sent.start), trig.tok_start - 12)
    for i in range(trig.tok_start - 1, lo - 1, -1):
        tok = ctx.tokens[i]
        if tok.lower not in ("its", "their"):
            continue
        speaker = _reporting_speaker(ctx, tok.start)
        if speaker is None and _unplaced_speaker_before(ctx, tok.start):
            source = ctx.sources.get(ctx.sentence_of(trig.start))
            speaker = ctx.issuer or (source.entity.split(".")[0] if source is not None and source.entity else None)
        return speaker
    return None


def _unplaced_speaker_before(ctx: DocContext, pronoun_start: int) -> SourceAssignment | None:
    """A speaker the report does not place ("the ministry") whose cue stands right before the pronoun."""
    return next(
        (
            source
            for source in ctx.speakers_of(ctx.sentence_of(pronoun_start))
            if source.entity is None and _cue_right_before(ctx, source, pronoun_start)
        ),
        None,
    )


def _cue_right_before(ctx: DocContext, source: SourceAssignment, pos: int) -> bool:
    """At most three words such as "on Tuesday" stand between the source's cue and ``pos``."""
    if source.cue_end > pos:
        return False
    # "quoted the army as saying it had deployed": the speaker, then "as saying", after the cue
    quoted = source.cue_end <= source.start and source.end <= pos and AS_SAYING.match(ctx.text, source.end)
    start = source.end if quoted else source.cue_end
    between = ctx.text[start:pos].lower().split()
    return len(between) <= 4 and set(between) <= grammar().cue_to_pronoun_words  # "said on Tuesday morning that"



def _holder_of_supplied(
    ctx: DocContext, trig: Trigger, obj: ItemMention, giver: EntityMention, entities: list[EntityMention]
) -> EntityMention | None:
    """ "Ukraine's forces are equipped with F-16 jets supplied by Denmark", "Russia fired missiles
    supplied by North Korea": goods "supplied by" a giver, named in a clause whose subject holds or
    uses them, went to that subject."""
    if not (obj.end <= trig.start and _BY_AGENT.match(ctx.text, trig.end)):
        return None
    holder = _sentence_subject(ctx, obj.start)
    if holder is None or not giver.entity or holder.split(".")[0] == giver.entity.split(".")[0]:
        return None
    return next((e for e in entities if e.entity == holder and e.end <= obj.start), None)


def _owner_pronoun_of_people(ctx: DocContext, draft: Draft) -> EntityMention | None:
    """The victims named as "its soldiers" or "of their troops": the sentence's subject's people."""
    lo = max(ctx.seg.sentences[draft.sentence].start, ctx.dateline_end, draft.trigger.start - 60)
    found = _ITS_PEOPLE.search(ctx.text, lo, draft.trigger.start)
    if found is None:
        return None
    side = _sentence_subject(ctx, found.start(1))
    return EntityMention(found.start(1), found.end(1), found.group(1), side, "group") if side else None


# "of its soldiers have been killed", "their troops were wounded": the owner's people, then their verb
_ITS_PEOPLE = re.compile(
    r"\b(its|their)\s+(?:own\s+)?(?:soldiers|troops|forces|servicemen|fighters|men|personnel)\s+"
    r"(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been|being|also|reportedly)\s+)*\Z",
    re.IGNORECASE,
)


def _previous_subject(ctx: DocContext, tok: int) -> str | None:
    """The subject of the sentence before, in the same paragraph, for "it" or "they" opening a
    sentence: the body the story was just about, not the last actor of a claim further back."""
    index = ctx.sentence_of(ctx.tokens[tok].start)
    sent = ctx.seg.sentences[index]
    if index == 0 or ctx.tok_at(sent.start) != tok or "\n\n" in ctx.text[ctx.seg.sentences[index - 1].end : sent.start]:
        return None
    return _sentence_subject(ctx, ctx.seg.sentences[index - 1].end - 1)


def _sentence_subject(ctx: DocContext, pronoun_start: int) -> str | None:
    """The entity that opens the pronoun's sentence as its subject ("Israel has retaliated against
    Houthi-held ports ..., when its warplanes hit"): not after a preposition, not a modifier."""
    sent = ctx.seg.sentences[ctx.sentence_of(pronoun_start)]
    g = grammar()
    for ent in ctx.in_sentence(ctx.entities, sent):
        if ent.start >= pronoun_start:
            return None
        if not ent.entity or ctx.is_speaker(ent.start, ent.end) or ctx.text.startswith("-", ent.end):
            continue
        if ent.start < ctx.dateline_end:
            continue  # "SEOUL, Feb. 27 (Yonhap) --": where and by whom the report was filed
        before = token_before(ctx, ent.start)
        reported = before in ("said", "says", "that")  # "the JCS said North Korea is expected to ... its"
        opening = ctx.tok_at(max(sent.start, min(ctx.dateline_end, ent.start)))  # the dateline is no subject
        if not reported and (before in g.preps or ctx.tok_at(ent.start) - opening > 3):
            return None  # the sentence opens otherwise: no subject to take
        return ent.entity
    return None


_ACCUSING_BEFORE = re.compile(r"\b(?:accus|blam)\w*\s+\Z", re.IGNORECASE)
_SPEAKER_THAT = re.compile(r"\s+(?:on\s+\w+\s+)?that\b", re.IGNORECASE)
# verbs that tell someone something: the one told stands between the verb and "that", and a pronoun
# right after "that" is the teller ("Russia informed the United States that it had test-fired")
_TELLING = frozenset({"told", "tells", "informed", "informs", "notified", "notifies", "assured", "assures", "warned",
                      "warns", "reminded", "reminds", "briefed", "briefs"})
_ADDRESSEE_THAT = re.compile(r"\s+(?:[\w.'’-]+\s+){1,8}?that\s+", re.IGNORECASE)


def _named_between(ctx: DocContext, start: int, end: int) -> bool:
    """A country, group or person named between ``start`` and ``end`` (a demonym only modifies)."""
    return any(e.kind != "demonym" for e in ctx.entities_within(start, end) if e.entity)


def _inflicted_on(ctx: DocContext, trig: Trigger, entities) -> EntityMention | None:
    """The side a loss noun falls on: "inflicted losses of up to 480 servicemen on the enemy"."""
    for e in entities:
        if e.start >= trig.end and e.entity and ctx.tok_at(e.start) - trig.tok_end <= 10:
            before = ctx.text[max(0, e.start - 10) : e.start].rstrip().lower()
            if before.endswith((" on", " upon", " on the", " upon the")):
                return e
    return None


_GERUND_GAP = re.compile(r"\s+(?:(?:to\s+have|having)\s+)?(?:(?:successfully|already|also)\s+)?\Z")


def _teller_of_gerund(ctx: DocContext, trig: Trigger) -> str | None:
    """The speaker of a reporting verb whose object is this gerund ("Ukraine reported striking two
    refineries", "the group claimed downing a drone"): who tells of doing it did it."""
    index = ctx.sentence_of(trig.start)
    for source in ctx.speakers_of(index):
        if source.entity and source.cue_end <= trig.start and _GERUND_GAP.match(ctx.text, source.cue_end, trig.start):
            if source.entity.endswith((".MED", ".SPY")) or source.entity.startswith("IGO"):
                return None  # "state media reports shelling in Aleppo": outlets and watchers tell others' acts
            return source.entity
    return None


def _speaker_of_cue(ctx: DocContext, trig: Trigger) -> str | None:
    """The speaker whose reporting verb is this STATEMENT trigger ("accused", "warned")."""
    index = ctx.sentence_of(trig.start)
    for source in ctx.speakers_of(index):
        if source.entity and source.cue_start <= trig.start < source.cue_end:
            return source.entity
    return None


_PARTICIPLE_CHAIN = re.compile(r",\s+[a-z]+ing\b")


def _statement_after(trig: Trigger, triggers: list[Trigger]) -> bool:
    """Another statement word later in the sentence ("summoned the envoy to protest", "... and lodged
    a protest")."""
    return any(t.start > trig.end and any(etype == "STATEMENT" for etype, _ in t.readings) for t in triggers)


def _continues_statement(ctx: DocContext, draft: Draft, earlier: list[Draft]) -> bool:
    """A statement participle after a comma (", calling them a direct threat", "and warning of
    grave consequences") that goes on with the statement of the clause before it."""
    trig = draft.trigger
    if draft.type != "STATEMENT" or draft.noun or not trig.lower.endswith("ing"):
        return False
    before = token_before(ctx, trig.start)
    if before not in (",", "and"):
        return False
    main = next((d for d in reversed(earlier) if d.sentence == draft.sentence and not d.noun), None)
    if main is None or main.type != "STATEMENT":
        return False
    if before == "and" and not _PARTICIPLE_CHAIN.search(ctx.text, main.trigger.end, trig.start):
        return False  # "and warning" goes on only a chain of participles (", calling ... and warning")
    return True


_VERB_GROUP_WORDS = frozenset({"had", "has", "have", "may", "might", "could", "would", "will", "should", "also"})


def _main_clause_actor(ctx: DocContext, draft: Draft, earlier: list[Draft]) -> None:
    """ "China's military launched drills around Taiwan, sending 21 warships": a participle after a
    comma has the subject of the clause before it, not the last country named; so has a verb
    coordinated with "and" ("a Chinese vessel fired water cannon at a Philippine ship and rammed
    it")."""
    trig = draft.trigger
    if not any(d.sentence == draft.sentence for d in earlier):
        _subject_of_lone_participle(ctx, draft)
    if draft.noun or not earlier:
        return
    before = token_before(ctx, trig.start)
    if _ADVERB.fullmatch(before) and trig.tok_start >= 2:
        before = ctx.tokens[trig.tok_start - 2].lower  # "killed 12 soldiers and briefly captured a base"
    if trig.lower not in trigger_lexicon().receive_verbs and before in _VERB_GROUP_WORDS:
        # "and has received Russian help": roles of its own; "had struck 40 targets and had killed several
        # militants", "provided the North with air defence systems, and may have transferred technology":
        # one subject
        i = trig.tok_start - 1
        while i > 0 and trig.tok_start - i <= 3 and ctx.tokens[i].lower in _VERB_GROUP_WORDS:
            i -= 1
        if ctx.tokens[i].lower == "and":
            before = "and"
    if before in _GERUND_SUBORDINATORS and trig.lower.endswith("ing") and draft.actor_id is None and not draft.noun:
        # "killed more than 460 people at a hospital after seizing the city": the main verb's subject
        main = next(
            (d for d in reversed(earlier) if d.sentence == draft.sentence and not d.noun and not d.passive), None
        )
        if main is not None and main.actor_id:
            draft.actor, draft.actor_id = main.actor, main.actor_id
        return
    participle = before == "," and trig.lower.endswith("ing")
    # ", injuring crew members and damaging the vessel": a chain of participles
    chained = before == "and" and trig.lower.endswith("ing") and _after_participle(ctx, draft, earlier)
    coordinated = before == "and" and not trig.lower.endswith("ing") and earlier[-1].sentence == draft.sentence
    if draft.type == "CASUALTY" and coordinated and not draft.passive:
        # "a security force killed one insurgent and detained several others": one subject, two verbs
        taking = [d for d in earlier if d.type == "CASUALTY" and d.sentence == draft.sentence and not d.noun]
        if not taking:  # "had struck more than 40 Hamas targets and had killed several militants"
            taking = [d for d in earlier if d.type == "ATTACK" and d.sentence == draft.sentence and not d.noun]
        if taking and not taking[-1].passive and taking[-1].actor_id:
            draft.actor, draft.actor_id = taking[-1].actor, taking[-1].actor_id
        return
    if draft.type == "CASUALTY" and not (participle or chained):
        return
    if not (participle or coordinated or chained):
        return
    verbs = [d for d in earlier if (not d.noun or d.light_verb) and d.type != "CASUALTY"]
    if coordinated and draft.type == "ATTACK":
        # "al Shabaab militants killed 12 soldiers and briefly captured a military base": one subject
        verbs = [d for d in earlier if d.sentence == draft.sentence and (not d.noun or d.light_verb)]
    if not verbs and (participle or chained or coordinated):
        # "China's coast guard shot a water cannon at a boat, injuring": the clause's event named by a noun
        verbs = [d for d in earlier if d.sentence == draft.sentence and d.type in ("ATTACK", "LAUNCH") and d.actor]
    if not verbs:
        return  # "fired a salvo of missiles ... and targeted"
    main = verbs[-1]
    if coordinated and (draft.passive or main.passive):
        return
    if (
        main.intercepted
        and coordinated
        and draft.type != "CASUALTY"
        and not draft.intercepted
        and main.recipient is not None
        and main.recipient.entity
    ):
        # "its forces destroyed three Houthi drones ... and struck two radar sites": the interceptor
        # (the interception's recipient, its drones' owner being its actor) is the subject of both
        if draft.actor_id is None or draft.actor_id.split(".")[0] == (main.actor_id or "").split(".")[0]:
            draft.actor, draft.actor_id = main.recipient, main.recipient.entity
            if draft.recipient is not None and draft.recipient.entity == main.recipient.entity:
                draft.recipient = main.actor if main.actor is not None else None
        return
    mover = draft.obj if draft.type == "DEPLOY" else None
    if participle and mover is not None and main.trigger.end <= mover.start < trig.start:
        return  # "observed the Chinese aircraft carrier, ..., sailing": the object seen is what sails
    if draft.type == "CASUALTY" and main.type not in ("ATTACK", "LAUNCH"):
        return
    named_subject = main.noun and main.actor is not None and main.actor.end <= main.trigger.start
    if draft.type == "CASUALTY" and main.actor_id is None and not main.noun and main.recipient is not None:
        # "Unidentified drones attacked a U.S. base in Syria, injuring eight service members": the
        # attacked side's people, by an attacker the text does not name
        draft.actor, draft.actor_id, draft.recipient = None, None, civilians_of(main.recipient, draft.obj)
        return
    if main.actor_id and not main.noun or main.actor_id and (main.light_verb or named_subject):
        draft.actor, draft.actor_id = main.actor, main.actor_id
        hit = draft.recipient.entity if draft.recipient is not None else None
        if draft.type in ("CASUALTY", "ATTACK") and hit and hit.split(".")[0] == main.actor_id.split(".")[0]:
            # "shot a water cannon at a Philippine boat, injuring crew members": the boat's side is hurt
            casualty = draft.type == "CASUALTY" and main.recipient is not None
            draft.recipient = civilians_of(main.recipient, draft.obj) if casualty else main.recipient


_ADVERB = re.compile(r"[a-z]+ly|then|later|also|again|soon|now")


_GERUND_SUBORDINATORS = frozenset({"after", "before", "while", "upon", "since", "when"})


def _subject_of_lone_participle(ctx: DocContext, draft: Draft) -> None:
    """ "China Coast Guard cutters disrupted a Philippine resupply run, firing water cannon at the
    boats": a participle after a comma whose main verb is no event of its own still has the
    sentence's subject, not the country named last."""
    trig = draft.trigger
    if draft.type not in ("ATTACK", "LAUNCH", "DEPLOY"):
        return
    opener = trig.tok_start
    if draft.noun and opener >= 1 and ctx.tokens[opener - 1].lower.endswith("ing"):
        opener -= 1  # ", firing water cannon at the boats": the trigger noun is the participle's object
    if opener < 1 or ctx.tokens[opener - 1].lower != "," or not ctx.tokens[opener].lower.endswith("ing"):
        return
    subject = _sentence_subject(ctx, trig.start)
    if subject is None or subject == draft.actor_id:
        return
    hit = draft.recipient.entity if draft.recipient is not None else None
    if hit and hit.split(".")[0] == subject.split(".")[0]:
        return  # the subject is the side hit: "Ukrainian troops came under fire, ..."
    sent = ctx.seg.sentences[draft.sentence]
    mention = next((e for e in ctx.in_sentence(ctx.entities, sent) if e.entity == subject), None)
    if mention is not None:
        draft.actor, draft.actor_id = mention, subject


def _after_participle(ctx: DocContext, draft: Draft, earlier: list[Draft]) -> bool:
    """ "..., injuring crew members and damaging": the draft before it in the sentence is a
    participle after a comma."""
    last = earlier[-1]
    # ("..., sinking two vessels and killing": an -ing form right after a comma is a participle, even one
    # that is also a noun)
    return (
        last.sentence == draft.sentence
        and not last.noun
        and last.trigger.lower.endswith("ing")
        and token_before(ctx, last.trigger.start) == ","
    )


def _only_verb_group(ctx: DocContext, lo: int, hi: int, g) -> bool:
    """Tokens ``lo``..``hi`` are auxiliaries and adverbs only ("is closely", "has also been")."""
    return all(
        t.lower in g.aux or t.lower in g.be or t.lower.endswith("ly") or t.lower in _VERB_GROUP_ADVERBS
        for t in ctx.tokens[lo:hi]
    )


_VERB_GROUP_ADVERBS = frozenset({"also", "still", "now", "already", "not", "never", "again", "further"})


def _pronoun_nearer(ctx: DocContext, trig: Trigger, actor: EntityMention | None, g) -> bool:
    """A subject or possessive pronoun stands between the trigger and the entity found as its actor
    (or there is none): "Hezbollah said Israel ... ; it fired rockets" takes the pronoun's referent."""
    i = trig.tok_start - 1
    steps = 0
    while i >= 0 and steps < 6:
        tok = ctx.tokens[i]
        if tok.lower in g.pronouns:
            return actor is None or actor.end <= tok.start
        if tok.lower not in g.aux and not tok.lower.isalpha() and tok.lower not in _QUOTE_MARKS:
            return False
        if tok.lower in _saying_verbs() and i < trig.tok_start - 1:
            return False  # "He said security forces had been deployed": he speaks; the forces were sent
        i -= 1
        steps += 1
    return False



_AND_THAT_PRONOUN = re.compile(r"\band\s+that\s+\Z", re.IGNORECASE)
_POSSESSIVE_PRONOUN = re.compile(r"(?:its|their)\s", re.IGNORECASE)


def _reporting_speaker(ctx: DocContext, pronoun_start: int) -> str | None:
    """ "Hezbollah said it launched ...", "North Korea confirmed for the first time that it had
    deployed": a pronoun shortly after a reporting cue is that cue's speaker (not after "accusing":
    "accusing it of supplying the RSF" names the accused)."""
    if _ACCUSING_BEFORE.search(ctx.text, max(0, pronoun_start - 12), pronoun_start):
        return None
    index = ctx.sentence_of(pronoun_start)
    for source in ctx.speakers_of(index):
        if source.entity is not None and source.cue_end <= pronoun_start:
            if _cue_right_before(ctx, source, pronoun_start):
                return source.entity  # "Israel said on Tuesday its forces had killed"
            after_and_that = _AND_THAT_PRONOUN.search(ctx.text, max(source.cue_end, pronoun_start - 12), pronoun_start)
            if after_and_that and _POSSESSIVE_PRONOUN.match(ctx.text, pronoun_start):
                return source.entity  # "Pakistan said 31 civilians were killed and that its air force had"
            if _SPEAKER_THAT.match(ctx.text, source.cue_end, pronoun_start) and not _named_between(
                ctx, source.cue_end, pronoun_start
            ):
                return source.entity  # "Hezbollah said that after a strike on Monday it fired": no one else named
            cue = ctx.text[source.cue_start : source.cue_end].lower()
            if cue in _TELLING and _ADDRESSEE_THAT.fullmatch(ctx.text, source.cue_end, pronoun_start):
                # "North Korea notified Japan that it plans to launch": the teller, as the country it names
                named = next((e for e in ctx.entities_within(source.start, source.end) if e.entity), None)
                return named.entity if named is not None else source.entity
    sent = ctx.seg.sentences[ctx.sentence_of(pronoun_start)]
    cues = [m for m in attribution_verbs().finditer(ctx.text, max(sent.start, pronoun_start - 60), pronoun_start)]
    if not cues or not _CUE_TO_PRONOUN.match(ctx.text, cues[-1].end(), pronoun_start):
        return None
    cue = cues[-1]
    speakers = [e for e in ctx.in_sentence(ctx.entities, sent) if e.entity and e.end <= cue.start()]
    if speakers and cue.group().lower().endswith("ing") and ctx.text[: cue.start()].rstrip().endswith(","):
        # "The Houthis claimed the attack, saying their forces had targeted the ship": the speaker
        # of the clause before the participle, else the sentence's subject
        index = ctx.sentence_of(pronoun_start)
        before = [s for s in ctx.speakers_of(index) if s.cue_end <= cue.start() and s.entity]
        if before:
            return before[-1].entity
        subject = speakers[0]
        if subject.start - sent.start < 40:
            return subject.entity
        return None
    if speakers and len(ctx.text[speakers[-1].end : cue.start()].split()) <= 2:
        return speakers[-1].entity
    return None


# between a cue and its pronoun: "that", "for the first time that", "on Monday that"
_CUE_TO_PRONOUN = re.compile(r"(?:\s+[\w,]+){0,5}?\s+that\s+$|\s+$", re.IGNORECASE)


# between a formation sent and its strength in apposition: "two additional squadrons[ of mobile gendarmes], "
_APPOSED_STRENGTH = re.compile(r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*,\s*\Z")


def _strength_in_apposition(ctx: DocContext, drafts: list[Draft], quantities: list[QuantityMention]) -> list[Draft]:
    """ "sent two additional squadrons of mobile gendarmes, roughly 220 officers, to the island", "moved
    an additional battalion, roughly 600 troops, into the forest": the people counted beside the
    formations are the deployment's count (grammar.yaml ``formation_counts``), not the formations,
    and no second deployment of their own."""
    formations = grammar().formation_counts
    apposed: list[tuple[QuantityMention, Draft]] = []
    for draft in drafts:
        obj = draft.obj
        if draft.type != "DEPLOY" or obj is None or obj.start < draft.trigger.end:
            continue
        head_end, head = obj.end, obj.text
        counted = draft.quantity
        if counted is not None and counted.unit_start is not None and counted.end <= obj.start:
            # "bring in two reserve companies, roughly 300 troops": the formations are no item, the
            # troops apposed to them are the object, and the formations' count was taken
            head_end, head = counted.end, ctx.text[counted.unit_start : counted.end]
        if head.lower().split()[-1].rstrip("s") + "s" not in formations:
            continue  # "squadrons", "battalion" (the plural is listed)
        for q in quantities:
            if q.start < head_end or q.unit_start is None:
                continue
            if not _APPOSED_STRENGTH.fullmatch(ctx.text[head_end : q.start]):
                continue
            people = ctx.items_within(q.start, q.end)
            if any(it.cls == "personnel" and it.start <= q.unit_start < it.end for it in people):
                draft.quantity = q
                apposed.append((q, draft))
            break

    def counted_apart(d: Draft) -> bool:  # the apposed people, drafted as a deployment of their own
        return any(q.start <= d.obj.start < q.end for q, owner in apposed if owner is not d)

    return [d for d in drafts if d.type != "DEPLOY" or d.obj is None or not counted_apart(d)]


# goods counted before "in the raid", "during an ambush" in its clause ("recovered 14 guns and 300 rounds of
# ammunition in the raid"): the count of the verb before, in that event
_COUNT_IN_EVENT = re.compile(
    r"[^.;:,]{0,60}?\s+(?:in|during)\s+(?:the|a|an|its|their|that|this)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE
)


def _attach_quantities(ctx: DocContext, drafts: list[Draft], quantities: list[QuantityMention]) -> None:
    pairs = []
    for q in quantities:
        if _part_of_subject(ctx, q):
            continue  # "At least 18 people, eight of them children, ...": a part, no claim's count
        if _set_of_a_part(ctx, q):
            continue  # "two of the five guards died": the five are the set the two were part of
        if q.unit_start is not None and ctx.is_speaker(q.unit_start, q.end) and _CUE_NEXT.match(ctx.text, q.end):
            continue  # "..., two security sources said": the speakers counted, not the event
        if _after_source_opener(ctx, q):
            continue  # "..., Reuters reported, citing two sources": the speakers counted
        # "captured the village and shot down eight ATACMS missiles": the interception's count only
        shot_down = _INTERCEPTED_BEFORE.search(ctx.text, max(0, q.start - 30), q.start)
        for draft in drafts:
            if shot_down and not draft.intercepted and draft.trigger.end != shot_down.end():
                continue  # "shot down two helicopters": the downing's own count
            if not count_fits(draft, q) and not model_vouches(ctx, draft, q):
                continue
            if draft.type == "CASUALTY" and _counts_projectiles(ctx, draft, q):
                continue  # "was hit by three bullets": the bullets counted, not the wounded
            if draft.type not in ("DEPLOY", "TRANSFER") and q.start > draft.trigger.end and _AND_NEXT_CLAUSE.fullmatch(
                ctx.text, draft.trigger.end, q.start
            ):
                continue  # "houses were set alight, and three more people lost their lives": the next clause's
            if draft.type == "DEPLOY" and draft.passive and draft.obj is not None and (
                q.end <= draft.trigger.start < draft.obj.start
            ):
                continue  # "eight deminers, escorted by an army section of about 20 soldiers": the escort's count
            before_noun = draft.noun and draft.type == "CASUALTY" and q.end <= draft.trigger.start
            if before_noun and _count_of_others(ctx, q, draft):
                continue  # "the two armies gave different tolls": a count of armies, not of the dead
            if draft.type == "ATTACK" and q.start > draft.trigger.end and _PART_OPENER.search(
                ctx.text, draft.trigger.end, q.start
            ):
                continue  # "strikes killed at least 45 people, including 12 waiting for aid": the toll's part
            if draft.type not in ("CASUALTY", "DEPLOY") and _OTHERS_AFTER.match(ctx.text, q.end):
                continue  # "four fatalities, while five others, including teachers, sustained injuries": people
            if (
                draft.type != "CASUALTY"
                and _OF_WHOM.match(ctx.text, q.end)
                and token_before(ctx, q.start) == ","
                and not (draft.type == "DEPLOY" and q.end <= draft.trigger.start)  # "3,000 of whom have moved"
            ):
                continue  # "Four were injured by the attack, three of whom were in critical condition"
            if draft.type == "EXERCISE" and any(
                d is not draft and d.type in ("DEPLOY", "TRANSFER") and draft.trigger.end <= d.trigger.start < q.start
                for d in drafts
            ):
                continue  # "staged drills ..., sending 153 aircraft and 14 warships": what was sent, counted
            if (
                draft.type == "ATTACK"
                and draft.noun
                and counts_goods(q)
                and _COUNT_IN_EVENT.fullmatch(ctx.text, q.end, draft.trigger.start)
            ):
                continue  # "seized 14 guns in the raid": what the verb before counts, not the raid
            if draft.type == "ATTACK" and q.end <= draft.trigger.start and counts_platforms(q) and not draft.passive:
                continue  # "four Typhoon jets took part": the attackers' aircraft; "attacked 100 vessels" counts
            distance = _distance(ctx, draft.trigger, q.start, q.end)
            subject_count = (
                draft.obj is not None
                and q.unit_start is not None
                and draft.obj.end <= draft.trigger.start
                and (
                    q.unit_start <= draft.obj.start < q.end
                    or _COUNTED_OF.fullmatch(ctx.text, q.end, draft.obj.start) is not None
                )
            )  # "up to 30 civilians, including 16 members of one family, lost their lives": past the aside
            # "the number of American troops wounded in [a long phrase] has risen to more than 40"
            subject_count = subject_count or bool(
                draft.type == "CASUALTY"
                and q.start > draft.trigger.end
                and _NUMBER_OF_BEFORE.search(ctx.text, max(0, draft.trigger.start - 50), draft.trigger.start)
                and _RISEN_TO.search(ctx.text, max(0, q.start - 25), q.start)
            )
            if subject_count:
                distance = min(distance, 2)
            elif distance > 14 or _blocked(ctx, draft.trigger, q.start, q.end):
                continue
            if q.end <= draft.trigger.start and CLAUSE_AND.search(ctx.text, q.end, draft.trigger.start):
                continue  # "some 250 missiles, and has received": the clause before's
            if (
                q.end <= draft.trigger.start
                and "," in ctx.text[q.end : draft.trigger.start]
                and _IN_RELATIVE.search(ctx.text, max(0, q.start - 80), q.start)
            ):
                continue  # "the mission, which has about four warships there, said it was sending a frigate"
            distance += _syntax_bias(ctx, draft, q)
            pairs.append((distance, q.start, draft.trigger.start, q, draft))
    _assign_nearest(pairs, "quantity")


# ", and " right before a count after the trigger, with no comma before it (not the end of a list, "engaged
# eight partner nations, twelve observer countries, and over 6,000 personnel"): the count opens a clause of its own
_AND_NEXT_CLAUSE = re.compile(r"[^,]*,\s+and\s+")


def _lost_beside_wounded(drafts: list[Draft]) -> None:
    """ "We lost nine soldiers, and 17 were wounded": men lost beside a count of wounded in the same
    sentence are the dead (alone, "the enemy lost 1,200 soldiers" counts killed and wounded together)."""
    wounded = any(d.type == "CASUALTY" and d.item == "wounded" for d in drafts)
    killed = any(d.type == "CASUALTY" and d.item == "killed" for d in drafts)
    if not wounded or killed:
        return
    for d in drafts:
        if d.type == "CASUALTY" and d.trigger.lower in _LOSE_FORMS and d.item == "killed_or_wounded":
            d.item = "killed"


def _after_source_opener(ctx: DocContext, q: QuantityMention) -> bool:
    """A count right after a word that opens a source ("citing two sources", "according to three
    diplomats", cues.yaml ``attribution_prefixes``): it counts the speakers."""
    openers = list(attribution_prefixes().finditer(ctx.text, max(0, q.start - 25), q.start))
    return bool(openers) and not ctx.text[openers[-1].end() : q.start].strip()


@cache
def _kin_of_the_dead() -> re.Pattern[str]:
    """ "families of the", "relatives of the" right before a casualty noun (grammar ``kin_of_the_dead``)."""
    heads = "|".join(map(re.escape, sorted(load("grammar")["kin_of_the_dead"], key=len, reverse=True)))
    return re.compile(rf"\b(?:{heads})\s+of\s+the\s+\Z", re.IGNORECASE)


def _counts_projectiles(ctx: DocContext, draft: Draft, q: QuantityMention) -> bool:
    """A count inside "by three bullets" right after "hit" or "struck" (triggers.yaml ``projectile_hits``)."""
    lex = trigger_lexicon()
    if q.start < draft.trigger.end or draft.trigger.lower not in lex.projectile_verbs:
        return False
    hit = lex.projectile_after.match(ctx.text, draft.trigger.end)
    return hit is not None and q.end <= hit.end()


# a count inside a relative clause in commas ("..., which has about four warships in the area,")
_IN_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;.]*\Z", re.IGNORECASE)


def _count_of_others(ctx: DocContext, q: QuantityMention, draft: Draft) -> bool:
    """A count well before a casualty noun that only a verb other than "suffer" joins to it ("the two
    armies gave sharply different tolls"), not "three crew members suffered minor injuries" or "seven
    civilians were among the dead"."""
    # past the count's own noun phrase: "at least 30 North Korean troops killed and wounded"
    between = [t.lower for t in ctx.tokens[ctx.tok_at(q.end) : draft.trigger.tok_start]]
    if len(between) <= 2 or token_before(ctx, q.start) in ("left", "leaving", "leaves", "leave"):
        return False  # "left at least 11 militiamen and an unknown number of soldiers dead"
    g = grammar()
    return not any(w in g.suffer_verbs or w in g.aux or w in g.be or w == "among" for w in between)


_OF_WHOM = re.compile(r"\s+of\s+(?:whom|them)\b")
# "A 15-year-old boy was among the dead": someone counted with the dead, a toll's part with no count needed
_AMONG_THE = re.compile(
    r"\b(?:was|were)\s+(?:also\s+|reportedly\s+|said\s+to\s+be\s+)?among\s+(?:the|those)\s+\Z", re.IGNORECASE
)
_COUNTED_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}")  # "37 members of the regime forces"
_OTHERS_AFTER = re.compile(r"\s+others\b")
# "three of them died", "two of whom were later killed": the part up to its own verb
_OF_WHOM_VERB = re.compile(
    r"\s+of\s+(?:whom|them)\s+(?:(?:was|were|had|have|has|been|later|also|since|subsequently)\s+){0,3}"
)
_INTERCEPTED_BEFORE = re.compile(r"\b(?:shot|shoot|shoots|shooting)\s+down(?=\s+\Z)|\b(?:intercepted|downed)(?=\s+\Z)")
_PART_ASIDE = re.compile(
    r"\s*(?:,|[-—–])\s*(?:[\w\s-]{0,30}\bof\s+(?:them|whom)\b|including\b|among\s+them\b)[^.;]{0,40}\Z"
)
_PART_OF_SUBJECT = re.compile(r"\s+of\s+(?:them|whom)\s+((?:[a-z]+\s+)?[a-z]+)\s*(?:,|[-—–]\s)")


_PART_BEFORE_SET = re.compile(r"\b([\w,]+)\s+of\s+(?:the|its|their|our|his|her|these|those)\s+\Z", re.IGNORECASE)


def _set_of_a_part(ctx: DocContext, q: QuantityMention) -> bool:
    """A count after "one of the", "two of the", "10 of the": the whole set a part is taken from ("one of the
    four fishermen was struck"), never the count of what happened to the part."""
    found = _PART_BEFORE_SET.search(ctx.text, max(0, q.start - 30), q.start)
    if found is None:
        return False
    return is_count_word(found.group(1).lower().rstrip(","))


def _part_of_subject(ctx: DocContext, q: QuantityMention) -> bool:
    """A count set off as a part of the people before it ("18 people, eight of them children,"),
    not one with its own predicate ("212 occupiers, 131 of them killed")."""
    found = _PART_OF_SUBJECT.match(ctx.text, q.end)
    if found is None:
        return False
    readings = trigger_lexicon().readings
    return not any(readings.get(word) for word in found.group(1).split())


_ATTEMPT_FAILED = re.compile(r"\b(?:failed|ended\s+in\s+(?:a\s+)?failure|was\s+unsuccessful|exploded|crashed)\b")
_INJURY_DETAIL = re.compile(r"\s+(?:with|for|from)\s+(?:[\w-]+\s+){0,2}")
_HELD_THEN_HARMED = re.compile(
    r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|executed|shot)\b",
    re.IGNORECASE,
)
_VERBS_JOINED = re.compile(r"\s+(?:(?:in|out|up|over)\s+)?(?:or|and|and/or)\s+(?:(?:also|then)\s+)?")
_BARE_CLOCK = re.compile(
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?|noon|midday|midnight)(?:\s+(?:local\s+time|GMT|UTC|KST))?", re.I
)
# "preparations for a (ground) offensive", "the preparation for an Israeli attack": an assault readied
_PREPARED_STRIKE = re.compile(
    r"\s+(?:for|of)\s+(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,2}?(?:attack|attacks|offensive|strike|strikes|assault|"
    r"invasion|operation|counteroffensive)\b",
    re.IGNORECASE,
)


def _prepares_strike(ctx: DocContext, trig: Trigger) -> bool:
    """ "the preparation for an Israeli attack on Iran": the noun readies an attack, no weapon."""
    return _PREPARED_STRIKE.match(ctx.text, trig.end) is not None
_HOW_MANY = re.compile(
    r"\bhow\s+(?:many|much)\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+)?\Z", re.IGNORECASE
)
_FOREGONE = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)
_NO_ONE_AFTER = re.compile(r"\s+(?:no\s+(?:one|[a-z]+s)\b|nobody\b|none\s+of\b|not\s+a\s+single\b)", re.IGNORECASE)
_HARM_AVERTED = re.compile(
    r"\b(?:mitigate|mitigating|minimi[sz]e|minimi[sz]ing|reduce|reducing|avoid|avoiding|prevent|preventing|limit|"
    r"limiting|risk\s+of|protect\s+\w+\s+from|replace|replaces|replacing|make\s+up\s+for|compensate\s+for)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?\Z",  # "more troops to replace losses": no toll told
    re.IGNORECASE,
)
_BRINGING_TOLL_TO = re.compile(
    r"\b(?:bring|brings|bringing|brought|raising|raises|raised|pushing|pushes)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:toll|tolls|number|total|tally)\b[^.;]{0,60}?\bto\s+(?:about\s+|around\s+|more\s+than\s+|at\s+least\s+)?\Z",
    re.IGNORECASE,
)
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE)
_RISEN_TO = re.compile(r"\b(?:risen|rose|rise|rises|climbed|climbs|jumped|increased|grown|grew)\s+to\s+\Z", re.I)
_PART_WORD = re.compile(r"including|among|of\s+whom", re.IGNORECASE)  # a cheap test before `_INCLUDED`
_INCLUDED = re.compile(
    r",\s*(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?:[\w-]+\s+)?(?:[\w-]+,?\s+){0,5}?(?:and\s+)?(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


def _syntax_bias(ctx: DocContext, draft: Draft, q: QuantityMention) -> int:
    """Word distance misleads around coordination: in "several were detained and two were killed"
    the "two" is the subject of the passive after it; in "killed a leader and one insurgent while
    detaining several others" the "one" belongs to the verb before it, since the active verb after
    it has an object of its own; a count after a passive is rarely its own."""
    part = None if draft.noun else _OF_WHOM_VERB.match(ctx.text, q.end)
    if part is not None:
        # "18 people sustained injuries and three of them died": the part is the next verb's subject
        return -4 if draft.trigger.start == part.end() else 6
    if (
        q.end <= draft.trigger.start
        and "," in ctx.text[q.end : draft.trigger.start]
        and _PART_WORD.search(ctx.text, max(0, q.start - 70), q.start)
        and _INCLUDED.search(ctx.text, max(0, q.start - 70), q.start)
    ):
        return 8  # "At least 12 people, including two children, were killed": the part is not the toll
    if draft.type != "CASUALTY" and q.start > draft.trigger.end and _RISEN_TO.search(
        ctx.text, max(0, q.start - 25), q.start
    ):
        return 8  # "the number of people injured in the strike has risen to nine": the toll's, not the strike's
    if q.start > draft.trigger.end and (toll := _BRINGING_TOLL_TO.search(ctx.text, max(0, q.start - 120), q.start)):
        # "bringing the army's death toll in the ground offensive to 326", "brings the total number of
        # people killed in the strikes to 64": the toll's count
        inside = toll.start() < draft.trigger.start
        return -4 if draft.type == "CASUALTY" and (draft.noun or inside) else 8
    if draft.noun:
        return 0
    if q.end > draft.trigger.start:
        # a passive's patient stands before it: in "were killed, two men were taken into custody"
        # the "two" after it opens the next clause
        return 3 if draft.passive else 0
    between = ctx.tokens[ctx.tok_at(q.end) : draft.trigger.tok_start] if q.end < draft.trigger.start else []
    words = [t.lower for t in between if t.lower != ","]
    if draft.passive:
        g = grammar()
        return -2 if words and len(words) <= 2 and all(w in g.be or w in g.aux for w in words) else 0
    return 6 if _has_own_object(ctx, draft) else 0


def _has_own_object(ctx: DocContext, draft: Draft) -> bool:
    """An active verb followed by its object: an item, a count or a determiner ("detaining several others")."""
    if draft.obj is not None and draft.obj.start >= draft.trigger.end:
        # not "four others injured in a Houthi missile strike": a thing after a preposition is no object
        return ctx.tokens[draft.trigger.tok_end].lower not in grammar().preps if draft.trigger.tok_end < len(
            ctx.tokens
        ) else True
    i = draft.trigger.tok_end
    if i >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[i]
    return ctx.quantity_starts_at(nxt.start) or nxt.lower in grammar().dets | grammar().quantifiers


def _assign_nearest(pairs: list, attr: str) -> None:
    """Give each draft its nearest mention, each mention to one draft, nearest pairs first."""
    used: set[int] = set()
    for _, start, _, mention, draft in sorted(pairs, key=lambda p: (p[0], p[1], p[2])):
        if start in used or getattr(draft, attr) is not None:
            continue
        setattr(draft, attr, mention)
        used.add(start)


def _distance(ctx: DocContext, trig: Trigger, start: int, end: int) -> int:
    """Tokens between a count and the trigger; a parenthesis between counts as one token."""
    if end <= trig.start:
        gap = trig.tok_start - ctx.tok_before(end) - 1
        inside = _PARENTHESIS.search(ctx.text, end, trig.start)
        if inside is not None:
            gap -= len(ctx.tokens_between(inside.start(), inside.end())) - 1
        return gap
    return ctx.tok_at(start) - trig.tok_end


_PARENTHESIS = re.compile(r"\([^()]*\)")


def _blocked(ctx: DocContext, trig: Trigger, start: int, end: int) -> bool:
    """A semicolon, or a closed parenthesis, stands between the count and the trigger: "four
    vessels (two destroyers and one frigate) sailing" counts four, not one."""
    lo, hi = (end, trig.start) if end <= trig.start else (trig.end, start)
    between = ctx.text[lo:hi]
    if start > trig.end and _WHERE_CLAUSE.search(between):
        return True  # "struck a base in Yeysk, where 400 drones were stored": the clause's own count
    if start > trig.end and _AND_ANOTHER_VERB.search(between):
        return True  # "set fire to dozens of homes and freed more than 500 inmates": the next verb's count
    if start > trig.end and _AND_NEW_SUBJECT.search(between):
        return True  # "have been deployed to the area and a manhunt is under way for at least three": its own count
    if start > trig.end and _SUBORDINATE_BETWEEN.search(between):
        return True  # "scrambled fighter jets after two Chinese drones flew by": the clause's own count
    if end <= trig.start and _CLAUSE_OPENS_BETWEEN.search(between):
        return True  # "spotted 12 navy ships around the island, as Beijing pressed on with drills"
    if end <= trig.start and _AS_PART_OF.search(between):
        return True  # "sent eight warships toward Taiwan as part of what Beijing called patrols": the ships' count
    if end <= trig.start and _SPEECH_OPENS_BETWEEN.search(between):
        return True  # "shipped about 200 guns, the NIS said, adding that the North may send troops": what is said next
    return ";" in between or (end <= trig.start and ")" in between and "(" not in between)


_PART_OPENER = re.compile(r",\s*(?:including|among\s+them|among\s+whom)\s+\S*\s*\Z", re.IGNORECASE)
_CUE_NEXT = re.compile(r"\s+(?:said|say|says|told|reported|added)\b")
# "and freed more than 500", "and approved a curfew in three wards": the next verb's own count
_AND_ANOTHER_VERB = re.compile(
    r"\band\s+(?:also\s+|then\s+)?[a-z]{3,}ed\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?)?\Z"
)
# "and a manhunt is under way for", "and the search was": a clause with a subject of its own, then its count
_AND_NEW_SUBJECT = re.compile(
    r"\band\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were)\s+(?:[\w-]+\s+){0,4}\Z"
)
_AS_PART_OF = re.compile(r"\bas\s+(?:a\s+)?part\s+of\b", re.IGNORECASE)
_WHERE_CLAUSE = re.compile(r",\s*where\b", re.IGNORECASE)
_CLAUSE_OPENS_BETWEEN = re.compile(r",\s+(?:as|while|after|when|because|although|whereas)\s+(?:the\s+)?[A-Z]")
# a reporting verb that opens what is said next: a count before it is not counted by a verb after it
_SPEECH_OPENS_BETWEEN = re.compile(
    r"\b(?:adding|saying|noting|warning)\b|\b(?:said|says|added|told\s+(?:[\w-]+\s+){1,2}?)\s*that\b"
    r"|,\s+and\s+(?:also\s+)?(?:said|says|added|warned|noted)\b",  # "..., up from about 600, and said the North"
    re.IGNORECASE,
)
_SUBORDINATE_BETWEEN = re.compile(r"\b(?:after|before|when|while|because|until|whereas|although)\s+\Z")


_SUPERLATIVE_ASIDE = re.compile(
    r"(?:,\s*|\b(?:called|calling|in|as|marking)\s+)(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+est|most\s+[\w-]+)"
    r"\s+(?:[\w-]+\s+){0,4}?\Z"
)  # ", the highest monthly pace this year", "what the ministry called its largest show of force this year"


def _goods_origin(ctx: DocContext, drafts: list[Draft], entities: list[EntityMention]) -> None:
    """ "The ports were used to bring in Iranian weapons": with no giver named, the side whose
    demonym stands on the goods supplied them."""
    for draft in drafts:
        if draft.type != "TRANSFER" or draft.actor_id or draft.obj is None:
            continue
        origin = next((e for e in entities if e.kind == "demonym" and e.entity and e.end + 1 == draft.obj.start), None)
        hit = draft.recipient.entity[:3] if draft.recipient is not None and draft.recipient.entity else None
        if origin is not None and origin.entity[:3] != hit:
            draft.actor, draft.actor_id = origin, origin.entity


def _between_parties(ctx: DocContext, drafts: list[Draft], entities: list[EntityMention]) -> None:
    """ "cooperation between the DPRK and Russia, including munitions and ballistic missile
    transfers": a transfer told inside the dealings of two sides goes from the first to the second."""
    for draft in drafts:
        if draft.type != "TRANSFER" or not draft.actor_id:
            continue
        sent = ctx.seg.sentences[draft.sentence]
        named = [e for e in entities if e.entity and sent.start <= e.start and e.end <= draft.trigger.start]
        for first, second in zip(named, named[1:], strict=False):
            if not _BETWEEN_BEFORE.search(ctx.text, max(sent.start, first.start - 20), first.start):
                continue
            if not _AND_THE.fullmatch(ctx.text, first.end, second.start):
                continue
            giver, taker = first.entity.split(".")[0], second.entity.split(".")[0]
            told = draft.recipient.entity if draft.recipient is not None else None
            hit = told.split(".")[0] if told else None
            if draft.actor_id.split(".")[0] == giver and hit not in (giver, taker):
                draft.recipient = second
            break


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?\Z", re.IGNORECASE)
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


def _war_backed(ctx: DocContext, drafts: list[Draft], entities: list[EntityMention]) -> None:
    """ "North Korean support for Russia's illegal war, including the transfer of missiles", "has
    supported Russia's war with shells": what is given for a side's war goes to that side."""
    for draft in drafts:
        if draft.type != "TRANSFER" or draft.recipient is not None:
            continue
        sent = ctx.seg.sentences[draft.sentence]
        own_war, backing = _war_backing()
        for ent in entities:
            if not ent.entity or not sent.start <= ent.start < sent.end or ent.entity[:3] == (draft.actor_id or "")[:3]:
                continue
            backed = backing.search(ctx.text, max(sent.start, ent.start - 40), ent.start)
            if own_war.match(ctx.text, ent.end) and backed:
                draft.recipient = ent
                break


@cache
def _war_backing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``_war_backed`` from grammar.yaml (``waged_wars``, ``backing_words``)."""
    g = grammar()
    own_war = re.compile(rf"['’]s\s+(?:[\w-]+,?\s+){{0,3}}?(?:{trie_pattern(g.waged_wars)})\b")
    backing = re.compile(rf"\b(?:{trie_pattern(g.backing_words)})\s+(?:for\s+|to\s+)?\Z", re.IGNORECASE)
    return own_war, backing


def _readied_launch(ctx: DocContext, draft: Draft, sent: Segment) -> Draft | None:
    """ "North Korea appears to be preparing to launch another reconnaissance satellite": the launch
    may come (LAUNCH, possible), but the preparing is under way: a DEVELOP claim of its own, as
    certain as the hedges before it say ("appears": hedged)."""
    trig = draft.trigger
    if draft.type != "LAUNCH" or draft.noun or draft.obj is None or draft.obj.cls not in ("satellite", "missile"):
        return None
    if "rocket" in draft.obj.name or (draft.actor_id or "").endswith(".REB"):
        return None  # "a Hamas cell preparing to launch a rocket": a strike about to come, no programme
    preparing = _PREPARING_TO.search(ctx.text, max(sent.start, trig.start - 30), trig.start)
    if preparing is None:
        return None
    ready = replace(draft, type="DEVELOP")
    hedged = modality.hedged_between(ctx.text, max(sent.start, preparing.start() - 40), preparing.start())
    ready.modality = "hedged" if hedged else "asserted"
    return ready


_PREPARING_TO = re.compile(r"\b(?:preparing|prepares|prepared)\s+to\s+\Z", re.IGNORECASE)


def _pronoun_sufferer(ctx: DocContext, drafts: list[Draft]) -> None:
    """ "North Korean forces are conducting assaults ... they have suffered more than 1,000 killed
    or wounded": the pronoun that suffers the toll is the side last told acting, whose losses they
    are, not the side it attacked."""
    for draft in drafts:
        if draft.type != "CASUALTY" or draft.recipient is not None:
            continue
        anchor = draft.quantity.start if draft.quantity is not None else draft.trigger.start
        sent = ctx.seg.sentences[draft.sentence]
        found = _PRONOUN_SUFFERS.search(ctx.text, max(sent.start, anchor - 60), anchor)
        if found is None:
            continue
        side = _sentence_subject(ctx, found.start())
        for back in range(draft.sentence - 1, max(-1, draft.sentence - 4), -1):
            if side is not None or ctx.seg.sentence_paragraph[back] != draft.paragraph:
                break  # the subject "they" names again, within the paragraph: "North Korean forces are ..."
            side = _sentence_subject(ctx, ctx.seg.sentences[back].end - 1)
        if side is None:
            continue
        pronoun = found.group(1)
        draft.recipient = EntityMention(found.start(1), found.start(1) + len(pronoun), pronoun, side, "side")
        if draft.actor_id and draft.actor_id.split(".")[0] == side.split(".")[0]:
            draft.actor, draft.actor_id = None, None


_PRONOUN_SUFFERS = re.compile(
    r"\b(they|it)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|also\s+)?(?:suffered|sustained|lost|taken|took)\s+"
    r"(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


_JOINT = re.compile(
    r"(?:^|[.;]\s+|\n)\s*(?:The|Both|the|both)\s+(?:two\s+)?(?:(?P<people>leaders|presidents|ministers|delegations)|"
    r"sides|countries|governments|allies)\s+(?:(?:also|jointly|strongly|again|further)\s+)?\Z"
)


def _joint_subject(ctx: DocContext, draft: Draft) -> str | None:
    """ "President Biden met Prime Minister Kishida ... The two leaders condemned these acts": two
    parties named before, the first of whom speaks for both (as "Seoul and Washington said")."""
    sent = ctx.seg.sentences[draft.sentence]
    found = _JOINT.search(ctx.text, max(0, sent.start - 2), draft.trigger.start)
    if found is None:
        return None
    lo = ctx.seg.sentences[max(0, draft.sentence - 2)].start
    people = found.group("people") is not None
    kinds = ("person",) if people else ("person", "country", "org")
    named = [e for e in ctx.entities_within(lo, sent.start) if e.entity and e.kind in kinds]
    if not people and len({e.entity.split(".")[0] for e in named}) < 2:
        return None  # "the two sides" need two sides named
    if named:
        return named[0].entity
    # "The Minister of National Defence hosted his German counterpart ... Both ministers condemned":
    # the host of the release, else the filing country
    return release_host(ctx) or dateline_country(ctx) if people else None


def _names_host_organ(words: str, host: str) -> bool:
    """The speaker's words name the organ a release comes from, or its head: "the Ministry", "the
    Minister of National Defence" in a defence ministry's release."""
    return "." in host and _HOST_ORGAN.search(words) is not None


_HOST_ORGAN = re.compile(r"\bminist(?:er|ry)\b|\bnational\s+defen[cs]e\b", re.IGNORECASE)


_PROMISED_BEFORE = re.compile(
    r"\b(?:approv|pledg|authori[sz])(?:e|es|ed|ing)\s+(?:the\s+|a\s+|an\s+)?(?:possible\s+)?(?:[\w$.,-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_AND_ARTICLE = re.compile(r"\s+and\s+(?:an?|the|two|three|\d+)\s+\Z", re.IGNORECASE)


def _bare_home_body(ctx: DocContext, draft: Draft) -> str | None:
    """ "SEOUL - ... The military condemned the launch", "The army dismantled two of its own
    checkpoints": a body of grammar.yaml ``national_bodies`` named bare as the subject that opens the
    sentence is the country's the report is filed from (or, with no dateline, the one it is about), in
    the body's sector, not the last speaker's, who may be a foreign ministry quoted before. A statement
    may stand anywhere after it; any other act must follow it with only auxiliaries between."""
    sent = ctx.seg.sentences[draft.sentence]
    opening = ctx.dateline_end if sent.start < ctx.dateline_end <= draft.trigger.start else sent.start
    found = _bare_body().match(ctx.text, opening)
    if found is None or found.end() > draft.trigger.start:
        return None
    if draft.type != "STATEMENT":
        between = ctx.text[found.end() : draft.trigger.start].split()
        aux = grammar().aux
        if len(between) > 3 or any(w.lower() not in aux and not w.endswith("ly") for w in between):
            return None
    return _home_body(ctx, found.group(1))


_STATE_SECTORS = frozenset({"MIL", "GOV"})


def _home_body(ctx: DocContext, body: str, sectors: frozenset[str] | None = _STATE_SECTORS) -> str | None:
    """A body named bare ("the military", "the police"; with ``sectors`` None any body, "the taxi
    association") as the home country's organ, in the sector its words give, or None."""
    home = home_country(ctx)
    sector = speaker_sector(body)
    return f"{home}.{sector}" if home and sector and (sectors is None or sector in sectors) else None


def _home_body_receiving(ctx: DocContext, draft: Draft) -> EntityMention | None:
    """ "SANTIAGO - The ministry transferred 40 pick-up trucks to the Army": a body of grammar.yaml
    ``national_bodies`` named bare after "to" right after what is given receives it, and it is the
    country's the report is filed from (or, with no dateline, the one it is about)."""
    if draft.obj is None:
        return None
    found = _to_bare_body().match(ctx.text, max(draft.obj.end, draft.trigger.end))
    if found is None:
        return None
    body = _home_body(ctx, found.group(1))
    return EntityMention(found.start(1), found.end(1), found.group(1), body, "side") if body else None


@cache
def _national_bodies() -> str:
    """grammar.yaml ``national_bodies`` as one alternation, for the patterns that find them bare."""
    return spaced_alternation(load("grammar")["national_bodies"])


@cache
def _to_bare_body() -> re.Pattern[str]:
    return re.compile(r"\s+to\s+the\s+(" + _national_bodies() + r")\b", re.I)


@cache
def _bare_body() -> re.Pattern[str]:
    names = _national_bodies()
    # "The army's 3rd Infantry Division has sent": the body's own unit, named after it
    return re.compile(r"\s*The\s+(" + names + r")(?:['’]s(?:\s+(?-i:[A-Z0-9])[\w-]*){1,4})?\s+", re.I)


def _nearer_time(ctx: DocContext, time: TimeMention, draft: Draft) -> bool:
    """``time`` stands nearer the draft's trigger than the time it holds (or it holds none)."""
    if draft.time is None:
        return True
    trig = draft.trigger
    return _distance(ctx, trig, time.start, time.end) < _distance(ctx, trig, draft.time.start, draft.time.end)


def _join_days(ctx: DocContext, drafts: list[Draft], times: list[TimeMention]) -> None:
    """ "sent about 260 balloons on Tuesday and Wednesday": two days joined by "and" are one span
    from the first to the second (the time stage keeps them apart, as TimeML does)."""
    for draft in drafts:
        t = draft.time
        if t is None or t.kind != "date" or not t.value or len(t.value) != 10 or t.date_end is None:
            continue
        joint = _DAYS_JOINED.match(ctx.text, t.end)
        if joint is None:
            continue
        nxt = next((m for m in times if m.start == joint.end()), None)
        if nxt is None or nxt.kind != "date" or not nxt.value or len(nxt.value) != 10 or not nxt.date_end:
            continue
        if t.date_start is not None and t.date_start < nxt.date_start:
            draft.time = TimeMention(
                t.start, nxt.end, ctx.text[t.start : nxt.end], "date", None, t.date_start, nxt.date_end
            )


_DAYS_JOINED = re.compile(r"\s+(?:and|or)\s+(?:on\s+)?")


def _attach_times(
    ctx: DocContext, drafts: list[Draft], times: list[TimeMention], sent: Segment, triggers: list[Trigger]
) -> None:
    g = grammar()
    pairs = []
    # "at around 10 a.m.": a clock time alone names no day (the story's day is borrowed)
    times = [t for t in times if not (t.kind == "time" and _BARE_CLOCK.fullmatch(t.text))]
    staged = {id(d) for d in drafts if _rehearsed(ctx, d, sent)}  # (dropped later: the drill's time is the drill's)
    for t in times:
        if t.date_start is None or t.start < ctx.dateline_end:
            continue
        if token_before(ctx, t.start) in g.time_blockers or ctx.text[
            max(0, t.start - 14) : t.start
        ].lower().strip().endswith(("compared with", "compared to")):
            continue
        possessive = _possessive_time(ctx, t)
        if _SUPERLATIVE_ASIDE.search(ctx.text, max(sent.start, t.start - 80), t.start):
            continue  # "..., the highest monthly pace this year": the span of a comparison, not the event's
        if _HABITUAL.search(ctx.text, max(sent.start, t.start - 60), t.start):
            continue  # "a leader responsible for an attack Jan. 7": the day of a role's deed dates nothing told
        for draft in drafts:
            if id(draft) in staged or _attribution_between(ctx, draft.trigger, t):
                continue
            if possessive and not 0 <= draft.trigger.tok_start - ctx.tok_at(t.end) <= 5 and not _toll_of(ctx, draft, t):
                continue  # "responsible for Tuesday's attack ... detained today": the day of that attack only
            if _attributive_time(ctx, t) and not 0 <= draft.trigger.tok_start - ctx.tok_at(t.end) <= 3:
                continue  # "after suspending a 2018 military agreement": the agreement's year, not the event's
            if t.end <= draft.trigger.start and _in_relative_clause(ctx.text, sent.start, t, draft.trigger.start):
                continue  # "South Korea, which sent a satellite up last year, plans to launch ... in 2027"
            gap = _distance(ctx, draft.trigger, t.start, t.end)
            if _dates_event_noun_between(ctx, draft.trigger, t, triggers):
                gap += _FAR  # "detained a man linked to the murder of a farmer in March ... yesterday"
            if t.end <= draft.trigger.start and _closes_clause_before(ctx, t, draft, drafts):
                gap += _FAR  # "delivered a system last week and will send two more": last week's is the delivery
            pairs.append((gap, t.start, draft.trigger.start, t, draft))
    _assign_nearest(pairs, "time")
    _share_final_time(ctx, drafts, [t for t in times if t.date_start is not None and t.start >= ctx.dateline_end], sent)
    _share_launch_time(ctx, drafts)
    for draft in drafts:
        if draft.time is not None:
            draft.time = _since_when(ctx, draft.time, draft.trigger)
    for t in times:  # "trading strikes since Jan. 11, when the U.S. joined to strike ...": that day
        if t.date_start is not None and _SINCE.match(t.text) and _WHEN_AFTER.match(ctx.text, t.end):
            for draft in drafts:
                if draft.time is None and draft.trigger.start > t.end:
                    draft.time = _since_when(ctx, t, draft.trigger)


_AND_NEXT_VERB = re.compile(r"\s*,?\s+and\s+(?:[a-z]+\s+){0,3}\Z")


def _closes_clause_before(ctx: DocContext, t: TimeMention, draft: Draft, drafts: list[Draft]) -> bool:
    """A time that ends a clause whose verb is another claim's, right before "and" and this claim's
    verb: it dates that clause."""
    if not _AND_NEXT_VERB.match(ctx.text, t.end, draft.trigger.start):
        return False
    return any(d is not draft and not d.noun and d.trigger.end <= t.start for d in drafts)


def _embedded_event(ctx: DocContext, start: int) -> bool:
    """A determined noun phrase starting before ``start`` ("the murder", "the May 11 insider attack")
    that is not the setting of the event before it: "linked to the murder", "behind the attack", but
    not "killed 34 soldiers in an attack"."""
    g = grammar()
    if token_before(ctx, start) not in g.dets:
        return False
    det = ctx.tok_at(start) - 1
    return det <= 0 or ctx.tokens[det - 1].lower not in g.setting_preps


def _embedded_noun_time(ctx: DocContext, t: TimeMention, draft: Draft) -> bool:
    """The time dates an embedded event noun: "the murder ... in March", "the May 11 insider attack"."""
    if t.end <= draft.trigger.start:
        return _embedded_event(ctx, t.start)
    return draft.noun and _embedded_event(ctx, draft.trigger.start)


# a time that dates another event's noun is the last choice for this trigger: any other time wins
_FAR = 1000
_EVENT_NOUN_REACH = 8  # tokens from an event noun to a time that dates it ("the murder of a local man in March")


def _dates_event_noun_between(ctx: DocContext, trig: Trigger, t: TimeMention, triggers: list[Trigger]) -> bool:
    """An event noun ("the murder", "an attack") stands between the trigger and a time after it,
    close to that time: the time dates that noun's event, told inside this one's object."""
    if t.start < trig.end:
        return False
    for other in triggers:
        if other.start < trig.end or other.end > t.start or other is trig:
            continue
        if not _embedded_event(ctx, other.start):
            continue
        if ctx.tok_at(t.start) - other.tok_end <= _EVENT_NOUN_REACH and not _attribution_between(ctx, trig, t):
            return True
    return False


_SINCE = re.compile(r"since\s+", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,\s*when\b")


def _since_when(ctx: DocContext, time: TimeMention, trig: Trigger) -> TimeMention:
    """ "the first launch since July 12, when it flight-tested an ICBM": the clause after "when"
    happened on July 12 itself, not from then to the dateline."""
    since = _SINCE.match(time.text)
    when = _WHEN_AFTER.match(ctx.text, time.end)
    if since is None or when is None or trig.start < when.end():
        return time
    point = find_times(time.text[since.end() :], ctx.published)
    if not point or point[0].date_start is None or point[0].end != len(time.text) - since.end():
        return time
    return TimeMention(
        time.start + since.end(),
        time.end,
        time.text[since.end() :],
        point[0].kind,
        point[0].value,
        point[0].date_start,
        point[0].date_end,
    )


# what may precede a time that opens its sentence and so dates all of it (a list's bullet too: "* MAY 19 - ...";
# a clock time: "At about 01:40 on Sunday, a group ... attacked")
_OPENS_SENTENCE = re.compile(
    r"\s*(?:[*•▪‣–-]\s+)?"
    r"(?:(?:at|shortly\s+after|shortly\s+before|just\s+after|just\s+before|around)\s+(?:about\s+|around\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs|h)?,?\s+)?"
    r"(?:(?:since|on|in|at|during|over|throughout|until|by|early|late|earlier|later)\s+)?",
    re.IGNORECASE,
)


def _attributive_time(ctx: DocContext, t: TimeMention) -> bool:
    """ "a 2018 inter-Korean military agreement", "the 2010 shelling": a time between a determiner
    and the noun it modifies dates that noun only."""
    g = grammar()
    if token_before(ctx, t.start) not in g.dets:
        return False
    det = ctx.tok_at(t.start) - 1
    if det > 0 and ctx.tokens[det - 1].lower in g.setting_preps:
        return False  # "during an overnight operation": the setting's time dates the events in it
    after = ctx.tok_at(t.end)
    return after < len(ctx.tokens) and ctx.tokens[after].lower[:1].isalpha() and ctx.text[
        ctx.tokens[after].start
    ].islower()


def _toll_of(ctx: DocContext, draft: Draft, t: TimeMention) -> bool:
    """A toll noun right before "from" or "of" and a day's act ("The death toll from Sunday's attack has risen
    to 43"): the toll is that act's, and so is its day."""
    return (
        draft.type == "CASUALTY"
        and draft.noun
        and draft.trigger.end <= t.start
        and _TOLL_OF.fullmatch(ctx.text, draft.trigger.end, t.start) is not None
    )


_TOLL_OF = re.compile(r"\s+(?:from|of|in)\s+(?:the\s+)?")


def _possessive_time(ctx: DocContext, t: TimeMention) -> bool:
    """ "Tuesday's attack", "last week's strikes": a time that modifies one event noun."""
    return ctx.text.startswith(("'s", "’s"), t.end) or t.text.endswith(("'s", "’s"))


def _share_launch_time(ctx: DocContext, drafts: list[Draft]) -> None:
    """Part of the weapons a launch before it fired, brought down ("launched 89 drones overnight, the air
    force said, adding that air defences had shot down 58 of the drones"): the same night's."""
    for draft in drafts:
        obj = draft.obj
        if draft.time is not None or draft.type != "LAUNCH" or obj is None:
            continue
        if not _PARTITIVE_BEFORE.search(ctx.text, max(0, obj.start - 16), obj.start):
            continue
        launch = next(
            (
                d
                for d in reversed(drafts)
                if d.type == "LAUNCH" and d.time is not None and d.trigger.end <= obj.start and d.obj is not None
                and d.obj.name == obj.name
            ),
            None,
        )
        if launch is not None:
            draft.time = launch.time


_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\s+\Z", re.IGNORECASE)


def _share_final_time(ctx: DocContext, drafts: list[Draft], times: list[TimeMention], sent: Segment) -> None:
    """A time in a clause dates every event of that clause ("killed one and wounded three ... yesterday")."""
    if not times:
        return
    begins = ctx.dateline_end if sent.start < ctx.dateline_end < sent.end else sent.start  # "KABUL, May 3 -- On ..."
    opening = next((t for t in times if _OPENS_SENTENCE.fullmatch(ctx.text, begins, t.start)), None)
    for draft in drafts:
        if draft.time is not None:
            continue
        if opening is not None and opening.end <= draft.trigger.start:
            if _SAID_RIGHT_AFTER.match(ctx.text, opening.end):
                continue  # "On Monday, Taiwan said that the carrier had sailed": the saying's day
            draft.time = opening  # "Since Oct. 8, cross-border fire has killed more than 540 people"
            continue
        after = [t for t in times if t.start >= draft.trigger.end]
        before = [t for t in times if t.end <= draft.trigger.start]
        for t in after[:1] + before[-1:]:
            if _possessive_time(ctx, t) and not 0 <= draft.trigger.tok_start - ctx.tok_at(t.end) <= 5:
                continue  # "Tuesday's attack": that attack's day only
            if t.start >= draft.trigger.end and _attributive_time(ctx, t):
                continue  # "resumed drills after suspending a 2018 agreement": the agreement's year
            lo, hi = (draft.trigger.end, t.start) if t.start >= draft.trigger.end else (t.end, draft.trigger.start)
            if modality.clause_start(ctx.text, lo, hi) != lo or ";" in ctx.text[lo:hi]:
                continue
            if t.start >= draft.trigger.end and _AND_MODAL.search(ctx.text, lo, hi):
                continue  # "had delivered a fourth system and would send two more by the end of the year"
            if t.start >= draft.trigger.end and _NEW_SUBJECT_CLAUSE.search(ctx.text, lo, hi):
                continue  # "jets are based at Siauliai, and a brigade of 5,000 is due to be deployed by 2030"
            if _attribution_between(ctx, draft.trigger, t):
                continue
            if t.end <= draft.trigger.start and _in_relative_clause(ctx.text, sent.start, t, draft.trigger.start):
                continue  # "North Korea, which has built roads since last year, installed a camera"
            if t.start >= draft.trigger.end and any(
                d.time is t and d.trigger.start > draft.trigger.end and _embedded_noun_time(ctx, t, d)
                for d in drafts
            ):
                continue  # "the death of the man behind the May 11 attack": that attack's day
            draft.time = t
            break


def _more_of_the_same(ctx: DocContext, drafts: list[Draft]) -> None:
    """ "had delivered a fourth IRIS-T system ... and would send two more": a count of "more" with no thing
    of its own is more of the thing the same kind of claim before it moved."""
    for k, draft in enumerate(drafts):
        q = draft.quantity
        if draft.type not in ("TRANSFER", "DEPLOY") or draft.obj is not None or q is None:
            continue
        if not _MORE_ALONE.match(ctx.text, q.start, q.end + 12):
            continue
        before = next((d for d in reversed(drafts[:k]) if d.type == draft.type and d.obj is not None), None)
        if before is not None:
            draft.obj = before.obj


_MORE_ALONE = re.compile(r"[\w,.-]+\s+more\b(?!\s+[a-z]+s\b)", re.IGNORECASE)
# "and would", "and plans to": a second verb of another mood, whose time is its own
_AND_MODAL = re.compile(
    r"\band\s+(?:would|will|could|may|might|plans?\s+to|intends?\s+to|is\s+to|are\s+to|is\s+expected\s+to)\b",
    re.IGNORECASE,
)
# ", and" and an indefinite subject with its own verb: a clause of its own
_NEW_SUBJECT_CLAUSE = re.compile(
    r",\s+and\s+(?:a|an)\s+(?:[\w'’,-]+\s+){0,8}?(?:is|are|was|were|will|has|have|had)\b", re.IGNORECASE
)
# an opening time followed at once by its speaker and cue: ", Taiwan said that", ", the ministry said"
_SAID_RIGHT_AFTER = re.compile(
    r",?\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,4}?(?:said|says|told|reported|announced|stated|added|claimed)\b"
)


def _rehearsed(ctx: DocContext, draft: Draft, sent: Segment) -> bool:
    """An attack or launch a drill simulates ("an exercise simulating an attack on the site"): no claim."""
    start = draft.trigger.start
    if draft.type not in ("ATTACK", "LAUNCH"):
        return False
    return _simulated().search(ctx.text, max(sent.start, start - 60), start) is not None


def _attribution_between(ctx: DocContext, trig: Trigger, t: TimeMention) -> bool:
    lo, hi = (t.end, trig.start) if t.end <= trig.start else (trig.end, t.start)
    if hi - lo >= 200:
        return False
    if (
        t.end <= trig.start
        and _THAT_AFTER.match(ctx.text, t.end)
        and attribution_verbs().search(ctx.text, max(0, t.start - 30), t.start)
    ):
        return True  # "the governor said early Monday that shelling had killed two": the saying's time
    cue = _CUE_RIGHT_BEFORE.search(ctx.text, max(0, t.start - 20), t.start) if t.end <= trig.start else None
    if cue is not None and attribution_verbs().fullmatch(cue.group(1)):
        sent = ctx.seg.sentences[ctx.sentence_of(t.start)]
        if any(m.date_start and t.end < m.start < sent.end for m in ctx.in_sentence(ctx.times, sent)):
            return True  # "North Korea said Tuesday it would launch a satellite in June": the saying's day
    if t.end <= trig.start and token_before(ctx, trig.start) == "and":
        return False  # "MAY 12 - The government declares a state of exception ... and sends 1,500 soldiers": two acts
    # "an estimated 1,500 soldiers": a reporting verb after a determiner is an adjective
    dets = grammar().dets
    sent = ctx.seg.sentences[ctx.sentence_of(t.start)]
    # "Since the start of the month, the military said, ...": a time that opens its sentence
    fronted = ctx.text.startswith(",", t.end) and not ctx.text[sent.start : t.start].strip(" \"“'‘")
    return any(
        token_before(ctx, m.start()) not in dets
        and not (fronted and _inserted_cue(ctx.text, m))
        and not _PASSIVE_BY.match(ctx.text, m.end())
        and not ctx.text[m.start()].isupper()  # "the United States": a word of a name, no saying
        and not (t.end <= trig.start and m.group().endswith("ing") and _WITH_SAYING.search(ctx.text, t.end, m.start()))
        for m in attribution_verbs().finditer(ctx.text, lo, hi)
    )


# "clashed along the border on Sunday night, with the military saying 23 of its soldiers had been killed and
# the Taliban claiming ...": the sides' accounts of the act the clause before dates
_WITH_SAYING = re.compile(r",\s+with\s+")


# "waters claimed by Guyana", "an area reported by residents as mined": a participle before its agent, no saying
_PASSIVE_BY = re.compile(r"\s+by\b")


_INSERTED_BEFORE = re.compile(r",\s*[^,;.\"“”]{1,40}\Z")
_INSERTED_AFTER = re.compile(r"\s*,")


def _inserted_cue(text: str, cue: re.Match[str]) -> bool:
    """ "Since the start of the month, the military said, more than 120 rockets ...": a speaker put
    in between commas leaves the sentence's own time to its event."""
    return bool(_INSERTED_BEFORE.search(text, max(0, cue.start() - 42), cue.start())) and bool(
        _INSERTED_AFTER.match(text, cue.end())
    )


def _person_heard_before(ctx: DocContext, draft: Draft) -> str | None:
    """The side of the person who spoke in the sentence before, for "he said": the entity the text
    gave that speaker, else the side the speaker's own claims were placed on."""
    if draft.sentence == 0:
        return None
    own = draft.source
    index = draft.sentence - 1
    before = ctx.sources.get(index)
    while before is not None and own is not None and before.start == own.start and index > 0:
        index -= 1  # "..., it said. Pyongyang has rotated ...": past the sentences the pronoun already covers
        before = ctx.sources.get(index)
    if before is None or before.text.strip().lower() in ("he", "she", "it", "they", "we", "i"):
        return None
    if before.entity:
        return before.entity
    known, _ = ctx.speaker_sides.get((before.start, before.end), (None, False))
    sector = before.sector or speaker_sector(before.text)
    return f"{known.split('.')[0]}.{sector}" if known and sector else known  # "the spy agency": KOR.SPY


def _speaker_in_later_clause(ctx: DocContext, source: SourceAssignment, trig: Trigger) -> bool:
    """The speaker opens a subordinate clause after the claim and says what follows its cue, not
    what came before: "Israel bombed the headquarters ..., where a war monitor says clashes have
    killed 250 people" tells the bombing in the report's own voice."""
    if trig.end > source.start or source.cue_end <= source.start:
        return False
    if ctx.sentence_of(source.start) != ctx.sentence_of(trig.start):
        return False  # a letter's signer, named under it, says all of it
    if ctx.text[source.cue_end : source.cue_end + 2].lstrip()[:1] in (",", ".", ";", ""):
        return False  # a closing cue (", the ministry said") governs what comes before it
    return _SUBORDINATOR_BEFORE.search(ctx.text, trig.end, source.start) is not None


_SUBORDINATOR_BEFORE = re.compile(
    r",\s*(?:where|as|while|whereas|after|when|because|although)\s+(?:[\w'’.-]+\s+){0,6}\Z"
)
_THAT_AFTER = re.compile(r",?\s+that\b")
_CUE_RIGHT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:on\s+)?\Z")


# the second of two verbs sharing a subject: "the faction dug trenches across several streets | and
# built barricades": its evidence opens at the verb, the subject belongs to the first one's
_SECOND_CONJUNCT = re.compile(r"\S\s+\S+\s+\S+.*\s(?:and|but)\s+(?:(?:also|then|later)\s+)?\Z", re.S)


def finish_draft(ctx: DocContext, draft: Draft) -> None:
    """Modality, source, basis and item of a draft built outside the sentence pass (its evidence
    span is reset by the caller when its words are its own)."""
    _finish(ctx, draft, ctx.seg.sentences[draft.sentence], draft.sentence)


def _finish(ctx: DocContext, draft: Draft, sent: Segment, index: int) -> None:
    """Evidence span, modality, source, basis and item of a draft."""
    g = grammar()
    trig = draft.trigger
    text = ctx.text
    start, end = trig.start, trig.end
    if (
        draft.actor is not None
        and draft.actor.end <= trig.start
        and trig.tok_start - ctx.tok_at(draft.actor.start) <= 12
        and not _SECOND_CONJUNCT.search(text, draft.actor.end, trig.start)
    ):
        start = min(start, draft.actor.start)
    else:
        i = _subject_end(ctx, trig, sent.start)
        start = min(start, ctx.tokens[i + 1].start)
    verb = trig.tok_start
    subject_end = before_auxiliaries(ctx, verb, g.schedule_words)
    if any(t.lower in g.schedule_words for t in ctx.tokens[subject_end + 1 : verb]):
        verb = subject_end + 1  # "100 soldiers of the PNG Defence Force are due to arrive": the subject's count
    for part in (draft.obj, draft.recipient if not draft.place_recipient else None, draft.quantity):
        if part is not None and sent.start <= part.start and part.end <= sent.end:
            aside = part is draft.quantity and _PART_ASIDE.match(text, part.end, trig.start) is not None
            if part.end <= trig.start and (part is draft.recipient or ctx.tok_at(part.end) < verb - 6):
                if not aside:  # "At least 18 people, eight of them children, have been killed": the toll's count
                    continue
            start = min(start, part.start)
            end = max(end, part.end)
    if draft.time is not None and draft.time.start >= end and draft.time.start - end < 40:
        end = max(end, draft.time.end)
    draft.ev_start, draft.ev_end = max(start, sent.start), min(end, sent.end)
    draft.source = ctx.sources.get(index)
    if index in ctx.clause_sources:
        draft.source = _clause_source(ctx, ctx.clause_sources[index], trig) or draft.source
    late = ctx.participle_sources.get(index)
    if late is not None and trig.start >= late.cue_end:
        draft.source = late  # "Hamas rejected the plan, saying strikes had killed 30": Hamas says it
    if draft.source is not None and draft.source.start <= trig.start < draft.source.end:
        draft.source = None
    if draft.source is not None and _speaker_in_later_clause(ctx, draft.source, trig):
        draft.source = None  # "Israel bombed ..., where a war monitor says clashes have killed 250"
    # "We assess that North Korea has sent ...": "we" with no issuer named is nobody's side
    first_person = draft.source is not None and draft.source.text.strip().lower() in _FIRST_PERSON_SPEAKERS
    unplaced = draft.source is not None and draft.source.entity is None and not is_anonymous(draft.source.text)
    pronoun = draft.source.text.strip().lower() if draft.source is not None else ""
    if unplaced and not first_person and pronoun in ("he", "she", "it", "they"):
        told = _person_heard_before(ctx, draft)
        if told is None and pronoun in ("he", "she"):
            told = _last_person(ctx, draft.source.start)
        if told is not None:  # "Bassal said 12 people were killed ... A drone strike killed three, he said"
            src = draft.source
            draft.source = SourceAssignment(told, src.text, src.start, src.end, src.cue_start, src.cue_end)
            unplaced = False
    if unplaced and not first_person:
        words = draft.source.text.strip()
        named = words[:1].isupper() and " " not in words and words.lower() not in _PRONOUN_SPEAKERS
        named = named or bool(_TITLED_NAME.search(words))  # "lawmaker Park Sunwon": a person by title and name
        # "Lt. Gen. Ahmed Sharif Chaudhry": a person the entity stage found, by a title it knows
        named = named or any(e.kind == "person" for e in ctx.entities_within(draft.source.start, draft.source.end))
        filed = filed_country(ctx)
        host = release_host(ctx)
        if host and not host.startswith("IGO") and _names_host_organ(words, host):
            # a ministry's own release: "the Minister of National Defence said", "The Ministry notes"
            side = host
        elif named:  # "Park told reporters": a person the report names is most likely of the filing country
            side = filed or _reporting_side(draft, draft.source)
        elif filed and speaker_sector(words) == "SPY":
            # "SEOUL - North Korea has sent 11,000 troops, the spy agency said": a spy agency tells
            # what it learnt of others; it is the filing country's own
            side = filed
        elif (
            filed
            and draft.recipient is not None
            and (draft.recipient.entity or "")[:3] == filed
            and draft.type in ("ATTACK", "LAUNCH", "CASUALTY")
            and speaker_sector(words) in ("MIL", "GOV")
        ):
            # "KYIV - Russian forces launched 120 drones at Ukraine overnight, the air force said": the
            # filing country's own air force, when its side was hit
            side = filed
        elif filed and filed == (draft.actor_id or "")[:3] and "." in draft.actor_id and speaker_sector(words) in (
            "MIL",
            "GOV",
        ):  # not "rockets were launched from southern Gaza ..., the army said": a place fired from, no army
            # "ISLAMABAD - Pakistani troops killed 16 militants ..., the military said": the filing
            # country's own army or government, when its side did what is told
            side = filed
        elif (
            draft.type == "LAUNCH"
            and filed
            and draft.actor_id
            and filed != draft.actor_id[:3]
            and "air" in words.lower().split()
        ):  # "KYIV - Russia launched 50 drones overnight, the air force said": the air force that watched them
            side = filed
        elif (
            draft.actor_id and not draft.passive and _SPEAKER_DID.fullmatch(ctx.text, draft.source.cue_end, trig.start)
        ):
            side = draft.actor_id  # "The army said it killed 40 militants": the speaker tells its own act
        elif pronoun in ("he", "she"):
            side = filed  # "..., he said" with no person told before: not the side of whoever acted
        elif (
            draft.type in _WATCHED_TYPES
            and filed
            and draft.actor_id
            and filed != draft.actor_id[:3]
            and speaker_sector(words) in ("MIL", "GOV")
            and not _OWN_FORCES_TOLD.search(ctx.text, draft.source.cue_end, trig.start)
            and not _OWNER_BEFORE.search(ctx.text, max(0, draft.source.start - 3), draft.source.start)
        ):  # "TOKYO - Five Russian warships passed through the Tsugaru Strait, the ministry said": who watched
            side = filed
        else:
            side = _reporting_side(draft, draft.source) or filed
        if side is None and speaker_sector(words) in ("GOV", "MIL"):
            side = main_country(ctx)  # "according to the Ministry of Health" in a report on Gaza
        # one speaker, one side: a side read from the side hit or the dateline holds for the rest the
        # speaker says (a side read only from who acted is no such evidence)
        key = (draft.source.start, draft.source.end)
        hit = draft.recipient.entity[:3] if draft.recipient is not None and draft.recipient.entity else None
        strong = side is not None and (side[:3] == hit or side[:3] == filed)
        known, known_strong = ctx.speaker_sides.get(key, (None, False))
        if known is not None and known_strong:
            side = known
        elif strong:
            ctx.speaker_sides[key] = (side, strong)
        if side is not None:
            draft.source = _speaker_of_actor(draft.source, side)
            _speaker_goes_on(ctx, draft)
    watcher = draft.source.entity.split(".")[0] if draft.source is not None and draft.source.entity else None
    if (
        draft.type == "CASUALTY"
        and draft.recipient is None
        and watcher not in (None, "IGO", (draft.actor_id or "")[:3])
        and draft.source.entity.endswith(".GOV")
        and draft.obj is not None
        and civilian_head(draft.obj)
        and any((e.entity or "")[:3] == watcher for e in ctx.entities_within(draft.source.start, draft.source.end))
    ):
        # "Lebanon's health ministry said 46 people had been killed in Israeli strikes": its own people
        # (a speaker the text names with its country; "the regional governor" is placed by guesswork)
        src = draft.source
        draft.recipient = EntityMention(src.start, src.end, src.text, f"{watcher}.CVL", "group")
    if (
        draft.type == "CASUALTY"
        and (draft.recipient is None or draft.place_recipient)
        and watcher not in (None, "IGO", (draft.actor_id or "")[:3])
        and _army_tells_soldiers(draft, draft.source.entity)
        and not _PART_WORD.search(ctx.text, draft.trigger.end, max(draft.trigger.end, draft.obj.start))
    ):  # not "put the toll at several hundred, including some low-ranking soldiers": a part of others' dead
        # "a reservist was killed by an explosive device in Rafah, the military said": the army's own
        src = draft.source
        draft.recipient = EntityMention(src.start, src.end, src.text, f"{watcher}.MIL", "group")
        draft.place_recipient = False
    if (
        draft.type == "DEPLOY"
        and draft.passive
        and draft.recipient is None
        and watcher not in (None, "IGO", (draft.actor_id or "")[:3])
        and _DETECTED.fullmatch(draft.trigger.lower)
    ):
        # "Taiwan says 76 Chinese aircraft were detected": sent at the side that saw them and tells it
        draft.recipient = EntityMention(draft.source.start, draft.source.end, draft.source.text, watcher, "reference")
    if (
        draft.type == "STATEMENT"
        and not draft.noun
        and draft.source is not None
        and not sent.start <= draft.source.start < sent.end
        and draft.actor is not None
        and draft.actor.entity
        and sent.start <= draft.actor.start < sent.end
        and draft.actor.entity[:3] != (draft.source.entity or "")[:3]
    ):
        # "... the U.S. Navy said. China's defence ministry denounced the transit": its own words, told
        # by the report, not by the speaker of the sentence before
        draft.source = None
    if draft.noun and draft.actor_id is None and draft.source is not None and _announces(ctx, draft, g):
        draft.actor_id = draft.source.entity  # "Germany announced a new military aid package"
    if draft.noun and draft.source is not None and draft.source.entity and _claims_responsibility(ctx, draft):
        src = draft.source  # "The Houthis claimed responsibility for a missile attack on a tanker": theirs
        draft.actor = EntityMention(src.start, src.end, src.text, src.entity, "org")
        draft.actor_id = src.entity
    if draft.noun and draft.actor_id is None:
        draft.actor_id = _own_act_of_first_person(ctx, draft, g)  # "I have also approved the transfer of"
    if draft.actor_id is None and draft.type in ("ATTACK", "LAUNCH", "CASUALTY", "DEMOLISH"):
        blamed = _blamed(ctx, draft)  # "Drones struck the airport, the army said, blaming the RSF"
        if blamed is not None:
            draft.actor, draft.actor_id = blamed, blamed.entity
    if (
        draft.source is not None
        and _negating_cue(text, draft.source)
        and sent.start <= draft.source.cue_start
        and draft.source.cue_end <= trig.start
        and attribution_verbs().search(text, draft.source.cue_end, trig.start) is None
        # not "denied targeting civilians and accused the army of ...": the accusation is made
        and not (
            draft.type == "STATEMENT"
            and not draft.noun
            and _AND_BEFORE.search(text, max(0, trig.start - 12), trig.start)
        )
    ):  # not "denied that the camp had fallen, saying ..., and said reinforcements had been sent"
        draft.modality = "negated"  # "Russia denied that its forces had struck the hospital"
        denier = draft.source.entity
        receiving = trig.lower in trigger_lexicon().receive_verbs  # "Moscow denied receiving weapons": the receiver
        losing = draft.type == "CASUALTY" and trig.lower in _LOSE_FORMS  # "the NPA denied losing any fighters"
        doing = _DENIED_DOING.match(text, draft.source.cue_end, trig.start) or draft.actor_id is None
        if denier and losing:
            draft.actor, draft.actor_id = None, None
            if draft.recipient is None:
                draft.recipient = EntityMention(draft.source.start, draft.source.end, draft.source.text, denier, "side")
        elif denier and not receiving and doing:
            # "Iran denied sending drones", "Pyongyang has denied that any arms transfers took place":
            # the denier would be the one who did it (an armed group or an army itself, a state's
            # government for its forces)
            draft.actor_id = denier if denier.endswith((".REB", ".MIL")) else denier.split(".")[0]
        if denier and receiving and draft.recipient is None:
            src = draft.source  # "Moscow has denied receiving weapons from Pyongyang": Moscow would receive them
            draft.recipient = EntityMention(src.start, src.end, src.text, denier.split(".")[0], "side")
    else:
        floor = max(sent.start, _clause_floor(ctx, draft, sent))
        if ctx.dateline_end <= trig.start:
            floor = max(floor, ctx.dateline_end)  # "(May 31, 2011)" qualifies nothing
        if draft.type == "STATEMENT" and not draft.noun:
            comma = text.rfind(",", floor, trig.start)
            if comma != -1 and _TRAILING_SPEAKER.fullmatch(text, comma + 1, trig.start):
                floor = comma + 1  # "Russia will respond harshly, the Kremlin warned": the warning was made
        draft.modality = modality.classify(text, floor, trig.start, trig.end)
        if draft.readied:
            draft.modality = "possible"  # readied to fire, not fired
        if draft.modality in ("asserted", "hedged") and modality.is_mandated(text, sent.start, trig.start):
            draft.modality = "possible"  # "recommends that a permanent police post be established": asked for
        promised = trig.lower in trigger_lexicon().promise_verbs or _PROMISED_BEFORE.search(
            text, max(floor, trig.start - 40), trig.start
        )
        if draft.type == "TRANSFER" and draft.modality == "asserted" and promised:
            draft.modality = "possible"  # "approved the sale of", "pledged radars": promised, not yet delivered
        if draft.modality in ("asserted", "hedged") and not draft.noun and modality.is_purpose(text, floor, trig.start):
            # but "the North's attempt to launch a satellite failed": the attempt was made
            if not (draft.type == "LAUNCH" and _ATTEMPT_FAILED.search(text, trig.end, min(sent.end, trig.end + 80))):
                draft.modality = "possible"
        if draft.type == "CASUALTY" and not draft.noun and not draft.passive and _NO_ONE_AFTER.match(text, trig.end):
            draft.modality = "negated"  # "the strike harmed no civilians", "killed no one"
        if draft.modality == "asserted" and draft.noun and _HEDGED_AFTER.match(text, trig.end, sent.end):
            draft.modality = "hedged"  # "the launch appeared to include Hwasong-11 missiles"
        if (
            draft.modality == "asserted"
            and draft.type in ("LAUNCH", "DEVELOP")
            and _WHAT_APPEARED.match(text, trig.end, sent.end)
        ):
            draft.modality = "hedged"  # "fired what appeared to be four short-range ballistic missiles"
        seemed = draft.type == "SURVEIL" and _HEDGED_WATCHING.search(text, trig.end, sent.end)
        if draft.modality == "asserted" and seemed:
            draft.modality = "hedged"  # "a drone was seen over the freight yard, apparently filming trains"
        if draft.modality == "asserted" and _described_as(text, sent, trig):
            draft.modality = "hedged"  # "what the army described as a bomb-making workshop": its word only
        if draft.modality in ("asserted", "hedged") and draft.noun and _FUTURE_AFTER.match(text, trig.end, sent.end):
            draft.modality = "possible"  # "an expanded offensive, expected to begin in the coming weeks"
        toll = draft.noun and draft.type == "CASUALTY" and draft.modality == "asserted"
        modal = _MODAL_AFTER.match(text, trig.end, sent.end) if toll else None
        if modal is not None:
            # "the toll could be as high as 4,000": a guess at a figure; "the toll may rise to 50": one to come
            draft.modality = "possible" if modal.group("rise") else "hedged"
        if draft.modality == "asserted" and draft.source is not None and _belief_cue(text, draft.source):
            if para_of(ctx, ctx.sentence_of(draft.source.cue_start)) == draft.paragraph:
                draft.modality = "hedged"  # "the NIS believes that some units have been moved"
    if draft.time_borrowed and draft.modality == "possible":
        draft.time, draft.time_borrowed = None, False  # a plan is not dated by what happened before it
    lo, hi = trig.start, trig.end
    if draft.quantity is not None:  # the cues that matter sit around the trigger and its count
        lo, hi = min(lo, draft.quantity.start), max(hi, draft.quantity.end)
    window = text[max(sent.start, lo - 40) : min(sent.end, hi + 40)].lower()
    since = _SINCE_OPENING.match(text, _sentence_start(ctx, draft), trig.start) is not None
    if since and draft.time_borrowed and draft.time is not None and not draft.time.text.lower().startswith("since"):
        # "Since the start of the operation, troops have seized 37 rifles": not on the day told before
        draft.time, draft.time_borrowed = None, False
    draft.basis = _basis(window, _beside(ctx, draft, sent), draft, g, since_opening=since)
    draft.item = _item(ctx, draft)
    draft.definite = _definite(ctx, draft, g)
    if draft.definite and draft.noun and draft.actor is not None and _OF_THE_BEFORE.search(
        text, max(sent.start, trig.start - 30), trig.start
    ):
        # "analyzing the details of the launch": the launch told before, not the analysts' own
        if draft.actor.end <= trig.start and draft.type in _REFERRED_TYPES:
            draft.actor, draft.actor_id = None, None


# "the details of the launch", "the type of the missile test": an event noun after "<noun> of the"
_OF_THE_BEFORE = re.compile(r"\b[a-z]+\s+of\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?\Z")
_REFERRED_TYPES = frozenset({"LAUNCH", "ATTACK", "EXERCISE"})


_FIRST_PERSON_ACT = re.compile(
    r"\b(?:I|we|We)\s+(?:have\s+|had\s+|will\s+|also\s+)*([a-z]+)\s+(?:the\s+|a\s+|an\s+|another\s+|this\s+)?"
)


def _own_act_of_first_person(ctx: DocContext, draft: Draft, g) -> str | None:
    """ "I have also approved the transfer of additional helicopters": the event noun right after a
    first-person announcing verb is the issuer's own act."""
    lo = max(0, draft.trigger.start - 60)
    for found in _FIRST_PERSON_ACT.finditer(ctx.text, lo, draft.trigger.start):
        if found.end() == draft.trigger.start and found.group(1) in g.own_act_cues:
            return first_person_entity(ctx, found.start())
    return None


_BLAME = re.compile(
    r"\bblam(?:e|es|ed|ing)\s+(?:(?:it|them|this|the\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|strikes?|raids?|killings?|"
    r"bombings?|shelling|explosions?|blasts?))\s+on\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _blamed(ctx: DocContext, draft: Draft) -> EntityMention | None:
    """ "..., the army said, blaming the paramilitary Rapid Support Forces", "blamed the attack on
    Russia": the side the sentence's speaker blames acts (its claim, with its source)."""
    sent = ctx.seg.sentences[ctx.sentence_of(draft.trigger.start)]
    for e in ctx.in_sentence(ctx.entities, sent):
        if e.entity and _BLAME.search(ctx.text, max(sent.start, e.start - 60), e.start):
            return e
    return None


_RESPONSIBILITY = re.compile(
    # "claimed responsibility on Monday for a drone attack"
    r"\s+(?:full\s+)?(?:responsibility|credit)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?for\s+(?:[\w-]+\s+){0,4}\Z",
    re.IGNORECASE,
)


def _claims_responsibility(ctx: DocContext, draft: Draft) -> bool:
    """ "claimed responsibility for a missile attack": the speaker's own act."""
    source = draft.source
    if source.cue_end > draft.trigger.start or not ctx.text[source.cue_start : source.cue_end].lower().startswith(
        ("claim", "took", "take", "accept")
    ):
        return False
    return _RESPONSIBILITY.match(ctx.text, source.cue_end, draft.trigger.start) is not None


def _announces(ctx: DocContext, draft: Draft, g) -> bool:
    """The event noun is the object of its speaker's announcing verb, a few words on: the
    speaker's own act."""
    source = draft.source
    cue = ctx.text[source.cue_start : source.cue_end].lower()
    if not source.entity or cue not in g.own_act_cues or not source.cue_end <= draft.trigger.start:
        return False
    between = ctx.text[source.cue_end : draft.trigger.start]
    return len(between.split()) <= 7 and not re.search(r"[,;:]|\b(?:that|which|after|when|as)\b", between)


def _clause_source(ctx: DocContext, found: list[SourceAssignment], trig: Trigger) -> SourceAssignment | None:
    """Of two speakers in a sentence, the one whose words hold the trigger: "X killed 21 people,
    the ministry said, while the military said it had hit 300 targets". A cue that opens a clause
    ("said it had hit") governs what follows it; a closing cue (", the ministry said") what comes
    before it."""
    text = ctx.text
    opening = [
        f
        for f in found
        if f.cue_end <= trig.start and text[f.cue_end : f.cue_end + 2].lstrip()[:1] not in (",", ".", ";")
    ]
    if opening:
        return opening[-1]
    return next((f for f in found if f.cue_start >= trig.end), None)


def _definite(ctx: DocContext, draft: Draft, g) -> bool:
    """ "detained the senior leader", "the strike", "killing him": a reference to someone or
    something the report has named already (a determiner up to three modifiers before the noun)."""
    if draft.obj is not None and draft.obj.name == "person":
        return draft.obj.text.lower() not in g.negative_pronouns  # "nobody was hurt" names no one told before
    if (
        draft.noun
        and _OF_SOMEONE_NEW.match(ctx.text, draft.trigger.end)
        and not _CONFIRMED_BEFORE.search(ctx.text, max(0, draft.trigger.start - 20), draft.trigger.start)
    ):
        return False  # "recovered the body of a herder": someone not named before (not "confirmed the
        # capture of a Taliban leader", an update's word on a capture told already)
    anchor = draft.trigger.start if draft.noun or draft.obj is None else draft.obj.start
    i = ctx.tok_before(anchor)
    # people named again ("detained the senior leader") may carry modifiers; things only the determiner
    for _ in range(4 if draft.type == "CASUALTY" else 1):
        if i < 0:
            return False
        lower = ctx.tokens[i].lower
        if lower in g.definite:
            return True
        if lower in ("'s", "’s") and i > 0 and ctx.tokens[i - 1].lower in _DAY_OWNERS:
            return True  # "Monday's attack", "last week's strike": the one told
        if not lower.replace("-", "").isalpha() or lower in g.preps or lower in g.dets or lower in g.quantifiers:
            return False
        if draft.trigger.tok_start <= i < draft.trigger.tok_end:
            return False
        i -= 1
    return False


_OF_SOMEONE_NEW = re.compile(r"\s+of\s+(?:a|an|one)\s", re.IGNORECASE)
_CONFIRMED_BEFORE = re.compile(r"\b(?:confirm|confirms|confirmed|confirming|verified)\s+the\s+\Z", re.IGNORECASE)
_DAY_OWNERS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "week",
        "weekend",
        "night",
        "tonight",
    }
)

_DENIED_DOING = re.compile(r"\s+(?:having\s+)?\Z")
# an event noun whose own verb lies ahead of it ("the aid package ... will be handed over", "an
# offensive, expected to begin"): at most one short aside between the noun and the verb
_FUTURE_AFTER = re.compile(
    r"(?:\s+(?:of|on|against|in|to|for)\s+(?:[^,.;]|[,.](?=\d)){1,50}?)?(?:,\s+(?:[^,.;]|[,.](?=\d)){1,60},)?"
    r",?\s*(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to|are\s+due\s+to)\s+"
    r"|(?:(?:is|are)\s+)?(?:expected|scheduled|planned|set)\s+to\s+|(?:(?:is|are)\s+|,\s*)due\s+to\s+)",
    re.IGNORECASE,
)
_POSSESSIVE_DETS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# a modal right after a toll, past a short phrase of its own ("the toll from the strike could be as high as 4,000",
# "the death toll is likely to rise"): the figure is guessed at, or a rise foreseen
_MODAL_AFTER = re.compile(
    r"(?:\s+(?:of|from|in|on|among)\s+(?:[^,.;]|[,.](?=\d)){1,40}?)?\s+"
    r"(?:could|may|might|(?:is|are)\s+likely\s+to)\s+(?:well\s+|still\s+|yet\s+|even\s+)?"
    r"(?:(?P<rise>rise|climb|increase|grow|reach|exceed|top|surpass|go\s+up)|be|have\s+been)\b",
    re.IGNORECASE,
)

_HEDGED_AFTER = re.compile(
    r"\s+(?:(?:is|was|are|were)\s+)?(?:appear|appears|appeared|seem|seems|seemed|believed|thought|reported|said|suspected|alleged)\s+to\b"
    r"|(?:\s+(?:on|in|against|near|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:is|was|are|were|had\s+been|has\s+been)\s+(?:allegedly|reportedly|apparently|purportedly)\b",
    re.IGNORECASE,
)  # "the launch appeared to include", "the attack was allegedly carried out by"


def _belief_cue(text: str, source: SourceAssignment) -> bool:
    return text[source.cue_start : source.cue_end].lower() in belief_verbs()


_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+)?\Z")


def _negating_cue(text: str, source: SourceAssignment) -> bool:
    return text[source.cue_start : source.cue_end].lower() in {
        "denied",
        "denies",
        "deny",
        "denying",
        "rejected",
        "rejects",
        "dismissed",
    }


_TITLED_NAME = re.compile(r"^[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+)+$")
_PRONOUN_SPEAKERS = frozenset({"it", "they", "he", "she", "we", "i"})  # "It put the death toll at 24": no name
_FIRST_PERSON_SPEAKERS = frozenset({"we", "i"})


# "said it killed", "said on Monday that its forces had struck": the speaker's own act after the cue
_SPEAKER_DID = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|we|(?:its|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:forces|troops|soldiers|aircraft|jets|warplanes|units|drones|fighters))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?",
    re.IGNORECASE,
)


def _reporting_side(draft: Draft, source: SourceAssignment) -> str | None:
    """The side an unplaced speaker ("the regional administration said") most likely belongs to:
    the side hit, for an attack, a launch at a target or a casualty (the side hit counts), else
    the side that acts ("Poland will build a barrier, the defence ministry said"). Preferring the
    dateline's country for acts of another country scored worse on the held-out reports."""
    if (source.sector or speaker_sector(source.text)) == "REB":
        # "Hamas fighters ambushed a patrol, the armed wing said": the armed group's own wing
        parties = [draft.actor_id] + [p.entity for p in (draft.actor, draft.recipient) if p is not None]
        return next((p for p in parties if (p or "").endswith(".REB")), None)
    if draft.intercepted and draft.recipient is not None and draft.recipient.entity:
        return draft.recipient.entity  # "destroyed 147 Ukrainian drones, the ministry said": the interceptor's
    if draft.intercepted and draft.actor_id and adversary_of(draft.actor_id):
        return adversary_of(draft.actor_id)  # no interceptor named: the side at war with the drones' owner
    if (
        draft.type == "LAUNCH"
        and draft.recipient is not None
        and draft.recipient.entity
        and draft.actor_id
        and draft.recipient.entity[:3] != draft.actor_id[:3]
        and "air" in source.text.lower()
    ):
        return draft.recipient.entity  # "Russia launched 120 drones at Ukraine, the air force said": the target's
    if (
        draft.type in ("ATTACK", "LAUNCH")
        and draft.actor_id
        and not draft.actor_id.endswith(".REB")
        and (source.sector or speaker_sector(source.text)) == "MIL"
        and not (draft.passive and draft.actor is None)  # "rockets were launched from Gaza at Israel": no agent
    ):
        return draft.actor_id  # "warplanes struck 120 targets, the military said": armies report their own strikes
    if draft.type in ("ATTACK", "CASUALTY", "LAUNCH") and draft.recipient is not None and draft.recipient.entity:
        return draft.recipient.entity
    if draft.type == "DEPLOY" and _DETECTED.fullmatch(draft.trigger.lower) and draft.recipient is not None:
        return draft.recipient.entity  # "26 PLA aircraft were tracked around Taiwan, the ministry said": the watcher's
    return draft.actor_id


_DETECTED = re.compile(r"(?:detect|track|spot|observ|monitor|sight)(?:s|ed|ing)?|(?:observe|monitor)d?")


def _speaker_of_actor(source: SourceAssignment, actor_id: str) -> SourceAssignment:
    """ "Poland will build a barrier, the defence ministry said": an unnamed ministry is the actor's."""
    country = actor_id.split(".")[0]
    sector = source.sector or speaker_sector(source.text)
    entity = f"{country}.{sector}" if sector and country != "IGO" else country
    return SourceAssignment(entity, source.text, source.start, source.end, source.cue_start, source.cue_end)


def _clause_floor(ctx: DocContext, draft: Draft, sent: Segment) -> int:
    src = ctx.sources.get(draft.sentence)
    if src is not None and src.cue_end <= draft.trigger.start and src.cue_end > sent.start:
        return src.cue_end  # "the JCS said the North ...": the cue's own words do not qualify
    return sent.start


def _beside(ctx: DocContext, draft: Draft, sent: Segment) -> str:
    """The words right by the trigger, the count and the object, where an addition is said:
    "additionally dispatched", "another 3,000", "3,000 more", "a further 1,500", "new troops"."""
    first_tok = max(ctx.tok_at(sent.start), draft.trigger.tok_start - 3)
    words = [t.lower for t in ctx.tokens[first_tok : draft.trigger.tok_start]]
    for part in (draft.quantity, draft.obj):
        if part is not None:
            first, last = ctx.tok_at(part.start), ctx.tok_at(part.end)
            words += [t.lower for t in ctx.tokens[max(0, first - 2) : first]]
            after = [t.lower for t in ctx.tokens[last : min(len(ctx.tokens), last + 3)]]
            words += after[:2] if after[1:3] != ["more", "than"] else after[:1]  # "170 drones, more than 30"
    return " ".join(words)


# a sentence opening on "Since" ("Since the start of the operation, soldiers have destroyed 42 camps")
_SINCE_OPENING = re.compile(r"\s*[\"“‘']?\s*Since\b")


def _basis(window: str, near: str, draft: Draft, g, since_opening: bool = False) -> str | None:  # noqa: ANN001
    """``increment`` for an addition, ``total`` for a running count, else ``None``.

    Addition cues count only right by the trigger or the count (``near``: "a second straight
    day" further off adds nothing). Without a cue word, an undated (or long-dated) count of
    troops, casualties or goods is a running total, while a count dated to a day or so is one
    event's and has no basis.
    """
    lowered = window.replace("more than", "").replace(",", " ")
    if "since" in lowered:
        # "have since deployed about 500 officers": "since" (then) right before the verb dates an addition
        lowered = re.sub(rf"\bsince\s+(?=(?:been\s+)?{re.escape(draft.trigger.lower)}\b)", "", lowered)
    close = near.replace("more than", "").replace(",", " ")
    if set(close.split()) & g.increment or "additionally" in close:
        return "increment"
    if draft.type == "DEPLOY" and draft.trigger.lower.startswith("expected "):
        return "increment"  # "a contingent of about 700 personnel is expected in April": more forces coming
    own_time = None if draft.time_from_lead else draft.time
    daily = _DAILY.search(lowered) or own_time is not None and _DAILY.search(own_time.text.lower())
    if draft.type == "CASUALTY" and daily:
        return "increment"  # "the enemy lost up to 190 servicemen over the past day": a daily loss figure
    if any(f" {w} " in f" {lowered} " for w in g.total if not (w == "combined" and draft.type == "EXERCISE")):
        return "total"  # ("a combined exercise" is a joint one, not a sum)
    if (
        draft.quantity is not None
        and own_time is not None
        and not draft.time_borrowed
        and draft.time.text.lower().startswith("since ")
        and draft.time.start < draft.trigger.start
    ):
        return "total"  # "Since November of last year, the Houthis have attacked more than 100 vessels"
    if draft.quantity is not None and since_opening:
        return "total"  # "Since the start of the operation, soldiers have destroyed 42 illegal mining camps"
    if draft.type == "DEPLOY" and draft.quantity is not None and _standing(draft.trigger):
        return "total"  # "There are currently about 2,000 U.S. troops in Syria": all that are there
    if draft.type == "DEPLOY" and draft.quantity is not None and draft.passive and _PRESENT_PASSIVE.search(
        window, 0, max(0, window.find(draft.trigger.lower))
    ):
        return "total"  # "About 5,500 soldiers are currently deployed to support the Border Guard": all there now
    if draft.type == "DEPLOY" and draft.quantity is not None and _sent(window, draft, g):
        return "increment"  # "the army sent 350 soldiers to the area on Monday": forces added
    if draft.type not in DEFAULT_TOTAL:
        return None
    t = None if draft.time_from_lead else draft.time
    if t is not None and t.date_start and t.date_end and draft.type == "DEMOLISH":
        inferred = None  # "two posts were demolished in March": one demolition told by its month, no tally
    elif t is not None and t.date_start and t.date_end:
        try:
            span = dt.date.fromisoformat(t.date_end) - dt.date.fromisoformat(t.date_start)
        except ValueError:
            span = dt.timedelta(days=8)
        # (arms handed over in a month, "donated 14 mine detectors in May": one delivery, no tally; "has
        # provided ... this year" counts up to now)
        one_delivery = draft.type == "TRANSFER" and not _in_perfect(window, draft)
        inferred = None if span.days <= 7 or one_delivery else "total"
    else:
        inferred = "total" if _running(window, draft) else None
    # the story's strike may make it one attack's toll (assemble); "have killed 2,448" stays a running count
    draft.basis_inferred = inferred == "total" and not _in_perfect(window, draft)
    return inferred


# a present passive right before the trigger: forces that are (now) where they were sent
_PRESENT_PASSIVE = re.compile(r"\b(?:are|is)\s+(?:currently\s+|now\s+|still\s+|already\s+)?\Z")


def _sent(window: str, draft: Draft, g) -> bool:  # noqa: ANN001 - the grammar
    """A count of forces moved by one of triggers.yaml DEPLOY ``sending_forms`` in a finite verb ("sent 350
    soldiers", "have arrived", "withdrew some 40 officers"); not a tally ("have now been sent": grammar.yaml
    ``tally_adverbs``; the words of ``total`` are read before), nor the form after its noun ("the 11,000
    soldiers dispatched": all sent so far)."""
    if draft.noun or draft.trigger.lower not in trigger_lexicon().sending_forms:
        return False
    if g.tally_adverbs & set(re.findall(r"[a-z]+", window)):  # (the window is lower-cased)
        return False
    return not (draft.passive and _running(window, draft) and not _in_perfect(window, draft))


def _standing(trig: Trigger) -> bool:
    """A form that tells forces present, not sent: "has", "there are", "are now in" (triggers.yaml
    DEPLOY ``standing_force`` and the presence forms of ``need_count``)."""
    lower = trig.lower
    lex = trigger_lexicon()
    # "some 1,500 Russian troops remain in the region", "fewer than 50 militants are holed up": all that stay
    staying = lower in lex.standing_force or lower in lex.armed_presence
    return staying or lower.startswith(("are ", "were ", "currently "))


_DAILY = re.compile(r"\b(?:past|last|previous)\s+(?:day|24\s+hours)\b|\bover\s+the\s+day\b")
_PERFECT = re.compile(r"\b(?:has|have|'ve)\b(?:\s+[\w-]+){0,3}\s+$")


def _in_perfect(window: str, draft: Draft) -> bool:
    """The trigger is a verb in the present perfect ("has sent 11,000", "have killed 2,448")."""
    before = window[: max(0, window.rfind(draft.trigger.lower))]
    return not draft.noun and _PERFECT.search(before) is not None


def _running(window: str, draft: Draft) -> bool:
    """An undated count is a running total when the report counts up to now: a noun tally
    ("4,000 casualties have occurred"), a present perfect ("has sent 11,000"), a participle
    after its noun ("the 11,000 soldiers dispatched"). A simple past ("killed two insurgents",
    "70 people were killed") reports one event's count."""
    if draft.noun:
        return True
    if _in_perfect(window, draft):
        return True
    before = window[: max(0, window.rfind(draft.trigger.lower))]
    if GAPPED_PASSIVE.search(before):
        return False  # "were killed and six others wounded": the "were" before serves both
    return draft.passive and not re.search(r"\b(?:was|were|had been|is|are|been)\s+(?:[\w-]+\s+)?$", before)


def _item(ctx: DocContext, draft: Draft) -> str | None:
    lex = trigger_lexicon()
    if draft.type == "TRANSFER" and draft.obj is None and is_help(draft.trigger):
        return "technical assistance"  # know-how given, whatever it helps build
    if draft.type == "DEPLOY" and (draft.obj is None or draft.obj.cls == "personnel"):
        return "personnel"  # SPEC: troops are `personnel`; ships, jets and launchers sent keep their name
    if draft.type == "CASUALTY":
        return lex.casualty_items.get(draft.trigger.lower, "killed_or_wounded")
    if draft.type == "EXERCISE" and draft.obj is not None and draft.obj.name == "artillery shell":
        return "artillery firing"  # rounds fired into the sea
    if draft.type == "EXERCISE":
        name = _named_before(ctx, draft.trigger)
        return name or draft.trigger.lower
    if draft.type == "STATEMENT":
        return draft.trigger.lower  # what was said is the claim; "sanctions on three vessels" names no item
    if draft.obj is not None and draft.obj.cls != "personnel":
        name = _specific_name(ctx, draft.obj)
        return f"intercepted {name}" if draft.intercepted else name
    return draft.obj.name if draft.obj is not None else draft.trigger.lower


def _specific_name(ctx: DocContext, obj: ItemMention) -> str:
    """ "a new ballistic missile (Hwasong-15)", "a new type of missile called the Hwasong-12": a
    generic name gives way to a more specific one of its class named just after it."""
    lex = item_lexicon()
    if obj.name not in lex.generic:
        return obj.name
    index = ctx.sentence_of(obj.start)
    sent = ctx.seg.sentences[index]
    for it in ctx.items_within(max(sent.start, obj.start - 20), obj.start):
        if it.cls == obj.cls and it.name not in lex.generic and ctx.tok_at(it.end) >= obj.tok_start - 1:
            return it.name  # "two KN-02 short-range missiles": the model before the generic name
    for it in ctx.items_within(obj.end, sent.end):
        if ctx.tok_at(it.start) - obj.tok_end > 8 or _PART_NAMED.search(ctx.text, obj.end, it.start):
            break  # ("about a dozen ballistic missiles, including its new Hwasong-19 ICBM": one of them)
        if it.cls == obj.cls and it.name not in lex.generic:
            return it.name
    following = index + 1
    paragraphs = ctx.seg.sentence_paragraph
    if following < len(ctx.seg.sentences) and paragraphs[following] == paragraphs[index]:
        nxt = ctx.seg.sentences[following]
        if _SAME_WEAPON.match(ctx.text, nxt.start):
            # "... fired a missile. The missile is believed to be a Nodong": the next sentence names it
            for it in ctx.items_within(nxt.start, nxt.end):
                if it.cls == obj.cls and it.name not in lex.generic:
                    return it.name
    return obj.name


_PART_NAMED = re.compile(r"\b(?:including|among\s+them|such\s+as)\b", re.IGNORECASE)
_SAME_WEAPON = re.compile(
    r"\s*(?:(?:The|These|Those|Both|All)\s+(?:\w+\s+)?(?:missiles?|projectiles?|rockets?|weapons?)|It|They)\b"
)


def _named_before(ctx: DocContext, trig: Trigger) -> str | None:
    """An exercise's name: the capitalised words before its noun ("Freedom Shield exercise"), hyphens
    kept ("Combined Joint Live-Fire Exercise"), the noun too when it is capitalised as part of the
    name; a capitalised article or sentence opener ("The drill") is no name."""
    start = end = trig.start
    i = trig.tok_start - 1
    count = 0
    while i >= 0 and count < 5:
        tok = ctx.tokens[i]
        tok_text = ctx.text[tok.start : tok.end]
        if tok_text == "-" and i > 0 and ctx.tokens[i - 1].end == tok.start:
            i -= 1
            continue  # "Live-Fire": the hyphen joins two words of the name
        if tok_text[:1].isupper() and tok_text.isalpha() and tok.lower not in grammar().dets:
            start = tok.start
            count += 1
            i -= 1
            continue
        break
    if start == end:
        return None
    name = ctx.text[start:end].rstrip()
    return f"{name} {trig.text}" if trig.text[:1].isupper() else name


def _word_object(ctx: DocContext, trig: Trigger, passive: bool, lex, etype: str) -> bool:  # noqa: ANN001 - TriggerLexicon
    """An ``only_with`` block's ``words``: a noun that is no item of the lexicon, within five words
    after an active form ("burned at least 40 homes", "set fire to the annex") or before a passive one
    ("at least 80 houses have been burned"), with no comma or stop between."""
    words = lex.only_with_words.get(etype, {}).get(trig.lower)
    if not words:
        return False
    toks = ctx.tokens
    before = [t.lower for t in toks[max(0, trig.tok_start - 3) : trig.tok_start]]
    if passive or grammar().be.intersection(before):  # "the camp was later set on fire"
        end = trig.tok_start
        last = before_auxiliaries(ctx, end)
        opening = aside_opening(ctx, last, 0, _COMMA_ASIDE_REACH, None) if toks[last].lower == "," else -1
        if opening >= 0:
            end = opening  # "Two of the trucks, loaded with cement, were set on fire": the subject before the aside
        span = toks[max(0, end - 6) : end]
        span = span[next((i + 1 for i in range(len(span) - 1, -1, -1) if span[i].lower in CLAUSE_STOPS), 0) :]
    else:
        span = toks[trig.tok_end : trig.tok_end + 6]
        span = span[: next((i for i, t in enumerate(span) if t.lower in CLAUSE_STOPS), len(span))]
    lowered = [t.lower for t in span]
    pairs = {" ".join(lowered[i : i + 2]) for i in range(len(lowered) - 1)}
    return any(w in words for w in lowered) or bool(pairs & words)



def _burning_joins_attack(ctx: DocContext, drafts: list[Draft], lex) -> list[Draft]:  # noqa: ANN001
    """A verb of burning after an attack told earlier in the sentence and joined to it ("fired on the
    village and burned 14 houses", "raided the market and set fire to dozens of stalls") is part of
    that attack, as the gold conventions keep it: the attack takes the burning's count and evidence
    when it has none of its own, and the burning makes no claim of its own."""
    burns = lex.only_with_words.get("ATTACK", {})
    out: list[Draft] = []
    for d in drafts:
        if d.type == "ATTACK" and d.trigger.lower in burns:
            head = next(
                (
                    a
                    for a in out
                    if a.type == "ATTACK"
                    and a.trigger.end <= d.trigger.start
                    and a.trigger.lower not in burns
                    and ";" not in ctx.text[a.trigger.end : d.trigger.start]
                    and not _NEW_SUBJECT_BEFORE.search(ctx.text[a.trigger.end : d.trigger.start])
                ),
                None,
            )
            if head is not None:
                if head.quantity is None and d.quantity is not None:
                    head.quantity, head.ev_end = d.quantity, max(head.ev_end, d.ev_end)
                continue
        out.append(d)
    return out


# "..., and gunmen burned": a new subject before the verb of burning opens an act of its own
_NEW_SUBJECT_BEFORE = re.compile(r"\b(?:and|while|as)\s+(?:the\s+)?[A-Za-z-]+\s*\Z")


def _other_reading_takes(lex, trig: Trigger, etype: str, obj: ItemMention) -> bool:  # noqa: ANN001
    """Another type the trigger can read as takes the object's class as its object."""
    return any(obj.cls in (lex.objects.get(other) or ()) for other, _ in trig.readings if other != etype)


def _planned_to(ctx: DocContext, trig: Trigger, prev: str) -> bool:
    """ "are expected to train", "is due to hold": "to" after a word of plans opens the act planned,
    not a purpose ("sent 10,000 soldiers to train")."""
    if prev != "to" or trig.tok_start < 2:
        return False
    return ctx.tokens[trig.tok_start - 2].lower in grammar().plans_before_to


# "what ISOC described as an exchange of fire", "in what police called a shootout": a name given to an
# act the sentence has told already
_DESCRIBED_AS = re.compile(
    r"\b(?:described|characterized|characterised|termed|called)\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}\Z"
)


_USE_FORMS = frozenset({"use", "uses", "used", "using"})
_AGAINST_AFTER = re.compile(r"\s+against\b")
_DROP_FORMS = frozenset({"drop", "drops", "dropped", "dropping"})


def _drone_used_to(ctx: DocContext, trig: Trigger, items: list[ItemMention], lex) -> ItemMention | None:  # noqa: ANN001
    """ "used quadcopters to drop grenades", "is using drones to drop explosives", "is using drones to
    monitor the area": the drones right before "to drop" or a verb of watching (SURVEIL's `also_with`
    forms), within five words after a verb of using ("are using a couple of drones to watch"); else None."""
    k = trig.tok_start
    watching = trig.lower in lex.also_with.get("SURVEIL", {})
    if not (trig.lower in _DROP_FORMS or watching) or k < 3 or ctx.tokens[k - 1].lower != "to":
        return None
    drone = next((it for it in items if it.cls in _DRONES and it.tok_end == k - 1), None)
    if drone is None:
        return None
    before = {ctx.tokens[j].lower for j in range(max(0, drone.tok_start - 5), drone.tok_start)}
    return drone if before & _USE_FORMS else None


def _armed_presence(ctx: DocContext, trig: Trigger, obj: ItemMention, lex) -> bool:  # noqa: ANN001
    """ "fewer than 50 militants are holed up in the old city": an armed group counted where it stays."""
    return (
        trig.lower in lex.armed_presence
        and _armed_head(obj)
        and _count_near(ctx, trig, people=True)
    )

def _comma_after(ctx: DocContext, trig: Trigger, obj: ItemMention) -> bool:
    """The object follows the trigger past a comma: another clause's thing ("five wounded, and the
    position was retaken")."""
    return obj.start >= trig.end and "," in ctx.text[trig.end : obj.start]


def _apart_after(ctx: DocContext, trig: Trigger, obj: ItemMention) -> bool:
    """The object follows the trigger past a comma or in a setting of its own ("five wounded, and the
    position was retaken"; "12 injured in an attack on the city"): not the trigger's object."""
    if _comma_after(ctx, trig, obj):
        return True
    setting = grammar().setting_preps
    return obj.start >= trig.end and any(t.lower in setting for t in ctx.tokens[trig.tok_end : obj.tok_start])


def _same_span_as(items: list[ItemMention], obj: ItemMention, classes) -> ItemMention:  # noqa: ANN001 - a set
    """``obj``, or the item of the same span in one of ``classes`` when ``obj``'s class is none of
    them (one span, several classes: "outpost" is a guard post and a base)."""
    if obj.cls in classes:
        return obj
    return next((it for it in items if (it.start, it.end) == (obj.start, obj.end) and it.cls in classes), obj)
