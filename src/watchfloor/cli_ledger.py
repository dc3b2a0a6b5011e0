"""CLI commands for the ledger layer (registered on the main app by :mod:`watchfloor.cli`).

``figures``, ``series``, ``contradictions``, ``timeline`` and ``export`` read a store made by
``watchfloor ingest``: ``--db`` names it (a path or an SQLAlchemy URL; default
``$WATCHFLOOR_DB``, else ``./watchfloor.db``). Each is a thin call of
:mod:`watchfloor.ledger.api`; ``--json`` prints the result's JSON (schemas in
``docs/schemas/``), otherwise Rich tables. Errors are one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="WATCHFLOOR_DB", help="Store path or SQLAlchemy URL (default ./watchfloor.db)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (schema in docs/schemas/) instead of tables.")]


@contextmanager
def _store(db: str | None) -> Iterator[Any]:
    """Open an existing store; a missing SQLite file is an error, not a new empty store."""
    from watchfloor.store import Store
    from watchfloor.store.db import DEFAULT_PATH

    target = db or DEFAULT_PATH
    if "://" not in target and target != ":memory:" and not os.path.exists(target):
        _fail(f"no store at {target}: run `watchfloor ingest` first, or pass --db")
    with Store.open(target) as store:
        yield store


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _print_json(data: dict) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def figures(actor: Annotated[str | None, typer.Option(help="Measures in which this entity takes part.")] = None,
            json_out: JsonOption = False, db: DbOption = None) -> None:
    """Every measure: its latest value, range across sources, number of sources, last update."""
    from watchfloor.ledger import api, render

    with _store(db) as store:
        lines = api.figures(store, actor=actor)
    if json_out:
        _print_json({"figures": [f.to_dict() for f in lines]})
    else:
        render.console().print(render.figures_table(lines))


MeasureArgument = Annotated[
    str, typer.Argument(help="TYPE:ACTOR>RECIPIENT:ITEM[@PLACE], e.g. DEPLOY:PRK>RUS:personnel.")
]


def series(measure: MeasureArgument, json_out: JsonOption = False, db: DbOption = None) -> None:
    """One measure's figures in time order, each with source, bounds, basis and carriers."""
    from watchfloor.ledger import api, render
    from watchfloor.ledger.measures import MeasureKeyError

    with _store(db) as store:
        try:
            result = api.series(store, measure)
        except MeasureKeyError as exc:
            _fail(str(exc))
    if json_out:
        _print_json(result.to_dict())
    else:
        render.console().print(render.series_table(result))


def contradictions(
    window_days: Annotated[int, typer.Option(help="Days within which two figures refer to the same time.")] = 14,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Sources whose figures cannot both be right, and sources revising their own figures."""
    from watchfloor.ledger import api, render

    with _store(db) as store:
        findings = api.contradictions(store, window_days=window_days)
    if json_out:
        _print_json(findings.to_dict())
    else:
        out = render.console()
        out.print(render.contradictions_table(findings))
        out.print(render.revisions_table(findings))


def timeline(
    actor: Annotated[str | None, typer.Option(help="Only this actor (PRK also matches PRK.MIL).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Only this claim type, e.g. LAUNCH.")] = None,  # noqa: A002
    since: Annotated[str | None, typer.Option(help="Only events ending on or after this date (YYYY-MM-DD).")] = None,
    json_out: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Events without figures (launches, installations, statements), per actor, in time order."""
    from watchfloor.ledger import api, render
    from watchfloor.ledger.periods import parse_day

    if since and parse_day(since) is None:
        _fail(f"--since {since!r} is not a date (YYYY-MM-DD)")
    with _store(db) as store:
        result = api.timeline(store, actor=actor, type=type, since=since)
    if json_out:
        _print_json(result.to_dict())
    else:
        out = render.console()
        for table in render.timeline_tables(result):
            out.print(table)


def export(
    out: Annotated[str, typer.Argument(help="Output file (- for stdout, text formats only).")],
    format: Annotated[str, typer.Option("--format", help="csv, jsonl, parquet, acled or plover.")] = "csv",  # noqa: A002
    db: DbOption = None,
) -> None:
    """Write the ledger: flat csv/jsonl/parquet, ACLED-shaped csv or PLOVER-shaped jsonl."""
    from watchfloor.ledger import api
    from watchfloor.ledger.export import ExportError

    with _store(db) as store:
        try:
            n = api.export(store, format, out)
        except ExportError as exc:
            _fail(str(exc))
    if out != "-":
        typer.echo(f"{n} rows written to {out} ({format})", err=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("figures")(figures)
    app.command("series")(series)
    app.command("contradictions")(contradictions)
    app.command("timeline")(timeline)
    app.command("export")(export)
