"""Measures: what a figure counts, and the readable key that names it.

A measure is a claim type, the parties that key it (actor and recipient at country level),
a normalised item and, for some types, a place: ``DEPLOY:PRK>RUS:personnel`` is every
figure of North Korean personnel sent to Russia, whether a report says troops, soldiers or
forces. Which words mean which item, which parties key which type and which places count
are data, in ``lexicons/measures.yaml``; this module only applies them.

Key syntax (also what ``watchfloor series MEASURE`` accepts)::

    TYPE:ACTOR>RECIPIENT:ITEM[@PLACE]

``ACTOR`` and ``RECIPIENT`` are entity ids cut to the party (``PRK.MIL`` -> ``PRK``); a role
that does not key the type, or is unknown, is left empty: ``CASUALTY:>PRK:killed``. A typed
key is normalised on parsing, so ``deploy:prk.mil>rus:troops`` names the same measure.

A *partial* measure knows some of its type's parties but not all (``DEPLOY:PRK>:personnel``:
sent, but the report does not say where). It is *compatible* with every complete measure that
agrees on everything it does know, and the ledger shows its figures there, marked partial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from watchfloor.lexicons import expand_forms, load
from watchfloor.model import CLAIM_TYPES

DEFAULT_ROLES: tuple[str, ...] = ("actor", "recipient")

_KEY = re.compile(
    r"^\s*(?P<type>[A-Za-z]+)\s*:\s*(?P<actor>[^>:@]*)>(?P<recipient>[^:@]*):(?P<item>[^@]*?)"
    r"\s*(?:@\s*(?P<location>.+?))?\s*$"
)
_SPACES = re.compile(r"\s+")


class MeasureKeyError(ValueError):
    """A measure key that does not follow ``TYPE:ACTOR>RECIPIENT:ITEM[@PLACE]``."""


@dataclass(frozen=True, slots=True)
class Measure:
    """One thing figures count; see the module doc for the key syntax."""

    type: str
    actor: str | None
    recipient: str | None
    item: str
    location: str | None = None
    #: The readable key, ``TYPE:ACTOR>RECIPIENT:ITEM[@PLACE]`` (made once: series key on it).
    key: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        place = f"@{self.location}" if self.location else ""
        object.__setattr__(self, "key", f"{self.type}:{self.actor or ''}>{self.recipient or ''}:{self.item}{place}")

    def __str__(self) -> str:
        return self.key

    @property
    def roles(self) -> tuple[str, ...]:
        """The parties that key this measure's type."""
        return roles_of(self.type)

    def _known(self) -> list[bool]:
        return [getattr(self, role) is not None for role in self.roles]

    @property
    def complete(self) -> bool:
        """Every party that keys the type is known."""
        return all(self._known())

    @property
    def partial(self) -> bool:
        """Some but not all keying parties are known."""
        known = self._known()
        return any(known) and not all(known)

    def accepts(self, other: Measure) -> bool:
        """Whether ``other`` (partial) agrees with this complete measure on all it knows."""
        if not self.complete or not other.partial:
            return False
        if (other.type, other.item, other.location) != (self.type, self.item, self.location):
            return False
        return all(
            getattr(other, role) is None or getattr(other, role) == getattr(self, role)
            for role in self.roles
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "type": self.type,
            "actor": self.actor,
            "recipient": self.recipient,
            "item": self.item,
            "location": self.location,
        }

    @classmethod
    def parse(cls, key: str) -> Measure:
        """Read a key typed by a user; parties, item and place are normalised like claims'.

        Raises:
            MeasureKeyError: The key does not follow the syntax or names an unknown type.
        """
        match = _KEY.match(key or "")
        if not match or not match["item"].strip():
            raise MeasureKeyError(
                f"measure {key!r} is not TYPE:ACTOR>RECIPIENT:ITEM[@PLACE], "
                "e.g. DEPLOY:PRK>RUS:personnel or CASUALTY:>PRK:killed"
            )
        type_ = match["type"].upper()
        if type_ not in CLAIM_TYPES:
            raise MeasureKeyError(f"measure {key!r}: unknown type {type_!r} (one of {', '.join(CLAIM_TYPES)})")
        parties = {role: party(match[role].strip() or None) for role in ("actor", "recipient")}
        roles = roles_of(type_)
        text = match["item"].strip()
        item = measure_item(type_, text, text)  # read as a unit first: "deployments" counts nothing
        if item is None:
            raise MeasureKeyError(f"measure {key!r}: {match['item'].strip()!r} counts no item")
        location = None
        if match["location"] and type_ in _location_types():
            location = place(match["location"]) or _normalise(match["location"])
        return cls(
            type_,
            parties["actor"] if "actor" in roles else None,
            parties["recipient"] if "recipient" in roles else None,
            item,
            location,
        )


