"""More of a delivery or a deployment, told as due: a claim of its own that may come.

"Last year a European government delivered 20 armoured vehicles to the army, and more are due this
year"; "the first six of 12 attack helicopters had been delivered, with the remaining six expected by
December"; "About 250 soldiers arrived in Ganta on Sunday, and the minister said a second company could
follow". The second clause names no verb of giving or sending and no thing: it points back to the
delivery or deployment just told. :func:`pending_deliveries` adds a possible TRANSFER or DEPLOY for it,
with the first one's giver or sender, receiver, thing and speaker, the count it gives ("the remaining
six") and the time right after it ("this year", "by December"). The cue words are ``grammar.yaml``
``pending_deliveries``.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.context import DocContext
from watchfloor.extract.draft import Draft
from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.lexicon_match import Trigger
from watchfloor.lexicons import load


@cache
def _pending_pattern() -> re.Pattern[str]:
    """ "more are due", "the remaining six expected", "the rest are expected"."""
    data = load("grammar")["pending_deliveries"]
    return re.compile(
        rf"\b(?:{trie_pattern(data['rest'])})(?:\s+[\w-]+)?\s+(?:(?:are|is)\s+)?(?:{trie_pattern(data['cues'])})\b",
        re.IGNORECASE,
    )


def pending_deliveries(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` and, after each transfer or deployment, the possible one of the rest that its
    sentence or the next one in its paragraph says is due."""
    pattern = _pending_pattern()
    added: list[Draft] = []
    # the nearest before the cue: "deployed six systems and stationed a company. A second company ..."
    for d in reversed(drafts):
        if d.type not in ("TRANSFER", "DEPLOY") or d.modality != "asserted":
            continue
        for index in ctx.sentence_and_next(d.sentence):
            sent = ctx.seg.sentences[index]
            lo = d.trigger.end if index == d.sentence else sent.start
            m = pattern.search(ctx.text, lo, sent.end)
            if m is None:
                continue
            if any(o.trigger.start < m.end() and m.start() < o.trigger.end for o in drafts + added):
                break  # a verb of its own tells it
            added.append(_pending(ctx, d, m, index))
            break
    return sorted(drafts + added, key=lambda x: x.trigger.start) if added else drafts


_ARTICLE = re.compile(r"(?:a|an|the)\s+", re.IGNORECASE)


def _pending(ctx: DocContext, d: Draft, m: re.Match[str], index: int) -> Draft:
    start, end = m.span()
    article = _ARTICLE.match(m.group())
    if article is not None:
        start += article.end()  # "A second company is expected": the phrase, not its article
    sent = ctx.seg.sentences[index]
    when = next((t for t in ctx.in_sentence(ctx.times, sent) if end <= t.start <= end + 4), None)
    count = next(
        (q for q in ctx.in_sentence(ctx.quantities, sent) if start <= q.start and q.end <= end and q.kind == "count"),
        None,
    )  # "the remaining six", not the ordinal of "a second company"
    part = d.child(
        index,
        d.paragraph,
        start,
        when.end if when is not None else end,
        d.obj,
        quantity=count,
        time=when,
        modality="possible",
        source=d.source if index == d.sentence else ctx.sources.get(index),
        item=d.item,
        basis="increment" if count is not None else None,  # "the remaining six": more on top of those delivered
    )
    part.trigger = Trigger(start, end, ctx.tok_at(start), ctx.tok_at(end - 1) + 1, m.group(), ((d.type, "verb"),))
    part.noun = False
    return part
