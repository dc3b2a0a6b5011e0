"""The ledger demo: ingest the demo reports into a fresh store and print what the ledger sees.

Run ``python -m watchfloor.ledger.demo`` from the repository root (``make demo`` calls it).
It reads ``examples/reports`` (or the directory given), stores every report with its claims
in a fresh SQLite file (``build/demo.db`` unless ``--db`` says otherwise; an existing file is
replaced), then prints: the figures table, the troop series (``DEPLOY:PRK>RUS:personnel``),
every casualty series of North Korean or Russian-side losses, the contradictions and
revisions, and the timeline of events without figures. Afterwards the same store answers the
CLI: ``watchfloor series 'CASUALTY:>PRK:killed' --db build/demo.db``.

Reports are read and extracted here directly (ingest readers, extractor, store) so that the
demo depends on nothing above the ledger; non-English reports are stored unextracted, as
``watchfloor ingest`` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from watchfloor.ledger import api, render
from watchfloor.model import Document
from watchfloor.store import Store

#: Series the demo prints besides every CASUALTY series.
TROOPS = "DEPLOY:PRK>RUS:personnel"
#: Parties whose casualty series the demo prints.
CASUALTY_PARTIES = ("PRK", "RUS")


def build_store(reports: Path, db: Path) -> tuple[Store, int, int]:
    """A fresh store at ``db`` holding every report under ``reports``; returns (store, docs, claims)."""
    from watchfloor.extract.assemble import extract_claims
    from watchfloor.extract.pipeline import PIPELINE_VERSION
    from watchfloor.ingest import iter_documents

    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    store = Store.open(db)
    n_docs = n_claims = 0
    for doc in iter_documents([str(reports)]):
        if not isinstance(doc, Document):
            print(doc, file=sys.stderr)  # a coded one-line rejection
            continue
        english = (doc.language or "en").lower().startswith("en")
        claims = extract_claims(doc) if english else []
        store.add_document(doc, claims, extractor_version=PIPELINE_VERSION)
        n_docs += 1
        n_claims += len(claims)
    return store, n_docs, n_claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m watchfloor.ledger.demo", description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="?", default="examples/reports", help="directory of demo reports")
    parser.add_argument("--db", default="build/demo.db", help="SQLite file to (re)create")
    parser.add_argument("--width", type=int, default=200, help="console width for the tables")
    args = parser.parse_args(argv)
    reports, db = Path(args.reports), Path(args.db)
    if not reports.is_dir():
        print(f"error: no reports directory at {reports}", file=sys.stderr)
        return 1
    db.parent.mkdir(parents=True, exist_ok=True)
    store, n_docs, n_claims = build_store(reports, db)
    out = render.console(args.width)
    with store:
        stats = store.stats()
        out.rule("Watchfloor ledger demo")
        out.print(
            f"{n_docs} reports stored in {db} ({stats['clusters']} stories: "
            f"{stats['near_duplicates']} syndicated cop{'y' if stats['near_duplicates'] == 1 else 'ies'}), "
            f"{n_claims} claims extracted"
        )
        out.print(render.figures_table(api.figures(store)))
        out.print(render.series_table(api.series(store, TROOPS)))
        for line in api.figures(store):
            m = line.series.measure
            if m.type == "CASUALTY" and m.recipient in CASUALTY_PARTIES:
                out.print(render.series_table(line.series))
        findings = api.contradictions(store)
        out.print(render.contradictions_table(findings))
        out.print(render.revisions_table(findings))
        for table in render.timeline_tables(api.timeline(store)):
            out.print(table)
        out.print(f"Try: watchfloor series '{TROOPS}' --db {db}")
    return 0


if __name__ == "__main__":  # pragma: no cover - command line entry
    sys.exit(main())
