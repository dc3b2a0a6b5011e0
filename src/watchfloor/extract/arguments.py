"""Argument attachment: the object, actor and recipient of a trigger, from its sentence.

There is no parser here (none may be downloaded), so attachment works on word order, the
way a reader skims wire copy: the actor is the nearest actor-like mention to the left that
is not inside a prepositional phrase or a speaker's name; the recipient follows "to",
"into", "against" ...; the object is the first item to the right (or, for a passive or a
noun, to the left). The word lists that steer this are grammar, not domain vocabulary, and
live in ``grammar.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from watchfloor.extract.context import DocContext, ItemMention
from watchfloor.extract.lexicon_match import Trigger, civilian_head, number_words, trigger_lexicon
from watchfloor.extract.mentions import EntityMention
from watchfloor.lexicons import load


@dataclass(frozen=True)
class Grammar:
    """Closed-class word sets from ``grammar.yaml``."""

    preps: frozenset[str]
    dets: frozenset[str]
    be: frozenset[str]
    pronouns: frozenset[str]
    quantifiers: frozenset[str]
    collective_heads: frozenset[str]
    compound_heads: frozenset[str]
    nominal_left: frozenset[str]
    count_modifiers: frozenset[str]
    light_verbs: frozenset[str]
    victim_object_pronouns: frozenset[str]
    gerund_subject_heads: frozenset[str]
    accusing_verbs: frozenset[str]
    gerund_bridges: frozenset[str]
    particle_in_verbs: frozenset[str]
    forecast_verbs: frozenset[str]
    subject_aside_openers: frozenset[str]
    victim_subject_pronouns: frozenset[str]
    negative_pronouns: frozenset[str]
    expletive_next: frozenset[str]
    aux: frozenset[str]
    raising_verbs: frozenset[str]
    schedule_words: frozenset[str]
    verb_openers: frozenset[str]
    perfect_aux: frozenset[str]
    recipient_preps: frozenset[str]
    withdrawal_verbs: frozenset[str]
    force_movement_verbs: frozenset[str]
    force_move_particles: frozenset[str]
    ground_nouns: frozenset[str]
    envoy_counts: frozenset[str]
    adversary_verbs: frozenset[str]
    place_counts: frozenset[str]
    party_counts: frozenset[str]
    target_preps: frozenset[str]
    noun_left: frozenset[str]
    ranking_words: frozenset[str]
    formation_counts: frozenset[str]
    site_subjects: frozenset[str]
    stops: frozenset[str]
    suffer_verbs: frozenset[str]
    state_nouns: frozenset[str]
    peacekeepers: frozenset[str]
    state_links: frozenset[str]
    not_victim_preps: frozenset[str]
    target_heads: frozenset[str]
    increment: frozenset[str]
    total: frozenset[str]
    skip_for_heads: frozenset[str]
    list_heads: frozenset[str]
    time_blockers: frozenset[str]
    definite: frozenset[str]
    subordinators: frozenset[str]
    event_reference_preps: frozenset[str]
    setting_preps: frozenset[str]
    event_frames: frozenset[str]
    non_targets: frozenset[str]
    identity_asides: frozenset[str]
    listed_parties: frozenset[str]
    event_reference_nouns: frozenset[str]
    adjective_endings: frozenset[str]
    counter_verbs: frozenset[str]
    own_act_cues: frozenset[str]
    adjectives: frozenset[str]
    service_branches: frozenset[str]
    soldier_words: frozenset[str]
    state_forces: frozenset[str]
    war_nouns: frozenset[str]
    outage_counts: frozenset[str]
    natural_causes: frozenset[str]
    waged_wars: frozenset[str]
    backing_words: frozenset[str]
    sequence_preps: frozenset[str]
    place_heads: frozenset[str]
    counted_things: frozenset[str]
    gerund_verbs: frozenset[str]
    not_adjectives: frozenset[str]
    direction_words: frozenset[str]
    place_frames: frozenset[str]
    armed_group_nouns: frozenset[str]
    infinitive_takers: frozenset[str]
    plans_before_to: frozenset[str]
    flight_manners: frozenset[str]
    verb_compound_heads: frozenset[str]
    sideless_voices: frozenset[str]
    voice_adverbs: frozenset[str]
    landing_participles: frozenset[str]
    flight_verbs: frozenset[str]
    depictive_verbs: frozenset[str]
    since_acts: frozenset[str]
    untold_verbs: frozenset[str]
    sighting_words: frozenset[str]
    unknown_flyers: frozenset[str]
    clause_openers: frozenset[str]
    tally_adverbs: frozenset[str]
    subject_pronouns: frozenset[str]
    incursion_nouns: frozenset[str]
    whole_set_words: frozenset[str]
    set_pronouns: frozenset[str]
    cue_to_pronoun_words: frozenset[str]


@cache
def grammar() -> Grammar:
    """Load ``grammar.yaml`` (cached)."""
    data = load("grammar")
    return Grammar(**{key: frozenset(w.lower() for w in data[key]) for key in Grammar.__annotations__})


def _object_follows(ctx: DocContext, trig: Trigger) -> bool:
    """A name or a determined noun phrase right after a verb: its object, so the verb is active."""
    if trig.tok_end >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[trig.tok_end]
    return ctx.text[nxt.start].isupper() or nxt.lower in grammar().dets


_ASIDE_REACH = 14  # tokens an aside in commas may run


def aside_opening(
    ctx: DocContext,
    close: int,
    floor: int,
    reach: int,
    openers: frozenset[str] | None,
    stops: frozenset[str] = frozenset(),
) -> int:
    """The token index of the comma opening an aside that the comma at ``close`` ends, found within
    ``reach`` tokens and not before ``floor``, when the word after it is one of ``openers`` (any word
    with ``openers`` None); else -1. One scan for every kind of aside so that each caller states only
    which words open its kind (a token in ``stops`` ends the search)."""
    toks = ctx.tokens
    for j in range(close - 1, max(floor, close - reach) - 1, -1):
        if toks[j].lower in stops:
            return -1
        if toks[j].lower == ",":
            return j if openers is None or toks[j + 1].lower in openers else -1
    return -1


def _aside_start(ctx: DocContext, trig: Trigger, sent_tok_start: int) -> int:
    """The token index of the comma opening an aside on what a thing is (grammar.yaml
    `identity_asides`) that ends right before the trigger ("a missile, presumed to be
    intermediate-range, fired"), or -1 when no such aside is there. Only an aside on what the
    thing is: "troops, backed by Jubaland forces, moved into" is a subject and its main verb."""
    close = trig.tok_start - 1
    if close < sent_tok_start or ctx.tokens[close].lower != ",":
        return -1
    return aside_opening(ctx, close, sent_tok_start, _ASIDE_REACH - 1, grammar().identity_asides)


_PASSIVE_AUX = frozenset({"was", "were", "had", "has", "have", "been", "be", "later", "also", "reportedly"})


def _count_aside(ctx: DocContext, comma: int) -> bool:
    """A count opens the aside after the comma at ``comma`` ("troops, some 300 according to local officials,"),
    past one word of approximation ("some", "about")."""
    return any(is_count_word(t.lower) for t in ctx.tokens[comma + 1 : comma + 3])


_RELATIVE_OPENERS = frozenset({"which", "who", "whose"})


def _relative_aside(ctx: DocContext, comma: int) -> bool:
    """A relative pronoun opens the aside after the comma at ``comma`` ("two posts, which had become
    shelters for smugglers, were demolished"): what it says of the subject holds nothing the verb acts on."""
    return ctx.tokens[comma + 1].lower in _RELATIVE_OPENERS


_AT_PLACE_BETWEEN = re.compile(r"\s+(?:at|on|near|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}")


def _aside_before_aux(ctx: DocContext, trig: Trigger, sent_tok_start: int, openers: frozenset[str] | None) -> int:
    """The token index of the comma opening an aside (opened by one of ``openers``, any word when None) set
    off right before a passive's auxiliaries, or -1."""
    toks = ctx.tokens
    i = trig.tok_start - 1
    while i > sent_tok_start and toks[i].lower in _PASSIVE_AUX:
        i -= 1
    if i <= sent_tok_start or toks[i].lower != ",":
        return -1
    return aside_opening(ctx, i, sent_tok_start, _ASIDE_REACH, openers)


def _any_aside_start(ctx: DocContext, trig: Trigger, sent_tok_start: int) -> int:
    """The token index of the comma opening any aside set off right before a passive's auxiliaries
    ("the old post, too small and too exposed, was torn down"), or -1."""
    return _aside_before_aux(ctx, trig, sent_tok_start, None)


def _relative_aside_start(ctx: DocContext, trig: Trigger, sent_tok_start: int) -> int:
    """The token index of the comma opening a relative clause or a list of parts set off before a passive's
    auxiliaries ("three soldiers, who were not armed, were killed"; "Three people, two herders and a
    pupil of the school, were shot dead"), or -1."""
    return _aside_before_aux(ctx, trig, sent_tok_start, grammar().subject_aside_openers | number_words())


def _ending_before(items: list[ItemMention], anchor: int) -> list[ItemMention]:
    """The items that end at token ``anchor`` or at most six tokens before it: a passive's subject."""
    return [it for it in items if anchor - 6 <= it.tok_end <= anchor]


def is_passive(ctx: DocContext, trig: Trigger, sent_tok_start: int) -> bool:
    """A participle after a form of "be" ("were killed"), or right after its noun ("soldiers dispatched")."""
    g = grammar()
    toks = ctx.tokens
    word = trig.lower
    head = word.split()[0]  # "taken into custody", "pulled out": the participle leads the phrase
    if not (
        head.endswith(("ed", "en", "wn"))
        # "were put out of action", "been brought home", "was shot in both legs", "was hit in the shoulder"
        or head in {"sent", "taken", "held", "put", "brought", "kept", "shot", "hit", "struck", "hurt"}
        or word
        in {
            "sent",
            "built",
            "laid",
            "dug",
            "shot",
            "hit",
            "hurt",
            "lost",
            "sold",
            "bought",
            "struck",
            "taken",
            "torn down",
            "taken down",
            "blown up",
            "shot down",
            "shot dead",
            "sunk",
            "burnt to death",
            "put up",
            "set up",
            "cut",
        }
    ):
        return False
    if trig.tok_start > sent_tok_start and toks[trig.tok_start - 1].lower in ("have", "has", "had"):
        return False  # "casualties have dropped by 60 percent": a perfect, active
    if trig.tok_end < len(toks) and toks[trig.tok_end].lower == "by":
        return True  # "one wounded by ISAF forces": a participle with its agent
    if _gapped_passive(ctx, trig, sent_tok_start):
        return True  # "four officers were killed and six others wounded": "were" serves both
    i = trig.tok_start - 1
    steps = 0
    coordinated = False
    while i >= sent_tok_start and steps < 4:
        lower = toks[i].lower
        if lower in g.be:
            # "was engaged and killed"; not "was deeply concerned and urged Beijing", whose object follows
            return not (coordinated and _object_follows(ctx, trig))
        if lower.endswith("ly") and lower.isalpha():
            i -= 1  # "were inadvertently killed"
            steps += 1
            continue
        if lower == "and" and i - 1 >= sent_tok_start and toks[i - 1].lower.endswith("ed"):
            i -= 2  # "was engaged and killed"
            steps += 2
            coordinated = True
            continue
        if lower in {
            "additionally",
            "also",
            "reportedly",
            "already",
            "allegedly",
            "recently",
            "being",
            "been",
            "later",
            "since",
            "then",
            "not",
            "now",
            "still",
            "currently",
            "all",
            "last",  # "the missile was last test-fired in July"
            "first",
            "again",
            "once",
            "twice",
        }:
            i -= 1
            steps += 1
            continue
        break
    # a reduced relative right after its noun: "soldiers dispatched to Russia", but not an active
    # verb with its object: "a security force detained two insurgents"; also past an aside in commas,
    # "a missile, presumed to be intermediate-range, fired from the Pyongyang area"
    if not ctx.items_ending_at(trig.tok_start) and not ctx.items_ending_at(_aside_start(ctx, trig, sent_tok_start)):
        return False
    nxt = ctx.tokens[trig.tok_end].lower if trig.tok_end < len(ctx.tokens) else "."
    if trig.tok_end < len(ctx.tokens) and ctx.quantity_starts_at(ctx.tokens[trig.tok_end].start):
        return False  # "militants fired about 20 rockets": "about" opens the object's count
    if nxt == "to" and word in g.infinitive_takers and _verb_after_to(ctx, trig.tok_end + 1):
        return False  # "the militia threatened to punish anyone": an infinitive, not "sent to Russia"
    return nxt in g.preps or not nxt[:1].isalnum()


# "were killed and six others ", "had been abducted and two more ": a passive, "and" and a count of others
GAPPED_PASSIVE = re.compile(
    r"\b(?:were|was|are|is|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\s+and\s+((?:[\w,-]+\s+){1,3})\Z",
    re.IGNORECASE,
)


def _gapped_passive(ctx: DocContext, trig: Trigger, sent_tok_start: int) -> bool:
    """A participle after "and" and a count that shares the passive's "be" before it ("four police officers
    were killed and six others wounded"): the count's people suffered it, no subject acts."""
    start = ctx.tokens[sent_tok_start].start if sent_tok_start < len(ctx.tokens) else trig.start
    found = GAPPED_PASSIVE.search(ctx.text, max(start, trig.start - 120), trig.start)
    return found is not None and ctx.quantity_starts_at(found.start(1))


def _verb_after_to(ctx: DocContext, tok: int) -> bool:
    """The word at ``tok`` can be a verb after "to": lower case, no determiner, number or pronoun."""
    if tok >= len(ctx.tokens):
        return False
    word = ctx.tokens[tok]
    g = grammar()
    text = ctx.text[word.start : word.end]
    return text.isalpha() and text.islower() and word.lower not in g.dets and word.lower not in g.pronouns


@cache
def _reporting_words() -> frozenset[str]:
    """The one-word reporting verbs of cues.yaml ("said", "told"): a clause of its own begins there."""
    return frozenset(w.lower() for w in load("cues")["attribution_verbs"] if " " not in w)


# between a head noun and the body or owner it belongs to: "the weapons | of the | fighters", "soldiers | of
# the outgoing | contingent"
OF_OWNER_BETWEEN = re.compile(r"\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,2}")


def object_item(
    ctx: DocContext,
    trig: Trigger,
    sent_items: list[ItemMention],
    sent_end_tok: int,
    other_triggers: list[Trigger],
    passive: bool,
    noun: bool,
) -> ItemMention | None:
    """The item a trigger acts on: right of it, or for a passive or a noun, beside it."""
    g = grammar()
    limit = min(sent_end_tok, trig.tok_end + 10)
    for other in other_triggers:
        before_other = ctx.tokens[other.tok_start - 1].lower if other.tok_start > 0 else ""
        if before_other in g.dets or nominal_left(before_other) or before_other == "-":
            continue  # "delivered an upgraded system", "received 155mm shells": inside the object
        if any(it.start <= other.start and other.end <= it.end for it in sent_items):
            continue  # "dropped two 500-pound bombs": a thing's name that is also a verb form
        if _modifies_next_item(ctx, other, before_other, sent_items):
            continue  # "dispatched two additional patrol vessels": "patrol" names the vessels
        if other.tok_start == trig.tok_end and _participle_modifier(ctx, other, sent_items):
            continue  # "transferred seized Iranian weapons": the participle describes the object
        if other.tok_start >= trig.tok_end and other.tok_start < limit and other.readings[0][1] == "verb" and not noun:
            limit = other.tok_start
            break
    for i in range(trig.tok_end, limit):
        if ctx.tokens[i].lower in g.stops and not _inside_quantity(ctx, ctx.tokens[i].start):
            limit = i  # not the "as" of "as many as 2,700 drones": a count's own words
            break
        if ctx.tokens[i].lower == "," and i + 1 < limit and _PARTICIPLE_OPENER.fullmatch(ctx.tokens[i + 1].lower):
            limit = i  # "crossed the border, prompting South Korean troops to fire": another clause
            break
        if ctx.tokens[i].lower in _reporting_words() and i > trig.tok_end and ctx.tokens[i - 1].lower in ("and", "but"):
            limit = i  # "repelled the raid and said 30 militants were killed": what is said, not the object
            break
    if passive or noun:
        # compound or subject to the left: "troop deployment", "soldiers dispatched", "towers were taken down"
        anchor = before_parenthesis(ctx, trig.tok_start)  # "four vessels (two destroyers ...) sailing"
        sent_tok = ctx.tok_at(ctx.seg.sentences[ctx.sentence_of(trig.start)].start)
        aside = _aside_start(ctx, trig, sent_tok)
        if passive and aside < 0:
            aside = _relative_aside_start(ctx, trig, sent_tok)
            casualty_only = all(etype == "CASUALTY" for etype, _ in trig.readings)
            if aside >= 0 and not casualty_only and not _count_aside(ctx, aside) and not _relative_aside(ctx, aside):
                aside = -1  # only a count or a relative clause set off ("additional troops, some 300 ..., were sent")
        if passive and aside >= 0 and (ctx.items_ending_at(aside) or _relative_aside(ctx, aside)):
            anchor = aside  # "a missile, presumed to be intermediate-range, fired from"
        left = _ending_before(sent_items, anchor)
        if passive and not left:
            # "The old post at Boca San Carlos, within rifle range of the bank, has been dismantled": any aside
            opened = _any_aside_start(ctx, trig, sent_tok)
            left = _ending_before(sent_items, opened) if opened >= 0 else []
            if len(left) > 1 and _AT_PLACE_BETWEEN.fullmatch(ctx.text, left[-2].end, left[-1].start):
                left = left[:-1]  # "the old police post at the Tonacatepeque bridge, ...,": the post
        if noun:
            adjacent = [it for it in left if it.tok_end >= trig.tok_start - 1]
            if not adjacent:  # "a civilian suffered neck injuries", "two men sustained serious burns"
                adjacent = [it for it in left if it.cls == "personnel" and _suffered_before(ctx, it, trig, g)]
            if not adjacent and trig.lower in g.state_nouns:
                adjacent = [it for it in left if it.cls == "personnel" and _linked_to_state(ctx, it, trig, g)]
            if adjacent:
                return adjacent[-1]
        else:
            if all(etype == "CASUALTY" for etype, _ in trig.readings):
                # "soldiers at a checkpoint were killed": the soldiers, past the place phrase if need be
                people = [it for it in left if it.cls == "personnel"]
                subject = people[-1] if people else _subject_before_place(ctx, trig, sent_items)
                if subject is None:
                    subject = shared_subject(ctx, trig, sent_items)
                if subject is not None:
                    return subject
            if left:
                goods = all(etype == "TRANSFER" for etype, _ in trig.readings)
                if goods and len(left) > 1 and OF_OWNER_BETWEEN.fullmatch(ctx.text, left[-2].end, left[-1].start):
                    return left[-2]  # "the weapons of the fighters are brought across": the weapons, not their owners
                return left[-1]
            placed = _subject_before_place(ctx, trig, sent_items)
            if placed is not None:
                return placed
    casualty = all(etype == "CASUALTY" for etype, _ in trig.readings)
    if other_object_first(ctx, trig, sent_items, g):
        return None  # "sent a letter to President Biden about the troops": the letter was sent
    agent_passed = False
    for k, it in enumerate(sent_items):
        # not the speaker: "struck Kiryat Shmona, police said"
        if it.tok_start >= trig.tok_end and it.tok_start < limit and not ctx.is_speaker(it.start, it.end):
            if casualty and beside_or_against(ctx, it):
                continue  # "1,000 injured in combat against Ukrainian forces": the enemy, not the victims
            if _NEAR_BETWEEN.search(ctx.text, trig.end, it.start):
                continue  # "Israeli fire near an aid distribution site": where, not what was hit
            if (
                noun
                and _AND_BETWEEN.fullmatch(ctx.text, trig.end, _phrase_start(ctx, it))
                and _subject_of_next(ctx, it, g)
            ):
                return None  # "killed in the overnight strikes and two people are missing": a clause of its own
            if it.start > trig.end and _AND_BEFORE.search(ctx.text, trig.end, _phrase_start(ctx, it)) and (
                _verb_next(ctx, it)
            ):
                return None  # "set fire to dozens of shops and eight people died": the next clause's subject
            if noun and _NEXT_EVENT_BETWEEN.search(ctx.text, trig.end, it.start):
                return None  # "four missile strikes and 87 air strikes, dropping 132 bombs": not the strikes' object
            if noun and word_before_phrase(ctx, it.start) == "by":
                agent_passed = True
                continue  # "a raid by the terrorist group al-Shabaab on a base": who raided, not what
            if agent_passed and word_before_phrase(ctx, it.start) not in g.target_preps:
                return None  # "the attack by the militant group Hezbollah killed two soldiers": the verb's object
            if not noun and _EXAMPLES_BETWEEN.search(ctx.text, trig.end, it.start):
                return None  # "twelve were wounded in the shelling, including three soldiers": the toll's examples
            given = _given_with(ctx, trig, it, sent_items[k + 1 :]) or _given_next(ctx, trig, it, sent_items[k + 1 :])
            if given is not None:
                return given  # "provided the police unit with four armoured vehicles": the vehicles
            return _coordinated_head(ctx, it, sent_items[k + 1 :])
    return None


_WITH_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?with\s+(?:[\w,-]+\s+){0,4}?\Z")


def _given_with(ctx: DocContext, trig: Trigger, receiver: ItemMention, later: list[ItemMention]) -> ItemMention | None:
    """The thing a giving verb hands over after the people it goes to and "with" ("provided the police
    unit with four armoured vehicles", "supplies the police with fuel"): the receiver, right after the
    verb, is no object. Not people helped ("provides refugees with temporary assistance")."""
    if receiver.cls != "personnel" or any(etype != "TRANSFER" for etype, _ in trig.readings):
        return None
    if receiver.tok_start - trig.tok_end > 3 or civilian_head(receiver):
        return None
    return next(
        (it for it in later if it.cls != "personnel" and _WITH_NEXT.match(ctx.text[receiver.end : it.start])), None
    )


def _given_next(ctx: DocContext, trig: Trigger, receiver: ItemMention, later: list[ItemMention]) -> ItemMention | None:
    """The second of two objects of a giving verb, counted, right after the people it goes to ("handed the
    Belize Coast Guard two interceptor boats", "will give the navy three warships"): the receiver, right
    after the verb, is no object."""
    if receiver.cls != "personnel" or any(etype != "TRANSFER" for etype, _ in trig.readings):
        return None
    if receiver.tok_start - trig.tok_end > 3 or civilian_head(receiver) or not later or later[0].cls == "personnel":
        return None
    thing = later[0]
    count = ctx.mention_at(ctx.quantities, receiver.end + 1)
    if count is None or ctx.text[receiver.end : count.start] != " " or ctx.text[count.end : thing.start].strip():
        return None
    return thing


_SHARED_SUBJECT_REACH = 3  # tokens from the sentence start to its subject


def before_auxiliaries(ctx: DocContext, tok: int, extra: frozenset[str] = frozenset()) -> int:
    """The index of the last token before ``tok`` that is no auxiliary (grammar.yaml ``aux``) nor one of
    ``extra``: where a verb's subject or the clause before it ends ("he | was hit", "and | were not hurt")."""
    aux = grammar().aux
    i = tok - 1
    while i > 0 and (ctx.tokens[i].lower in aux or ctx.tokens[i].lower in extra):
        i -= 1
    return i


_NEGATIONS = frozenset({"not", "n't", "never"})


def shared_subject(ctx: DocContext, trig: Trigger, sent_items: list[ItemMention]) -> ItemMention | None:
    """The people opening the sentence when the verb, its auxiliaries aside, follows "and" or "but":
    a second verb phrase of the same subject ("Two crew members hid in the fish hold and were not hurt")."""
    i = before_auxiliaries(ctx, trig.tok_start, _NEGATIONS)
    if i <= 0 or ctx.tokens[i].lower not in ("and", "but"):
        return None
    first = ctx.tok_at(ctx.seg.sentences[ctx.sentence_of(trig.start)].start)
    people = [it for it in sent_items if it.cls == "personnel" and it.tok_end <= i]
    if people and people[0].tok_start - first <= _SHARED_SUBJECT_REACH:
        return people[0]
    return None


def other_object_first(ctx: DocContext, trig: Trigger, sent_items: list[ItemMention], g: Grammar) -> bool:
    """A determiner and one or two plain words right after the verb, then a preposition other than
    "of": that phrase ("a letter to", "a complaint with") is the verb's object, and it is no item."""
    if not any(etype in ("DEPLOY", "TRANSFER") for etype, _ in trig.readings) or any(
        etype == "ATTACK" for etype, _ in trig.readings
    ):
        return False  # "struck a house in the village": a target is no item either, and still hit
    i = trig.tok_end
    toks = ctx.tokens
    if i + 2 >= len(toks) or toks[i].lower not in ("a", "an") or ctx.quantity_starts_at(toks[i].start):
        return False
    for j in (i + 2, i + 3):
        if j >= len(toks):
            return False
        word = toks[j].lower
        if word in g.preps and word != "of":
            head = toks[i + 1 : j]
            plain = all(t.lower.isalpha() and not ctx.quantity_starts_at(t.start) for t in head)
            return plain and not any(it.start < toks[j - 1].end and it.end > toks[i + 1].start for it in sent_items)
    return False


def _suffered_before(ctx: DocContext, it: ItemMention, trig: Trigger, g: Grammar) -> bool:
    """People, a verb of suffering, then at most three modifiers before the noun ("a civilian
    suffered neck injuries", "soldiers sustained serious shrapnel wounds")."""
    between = [t.lower for t in ctx.tokens[it.tok_end : trig.tok_start]]
    while between and between[0] in g.aux:
        between = between[1:]
    if not between or between[0] not in g.suffer_verbs or len(between) > 4:
        return False
    return all(w.isalpha() and w not in g.preps for w in between[1:])


def _linked_to_state(ctx: DocContext, it: ItemMention, trig: Trigger, g: Grammar) -> bool:
    """People, then only linking words, then the state they are in ("two people are still missing",
    "two crew members remain unaccounted for"); a finite link is needed, since in "has listed 60,000
    of its soldiers as missing" the people are an object. A register's "are listed as missing" is
    left to its count (events ``_count_linked``): taking the people's own side there cost a blind
    set a recipient, with no gain elsewhere."""
    between = [t.lower for t in ctx.tokens[it.tok_end : trig.tok_start]]
    return state_linked(between) and "listed" not in between and len(between) <= 5


def state_linked(words: list[str]) -> bool:
    """Only linking words (grammar.yaml ``state_links``, be, auxiliaries), a finite one among them
    ("are still", "remain", "were reported to be"), between people or a count and their state."""
    g = grammar()
    finite = any(w in g.be or w in g.aux or w.startswith("remain") for w in words)
    return finite and all(w in g.state_links or w in g.be or w in g.aux for w in words)


# past a noun trigger, "and" then a count of another event ends its object search
_NEXT_EVENT_BETWEEN = re.compile(
    r"\band\s+(?:some\s+|about\s+|around\s+|nearly\s+)?\d[\d,]*\s+(?:[a-z-]+\s+)?(?:strikes|attacks)\b"
)
_AND_BETWEEN = re.compile(r",?\s+and\s+", re.IGNORECASE)


def _phrase_start(ctx: DocContext, it: ItemMention) -> int:
    """Where the item's phrase opens: at its count ("two people") when one stands right before it."""
    starts = ctx.starts_of(ctx.quantities)
    for q in ctx.quantities[bisect_left(starts, it.start - 40) : bisect_left(starts, it.start + 1)]:
        if q.start <= it.start and q.end >= it.start - 1:
            return q.start
    return it.start


def _subject_of_next(ctx: DocContext, it: ItemMention, g: Grammar) -> bool:
    """A be or auxiliary right after the item: it is the subject of a clause of its own."""
    nxt = ctx.tokens[it.tok_end].lower if it.tok_end < len(ctx.tokens) else ""
    return nxt in g.be or nxt in g.aux


_AND_BEFORE = re.compile(r"\S\s+and\s+\Z", re.IGNORECASE)


def _verb_next(ctx: DocContext, it: ItemMention) -> bool:
    """A trigger's verb form right after the item ("and eight people died"): it is the subject of a
    clause of its own (a be or an auxiliary is not enough: "and two cars were", "and money to"; nor a
    participle or a form that is also a plural noun: "merchant and naval vessels transiting", "missile launches")."""
    nxt = ctx.tokens[it.tok_end].lower if it.tok_end < len(ctx.tokens) else ""
    if nxt.endswith(("ing", "s")):
        return False
    return any(pos == "verb" for _, pos in trigger_lexicon().readings.get(nxt, ()))


_PARTICIPLE_OPENER = re.compile(
    r"(?:prompting|forcing|leading|causing|triggering|sparking|drawing|leaving|saying|adding|claiming|noting|stating)"
)
_EXAMPLES_BETWEEN = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b", re.IGNORECASE)
_NEAR_BETWEEN = re.compile(
    r"\b(?:near|outside|close\s+to|next\s+to)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


def _inside_quantity(ctx: DocContext, char: int) -> bool:
    """``char`` falls inside a quantity mention ("as many as 2,700 drones")."""
    starts = ctx.starts_of(ctx.quantities)
    k = bisect_right(starts, char) - 1
    return k >= 0 and ctx.quantities[k].start <= char < ctx.quantities[k].end


def _coordinated_head(ctx: DocContext, it: ItemMention, later: list[ItemMention]) -> ItemMention:
    """ "submarine or satellite technology": the first word modifies the head the conjunction shares,
    so what is given is technology, not a submarine."""
    if it.cls == "personnel":
        return _shared_unit_head(ctx, it, later)
    if it.tok_end + 2 >= len(ctx.tokens) or ctx.tokens[it.tok_end].lower not in ("or", "and"):
        return it
    head = next((o for o in later if o.tok_start == it.tok_end + 1 and o.cls == "technology"), None)
    if head is None and it.tok_end + 3 <= len(ctx.tokens):
        head = next((o for o in later if o.tok_start == it.tok_end + 2 and o.cls == "technology"), None)
    return head if head is not None and head.tok_end - it.tok_end <= 3 else it


def _shared_unit_head(ctx: DocContext, it: ItemMention, later: list[ItemMention]) -> ItemMention:
    """ "army, navy, air force and rocket force units": forces listed before the head they share
    ("units") are one object, that head; "two soldiers and three civilians" stay apart."""
    cur = it
    for o in later:
        if o.cls != "personnel":
            break
        between = [t.lower for t in ctx.tokens[cur.tok_end : o.tok_start]]
        if between == []:
            return o  # the shared head right after the last of the list
        if between not in ([","], ["and"], ["or"], [",", "and"], [",", "or"]):
            break
        cur = o
    return it


def before_parenthesis(ctx: DocContext, tok: int) -> int:
    """Token index where a parenthesis closing just before ``tok`` opens (skipping "were seen"
    and the like), else ``tok``: the breakdown inside is not the subject. An item right before ``tok``
    is its compound and stays ("the DPRK's (DPRK) Intercontinental ballistic missile test")."""
    if ctx.items_ending_at(tok) and tok > 0 and ctx.tokens[tok - 1].lower != ")":
        return tok
    i = tok - 1
    while i >= 0 and tok - i <= 4 and ctx.tokens[i].lower != ")":
        if not ctx.tokens[i].lower.isalpha():
            return _before_aside(ctx, i, tok)
        if ctx.items_ending_at(i + 1):
            return tok  # "A Guyana Defence Force (GDF) soldier was wounded": the thing after it is the subject
        i -= 1
    if i < 0 or ctx.tokens[i].lower != ")":
        return tok
    depth = 0
    for j in range(i, max(-1, i - 60), -1):
        word = ctx.tokens[j].lower
        depth += word == ")"
        depth -= word == "("
        if depth == 0:
            return j
    return tok


_ASIDE_MARKS = frozenset({",", "-", "—", "–"})
_PART_ASIDE = re.compile(r"\b(?:of\s+them|of\s+whom|among\s+them)\b", re.IGNORECASE)


def _before_aside(ctx: DocContext, close: int, tok: int) -> int:
    """Where an aside that counts a part of the subject opens ("At least 18 people, eight of them
    children, have been killed"; "- eight of them children -"), else ``tok``."""
    mark = ctx.tokens[close].lower
    if mark not in _ASIDE_MARKS:
        return tok
    for j in range(close - 1, max(-1, close - 12), -1):
        if ctx.tokens[j].lower in _ASIDE_MARKS:
            inside = ctx.text[ctx.tokens[j].end : ctx.tokens[close].start]
            return j if _PART_ASIDE.search(inside) else tok
    return tok


_PLACE_PHRASE_BREAKS = frozenset({",", ";", ":", "and", "but", "while", "which", "that", "who", "whom", "after", "as"})


def _subject_before_place(ctx: DocContext, trig: Trigger, sent_items: list[ItemMention]) -> ItemMention | None:
    """The subject of a passive past a place phrase: "a man in the northern town of Karmiel was
    lightly wounded" (up to ten words, opened by a preposition, no clause break), or past a participle
    and its phrase ("the rifles seized from a truck near the town had been smuggled")."""
    g = grammar()
    people_only = all(etype == "CASUALTY" for etype, _ in trig.readings)  # a checkpoint is no victim
    candidates = [
        (it, ctx.tokens[it.tok_end : trig.tok_start])
        for it in reversed(sent_items)
        if it.tok_end <= trig.tok_start and not (people_only and it.cls != "personnel")
    ]
    for it, between in candidates:
        # "The 43 rifles seized from a truck near Shinahota had been smuggled": past a participle's phrase,
        # whose own things ("a truck") are not the subject
        if len(between) > 12 or any(t.lower in _PLACE_PHRASE_BREAKS for t in between):
            break
        if len(between) > 2 and between[0].lower.endswith("ed") and between[1].lower in g.preps:
            return it
    if not candidates:
        return None
    it, between = candidates[0]
    if not between or len(between) > 10 or between[0].lower not in g.preps:
        return None
    return None if any(t.lower in _PLACE_PHRASE_BREAKS for t in between) else it


def _pronoun_item(ctx: DocContext, i: int) -> ItemMention:
    tok = ctx.tokens[i]
    return ItemMention(tok.start, tok.end, ctx.text[tok.start : tok.end], "personnel", "person", i, i + 1)


_NOBODY_REACH = 9  # tokens back from a passive casualty verb to "no one" or "nobody"


def pronoun_victim(
    ctx: DocContext, trig: Trigger, sent_tok_start: int, passive: bool, intransitive: bool = False
) -> ItemMention | None:
    """The person a casualty verb names by pronoun: "engaged the male, killing him", "he was
    engaged and killed", "he died in hospital nine days later". Only a pronoun right after an
    active verb, the subject of a passive a few words back in the same clause, or the subject right
    before an ``intransitive`` one (auxiliaries aside), counts."""
    g = grammar()
    toks = ctx.tokens
    if intransitive:
        i = trig.tok_start - 1
        while i >= sent_tok_start and (toks[i].lower in g.aux or toks[i].lower in ("later", "then") or
                                       toks[i].lower.endswith("ly") and toks[i].lower.isalpha()):
            i -= 1  # "they later died", "she eventually succumbed"
        return _pronoun_item(ctx, i) if i >= sent_tok_start and toks[i].lower in g.victim_subject_pronouns else None
    if not passive:
        i = trig.tok_end
        if i < len(toks) and toks[i].lower in g.victim_object_pronouns:
            return _pronoun_item(ctx, i)
        return None
    i = trig.tok_start - 1
    # "no one on the patrol vessel was hurt": a negative pronoun may stand past a place phrase
    while i >= sent_tok_start and trig.tok_start - i <= _NOBODY_REACH:
        lower = toks[i].lower
        near = trig.tok_start - i <= 5
        if lower in g.victim_subject_pronouns and (near or lower in g.negative_pronouns):
            return _pronoun_item(ctx, i)
        if lower == "one" and i > sent_tok_start and toks[i - 1].lower == "no":
            tok, no = toks[i], toks[i - 1]  # "no one was injured"
            return ItemMention(no.start, tok.end, ctx.text[no.start : tok.end], "personnel", "person", i - 1, i + 1)
        if lower in g.set_pronouns and i - 2 >= sent_tok_start and toks[i - 1].lower == "of" and near:
            if toks[i - 2].lower in g.whole_set_words:
                tok, head = toks[i], toks[i - 2]  # "None of them was injured", "both of them were wounded"
                text = ctx.text[head.start : tok.end]
                return ItemMention(head.start, tok.end, text, "personnel", "person", i - 2, i + 1)
        if not lower.isalpha():
            return None
        i -= 1
    return None


def adjective_before(ctx: DocContext, tok: int) -> bool:
    """Token ``tok`` is a lower-case adjective ("reckless", "brutal", "deadly"), by its ending."""
    if tok < 0:
        return False
    t = ctx.tokens[tok]
    word = t.lower
    if not word.isalpha() or len(word) < 5 or not ctx.text[t.start].islower():
        return False  # "Senegal attacks": a name, not an adjective
    g = grammar()
    if word in g.not_adjectives:
        return False  # "has nonetheless kept soldiers": an adverb
    if word in g.adjectives:
        return True
    if not word.endswith(tuple(g.adjective_endings)):
        return False
    # "One constable injured in the head": the head noun of an item ends like an adjective but is none
    return not any(it.end == t.end for it in ctx.items_within(t.start, t.end))


def _modifies_next_item(ctx: DocContext, other: Trigger, before: str, sent_items: list[ItemMention]) -> bool:
    """A verb-looking word between a count (or an adjective) and the item it names ("two additional
    patrol vessels", "a key mining settlement"): a modifier of that item, not a verb."""
    g = grammar()
    counted = is_count_word(before) or before in g.count_modifiers
    # "a key mining settlement": a gerund between an adjective and the item it names
    described = other.lower.endswith("ing") and before in g.adjectives
    if not (counted or described):
        counted = _count_before_model(ctx, other.tok_start)
    if not (counted or described):
        return False
    return any(it.tok_start == other.tok_end for it in sent_items)


_MODEL_REACH = 6  # words between a count and the verb-looking word that a model's name may take


def _count_before_model(ctx: DocContext, tok: int) -> bool:
    """A count a few words back, with only a model's name and one lower-case word between: "20 armoured
    patrol vehicles", "four A-29 Super Tucano light attack aircraft"."""
    lower_words = 0
    for i in range(tok - 1, max(-1, tok - 1 - _MODEL_REACH), -1):
        token = ctx.tokens[i]
        if i < tok - 1 and is_count_word(token.lower):
            return True
        if token.lower.isalpha() and ctx.text[token.start].islower():
            lower_words += 1
            if lower_words > 1:
                return False
        elif not (ctx.text[token.start].isupper() or token.lower[:1].isdigit() or token.lower == "-"):
            return False
    return False


def _participle_modifier(ctx: DocContext, other: Trigger, sent_items: list[ItemMention]) -> bool:
    """A past participle right before the item it describes, one adjective between at most ("seized
    Iranian weapons", "captured tanks"): a modifier of the object, not a verb of its own."""
    if not other.lower.endswith("ed"):
        return False
    return any(other.tok_end <= it.tok_start <= other.tok_end + 1 for it in sent_items)


def is_count_word(word: str) -> bool:
    """A lower-cased token that counts what follows it: digits ("14", "1,900") or a number word ("three")."""
    return word[:1].isdigit() or word in number_words()


def nominal_left(prev: str) -> bool:
    """A word after which a verb-looking trigger is a noun: a number or calibre ("155mm shells",
    "40 strikes", "three million shells"), or "of" ("dozens of strikes")."""
    return bool(prev) and (is_count_word(prev) or prev in grammar().nominal_left)


def entity_is_possessive(ctx: DocContext, ent: EntityMention) -> bool:
    """True for "North Korea's" / "Moscow’s"."""
    return ctx.text.startswith(("'s", "’s"), ent.end) or ctx.text.startswith(("' ", "’ "), ent.end)


def token_before(ctx: DocContext, char: int) -> str:
    """Lower-cased token just before ``char`` ("" at the start)."""
    i = ctx.tok_before(char)
    while i >= 0 and not ctx.tokens[i].lower.strip():
        i -= 1  # the line break of hard-wrapped text is no word: "at\nUkrainian cities"
    return ctx.tokens[i].lower if i >= 0 else ""


_LIGHT_PASSIVE_BY = re.compile(
    r"(?:\s+(?:on|in|against|near|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"  # "the drone attack on the market"
    r"\s+(?:was|were|had\s+been|has\s+been|(?:(?:is|was|are|were)\s+)?(?:suspected|believed|thought|said|alleged)\s+to\s+have\s+been)"
    r"\s+(?:\w+ly\s+)?(?:(?:carried\s+out|conducted|launched|mounted|staged|ordered|committed|perpetrated|"
    r"organi[sz]ed|planned)\s+by|the\s+work\s+of)\b",
    re.IGNORECASE,
)


def agent_told_after(text: str, end: int) -> bool:
    """ "the ambush was ordered by", "the blasts were the work of": an event noun whose doer a
    passive light verb names after it, an attribution of the act."""
    return _LIGHT_PASSIVE_BY.match(text, end) is not None


_AFFILIATION = re.compile(
    r"\b(?:linked|affiliated|allied|aligned|loyal|tied|belonging|attached)\s+(?:to|with)\s+(?:the\s+)?\Z", re.IGNORECASE
)


def find_actor(
    ctx: DocContext,
    trig: Trigger,
    sent_entities: list[EntityMention],
    *,
    passive: bool,
    noun: bool,
    victim_side: bool,
) -> EntityMention | None:
    """The entity that does what the trigger says (see module docstring)."""
    g = grammar()
    if passive or noun:
        # "were fired by the North", "an imminent missile launch by the North"
        of_phrase = trig.tok_end < len(ctx.tokens) and ctx.tokens[trig.tok_end].lower == "of"
        # "the launch of a ballistic missile by North Korea": past the noun's "of" phrase
        # "a raid by the terrorist group al-Shabaab": "by" right after the noun reaches past an apposition
        by_next = trig.tok_end < len(ctx.tokens) and ctx.tokens[trig.tok_end].lower == "by"
        # "the attack was allegedly carried out by RSF fighters": a noun's agent past a passive light verb
        light = _LIGHT_PASSIVE_BY.match(ctx.text, trig.end) if noun else None
        by_next = by_next or light is not None
        # "the blasts were the work of the NPA": the agent after "of"
        agent_words = {"of"} if light is not None and light.group().lower().endswith("of") else {"by"}
        by = _after_word(ctx, trig, sent_entities, agent_words, 10 if passive else 8 if of_phrase or by_next else 3)
        if by is None and by_next and light is None:
            by = _by_units_of(ctx, trig, sent_entities)
        if by is not None:
            return by
    if noun:
        # "The U.S. military presence": a body named in words the event noun shares owns it
        overlapping = next((e for e in sent_entities if e.start < trig.start < e.end and e.entity), None)
        if overlapping is not None:
            return overlapping
    clause_start = -1 if passive or noun else _clause_opened(ctx, trig)
    # "The Africa Corps, which replaced the Wagner group this year, has about 2,000 fighters": the
    # relative clause's words are not the verb's subject
    aside = None if passive or noun else relative_aside_before(ctx, trig)
    for ent in reversed([e for e in sent_entities if e.end <= trig.start]):
        if ent.end <= clause_start:
            break  # "five Americans were injured when two rockets struck the base": not who struck
        if aside is not None and ent.start > aside.start():
            continue
        if _SAYING_THAT.search(ctx.text, ent.end, trig.start):
            break  # "the government contradicted this, claiming that the strikes killed": what it says
        if _new_that_clause(ctx, ent.end, trig.start):
            break  # "the rifle was bought in the Netherlands, and that the network had converted": a new clause
        if _reports_that(ctx, ent, trig):
            break  # "The NIS told lawmakers that the reinforcements were deployed": who tells, not who did
        relative = _RELATIVE_SUBJECT.match(ctx.text, ent.end, trig.start) is not None
        if ctx.is_speaker(ent.start, ent.end) and not _claims_own_act(ctx, ent, trig) and not relative:
            continue  # not "Burundi, which has 10,000 troops in Congo, denied": the clause's own subject
        if noun and _NEITHER_NOR.search(ctx.text, max(0, ent.start - 12), ent.start):
            continue  # "Neither the North nor Russia has confirmed the deployment": who keep silent on it
        if _forecasts(ctx, ent, trig, g):
            continue  # "the ministry expects further ramming attempts": who foresees it, not who acts
        if _LABEL_COLON.match(ctx.text, ent.end) and _opens_line(ctx.text, ent.start):
            continue  # "Ministry of Defence: drone entered national airspace": the item's label, not its actor
        if noun and trig.tok_start - ctx.tok_at(ent.end) > _NOUN_ACTOR_REACH and not owns_noun(ctx, ent, trig):
            break  # "OCHA ... had received reports ... in the 24 hours after the attack": too far to own it
        if noun and ent.entity is not None and owns_noun(ctx, ent, trig):
            return ent  # "against Russia's relentless attacks": the owner of an event noun does it
        before = token_before(ctx, ent.start)
        if before in g.direction_words and ctx.tok_before(ent.start) >= 1:
            before = ctx.tokens[ctx.tok_before(ent.start) - 1].lower  # "a strike in northwest Syria that killed"
        # "across much of the Gaza Strip ..., with heavy strikes": a place, not who strikes
        framed = ctx.tok_at(ent.end) < len(ctx.tokens) and ctx.tokens[ctx.tok_at(ent.end)].lower in g.place_frames
        if (noun or framed) and before == "the":
            # "In the Ukrainian city of Sumy, a drone hit a market": a place, whatever the trigger
            i = ctx.tok_before(ent.start) - 1
            if i >= 0 and ctx.tokens[i].lower in g.preps:
                before = ctx.tokens[i].lower
        if not noun and _PARTNER_BEFORE.search(ctx.text, max(0, ent.start - 50), ent.start):
            continue  # "the strike, carried out in coordination with the Federal Government of Somalia, targeted"
        subject_of_gerund = ctx.tok_at(ent.end) == trig.tok_start  # "lead to Moscow transferring"
        clause_subject = not noun and before in g.subordinators  # "hours after Israeli warplanes pounded"
        counted = before == "of" and _after_amount(ctx, ent.start)  # "dozens of Israeli aircraft took part"
        # "... from Hamas, which has vowed to": the antecedent of a relative pronoun acts in its clause
        # "Jihadist fighters linked to al Qaeda killed": the group the subject belongs to acts
        affiliated = _AFFILIATION.search(ctx.text, max(0, ent.start - 30), ent.start) is not None
        by_agent = _BY_BEFORE.search(ctx.text, max(0, ent.start - 8), ent.start) is not None
        if by_agent and not passive and not noun and _AND_BETWEEN.search(ctx.text, ent.end, trig.start):
            continue  # "repelled an assault by the RSF from the south and killed dozens": the assault's agent
        if before in g.preps and before != "by" and not (subject_of_gerund or clause_subject or counted or relative):
            if not (affiliated and not noun and trig.start - ent.end < 40):
                continue
        if _OWN_AIM.fullmatch(ctx.text, ent.end, trig.start) and not noun:
            return ent  # "North Korea's attempt to launch a satellite": who attempts it launches
        if entity_is_possessive(ctx, ent) and not noun and _owns_verb_form(ctx, ent, trig):
            return ent  # "Russia's use of these missiles": a verb form the owner's act names as a noun
        if entity_is_possessive(ctx, ent) and not noun and not _owns_subject(ctx, ent, trig):
            continue  # "Moscow's war against": not a subject; but "the junta's fighter jets dropped bombs"
        if _names_a_place(ctx, ent):
            continue  # "a town near the Indian border, also wounded 20 people": a place, not who wounded
        if not noun and _object_of_participle(ctx, ent, sent_entities):
            continue  # "M23 militia battling the Congolese army captured a town": the militia captured it
        if victim_side and (ent.kind == "demonym" or _holds_people(ctx, ent)):
            continue
        if noun and _people_acted_on(ctx, ent):
            continue  # "a British national was killed in the attack": the victims, not the attackers
        if noun and _killed_in_the_act(ctx, ent, trig):
            continue  # "its jets had killed scores of terrorists in air strikes": the victims, not the strikers
        if ent.entity is None:
            continue
        if ent.entity.endswith(".CVL") and not victim_side:
            continue  # "civilians were killed in the strikes": civilians suffer the act, not do it
        if passive and not noun and not victim_side and _FRONTED.search(ctx.text, ent.end, trig.start):
            continue  # "sirens sounded in northern Israel, a barrage was launched from Lebanon": not the launcher
        if passive and not noun and not victim_side and passive_patient(ctx, ent, trig):
            continue  # "Kyiv was targeted by 30 drones": the place hit, not the attacker
        if passive and not noun and _WHOSE.search(ctx.text, ent.end, trig.start):
            break  # "The Provincial Government will send food to families whose houses were burned": its act, not this
        return _first_conjunct(ctx, ent, sent_entities)
    return None


def relative_aside_before(ctx: DocContext, trig: Trigger) -> re.Match[str] | None:
    """A relative clause set off by commas right before the verb (", which replaced the Wagner group this
    year, has"): what it names is not the verb's subject, the word before it is."""
    return _RELATIVE_ASIDE_BEFORE.search(ctx.text, max(0, trig.start - 160), trig.start)


# ", which replaced the Wagner group this year, has": a relative clause between a subject and its verb
_RELATIVE_ASIDE_BEFORE = re.compile(
    r",\s+(?:which|who)\s+[^,;.:()\"“”]{3,140},\s+"
    r"(?:(?:has|have|had|is|are|was|were|will|would|also|now|already|still|reportedly|been)\s+){0,3}\Z"
)
# "in coordination with the Federal", "alongside the", "with the help of": a partner, not the subject
_PARTNER_BEFORE = re.compile(
    r"\b(?:alongside|(?:together|jointly)\s+with|in\s+coordination\s+with|in\s+cooperation\s+with|in\s+partnership\s+with|"
    r"with\s+the\s+(?:help|support|backing)\s+of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}\Z"
)


def _reports_that(ctx: DocContext, ent: EntityMention, trig: Trigger) -> bool:
    """A watcher's reporting verb, then "that", between the entity and the trigger: an intelligence
    service, a legislature or the media telling what others did ("The NIS told lawmakers that the
    reinforcements were deployed"); an army telling that "dozens of terrorists had been neutralised"
    tells of its own act."""
    if (ent.entity or "").split(".")[-1] not in ("SPY", "LEG", "MED"):
        return False
    words = [t.lower for t in ctx.tokens[ctx.tok_at(ent.end) : trig.tok_start]]
    reporting = next((k for k, w in enumerate(words) if w in _reporting_words()), None)
    return reporting is not None and "that" in words[reporting + 1 :]


_WHOSE = re.compile(r"\bwhose\b", re.IGNORECASE)
_NEXT_THAT_CLAUSE = re.compile(r",?\s+and\s+that\s+(?:the|a|an|some)\s+(?:same\s+|other\s+)?", re.IGNORECASE)


def _new_that_clause(ctx: DocContext, start: int, end: int) -> bool:
    """A second "that" clause opens between ``start`` and ``end`` with a subject of its own that names
    no thing of the lexicon ("it believes the rifle was bought in the Netherlands, and that the same
    network had converted two pistols"): what came before is not that subject. A thing named there
    ("and that a second carrier could join it"; not people) is the first clause's side's, and a named subject
    ("and that the Ministry of the Interior expects") is met by the search itself."""
    found = _NEXT_THAT_CLAUSE.search(ctx.text, start, end)
    if found is None or any(e.entity for e in ctx.entities_within(found.end(), end)):
        return False  # "and that the Ministry of the Interior expects": a subject the search meets itself
    things = [it for it in ctx.items_within(found.start(), end) if it.cls != "personnel"]
    return not any(found.start() < it.start < found.end() + 20 for it in things)


_SAYING_THAT = re.compile(
    r",\s*(?:saying|claiming|adding|noting|stating|insisting|asserting|arguing|alleging)\s+that\b", re.IGNORECASE
)
_CLAUSE_OPENERS = frozenset({"when", "while", "after", "before", "because", "although", "though", "whereas"})


def _clause_opened(ctx: DocContext, trig: Trigger) -> int:
    """The start of a subordinating word that opens the clause a verb is in, with no comma or other
    verb's end between ("injured when two rockets struck"), or -1: a side named before it is in
    another clause."""
    toks = ctx.tokens
    for i in range(trig.tok_start - 1, max(-1, trig.tok_start - 9), -1):
        word = toks[i].lower
        if word in (",", ";", ".", ":", "—", "–", "(", ")", '"', "“", "”"):
            return -1
        if word in _CLAUSE_OPENERS:
            # "killed 46 civilians when they stormed the camp": the pronoun is the main clause's subject
            return -1 if i + 1 < len(toks) and toks[i + 1].lower in grammar().pronouns else toks[i].start
    return -1


def _owns_verb_form(ctx: DocContext, ent: EntityMention, trig: Trigger) -> bool:
    """ "Russia's use of": a possessive right before a verb form that an "of" phrase follows."""
    nxt = trig.tok_end
    return (
        ctx.tok_at(ent.end) + 1 == trig.tok_start
        and nxt < len(ctx.tokens)
        and ctx.tokens[nxt].lower == "of"
    )


def _owns_subject(ctx: DocContext, ent: EntityMention, trig: Trigger) -> bool:
    """The possessor of forces or machines that are the verb's subject, auxiliaries aside ("the junta's
    fighter jets dropped", "Russia's troops have advanced")."""
    g = grammar()
    i = trig.tok_start - 1
    while i >= 0 and ctx.tokens[i].lower in g.aux:
        i -= 1
    if i < 0:
        return False
    end = ctx.tokens[i].end
    return any(
        it.end == end and it.cls in ("personnel", "platform") and 0 <= it.start - ent.end <= 3
        for it in ctx.items_within(ent.end, end)
    )


def passive_patient(ctx: DocContext, ent: EntityMention, trig: Trigger) -> bool:
    """A country or place that is the subject of a passive verb right after it ("Kyiv was targeted",
    "Israel was hit"): what the verb was done to."""
    g = grammar()
    if ent.kind in ("demonym", "org"):
        # "Pakistani military facilities had been targeted": a body's name modifying the places hit
        return _side_of_place_hit(ctx, ent, trig, g)
    if ent.kind not in ("country", "place"):
        return False
    between = [t.lower for t in ctx.tokens[ctx.tok_at(ent.end) : trig.tok_start]]
    return bool(between) and all(w in g.aux or w in g.be or w.endswith("ly") for w in between)


_HIT_PLACES = frozenset({"territory", "infrastructure", "barrier", "launch_site"})


def _side_of_place_hit(ctx: DocContext, ent: EntityMention, trig: Trigger, g: Grammar) -> bool:
    """ "Three Ukrainian villages were shelled", "six Russian oblasts have been attacked": a demonym
    on the places that are the passive's subject names the side hit."""
    first = ctx.tok_at(ent.end)
    attack = any(etype == "ATTACK" for etype, _ in trig.readings)
    hit = _HIT_PLACES | _HIT_THINGS if attack else _HIT_PLACES  # "A UN convoy was attacked"
    if attack and _OWNED_BY_AFTER.search(ctx.text, max(0, ent.start - 30), ent.start):
        # "A convoy of the World Food Programme (WFP) was attacked": the owner named after "of"
        owned = [it for it in ctx.items_within(max(0, ent.start - 30), ent.start) if it.cls in hit]
        if owned:
            tail = _ACRONYM_TAIL.match(ctx.text, ent.end)
            after = ctx.tok_at(tail.end()) if tail else first
            between = [t.lower for t in ctx.tokens[after : trig.tok_start]]
            return bool(between) and all(w in g.aux or w in g.be or w.endswith("ly") for w in between)
    # items are sorted by start: only those from the demonym to the third token after it are asked
    reach = ctx.tokens[first + 3].start if first + 3 < len(ctx.tokens) else len(ctx.text) + 1
    ends = [
        it.tok_end
        for it in ctx.starting_in(ctx.items, ent.end, reach)
        if it.cls in hit and it.tok_end <= trig.tok_start and it.tok_start - first <= 2
    ]
    ends += [i + 1 for i in range(first, min(first + 3, trig.tok_start)) if ctx.tokens[i].lower in g.place_counts]
    if not ends:
        return False
    between = [t.lower for t in ctx.tokens[min(ends) : trig.tok_start]]
    # "villages in the Sumy region were shelled", "a U.N. convoy carrying flour was hit": past the place
    # phrase or the participle phrase on the things hit
    if between and (between[0] in g.preps or between[0].endswith("ing") and between[0].isalpha()):
        verb_group = next((k for k, w in enumerate(between) if w in g.aux or w in g.be), None)
        between = between[verb_group:] if verb_group is not None and verb_group <= _PLACE_PHRASE else between
    return bool(between) and all(w in g.aux or w in g.be or w.endswith("ly") for w in between)


_PLACE_PHRASE = 6  # tokens of a place phrase between the places hit and their verb
_HIT_THINGS = frozenset({"equipment", "platform"})  # vehicles, convoys, ships and aircraft struck
_OWNED_BY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z]{1,10}\)")


# a fronted clause ends before a passive's subject: "following sirens in northern Israel, a barrage was"
_FRONTED = re.compile(r",\s+(?:an?|the|some|about|approximately|around|nearly|more|at)\b", re.IGNORECASE)


_NOUN_ACTOR_REACH = 12  # tokens before an event noun within which its actor may stand


def owns_noun(ctx: DocContext, ent: EntityMention, trig: Trigger) -> bool:
    """ "North Korea's launch", "Russia's ongoing missile and UAV attacks": a possessive entity
    at most four modifier words before an event noun."""
    if not entity_is_possessive(ctx, ent):
        return False
    first = ctx.tok_at(ent.end) + 1  # past the "'s"
    g = grammar()
    if first + 1 < trig.tok_start and ctx.tokens[first].lower in g.event_frames and ctx.tokens[first + 1].lower == "of":
        first += 2  # "South Korea's resumption of live-fire artillery drills": the drills are South Korea's
    elif (
        first + 2 < trig.tok_start
        and ctx.tokens[first + 1].lower in g.event_frames
        and ctx.tokens[first + 2].lower == "of"
        and ctx.tokens[first].lower.isalpha()
        and ctx.tokens[first].lower not in g.dets | g.preps
    ):
        first += 3  # "the DPRK's unprecedented number of ballistic missile launches"
    between = [t for t in ctx.tokens[first : trig.tok_start] if t.lower != "-"]  # "live-fire": one modifier
    if not 0 <= len(between) <= 4 + _hyphens(ctx, first, trig.tok_start):
        return False
    return all(t.lower.replace("-", "").isalnum() and t.lower not in g.preps and t.lower not in g.dets
               and t.lower not in g.be for t in between)


def _hyphens(ctx: DocContext, lo: int, hi: int) -> int:
    """Hyphens between tokens ``lo`` and ``hi``: each joins two words into one modifier."""
    return sum(1 for t in ctx.tokens[lo:hi] if t.lower == "-")


_AND = re.compile(r"^,?\s+and\s+(?:the\s+)?$")
_AND_BETWEEN = re.compile(r"\band\b")
_BORDER_OF = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:border|borders|frontier|frontiers)\b")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?\Z", re.IGNORECASE)
_COMMA = re.compile(r"^,\s+(?:the\s+)?$")


