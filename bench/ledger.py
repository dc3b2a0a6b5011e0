"""Ledger scale: one figure series out of 1,000,000 stored claims, in SQLite, target < 50 ms.

Run ``python bench/ledger.py`` (``--claims`` to change the size, ``--db`` to keep the file,
``--series`` for another measure). It builds a store by bulk inserts through SQLAlchemy Core
into the store's own tables (migrated by ``Store.open``, so the indexes are the real ones):
documents of 10 claims each, 30 % of them syndicated copies of the story before. Each report
is about one dyad (actor country, recipient country) drawn from all 870 ordered pairs of 30
countries with Zipf-distributed frequencies (s = 1); North Korea -> Russia is the 20th most
covered dyad (``--rank``), about 0.7 % of reports. Claim types, sectors, items, figures (70 % of the
claims of counting types), times and sources are drawn per claim, and a tenth of the actors
and a quarter of the recipients are left unstated, as extraction leaves them. The troop
series then holds one to two thousand claims among the million (rank 10 doubles it; the time
grows with the series, not with the store). It then times :func:`watchfloor.ledger.api.series`
end to end (SQL, folding into assertions, ordering): the first call, and the median of the
following ones. Prints one line per step.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

from sqlalchemy import insert

from watchfloor.ledger import api
from watchfloor.store import Store
from watchfloor.store.schema import claims, clusters, documents

TYPES = ("DEPLOY", "CASUALTY", "TRANSFER", "LAUNCH", "ATTACK", "STATEMENT", "EXERCISE", "DEVELOP", "FORTIFY",
         "SURVEIL", "DEMOLISH")
TYPE_WEIGHTS = (14, 12, 10, 8, 20, 14, 6, 5, 4, 4, 3)
COUNTRIES = ("RUS", "UKR", "PRK", "KOR", "USA", "CHN", "IRN", "ISR", "SYR", "IRQ", "YEM", "SDN", "COD", "MLI", "NER",
             "BFA", "SOM", "ETH", "MMR", "AFG", "PAK", "IND", "JPN", "TWN", "GBR", "FRA", "DEU", "POL", "BLR", "TUR")
SECTORS = ("", ".MIL", ".GOV", ".SPY")
ITEMS = {
    "DEPLOY": [("personnel", "troops"), ("personnel", "soldiers"), ("personnel", "forces"), ("personnel", "sappers")],
    "CASUALTY": [("killed", "soldiers"), ("wounded", "soldiers"), ("killed_or_wounded", "casualties"),
                 ("captured", "soldiers")],
    "TRANSFER": [("artillery shell", "shells"), ("artillery shell", "rounds"), ("ballistic missile", "missiles"),
                 ("artillery", "artillery systems"), ("drone", "drones")],
}
APPROX = ("exact", "about", "at_least", "more_than", "nearly", "at_most", "range")
SOURCES = ("KOR.SPY", "KOR.MIL", "UKR.SPY", "UKR.GOV", "USA.MIL", "USA.GOV", "GBR.SPY", None)
START = date(2022, 1, 1)


def dyads(seed: int = 7, target: tuple[str, str] = ("PRK", "RUS"), rank: int = 20) -> tuple[list, list]:
    """Every ordered pair of countries, shuffled, ``target`` at ``rank``; and Zipf weights (s = 1)."""
    pairs = [(a, b) for a in COUNTRIES for b in COUNTRIES if a != b and (a, b) != target]
    random.Random(seed).shuffle(pairs)
    pairs.insert(rank - 1, target)
    return pairs, list(accumulate(1 / (i + 1) for i in range(len(pairs))))


def _claim(rng: random.Random, doc_pk: int, ordinal: int, day: date, dyad: tuple[str, str]) -> dict:
    type_ = rng.choices(TYPES, TYPE_WEIGHTS)[0]
    item, unit = rng.choice(ITEMS.get(type_, [("missile", "missiles"), ("drone", "drones"), ("statement", None)]))
    actor = dyad[0] + rng.choice(SECTORS) if rng.random() > 0.1 else None
    recipient = dyad[1] + rng.choice(SECTORS) if rng.random() > 0.25 else None
    quantity = {}
    if type_ in ITEMS and rng.random() < 0.7:
        approx = rng.choice(APPROX)
        value = float(rng.choice((100, 300, 1000, 1500, 3000, 10000, 11000, 12000, 15000)))
        quantity = {
            "quantity_value": None if approx == "range" else value,
            "quantity_low": value if approx in ("range", "at_least", "more_than") else None,
            "quantity_high": value * 1.2 if approx == "range" else (value if approx in ("nearly", "at_most") else None),
            "quantity_approx": approx,
            "quantity_unit": unit,
            "quantity_basis": rng.choice(("total", "total", "increment", None)),
        }
    timed = rng.random() < 0.4
    start = day - timedelta(days=rng.randint(0, 60))
    text = f"claim {ordinal} of report {doc_pk}"
    return {
        "doc_pk": doc_pk, "ordinal": ordinal, "type": type_, "actor": actor, "recipient": recipient,
        "location": None, "item": item, "quantity_value": None, "quantity_low": None, "quantity_high": None,
        "quantity_approx": None, "quantity_unit": None, "quantity_basis": None,
        **quantity,
        "time_start": start.isoformat() if timed else None, "time_end": day.isoformat() if timed else None,
        "time_text": "in that period" if timed else None,
        "source_entity": rng.choice(SOURCES), "source_text": None, "modality": rng.choice(("asserted", "hedged")),
        "channel": None, "evidence_start": 0, "evidence_end": len(text), "evidence_text": text,
        "spans": None, "restates": None, "extractor_version": "bench",
    }


def build(
    store: Store, n_claims: int, *, rank: int = 20, per_doc: int = 10, batch: int = 50_000, seed: int = 7
) -> float:
    """Bulk-insert ``n_claims`` claims (and their documents and clusters); return the seconds taken."""
    rng = random.Random(seed)
    pairs, cum_weights = dyads(seed, rank=rank)
    now = datetime.now(UTC)
    n_docs = n_claims // per_doc
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        cluster_rows, doc_rows, claim_rows = [], [], []
        cluster_id = None
        for pk in range(1, n_docs + 1):
            day = START + timedelta(days=pk * 1200 // n_docs)
            text = f"Report {pk} of the ledger benchmark."
            digest = hashlib.sha256(text.encode()).hexdigest()
            if cluster_id is None or rng.random() < 0.7:  # 30 % of reports are copies of the previous story
                cluster_id = f"cl-{digest[:16]}"
                dyad = rng.choices(pairs, cum_weights=cum_weights)[0]
                cluster_rows.append({"id": cluster_id, "canonical_doc_id": f"bench-{pk}", "created_at": now})
            doc_rows.append({
                "pk": pk, "id": f"bench-{pk}", "content_hash": digest, "publisher": f"Outlet {pk % 40}",
                "published": day.isoformat(), "language": "en", "non_english": False, "text": text,
                "n_words": 6, "cluster_id": cluster_id, "extractor_version": "bench", "claim_count": per_doc,
                "stored_at": now,
            })
            claim_rows.extend(_claim(rng, pk, k, day, dyad) for k in range(per_doc))
            if len(claim_rows) >= batch or pk == n_docs:
                conn.execute(insert(clusters), cluster_rows)
                conn.execute(insert(documents), doc_rows)
                conn.execute(insert(claims), claim_rows)
                cluster_rows, doc_rows, claim_rows = [], [], []
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims to store")
    parser.add_argument("--db", help="SQLite file to build (default: a temporary file)")
    parser.add_argument("--series", default="DEPLOY:PRK>RUS:personnel", help="measure to query")
    parser.add_argument("--repeat", type=int, default=7, help="timed calls after the first")
    parser.add_argument("--rank", type=int, default=20, help="how covered North Korea -> Russia is (1 = most)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db or Path(tmp) / "ledger-bench.db")
        path.unlink(missing_ok=True)
        with Store.open(path) as store:
            built = build(store, args.claims, rank=args.rank)
            n = store.stats()["claims"]
            print(f"built      {n:,} claims in {built:.1f} s ({n / built:,.0f} claims/s, bulk insert, SQLite)")
            t0 = time.perf_counter()
            first = api.series(store, args.series)
            cold = time.perf_counter() - t0
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                api.series(store, args.series)
                times.append(time.perf_counter() - t0)
            warm = statistics.median(times)
            mentions = sum(len(c.evidence) for a in first.assertions for c in a.carriers)
            verdict = "ok" if warm < 0.050 else "OVER TARGET"
            print(f"series     {args.series}: {len(first.assertions):,} assertions from {mentions:,} claims; "
                  f"first call {cold * 1e3:.1f} ms, median of {args.repeat} {warm * 1e3:.1f} ms "
                  f"({warm * 1e6 / max(mentions, 1):.0f} us a claim; target < 50 ms: {verdict})")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
