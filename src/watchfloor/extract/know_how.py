"""Know-how given: when "help" and "assist" report a transfer.

Reports on arms cooperation tell technology transfers as help: "Moscow is believed to be helping
Pyongyang upgrade its air defences", "assisting the North with the design of a submarine", "an
engine developed with Russian help", "receiving Russian help in modernizing its fighter fleet".
The same words far more often tell nothing of the kind ("helped drive Ukrainian forces out", "to
help locate them", "with the help of North Korean troops"), so a help word makes a TRANSFER only
when what it helps is the building or improving of something: a verb of making right after the
helped party, or "with"/"for"/"in" before a weapon, a programme or a technology. A help noun also
needs its helper: a demonym or country before it ("Iranian assistance") or "from" a party after.

The words are data (``help_*`` keys of the TRANSFER block in ``triggers.yaml``).
"""

from __future__ import annotations

from watchfloor.extract.context import DocContext
from watchfloor.extract.lexicon_match import Trigger, trigger_lexicon
from watchfloor.extract.mentions import EntityMention

_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "the", "its", "their", "'s", "’s", "to"})
_TOPIC_PREPS = frozenset({"with", "for", "in", "on"})
CLAUSE_STOPS = frozenset({",", ".", ";", ":", "—", "–", "(", ")"})
_TOPIC_REACH = 8  # tokens after "with"/"for"/"in" within which the topic is named
_PARTY_REACH = 5  # tokens a helped party may take ("the North", "North Korea's military")


def is_help(trig: Trigger) -> bool:
    """A help word (verb or noun) from the lexicon."""
    lex = trigger_lexicon()
    return trig.lower in lex.help_verbs or trig.lower in lex.help_nouns


def help_is_noun(ctx: DocContext, trig: Trigger, noun: bool, entities: list[EntityMention]) -> bool:
    """ "receiving Russian help in ...": after a helper's name, "help" is the noun whatever the tagger says."""
    if noun or trig.lower not in trigger_lexicon().help_nouns:
        return noun
    helper = helper_entity(ctx, trig, entities)
    return helper is not None and helper.end <= trig.start


def technical_help(ctx: DocContext, trig: Trigger, noun: bool, entities: list[EntityMention]) -> bool:
    """Whether this help word reports know-how given (see module docstring)."""
    if help_is_noun(ctx, trig, noun, entities):
        return helper_entity(ctx, trig, entities) is not None and _noun_has_topic(ctx, trig)
    return complement_start(ctx, trig, entities) is not None


def complement_start(ctx: DocContext, trig: Trigger, entities: list[EntityMention]) -> int | None:
    """Character offset of what a help verb helps build ("upgrade" in "helping Pyongyang upgrade
    its air defences"; "with" in "helping the North with air defence systems"), or None."""
    lex = trigger_lexicon()
    i, n = trig.tok_end, len(ctx.tokens)
    limit = min(n, trig.tok_end + _PARTY_REACH + 1)
    party = False  # a helped party named between the verb and the complement
    while i < limit:
        word = ctx.tokens[i].lower
        if word in lex.help_complements or (party and word in lex.help_party_complements):
            return ctx.tokens[i].start
        if word in _TOPIC_PREPS and _topic_within(ctx, i + 1):
            return ctx.tokens[i].start
        if word in CLAUSE_STOPS or not (word in _PRONOUNS or _inside_entity(ctx.tokens[i].start, entities)):
            return None
        party = party or _inside_entity(ctx.tokens[i].start, entities)
        i += 1
    return None