def _first_conjunct(ctx: DocContext, ent: EntityMention, sent_entities: list[EntityMention]) -> EntityMention:
    """ "Afghan and coalition forces", "South Korea, the United States and Japan": the first named
    side leads the act (the SPEC keeps one actor). A comma links only inside a list that ends in
    "and" ("the South Korean president, North Korea conducted" is no list)."""
    listed = False
    while True:
        earlier = [e for e in sent_entities if e.end <= ent.start and e.entity]
        gap = ctx.text[earlier[-1].end : ent.start] if earlier else ""
        if not earlier or not (_AND.match(gap) or listed and _COMMA.match(gap)):
            return ent
        if gap.startswith(",") and not listed and not _comma_listed(ctx, earlier):
            return ent  # "troops remain inside Lebanon, and the army has been building": two clauses
        listed = True
        if ctx.is_speaker(earlier[-1].start, earlier[-1].end):
            return ent
        ent = earlier[-1]


def _comma_listed(ctx: DocContext, earlier: list[EntityMention]) -> bool:
    """ ", and" ends a list only after a comma between the two entities before it ("Japan, South
    Korea, and the United States"); after one name alone it joins two clauses."""
    return len(earlier) > 1 and bool(_COMMA.match(ctx.text[earlier[-2].end : earlier[-1].start]))


