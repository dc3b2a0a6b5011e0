"""Ingest throughput: read + extract + store, in docs/s per core, into SQLite and PostgreSQL.

The whole path a user runs with ``watchfloor ingest corpus.jsonl``: a JSONL corpus of
~500-word reports is read, every report is extracted and stored with its claims (one
transaction each, near-duplicate check included) through
:func:`watchfloor.corpus.service.ingest`, first in one process, then with worker processes.

**Per core** means per CPU-second: the CPU time of this process and of its worker processes
(each worker reports its own ``time.process_time()``; ``IngestSummary.cpu_s`` sums them) is
divided into the number of documents, so a shared or busy machine does not skew the
figure and runs with different worker counts compare directly. Wall-clock rates are printed
beside it. Each run starts from an empty store; the one-process run is preceded by one
warm-up extraction (building the pipeline is start-up, not throughput), while worker runs
include their workers' start-up, as a real ``--workers N`` run does.

The corpus is ``bench/throughput.py``'s: paragraphs of the project's own example and golden
reports, shuffled into >= 500-word reports with fresh digits and swapped country names,
from a fixed seed. PostgreSQL is a throwaway server started from the machine's binaries
with fsync on (``tests/pg.py``), or ``--pg-url``; without binaries it is skipped with a
message. Target: >= 50 docs/s per core into SQLite.

Run ``python bench/ingest.py`` (``--docs N``, ``--workers N``, ``--no-pg``, ``--pg-url URL``,
``--json`` for the figures as one JSON object on the last line).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from throughput import SEED, build_corpus  # noqa: E402

from watchfloor.corpus.service import ingest  # noqa: E402
from watchfloor.corpus.workers import extract_one  # noqa: E402
from watchfloor.model import Document  # noqa: E402
from watchfloor.store import Store  # noqa: E402

TARGET = 50.0


def write_corpus(path: Path, n_docs: int) -> float:
    """Write ``n_docs`` reports as JSONL to ``path``; return their mean length in words."""
    texts = build_corpus(n_docs)
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            record = {"id": f"bench-{i:05d}", "published": "2025-03-27", "publisher": "Bench Wire", "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sum(len(t.split()) for t in texts) / len(texts)


def run(url: str, corpus: Path, workers: int) -> dict:
    """One ingest of ``corpus`` into the empty store at ``url``; its figures."""
    with Store.open(url) as store:
        wall0 = time.perf_counter()
        summary = ingest([str(corpus)], store, workers=workers, report=lambda line: None)
        wall, cpu = time.perf_counter() - wall0, summary.cpu_s
        stored = store.stats()["documents"]
    if stored != summary.read - summary.duplicate or summary.rejected:
        raise SystemExit(f"bench ingest lost documents: {summary}")
    return {
        "workers": workers,
        "docs": summary.read,
        "claims": summary.claims,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "docs_per_cpu_s": round(summary.read / cpu, 1),
        "docs_per_s_wall": round(summary.read / wall, 1),
        "peak_worker_mib": round(summary.peak_worker_mib, 1),
        "not_extracted": summary.not_extracted,
    }


def line(backend: str, r: dict) -> str:
    return (
        f"{backend:<11} workers={r['workers']}  {r['docs_per_cpu_s']:6.1f} docs/s per core   "
        f"{r['docs_per_s_wall']:6.1f} docs/s wall   ({r['docs']} docs in {r['wall_s']:.1f} s, "
        f"CPU {r['cpu_s']:.1f} s, {r['claims']:,} claims)   peak {r['peak_worker_mib']:.0f} MiB per worker"
    )


def bench_backend(backend: str, make_url, corpus: Path, worker_counts: list[int]) -> list[dict]:
    results = []
    for workers in worker_counts:
        r = run(make_url(workers), corpus, workers)
        r["backend"] = backend
        print(line(backend, r), flush=True)
        results.append(r)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600, help="reports in the corpus")
    parser.add_argument("--workers", type=int, default=max(2, len(os.sched_getaffinity(0))),
                        help="worker processes for the parallel runs (default: CPUs, at least 2)")
    parser.add_argument("--pg-url", help="PostgreSQL URL of an empty database to use")
    parser.add_argument("--no-pg", action="store_true", help="measure SQLite only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    args = parser.parse_args()

    extract_one(Document(text="SEOUL, March 27 (Wire) -- Troops were deployed.", published="2025-03-27"))
    counts = [1, args.workers]
    results: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = write_corpus(corpus, args.docs)
        print(f"corpus      {args.docs} reports, {words:.0f} words on average (seed {SEED}), "
              f"{len(os.sched_getaffinity(0))} CPUs")
        results += bench_backend("sqlite", lambda w: str(Path(tmp) / f"bench-{w}.db"), corpus, counts)
        if args.pg_url:
            results += bench_backend("postgresql", lambda w: args.pg_url, corpus, counts[:1])
        elif not args.no_pg:
            from pg import PostgresUnavailable, TempPostgres

            try:
                with TempPostgres(fsync=True) as server:
                    results += bench_backend("postgresql", lambda w: server.create_database("bench"), corpus,
                                             counts)
            except PostgresUnavailable as exc:
                print(f"postgresql  skipped: {exc}")
    best = next(r for r in results if r["backend"] == "sqlite" and r["workers"] == 1)
    ok = best["docs_per_cpu_s"] >= TARGET
    print(f"target      >= {TARGET:.0f} docs/s per core into SQLite (one process): "
          f"{best['docs_per_cpu_s']:.1f}  {'ok' if ok else 'MISSED'}")
    if args.json:
        print(json.dumps({"docs": args.docs, "words_mean": round(words, 1), "runs": results, "target": TARGET}))


if __name__ == "__main__":
    main()
