"""The White House briefings corpus of ``../shared``: every record stored, a re-run adds none.

Skipped when ``../shared`` is absent. The corpus names its dates ``date`` and
``published_time``; the JSONL reader takes those without ``--map``. Seven records repeat
the text of another record word for word (the same briefing posted under two URLs): the
store keeps each text once, so it holds 1,680 documents for 1,687 records, and the counts
below are derived from the file here, not trusted from the code under test. On two workers
the run takes about 30 s.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from corpus_samples import run_cli

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpora" / "whitehouse_briefings" / "wh_briefings_conflict_subset.jsonl"
RECORDS = 1687

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="../shared corpus not present")


def distinct_texts(path: Path) -> int:
    """Records whose text, NFC-normalised with whitespace collapsed, no earlier record has."""
    seen = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            seen.add(re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip())
    return len(seen)


def test_white_house_corpus_is_stored_once(tmp_path: Path) -> None:
    db = str(tmp_path / "wh.db")
    distinct = distinct_texts(CORPUS)
    code, out, err = run_cli("ingest", str(CORPUS), "--db", db, "--workers", "2", "--json")
    first = json.loads(out)
    assert first["read"] == RECORDS and first["rejected"] == 0
    assert first["new"] + first["near_duplicate"] == distinct
    assert first["duplicate"] == RECORDS - distinct
    assert first["claims"] > 5000
    # Exit 1 only for documents the extractor failed on, each named on stderr.
    assert code == (1 if first["not_extracted"] else 0)
    assert sum(line.startswith("W120 ") for line in err.splitlines()) == first["not_extracted"]

    code, out, _ = run_cli("ingest", str(CORPUS), "--db", db, "--workers", "2", "--json")
    second = json.loads(out)
    assert code == 0
    assert (second["new"], second["near_duplicate"], second["claims"]) == (0, 0, 0)
    assert second["duplicate"] == RECORDS

    code, out, _ = run_cli("stats", "--db", db, "--json")
    stats = json.loads(out)
    assert stats["documents"] == distinct
    assert stats["clusters"] + stats["near_duplicates"] == distinct
    assert stats["claims"] == first["claims"]
    assert stats["rejected"] == 0
    # Every stored document carries its record's date.
    code, out, _ = run_cli("docs", "--db", db, "--limit", str(RECORDS), "--json")
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"] or "") for d in json.loads(out))