# used with .match(text, pos): no "^", which would anchor at the string's start, not at pos
_OWN_ACT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:to|it\s+had|it\s+has|that\s+it)\b", re.IGNORECASE)


# "<side>'s (latest) attempt to": a possessive on an aim whose infinitive is the trigger
_OWN_AIM = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:attempt|attempts|bid|plan|plans|effort|efforts|decision|move|push)\s+to\s+",
    re.IGNORECASE,
)


def _forecasts(ctx: DocContext, ent: EntityMention, trig: Trigger, g: Grammar) -> bool:
    """A forecasting verb right after the subject (auxiliaries aside) whose object, within three words,
    is the event ("the ministry expects further ramming attempts", "officials fear more raids")."""
    i, stop = ctx.tok_at(ent.end), trig.tok_start
    while i < stop and ctx.tokens[i].lower in g.aux:
        i += 1
    # not "the North is expected to launch": who is expected to act acts
    return i < stop and ctx.tokens[i].lower in g.forecast_verbs and stop - i <= 3 and ctx.tokens[i + 1].lower != "to"


# a colon right after a name that opens its line: a heading's label ("Ministry of Defence: ...")
_LABEL_COLON = re.compile(r"[^\S\n]*:")


def _opens_line(text: str, char: int) -> bool:
    """Nothing but spaces between the start of its line and ``char``."""
    return not text[text.rfind("\n", 0, char) + 1 : char].strip()


