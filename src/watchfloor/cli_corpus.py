"""CLI commands for the corpus layer (registered on the main app by :mod:`watchfloor.cli`).

``ingest``, ``reextract``, ``search``, ``docs``, ``show`` and ``stats``: each parses its
arguments, calls one function of :mod:`watchfloor.corpus.api` and prints the result, as a
Rich table for people or as JSON (``--json``) for scripts. Progress bars and one-line
messages go to standard error, results to standard output, so ``--json`` output can be
piped. Every command takes ``--db`` (a file path or an SQLAlchemy URL; default
``$WATCHFLOOR_DB``, else ``./watchfloor.db``).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from watchfloor.corpus import api

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="WATCHFLOOR_DB",
        help="Store: an SQLite file path or an SQLAlchemy URL (postgresql+psycopg://...). "
        "Default ./watchfloor.db.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Extraction processes (1: extract in this process).")
]

# Background styles that tell claims apart in ``show``; cycled by claim number.
_CLAIM_STYLES = ("on dark_green", "on dark_blue", "on dark_magenta", "on dark_red", "on grey30",
                 "on dark_cyan")
_SNIPPET_MARK = re.compile(r"\[([^\[\]]*)\]")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("ingest")(ingest)
    app.command("reextract")(reextract)
    app.command("search")(search)
    app.command("docs")(docs)
    app.command("show")(show)
    app.command("stats")(stats)


def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(help="Files, directories, globs, .jsonl corpora, feeds, WARC files, URLs, or -."),
    ],
    db: DbOption = None,
    workers: WorkersOption = 1,
    map_: Annotated[
        list[str] | None,
        typer.Option("--map", help="field=column for JSON inputs whose columns have other names; repeatable."),
    ] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Let URLs reach private, loopback and link-local addresses.")
    ] = False,
    published: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD for inputs that lack one.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher for inputs that lack one.")] = None,
    json_out: JsonOption = False,
) -> None:
    """Read sources, extract their claims and store both; exit 1 if any input was refused."""
    try:
        mapping = api.parse_mapping(map_ or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--map") from None
    err = Console(stderr=True)
    with _progress(err) as bar:
        task = bar.add_task("ingest", total=None)

        def on_progress(s: api.IngestSummary) -> None:
            bar.update(task, completed=s.read + s.rejected, description=(
                f"read {s.read:,} · new {s.new:,} · duplicate {s.duplicate:,} · near {s.near_duplicate:,}"
                f" · rejected {s.rejected:,} · claims {s.claims:,}"))

        summary = api.ingest_sources(
            sources, db=db, workers=workers, mapping=mapping, published=published, publisher=publisher,
            allow_private=allow_private, report=_reporter(err, bar), progress=on_progress,
        )
    if json_out:
        _print_json(summary.to_dict())
    else:
        _print_ingest_summary(summary)
    raise typer.Exit(1 if summary.failed else 0)


def reextract(db: DbOption = None, workers: WorkersOption = 1, json_out: JsonOption = False) -> None:
    """Re-extract documents whose claims came from an older extractor version."""
    err = Console(stderr=True)
    total = api.reextract_total(db)
    with _progress(err) as bar:
        task = bar.add_task("reextract", total=total)

        def on_progress(s: api.ReextractSummary) -> None:
            bar.update(task, completed=s.checked, description=f"reextract · updated {s.updated:,}")

        summary = api.reextract_documents(db=db, workers=workers, report=_reporter(err, bar),
                                          progress=on_progress)
    if json_out:
        _print_json(summary.to_dict())
    else:
        table = Table(title=f"reextract to {summary.version}", show_header=False)
        for key, value in summary.to_dict().items():
            table.add_row(key.replace("_", " "), f"{value:,}" if isinstance(value, int) else str(value))
        _stdout().print(table)
    raise typer.Exit(1 if summary.failed else 0)


def search(
    query: Annotated[str, typer.Argument(help='Words, "quoted phrases", OR, -excluded.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Most hits to show.")] = 20,
    json_out: JsonOption = False,
) -> None:
    """Full-text search over stored titles and texts, best first."""
    hits = api.search_documents(query, db=db, limit=limit)
    if json_out:
        _print_json([asdict(h) for h in hits])
        return
    out = _stdout()
    out.print(Text(f"{len(hits)} hit(s) for {query!r}", style="bold"))
    for hit in hits:
        line = Text(hit.doc_id, style="bold cyan")
        line.append(f"  {hit.published or '(no date)'}  {hit.title or ''}")
        out.print(line, soft_wrap=True)
        out.print(Text("    ").append(_snippet(hit.snippet)))


def docs(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=1, help="Documents per page.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Documents to skip (most recent first).")] = 0,
    json_out: JsonOption = False,
) -> None:
    """List stored documents, most recently stored first."""
    rows = api.list_documents(db=db, limit=limit, offset=offset)
    if json_out:
        _print_json([asdict(r) for r in rows])
        return
    table = Table(title=f"documents {offset + 1:,}-{offset + len(rows):,}" if rows else "no documents")
    for column in ("id", "published", "publisher", "title", "lang", "claims", "cluster"):
        table.add_column(column, overflow="fold", justify="right" if column == "claims" else "left",
                         min_width=24 if column == "id" else None)
    for r in rows:
        table.add_row(r.doc_id, r.published or "", r.publisher or "", r.title or "", r.language or "",
                      str(r.claim_count), r.cluster_id)
    _stdout().print(table)


def show(
    doc_id: Annotated[str, typer.Argument(help="A document id, as `watchfloor docs` lists it.")],
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Print a stored document with its claims, each claim's evidence highlighted in the text."""
    stored = api.show_document(doc_id, db=db)
    if stored is None:
        typer.echo(f"no document {doc_id!r} in the store", err=True)
        raise typer.Exit(1)
    if json_out:
        _print_json(stored.to_dict())
        return
    out = _stdout()
    doc = stored.document
    cluster = "canonical" if stored.is_canonical else f"copy of {stored.canonical_doc_id}"
    header = Table.grid(padding=(0, 2))
    for label, value in (
        ("id", stored.doc_id), ("title", doc.title), ("publisher", doc.publisher),
        ("published", doc.published), ("url", doc.url), ("language", doc.language),
        ("cluster", f"{stored.cluster_id} ({cluster})"),
        ("extractor", stored.extractor_version or "not extracted"),
    ):
        header.add_row(Text(label, style="bold"), Text(value or "", overflow="fold"))
    out.print(header)
    out.rule()
    out.print(highlight_claims(doc.text, [(c.evidence.start, c.evidence.end) for c in stored.claims]),
              soft_wrap=False)
    out.rule()
    out.print(_claims_table(stored.claims))