@lru_cache(maxsize=65536)
def measure_of(
    type_: str,
    actor: str | None,
    recipient: str | None,
    item: str | None,
    unit: str | None,
    location: str | None = None,
) -> Measure | None:
    """The measure a figure-bearing claim counts, or ``None`` when its number counts no item.

    ``None`` means the claim's unit is one of the lexicon's ``non_counts`` ("two
    deployments"), or neither unit nor item names anything: such a claim is an event, not a
    figure.
    """
    resolved = measure_item(type_, item, unit)
    if resolved is None:
        return None
    roles = roles_of(type_)
    return Measure(
        type_,
        party(actor) if "actor" in roles else None,
        party(recipient) if "recipient" in roles else None,
        resolved,
        place(location) if location and type_ in _location_types() else None,
    )


@lru_cache(maxsize=65536)
def party(entity: str | None) -> str | None:
    """An entity id cut to the party that keys measures: ``PRK.MIL`` -> ``PRK``."""
    if not entity:
        return None
    parts = entity.strip().upper().split(".")
    keep = 2 if parts[0] in _lexicon()["two_part_prefixes"] and len(parts) > 1 else 1
    return ".".join(parts[:keep])


@lru_cache(maxsize=65536)
def measure_item(type_: str, item: str | None, unit: str | None) -> str | None:
    """Normalise what a figure counts: the unit's meaning first, then the item's.

    Returns ``None`` when the unit counts something else (``non_counts``) or nothing is
    named at all.
    """
    lex = _lexicon()
    fixed = lex["fixed"].get(type_)
    unit_text = _normalise(unit)
    found = _lookup(unit_text, lex["items"]) if unit_text else None
    if unit_text and found is None and _lookup(unit_text, lex["non_counts"]) is not None:
        return None
    if fixed is not None:
        return item if item in fixed else (_normalise(item) or None)
    if found is not None:
        return found
    item_text = _normalise(item)
    if item_text:
        return _lookup(item_text, lex["items"]) or item_text
    return None


@lru_cache(maxsize=4096)
def place(location: str | None) -> str | None:
    """The canonical place name of ``location``, or ``None`` when the lexicon does not know it."""
    text = _normalise(location)
    return _lookup(text, _lexicon()["locations"]) if text else None


def roles_of(type_: str) -> tuple[str, ...]:
    """The parties that key measures of ``type_``."""
    return _lexicon()["roles"].get(type_, DEFAULT_ROLES)


def item_forms(item: str) -> list[str]:
    """Every phrase the lexicon maps to the measure item ``item`` (for documentation and tests)."""
    return sorted(k for k, v in _lexicon()["items"].items() if v == item)


def _location_types() -> frozenset[str]:
    return _lexicon()["location_types"]


def _normalise(text: str | None) -> str:
    return _SPACES.sub(" ", text).strip().lower() if text else ""


def _lookup(text: str, table: dict[str, str]) -> str | None:
    """Look ``text`` up whole, then without its leading words one at a time."""
    words = text.split(" ")
    for start in range(len(words)):
        hit = table.get(" ".join(words[start:]))
        if hit is not None:
            return hit
    return None


def _forms(canonical: str, phrases: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for phrase in [canonical, *phrases]:
        for form in expand_forms(str(phrase).lower(), plural=True):
            table.setdefault(_normalise(form), canonical)
    return table


@cache
def _lexicon() -> dict[str, Any]:
    """``measures.yaml`` compiled into lookup tables, once per process."""
    data = load("measures")
    items: dict[str, str] = {}
    for canonical, phrases in data["items"].items():
        for form, value in _forms(canonical, phrases).items():
            items.setdefault(form, value)
    locations: dict[str, str] = {}
    for canonical, phrases in data["locations"].items():
        locations.update(_forms(canonical, phrases))
    non_counts = {form: form for phrase in data["non_counts"] for form in _forms(phrase, []).keys()}
    return {
        "roles": {t: tuple(r) for t, r in data["roles"].items()},
        "two_part_prefixes": frozenset(data["two_part_prefixes"]),
        "fixed": {t: frozenset(v) for t, v in data["fixed_items"].items()},
        "items": items,
        "non_counts": non_counts,
        "location_types": frozenset(data["location_types"]),
        "locations": locations,
    }
