"""Attribution: who asserts what each sentence says.

A report mixes the publisher's own voice with what it attributes to others ("the JCS
said", "according to Ukrainian intelligence", a quotation closed by ", Kirby said", a
transcript turn opened by "MR. KIRBY:"). This stage assigns each sentence the source that
asserts it, or ``None`` for the publisher's voice. A sentence without a cue of its own
inherits the source of the sentence before it in the same paragraph, and every sentence of
a quotation takes the quotation's attribution. The words naming the speaker are recorded so
that the event stage never takes a speaker for an actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from watchfloor.extract.arguments import grammar
from watchfloor.extract.context import DocContext, SourceAssignment
from watchfloor.extract.counterparts import dateline_country, main_country
from watchfloor.extract.entities import find_entities, title_cased
from watchfloor.extract.entities_context import place_country
from watchfloor.extract.entities_lexicon import lexicon as entity_lexicon
from watchfloor.extract.entities_trie import normalize, trie_pattern
from watchfloor.extract.mentions import EntityMention
from watchfloor.extract.modality import FIGURE_AT
from watchfloor.extract.places import gazetteer
from watchfloor.extract.segment import Segment, stripped_span
from watchfloor.extract.voices import first_person_voices
from watchfloor.lexicons import load

_WORD = re.compile(r"[A-Za-z’']+")


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    cues = load("cues")
    verbs = sorted(cues["attribution_verbs"], key=len, reverse=True)
    prefixes = sorted(cues["attribution_prefixes"], key=len, reverse=True)
    # trie-shaped alternations: one branch per next letter instead of a hundred tries per position
    figure = (
        rf"(?:{trie_pattern(cues.get('figure_verbs', []))})"
        rf"(?=\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){{0,2}}"
        rf"(?:{trie_pattern(cues.get('figure_nouns', []))})(?:\s+of\s+(?:[\w-]+\s+){{0,11}}?[\w-]+)?\s+at\b)"
    )  # "put the toll at 40 to 45", "put the number of dead at 15": a figure reported
    verb_re = re.compile(r"\b(?:" + trie_pattern(verbs) + "|" + figure + r")\b", re.IGNORECASE)
    # "per the ministry", "per Reuters"; not "90 per cent", "per day", "per capita"
    bare = [p for p in prefixes if p.lower() != "per"]
    per = r"|\bper(?=\s+(?:the\b|an?\b|(?-i:[A-Z])))" if len(bare) < len(prefixes) else ""
    # "By the state government's count, 38 suspects were killed", "by BDF estimates": "by" opens a source
    # only before its count words
    count_by = rf"|\bby(?=\s+(?:[\w'’.-]+\s+){{0,5}}?(?:{trie_pattern(cues.get('count_by_nouns', []))})\b\s*,)"
    prefix_re = re.compile(r"\b" + trie_pattern(bare) + r"\b" + per + count_by, re.IGNORECASE)
    questions = frozenset(cues["speaker_question_labels"])
    return verb_re, prefix_re, questions


def attribution_verbs() -> re.Pattern[str]:
    """The compiled reporting verbs ("said", "told" ...), shared with the event stage."""
    return _cues()[0]


def attribution_prefixes() -> re.Pattern[str]:
    """The compiled words that open a source ("according to", "citing" ...), shared with the event stage."""
    return _cues()[1]


def question_labels() -> frozenset[str]:
    """Speaker labels of a reporter's turn ("Q"), shared with the event stage."""
    return _cues()[2]


@cache
def anonymous_speakers() -> frozenset[str]:
    """Speakers left unplaced on purpose ("a security source", "analysts"): cues.yaml."""
    return frozenset(w.lower() for w in load("cues").get("anonymous_speakers", []))


def is_anonymous(speaker: str) -> bool:
    """ "a security source", "Western analysts", "local media": a speaker left unplaced on purpose
    (cues.yaml ``anonymous_speakers``, by its last word or two), who takes no side."""
    words = speaker.lower().split()
    if any(w in anonymous_modifiers() for w in words):
        return True  # "a Western official": a bloc's, no one country's
    anonymous = anonymous_speakers()
    if bool(words) and (words[-1] in anonymous or " ".join(words[-2:]) in anonymous):
        return True
    return speaker.strip(" ,)").removeprefix("the ").removeprefix("The ") in _sideless_bodies()


@cache
def _sideless_bodies() -> frozenset[str]:
    """Observers (organizations.yaml ``observer: true``: think tanks, risk firms): "ISW assesses
    that ..." is never filed to the side it writes of."""
    rows = load("organizations").get("organizations") or []
    return frozenset(n for row in rows if row.get("observer") for n in row.get("names", []))


@cache
def anonymous_modifiers() -> frozenset[str]:
    """Modifiers that leave a speaker unplaced ("a Western official"): cues.yaml."""
    return frozenset(w.lower() for w in load("cues").get("anonymous_modifiers", []))


@cache
def belief_verbs() -> frozenset[str]:
    """Reporting verbs of belief ("believes", "assessed"): what they govern is hedged."""
    return frozenset(w.lower() for w in load("cues")["belief_verbs"])


# words that may stand between a speaker noun and its cue ("the spokesman also said", "the governor
# was reporting"); a be-form counts only before an -ing cue (see _generic_speaker)
# words between a speaker noun and its verb: "an official also said", "a U.S. military official last week put"
_SPEAKER_AUX = (
    r"also|further|later|again|was|were|is|are|recently|earlier|yesterday|long|repeatedly|"
    r"previously|consistently|flatly|categorically|now|still|initially|publicly|officially|formally|subsequently|"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|weekend)"
)


@cache
def _speaker_nouns() -> re.Pattern[str]:
    nouns = sorted(load("cues")["speaker_nouns"], key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?P<head>" + "|".join(map(re.escape, nouns)) + r")"  # not the "general" of "secretary-general"
        # "It has long denied", "The military has previously said": a perfect (not the first person's:
        # "We have confirmed" in a quotation is the quoted words, not a speaker)
        r"(?:(?<!\bwe)(?<!\bWe)(?<!\bI)\s+(?:has|have|had))?"
        # "the governor of Russia's Saratov region said": the organ the speaker belongs to
        r"(?:\s+(?:of|for|with|in)\s+(?!(?:them|whom|which|those)\b)[^,;.\"“”()]{0,44}?[\w’'])?"
        r"(?:,?\s+who\s+[a-z][^,;.\"“”]{1,50}?)?"  # "a resident who helped bury the dead said"
        # "an official, speaking on condition of anonymity, said", "a lawmaker, citing families of the dead, said"
        r"(?:,\s+(?:speaking|citing|quoting)\s+[^,;.\"“”]{1,60}?,)?"
        r"(?:,\s+(?:which|who)\s+[^,;.\"“”]{1,60}?,)?"  # "the EU's naval mission, which has four warships there, said"
        rf"(?:\s+(?:{_SPEAKER_AUX}))*[\s,)]*$",  # "was reporting"
        re.IGNORECASE,
    )


_BE_AUX = re.compile(r"\s(?:was|were|is|are)\b", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:(?:now|still|also)\s+)?\Z", re.IGNORECASE)
_TRAILING_AUX = re.compile(rf"(?:\s+(?:{_SPEAKER_AUX}|has|have|had))+[\s,)]*$", re.IGNORECASE)


# Words that may stand between a speaker and its verb ("the JCS also said", "Kirby told reporters").
_GAP = re.compile(
    r"^[\s,)\]”\"]*(?:(?:also|further|later|again|separately|earlier|previously|recently|meanwhile|however|"
    r"long|repeatedly|consistently|flatly|categorically|now|still|initially|publicly|officially|formally|subsequently|"
    r"in\s+turn|for\s+example|too|on\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|in\s+a\s+\w+(?:\s+\w+)?|"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|yesterday|today|"  # "an official last week put"
    r"has|have|had|was|were|is|are|would|\(\w+\)|(?:who|which)\s+[^,;.\"“”]{1,80}?|for\s+(?:its|their|his|her)\s+part|quoted\s+as|"
    r"(?:[a-z]+ed|led|run|set\s+up)\s+(?:by|in)\s+[^,;.\"“”]{1,80}?|"  # "the NUG, formed by ousted lawmakers, said"
    r"(?:citing|quoting|speaking)\s+[^,;.\"“”]{1,60}?)[\s,]*){0,3}$",  # "the agency, citing a military source, said"
    re.IGNORECASE,
)
_DETERMINED = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
_PASSIVE_CUE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:widely\s+|also\s+|now\s+)?$", re.IGNORECASE)


# "bringing the total it says Russia has lost to ...": a cue inside a noun's clause, the speaker's own words
_CONTACT_CLAUSE_CUE = re.compile(
    r"\b(?:(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}|(?:at|on|to|for|with|of|from|against)\s+[a-z]+\s+)"
    r"(?:it|he|she|they)\s+\Z",  # "fired warning shots at people it said were behaving suspiciously"
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"[A-Za-z][\w.'’-]*\s+$")


def _in_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised cue right after a word is part of a name ("the United States", "Reports
    Unit"), not a reporting verb; at a sentence's start or after a quote it is a cue."""
    return match.group()[:1].isupper() and bool(_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()))


_FIGURE_REACH = 120  # characters past a span that a figure verb's look-ahead may read ("put | the toll at")


def _verb_cues(text: str, verb_re: re.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The reporting verbs in ``text[start:end]``, less the capitalised words of names. The search
    sees past ``end`` so that a figure verb's look-ahead ("put | the toll at 40") still holds."""
    stop = len(text) if end is None else end
    for match in verb_re.finditer(text, start, min(len(text), stop + _FIGURE_REACH)):
        if match.end() > stop:
            break
        if _in_name(text, match) or _DETERMINED.search(text, max(0, match.start() - 6), match.start()):
            continue  # not "an estimated 15,000", "the reported attack": an adjective
        if _FIGURE_AT.match(text, match.end()) and match.group().lower().endswith("ed"):
            continue  # "a group estimated at 15 to 20 armed men attacked": a figure's estimate, no speaker
        if match.group().lower().startswith("declar") and _DECLARED_THING.match(text, match.end()):
            continue  # "since it declared an internal armed conflict": an act, not words
        if match.group().lower().startswith("respond") and _BY_ACT.match(text, match.end()):
            continue  # "Ukraine responded with air raids": an act, not words
        if match.group().lower().startswith("agree") and _TO_VERB.match(text, match.end()):
            continue  # "France agreed to sell Ukraine weapons": a commitment, not words
        if match.group().lower() == "accused" and _OF_NEXT.match(text, match.end()):
            continue  # "14 people accused of plotting attacks": those accused, not an accuser (who names an object)
        if match.group().lower() in _cue_nouns() and (
            _AFTER_PREPOSITION.search(text, max(0, match.start() - 40), match.start())
            or _OWN_VERB_NEXT.match(text, match.end())
        ):
            continue  # "flights near the Baltic states, a NATO official said": a noun
        if match.group().lower().startswith("maintain") and _KEPT_OBJECT.match(text, match.end()):
            continue  # "the United States maintains roughly 28,500 troops in South Korea": keeps, not says
        if match.group().lower().startswith("observ") and _SEEN_OBJECT.match(text, match.end()):
            continue  # "the military observed North Korean soldiers": watching, not words
        if (
            match.group().lower() not in _SAY_FORMS  # "while Ukraine says more than 6,000 ...": a clause follows
            and _OBJECT_NEXT.match(text, match.end())
            and _SUBORDINATE_SUBJECT.search(text, max(0, match.start() - 50), match.start())
        ):
            continue  # "drills around Taiwan as Taipei reported a surge of warplanes": its own news, not the drills'
        yield match


_BY_ACT = re.compile(r"\s+(?:with|by)\b")
_OF_NEXT = re.compile(r"\s+of\b")
_DECLARED_THING = re.compile(r"\s+(?:a|an)\s+")  # "declared a state of emergency", "declared an armed conflict"
_FIGURE_AT = re.compile(FIGURE_AT)  # "a group estimated at 15 to 20 armed men": a figure, no speaker
_SAY_FORMS = frozenset({"say", "says", "said"})
@cache
def _cue_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in load("cues").get("cue_nouns", []))