_NEITHER_NOR = re.compile(r"\b(?:neither|nor)\s+(?:the\s+)?\Z", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(r",?\s*(?:which|who)\s+(?:[a-z]+\s+){0,2}\Z")


def _after_amount(ctx: DocContext, char: int) -> bool:
    """ "dozens of", "some of", "200 of", "a group of" right before ``char``: a count or a body of the
    entity's people."""
    i = ctx.tok_before(char) - 1
    if i < 0:
        return False
    word = ctx.tokens[i].lower
    g = grammar()
    if word in g.quantifiers or word in g.collective_heads or word.replace(",", "").isdigit():
        return True
    return ctx.quantity_starts_at(ctx.tokens[i].start)


def _claims_own_act(ctx: DocContext, ent: EntityMention, trig: Trigger) -> bool:
    """ "North Korea claimed to have launched": the speaker is also the actor."""
    return bool(_OWN_ACT.match(ctx.text, ent.end, trig.start))


_PASSIVE_AFTER = re.compile(
    r"(?:\s+and\s+(?:[\w-]+\s+){0,3}[\w-]+)?"  # "a British national and five Israelis"
    # "were killed", "have been killed" (not "have carried out": a perfect, active)
    r"\s*(?:(?:was|were|is|are)\s+(?:(?:being|now|reportedly)\s+)*|(?:has|have|had)\s+(?:(?:now|reportedly)\s+)*been\s+)"
    r"\w+(?:ed|en)\b",
    re.IGNORECASE,
)


def _people_acted_on(ctx: DocContext, ent: EntityMention) -> bool:
    """A demonym on people who are the subject of a passive: "Two British nationals were killed"."""
    if ent.kind == "demonym" and _PASSIVE_AFTER.match(ctx.text, ent.end):
        return True  # "Five Israelis were killed"
    people = [it for it in ctx.items_within(ent.start, ent.end + 40) if it.cls == "personnel" and it.start >= ent.start]
    if not people:
        return False
    head = people[0]
    if ctx.text[ent.end : head.start].strip(" -") and ctx.tok_at(head.start) - ctx.tok_at(ent.end) > 1:
        return False
    return _PASSIVE_AFTER.match(ctx.text, head.end) is not None


# "killed scores of", "had killed \"dozens of": a casualty verb and a vague count right before its victims
_KILLED_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|neutrali[sz]ed|eliminated|captured)\s+[\"“]?(?:(?:scores|dozens|hundreds|several|"
    r"many|numerous|some|at\s+least|more\s+than|about|\d[\d,]*)\s+(?:of\s+)?)*(?:the\s+)?\Z",
    re.IGNORECASE,
)
_IN_THE_ACT = re.compile(r"[\"”]?\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)


def _killed_in_the_act(ctx: DocContext, ent: EntityMention, trig: Trigger) -> bool:
    """People killed in the act the noun names ("killed scores of terrorists in air strikes"): its victims."""
    return (
        _KILLED_BEFORE.search(ctx.text, max(0, ent.start - 40), ent.start) is not None
        and _IN_THE_ACT.fullmatch(ctx.text, ent.end, trig.start) is not None
    )


def _holds_people(ctx: DocContext, ent: EntityMention) -> bool:
    # "North Korean soldiers" as one mention: the people counted, not who acts on them
    return any(it.cls == "personnel" for it in ctx.items_within(ent.start, ent.end))


def _by_units_of(ctx: DocContext, trig: Trigger, sent_entities: list[EntityMention]) -> EntityMention | None:
    """The force a "by" phrase names through units of it ("three counterattacks by assault groups of the
    47th Mechanised Brigade of the Armed Forces of Ukraine", "an attack by fighters of the RSF"): the body
    at the end of the chain of "of" phrases is the agent."""
    by_end = ctx.tokens[trig.tok_end].end
    for ent in sent_entities:
        if ent.start < by_end or ent.entity is None:
            continue
        found = _UNITS_OF_CHAIN.fullmatch(ctx.text, by_end, ent.start)
        return ent if found is not None else None
    return None


# " assault groups of the 47th Mechanised Brigade of the ": words and "of" links only, no comma or other preposition
_UNITS_OF_CHAIN = re.compile(
    r"(?:\s+(?!(?:and|or|in|on|at|near|from|to|with|against|after|during|who|which|that)\b)[\w'’-]+){1,10}"
    r"\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _after_word(
    ctx: DocContext, trig: Trigger, sent_entities: list[EntityMention], words: set[str], reach: int
) -> EntityMention | None:
    for ent in sent_entities:
        if ent.start < trig.end or ent.entity is None:
            continue
        if ctx.tok_at(ent.start) - trig.tok_end > reach:
            break
        if token_before(ctx, ent.start) in words or word_before_phrase(ctx, ent.start) in words:
            return ent
    return None


def word_before_phrase(ctx: DocContext, char: int) -> str:
    """The word before a noun phrase's modifiers: "by" in "by the Iran-aligned Houthi rebels"
    (back over a determiner, lower-case words and hyphenated compounds, at most five tokens)."""
    g = grammar()
    i = ctx.tok_before(char)
    steps = 0
    while i >= 0 and steps < 5:
        lower = ctx.tokens[i].lower
        if lower == "-" and i > 0:
            i -= 2  # "Iran-aligned": the hyphen and the word before it
        elif lower in g.dets or (lower.isalpha() and ctx.text[ctx.tokens[i].start].islower() and lower not in g.preps):
            i -= 1
        else:
            return lower
        steps += 1
    return ""




def _lowers(ctx: DocContext, start: int, end: int) -> list[str]:
    """The lower-cased tokens from ``start`` to ``end``."""
    return [t.lower for t in ctx.tokens[ctx.tok_at(start) : ctx.tok_at(end)]]


def find_recipient(
    ctx: DocContext, trig: Trigger, etype: str, sent_entities: list[EntityMention], reach: int = 12
) -> EntityMention | None:
    """Where forces or goods go, or who is attacked, watched or addressed."""
    g = grammar()
    words = g.recipient_preps if etype in {"DEPLOY", "TRANSFER"} else g.target_preps
    names = 0  # a long name between counts as one word ("deployments by the Democratic People's Republic of
    # Korea to Russia"): the extra tokens of the names passed so far
    # "denied targeting civilians and accused the army": past the next verb, the army is that verb's
    sent_end = ctx.seg.sentences[ctx.sentence_of(trig.start)].end
    next_verb = _NEXT_VERB_CLAUSE.search(ctx.text, trig.end, sent_end)  # (bounded: a 1.5 MB text has many triggers)
    for ent in sent_entities:
        if ent.start < trig.end:
            continue
        extra = max(0, ctx.tok_at(ent.end) - ctx.tok_at(ent.start) - 1)
        if ent.entity is None:
            names += extra
            continue
        gap = ctx.tok_at(ent.start) - trig.tok_end - names
        names += extra
        if gap > reach + _list_length(ctx, trig.end, ent.start):
            # "supplied 36 Panzerhaubitze 2000 howitzers and eight IRIS-T SLM fire units to Ukraine":
            # a long unbroken list of what is sent still ends at its destination
            sent_to = etype in {"DEPLOY", "TRANSFER"} and gap <= 3 * reach
            unbroken = sent_to and not _list_broken(ctx, trig.end, ent.start)
            if not unbroken or _governing_prep(ctx, ent.start, words) not in words:
                break
        if ctx.is_speaker(ent.start, ent.end) or in_origin_phrase(ctx, ent.start):
            continue
        if next_verb is not None and next_verb.end() <= ent.start:
            break
        if etype in {"DEPLOY", "TRANSFER"} and ent.kind == "demonym" and _modifies_item(ctx, ent):
            continue  # "bring in Iranian weapons for the Houthis": whose weapons, not who gets them
        before = _governing_prep(ctx, ent.start, words | {"with"})
        verb_in = trig.lower.split()
        particle = len(verb_in) == 2 and verb_in[1] == "in" and verb_in[0] in g.particle_in_verbs
        if before == "in" and particle and "in" not in _lowers(ctx, trig.end, ent.start):
            before = None  # "has flown in extra police": the verb's particle governs nothing ("landed in Seoul" does)
        if before == "in" and _after_war_noun(ctx, ent.start):
            continue  # "shipped arms for the war in Ukraine": where the war is, not who receives
        if before == "to" and etype in {"DEPLOY", "TRANSFER"} and _purpose_against(ctx, ent.start):
            continue  # "to the Middle East to deter Iran": the adversary of the purpose, not a destination
        if before in words:
            return ent
        if etype == "DEPLOY" and before == "on" and _next_word(ctx, ent.end) in g.ground_nouns:
            return ent  # "are already on Russian soil": the country the ground is
        if etype == "DEPLOY" and before in ("on", "along", "near", "at") and _BORDER_OF.match(ctx.text, ent.end):
            return ent  # "Russia's military build-up on Ukraine's borders": the country whose border it is
        if etype == "DEPLOY" and _OFF_COAST.search(ctx.text, max(0, ent.start - 40), ent.start):
            return ent  # "deployed warships off the coast of Libya": the waters of the country named
        if etype == "DEPLOY" and _left_by_withdrawal(ctx, trig, ent.start, before):
            return ent  # "pulling its fighters out of Mali": the country left
        if before == "with" and etype == "TRANSFER" and trig.lower.startswith("shar"):
            return ent  # "sharing satellite technology with North Korea"
        if etype in {"ATTACK", "STATEMENT", "SURVEIL"} and gap <= 1:
            return ent  # a direct object: "shelled Kharkiv", "condemned Seoul"
        if etype == "TRANSFER" and gap <= 1 and _token_after(ctx, ent.end) == "with":
            return ent  # "supplied Pyongyang with air defence systems": the receiver before "with"
        if etype == "TRANSFER" and _first_object(ctx, gap, ent) and _thing_given_after(ctx, ent.end):
            return ent  # "will send Ukraine 12 more howitzers": the first of two objects receives
        if etype in {"ATTACK", "STATEMENT", "SURVEIL"} and before in g.dets and gap <= 2:
            return ent
    return None


# "and accused", "and then blamed": a second verb coordinated after the first one's object
_NEXT_VERB_CLAUSE = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:accused|blamed|said|warned|called|urged|vowed)\b")


