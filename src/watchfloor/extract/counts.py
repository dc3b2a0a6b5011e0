"""Which counts fit which claims: a count of troops deploys, of shells transfers, of villages
taken nothing; a count of events ("in two strikes") is no count of people.
"""

from __future__ import annotations

from watchfloor.extract.arguments import grammar
from watchfloor.extract.context import DocContext
from watchfloor.extract.draft import COUNT_KINDS, QUANTITY_CLASSES, Draft
from watchfloor.extract.lexicon_match import Trigger, item_lexicon, trigger_lexicon
from watchfloor.extract.mentions import QuantityMention

MOVES = frozenset({"move", "moves", "moved", "moving"})


_PLACE_NAMES = frozenset({"village", "town", "positions", "position"})


def _takes_ground(trig: Trigger) -> bool:
    """A form that takes or enters ground ("captured", "seized", "moved into"), not one that hits it."""
    lower = trig.lower
    return lower in MOVES or "territory" in trigger_lexicon().only_with.get("ATTACK", {}).get(lower, ())


def _counts_events(unit: str) -> bool:
    head = unit.split()[-1]
    readings = trigger_lexicon().readings.get(head, ())
    return head in grammar().event_reference_nouns or any(
        pos == "noun" and etype != "CASUALTY" for etype, pos in readings  # "100 dead" counts people
    )


def model_vouches(ctx: DocContext, draft: Draft, q: QuantityMention) -> bool:
    """ "66 F-16 fighters": a model named between the number and its noun says what is counted
    (jets, not the people "fighters" also names)."""
    if q.kind != "count" or q.unit is None or q.unit_start is None:
        return False
    return any(it.cls in QUANTITY_CLASSES[draft.type] for it in ctx.items_within(q.number_end, q.unit_start))


def count_fits(draft: Draft, q: QuantityMention) -> bool:
    if q.kind not in COUNT_KINDS or draft.type == "STATEMENT":
        return False
    if q.kind == "money":
        return draft.type == "TRANSFER"
    if q.unit is None:
        return True
    unit = q.unit.lower()
    first = unit.split()[0]
    owner = first.removesuffix("'s").removesuffix("’s").rstrip("'’")
    if owner != first and owner in grammar().place_counts:
        return False  # "near the two countries' border": the count is the owners', not what they own
    last = unit.split()[-1]
    counted_places = last in grammar().place_counts
    if draft.type in ("DEPLOY", "TRANSFER", "CASUALTY", "LAUNCH", "EXERCISE") and counted_places:
        return False  # "in each of the three Baltic countries", "the two navies": places or parties counted
    if draft.type == "CASUALTY" and last in grammar().formation_counts:
        return False  # "inflicted losses on three Ukrainian brigades": the formations hit, not the dead
    if (
        draft.type == "ATTACK"
        and last in grammar().outage_counts
        and draft.trigger.lower not in trigger_lexicon().only_with_words.get("ATTACK", {})
    ):
        return False  # "left about 30,000 households without power": those cut off ("burned 40 homes" hit them)
    if draft.type in ("DEPLOY", "TRANSFER", "LAUNCH", "EXERCISE") and last in grammar().envoy_counts:
        return False  # "The two leaders discussed Russia's military build-up": the speakers counted
    if last in grammar().party_counts:
        return False  # "shelled an area near the two countries' border", "roads linking the two Koreas": parties
    entries = _unit_entries(unit)
    if draft.type == "CASUALTY" and not entries and unit.split()[-1] in grammar().counted_things:
        return False  # "at least three houses and a school were destroyed": no toll of people
    if draft.type in ("CASUALTY", "DEPLOY") and not entries and _counts_events(unit):
        return False  # "during four operations", "in two strikes": events counted, not people
    if not entries:
        return True
    if draft.type == "ATTACK" and all(cls == "territory" and name in _PLACE_NAMES for cls, name in entries):
        if _takes_ground(draft.trigger):
            return False  # "captured two villages": places taken are no count ("shelled 35 settlements" hit them)
    return any(cls in QUANTITY_CLASSES[draft.type] for cls, _ in entries)


def _counts_only(q: QuantityMention, classes: frozenset[str]) -> bool:
    """The count's noun is an item of ``classes`` and of no other class."""
    if q.unit is None:
        return False
    entries = _unit_entries(q.unit.lower())
    return bool(entries) and all(cls in classes for cls, _ in entries)


_PLATFORMS = frozenset({"platform"})
_GOODS = frozenset({"weapon", "munition", "equipment", "aid", "fuel"})


def counts_platforms(q: QuantityMention) -> bool:
    """A count of ships or aircraft (platform items) and nothing else."""
    return _counts_only(q, _PLATFORMS)


def counts_goods(q: QuantityMention) -> bool:
    """A count of weapons, ammunition, equipment or supplies (goods seized, found or handed over) and
    nothing else."""
    return _counts_only(q, _GOODS)


def _unit_entries(unit: str) -> tuple:
    """The item entries of a counted noun, by its longest ending the lexicons know: "suspected
    artillery rounds" is "artillery rounds", not the bare "rounds"."""
    forms = item_lexicon().forms
    words = unit.split()
    for i in range(len(words)):
        entries = forms.get(" ".join(words[i:]))
        if entries:
            return entries
    return ()