# "near the Baltic states", "in recent reports", "among member states": a preposition, then the noun's modifiers
_AFTER_PREPOSITION = re.compile(
    r"\b(?:near|in|on|to|of|from|with|among|across|between|by|for|against|about|into|toward|towards)\s+"
    r"(?:(?:the|its|their|these|those|other|all|many|some|several)\s+)?(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_OWN_VERB_NEXT = re.compile(r"\s+(?:have|has|had|are|were|will|would|say|said|can|could|must|should)\b", re.IGNORECASE)
_KEPT_OBJECT = re.compile(
    r"\s+(?:a|an|about|around|roughly|some|nearly|almost|approximately|up|more|over|its|their|his|her|\d)\b",
    re.IGNORECASE,
)
_SEEN_OBJECT = re.compile(r"\s+(?!that\b|on\b|in\b)[A-Za-z]")
# a clause of its own: a subordinator and a short subject before the verb, an object after it
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:as|while|whereas|when|after|because)\s+(?:[\w'’.-]+\s+){1,4}\Z")
_OBJECT_NEXT = re.compile(r"\s+(?:a|an|another|heavy|more|new|further|fresh|several|many|\d)\b", re.IGNORECASE)
_TO_VERB = re.compile(r"\s+to\s+[a-z]")


def _participle(verb: str) -> bool:
    return verb.lower().endswith("ed") or verb.lower() in ("said", "thought", "known", "seen", "told")


_TITLE_GAP = re.compile(r"^[\s,]*(?:the\s+)?(?:[A-Za-z.\-’']+\s+){0,5}$")


def assign_sources(ctx: DocContext) -> None:
    """Fill ``ctx.sources`` (sentence index -> assignment) and ``ctx.speaker_spans``."""
    verb_re, prefix_re, questions = _cues()
    text = ctx.text
    seg = ctx.seg
    own: dict[int, SourceAssignment] = {}
    last: SourceAssignment | None = None
    heard: list[SourceAssignment] = []  # every speaker so far, for "the ministry" to name its ministry again
    # One pass of each cue pattern over the whole text: most sentences hold no cue at all.
    verb_starts = [m.start() for m in _verb_cues(text, verb_re)]
    cue_starts = sorted(
        verb_starts + [m.start() for m in prefix_re.finditer(text)] + [m.start() for m in _ASSESSMENT.finditer(text)]
    )
    for index, sent in enumerate(seg.sentences):
        k = bisect_left(cue_starts, sent.start)
        if k == len(cue_starts) or cue_starts[k] >= sent.end:
            continue
        found = _sentence_source(ctx, sent.start, sent.end, verb_re, prefix_re)
        if found is None:
            found = _named_person(ctx, sent.start, sent.end, verb_re, heard)
        if found is None:
            found = _generic_speaker(ctx, sent.start, sent.end, verb_re, last, heard)
        if found is None:
            found = _generic_after_prefix(ctx, sent.start, sent.end, prefix_re, last)
        if found is None:
            found = _unknown_body_after_prefix(ctx, sent.start, sent.end, prefix_re)
        if found is None:
            found = _assessment_of(ctx, sent.start, sent.end)
            if found is not None and not found.entity:
                # "The command's initial assessment is that ...": the U.S. Africa Command heard before
                found = _named_before_again(found, heard)
        elif found.entity is None:
            # "..., Lee said, citing the spy agency": an unplaced relay gives the body it cites
            in_sent = ctx.in_sentence(ctx.entities, sent)
            found = _relayed_source(ctx, found, in_sent, sent.end, sent.start) or found
        if bisect_left(verb_starts, sent.end) - bisect_left(verb_starts, sent.start) > 1:
            _two_speakers(ctx, index, sent, verb_re, prefix_re, last)
        if found is None:
            late = _participle_speaker(ctx, sent.start, sent.end, verb_re)
            if late is not None:
                ctx.participle_sources[index] = late  # the subject still acts in its own clause
        if found is not None:
            own[index] = found
            heard.append(found)
            ctx.speaker_spans.append((_speaker_span_start(ctx, found), _speaker_span_end(ctx, found)))
            if found.entity or found.text[:1].isupper() or _NAMED.search(found.text):
                last = found  # "spokesman Mahmud Bassal": a person named after the title is heard too
    _name_forward(ctx, own)
    # Quotations: the attribution found in the sentence that closes a quote covers it all.
    quote_source: dict[int, SourceAssignment] = {}
    for quote in seg.quotes:
        closing = ctx.sentence_of(max(quote.start, quote.end - 1))
        tail = own.get(closing)
        if tail is None:
            closing_after = ctx.sentence_of(quote.end)
            tail = own.get(closing_after)
        if tail is None or tail.start < quote.end - 1 and tail.end > quote.start:
            continue
        for index in ctx.sentences_starting_in(quote.start, quote.end):
            quote_source.setdefault(index, tail)
    turns = seg.turns
    para = seg.sentence_paragraph
    closing = _closing_sources(ctx, own)
    reprint = reprint_issuer(ctx)
    voices = first_person_voices(ctx, speaker_sector)
    for index, sent in enumerate(seg.sentences):
        result = own.get(index) or quote_source.get(index)
        voice = voices.get(index)
        if voice is not None and result is None:
            ctx.sources[index] = voice  # a letter's or an interviewee's words, with no cue of their own
            continue
        if voice is not None and _in_first_person(result):
            # "My neighbours and I believe": the writer, by the cue that says how sure they are
            ctx.sources[index] = replace(voice, cue_start=result.cue_start, cue_end=result.cue_end)
            continue
        organ = speaker_sector(result.text) if voice is not None and result.entity is None else None
        if organ not in (None, "CVL"):
            # "The government says" in a Serbian reader's letter: the writer's own country's government
            result = replace(result, entity=f"{voice.entity.split('.')[0]}.{organ}")
        if result is None and index > 0 and para[index - 1] == para[index]:
            result = ctx.sources.get(index - 1)
        if result is None and turns:
            result = _turn_source(ctx, sent.start, questions, text)
        if result is None:
            result = closing.get(index)
        follow_up = reprint is not None and index > 0 and seg.sentences[index - 1].start < reprint[2] <= sent.start
        if result is None and index > 0 and para[index - 1] == para[index] - 1 and not _has_own_cue(para, own, index):
            prev = None if follow_up else ctx.sources.get(index - 1)  # the outlet's report after a release
            if prev is not None and (prev.entity and _org_speaker(ctx, prev) or _unplaced_body(prev)):
                result = prev  # a briefing goes on in the next paragraph with no speaker of its own
        if result is None and reprint is not None and reprint[1] <= sent.start < reprint[2]:
            result = reprint[0]  # a release reprinted under a line naming its issuer speaks for the issuer
        ctx.sources[index] = result


_NAMED = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b")


def _in_first_person(found: SourceAssignment) -> bool:
    """A speaker who is the text's own writer ("My neighbours and I believe", "we hear"), no body."""
    return found.entity is None and any(w in _first_person() for w in re.findall(r"[a-z]+", found.text.lower()))


def _speaker_span_start(ctx: DocContext, found: SourceAssignment) -> int:
    """Where the speaker's words begin, a body's name they run into included: "A U.S. military
    official" speaks as "military official", and "U.S. military" is no one else in the sentence."""
    for e in ctx.entities_within(max(0, found.start - 60), found.end):
        if e.start < found.start < e.end:
            return e.start
        if e.entity and e.entity == found.entity and ctx.text[e.end : found.start].strip() == "(":
            return e.start  # "the National Intelligence Service (NIS) said": the name its acronym stands for
    return found.start


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,12}\)")


def _speaker_span_end(ctx: DocContext, found: SourceAssignment) -> int:
    """Where the speaker's words end, the acronym it defines included: in "The National
    Intelligence Service (NIS) told lawmakers that ..." the "NIS" speaks, and acts in nothing said."""
    acronym = _ACRONYM_AFTER.match(ctx.text, found.end)
    return acronym.end() if acronym is not None and acronym.end() <= found.cue_start else found.end


_ASSESSMENT = re.compile(
    r"(?:['’]s)?\s+(?:(?:initial|latest|own|preliminary|current|official)\s+)?"
    r"(?:assessment|estimate|conclusion|view|finding|position)\s+(?:is|was|remains)\s+that\b"
)


def _assessment_of(ctx: DocContext, start: int, end: int) -> SourceAssignment | None:
    """ "The JCS assessment is that ...", "the military's initial assessment is that ...": the body
    whose assessment it is speaks."""
    for e in ctx.in_sentence(ctx.entities, _Span(start, end)):
        found = _ASSESSMENT.match(ctx.text, e.end, end)
        if found is not None:
            return SourceAssignment(e.entity, e.text, e.start, e.end, e.end, found.end())
    for found in _ASSESSMENT.finditer(ctx.text, start, end):  # "the command's initial assessment"
        noun = _speaker_nouns().search(ctx.text, max(start, found.start() - 40), found.start())
        if noun is not None and noun.group("head").lower() not in _first_person():
            stop = noun.start() + len(noun.group().rstrip(" ,)"))
            return SourceAssignment(None, ctx.text[noun.start() : stop], noun.start(), stop, found.start(), found.end())
    return None


def _named_before_again(found: SourceAssignment, heard: list[SourceAssignment]) -> SourceAssignment:
    """An unplaced body ("the command") takes the side of the speaker heard before whose name ends in
    the same noun ("U.S. Africa Command")."""
    earlier = _same_body_before(found.text, found.text.split()[-1], heard)
    if earlier is None or not earlier.entity:
        return found
    return SourceAssignment(earlier.entity, found.text, found.start, found.end, found.cue_start, found.cue_end)


def _has_own_cue(para: list[int], own: dict[int, SourceAssignment], index: int) -> bool:
    """Some sentence of ``index``'s paragraph names its own speaker (a paragraph's sentences are
    numbered one after another, so only its own are looked up)."""
    return any(k in own for k in range(bisect_left(para, para[index]), bisect_right(para, para[index])))


def _unplaced_body(source: SourceAssignment) -> bool:
    """ "the head of the regional military administration", "the administration": a body of a
    known sector the text does not place; the event stage gives it the side of what it reports."""
    return source.entity is None and source.text[:1].islower() and speaker_sector(source.text) in ("GOV", "MIL")


def _org_speaker(ctx: DocContext, source: SourceAssignment) -> bool:
    """A body, not a person or a bare country: "the National Intelligence Service", "the ministry"."""
    if "." not in (source.entity or ""):
        return False
    mention = ctx.mention_at(ctx.entities, source.start)
    if mention is not None:
        return mention.kind in ("org", "group")
    return source.text[:1].islower()  # "the ministry", "a military spokesman", not "Park"


def _name_forward(ctx: DocContext, own: dict[int, SourceAssignment]) -> None:
    """ "..., the military authorities said Thursday. South Korea's Joint Chiefs of Staff announced
    ...": a lead's unplaced speaker is named in full by the next attributed sentence of the same
    kind, so it takes that speaker's side rather than a guess from the event."""
    para = ctx.seg.sentence_paragraph
    for index in sorted(own):
        found = own[index]
        if found.entity is not None or not found.text[:1].islower() and not found.text.startswith("The "):
            continue
        if is_anonymous(found.text):
            continue  # "The security source told ...": unplaced on purpose, whoever speaks next
        if found.text.strip().lower() in ("he", "she", "they", "it", "we", "i"):
            continue  # "she said": who was named before, never who speaks next
        sector = speaker_sector(found.text)
        for later in range(index + 1, index + 3):
            named = own.get(later)
            if named is None or named.entity is None or para[later] - para[index] > 1:
                continue
            named_sector = named.entity.split(".")[1] if "." in named.entity else None
            military = "military" in found.text.lower() and named_sector == "MIL"
            if sector is None or sector == named_sector or military:
                own[index] = SourceAssignment(
                    named.entity, found.text, found.start, found.end, found.cue_start, found.cue_end
                )
            break