_OFF_COAST = re.compile(r"\b(?:off|along)\s+(?:the\s+)?(?:coast|coasts|shores?|coastline)\s+of\s+(?:the\s+)?\Z")


def _first_object(ctx: DocContext, gap: int, ent: EntityMention) -> bool:
    """A country, group or body right after the verb, "the" aside ("sends Hezbollah cash", "has given the
    Houthis drones", "handed the Belize Coast Guard two boats"): the first of two objects."""
    if ent.kind == "country":
        return gap == 0
    return ent.kind in ("group", "org") and (gap == 0 or (gap == 1 and token_before(ctx, ent.start) == "the"))


def _next_word(ctx: DocContext, end: int) -> str:
    """The lower-case token right after character ``end``, or ""."""
    i = ctx.tok_at(end)
    return ctx.tokens[i].lower if i < len(ctx.tokens) and ctx.tokens[i].start >= end else ""


def _modifies_item(ctx: DocContext, ent: EntityMention) -> bool:
    """A demonym right before the item it qualifies ("Iranian weapons", "North Korean shells")."""
    nxt = ctx.text[ent.end : ent.end + 1]
    if nxt != " ":
        return False
    return any(it.start == ent.end + 1 for it in ctx.items_within(ent.end, ent.end + 60))


def _left_by_withdrawal(ctx: DocContext, trig: Trigger, char: int, before: str) -> bool:
    """ "withdrew its troops from Syria", "pull 1,000 soldiers out of Chad": a withdrawal's recipient is
    the side left, after "from" or "out of"; "the last French soldiers left Niger": the place named
    right after a leaving form."""
    if trig.lower in trigger_lexicon().leaving_forms:
        return ctx.tok_at(char) == trig.tok_end
    if trig.lower.split()[0] not in grammar().withdrawal_verbs:
        return False
    if before == "from":
        return True
    i = ctx.tok_before(char)  # ``before`` is "of" only when it stands right before the entity
    return before == "of" and i > 0 and ctx.tokens[i - 1].lower == "out"