def helper_entity(ctx: DocContext, trig: Trigger, entities: list[EntityMention]) -> EntityMention | None:
    """Who gives the help a noun names: "Iranian" in "with Iranian assistance", "Russia" in "help from Russia"."""
    lex = trigger_lexicon()
    i = trig.tok_start - 1
    while i >= 0 and ctx.tokens[i].lower in lex.help_modifiers:
        i -= 1
    if i >= 0 and ctx.tokens[i].lower in _PROVIDING and i + 1 < trig.tok_start:
        # "Russia may be providing technical help for the North's program": the verb's subject gives it
        sent = ctx.seg.sentences[ctx.sentence_of(trig.start)]
        subjects = [
            e
            for e in ctx.entities_within(sent.start, ctx.tokens[i].start)
            if e.entity and e.kind in ("country", "org", "group", "demonym") and not ctx.is_speaker(e.start, e.end)
        ]
        return subjects[-1] if subjects else None
    if i >= 0:
        before = next((e for e in entities if e.entity and e.start <= ctx.tokens[i].start < e.end), None)
        if before is not None and before.kind in ("demonym", "country"):
            # "Russia has given the North technical help": the giver, not the North
            return given_to(ctx, before) or before
    if trig.tok_end < len(ctx.tokens) and ctx.tokens[trig.tok_end].lower == "from":
        after = ctx.tokens[trig.tok_end + 1].start if trig.tok_end + 1 < len(ctx.tokens) else -1
        return next((e for e in entities if e.entity and e.start <= after < e.end), None)
    return None


def given_to(ctx: DocContext, receiver: EntityMention) -> EntityMention | None:
    """The giver when ``receiver`` is the first object of a giving verb ("Russia has given the North
    technical help": Russia), the subject named before the verb in its sentence; else None."""
    k = ctx.tok_before(receiver.start)
    if k < 0 or ctx.tokens[k].lower not in _GIVING:
        return None
    sent = ctx.seg.sentences[ctx.sentence_of(receiver.start)]
    before = [
        e
        for e in ctx.entities_within(sent.start, ctx.tokens[k].start)
        if e.entity and e.kind in ("country", "org", "group", "demonym") and not ctx.is_speaker(e.start, e.end)
    ]
    return before[-1] if before else None


# verbs whose object is the help given ("providing technical help", "offered technical assistance")
_PROVIDING = frozenset({"provide", "provides", "provided", "providing", "offer", "offers", "offered", "offering",
                        "extend", "extends", "extended", "extending", "supply", "supplies", "supplied", "supplying"})


# verbs whose first object is the receiver ("given the North technical help", "offered Iran help")
_GIVING = frozenset({"give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering",
                     "lend", "lends", "lent", "lending", "grant", "grants", "granted", "granting"})


def _noun_has_topic(ctx: DocContext, trig: Trigger) -> bool:
    """ "with Russian help" (what it helped is told before), or "help in modernizing its fleet"."""
    i = trig.tok_start - 1
    lex = trigger_lexicon()
    while i >= 0 and ctx.tokens[i].lower != "with" and (
        ctx.tokens[i].lower in lex.help_modifiers or ctx.text[ctx.tokens[i].start].isupper()
    ):
        i -= 1  # back over the helper's name ("With Iranian technical help" opens a sentence)
    if i >= 0 and ctx.tokens[i].lower == "with":
        return True
    j = trig.tok_end
    if j < len(ctx.tokens) and ctx.tokens[j].lower == "from":
        j += 1
        while j < len(ctx.tokens) and ctx.text[ctx.tokens[j].start].isupper():
            j += 1  # "help from Russia in ..."
    return j < len(ctx.tokens) and ctx.tokens[j].lower in _TOPIC_PREPS and _topic_within(ctx, j + 1)


def _topic_within(ctx: DocContext, i: int) -> bool:
    topics = trigger_lexicon().help_topics
    for k in range(i, min(len(ctx.tokens), i + _TOPIC_REACH)):
        word = ctx.tokens[k].lower
        if word in CLAUSE_STOPS:
            return False
        if word in topics:
            return True
    return False


def _inside_entity(char: int, entities: list[EntityMention]) -> bool:
    return any(e.start <= char < e.end for e in entities)