def _two_speakers(ctx: DocContext, index: int, sent, verb_re, prefix_re, last: SourceAssignment | None) -> None:
    """ "X killed 21, the ministry said, while the military said it had hit 300 targets": a
    sentence with two reporting verbs is cut after each but the last, and each part's speaker
    is kept for the event stage to give each claim the speaker of its own clause."""
    text = ctx.text
    cues = [
        m
        for m in _verb_cues(text, verb_re, sent.start, sent.end)
        if not _PASSIVE_CUE.search(text, max(sent.start, m.start() - 30), m.start())
        and not _CONTACT_CLAUSE_CUE.search(text, max(sent.start, m.start() - 40), m.start())
    ]
    if len(cues) < 2:
        return
    cuts = [sent.start, *(m.end() for m in cues[:-1]), sent.end]
    speakers: list[SourceAssignment] = []
    for k, (lo, hi) in enumerate(zip(cuts, cuts[1:], strict=False)):
        if k < len(cues) and speakers and _participle_after_comma(text, cues[k]):
            # "Moscow denied targeting Poland, saying its drones ...": the same speaker goes on
            prev, cue = speakers[-1], cues[k]
            speakers.append(SourceAssignment(prev.entity, prev.text, prev.start, prev.end, cue.start(), cue.end()))
            continue
        found = (
            _sentence_source(ctx, lo, hi, verb_re, prefix_re)
            or _named_person(ctx, lo, hi, verb_re)
            or _generic_speaker(ctx, lo, hi, verb_re, _previous_person(speakers) or last)
        )
        if found is not None:
            speakers.append(found)
    if len({(s.entity, s.start) for s in speakers}) > 1:
        ctx.clause_sources[index] = speakers


def _previous_person(speakers: list[SourceAssignment]) -> SourceAssignment | None:
    """ "Peskov said Moscow ... accused Kyiv of shelling Belgorod, where he said two civilians had been
    killed": "he" of a later clause is the person who spoke in an earlier clause of the sentence."""
    return next((s for s in reversed(speakers) if s.entity and _TITLED_PERSON.search(s.text)), None)


# "Kremlin spokesman Dmitry Peskov", "Defence Minister Andriy Sybiha": a title, then a capitalised name
_TITLED_PERSON = re.compile(r"[a-z]\s+[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+\s*\Z|^[A-Z][a-z]+\s+[A-Z][a-z]+\Z")


_COORDINATED_CUE = re.compile(r"\b(?:and|but|then)\s+(?:also\s+|later\s+)?\Z")
_VERB_NEXT = re.compile(
    r"\s+(?:(?:has|have|had|also|later|again|then|on\s+\w+day)\s+)*(?!(?:and|or|of|in|to|for|with)\b)[a-z]+\b"
)
_SUBJECT_LEAD = re.compile(r"[\s\"“]*(?:[^,;\"“”]{1,40},\s*)?(?:the\s+)?\Z", re.IGNORECASE)


def _participle_speaker(ctx: DocContext, start: int, end: int, verb_re: re.Pattern[str]) -> SourceAssignment | None:
    """ "Hamas rejected the proposal, saying Israeli strikes had killed 30 people", "The army
    repelled the attack and said 30 militants were killed": the subject of the main clause says
    what follows the participle or the coordinated cue, while the main clause stays the report's
    own. Only a subject the lexicons place, opening the sentence (after a short frame, "On
    Monday,"), and a participle that is the sentence's first cue."""
    text = ctx.text
    cue = next(iter(_verb_cues(text, verb_re, start, end)), None)
    if cue is None:
        return None
    coordinated = _COORDINATED_CUE.search(text, max(start, cue.start() - 16), cue.start())
    if not _participle_after_comma(text, cue) and not coordinated:
        return None  # neither ", saying" nor "... and said"
    lo = max(start, ctx.dateline_end)
    subjects = [e for e in ctx.in_sentence(ctx.entities, _Span(lo, cue.start())) if e.end <= cue.start()]
    if not subjects or not subjects[0].entity or subjects[0].kind not in ("country", "org", "group", "person"):
        return None
    subject = subjects[0]
    if not _SUBJECT_LEAD.match(text, lo, subject.start) or text.startswith(("'s", "’s"), subject.end):
        return None  # "Russia's defence ministry ...": the owner is no subject of its own
    if not _VERB_NEXT.match(text, subject.end, cue.start()):
        return None  # "Israel and Hezbollah, ...": no verb right after the subject
    return SourceAssignment(subject.entity, subject.text, subject.start, subject.end, cue.start(), cue.end())


def _participle_after_comma(text: str, match: re.Match[str]) -> bool:
    """ ", saying ...", ", adding ...": a participle whose speaker is the clause's subject."""
    return match.group().lower().endswith("ing") and text[: match.start()].rstrip().endswith(",")


