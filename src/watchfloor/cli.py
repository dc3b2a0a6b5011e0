"""The ``watchfloor`` command line: a thin layer over the Python API.

Every command reads its inputs through :mod:`watchfloor.ingest` and prints to stdout;
problems go to stderr as one line each, naming the input and the reason, and the exit
status is 1 when anything failed while the rest of the batch still went through.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from watchfloor.api import evaluate_gold_files, extract_document, iter_inputs

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Watchfloor: grounded claims from conflict and security reports.",
)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, .jsonl corpora, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Dateline date YYYY-MM-DD for inputs that lack one.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher for inputs that lack one.")] = None,
    id: Annotated[str | None, typer.Option("--id", help="Document id for inputs that lack one.")] = None,
    format: Annotated[str, typer.Option("--format", help="jsonl (one claim a line) or table.")] = "jsonl",
) -> None:
    """Extract claims from reports; print one JSON claim a line (or a table)."""
    if format not in ("jsonl", "table"):
        raise typer.BadParameter("--format must be jsonl or table")
    defaults = {"published": published, "publisher": publisher, "id": id}
    failed = False
    rows = []
    for item in iter_inputs(paths, defaults):
        if isinstance(item, str):
            typer.echo(item, err=True)
            failed = True
            continue
        if item.language and not item.language.startswith("en"):
            typer.echo(f"W113 {item.id}: language {item.language!r}, stored but not extracted", err=True)
            continue
        try:
            claims = extract_document(item)
        except ValueError as exc:  # too large, or otherwise refused
            typer.echo(f"W120 {item.id}: {exc}", err=True)
            failed = True
            continue
        except Exception as exc:  # noqa: BLE001 - an extractor fault on one report never stops the batch
            typer.echo(f"W120 {item.id}: extraction failed: {type(exc).__name__}: {exc}", err=True)
            failed = True
            continue
        for claim in claims:
            data = claim.to_dict()
            if format == "jsonl":
                sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                rows.append(data)
    if format == "table":
        _print_table(rows)
    raise typer.Exit(1 if failed else 0)


def _print_table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in ("doc", "type", "actor", "recip.", "item", "quantity", "time", "source", "modality", "evidence"):
        table.add_column(column, overflow="fold")
    for row in rows:
        q = row["quantity"]
        quantity = "" if not q else _quantity_text(q)
        t = row["time"]
        time = "" if not t else (t["start"] if t["start"] == t["end"] else f"{t['start']}..{t['end']}")
        source = (row["source"] or {}).get("entity") or ""
        table.add_row(
            row["doc_id"] or "",
            row["type"],
            row["actor"] or "",
            row["recipient"] or "",
            row["item"] or "",
            quantity,
            time,
            source,
            row["modality"],
            row["evidence"]["text"][:90],
        )
    Console(width=200).print(table)


def _quantity_text(q: dict) -> str:
    if q["approx"] == "range":
        return f"{q['low']:,}-{q['high']:,}"
    marks = {
        "exact": "",
        "about": "~",
        "at_least": ">=",
        "more_than": ">",
        "nearly": "<~",
        "at_most": "<=",
        "less_than": "<",
    }
    return f"{marks.get(q['approx'], '')}{q['value']:,}" + (" +" if q.get("basis") == "increment" else "")


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (SPEC section 3).")],
    pred: Annotated[Path | None, typer.Option(help="Predictions JSONL instead of running the extractor.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score the extractor (or saved predictions) against gold files: P, R, F1, fields, errors.

    A gold file that cannot be read gets one line on stderr naming it and why; the rest are
    scored and the exit status is 1."""
    from watchfloor.evaluation.gold import GoldFormatError

    failed: list[Path] = []

    def unreadable(path: Path, err: Exception) -> None:
        reason = str(err) if isinstance(err, GoldFormatError) else f"{path}: {err.__class__.__name__}: {err}"
        typer.echo(f"watchfloor eval: {reason}", err=True)
        failed.append(path)

    report = evaluate_gold_files(gold, pred, on_error=unreadable)
    if len(failed) == len(gold):
        raise typer.Exit(1)
    if json_out:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        from watchfloor.evaluation.scorer import format_report

        typer.echo(format_report(report))
    if failed:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - console entry point
    app()


def _register_layers() -> None:
    # Each layer's commands live beside it; this module only assembles the app.
    from watchfloor import cli_corpus, cli_ledger

    cli_corpus.register(app)
    cli_ledger.register(app)


_register_layers()
