"""When is a predicted field right? The per-field rules of SPEC section 3, as pure functions.

Kept apart from the scorer's bookkeeping so each rule can be read, and tested, on its own.
Every gold value may be a single value or a list of acceptable alternatives; ``None`` means
the gold does not give the field, and then it is not scored at all.

  * ``actor``, ``recipient``: the country part (before the first dot) must agree; the
    sector is not asked for, since gold marks who acted, not which branch.
  * ``source``: the prediction's dotted id must begin with all of the gold's parts, so gold
    ``KOR`` accepts ``KOR.MIL`` and gold ``KOR.MIL`` accepts ``KOR.MIL.JCS`` but not ``KOR``.
  * ``quantity``: ``approx``, ``low``, ``high`` and ``basis`` all agree (absent = null).
  * ``time``: ``start`` and ``end`` each within :data:`TIME_TOLERANCE_DAYS` of the gold; a
    null bound matches only a null bound.
  * ``modality``: equal as given.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

__all__ = [
    "FIELDS",
    "QUANTITY_KEYS",
    "TIME_TOLERANCE_DAYS",
    "agreement",
    "alternatives",
    "entity",
    "field_right",
    "predicted_value",
    "quantity_matches",
]

FIELDS: tuple[str, ...] = ("actor", "recipient", "source", "quantity", "time", "modality")
QUANTITY_KEYS: tuple[str, ...] = ("approx", "low", "high", "basis")
TIME_TOLERANCE_DAYS = 3


def quantity_matches(gold_q: Any, pred_q: Any) -> bool:
    """SPEC 3.1's number condition for pairing: no gold quantity, or the values agree.

    A single number compares ``value``; a range (``approx == "range"``, or a null gold
    ``value``) compares ``low`` and ``high``.
    """
    options = alternatives(gold_q)
    if not options:
        return True
    if not isinstance(pred_q, dict):
        return False
    return any(isinstance(g, dict) and _same_values(g, pred_q) for g in options)


def predicted_value(name: str, pred: dict[str, Any]) -> Any:
    """The value of field ``name`` in a prediction, a source reduced to its entity id."""
    value = pred.get(name)
    return entity(value) if name == "source" else value


def field_right(name: str, gold_value: Any, predicted: Any) -> bool | None:
    """Whether ``predicted`` satisfies the gold for field ``name``.

    Args:
        name: One of :data:`FIELDS`.
        gold_value: The gold's value, or a list of acceptable values.
        predicted: The prediction's value, as :func:`predicted_value` gives it.

    Returns:
        ``None`` when the gold does not give the field (not scored), else right or wrong.
    """
    options = alternatives(gold_value)
    if not options:
        return None
    rule = _RULES[name]
    return any(rule(g, predicted) for g in options)


def agreement(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[int, int]:
    """How closely a prediction resembles a gold claim: (fields right, fields identical).

    Counted over :data:`FIELDS`; a field the gold leaves null is right only when the
    prediction leaves it null too. The scorer breaks ties between equal overlaps with this,
    so that of several claims on one span each prediction pairs with the gold it resembles
    most, whatever order the lists are in; the identical count separates a gold ``KOR``
    from a gold ``KOR.MIL`` that a prediction ``KOR.MIL`` would satisfy equally.
    """
    right = identical = 0
    for name in FIELDS:
        predicted = predicted_value(name, pred)
        gold_value = gold.get(name)
        verdict = field_right(name, gold_value, predicted)
        right += (predicted is None) if verdict is None else verdict
        identical += gold_value == predicted
    return right, identical


def alternatives(value: Any) -> list[Any]:
    """A gold value as a list of acceptable answers; empty when the gold gives none."""
    if value is None:
        return []
    if isinstance(value, list):
        return [v for v in value if v is not None]
    return [value]


def entity(source: Any) -> Any:
    """The entity id of a source, whether ``{"entity", "text"}`` or a bare id."""
    return source.get("entity") if isinstance(source, dict) else source


def _same_values(gold_q: dict[str, Any], pred_q: dict[str, Any]) -> bool:
    if gold_q.get("approx") == "range" or gold_q.get("value") is None:
        return _num_eq(gold_q.get("low"), pred_q.get("low")) and _num_eq(
            gold_q.get("high"), pred_q.get("high")
        )
    return _num_eq(gold_q.get("value"), pred_q.get("value"))


def _same_country(gold: Any, pred: Any) -> bool:
    return isinstance(pred, str) and isinstance(gold, str) and _country(gold) == _country(pred)


def _same_source(gold: Any, pred: Any) -> bool:
    gold_id = entity(gold)
    if not isinstance(pred, str) or not isinstance(gold_id, str):
        return False
    want = gold_id.split(".")
    return pred.split(".")[: len(want)] == want


def _same_quantity(gold: Any, pred: Any) -> bool:
    if not isinstance(gold, dict) or not isinstance(pred, dict):
        return False
    return (
        gold.get("approx") == pred.get("approx")
        and gold.get("basis") == pred.get("basis")
        and _num_eq(gold.get("low"), pred.get("low"))
        and _num_eq(gold.get("high"), pred.get("high"))
    )


def _same_time(gold: Any, pred: Any) -> bool:
    if not isinstance(gold, dict) or not isinstance(pred, dict):
        return False
    return _near_date(gold.get("start"), pred.get("start")) and _near_date(
        gold.get("end"), pred.get("end")
    )


def _same_value(gold: Any, pred: Any) -> bool:
    return gold == pred


_RULES: dict[str, Callable[[Any, Any], bool]] = {
    "actor": _same_country,
    "recipient": _same_country,
    "source": _same_source,
    "quantity": _same_quantity,
    "time": _same_time,
    "modality": _same_value,
}


def _near_date(gold: Any, pred: Any) -> bool:
    """Both null, or both dates no more than :data:`TIME_TOLERANCE_DAYS` apart."""
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        delta = date.fromisoformat(str(pred)) - date.fromisoformat(str(gold))
    except ValueError:
        return str(gold) == str(pred)
    return abs(delta.days) <= TIME_TOLERANCE_DAYS


def _num_eq(a: Any, b: Any) -> bool:
    """Numbers equal up to float rounding (3000 == 3000.0); null equals only null."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def _country(entity_id: str) -> str:
    return entity_id.split(".", 1)[0]