_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom|whose)\s+(?:[\w'’.-]+\s+){0,3}?\Z", re.IGNORECASE)


@cache
def _after_comma() -> re.Pattern[str]:
    """A speaker phrase that follows a comma or a closing quote, not opening a clause with one of cues.yaml
    ``clause_conjunctions`` ("..., the administration said", not "..., and our team leader believes")."""
    conjunctions = trie_pattern(load("cues")["clause_conjunctions"])
    return re.compile(rf"[,”\"]\s*(?!(?:{conjunctions})\b)(?:[\w'’.-]+\s+){{0,3}}\Z", re.IGNORECASE)


def _closing_sources(ctx: DocContext, own: dict[int, SourceAssignment]) -> dict[int, SourceAssignment]:
    """ "Troops struck 42 houses. Aircraft dropped six bombs on Beryslav, the administration said.":
    an attribution that closes a later sentence of the paragraph ("..., the X said.") covers the
    unattributed sentences before it. One backward pass: sentence index -> that attribution."""
    seg = ctx.seg
    para = seg.sentence_paragraph
    out: dict[int, SourceAssignment] = {}
    ahead: SourceAssignment | None = None
    for index in range(len(seg.sentences) - 1, -1, -1):
        if index + 1 < len(seg.sentences) and para[index + 1] != para[index]:
            ahead = None
        found = own.get(index)
        if found is not None:
            sent = seg.sentences[index]
            trailing = found.start > sent.start + 20 and found.cue_start >= found.start and sent.end - found.end < 40
            # not ", which Islamabad denied": a relative clause tells its own speaker's word on this one claim
            relative = _RELATIVE_BEFORE.search(ctx.text, max(sent.start, found.start - 40), found.start)
            # a trailing attribution follows its content after a comma ("..., the administration said"); a
            # speaker who opens a clause ("and our team leader believes the mine was laid") governs what follows
            after_comma = _after_comma().search(ctx.text, max(sent.start, found.start - 40), found.start) is not None
            trailing = trailing and relative is None and after_comma
            ahead = found if trailing and (found.entity is not None or _unplaced_body(found)) else None
        elif ahead is not None:
            out[index] = ahead
    return out


def _sentence_source(
    ctx: DocContext, start: int, end: int, verb_re: re.Pattern[str], prefix_re: re.Pattern[str]
) -> SourceAssignment | None:
    text = ctx.text
    entities = ctx.in_sentence(ctx.entities, _Span(start, end))
    if not entities:
        return None
    for match in prefix_re.finditer(text, start, end):
        after = [e for e in entities if e.start >= match.end()]
        if after and _TITLE_GAP.match(text[match.end() : after[0].start]):
            return _assign(after[0], match.start(), match.end(), text)
    best: SourceAssignment | None = None
    for match in _verb_cues(text, verb_re, start, end):  # not "the United States to hold"
        quoted = _quoted_as_saying(ctx, entities, match)
        if quoted is not None:
            return quoted  # "the lawmakers quoted the NIS as saying": the NIS speaks through them
        before = [e for e in entities if e.end <= match.start()]
        named = next(
            (e for e in reversed(before) if e.entity and _APPOSITION_TO_CUE.fullmatch(text, e.end, match.start())), None
        )
        if named is not None and named.kind in ("org", "group", "country", "person"):
            # "The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claimed": the
            # name before the aside speaks, not a country inside it
            candidate = _assign(named, match.start(), match.end(), text)
            if best is None or match.start() > best.cue_start and end - match.end() < 25:
                best = candidate
            continue
        passive_cue = _PASSIVE_CUE.search(text, max(start, match.start() - 30), match.start())
        if match.group().lower() in _CONFIRMING and passive_cue:
            agent = _BY_AGENT_CUE.match(text, match.end())
            named_by = next((e for e in entities if agent and e.start == agent.end() and e.entity), None)
            if named_by is not None:
                # "The attack was confirmed by Ukraine's military intelligence agency": it speaks
                return _assign(named_by, match.start(), match.end(), text)
        if before and _PASSIVE_CUE.search(text, before[-1].end, match.start()) and _participle(match.group()):
            continue  # "North Korea is believed to have sent": a hedge on North Korea, not its words
        if before and _participle_after_comma(text, match):
            continue  # "Moscow denied targeting Poland, saying ...": Poland is not who says it
        if before and _DISPUTED_BY.search(text, max(start, before[-1].start - 30), before[-1].start):
            continue  # "..., a claim Israel denied": a rebuttal noted after the fact, not who says it
        adding = match.group().lower().startswith("adding")  # (the cheap test first: this runs for every cue)
        if adding and _BE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Pakistan is now adding a second layer of fencing": it adds a thing, it does not speak
        owned = _OWNED_BODY.match(text, before[-1].end, match.start()) if before else None
        owner = _possessive_owner(ctx, before[-1].start, owned.end(1)) if owned is not None else None
        antecedent = _relative_antecedent(text, before, start, match.start()) if before else None
        if antecedent is not None:  # "Burundi, which has troops in Congo, denied it": Burundi denied
            named, head_end = antecedent
            entity = _assign(named, match.start(), match.end(), text).entity
            words = text[named.start : head_end]  # "M23 rebel group": the name with its head words
            candidate = SourceAssignment(entity, words, named.start, head_end, match.start(), match.end())
        elif before and _GAP.match(text[before[-1].end : match.start()]):
            candidate = _body_in_place(ctx, _sender(ctx, before), start, match) or _assign(
                _sender(ctx, before), match.start(), match.end(), text
            )
        elif owner is not None:
            # "Japan's Joint Staff said", a body the lexicons do not name, owned by a country they do
            name_end = owned.end(1)
            candidate = SourceAssignment(
                owner, text[before[-1].start : name_end], before[-1].start, name_end, match.start(), match.end()
            )
        else:
            after = [e for e in entities if e.start >= match.end()]
            if not after or not _TITLE_GAP.match(text[match.end() : after[0].start]):
                continue
            if not text[start : match.start()].rstrip().endswith((",", "”", '"', "’")):
                continue  # "said the JCS" follows a comma or a quote; "It said Pyongyang ..." does not
            gap_words = _WORD.findall(text[match.end() : after[0].start])
            if len(gap_words) > 5 or "that" in (w.lower() for w in gap_words):
                continue  # ", adding that the North ...": the North is what is said, not who says it
            if _VERB_AFTER_NAME.match(text, after[0].end):
                continue  # "..., said the attackers entered from the north": a clause, not a speaker
            candidate = _assign(after[0], match.start(), match.end(), text)
        # Prefer the cue at the end of the sentence (", the JCS said."), else the first.
        if best is None or match.start() > best.cue_start and end - match.end() < 25:
            best = candidate
    if best is not None:
        best = _relayed_source(ctx, best, entities, end, start) or best
    if best is not None and best.entity is None:
        placed = _titled_in_place(ctx, best.text, max(start, best.start - 40), best.start)
        if placed is None:  # "A spokesman for Ukraine's Khortytsia group, Maj. Andriy Koval, told"
            placed = _appositive_title(ctx, start, best.start)
        if placed is not None:  # "Kharkiv region Governor Oleh Syniehubov said"
            best = SourceAssignment(placed, best.text, best.start, best.end, best.cue_start, best.cue_end)
    return best


# an aside on the name before a reporting verb: ", an umbrella group of Iran-backed militias, "
_BY_AGENT_CUE = re.compile(r"\s+by\s+(?:the\s+)?")
# reporting verbs whose passive names the speaker after "by" ("was confirmed by the ministry")
_CONFIRMING = frozenset({"confirmed", "reported", "announced", "claimed", "stated", "disclosed", "revealed"})
_APPOSITION_TO_CUE = re.compile(
    r",\s+(?:a|an|the|in|on|at|during|via|through|after|before)\s+[^,;.()\"“”]{3,80},\s+(?:(?:also|then|later|again)\s+)?"
)  # ", an umbrella group of Iran-backed militias, claimed"; ", in its daily briefing, claimed"


_NOT_A_TITLE = re.compile(
    r"[\s\"“]*(?:in|on|at|after|before|during|since|as|when|while|with|from|for|under|asked|speaking|"
    r"meanwhile|however|separately|earlier|later|also|but|and|yet)\b|.*,",
    re.IGNORECASE | re.DOTALL,
)


def _appositive_title(ctx: DocContext, start: int, at: int) -> str | None:
    """The side of a title set before a name by a comma ("A spokesman for Ukraine's Khortytsia
    group of forces, Maj. Andriy Koval, told"), read as the title alone would be."""
    title = _title_before_comma(ctx, start, at)
    return title[1] if title is not None else None


def _title_before_comma(ctx: DocContext, start: int, at: int) -> tuple[int, str | None] | None:
    """(start, side) of the speaker title that opens the sentence and ends in the comma right
    before ``at``; None when what stands there is a frame ("In Kyiv,", "On Monday,") or no title."""
    text = ctx.text
    start = max(start, ctx.dateline_end)  # "KYIV, June 2 (Demo Wire) - A spokesman ...": past the dateline
    comma = text.rfind(",", start, at)
    if comma < 0 or text[comma + 1 : at].strip():
        return None
    if _NOT_A_TITLE.match(text, start, comma):
        return None  # "In Kyiv, Smith said", "After the strike, Smith said": a frame, not a title
    titled = [e for e in ctx.in_sentence(ctx.entities, _Span(start, comma)) if e.end <= comma]
    last = titled[-1] if titled else None
    if last is not None and last.entity and last.kind in ("person", "org") and not text[last.end : comma].strip():
        return last.start, last.entity  # "A senior Pentagon official, Jane Doe, said"
    found = _speaker_nouns().search(text, max(start, comma - 70), comma + 1)
    if found is None or found.group("head").lower() in ("he", "she", "it", "they", "we", "i"):
        return None
    phrase = text[found.start() : comma]
    side = _speaker_country(ctx, found.start(), found.end("head"), comma, found.group("head"))
    sector = speaker_sector(phrase)
    if side is not None and sector is not None and found.group("head").lower() in _sector_neutral():
        side = f"{side.split('.')[0]}.{sector}"  # "a spokesman for Ukraine's Khortytsia group of forces": MIL
    return found.start(), side


_DISPUTED_BY = re.compile(
    r",\s*(?:a|an|which)\s+(?:claim|assertion|report|account|allegation|charge|figure|version)s?\s+(?:that\s+)?(?:the\s+)?\Z"
)
_RELATIVE_CLAUSE = re.compile(r"((?:\s+[a-z][\w-]*){0,3})\s*,\s*(?:which|who)\s+(?:[^,;.\"“”]|[,.](?=\d))+,\s*$")


def _relative_antecedent(
    text: str, before: list[EntityMention], start: int, cue: int
) -> tuple[EntityMention, int] | None:
    """The subject a relative clause in commas follows, when the cue's nearest entity stands inside
    that clause ("Burundi, which has about 10,000 troops in eastern Congo, denied ...", "the X rebel
    group, which operates from bases in Congo, said"), with the end of its head words ("rebel group")."""
    for ent in reversed(before[:-1]):
        clause = _RELATIVE_CLAUSE.match(text[ent.end : cue]) if ent.entity and ent.end >= start else None
        if clause is not None:
            return ent, ent.end + clause.end(1)
    return None


_BODY_BEFORE_PLACE = re.compile(r"((?:[A-Za-z-]+\s+){0,2}([A-Za-z-]+))\s+(?:in|of)\s+(?:the\s+)?$")


def _body_in_place(ctx: DocContext, place: EntityMention, start: int, cue: re.Match[str]) -> SourceAssignment | None:
    """ "the defence ministry in Moscow said", "the army of Myanmar said": a body of the place's
    country, of the sector its own noun tells, not the country's government."""
    if place.kind not in ("country", "place") or not place.entity or "." in place.entity:
        return None
    body = _BODY_BEFORE_PLACE.search(ctx.text, max(start, place.start - 40), place.start)
    if body is None or body.group(2).lower() not in _sector_table():
        return None
    sector = speaker_sector(body.group(1))
    if sector is None:
        return None
    lo = body.start(1)
    return SourceAssignment(f"{place.entity}.{sector}", ctx.text[lo : place.end], lo, place.end, cue.start(), cue.end())


# ", a lawmaker said on Thursday, citing the country's spy agency": what follows the cue
_CITING = re.compile(
    r"(?:\s+(?:on|in|late|early|last)\s+\w+)?\s*,?\s*(?:citing|quoting"
    # "lawmaker Lee said after a closed-door briefing by the National Intelligence Service"
    r"|after\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?briefing\s+(?:by|from)|after\s+being\s+briefed\s+by)\s+"
)
_CITING_FRONT = re.compile(r"\s*(?:Citing|Quoting)\s+")
_CITED_WORDS = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}?([\w’'-]+)(?=\s*[,.;]|\s*$)")


def _relayed_source(
    ctx: DocContext, speaker: SourceAssignment, entities: list[EntityMention], end: int, start: int | None = None
) -> SourceAssignment | None:
    """ "..., a South Korean lawmaker said, citing the country's spy agency": the one cited is the
    source and the speaker only relays it (a lawmaker relaying the NIS gives the NIS). A body named
    by its lexicon entry stands as it is; "the country's spy agency" is the speaker's country with
    the cited body's sector."""
    text = ctx.text
    citing = _CITING.match(text, speaker.cue_end, end)
    fronted = None if citing is not None or start is None else _CITING_FRONT.match(text, start, speaker.start)
    if citing is None and fronted is None:
        return None
    cited_from = citing.end() if citing is not None else fronted.end()
    cited_to = end if citing is not None else speaker.start  # "Citing military sources, Yonhap reported"
    named = next((e for e in entities if cited_from <= e.start < cited_to and e.entity), None)
    if named is not None and _TITLE_GAP.match(text[cited_from : named.start]):
        return _assign(named, speaker.cue_start, speaker.cue_end, text)
    words = _CITED_WORDS.match(text, cited_from, cited_to)
    sector = speaker_sector(words.group()) if words is not None else None
    if sector is None or sector == "CVL" or (speaker.entity or "").startswith("IGO"):
        return None
    if speaker.entity is None:
        # "..., Lee said, citing the spy agency" in a report from Seoul: the filing country's agency
        filed = _filed_from(ctx, words.group())
        if filed is None or "." not in filed:
            return None
        return SourceAssignment(filed, words.group(), words.start(), words.end(), speaker.cue_start, speaker.cue_end)
    country = speaker.entity.split(".")[0]
    return SourceAssignment(
        f"{country}.{sector}", words.group(), words.start(), words.end(), speaker.cue_start, speaker.cue_end
    )


# A lower-case word other than a preposition or relative right after the name: "said the
# attackers entered", not "said the JCS on Monday" / "said the ministry, which".
_VERB_AFTER_NAME = re.compile(
    r"[^\S\n]+(?!(?:in|on|at|of|for|to|by|during|via|which|who|whose|from|after|before|late|early|earlier)\b)[a-z]+\b"
)


# "quoted the NIS as saying": what follows the one quoted (also read by events.py, for the pronoun after it)
AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|stating)\b", re.IGNORECASE)


def _quoted_as_saying(ctx: DocContext, entities: list[EntityMention], match: re.Match[str]) -> SourceAssignment | None:
    """ "quoted the NIS as saying", "cited officials as saying": the one quoted is the source."""
    if match.group().lower() not in ("quoted", "quotes", "quoting", "cited", "cites", "citing"):
        return None
    after = [e for e in entities if e.start >= match.end() and e.start - match.end() <= 12]
    if not after or not AS_SAYING.match(ctx.text, after[0].end):
        body = _QUOTED_BODY.match(ctx.text, match.end())
        if body is None or not AS_SAYING.match(ctx.text, body.end()) or not _speaker_nouns().fullmatch(body.group(2)):
            return None
        # "TASS quoted the defence ministry as saying": a body the report does not place speaks
        return SourceAssignment(None, body.group(1), body.start(1), body.end(1), match.start(), match.end())
    return _assign(after[0], match.start(), match.end(), ctx.text)


# "the defence ministry as saying", "the army as saying": a body named bare, then "as saying"
_QUOTED_BODY = re.compile(r"\s+((?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))(?=\s+as\s)")


# A person the lexicon does not know, named right before a cue ("Smith said") or right after an
# inverted one (", said Jane Smith."): one to three capitalised words, initials allowed.
_NAME = r"(?:[A-Z][a-z’'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z’'\-]+|[A-Z]\.)){0,2}"
_PARENTHETICAL = re.compile(r"(?:meanwhile|however|though|too|turn|part),")
_NAME_BEFORE = re.compile(
    rf"({_NAME})(?:,\s*\d{{1,3}},)?,?(?:\s+(?:also|further|later|again|has|had|was|is))?"  # "Olena Kovalenko, 54, said"
    r"(?:\s+(?:meanwhile|however|though|too|in\s+turn|for\s+(?:his|her)\s+part),)?\s*$"  # "Kovalenko, however, told"
)
_AGE_ASIDE = re.compile(r",\s*\d{1,3},")  # "Olena Kovalenko, 54, said": an age, no title
_NAME_AFTER = re.compile(rf"\s+({_NAME})\s*[,.;]")  # .match(text, pos): no "^"
_NOT_NAMES = frozenset(
    {"The", "It", "This", "That", "He", "She", "They", "We", "I", "But", "And", "In", "On", "A", "An"}
)


def _named_person(
    ctx: DocContext, start: int, end: int, verb_re: re.Pattern[str], heard: list[SourceAssignment] | None = None
) -> SourceAssignment | None:
    """A named speaker with no entity id: the source is known by name, its side is not, unless the
    report placed that name before ("lawmaker Lee Seong-kweun told reporters ... Lee said")."""
    text = ctx.text
    for match in _verb_cues(text, verb_re, start, end):  # not "the United States to hold"
        lo = max(start, match.start() - 40)
        before = _NAME_BEFORE.search(text, lo, match.start())
        if before and _PASSIVE_CUE.search(text, before.end(1), match.start()) and _participle(match.group()):
            before = None  # "North Korea is believed to have sent": nobody speaks
        if before and _DISPUTED_BY.search(text, max(start, before.start(1) - 30), before.start(1)):
            before = None  # "..., a charge Kabul denies": a rebuttal noted after the fact, not who says it
        appositive = before and text.startswith(",", before.end(1)) and not _AGE_ASIDE.match(text, before.end(1))
        if appositive and not _PARENTHETICAL.search(text, before.end(1), before.end()):
            if _title_before_comma(ctx, start, before.start(1)) is None:
                before = None  # ", which holds out in El Fasher, said": only "a spokesman, Jane Doe, said"
        if (
            before
            and before.group(1) not in _NOT_NAMES
            and (before.start(1) > start or _opening_name(ctx, before.group(1), start, before.start(1)))
        ):
            owner = _possessive_owner(ctx, before.start(1), before.end(1))
            at = before.start(1)
            title = _TITLE_BEFORE.search(text, max(start, at - 50), at)
            if owner is None and title is not None and speaker_sector(title.group(1)):
                at = title.start(1)  # "regional governor Mykola Tkachuk wrote": the title names the sector
            office = _OFFICE_OF.search(text, max(start, at - 60), at) if owner is None else None
            if office is not None:
                # "The Minister of Home Affairs and Internal Security assured": an office, not a name; the
                # report's own country's, of the sector its portfolio names
                at = office.start(1)
                home, sector = main_country(ctx), speaker_sector(text[at : before.end(1)])
                owner = f"{home}.{sector}" if home and sector else None
            if owner is None:
                owner = _title_entity(ctx, before.start(1))  # "Somali military official Mohamed Abdi"
            if owner is None and at == before.start(1):
                owner = _named_before(text, before.group(1), heard or [])
            if owner is None:
                owner = _titled_in_place(ctx, text[at : before.end(1)], max(start, at - 40), at)
            if owner is None:
                owner = _appositive_title(ctx, start, at)
            return SourceAssignment(owner, text[at : before.end(1)], at, before.end(1), match.start(), match.end())
        opening = _NAME_THEN_ASIDE.match(text, start, match.start()) if before is None else None
        if opening is not None and _speaker_nouns().search(text, opening.end(1), match.start()):
            opening = None  # "X, a spokesman for Ukraine's 47th Brigade, said": the title's own reading places it
        if opening is not None and opening.group(1).split()[0] not in _NOT_NAMES:
            # "Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says": the name that
            # opens the sentence before a long aside speaks; the aside may place it
            at, stop = opening.start(1), opening.end(1)
            bodies = [e for e in ctx.entities_within(stop, match.start()) if e.entity and e.kind in ("org", "group")]
            owner = bodies[0].entity if bodies else None  # "a spokeswoman for the UN human rights office"
            owner = owner or _appositive_title(ctx, start, at) or _named_before(text, opening.group(1), heard or [])
            return SourceAssignment(owner, text[at:stop], at, stop, match.start(), match.end())
        if text[start : match.start()].rstrip().endswith((",", "”", '"')):
            after = _NAME_AFTER.match(text, match.end(), end)
            if after and after.group(1) not in _NOT_NAMES:
                return SourceAssignment(None, after.group(1), after.start(1), after.end(1), match.start(), match.end())
    return None


# a name opening the sentence, then an aside (a title, an age, a home town) up to the cue
_NAME_THEN_ASIDE = re.compile(
    r"[\s\"“‘'(]*((?:[A-Z][a-z]+\.?\s+){1,2}[A-Z][a-z’'-]+),\s+(?:a|an|the|who|\d{2})\b[^.;:“”\"]{3,110}?,\s+(?:also\s+)?\Z"
)
_OPENING_GAP = re.compile(r"[\s\"“‘'(]*\Z")


def _opening_name(ctx: DocContext, name: str, start: int, at: int) -> bool:
    """ "Kovalenko said ...", "Andriy Kovalenko told ...": a name that opens its sentence is a
    speaker when it cannot be a capitalised common noun ("Officials said", "Witnesses told"): two
    or more words with no generic head, or one word the report also capitalises mid-sentence."""
    if not _OPENING_GAP.match(ctx.text, start, at):
        return False
    words = name.split()
    generic = _generic_speaker_words()
    if words[0] in _NOT_NAMES or words[-1].lower() in generic or words[0].lower() in generic:
        return False
    if len(words) > 1:
        return True
    return ctx.memo(f"capitalised mid-sentence: {name}", None, lambda: _capitalised_mid_sentence(ctx.text, name))


@cache
def _generic_speaker_words() -> frozenset[str]:
    """Speaker nouns and anonymous speakers: words that open a sentence as a common noun, no name."""
    return frozenset(w.lower() for w in load("cues")["speaker_nouns"]) | anonymous_speakers()


def _capitalised_mid_sentence(text: str, word: str) -> bool:
    """``word`` also stands capitalised after a lower-case word or a comma ("said Kovalenko",
    "spokesman Kovalenko"): a proper noun, not a sentence-initial capital. A search of the whole text,
    so asked once a document for each word."""
    return re.search(rf"[a-z,]\s+{re.escape(word)}\b", text) is not None


# "Kharkiv region", "Kyiv", "Belgorod Oblast": a place right before a capitalised title
_PLACE_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){1,2})(?:(?:region|regional|oblast|Oblast|province|Province|city)\s+)?\Z"
)


