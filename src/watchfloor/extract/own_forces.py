"""Whose forces a sentence's unnamed subject is: "Troops neutralised 15 terrorists, the Defence
Headquarters said", "Security forces conducted an operation in Bajaur district, killing eight
militants".

Defence ministries, police and armies write of "troops" and "security forces" without naming
their country: it is the country of the body that issued the words. Left unnamed, such a claim
took the last actor told before, often the armed group the forces fight. Only a subject that
opens the sentence counts, and only a state body's words (or, for "security/government/federal
forces", the report's own country) give it a side; bare "troops" in a story told by no state
stay unknown, and so do "the soldiers": the ones told before, whoever they were.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from watchfloor.extract.attribution import speaker_sector
from watchfloor.extract.context import DocContext
from watchfloor.extract.counterparts import dateline_country, home_country
from watchfloor.lexicons import load


@cache
def _subject_pattern() -> re.Pattern[str]:
    data = load("grammar")["state_force_subjects"]
    states = "|".join(map(re.escape, data["state_words"]))
    heads = "|".join(map(re.escape, data["heads"]))
    return re.compile(
        r"[\s\"“]*(?P<the>the\s+|our\s+)?(?:(?P<state>" + states + r")\s+)?(?P<head>" + heads + r")\b"
        # "Troops of Operation Hadin Kai", "troops of the 7th Division": the operation or unit they belong to
        r"(?:\s+of\s+(?:the\s+)?[A-Z0-9][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4})?"
        r"(?P<rest>[^;:.\"“”]*)",  # up to the trigger, in the same clause
        re.IGNORECASE,
    )


_STATE_SECTORS = ("MIL", "GOV")


def _opening(ctx: DocContext, sentence: int, trigger_start: int) -> int:
    """Where the sentence's own words begin: past a dateline that opens it ("ABUJA, May 14 -- Troops ...")
    and past a fronted time set off by a comma ("On 2 October, an armed group attacked")."""
    start = ctx.seg.sentences[sentence].start
    start = ctx.dateline_end if start < ctx.dateline_end <= trigger_start else start
    fronted = _FRONTED_TIME.match(ctx.text, start, trigger_start)
    if fronted is not None:
        starts = ctx.starts_of(ctx.times)
        k = bisect_left(starts, fronted.start())
        if k < len(starts) and starts[k] < fronted.end():  # a time starts inside the fronted phrase
            return fronted.end()
    return start


# "On 2 October, ", "Early on Sunday, ", "Overnight, ": a time phrase that opens the sentence
_FRONTED_TIME = re.compile(
    r"\s*(?:(?:on|in|at|early|late|overnight|shortly|around|earlier|later|last|this|during)\b[^,;.:\"“]{0,40}|"
    r"[A-Z][a-z]+day),\s+",
    re.IGNORECASE,
)


def state_forces_subject(ctx: DocContext, sentence: int, trigger_start: int) -> str | None:
    """The side of unnamed state forces that open sentence ``sentence`` and act at
    ``trigger_start`` in their own clause, or None."""
    found = _subject_pattern().fullmatch(ctx.text, _opening(ctx, sentence, trigger_start), trigger_start)
    if found is None or found.group("the") and not found.group("state"):
        return None  # "The soldiers, some of whom were armed, did not return fire": those told before
    source = ctx.sources.get(sentence)
    speaker = source.entity if source is not None and source.entity else ""
    if source is not None and not speaker:
        # "the Defence Headquarters said": an organ the text does not place, of the dateline's country
        sector, home = speaker_sector(source.text), dateline_country(ctx)
        speaker = f"{home}.{sector}" if sector and home else ""
    country, _, sector = speaker.partition(".")
    if country and country != "IGO" and sector.split(".")[0] in _STATE_SECTORS:
        return f"{country}.MIL"  # the issuing body's own forces
    if found.group("state"):
        home = dateline_country(ctx)
        return f"{home}.MIL" if home else None  # "security forces" of the country the report is filed from
    return None


@cache
def _armed_pattern() -> re.Pattern[str]:
    grammar = load("grammar")
    heads = "|".join(map(re.escape, grammar["home_armed_subjects"]))
    # "a large band of cattle raiders": a body of them, as grammar.yaml collective_heads name it
    bodies = "|".join(map(re.escape, grammar["collective_heads"]))
    return re.compile(
        r"[\s\"“]*(?:(?:the|a|an|some|several|dozens\s+of|hundreds\s+of|armed|suspected|heavily\s+armed)\s+)*"
        r"(?:(?:[\w'’-]+\s+)?(?:" + bodies + r")\s+of\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:" + heads + r")\b"
        r"(?:\s+(?:of|from)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + heads + r"))?"
        r"(?P<rest>[^;:.\"“”]*)",
        re.IGNORECASE,
    )


# the last "when", "after", "as" or "while" before the verb: where a clause with its own subject opens
_LAST_SUBORDINATOR = re.compile(r"\b(?:when|after|as|while)\s+(?!.*\b(?:when|after|as|while)\s)", re.IGNORECASE)


def _clause_starts(ctx: DocContext, sentence: int, trigger_start: int) -> list[int]:
    """Where a subject acting at ``trigger_start`` may open: the sentence's own words, and past the last
    "when", "after", "as" or "while" before the verb ("Seven villagers were killed when raiders attacked")."""
    opening = _opening(ctx, sentence, trigger_start)
    clause = _LAST_SUBORDINATOR.search(ctx.text, opening, trigger_start)
    return [opening] + ([clause.end()] if clause is not None else [])


def home_armed_group(ctx: DocContext, sentence: int, trigger_start: int) -> str | None:
    """ "Fighters of the Zinta militia attacked a village": armed people of no named side that open
    the sentence are an armed group (REB) of the country the report is filed from (its dateline, or a
    header line's place) or, with neither, of the one it is about; None when it tells none."""
    starts = _clause_starts(ctx, sentence, trigger_start)  # "... were killed when raiders attacked"
    if not any(_armed_pattern().fullmatch(ctx.text, start, trigger_start) for start in starts):
        return None
    sent = ctx.seg.sentences[sentence]
    home = home_country(ctx)
    sentence_places = [*ctx.in_sentence(ctx.places, sent), *ctx.in_sentence(ctx.entities, sent)]
    if any(m.entity and m.entity.split(".")[0] not in (home, "IGO") for m in sentence_places):
        return None  # "KYIV - ... gunmen attacked a checkpoint in Dagestan": not the home country's group
    return f"{home}.REB" if home else None
