"""Who did an attack the report tells without a doer, when a later sentence says who claimed it.

"On Tuesday, a roadside bomb ripped through an army truck, killing four soldiers. A separatist
militia claimed the blast within hours." The first sentence names no attacker; the second does,
by its claim of responsibility. :func:`fill_claimed_acts` gives the claimant to the attack and to
the casualties of that sentence, when the claim comes in the next sentence or the one after, in
the same paragraph, and refers back to the act with a definite noun ("the blast", "the attack",
"Tuesday's bombing"). A claim about another attack ("claimed an attack on a convoy in May") names
no earlier act and is left alone.

A denial works the other way round: "The taxi association involved has denied any role" names no act
of its own, so :func:`date_denied_acts` dates it as the attack told before it.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.context import DocContext
from watchfloor.extract.draft import Draft
from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.lexicon_match import trigger_lexicon
from watchfloor.lexicons import load

_FILLED_TYPES = frozenset({"ATTACK", "CASUALTY", "DEMOLISH"})
_REACH = 2  # sentences after the act


@cache
def _claim_pattern() -> re.Pattern[str]:
    """grammar.yaml ``claimed_acts``: the verbs of claiming and the nouns of the act claimed."""
    data = load("grammar")["claimed_acts"]
    return re.compile(
        rf"\s+(?:(?:has|have|had)\s+)?(?:{trie_pattern(data['verbs'])})\s+(?:(?:full\s+)?responsibility\s+for\s+)?"
        rf"(?:the|this|that|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:{trie_pattern(data['act_nouns'])})\b"
    )


def fill_claimed_acts(ctx: DocContext, drafts: list[Draft]) -> None:
    """Give an attack with no actor (and its sentence's casualties) the group that a sentence
    soon after says claimed it ("A separatist militia claimed the blast")."""
    pattern = _claim_pattern()
    for e in ctx.entities:
        if not e.entity:
            continue
        m = pattern.match(ctx.text, e.end)
        if m is None:
            continue
        claim_sentence = ctx.sentence_of(e.start)
        if ctx.sentence_of(m.end() - 1) != claim_sentence:
            continue
        paragraph = ctx.seg.sentence_paragraph[claim_sentence]
        for back in range(1, _REACH + 1):
            index = claim_sentence - back
            if index < 0 or ctx.seg.sentence_paragraph[index] != paragraph:
                break
            told = [d for d in drafts if d.sentence == index and d.type in _FILLED_TYPES]
            if not any(d.type == "ATTACK" for d in told):
                continue
            for d in told:
                if d.actor_id is None:
                    d.actor, d.actor_id = e, e.entity
            break


def date_denied_acts(drafts: list[Draft]) -> None:
    """Date a denial that names no act ("A rebel spokesman denied any role", "Islamabad denied any
    involvement", ATTACK ``denied_nouns``), when nothing else dates it, as the last attack told before it
    with a date: the act denied is that one."""
    denied_nouns = trigger_lexicon().denied_nouns
    last_dated: Draft | None = None  # the last attack told so far with a date
    for draft in drafts:
        if draft.type != "ATTACK":
            continue
        if not draft.denial:
            last_dated = draft if draft.time is not None else last_dated
        elif draft.trigger.lower in denied_nouns and draft.time is None and last_dated is not None:
            # (not "denied any involvement in Friday's attack": its own date, or its passage's)
            draft.time, draft.time_borrowed = last_dated.time, True
