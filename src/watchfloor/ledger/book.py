"""The whole ledger: every measure's series, built from every stored figure at once.

Which series exist: one per complete measure (every keying party known), each also showing
the partial figures that agree with it; one per partial measure that no complete measure
accepts; and one per measure with no known party at all (``CASUALTY:>:killed``), which is
never merged with anything. :func:`watchfloor.ledger.api.series` builds one series with the
same rules from a narrower query, so both give the same assertions.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from watchfloor.ledger.assertions import Mention, mention_of, stories
from watchfloor.ledger.fetch import Row
from watchfloor.ledger.measures import Measure
from watchfloor.ledger.series import Series, build_series


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of small objects are made.

    Folding a series allocates several objects per claim and none of them form cycles, so
    the collector would find nothing; left on, its generation scans cost more than the
    folding itself on a series of thousands of claims. Reference counting still frees
    everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def mentions_of(rows: Iterable[Row]) -> list[Mention]:
    """Rows (in store order) read as figures, each dated by its story (see
    :func:`~watchfloor.ledger.assertions.stories`); rows that count no item (or have no
    date at all) are dropped."""
    rows = list(rows)
    return [m for m in map(mention_of, rows, stories(rows)) if m is not None]


def build_ledger(mentions: Iterable[Mention]) -> list[Series]:
    """Every series of the ledger (module doc), ordered by measure key."""
    by_measure: dict[Measure, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_measure[m.measure].append(m)
    complete: dict[tuple, list[Measure]] = defaultdict(list)
    for measure in by_measure:
        if measure.complete:
            complete[(measure.type, measure.item, measure.location)].append(measure)
    absorbed: dict[Measure, list[Measure]] = defaultdict(list)
    standalone: list[Measure] = []
    for measure in by_measure:
        if measure.complete:
            continue
        hosts = [c for c in complete[(measure.type, measure.item, measure.location)] if c.accepts(measure)]
        if not hosts:
            standalone.append(measure)
        for host in hosts:
            absorbed[host].append(measure)
    out = []
    for group in complete.values():
        for measure in group:
            pool = list(by_measure[measure])
            for partial in absorbed[measure]:
                pool.extend(by_measure[partial])
            out.append(build_series(measure, pool))
    out.extend(build_series(measure, by_measure[measure]) for measure in standalone)
    out.sort(key=lambda s: s.measure.key)
    return out


def is_absorbed(measure: Measure, measures: Iterable[Measure]) -> bool:
    """Whether a complete measure among ``measures`` shows ``measure``'s figures."""
    return any(other.accepts(measure) for other in measures)
