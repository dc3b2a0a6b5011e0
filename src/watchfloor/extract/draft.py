"""The draft claim the event stage builds and the counts each claim type may take.

A :class:`Draft` is mutable while the stage attaches arguments to it; :mod:`assemble` freezes it
into a ``Claim``. ``QUANTITY_CLASSES`` says which item classes a count of each claim type may
count (troops for a deployment, shells for a transfer).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchfloor.extract.context import ItemMention, SourceAssignment
from watchfloor.extract.lexicon_match import Trigger
from watchfloor.extract.mentions import EntityMention, QuantityMention, TimeMention

QUANTITY_CLASSES = {
    "DEPLOY": {"personnel", "platform", "drone", "drone_launch", "missile", "weapon"},
    "CASUALTY": {"personnel"},
    "TRANSFER": {
        *("weapon", "munition", "missile", "equipment", "aid", "fuel", "technology", "drone", "satellite", "platform"),
        "surveillance",  # "40 reconnaissance drones", "radars": sensors given
    },
    "LAUNCH": {"missile", "satellite", "drone_launch", "drone", "balloon"},
    "DEVELOP": {"missile", "satellite", "weapon", "nuclear", "drone", "launch_site", "munition", "platform"},
    "ATTACK": {
        *("missile", "drone", "drone_launch", "munition", "weapon", "territory", "infrastructure", "equipment"),
        "platform",
        "barrier",  # "destroyed between 12 and 15 Indian bunkers": the targets hit
    },
    "FORTIFY": {"barrier", "territory", "infrastructure"},  # "set up four new bases", "built 94 bridges" near a border
    "DEMOLISH": {"infrastructure", "barrier"},
    "SURVEIL": {"surveillance"},
    "EXERCISE": {"personnel", "platform", "munition"},  # "fired some 90 artillery rounds into the sea"
    "STATEMENT": set(),
}


COUNT_KINDS = {"count", "money"}


@dataclass
class Draft:
    """A claim under construction; :mod:`assemble` turns it into a frozen ``Claim``."""

    type: str
    trigger: Trigger
    sentence: int
    paragraph: int
    noun: bool
    ev_start: int
    ev_end: int
    obj: ItemMention | None = None
    actor: EntityMention | None = None
    actor_id: str | None = None
    recipient: EntityMention | None = None
    quantity: QuantityMention | None = None
    time: TimeMention | None = None
    modality: str = "asserted"
    source: SourceAssignment | None = None
    item: str | None = None
    location: str | None = None
    basis: str | None = None
    definite: bool = False
    passive: bool = False
    time_borrowed: bool = False  # dated by its passage, not by words of its own
    place_recipient: bool = False  # the recipient is the country of where it happened, not a named party
    natural: bool = False  # a death no one inflicts ("died of malnutrition"): no attacker is carried to it
    recipient_carried: bool = False  # the recipient is the side an earlier claim's striker struck, not told here
    light_verb: bool = False  # "stepped up surveillance": a verb that reports the noun's event
    repelled: bool = False  # "our defenders stopped 53 assaults": tolls after it are the attackers'
    war_toll: bool = False  # "the war has killed tens of thousands": the whole war's toll, no one strike's
    time_from_lead: bool = False  # the lead's time, given to an undated strike told later (not for basis)
    basis_inferred: bool = False  # "total" by default (an undated tally), not said by a cue word
    split_end: int | None = None  # where a list of examples starts: the head claim stops there
    extra_items: list[ItemMention] = field(default_factory=list)
    intercepted: bool = False  # "shot down 25 drones": a launch told by its interception
    denial: bool = False  # "Hezbollah denied responsibility for the attack": a side's denial, never a restatement
    claimed: bool = False  # "FLEC-FAC claimed the attack": a side's claim of its own act, never a restatement
    readied: bool = False  # "missiles that were prepared to launch": a launch made ready, not made
    merchant_target: bool = False  # "fired a missile at the oil tanker": a ship of no side; no target is carried
    restates: int | None = None
    within: Draft | None = None  # the claim whose figure includes this one ("killed 27, including 9 children")

    def child(
        self,
        sentence: int,
        paragraph: int,
        ev_start: int,
        ev_end: int,
        obj: ItemMention | None,
        etype: str | None = None,
        **fields,
    ) -> Draft:
        """A claim of its own for one part of this one (an example of a list, a line of a package):
        the same event, parties, time, modality and source unless ``fields`` says otherwise, its own
        words and thing, and its own type when ``etype`` gives one (arms sent with troops)."""
        inherited = {
            "actor": self.actor,
            "actor_id": self.actor_id,
            "recipient": self.recipient,
            "time": self.time,
            "modality": self.modality,
            "source": self.source,
        }
        return Draft(
            etype or self.type,
            self.trigger,
            sentence,
            paragraph,
            self.noun,
            ev_start,
            ev_end,
            obj=obj,
            **(inherited | fields),
        )
