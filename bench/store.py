"""Store throughput: adds per second of 500-word reports with 10 claims, SQLite and PostgreSQL.

Run ``python bench/store.py`` (``--n`` documents, ``--pg-url`` to use a running server,
``--no-pg`` to skip it). Without ``--pg-url`` a throwaway PostgreSQL server is started from
the machine's binaries (fsync on, as in production). Prints one line per backend.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from watchfloor.model import Claim, Document, Quantity, Source, Span, TimeSpan
from watchfloor.store import Store

# Words to draw reports from; written for this benchmark.
_VOCAB = (
    "the military said north south korea russia ukraine troops soldiers missiles drones "
    "launched fired deployed killed wounded border front region officials ministry defence "
    "intelligence agency reported thursday friday monday january february march april at "
    "least more than about nearly thousand hundred artillery shells ammunition units "
    "battalion brigade exercise drills surveillance cameras towers roads mines barriers "
    "statement warned denounced analysts estimated appears believed according to sources "
    "satellite images showed near capital coast sea east west yellow kursk donetsk attack "
    "strike shelling villages energy facilities power substation air force shot down "
    "overnight morning joint chiefs of staff lawmakers briefing parliament committee envoy "
    "talks sanctions weapons supplied transfer equipment technology"
).split()
_TYPES = ("DEPLOY", "CASUALTY", "TRANSFER", "LAUNCH", "ATTACK", "STATEMENT")


def make_report(i: int, words: int = 500, n_claims: int = 10) -> tuple[Document, list[Claim]]:
    """A random but reproducible ``words``-word report with ``n_claims`` grounded claims."""
    rng = random.Random(i)
    sentences, count = [], 0
    while count < words:
        length = min(rng.randint(12, 24), words - count)
        sentence = " ".join(rng.choice(_VOCAB) for _ in range(length))
        sentences.append(sentence.capitalize() + ".")
        count += length
    text = f"SEOUL, March {1 + i % 28} (Wire) -- " + " ".join(sentences)
    claims, cursor = [], 0
    for k in range(n_claims):
        start = text.index(".", cursor) + 2 if k else 0
        end = text.index(".", start)
        cursor = end + 1
        claims.append(
            Claim(
                type=_TYPES[k % len(_TYPES)],
                evidence=Span.of(text, start, end),
                actor="PRK.MIL",
                recipient="RUS",
                item="personnel",
                quantity=Quantity(1000 + k, approx="about", unit="soldiers", basis="total"),
                time=TimeSpan("2025-01-01", "2025-02-28", "in January and February"),
                source=Source("KOR.MIL", "the JCS"),
                modality="hedged",
            )
        )
    doc = Document(text=text, id=f"bench-{i}", title=f"Report {i}", publisher="Wire",
                   published=f"2025-03-{1 + i % 28:02d}")
    return doc, claims


def bench(url: str, n: int) -> str:
    """Add ``n`` reports to a fresh store at ``url``; return the figures as one line."""
    reports = [make_report(i) for i in range(n)]
    with Store.open(url) as store:
        times = []
        start = time.perf_counter()
        for doc, claims in reports:
            t0 = time.perf_counter()
            store.add_document(doc, claims, extractor_version="bench")
            times.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        t0 = time.perf_counter()
        for doc, claims in reports:
            store.add_document(doc, claims, extractor_version="bench")
        dup_elapsed = time.perf_counter() - t0
        t0 = time.perf_counter()
        n_claims = sum(1 for _ in store.iter_claims(actor="PRK", type="DEPLOY"))
        series = time.perf_counter() - t0
        assert store.stats()["claims"] == 10 * n
    return (
        f"{n / elapsed:8.1f} adds/s  (median {statistics.median(times) * 1e3:.2f} ms/add, "
        f"500 words + 10 claims each; re-adding duplicates {n / dup_elapsed:.0f}/s; "
        f"series query of {n_claims} claims {series * 1e3:.1f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="documents to add")
    parser.add_argument("--pg-url", help="PostgreSQL URL of an empty database to use")
    parser.add_argument("--no-pg", action="store_true", help="measure SQLite only")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        print(f"sqlite     {bench(str(Path(tmp) / 'bench.db'), args.n)}")
    if args.no_pg:
        return
    if args.pg_url:
        print(f"postgresql {bench(args.pg_url, args.n)}")
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg import PostgresUnavailable, TempPostgres

    try:
        with TempPostgres(fsync=True) as server:
            print(f"postgresql {bench(server.create_database('bench'), args.n)}")
    except PostgresUnavailable as exc:
        print(f"postgresql skipped: {exc}")


if __name__ == "__main__":
    main()