def _title_entity(ctx: DocContext, name_start: int) -> str | None:
    """The entity of a title written right before a name ("Somali military official Mohamed Abdi",
    "Ukrainian military spokesman Dmytro Lykhovy"): the entity stage reads the title as a person."""
    for e in ctx.entities:
        if e.end <= name_start and e.end >= name_start - 2 and e.kind == "person" and e.entity:
            if not ctx.text[e.end : name_start].strip():
                return e.entity
    return None


_REGION_NAMED = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,2})(?:region|oblast|Oblast|province|Province)\b")


def _titled_in_place(ctx: DocContext, name: str, lo: int, at: int) -> str | None:
    """ "Kharkiv region Governor Oleh Syniehubov", "Kyiv Mayor Vitali Klitschko": a title leading the
    name gives the sector, the place before it the country."""
    sector = speaker_sector(name)
    if sector is None or sector == "CVL":
        return None
    found = _PLACE_BEFORE.search(ctx.text, lo, at)
    if found is None and "regional" in name.lower():
        # "In the Bryansk region, ... a drone struck a minibus, regional governor Oleg Sokolov wrote"
        sent = ctx.seg.sentences[ctx.sentence_of(at)]
        found = next(reversed(list(_REGION_NAMED.finditer(ctx.text, sent.start, at))), None)
    if found is None:
        return None
    words = found.group(1).split()
    # "The Volgograd regional governor", "Rostov Oblast governor": the place without the article
    # that opens the sentence or the capitalised "Oblast" after it
    found_in = (gazetteer().get(normalize(" ".join(n))) for n in (words, words[1:], words[:-1]) if n)
    country = next((c for c in found_in if c), None)
    return f"{country}.{sector}" if country else None


def _named_before(text: str, name: str, heard: list[SourceAssignment]) -> str | None:
    """The side of an earlier, placed speaker whose words hold ``name`` as a whole word (a surname
    told again: "Rep. Lee Seong-kweun" then "Lee"), the words up to its cue included ("a spokesman
    for the Khortytsia group, Maj. Andriy Koval, told" then "Koval said")."""
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    for speaker in reversed(heard):
        if speaker.entity and pattern.search(text, speaker.start, max(speaker.end, speaker.cue_start)):
            return speaker.entity
    return None


_OWNED_BODY = re.compile(r"(?:'s|’s)((?:\s+[A-Z][\w-]*){1,4})(?:\s+(?:also|further|later|separately))?\s*\Z")


def _possessive_owner(ctx: DocContext, start: int, end: int) -> str | None:
    """ "Japan's Joint Staff", "Poland's Operational Command": a body the lexicons do not name, owned
    by a country they do; its sector is its head noun's (cues.yaml ``speaker_sectors``)."""
    owner = next((e for e in ctx.in_sentence(ctx.entities, _Span(start, end)) if e.start == start and e.entity), None)
    if owner is None or owner.kind != "country" or not ctx.text.startswith(("'s", "’s"), owner.end):
        return None
    sector = speaker_sector(ctx.text[owner.end + 2 : end])
    country = owner.entity.split(".")[0]
    return f"{country}.{sector}" if sector else f"{country}.GOV"


def _generic_speaker(
    ctx: DocContext,
    start: int,
    end: int,
    verb_re: re.Pattern[str],
    last: SourceAssignment | None,
    heard: list[SourceAssignment] | None = None,
) -> SourceAssignment | None:
    """ "a military spokesman said", "it said": the report's last named source speaks again.

    With no source named yet, "the health ministry in the Hamas-run territory said" takes the
    country of an entity inside the speaker's words and the sector its head noun implies.
    """
    nouns = _speaker_nouns()
    text = ctx.text
    for match in _verb_cues(text, verb_re, start, end):
        lo = max(start, match.start() - 90)
        found = nouns.search(text, lo, match.start())
        if found is None:
            continue
        if _BE_AUX.search(found.group()) and not match.group().lower().rstrip().endswith("ing"):
            continue  # "the military is believed to": a passive, nobody speaks; "was reporting" speaks
        # a pronoun takes no modifiers: in "a new drone they said could reach Tel Aviv" the drone is no speaker
        pronoun = found.group("head").lower() in grammar().pronouns
        at = found.start() if pronoun else _modifiers_start(text, found.start(), lo, start)
        stop = found.start() + len(_TRAILING_AUX.sub("", found.group()).rstrip(" ,)"))
        first_person = found.group("head").lower() in _first_person()
        # "Russia has provided North Korea with equipment, and we believe": "we" has no country beside it
        entity = None
        if not first_person:
            entity = _speaker_country(ctx, found.start(), found.end("head"), match.start(), found.group("head"))
        if entity is None and not first_person:
            entity = _titled_in_place(ctx, text[at:stop], max(start, at - 40), at)  # "Kharkiv region Governor"
        if entity is None and found.group("head").lower() in ("it", "they") and found.start() - start < 4:
            entity = _previous_subject(ctx, start)  # "The Israeli military gave a different account. It said"
        if entity is None and found.group("head").lower() in ("it", "they") and _CLAUSE_PRONOUN.search(
            text, max(start, found.start("head") - 12), found.start("head")
        ):
            entity = _own_subject(ctx, start, found.start())  # "The North fired a missile, when it claimed"
        if entity is None and not first_person and _ITS_BODY.search(text, max(start, at - 8), at):
            # "Japan will export missiles to the United States, its government said": the subject's own body
            owner = _own_subject(ctx, start, found.start())
            entity = _resector(owner, _own_sector(found.group("head"), text[at:stop])) if owner else None
        if entity is None and found.group("head").lower() in _sector_neutral() and at - start < 4:
            # "Cambodia's defence ministry gave a different version. A spokeswoman said": its spokeswoman
            entity = _account_giver(ctx, start)
        if entity is None and first_person:
            # "We now assess that ...": in a transcript the speaker of the turn, else the report's host
            turn = _turn_source(ctx, found.start(), frozenset(), text)
            entity = turn.entity if turn is not None and turn.entity else release_host(ctx)
        head = found.group("head")
        if entity is None and head.lower() in _legislator_speakers() and not any(h.entity for h in heard or []):
            # "SEOUL, April 30 -- ..., lawmakers said" with no source heard yet: the lawmakers of the
            # country the report is filed from (after a source, they relay it: see below)
            home = _home_legislature(ctx)
            if home is not None:
                return SourceAssignment(home, text[at:stop], at, stop, match.start(), match.end())
        if is_anonymous(text[at:stop]):
            # "Analysts say ...": unplaced on purpose, never the body heard before
            return SourceAssignment(entity, text[at:stop], at, stop, match.start(), match.end())
        earlier = _same_body_before(text[at:stop], head, heard or [])
        if entity is None and earlier is None:
            # "South Korea's defence ministry has been the most cautious. ..., the ministry said": the
            # body named in the sentences before, though not as a speaker
            entity = _body_named_before(ctx, text[at:stop], head, at)
        if entity is None and earlier is not None and earlier is not last:
            # "The ministry said" after Kim Yo-jong spoke: the defence ministry heard before, not her
            again = earlier.entity or _filed_from(ctx, earlier.text)
            return SourceAssignment(again, text[at:stop], at, stop, match.start(), match.end())
        if entity is None and not first_person and head.lower() not in ("it", "they", "he", "she"):
            framed = _framing_country(ctx, start, at)
            if framed is not None:  # "In Pakistani-administered Kashmir, officials in the Neelum valley said"
                sector = _own_sector(head, text[at:stop]) or speaker_sector(text[at:stop])
                entity = f"{framed}.{sector}" if sector else framed
        media = speaker_sector(text[at:stop]) == "MED"  # "state media reported": not the body heard before
        if entity is None and not media and _LOCAL.match(text[at:stop]):
            # "killing 12 people, local authorities said": the authorities of the place, not the body heard before
            local = _local_country(ctx, start, end)
            sector = _own_sector(head, text[at:stop]) or speaker_sector(text[at:stop])
            if local is not None and sector in ("GOV", "MIL"):
                return SourceAssignment(
                    f"{local}.{sector}" if sector else local, text[at:stop], at, stop, match.start(), match.end()
                )
        own = _own_sector(head, text[at:stop])
        if entity is None and last is not None and own == "MIL" and (last.entity or "").split(".")[1:2] != [own]:
            # "SEOUL -- ... Meanwhile, the military said ..." after Kim Yo-jong's statement: the home
            # military heard before (the JCS), not the last speaker's country's
            same = next((h.entity for h in reversed(heard or []) if (h.entity or "").split(".")[1:2] == [own]), None)
            if same is not None and same.split(".")[0] == dateline_country(ctx):
                return SourceAssignment(same, text[at:stop], at, stop, match.start(), match.end())
        if own in ("GOV", "MIL", "SPY", "LEG") and last is not None and (last.entity or "").startswith("IGO"):
            last = None  # "The health ministry says ..." after the World Food Programme spoke: no U.N. ministry
        if entity is None and last is not None and not media and _same_kind(head, last.entity):
            sector = own
            if _names_again(text[at:stop], head, last):
                sector = None  # "the ministry said" after "Taiwan's defence ministry said": the same body
            if sector is None and head.lower() in ("officials", "authorities") and (last.entity or "").endswith(".REB"):
                sector = "GOV"  # "officials said" after a Taliban spokesman: a state's officials
            if sector in ("MIL", "GOV", "SPY") and (last.entity or "").endswith(".REB"):
                # "the military said" after "Hamas put the number at 5,000": an army, so the state heard before
                states = [h.entity for h in heard or [] if (h.entity or "").endswith("." + sector)]
                entity = states[-1] if states else None
            else:
                entity = _resector(last.entity, sector)
        if entity is None and ctx.seg.turns:
            entity = release_host(ctx)  # "the department announced", said at a Pentagon briefing
        # entity None: a speaker the report does not place; the event stage may tie it to the actor,
        # with the sector of the same body named before ("a doctors' group says ... the group said")
        named = earlier or (last if last is not None and _names_again(text[at:stop], head, last) else None)
        hint = (named.sector or speaker_sector(named.text)) if entity is None and named is not None else None
        hint = "MED" if entity is None and media else hint
        return SourceAssignment(entity, text[at:stop], at, stop, match.start(), match.end(), hint)
    return None


