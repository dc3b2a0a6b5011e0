"""The spaCy pipeline: one registered component per stage, each declaring what it writes.

``spacy.blank("en")`` gives the tokenizer and the ``Doc``; no trained model is loaded.
Each stage is a factory (as spaCy's own components are) that reads and writes the shared
working state ``doc._.wf`` (a :class:`~watchfloor.extract.context.DocContext`), and, for
inspection with spaCy tools, the token-aligned spans in ``doc.spans[<stage>]``.
The dateline date travels in ``doc.user_data["published"]``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

import spacy
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from watchfloor.extract.attribution import assign_sources
from watchfloor.extract.context import DocContext, Tok
from watchfloor.extract.counterparts import main_country
from watchfloor.extract.entities import find_entities
from watchfloor.extract.lexicon_match import Matchers, sent_forces_only
from watchfloor.extract.mentions import SpanOverlaps
from watchfloor.extract.places import find_places
from watchfloor.extract.quantities import find_quantities
from watchfloor.extract.segment import segment
from watchfloor.extract.sides import find_sides
from watchfloor.extract.timex import find_times
from watchfloor.extract.war_start import war_start_times

PIPELINE_VERSION = "wf-extract-1"

if not Doc.has_extension("wf"):
    Doc.set_extension("wf", default=None)
if not Doc.has_extension("wf_drafts"):
    Doc.set_extension("wf_drafts", default=None)
# Read-only views of the working state, one per stage output, so each stage can declare
# exactly what it assigns and requires (spaCy only accepts top-level attribute names).
for _name, _field in (
    ("wf_entities", "entities"),
    ("wf_quantities", "quantities"),
    ("wf_times", "times"),
    ("wf_items", "items"),
    ("wf_sources", "sources"),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=lambda doc, f=_field: getattr(doc._.wf, f) if doc._.wf else None)


def _mention_stage(field: str, find: Callable[[DocContext], list]) -> Callable[[Doc], Doc]:
    """A component that stores ``find(ctx)`` in ``doc._.wf.<field>``: the mention stages differ only so."""

    def component(doc: Doc) -> Doc:
        setattr(doc._.wf, field, find(doc._.wf))
        return doc

    return component


@Language.factory("wf_segment", assigns=["doc._.wf"])
def make_segment(nlp: Language, name: str):
    """Paragraphs, sentences, quotes and speaker turns (:mod:`.segment`)."""

    def component(doc: Doc) -> Doc:
        text = doc.user_data["text"]
        # one array call instead of a Token object per token (a third of the cost)
        strings = doc.vocab.strings
        tokens = [Tok(i, i + n, strings[h]) for i, n, h in doc.to_array([IDX, LENGTH, LOWER]).tolist()]
        published = doc.user_data.get("published")
        doc._.wf = DocContext(text, published, tokens, segment(text))
        doc._.wf.dateline_end = doc.user_data.get("dateline_end", 0)
        doc._.wf.publisher = doc.user_data.get("publisher")
        return doc

    return component


@Language.factory("wf_entities", assigns=["doc._.wf_entities"], requires=["doc._.wf"])
def make_entities(nlp: Language, name: str):
    """Actors and speakers mapped to SPEC entity ids (:mod:`.entities`), and the places whose
    country an event can take (:mod:`.places`)."""

    def component(doc: Doc) -> Doc:
        ctx: DocContext = doc._.wf
        ctx.entities = find_entities(ctx.text)
        ctx.issuer, sides = find_sides(ctx.text, ctx.entities)  # "the enemy", "our troops": by the issuer
        if sides:
            ctx.entities = sorted(ctx.entities + sides, key=lambda m: m.start)
        ctx.places = find_places(ctx.text)
        return doc

    return component


@Language.factory("wf_quantities", assigns=["doc._.wf_quantities"], requires=["doc._.wf"])
def make_quantities(nlp: Language, name: str):
    """Counts with approximation and bounds (:mod:`.quantities`)."""

    return _mention_stage("quantities", lambda ctx: _outside_names(ctx, find_quantities(ctx.text)))


def _outside_names(ctx: DocContext, quantities: list) -> list:
    """The counts that are no part of a name the entity stage found: "France 24 reported" counts
    nothing, though a number opening a sentence after a name is otherwise a count."""
    named = [e for e in ctx.entities if any(ch.isdigit() for ch in e.text)]
    if not named:
        return quantities
    inside = SpanOverlaps([(e.start, e.end) for e in named])
    return [q for q in quantities if not inside.any_with(q.start, q.start)]  # e.start < q.start < e.end


@Language.factory("wf_timex", assigns=["doc._.wf_times"], requires=["doc._.wf"])
def make_timex(nlp: Language, name: str):
    """Time expressions resolved against the dateline (:mod:`.timex`)."""

    def find(ctx: DocContext) -> list:
        found = find_times(ctx.text, ctx.published)
        if "ince " not in ctx.text:
            return found  # no "since the war began": spare counting the report's countries
        extra = war_start_times(ctx.text, ctx.published, main_country(ctx))
        # "since the war began": only where the grammar found no time of its own, in it or right
        # after it ("since the war began in April 2023" is dated by its month)
        own = SpanOverlaps([(f.start, f.end) for f in found])
        extra = [t for t in extra if not own.any_with(t.start, t.end + 5)]
        return sorted(found + extra, key=lambda t: t.start) if extra else found

    return _mention_stage("times", find)


@Language.factory("wf_items", assigns=["doc._.wf_items"], requires=["doc._.wf"])
def make_items(nlp: Language, name: str):
    """Items (troops, shells, cameras) and event triggers from the lexicons (:mod:`.lexicon_match`)."""
    matchers = Matchers(nlp.vocab)

    def component(doc: Doc) -> Doc:
        items = matchers.items(doc)
        doc.user_data["wf_triggers"] = matchers.triggers(doc, items)
        doc._.wf.items = sent_forces_only(doc.text, items, doc.user_data["wf_triggers"])
        return doc

    return component


@Language.factory("wf_attribution", assigns=["doc._.wf_sources"], requires=["doc._.wf_entities"])
def make_attribution(nlp: Language, name: str):
    """The source each sentence is attributed to (:mod:`.attribution`)."""

    def component(doc: Doc) -> Doc:
        assign_sources(doc._.wf)
        return doc

    return component


@Language.factory(
    "wf_events",
    assigns=["doc._.wf_drafts"],
    requires=["doc._.wf_items", "doc._.wf_sources", "doc._.wf_quantities", "doc._.wf_times"],
)
def make_events(nlp: Language, name: str):
    """Draft claims with arguments, modality and source (:mod:`.events`)."""
    from watchfloor.extract.answers import answered_drafts
    from watchfloor.extract.claimed_acts import date_denied_acts, fill_claimed_acts
    from watchfloor.extract.counterparts import fill_counterparts, fill_launch_targets
    from watchfloor.extract.doer_links import doer_link_drafts
    from watchfloor.extract.events import sentence_drafts
    from watchfloor.extract.force_totals import force_totals
    from watchfloor.extract.listed_items import list_item_drafts
    from watchfloor.extract.pending_deliveries import pending_deliveries
    from watchfloor.extract.quoted_statements import quoted_statements

    def component(doc: Doc) -> Doc:
        ctx: DocContext = doc._.wf
        triggers = doc.user_data.get("wf_triggers", [])
        state: dict = {}
        drafts = []
        t = 0
        for index, sent in enumerate(ctx.seg.sentences):
            mine = []
            while t < len(triggers) and triggers[t].start < sent.end:
                if triggers[t].start >= sent.start and triggers[t].end <= sent.end:
                    mine.append(triggers[t])
                t += 1
            drafts.extend(sentence_drafts(ctx, index, sent, mine, state))
        drafts = pending_deliveries(ctx, answered_drafts(ctx, list_item_drafts(ctx, drafts)))
        drafts = quoted_statements(ctx, force_totals(ctx, drafts))
        fill_counterparts(ctx, drafts)
        fill_launch_targets(ctx, drafts)
        fill_claimed_acts(ctx, drafts)
        drafts = doer_link_drafts(ctx, drafts)
        date_denied_acts(drafts)
        doc._.wf_drafts = drafts
        return doc

    return component


STAGES = ("wf_segment", "wf_entities", "wf_quantities", "wf_timex", "wf_items", "wf_attribution", "wf_events")


@cache
def get_nlp() -> Language:
    """The extraction pipeline (built once per process)."""
    nlp = spacy.blank("en")
    nlp.max_length = 2_000_001  # no parser or NER here: assemble.MAX_CHARS is the real limit
    for stage in STAGES:
        nlp.add_pipe(stage)
    return nlp


_WRAPPED_LINE = re.compile(r"(?<=\S)\n(?=\S)")


def run(text: str, published: dt.date | None, dateline_end: int = 0, publisher: str | None = None) -> Doc:
    """Run every stage over ``text``; ``published`` is the dateline date or ``None``.

    ``dateline_end`` is where the dateline ("SEOUL, March 27 (Yonhap) —") stops: the date in
    it is the report's, never an event's. ``publisher`` ("The White House") is who "we" are in a
    release that names no issuer in its header.
    """
    nlp = get_nlp()
    # a lone line break inside a hard-wrapped paragraph ("must be universally\ncondemned") becomes a
    # space for the tokenizer, so that it is no token between two words; offsets stay the same
    doc = nlp.make_doc(_WRAPPED_LINE.sub(" ", text) if "\n" in text else text)
    doc.user_data["published"] = published
    doc.user_data["dateline_end"] = dateline_end
    doc.user_data["publisher"] = publisher
    doc.user_data["text"] = text  # spaCy rebuilds Doc.text on every access: keep the string
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
