"""Rich tables of ledger results, for people (the CLI and the demo print these).

Kept beside the ledger rather than in the CLI so that ``python -m watchfloor.ledger.demo``
prints exactly what the commands print. Machines read ``--json`` instead, whose shapes are
the ``to_dict`` methods and the JSON Schemas in ``docs/schemas/``.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from watchfloor.ledger.assertions import Assertion
from watchfloor.ledger.contradictions import Findings
from watchfloor.ledger.figures import Figure
from watchfloor.ledger.series import Series
from watchfloor.ledger.timeline import Timeline

#: Evidence is cut to this many characters in tables (JSON keeps it whole).
EVIDENCE_WIDTH = 90


def console(width: int = 200) -> Console:
    """A console wide enough for the tables, whatever the terminal says."""
    return Console(width=width, soft_wrap=False)


def figures_table(figures: list[Figure]) -> Table:
    table = Table(title="Figures by measure", show_lines=False)
    for column in ("measure", "latest", "source", "as of", "range across sources", "sources", "reports",
                   "last updated"):
        table.add_column(column, overflow="fold")
    for f in figures:
        latest = f.latest
        spread = "" if f.low is None else (f"{f.low:,.0f}" if f.low == f.high else f"{f.low:,.0f}-{f.high:,.0f}")
        table.add_row(
            f.series.measure.key,
            latest.figure_text() if latest else "",
            latest.source.label if latest else "",
            latest.as_of.isoformat() if latest else "",
            spread,
            str(f.sources),
            str(f.reports),
            f.last_updated or "",
        )
    return table


def series_table(series: Series) -> Table:
    table = Table(title=f"Series {series.measure.key}", show_lines=False)
    for column in ("as of", "source", "figure", "allows", "basis", "modality", "reports", "carried by", "evidence"):
        table.add_column(column, overflow="fold")
    for a in series.assertions:
        table.add_row(
            a.as_of.isoformat(),
            a.source.label + (" *" if a.partial else ""),
            a.figure_text(),
            a.interval.text(),
            a.basis or "",
            a.modality,
            str(a.reports),
            "; ".join(dict.fromkeys(c.channel or c.doc_id for c in a.carriers)),
            _evidence(a),
        )
    if series.implied_totals:
        table.caption = "implied totals: " + "; ".join(
            f"{t.as_of}: {t.interval.text()} ({t.to_dict()['explanation']})" for t in series.implied_totals
        )
    if any(a.partial for a in series.assertions):
        extra = "* partial: the report leaves a party of the measure unstated"
        table.caption = f"{table.caption}\n{extra}" if table.caption else extra
    return table


def contradictions_table(findings: Findings) -> Table:
    table = Table(title=f"Contradictions (window {findings.window_days} days)", show_lines=True)
    for column in ("measure", "explanation", "evidence"):
        table.add_column(column, overflow="fold")
    for c in findings.contradictions:
        table.add_row(c.measure, c.explanation(), f"{_evidence(c.a)}\n{_evidence(c.b)}")
    return table


def revisions_table(findings: Findings) -> Table:
    table = Table(title="Revisions", show_lines=True)
    for column in ("measure", "explanation", "evidence"):
        table.add_column(column, overflow="fold")
    for r in findings.revisions:
        table.add_row(r.measure, r.explanation(), f"{_evidence(r.before)}\n{_evidence(r.after)}")
    return table


def timeline_tables(timeline: Timeline) -> list[Table]:
    tables = []
    for actor, events in timeline.actors.items():
        table = Table(title=f"Timeline: {actor}", show_lines=False)
        for column in ("date", "type", "actor", "recipient", "item", "modality", "sources", "reports", "evidence"):
            table.add_column(column, overflow="fold")
        for e in events:
            p = e.period
            when = p.start.isoformat() if p.start == p.end else f"{p.start.isoformat()}..{p.end.isoformat()}"
            evidence = e.carriers[0].evidence[0].text if e.carriers and e.carriers[0].evidence else ""
            table.add_row(
                when, e.type, e.actor or "", e.recipient or "", e.item or "", e.modality,
                "; ".join(s.label for s in e.sources), str(e.reports), _cut(f"{e.carriers[0].doc_id}: {evidence}"),
            )
        tables.append(table)
    return tables


def _evidence(a: Assertion) -> str:
    c = a.carriers[0]
    return _cut(f"{c.doc_id}: \"{c.evidence[0].text}\"") if c.evidence else c.doc_id


def _cut(text: str) -> str:
    return text if len(text) <= EVIDENCE_WIDTH else text[: EVIDENCE_WIDTH - 1] + "…"