@cache
def _legislator_speakers() -> frozenset[str]:
    return frozenset(w.lower() for w in load("cues")["legislator_speakers"])


def _home_legislature(ctx: DocContext) -> str | None:
    """ "SEOUL, April 30 -- ..., lawmakers said": the legislature of the country the report is filed from."""
    home = dateline_country(ctx)
    return f"{home}.LEG" if home else None


_PLACE_PREP = re.compile(r"\b(?:in|across|inside|throughout|near)\s+(?:the\s+)?\Z", re.IGNORECASE)
_LOCAL = re.compile(r"(?:the\s+)?local\b", re.IGNORECASE)


def _local_country(ctx: DocContext, start: int, end: int) -> str | None:
    """Where "local authorities" are: the country of the last place the sentence names, else the
    dateline's."""
    span = _Span(start, end)
    named = [p for p in ctx.in_sentence(ctx.places, span) if p.entity]
    # "across the Gaza Strip ..., local health authorities said": a territory named as a country counts too
    named += [
        e
        for e in ctx.in_sentence(ctx.entities, span)
        if e.entity
        and e.kind == "country"
        and "." not in e.entity
        and _PLACE_PREP.search(ctx.text, max(0, e.start - 12), e.start)
    ]
    if named:
        return max(named, key=lambda p: p.start).entity.split(".")[0]
    return dateline_country(ctx)


_FRAME = re.compile(r"[\s\"“]*(?:In|Inside|Across|Elsewhere\s+in)\s+(?!an?\b|his\b|her\b|its\b|their\b)([^,;.]{3,60}),")


def _framing_country(ctx: DocContext, start: int, at: int) -> str | None:
    """The country of the place that frames a sentence ("In Pakistani-administered Kashmir, ..."),
    when the speaker stands after the frame: where the unnamed officials are."""
    frame = _FRAME.match(ctx.text, max(start, ctx.dateline_end))
    if frame is None or frame.end() > at:
        return None
    span = _Span(start, frame.end())
    named = [*ctx.in_sentence(ctx.entities, span), *ctx.in_sentence(ctx.places, span)]
    lo, hi = frame.span(1)
    kinds = ("country", "demonym", "place")
    inside = [m for m in named if m.entity and m.kind in kinds and lo <= m.start and m.end <= hi]
    countries = {m.entity.split(".")[0] for m in inside} - {"IGO"}
    return countries.pop() if len(countries) == 1 else None


_ACCOUNT_NOUN = re.compile(r"\b(?:version|account|statement|response|denial|rebuttal|explanation|reply)\b")


def _account_giver(ctx: DocContext, start: int) -> str | None:
    """The body the previous sentence says gave an account ("Cambodia's defence ministry gave a
    starkly different version"), whose spokeswoman or official then speaks; None otherwise."""
    index = ctx.sentence_of(start)
    if index == 0 or ctx.seg.sentence_paragraph[index - 1] != ctx.seg.sentence_paragraph[index]:
        return None
    sent = ctx.seg.sentences[index - 1]
    if not _ACCOUNT_NOUN.search(ctx.text, sent.start, sent.end):
        return None
    return _previous_subject(ctx, start, kinds=("org",))


_SUBJECT_OPENING = re.compile(r"[\s\"“]*(?:The\s+|the\s+)?")


def _previous_subject(ctx: DocContext, start: int, kinds: tuple[str, ...] = ("org", "country", "group")) -> str | None:
    """The body that opens the previous sentence of the paragraph as its subject, which a
    sentence-initial "It said" / "They said" names again; None when that sentence opens otherwise
    or is itself attributed (then the speaker goes on, as :func:`_generic_speaker` takes it)."""
    index = ctx.sentence_of(start)
    para = ctx.seg.sentence_paragraph
    if index == 0 or para[index - 1] != para[index]:
        return None
    sent = ctx.seg.sentences[index - 1]
    opening = _SUBJECT_OPENING.match(ctx.text, max(sent.start, ctx.dateline_end))
    first = ctx.mention_at(ctx.entities, opening.end()) if opening else None
    if first is None or not first.entity or first.kind not in kinds:
        return None
    if ctx.is_speaker(first.start, first.end):
        return _speaker_id(first)  # "The ministry said ... It said": the same body
    for cue in _verb_cues(ctx.text, attribution_verbs(), sent.start, sent.end):
        if not _participle_after_comma(ctx.text, cue):  # "Taiwan's ministry thanked X, saying" is its own
            return None  # "Pyongyang has supplied ..., the agency said. It said": the agency goes on
    return _speaker_id(first)


_CLAUSE_PRONOUN = re.compile(r"\b(?:when|as|after|while|because|and|but|where)\s+\Z", re.IGNORECASE)
_ITS_BODY = re.compile(r"\b(?:its|their)\s+\Z", re.IGNORECASE)  # "its government said", "their militaries said"


def _own_subject(ctx: DocContext, start: int, before: int) -> str | None:
    """The body that opens this sentence as its subject, for an "it" later in it ("The North last fired
    a missile on July 1, when it claimed ...")."""
    lo = max(start, ctx.dateline_end)
    lo += len(ctx.text[lo:]) - len(ctx.text[lo:].lstrip())
    opening = _SUBJECT_OPENING.match(ctx.text, lo)
    first = ctx.mention_at(ctx.entities, lo) or (ctx.mention_at(ctx.entities, opening.end()) if opening else None)
    if first is None or not first.entity or first.end > before or first.kind not in ("org", "country", "group"):
        return None
    return _speaker_id(first)


def _speaker_id(first: EntityMention) -> str:
    """A mention's id as a speaker: a country speaks through its government."""
    return f"{first.entity}.GOV" if first.kind == "country" and "." not in first.entity else first.entity


# "a doctors' group", "a Western official" (a bloc, which places no speaker)
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:[A-Z][a-z]+-[a-z]+|Western|[a-z][a-z-]+['’]?)\s+){1,3}\Z")
_NOT_MODIFIERS = frozenset({
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "by", "for", "with", "from",
    "said", "says", "told", "that", "which", "who", "but", "while", "its", "their", "his", "her",
    "when", "as", "after", "before", "because", "where", "although", "though", "if", "since",
})


def _modifiers_start(text: str, noun_start: int, lo: int, sentence_start: int) -> int:
    """Where "a local volunteer group" begins: lower-case modifiers right before the speaker noun
    belong to the speaker's words (and tell its sector). A sentence's first word is capitalised
    only by its place: "Defence ministry officials said" is a defence ministry's speaker."""
    found = _MODIFIER_BEFORE.search(text, lo, noun_start)
    start = noun_start
    if found is not None:
        for word in reversed(list(re.finditer(r"[A-Za-z][a-z]*-[a-z]+|Western|[a-z][a-z-]+['’]?", found.group()))):
            if word.group() in _NOT_MODIFIERS:
                break
            start = found.start() + word.start()
    if start == noun_start or start > sentence_start:
        first = _SENTENCE_FIRST_WORD.match(text, sentence_start, start)
        if first is not None and first.end() == start and first.group(1).lower() in _sector_table():
            start = first.start(1)
    return start


# the capitalised first word of a sentence, before the speaker's words ("Defence ministry officials")
# (past a dateline: "CÚCUTA — Defence ministry officials")
_SENTENCE_FIRST_WORD = re.compile(
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý .'-]+(?:,[^—–\n]{0,40})?\s*(?:—|–|--)\s*)?[\s\"“‘']*([A-Z][a-z]+)\s+"
)


@cache
def _group_roles() -> frozenset[str]:
    return frozenset(w.lower() for w in load("cues")["group_roles"])


@cache
def _sector_neutral() -> frozenset[str]:
    return frozenset(w.lower() for w in load("cues")["sector_neutral_speakers"])


def _filed_from(ctx: DocContext, words: str) -> str | None:
    """An unnamed organ of the country the report is filed from ("SEOUL ... the defense ministry")."""
    filed = dateline_country(ctx)
    if filed is None:
        return None
    sector = speaker_sector(words)
    return f"{filed}.{sector}" if sector and sector != "CVL" else filed


def _same_body_before(words: str, noun: str, heard: list[SourceAssignment]) -> SourceAssignment | None:
    """The first earlier speaker that a bare "the ministry" / "the agency" names again (its words end
    in the same head noun); pronouns and people ("he", "the spokesman") are left to the last speaker."""
    head = _TRAILING_AUX.sub("", noun).strip(" ,)").lower()  # "the ministry also said"
    said = words.strip(" ,)").lower()
    if head in _sector_neutral():
        return None
    if said not in (head, f"the {head}"):
        # "The health ministry says ..." after "the Hamas-run territory's health ministry ... said": the
        # same words again, heard in full before
        named = said.removeprefix("the ").strip()
        if " " not in named:
            return None
        return next((sp for sp in heard if sp.entity and named in " ".join(sp.text.lower().split())), None)
    for speaker in heard:  # the first: a report's principal source, named in full in its lead
        if _body_named(speaker.text, head):
            return speaker
    principal = heard[0] if heard else None
    if head == "ministry" and principal is not None and principal.entity:
        # "the ministry said" in a report led by "the German defence minister said": his ministry
        return principal if principal.text.lower().rstrip(" ,)").endswith("minister") else None
    return None


def _body_named_before(ctx: DocContext, words: str, noun: str, at: int) -> str | None:
    """The entity of the last body mention in this sentence or the one before whose name ends in the
    head noun a bare "the ministry" / "the agency" repeats."""
    head = _TRAILING_AUX.sub("", noun).strip(" ,)").lower()
    if head in _sector_neutral() or words.strip(" ,)").lower() not in (head, f"the {head}"):
        return None
    index = ctx.sentence_of(at)
    lo = ctx.seg.sentences[max(0, index - 1)].start
    for e in reversed(ctx.entities_within(lo, at)):
        if e.entity and e.kind == "org" and e.text.lower().rstrip(" ,)").endswith(head):
            return e.entity
    return None


def _names_again(words: str, noun: str, last: SourceAssignment) -> bool:
    """A bare "the ministry" whose noun the last named source also ends in names that source again."""
    head = _TRAILING_AUX.sub("", noun).strip(" ,)").lower()
    bare = words.strip(" ,)").lower() in (head, f"the {head}")
    return bare and _body_named(last.text, head)


def _body_named(name: str, head: str) -> bool:
    """A body's name ends in ``head`` ("Taiwan's defence ministry") or has it before an "of" phrase
    ("Taiwan's Ministry of National Defense"): "the ministry" names it again."""
    spoken = name.lower().rstrip(" ,)")
    return spoken.endswith(head) or re.search(rf"(?:^|\s){re.escape(head)}\s+of\s", spoken) is not None


def _own_sector(noun: str, words: str) -> str | None:
    """The sector a generic speaker brings of its own: none for "a JCS official" or "the spokesman"
    (the body last named speaks again), the organ's for "the regional governor"."""
    if noun.strip(" ,)").lower() in _sector_neutral():
        organ = _OF_ORGAN.search(words)  # "the head of the regional military administration": the organ's
        return speaker_sector(organ.group(1)) if organ else None
    return speaker_sector(words)