def _purpose_against(ctx: DocContext, char: int) -> bool:
    """ "to deter Iran", "to counter Russia": an entity after "to" and one of ``adversary_verbs``;
    "in response to Russia's intervention": a cause, not a destination."""
    i = ctx.tok_before(char)
    if i >= 1 and ctx.tokens[i].lower in grammar().adversary_verbs and ctx.tokens[i - 1].lower == "to":
        return True
    return _CAUSE_TO.search(ctx.text, max(0, char - 30), char) is not None


_CAUSE_TO = re.compile(
    r"\b(?:response|reply|reaction|retaliation|due|owing|according|thanks)\s+to\s+(?:the\s+)?$", re.IGNORECASE
)


_BREAK = re.compile(r"[,;:.()—–]")


def _list_broken(ctx: DocContext, start: int, end: int) -> bool:
    """A clause boundary between a verb and a place: punctuation, except the commas of a list of
    counts or things ("shipped more than 12 million shells, at least 250 ballistic missiles and
    roughly 200 howitzers to Russia", "$800 million in weapons, ammunition, and other security
    assistance to Ukraine")."""
    for found in _BREAK.finditer(ctx.text, start, end):
        if found.group() != ",":
            return True
        nxt = found.end()
        if ctx.text[found.start() - 1 : found.start()].isdigit() and ctx.text[nxt : nxt + 1].isdigit():
            continue  # "300,000": a thousands separator
        while nxt < end and ctx.text[nxt] == " ":
            nxt += 1
        if ctx.quantity_starts_at(nxt) or ctx.text.startswith(("and ", "other "), nxt):
            continue
        if ctx.text[nxt : nxt + 14].lower().startswith(tuple(grammar().service_branches)):
            continue  # "army, navy, air force and rocket force units"
        if not any(it.start == nxt for it in ctx.items_within(nxt, nxt + 40)):
            return True  # "weapons, ammunition, and other security assistance to Ukraine": a list goes on
    return False