def stats(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Counts of documents, clusters, claims and rejected inputs, with breakdowns."""
    data = api.store_stats(db=db)
    if json_out:
        _print_json(data)
        return
    out = _stdout()
    table = Table(title="store", show_header=False)
    for key in ("documents", "clusters", "near_duplicates", "claims", "rejected", "non_english"):
        table.add_row(key.replace("_", " "), f"{data[key]:,}")
    out.print(table)
    for key, counts in data.items():
        if isinstance(counts, dict) and counts:
            part = Table(title=key.replace("_", " "), show_header=False)
            for value, count in counts.items():
                part.add_row("(none)" if value is None else str(value), f"{count:,}")
            out.print(part)


def highlight_claims(text: str, spans: list[tuple[int, int]]) -> Text:
    """The text with each span styled and its claim number (``[1]``) after its end.

    Spans may overlap (two claims in one sentence); where they do, the later claim's style
    shows and both numbers are printed.
    """
    bounds = sorted({0, len(text), *(b for span in spans for b in span)})
    ends: dict[int, list[int]] = {}
    for number, (_, end) in enumerate(spans, 1):
        ends.setdefault(end, []).append(number)
    out = Text()
    for a, b in zip(bounds, bounds[1:], strict=False):
        covering = [n for n, (s, e) in enumerate(spans, 1) if s <= a and b <= e]
        style = _CLAIM_STYLES[(covering[-1] - 1) % len(_CLAIM_STYLES)] if covering else ""
        out.append(text[a:b], style=style)
        for number in ends.get(b, ()):
            out.append(f"[{number}]", style="bold " + _CLAIM_STYLES[(number - 1) % len(_CLAIM_STYLES)])
    return out


def _claims_table(claims: list[Any]) -> Table:
    table = Table(title=f"{len(claims)} claim(s)")
    for column in ("#", "type", "actor -> recipient", "item", "quantity", "time", "source", "modality"):
        table.add_column(column, overflow="fold")
    for number, claim in enumerate(claims, 1):
        q, t = claim.quantity, claim.time
        who = " -> ".join(x for x in (claim.actor or "?", claim.recipient) if x)
        table.add_row(
            Text(str(number), style=_CLAIM_STYLES[(number - 1) % len(_CLAIM_STYLES)]),
            claim.type, who, claim.item or "",
            "" if q is None else f"{_quantity(q.approx, q.value, q.low, q.high)} {q.unit or ''}".strip(),
            "" if t is None else (t.start or "?") if t.start == t.end else f"{t.start or '?'}..{t.end or '?'}",
            (claim.source.entity or claim.source.text) if claim.source else "",
            claim.modality,
        )
    return table


def _quantity(approx: str, value: float | None, low: float | None, high: float | None) -> str:
    def num(x: float | None) -> str:
        return "?" if x is None else f"{x:,g}"

    if approx == "range":
        return f"{num(low)}-{num(high)}"
    return num(value) if approx == "exact" else f"{approx} {num(value)}"


def _snippet(snippet: str) -> Text:
    """A search snippet with the store's ``[match]`` marks shown in bold instead."""
    snippet = " ".join(snippet.split())
    out, last = Text(), 0
    for m in _SNIPPET_MARK.finditer(snippet):
        out.append(snippet[last : m.start()])
        out.append(m.group(1), style="bold yellow")
        last = m.end()
    out.append(snippet[last:])
    return out


def _print_ingest_summary(s: api.IngestSummary) -> None:
    table = Table(title="ingest", show_header=False)
    rate = s.read / s.elapsed if s.elapsed else 0.0
    rows = [
        ("read", s.read, "documents read"),
        ("new", s.new, "stored, first of their cluster"),
        ("duplicate", s.duplicate, "already stored, nothing added"),
        ("near-duplicate", s.near_duplicate, "stored as a copy in an existing cluster"),
        ("rejected", s.rejected, "refused, recorded with the reason"),
        ("non-English", s.non_english, "stored and marked, not extracted"),
        ("not extracted", s.not_extracted, "stored, extraction failed (W120)"),
        ("claims", s.claims, "claims stored"),
    ]
    for label, count, meaning in rows:
        table.add_row(label, f"{count:,}", meaning)
    table.add_row("time", f"{s.elapsed:.1f} s", f"{rate:.1f} documents/s, peak {s.peak_worker_mib:.0f} MiB a worker")
    _stdout().print(table)


def _progress(console: Console) -> Progress:
    """A progress display on standard error, shown only when it is a terminal."""
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed:,}"),
        TimeElapsedColumn(), console=console, transient=False, disable=not console.is_terminal,
    )


def _reporter(console: Console, bar: Progress):
    """One-line messages: above the live progress display on a terminal, plain otherwise."""
    if not console.is_terminal:
        def plain(line: str) -> None:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

        return plain

    def live(line: str) -> None:
        bar.console.print(line, markup=False, highlight=False, soft_wrap=True)

    return live


def _stdout() -> Console:
    """Standard output; piped, it is laid out 120 columns wide rather than Rich's 80."""
    return Console(width=None if sys.stdout.isatty() else 120)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
