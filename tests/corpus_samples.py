"""Reports written for the corpus tests, and a snapshot of what a store holds.

``run_cli`` runs the CLI in-process; ``generated_reports`` makes any number of distinct, reproducible short reports from
sentence templates (written for these tests) so that a large ingest can be run, killed and
compared; ``WIRE_STORY`` and ``WIRE_COPY`` are one story and a lightly edited syndicated
copy of it. ``snapshot`` reduces a store to plain, order-independent data so that two
stores can be compared for equality, timestamps and surrogate keys left out.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from sqlalchemy import select
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.store import Store
from watchfloor.store.schema import clusters, documents, rejections

_PLACES = ("Kharvin", "Dorsk", "Port Alder", "Velmora", "Ostrava Ridge", "Lake Tamin", "Brenholt",
           "Saskov", "Mirenka", "Tolvash")
_SOURCES = ("the army said", "the defence ministry said", "regional officials said",
            "a navy spokesman said", "the border guard service said")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TEMPLATES = (
    "Air defences shot down {n} drones over {place} overnight, {source}.",
    "Shelling killed {n} civilians in {place} on {day}, {source}.",
    "About {n} troops were deployed to the area around {place}, {source}.",
    "Artillery units fired {n} shells toward {place} on {day}.",
    "Officials said {n} people were wounded when a missile struck a depot near {place}.",
    "A joint exercise involving {n} soldiers began near {place} on {day}.",
    "Satellite images showed {n} new trenches along the road to {place}.",
    "A spokesman said the situation in {place} remained tense but under control.",
    "Residents of {place} reported hearing explosions shortly after midnight on {day}.",
    "Repair crews restored power to {n} homes in {place}, {source}.",
    "Engineers laid {n} mines along the approaches to {place}, {source}.",
    "Talks between the two sides are expected to resume in {place} next week.",
    "The ministry said {n} vehicles had been moved closer to {place} since {day}.",
    "Local radio in {place} said schools would stay closed until further notice.",
)

WIRE_STORY = (
    "HARBOR CITY, June 3 (Harbor Wire) — Coastal defence units shot down 14 drones over the "
    "northern port overnight, the navy said on Tuesday, the largest attack on the harbour "
    "since the spring. A navy spokesman said debris damaged two warehouses near the fuel "
    "terminal and that firefighters put out a blaze before dawn. No one was hurt, according "
    "to the port authority, which closed the outer berths for several hours while divers "
    "checked the quays. Regional officials said about 300 residents living beside the "
    "terminal spent the night in shelters and were allowed to return home in the morning. "
    "The navy said it had also tracked three patrol boats approaching the coast before they "
    "turned back. Shipping agents said two cargo vessels waiting to dock were sent to an "
    "anchorage further south, and that traffic would resume on Wednesday if the night was "
    "quiet. The attack came a week after the harbour reopened following repairs."
)
# The same story as a partner outlet ran it: its own credit, one word changed, the last
# sentence cut.
WIRE_COPY = (
    WIRE_STORY.replace("(Harbor Wire)", "(Harbor Wire via Coast Bulletin)")
    .replace("several hours", "four hours")
    .replace(" The attack came a week after the harbour reopened following repairs.", "")
)


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the ``watchfloor`` CLI in this process; return exit code, stdout and stderr."""
    result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def generated_reports(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` distinct reports as SPEC section-1 records (``id``, ``published``, ``text``)."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        place = rng.choice(_PLACES)
        day = 1 + i % 28
        sentences = [
            template.format(n=rng.randint(2, 4000), place=rng.choice(_PLACES),
                            source=rng.choice(_SOURCES), day=rng.choice(_DAYS))
            for template in rng.sample(_TEMPLATES, 9)
        ]
        text = f"{place.upper()}, May {day} (Harbor Wire) — " + " ".join(sentences)
        records.append({"id": f"gen-{i:04d}", "published": f"2025-05-{day:02d}", "text": text})
    return records


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write ``records`` one JSON object a line; return ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def snapshot(url: str) -> dict[str, Any]:
    """What the store at ``url`` holds, as comparable data (no timestamps, no surrogate keys)."""
    with Store.open(url) as store:
        d = documents.c
        with store.engine.connect() as conn:
            docs = {
                row.id: (row.content_hash, row.cluster_id, row.published, row.publisher, row.language,
                         row.non_english, row.claim_count, row.extractor_version)
                for row in conn.execute(select(documents).order_by(d.pk))
            }
            canon = dict(conn.execute(select(clusters.c.id, clusters.c.canonical_doc_id)).all())
            refused = sorted(
                conn.execute(select(rejections.c.origin, rejections.c.code, rejections.c.reason)).all()
            )
        claims = sorted(
            json.dumps({k: v for k, v in record.items()}, sort_keys=True, default=str)
            for record in store.iter_claims()
        )
    return {"documents": docs, "clusters": canon, "rejections": refused, "claims": claims}