# What follows the receiver of a two-object verb: a count or a determiner of the thing given.
_DOUBLE_OBJECT = re.compile(r"\s+(?:\d|(?:a|an|another|more|additional|new|some|several|dozens|hundreds|its|their)\b)")

def _thing_given_after(ctx: DocContext, char: int) -> bool:
    """A count, a determiner or a thing's name right after a receiver ("sent Ukraine 12 howitzers",
    "gave North Korea air defence systems")."""
    if _DOUBLE_OBJECT.match(ctx.text, char):
        return True
    nxt = char + len(ctx.text[char:]) - len(ctx.text[char:].lstrip(" "))
    if ctx.quantity_starts_at(nxt):
        return True  # "handed the Belize Coast Guard two interceptor boats": a count in words
    return any(it.start == nxt for it in ctx.items_within(nxt, nxt + 60))


_FROM_PLACE_IN = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:area\s+|region\s+|province\s+|city\s+)?in\s+(?:the\s+)?\Z"
    # "from Houthi-controlled territory in Yemen", "from rebel-held areas of Syria"
    r"|\bfrom\s+(?:the\s+)?[\w.]+-(?:controlled|held|occupied|run)\s+(?:\w+\s+){1,2}(?:in|of)\s+(?:the\s+)?\Z"
)


def in_origin_phrase(ctx: DocContext, char: int) -> bool:
    """A country closing a "from" phrase ("from the Wonsan area in North Korea"): where forces or
    weapons came from, never where they went."""
    return _FROM_PLACE_IN.search(ctx.text, max(0, char - 60), char) is not None


def _token_after(ctx: DocContext, char: int) -> str:
    i = ctx.tok_at(char)
    return ctx.tokens[i].lower if i < len(ctx.tokens) else ""


