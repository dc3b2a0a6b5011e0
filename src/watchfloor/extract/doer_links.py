"""Who did an attack, told as a link from the act or its doers to a group: a claim of its own.

"Two transmission towers were blown up on Friday. The army said the blasts were the work of the
New People's Army." The second sentence tells no act in words of attack; it names the doer of the
one told before. The gold files such a sentence as an ATTACK of its own, by the group named, told by
whoever says it ("the attackers probably belonged to armed groups linked to drug trafficking" is a
hedged one). :func:`doer_link_drafts` adds it, with the target and the date of the attack it refers
back to (the last one told in the paragraph or the two sentences before), unless a claim of the
sentence already tells that attack. The words are ``grammar.yaml`` ``doer_links``.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.context import DocContext
from watchfloor.extract.counterparts import home_country
from watchfloor.extract.draft import Draft
from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.events import finish_draft
from watchfloor.extract.lexicon_match import Trigger
from watchfloor.lexicons import load

_ACTS = frozenset({"ATTACK", "CASUALTY", "DEMOLISH"})  # what "it" may stand for: an act told just before
_BACK_REACH = 3  # sentences back to the attack a link refers to
_PHRASE_END = re.compile(r"[,;:.!?\"”]|\s(?:and|but|while|who|which|after|before|because|since|as)\s")
_PHRASE_WORDS = 12  # words the doer's phrase may run


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load("grammar")["doer_links"]
    hedge = rf"(?:(?:{trie_pattern(data['hedges'])})\s+)?"
    act = re.compile(
        rf"\b(?:(?:the|this|that|these|those|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<act>{trie_pattern(data['act_subjects'])})|(?P<pronoun>{trie_pattern(data['act_pronouns'])}))"
        rf"(?:,[^,.;]{{1,80}},)?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+{hedge}"
        rf"(?:{trie_pattern(data['act_links'])})\s+",
        re.IGNORECASE,
    )
    doer = re.compile(
        rf"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:{trie_pattern(data['doer_subjects'])})\s+{hedge}"
        rf"(?:{trie_pattern(data['doer_links'])})\s+",
        re.IGNORECASE,
    )
    groups = re.compile(rf"\b(?:{trie_pattern(data['groups'])})\b", re.IGNORECASE)
    return act, doer, groups


def doer_link_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` and an ATTACK for each sentence that links an act or its doers to a group."""
    act, doer, groups = _patterns()
    added: list[Draft] = []
    for index, sent in enumerate(ctx.seg.sentences):
        for pattern in (act, doer):
            for m in pattern.finditer(ctx.text, sent.start, sent.end):
                draft = _linked_attack(ctx, drafts, index, m, groups)
                if draft is not None:
                    added.append(draft)
    return sorted(drafts + added, key=lambda d: d.trigger.start) if added else drafts


def _linked_attack(ctx: DocContext, drafts: list[Draft], index: int, m: re.Match[str], groups) -> Draft | None:  # noqa: ANN001
    sent = ctx.seg.sentences[index]
    end = _phrase_end(ctx.text, m.end(), sent.end)
    actor = _doer(ctx, m.end(), end, groups)
    if actor is None:
        return None
    if any(d.sentence == index and d.type == "ATTACK" and d.ev_start < end and m.start() < d.ev_end for d in drafts):
        return None  # "the attack on the convoy was carried out by ...": the attack's own claim tells it
    mention, actor_id = actor
    link = ctx.text[m.start() : m.end()].rstrip()
    trigger = Trigger(
        m.start(), m.start() + len(link), ctx.tok_at(m.start()), ctx.tok_at(m.start() + len(link) - 1) + 1, link,
        (("ATTACK", "verb"),),
    )
    if m.groupdict().get("pronoun") and not any(d.type in _ACTS and 0 <= index - d.sentence <= 1 for d in drafts):
        return None  # "it was organised by the party": "it" is an attack only right after one is told
    told = _act_before(drafts, index, ctx.seg.sentence_paragraph[index], m.start())
    draft = Draft("ATTACK", trigger, index, ctx.seg.sentence_paragraph[index], False, m.start(), end)
    draft.actor, draft.actor_id = mention, actor_id
    finish_draft(ctx, draft)  # modality ("probably belonged to": hedged) and the speaker, as for any claim
    # its own words, and the rest from the act it names the doer of: what it hit and when
    draft.ev_start, draft.ev_end = m.start(), end
    draft.item = (m.groupdict().get("act") or "").lower() or (told.item if told is not None else None)
    draft.recipient = told.recipient if told is not None and told.type != "DEMOLISH" else None
    if told is not None and told.time is not None:
        draft.time, draft.time_borrowed = told.time, True
    draft.claimed = True  # the doer named: a claim of its own, never a restatement of the act
    return draft


def _phrase_end(text: str, start: int, sent_end: int) -> int:
    """Where the doer's phrase ends: a clause break, or twelve words on ("belonged to armed groups linked
    to drug trafficking")."""
    stop = _PHRASE_END.search(text, start, sent_end)
    end = stop.start() if stop is not None else sent_end
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > _PHRASE_WORDS:
        end = start + words[_PHRASE_WORDS - 1].end()
    if text[start:end].count("(") > text[start:end].count(")"):
        close = text.find(")", end, sent_end)
        end = close + 1 if close != -1 else end  # "the New People's Army (NPA)"
    return end


def _doer(ctx: DocContext, start: int, end: int, groups: re.Pattern[str]):  # noqa: ANN202
    """The group a link names: a known one ("the New People's Army": PHL.REB), a country's armed people
    ("a Venezuelan armed gang": VEN.REB), or an armed group of the report's home country ("a local smuggling
    ring"); None for anything else ("the work of months", "belonged to the victim")."""
    grouped = groups.search(ctx.text, start, end) is not None
    named = list(ctx.entities_within(start, end))
    for e in named:
        if not e.entity:
            continue
        if "." in e.entity:
            return e, e.entity
        if grouped:
            return e, f"{e.entity}.REB"  # "a Venezuelan armed gang"
    if not grouped:
        return None
    home = home_country(ctx)
    if home is None:
        return None
    return (named[0] if named else None), f"{home}.REB"


def _act_before(drafts: list[Draft], index: int, paragraph: int, start: int) -> Draft | None:
    """The last act (attack, toll, demolition) told before ``start``, in the same paragraph or the
    sentences just before."""
    for d in reversed(drafts):
        if d.type not in _ACTS or d.trigger.start >= start:
            continue
        if d.paragraph == paragraph or index - d.sentence <= _BACK_REACH:
            return d
        return None
    return None
