"""A speaker's quoted words, in a sentence that tells no event: a public statement of its own.

"Guyana's president said the country \"will not be intimidated\""; "Mozambique's president said on
Saturday that the insurgency \"will be defeated this year\""; "the Kremlin spokesman said the new
deliveries would \"only prolong the conflict\"". Such a sentence names no verb of condemning or
threatening, yet the gold files it as the speaker's STATEMENT (SPEC: a public statement, warning or
threat by an actor). :func:`quoted_statements` adds one for every sentence whose speaker the lexicon
places and names (not "he"), whose cue is a verb of saying (``cues.yaml`` ``quoted_statement_cues``),
that quotes at least two words, holds a word of resolve ("will", "would", "never", "ready to") or of
alarm ("deeply alarmed", "horrified"), and makes no other claim. Quotes of any other kind ("a success",
"long and frank") make none: on the golden sets they cost more precision than they bring recall.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.arguments import grammar
from watchfloor.extract.context import DocContext
from watchfloor.extract.draft import Draft
from watchfloor.extract.lexicon_match import Trigger
from watchfloor.lexicons import load

# quoted words: at least two, on one line, in curly or straight double quotes
_QUOTE = re.compile(r"[“\"]([^”\"\n]{3,200}?\s[^”\"\n]{1,200}?)[”\"]")


# words of resolve (what the speaker will or will not do) and of alarm ("deeply alarmed by the offensive")
_RESOLVE = re.compile(
    r"\b(?:will|would|won[’']t|never|shall|ready\s+to|always|alarmed|horrified|appalled|outraged)\b", re.IGNORECASE
)


@cache
def _cues() -> frozenset[str]:
    return frozenset(w.lower() for w in load("cues").get("quoted_statement_cues", []))


def quoted_statements(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` and a STATEMENT for each quoting sentence of a placed speaker that tells no event."""
    told = {d.sentence for d in drafts}
    added: list[Draft] = []
    for index, sent in enumerate(ctx.seg.sentences):
        source = ctx.sources.get(index)
        if index in told or source is None or not source.entity or not sent.start <= source.cue_start < sent.end:
            continue
        if ctx.text[source.cue_start : source.cue_end].lower() not in _cues():
            continue
        if source.text.strip().lower() in grammar().pronouns | {"you"}:
            continue  # "he said, \"I have no idea ...\"": talk in a transcript, a speaker named elsewhere
        quote = _QUOTE.search(ctx.text, sent.start, sent.end)
        if quote is None or not _RESOLVE.search(ctx.text, min(quote.start(), source.cue_end), quote.end()):
            continue  # a vow, threat or refusal: "will not be intimidated", "would never give up"
        added.append(_statement(ctx, index, source, quote))
    return sorted(drafts + added, key=lambda x: x.trigger.start) if added else drafts


def _statement(ctx: DocContext, index: int, source, quote: re.Match[str]) -> Draft:  # noqa: ANN001 - a SourceAssignment
    """The speaker's STATEMENT: from the speaker to the quote's end when the quote follows the cue,
    else the quote itself ("\"We will not retreat,\" the minister said")."""
    cue_start, cue_end = source.cue_start, source.cue_end
    start = source.start if quote.start() >= cue_end else quote.start()
    end = quote.end() if quote.start() >= cue_end else max(quote.end(), source.end)
    sent = ctx.seg.sentences[index]
    when = next((t for t in ctx.in_sentence(ctx.times, sent) if t.date_start), None)
    cue = ctx.text[cue_start:cue_end].lower()
    trigger = Trigger(
        cue_start, cue_end, ctx.tok_at(cue_start), ctx.tok_at(cue_end - 1) + 1, cue, (("STATEMENT", "verb"),)
    )
    paragraph = ctx.seg.sentence_paragraph[index]
    start, end = max(start, sent.start), min(end, sent.end)
    return Draft("STATEMENT", trigger, index, paragraph, False, start, end, actor_id=source.entity, time=when)