_OF_ORGAN = re.compile(r"\b(?:of|for|with)\s+(.+)$", re.IGNORECASE)


def _resector(entity: str | None, sector: str | None) -> str | None:
    """ "the regional governor said" after "Ukraine's air force said": the same country, the
    governor's own sector (UKR.GOV, not UKR.MIL)."""
    if entity is None or sector is None or sector == "CVL" or entity.startswith("IGO"):
        return entity
    country, _, rest = entity.partition(".")
    if rest.split(".")[0] in ("", sector):
        return entity if rest else f"{country}.{sector}"
    return f"{country}.{sector}"


# a record kept by the speaker between the prefix and its name: "according to a tally by", "citing
# figures from"
_RECORD_BY = re.compile(
    r"\s+(?:a|an|the)?\s*(?:[\w-]+\s+)?(?:tally|count|report|statement|figures|data|estimate|estimates|toll|"
    r"breakdown|list|database|post|message|update|briefing|bulletin|video|notice)\s+"
    r"(?:by|from|of|compiled\s+by|released\s+by|issued\s+by)(?=\s)",
    re.IGNORECASE,
)
_ON_PLATFORM = re.compile(
    r"\s+(?:on|via)\s+(?:Telegram|X|Twitter|Facebook|Instagram|YouTube|social\s+media|its\s+website|their\s+website)"
    r"(?=\s*[,.;]|\s*$)"
)
# (the phrase may end at a relative clause: "according to a military officer who asked not to be named")
_GENERIC_AFTER = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,3}?([\w'’-]+))(?=\s*[,.;]|\s*$|\s+(?:who|whom)\s)"
)


def _generic_after_prefix(
    ctx: DocContext, start: int, end: int, prefix_re: re.Pattern[str], last: SourceAssignment | None
) -> SourceAssignment | None:
    """ "according to regional authorities", "citing local officials": a speaker the lexicon does
    not name, after an attribution prefix; placed like the speakers of :func:`_generic_speaker`.
    A person named there counts only when a title after the name places them ("according to Oleh
    Syniehubov, the Kharkiv regional governor")."""
    text = ctx.text
    nouns = _speaker_nouns()
    for match in prefix_re.finditer(text, start, end):
        named = _NAME_AFTER.match(text, match.end(), end)
        if named is not None and named.group(1) not in _NOT_NAMES and not is_anonymous(named.group(1)):
            # "according to Oleh Syniehubov, the regional governor": a person by name, placed by the
            # title after the name when it names a place
            at, stop = named.start(1), named.end(1)
            title = _GENERIC_AFTER.match(text, stop + 1, end) if text.startswith(",", stop) else None
            entity = None if title is None else _titled_in_place(ctx, title.group(2), title.start(1), title.start(2))
            if entity is not None:
                return SourceAssignment(entity, text[at:stop], at, stop, match.start(), match.end())
            # "according to Park": no place told, the speaker named before goes on (the paragraph's own)
        record = _RECORD_BY.match(text, match.end(), end)  # "according to a tally by the health ministry"
        platform = _ON_PLATFORM.search(text, match.end(), end)  # "a post by the air force on Telegram"
        after = _GENERIC_AFTER.match(
            text, record.end() if record else match.end(), platform.start() if platform else end
        )
        if after is None:
            continue
        last_two = " ".join(after.group(1).split()[-2:])  # "according to the Civil Defence"
        if not nouns.fullmatch(after.group(2)) and not nouns.fullmatch(last_two):
            continue
        at, stop = after.start(1), after.end(1)
        entity = None
        if _PLACE_OWNED.match(text, match.end(), at + 40):
            # "killed in Gaza ..., according to the territory's health ministry": the place the sentence named
            entity = _place_owner(ctx, start, match.start(), after.group(1))
        same = last is not None and _same_kind(after.group(1), last.entity) and not is_anonymous(after.group(1))
        if entity is None and same:
            entity = _resector(last.entity, _own_sector(after.group(2), after.group(1)))
        if entity is None:  # "according to the Kharkiv regional governor": the place before the title
            entity = _titled_in_place(ctx, after.group(2), at, after.start(2))
        return SourceAssignment(entity, text[at:stop], at, stop, match.start(), match.end())
    return None


# "the Assistance Association for Political Prisoners": capitalised words, joined by "for", "of", "on" or "and"
_CAPITALISED_NAME = re.compile(
    r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:for|of|on|and|the)\s+)*[A-Z][\w'’-]*){1,7})(?=\s*[,.;(]|\s*$)"
)


@cache
def _unknown_body_heads() -> frozenset[str]:
    return frozenset(load("cues")["unknown_body_heads"])


def _unknown_body_after_prefix(
    ctx: DocContext, start: int, end: int, prefix_re: re.Pattern[str]
) -> SourceAssignment | None:
    """ "according to the Assistance Association for Political Prisoners": a body the lexicons do not
    know (cues.yaml ``unknown_body_heads``) is still who says it, so the speaker heard before does not
    go on; its entity is unknown (null), as the gold gives a monitoring group's."""
    heads = _unknown_body_heads()
    for match in prefix_re.finditer(ctx.text, start, end):
        named = _CAPITALISED_NAME.match(ctx.text, match.end(), end)
        if named is not None and any(w.lower() in heads for w in named.group("name").split()):
            at, stop = named.span("name")
            return SourceAssignment(None, ctx.text[at:stop], at, stop, match.start(), match.end())
    return None


_PLACE_OWNED = re.compile(
    r"\s+the\s+(?:territory|country|enclave|strip|region|island|nation)(?:'s|’s)\s", re.IGNORECASE
)


def _place_owner(ctx: DocContext, start: int, end: int, words: str) -> str | None:
    """The country of the last place or country the sentence names before ``end`` (Gaza is a
    country entity, not a place, so :func:`_local_country` would miss it), with the sector of
    ``words``."""
    named = [p for p in ctx.in_sentence(ctx.places, _Span(start, end)) if p.entity and p.end <= end]
    named += [e for e in ctx.in_sentence(ctx.entities, _Span(start, end)) if e.entity and e.end <= end]
    if not named:
        return None
    country = max(named, key=lambda m: m.end).entity.split(".")[0]
    sector = speaker_sector(words)
    return f"{country}.{sector}" if sector else country


def _same_kind(words: str, entity: str | None) -> bool:
    """ "a military spokesman said" after the JCS: the same speaker again. "residents said" after
    the UN: another speaker, whose side the last source does not tell."""
    return speaker_sector(words) != "CVL" or entity is None or entity.endswith(".CVL")


def speaker_sector(words: str) -> str | None:
    """The sector a speaker's head noun implies ("the foreign ministry" -> GOV, "the defence
    ministry" -> MIL, as the gold files defence ministers), or None."""
    lowered = words.lower().replace(",", " ").split()
    joined = " ".join(lowered)
    for phrase, sector in _sector_phrases():
        if phrase in joined:
            return sector  # "Gaza's civil defence agency": an emergency service, not a spy agency
    neutral = _sector_neutral()
    # "an army spokesman in Srinagar", "a military official": a word of the body outranks the
    # neutral title, which only says a person speaks for some body
    ordered = [w for w in reversed(lowered) if w not in neutral] + [w for w in reversed(lowered) if w in neutral]
    for word in ordered:
        sector = _sector_table().get(word.rstrip("'’"))  # "a doctors' group"
        if sector:
            if sector == "GOV" and ("defense" in lowered or "defence" in lowered):
                return "MIL"
            if sector == "SPY" and "intelligence" not in lowered and ("defense" in lowered or "defence" in lowered):
                return "MIL"  # "the defence acquisition agency": an arm of the defence ministry, no spy service
            return sector
    return None


def _speaker_country(ctx: DocContext, noun_start: int, noun_end: int, hi: int, noun: str) -> str | None:
    """The country of an entity inside the speaker's own noun phrase: before the noun with only
    modifiers between ("Ukraine's emergency service", "the UN human rights office"), or after it
    up to the cue ("the health ministry in the Hamas-run territory")."""
    text = ctx.text
    inside = [
        e
        for e in ctx.in_sentence(ctx.entities, _Span(max(0, noun_start - 60), hi))
        if e.entity
        and ((e.end <= noun_start and _NP_GAP.match(text, e.end, noun_start) is not None) or e.start >= noun_end)
    ]
    if not inside:
        # "head of the Kherson regional military administration": a place in the organ's name
        inside = [p for p in ctx.in_sentence(ctx.places, _Span(noun_end, hi)) if p.entity and p.end <= hi]
        if not inside:
            return None
    country = inside[-1].entity.split(".")[0]
    head = _WORD.match(noun.strip(" ,)")).group().lower()
    if head in _sector_neutral() and "." in inside[-1].entity:
        return inside[-1].entity  # "a KIA spokesman", "a Hamas official": the body's own sector
    if head in _group_roles() and inside[-1].entity.endswith(".REB"):
        return inside[-1].entity  # "the group's leader", "a Hamas commander": the group's own
    sector = speaker_sector(noun) or _sector_table().get(head)  # "the military wing": its last word
    if sector == "GOV" and inside[-1].start >= noun_end:
        # "the defence ministry in Moscow": the modifiers before the head tell its sector
        sector = speaker_sector(" ".join(text[max(0, noun_start - 30) : noun_end].split()[-3:])) or sector
    if head in _sector_neutral() and inside[-1].end <= noun_start:
        # "a U.S. defense official", "a South Korean intelligence official": the modifier's sector
        sector = speaker_sector(text[inside[-1].end : noun_start]) or sector
    elif head in _sector_neutral():
        # "a spokesman for Ukraine's 24th Mechanized Brigade": the organ's sector; "an army spokesman
        # in Srinagar": the modifier's
        modifiers = " ".join(text[max(0, noun_start - 30) : noun_start].split()[-2:])
        sector = speaker_sector(text[noun_end:hi]) or speaker_sector(modifiers) or sector
    return f"{country}.{sector}" if sector and not country.startswith("IGO") else inside[-1].entity


# "Ukraine's emergency service", "the Houthi-run health ministry", "Japan's Joint Staff" (but not
# "the Iran-backed group")
_NP_GAP = re.compile(
    r"\)?(?:(?:'s|’s|'|’|-run|-controlled|-held|-led)(?:\s+[A-Za-z][\w-]*){0,3}|(?:\s+[a-z][\w-]*){0,3})\s+$"
)  # a bracket may close an acronym first: "the ... (UKMTO) centre"


@cache
def _sector_table() -> dict[str, str]:
    return {w.lower(): sector for sector, words in load("cues")["speaker_sectors"].items() for w in words}


@cache
def _sector_phrases() -> tuple[tuple[str, str], ...]:
    """Speaker phrases of several words whose sector outranks their head word's (cues.yaml
    ``speaker_sector_phrases``), longest first."""
    table = load("cues").get("speaker_sector_phrases") or {}
    pairs = [(w.lower(), sector) for sector, words in table.items() for w in words]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


@cache
def _envoy_pattern() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, load("cues")["envoy_nouns"]))
    return re.compile(rf"\b(?:{nouns})\s+(?:to|at|for|on)\s+(?:the\s+)?$", re.IGNORECASE)


_JOINT = re.compile(r"\s+and\s+(?:the\s+)?")


def _sender(ctx: DocContext, before: list[EntityMention]) -> EntityMention:
    """ "Iran's mission to the United Nations": the sender (Iran), not the body it is sent to."""
    last = before[-1]
    window = ctx.text[max(0, last.start - 40) : last.start]
    if len(before) >= 2 and _envoy_pattern().search(window):
        return before[-2]
    if len(before) >= 2 and before[-2].entity and _JOINT.fullmatch(ctx.text, before[-2].end, last.start):
        return before[-2]  # "Seoul and Washington accused Pyongyang": the first named speaks for both
    return last


def _assign(entity: EntityMention, cue_start: int, cue_end: int, text: str) -> SourceAssignment:
    speaker = entity.entity
    if speaker and "." not in speaker and entity.kind == "country":
        speaker = f"{speaker}.GOV"  # "Germany said", "Seoul said": a state speaks through its government
    return SourceAssignment(speaker, text[entity.start : entity.end], entity.start, entity.end, cue_start, cue_end)


