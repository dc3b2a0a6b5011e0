"""The figures table: one line per measure, its latest value and how far sources spread.

For each series:

* **latest** is the most recent factual (asserted or hedged) running total in series order;
  a measure that has only increments shows its latest increment, and one with no factual
  figure at all its latest figure of any modality (its ``modality`` says which).
* **range** spans the sources' current views: for each source, its latest factual total
  (else its latest figure), read as one number (:func:`watchfloor.ledger.ranges.central`);
  ``low`` and ``high`` are the smallest and largest of those numbers.
* **sources** counts distinct sources, **assertions** distinct assertions, **reports**
  distinct syndication clusters (a wire story and its copies count once).
* **last_updated** is the latest publication date of any carrier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from watchfloor.ledger.assertions import Assertion
from watchfloor.ledger.series import Series


@dataclass(slots=True)
class Figure:
    """The summary line of one measure."""

    series: Series
    latest: Assertion | None
    low: float | None
    high: float | None
    sources: int
    assertions: int
    reports: int
    last_updated: str | None

    def to_dict(self) -> dict[str, Any]:
        latest = None
        if self.latest is not None:
            a = self.latest
            latest = {
                "id": a.id,
                "value": a.value,
                "low": a.low,
                "high": a.high,
                "approx": a.approx,
                "basis": a.basis,
                "text": a.figure_text(),
                "source": a.source.label,
                "as_of": a.as_of.isoformat(),
                "modality": a.modality,
                "partial": a.partial,
            }
        return {
            "measure": self.series.measure.to_dict(),
            "latest": latest,
            "range": {"low": _num(self.low), "high": _num(self.high)},
            "sources": self.sources,
            "assertions": self.assertions,
            "reports": self.reports,
            "last_updated": self.last_updated,
        }


def _preferred(assertions: list[Assertion]) -> Assertion | None:
    """The last factual total, else the last factual figure, else the last figure."""
    for pick in (
        lambda a: a.factual and not a.increment,
        lambda a: a.factual,
        lambda a: True,
    ):
        chosen = [a for a in assertions if pick(a)]
        if chosen:
            return chosen[-1]
    return None


def summarise(series: Series) -> Figure:
    """The figures line of ``series`` (rules in the module doc)."""
    items = series.assertions
    by_source: dict[str, list[Assertion]] = {}
    for a in items:
        by_source.setdefault(a.source.key, []).append(a)
    views = [c for c in (_preferred(v) for v in by_source.values()) if c is not None]
    numbers = [v.central for v in views if v.central is not None]
    return Figure(
        series=series,
        latest=_preferred(items),
        low=min(numbers) if numbers else None,
        high=max(numbers) if numbers else None,
        sources=len(by_source),
        assertions=len(items),
        reports=len({c.cluster_id for a in items for c in a.carriers}),
        last_updated=max((a.last_published for a in items), default="") or None,
    )


def _num(x: float | None) -> int | float | None:
    if x is None:
        return None
    x = round(float(x), 2)
    return int(x) if x.is_integer() else x
