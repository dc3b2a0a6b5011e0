"""The size a deployment brings a force to: a deployment of its own, counted as a total.

"Britain sent 600 more troops last week, bringing its contingent to about 5,000"; "Germany will send
another 400 soldiers, bringing the brigade to roughly 3,000 personnel"; "This brings the number of
personnel committed to the operation to roughly 8,000". The clause after the deployment names no verb
of sending: it tells the force's new size. The gold files it as a DEPLOY of its own with basis
``total`` (the seed's "bringing the total it has sent to an estimated 15,000" is one, there with a
verb of its own). :func:`force_totals` adds it, with the deployment's parties, speaker and modality.
The cue words are ``grammar.yaml`` ``force_totals``.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.context import DocContext
from watchfloor.extract.draft import COUNT_KINDS, Draft
from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.lexicon_match import Trigger
from watchfloor.lexicons import load

_TO_BEFORE_COUNT = re.compile(
    r"\bto\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|more\s+than|over|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load("grammar")["force_totals"]
    verb = re.compile(rf"\b(?:{trie_pattern(data['verbs'])})\b", re.IGNORECASE)
    noun = re.compile(rf"\b(?:{trie_pattern(data['nouns'])})\b", re.IGNORECASE)
    return verb, noun, frozenset(w.lower() for w in data["back_reference"])


def force_totals(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` and, after each deployment, the total its sentence (or the next one, opened by
    "This brings ...") says it brings the force to."""
    added: list[Draft] = []
    for d in drafts:
        if d.type == "DEPLOY" and (part := _first_total(ctx, d, drafts + added)) is not None:
            added.append(part)
    return sorted(drafts + added, key=lambda x: x.trigger.start) if added else drafts


def _first_total(ctx: DocContext, d: Draft, claimed: list[Draft]) -> Draft | None:
    """The total after deployment ``d``, unless a claim of its own already counts it."""
    verb, noun, back = _patterns()
    for index in ctx.sentence_and_next(d.sentence):
        sent = ctx.seg.sentences[index]
        lo = d.ev_end if index == d.sentence else sent.start
        for m in verb.finditer(ctx.text, lo, sent.end):
            if index != d.sentence and not _opens_on_back_reference(ctx, sent.start, m.start(), back):
                return None
            total = _total_after(ctx, m, sent, noun)
            if total is None:
                continue
            if any(o.quantity is total for o in claimed):
                return None  # "bringing the total it has sent to 15,000": a verb of its own tells it
            return _total(ctx, d, m, total, index)
    return None


def _opens_on_back_reference(ctx: DocContext, start: int, verb_start: int, back: frozenset[str]) -> bool:
    words = ctx.text[start:verb_start].split()
    return len(words) == 1 and words[0].lower() in back


def _total_after(ctx: DocContext, m: re.Match[str], sent, noun: re.Pattern[str]):  # noqa: ANN001, ANN202
    """The count after "to" that ends the phrase the cue opens, when a force noun stands in it."""
    for q in ctx.in_sentence(ctx.quantities, sent):
        if q.start <= m.end() or q.kind not in COUNT_KINDS:
            continue
        if len(ctx.text[m.end() : q.start].split()) > 10:
            return None
        if _TO_BEFORE_COUNT.search(ctx.text, max(m.end(), q.start - 40), q.start) is None:
            continue
        return q if noun.search(ctx.text, m.end(), q.start) else None
    return None


def _total(ctx: DocContext, d: Draft, m: re.Match[str], total, index: int) -> Draft:  # noqa: ANN001
    part = d.child(
        index,
        d.paragraph,
        m.start(),
        total.end,
        d.obj,
        quantity=total,
        source=d.source if index == d.sentence else ctx.sources.get(index) or d.source,
        item=d.item,
        basis="total",
    )
    part.trigger = Trigger(
        m.start(), m.end(), ctx.tok_at(m.start()), ctx.tok_at(m.end() - 1) + 1, m.group(), (("DEPLOY", "verb"),)
    )
    part.noun = False
    return part