# "Minister of ", "Ministry for the ", "Minister of Home Affairs and ": an office named by its portfolio
_OFFICE_OF = re.compile(
    r"\b((?:(?:Deputy|Vice|Assistant)\s+)?(?:Minister|Ministry|Secretary)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'-]*\s+)+(?:and|&)\s+)?)\Z"
)
# lower-case title words right before a person's name ("regional governor ", "army spokesman ")
_TITLE_BEFORE = re.compile(r"(?:^|[\s,(])((?:[a-z][\w-]*\s+){1,3})\Z")


@cache
def _first_person() -> frozenset[str]:
    return frozenset(load("cues")["first_person_speakers"])


def _turn_source(ctx: DocContext, pos: int, questions: frozenset[str], text: str) -> SourceAssignment | None:
    for turn in ctx.seg.turns:
        if turn.start <= pos < turn.end:
            label = turn.label
            if label.lower() in questions:
                return None
            # the label and its colon only: not "MR. HOLLOWAY:  Russia has provided", whose Russia is said
            colon = text.find(":", turn.start + len(label), turn.start + len(label) + 8)
            label_end = colon + 1 if colon != -1 else turn.start + len(label) + 8
            entity = _label_entity(ctx, turn.start, label_end) or _named_speaker(label)
            opens = len(ctx.seg.turns) == 1 and not ctx.text[: turn.start].strip()
            if entity is not None and "." not in entity and opens:
                return None  # "SUDAN: El Fasher situation update No. 12": a title's country, no one speaking
            if entity is None:
                entity = release_host(ctx)  # "MR. HALVORSEN:" in a Department of Defense transcript
                if entity and _MILITARY_RANK.match(label):
                    entity = f"{entity.split('.')[0]}.MIL"  # "GEN. COMMANDER:" at a Senate hearing
                office = _office_sector(ctx, turn)
                if entity and office is not None:
                    entity = f"{entity.split('.')[0]}.{office}"  # "MINISTER FOR DEFENCE AND SECURITY:" in a Hansard
            return SourceAssignment(entity, label, turn.start, turn.start, turn.start, turn.start)
    return None


def _office_sector(ctx: DocContext, turn: Segment) -> str | None:
    """The sector of the office a speaker label names by more than a title: "MINISTER FOR DEFENCE AND
    SECURITY" (MIL), at the House where the label is spoken; "SECRETARY AUSTIN" names none. A bare
    "MINISTER" that an earlier label opens ("MINISTER FOR DEFENCE AND SECURITY") is that office."""
    label = turn.label
    fuller = (t.label for t in ctx.seg.turns if t.start < turn.start and t.label.startswith(label + " "))
    return _label_sector(next(fuller, label))


@cache
def _label_sector(label: str) -> str | None:
    """The sector a label's words other than a title give (once per label, not per sentence of its turn)."""
    neutral = _sector_neutral()
    words = [w for w in label.lower().split() if w not in neutral]
    return speaker_sector(" ".join(words)) if words else None


def first_person_entity(ctx: DocContext, pos: int) -> str | None:
    """Who "we" and "our" are at ``pos``: the transcript turn's speaker, else the issuer the
    document's header names ("Ministry of Defense ... We lodged a protest")."""
    turn = _turn_source(ctx, pos, frozenset(), ctx.text)
    if turn is not None and turn.entity:
        return turn.entity
    quoted = _quote_speaker(ctx, pos)
    if quoted is not None:
        return quoted  # '"Our troops have killed 13 militants," a Somali military official said'
    return release_host(ctx)


def second_person_entity(ctx: DocContext, pos: int) -> str | None:
    """Who "you" is at ``pos``: in a reporter's question turn ("Q  You're not sending troops") the
    body that holds the briefing; anywhere else an addressee the text does not name (None)."""
    _, _, questions = _cues()
    for turn in ctx.seg.turns:
        if turn.start <= pos < turn.end:
            return release_host(ctx) if turn.label.lower() in questions else None
    return None


def _quote_speaker(ctx: DocContext, pos: int) -> str | None:
    """The speaker a quotation around ``pos`` is credited to, when the sentence names one."""
    if not any(q.start <= pos < q.end for q in ctx.seg.quotes):
        return None
    source = ctx.sources.get(ctx.sentence_of(pos))
    return source.entity if source is not None and source.entity else None


_DEFENCE = re.compile(r"\bDefen[cs]e\b|\bArmed Forces\b|\bGeneral Staff\b")


# a speaker label opening with a military rank: "GEN. SMITH:", "ADM. JONES:", "LT. GEN. KIM:"
_MILITARY_RANK = re.compile(
    r"(?:(?:LT|LIEUTENANT|MAJ|MAJOR|BRIG|BRIGADIER|VICE|REAR)\.?\s+)?(?:GEN|GENERAL|ADM|ADMIRAL|COL|COLONEL|CAPT|CAPTAIN)\b\.?",
    re.IGNORECASE,
)


def release_host(ctx: DocContext) -> str | None:
    """The organisation a transcript or release comes from, named in its first lines
    ("DEPARTMENT OF DEFENSE PRESS BRIEFING ..."); cached on the context."""
    if ctx.host is not None:
        return ctx.host or None
    issuer = _issuing_publisher(ctx.publisher)
    if issuer is not None:
        ctx.host = issuer
        return issuer

    head = ctx.text[:300]
    first = ctx.seg.turns[0].start if ctx.seg.turns else len(head)
    lines = head[:first]
    if not ctx.seg.turns and "\n" not in lines.strip():
        # one running paragraph ("We assess that North Korea has sent ..."): no header names a host
        ctx.host = ""
        return None
    ctx.host = _named_body(title_cased(lines)) or ""
    return ctx.host or None


def _named_body(cased: str) -> str | None:
    """The body a header's words name: an organ with its country ("U.S. Africa Command"), else the
    country with the sector its organ implies ("MINISTRY OF DEFENSE, JAPAN": JPN.MIL)."""
    # civilians ("the brave people of Ukraine") host nothing
    mentions = [m for m in find_entities(cased) if m.entity and not m.entity.endswith(".CVL")]
    found = [m.entity for m in mentions if "." in m.entity]
    if not found and mentions and not mentions[0].entity.startswith("IGO"):
        sector = "MIL" if _DEFENCE.search(cased) else speaker_sector(cased)
        found = [f"{mentions[0].entity}.{sector}" if sector and sector != "CVL" else mentions[0].entity]
    return found[0] if found else None


@cache
def _issuer_line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load("cues")
    label = re.compile(
        rf"^[ \t]*(?:{trie_pattern(cues.get('issuer_labels', []))})[ \t]*:[ \t]*(?P<name>[^\n]+)",
        re.IGNORECASE | re.MULTILINE,
    )
    phrase = re.compile(
        rf"(?<!not )\b(?:{trie_pattern(cues.get('issuer_phrases', []))})\s+(?P<name>[^\n]+)",
        re.IGNORECASE | re.MULTILINE,
    )
    return label, phrase


# a dateline with an outlet's credit opening a line: "MOGADISHU, March 12 (Demo Wire) -"
_CREDITED_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,[^\n(]{0,40}\([^()\n]+\)\s*[-–—]", re.MULTILINE)


def reprint_issuer(ctx: DocContext) -> tuple[SourceAssignment, int, int] | None:
    """The issuer a line near the top names for the text reprinted after it, and the span of that
    text (to a dateline with an outlet's credit, or the end): see cues.yaml ``issuer_labels``."""
    head = ctx.text[:2000]
    label, phrase = _issuer_line_patterns()
    found = label.search(head) or phrase.search(head)
    if found is None:
        return _hosted_document(ctx)
    name = found.group("name").strip()
    cased = title_cased(name) if name.isupper() else name  # (title-casing keeps every offset)
    named = [m for m in find_entities(cased) if m.entity]
    if named and not name[: named[0].start].strip(" \t\"'“").lower().removeprefix("the"):
        name, cased = name[: named[0].end], cased[: named[0].end]  # "U.S. Africa Command on March 11": the body
    entity = _named_body(cased)
    if entity is None:  # "..., Ministry of Interior, Sofia": the country of the seat the line ends on
        country = place_country(entity_lexicon(), name.rsplit(",", 1)[-1].strip())
        sector = speaker_sector(name)
        entity = f"{country}.{sector}" if country and sector and sector != "CVL" else None
    if entity is None:
        return None
    start, end = found.start("name"), found.start("name") + len(name)
    follow_up = _CREDITED_DATELINE.search(ctx.text, found.end())
    stop = follow_up.start() if follow_up is not None else len(ctx.text)
    return SourceAssignment(entity, name, start, end, start, end), found.end(), stop


# the sender a letter's title names: "Letter dated ... from the Permanent Representative of Greece to"
_LETTER_FROM = re.compile(
    r"^[ \t]*(?:Identical\s+letters|Letter|Note\s+verbale)\s+dated\s+[^\n]{4,40}?\s+from\s+the\s+"
    r"((?:Permanent|Deputy|Acting)?\s*(?:Representative|Mission|Chargé\s+d['’]affaires(?:\s+a\.i\.)?|Ambassador)"
    r"\s+of\s+(?:the\s+)?[A-Z][^\n]*?)\s+(?:to|addressed)\b",
    re.MULTILINE,
)


def _hosted_document(ctx: DocContext) -> tuple[SourceAssignment, int, int] | None:
    """A body's document that another publisher hosts, with no dateline ("GOVERNMENT OF INDIA /
    MINISTRY OF DEFENCE" heading a written answer on a parliament's archive site): its text is the
    body's, as a release reprinted under a line naming its issuer is; so is a letter's text its
    sender's, whoever hosts it; a publisher's own document is in its own voice, and no source."""
    if ctx.dateline_end:
        return None
    sender = _LETTER_FROM.search(ctx.text, 0, 1000)
    if sender is not None:  # "Letter dated 16 February 2026 from the Permanent Representative of Greece"
        named = [m for m in find_entities(sender.group(1)) if m.entity and "." not in m.entity]
        if named and named[0].kind == "country" and not named[0].entity.startswith("IGO"):
            start, end = sender.start(1), sender.end(1)
            issuer = SourceAssignment(f"{named[0].entity}.GOV", ctx.text[start:end], start, end, start, end)
            return issuer, end, len(ctx.text)
    if not ctx.publisher or _issuing_publisher(ctx.publisher) is not None:
        return None
    host = release_host(ctx)
    if host is None or host.startswith("IGO"):
        return None
    pos = 0
    publisher = " ".join(ctx.publisher.lower().split())
    for line in ctx.text[:300].split("\n"):
        cased = title_cased(line)
        # a line that names a body ("GOVERNMENT OF INDIA"), not the publisher's own or a place alone
        body = line.strip() and publisher not in " ".join(line.lower().split()) and speaker_sector(cased)
        named = _named_body(cased) if body and body != "CVL" else None
        if named is not None and named.split(".")[0] == host.split(".")[0]:
            start, end = stripped_span(ctx.text, pos, pos + len(line))
            return SourceAssignment(host, ctx.text[start:end], start, end, start, end), end, len(ctx.text)
        pos += len(line) + 1
    return None


def _issuing_publisher(publisher: str | None) -> str | None:
    """The entity of a publisher that issues statements of its own ("The White House", "Ministry of
    Defense of Japan"); a news outlet (a .MED entity) or an unknown name issues none."""
    if not publisher:
        return None
    found = [m for m in find_entities(title_cased(publisher)) if m.entity]
    if not found or found[0].entity.endswith(".MED") or found[0].kind == "demonym":
        return None
    return found[0].entity


def _named_speaker(label: str) -> str | None:
    """ "MAJ. GEN. RYDER" -> the entity of "Maj. Gen. Ryder" (labels are upper case, names are not)."""
    from watchfloor.extract.entities import find_entities

    found = [m for m in find_entities(label.title()) if m.entity]
    return found[-1].entity if found else None


def _label_entity(ctx: DocContext, start: int, end: int) -> str | None:
    starts = ctx.starts_of(ctx.entities)
    i = bisect_left(starts, start)
    if i < len(starts) and starts[i] < end:
        return ctx.entities[i].entity
    return None


class _Span:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