def _list_length(ctx: DocContext, start: int, end: int) -> int:
    """Tokens of an example list between a verb and its destination ("6,000 personnel, including
    1,000 deminers and 5,000 workers, to Russia"): the list does not count against the reach."""
    segment = ctx.text[start:end]
    found = re.search(r",\s*(?:including|among them|such as)\b[^,;]*,", segment)
    return len(ctx.tokens_between(start + found.start(), start + found.end())) if found else 0


_WAR_IN = re.compile(r"\b(\w+)\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?\Z")


def _after_war_noun(ctx: DocContext, char: int) -> bool:
    """A name after "the war in", "fighting in": the war's place."""
    found = _WAR_IN.search(ctx.text, max(0, char - 40), char)
    return found is not None and found.group(1).lower() in grammar().war_nouns


def _governing_prep(ctx: DocContext, char: int, words: frozenset[str]) -> str:
    """The preposition that governs a noun phrase ending in an entity: "against 30 Houthi targets",
    "in eastern Russia" (back over up to three numbers, determiners or lower-case modifiers)."""
    i = ctx.tok_before(char)
    first = token_before(ctx, char)
    steps = 0
    while i >= 0 and steps < 4:
        lower = ctx.tokens[i].lower
        if not lower.strip():
            i -= 1  # a line break of hard-wrapped text
            continue
        if lower in words:
            return lower
        if not (lower.replace(",", "").isdigit() or lower in grammar().dets or lower.isalpha() and lower.islower()):
            break
        if lower in grammar().preps:
            break
        i -= 1
        steps += 1
    return first


def _medium_only(ctx: DocContext, ent: EntityMention) -> bool:
    """A news medium named with none of its people after it ("TASS quoted the defence ministry as saying that 12
    soldiers were killed"): it tells of the dead, it has none ("an Al Jazeera journalist" is its own)."""
    if not (ent.entity or "").endswith(".MED"):
        return False
    return not any(it.cls == "personnel" and it.start - ent.end <= 2 for it in ctx.items_within(ent.end, ent.end + 30))


def victim_entity(
    ctx: DocContext,
    trig: Trigger,
    sent_entities: list[EntityMention],
    obj: ItemMention | None,
    actor: EntityMention | None,
) -> EntityMention | None:
    """Whose people a casualty claim counts: the victims' demonym, the subject of "suffered", ..."""
    g = grammar()
    sent_entities = [e for e in sent_entities if not _medium_only(ctx, e)]
    # "Jihadist fighters linked to al Qaeda killed 30 soldiers": the subject's side did the killing
    subject_acted = obj is not None and obj.start >= trig.end and actor is not None and actor.end <= trig.start
    if obj is not None and not (obj.start <= trig.start and trig.end <= obj.end):
        lo = trig.end if subject_acted else min(obj.start, trig.start) - 40
        hi = max(obj.end, trig.end)
        near = [e for e in sent_entities if e.start >= lo and e.end <= hi and e is not actor and e.entity]
        near = [e for e in near if not ctx.is_speaker(e.start, e.end) and not names_attacker(ctx, e)]
        if near:
            return min(near, key=lambda e: abs(e.end - obj.start))
    after_of = _after_word(ctx, trig, sent_entities, {"of", "among", "from"}, 4)
    if after_of is not None:
        return after_of
    left = [e for e in sent_entities if e.end <= trig.start and e is not actor and e.entity]
    # not the speaker's, nor where a missile came from ("a missile launched from Yemen ... no injuries")
    left = [e for e in left if not ctx.is_speaker(e.start, e.end) and token_before(ctx, e.start) != "from"]
    left = [e for e in left if not names_attacker(ctx, e)]  # "After a Russian missile attack, two were killed"
    # "troops fighting alongside Russian forces (for Russia) have suffered": not the side they fight beside
    left = [e for e in left if not _fought_beside(ctx, e, g)]
    for ent in reversed(left):
        if token_before(ctx, ent.start) in g.preps - {"of"}:
            continue  # "North Korean soldiers dispatched to Russia have suffered": where they went, not whose
        between = ctx.text[ent.end : trig.start].lower().split()
        if any(w in g.suffer_verbs for w in between[:6]):
            return ent
    people = [e for e in sent_entities if e.entity and (e.kind == "demonym" or _holds_people(ctx, e))]
    people = [e for e in people if e is not actor and not ctx.is_speaker(e.start, e.end)]
    people = [e for e in people if not beside_or_against(ctx, e) and not names_attacker(ctx, e)]
    # "seven civilians were killed when Myanmar's armed forces launched air strikes": the next clause's subject
    people = [e for e in people if not striker_in_later_clause(ctx, trig, e)]
    # "four militants were killed, and two U.S. soldiers were wounded": the next clause's own people
    people = [e for e in people if e.start < trig.end or not _NEXT_CLAUSE.search(ctx.text, trig.end, e.start)]
    if subject_acted:
        people = [e for e in people if e.start >= trig.end]
    if people:
        return min(people, key=lambda e: abs(e.start - trig.start))
    if left and not subject_acted and not (obj is not None and obj.start >= trig.end and _people_subject(ctx, trig)):
        return left[-1]  # not "JNIM ... said its fighters had killed 70 soldiers": JNIM's fighters killed
    return None


_BESIDE = frozenset({"alongside", "beside", "against"})
_FIGHTING_FOR = re.compile(r"\b(?:fight|fights|fighting|fought|serving|serve|served)\s+(?:\w+\s+)?for\s+(?:the\s+)?\Z")


def _fought_beside(ctx: DocContext, ent: EntityMention, g: Grammar) -> bool:
    """ "troops fighting alongside Russian forces", "soldiers fighting for Russia": the side fought
    beside or for, never whose people they are (but "a spokesman for the UN" speaks for it)."""
    prep = _governing_prep(ctx, ent.start, g.preps | _BESIDE)
    if prep in _BESIDE:
        return True
    return prep == "for" and _FIGHTING_FOR.search(ctx.text, max(0, ent.start - 40), ent.start) is not None
_NEXT_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s", re.IGNORECASE)
_LATER_CLAUSE = re.compile(r"\b(?:when|as|after|while|before|because|until|since)\s+(?!of\b)", re.IGNORECASE)


def _object_of_participle(ctx: DocContext, ent: EntityMention, sent_entities: list[EntityMention]) -> bool:
    """An entity right after a participle that follows an earlier entity ("M23 militia battling the
    army ..."): the participle's object inside the subject phrase, not the subject."""
    i = ctx.tok_before(ent.start)
    while i >= 0 and ctx.tokens[i].lower in grammar().dets:
        i -= 1
    word = ctx.tokens[i].lower if i >= 0 else ""
    if i <= 0 or not (word.endswith("ing") and word.isalpha() and len(word) > 4):
        return False
    before = ctx.tokens[i - 1]
    return any(e.end == before.end and e is not ent and e.entity for e in sent_entities) or any(
        it.end == before.end for it in ctx.items_within(before.end - 40, before.end)
    )


def _names_a_place(ctx: DocContext, ent: EntityMention) -> bool:
    """A demonym before one of `place_heads` that ends its phrase ("near the Indian border", "in
    Syrian airspace"): a place; not "Israeli border communities", whose head is the communities."""
    if ent.kind != "demonym" or _token_after(ctx, ent.end) not in grammar().place_heads:
        return False
    i = ctx.tok_at(ent.end) + 1
    nxt = ctx.tokens[i].lower if i < len(ctx.tokens) else ""
    return not (nxt.isalpha() and nxt.islower()) or nxt in grammar().preps | grammar().dets


def striker_in_later_clause(ctx: DocContext, trig: Trigger, ent: EntityMention) -> bool:
    """The subject of a strike in a clause after the casualty ("seven civilians were killed when
    Myanmar's armed forces launched air strikes"): the attackers, not the dead."""
    if ent.start <= trig.end or not _LATER_CLAUSE.search(ctx.text, trig.end, ent.start):
        return False
    readings = trigger_lexicon().readings
    i = ctx.tok_at(ent.end)
    return any(
        any(etype in ("ATTACK", "LAUNCH") and pos == "verb" for etype, pos in readings.get(tok.lower, ()))
        for tok in ctx.tokens[i : i + 3]
    )


def names_attacker(ctx: DocContext, ent: EntityMention) -> bool:
    """A demonym or armed group before an attack noun ("killed in Israeli air strikes", "injured in a
    Houthi missile strike"): whose strikes, not whose dead."""
    by = _AGENT_BY.search(ctx.text, max(0, ent.start - 40), ent.start)
    readings = trigger_lexicon().readings
    if by is not None and any(t in ("ATTACK", "LAUNCH", "CASUALTY") for t, _ in readings.get(by.group(1).lower(), ())):
        return True  # "killed in shelling by Cambodian forces", not "a driver contracted by UNRWA"
    abbreviation = ent.kind in ("country", "org") and _ABBREVIATION.fullmatch(ent.text) is not None
    if ent.kind not in ("demonym", "group") and not abbreviation:
        return False  # "US strikes", "U.S. drone strikes": an abbreviated country used as a modifier
    i = ctx.tok_at(ent.end)
    for tok in ctx.tokens[i : i + 2]:
        if any(etype in ("ATTACK", "LAUNCH") and pos == "noun" for etype, pos in readings.get(tok.lower, ())):
            return True
    # "killed when a Russian missile hit a training ground": the weapon's owner, whose strike it was
    return any(it.cls in STRIKING_ITEMS and it.tok_start - i <= 1 for it in ctx.items_within(ent.end, ent.end + 30))


_AGENT_BY = re.compile(r"\b([A-Za-z-]+)\s+by\s+(?:the\s+)?\Z")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,4}")
STRIKING_ITEMS = frozenset({"missile", "drone", "munition"})  # item classes that strike: missiles, drones, shells


def beside_or_against(ctx: DocContext, ent: EntityMention | ItemMention) -> bool:
    """A side the casualties fought against or beside ("injured in combat against Ukrainian forces",
    "died fighting for Russia"): never whose people they are."""
    g = grammar()
    prep = _governing_prep(ctx, ent.start, g.not_victim_preps | g.preps | {"with"})
    if prep == "with":
        # "injured during battles with Ukrainian forces", "killed in clashes with the army": the foe
        return _FIGHT_WITH.search(ctx.text, max(0, ent.start - 60), ent.start) is not None
    return prep in g.not_victim_preps


_FIGHT_WITH = re.compile(
    r"\b(?:battles?|fighting|fights?|clash(?:es)?|combat|firefights?|gunfights?|gun\s+battles?|skirmish(?:es)?|"
    r"engagements?|exchanges?\s+of\s+fire)\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _people_subject(ctx: DocContext, trig: Trigger) -> bool:
    """People right before an active verb, auxiliaries aside ("its fighters had killed"): its subject."""
    g = grammar()
    i = trig.tok_start - 1
    while i >= 0 and ctx.tokens[i].lower in g.aux and trig.tok_start - i <= 3:
        if ctx.tokens[i].lower in g.be:
            return False  # "its soldiers have been killed": a passive's subject suffers it
        i -= 1
    if i < 0:
        return False
    end = ctx.tokens[i].end
    return any(it.end == end and it.cls == "personnel" for it in ctx.items_within(end - 60, end))
