"""The ledger's Python API: what the CLI (and later the REST API) call, one function each.

Every function takes an open :class:`~watchfloor.store.Store` and reads it; nothing here
writes. The model and its rules are in ``docs/ledger.md``; in short, a *measure* is what a
figure counts (:mod:`.measures`), an *assertion* one source's value for it at one time with
the reports that carry it (:mod:`.assertions`), a *series* a measure's assertions in time
order (:mod:`.series`), and *contradictions* and *revisions* what the series show
(:mod:`.contradictions`); events without figures form the *timeline* (:mod:`.timeline`).

Example::

    from watchfloor.store import Store
    from watchfloor.ledger import api

    with Store.open("watchfloor.db") as store:
        for line in api.figures(store, actor="PRK"):
            print(line.series.measure.key, line.latest.figure_text() if line.latest else "-")
        troops = api.series(store, "DEPLOY:PRK>RUS:personnel")
"""

from __future__ import annotations

from pathlib import Path

from watchfloor.ledger import fetch
from watchfloor.ledger.book import build_ledger, mentions_of, no_cyclic_gc
from watchfloor.ledger.contradictions import WINDOW_DAYS, Findings, find
from watchfloor.ledger.export import FORMATS, ExportError, export_entries
from watchfloor.ledger.figures import Figure, summarise
from watchfloor.ledger.measures import Measure, party
from watchfloor.ledger.series import Series, build_series
from watchfloor.ledger.shapes import Entry
from watchfloor.ledger.timeline import Timeline, build_timeline
from watchfloor.store import Store


def ledger(store: Store, *, actor: str | None = None) -> list[Series]:
    """Every series of the ledger, ordered by measure key (see :mod:`.book`).

    Args:
        store: An open store.
        actor: Keep the measures in which this entity takes part, as actor or recipient
            (``PRK`` also matches ``PRK.MIL``).
    """
    # Built whole, then filtered, so that a series shows the same partial figures either way.
    with no_cyclic_gc():
        series_list = build_ledger(mentions_of(fetch.figure_rows(store)))
    if actor:
        who = party(actor)
        series_list = [s for s in series_list if who in (s.measure.actor, s.measure.recipient)]
    return series_list


def figures(store: Store, actor: str | None = None) -> list[Figure]:
    """Every measure's figures line: latest value, range across sources, counts, last update."""
    return [summarise(s) for s in ledger(store, actor=actor)]


def series(store: Store, measure: str | Measure) -> Series:
    """One measure's series, from a key such as ``DEPLOY:PRK>RUS:personnel``.

    Raises:
        MeasureKeyError: The key does not parse.
    """
    wanted = measure if isinstance(measure, Measure) else Measure.parse(measure)
    with no_cyclic_gc():
        return build_series(wanted, mentions_of(fetch.measure_rows(store, wanted)))


def contradictions(store: Store, *, window_days: int = WINDOW_DAYS) -> Findings:
    """Contradictions between sources and revisions by one source, over the whole ledger."""
    return find(ledger(store), window_days)


def timeline(
    store: Store,
    actor: str | None = None,
    type: str | None = None,  # noqa: A002 - the SPEC field is called type
    since: str | None = None,
) -> Timeline:
    """Events without figures, per actor; filters: actor entity, claim type, ISO date."""
    return build_timeline(fetch.event_rows(store, actor=actor, type=type), since=since)


def entries(store: Store) -> list[Entry]:
    """Every ledger entry: each assertion once (partial ones sit in several series), then each event."""
    out: list[Entry] = []
    seen: set[str] = set()
    for s in ledger(store):
        for a in s.assertions:
            if a.id not in seen:
                seen.add(a.id)
                out.append(a)
    out.extend(timeline(store).events())
    return out


def export(store: Store, fmt: str, out: str | Path) -> int:
    """Write the ledger to ``out`` as csv, jsonl, parquet, acled or plover; return rows written.

    Raises:
        ExportError: Unknown format, or parquet without pyarrow.
    """
    if fmt.lower() not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return export_entries(entries(store), fmt, out)
