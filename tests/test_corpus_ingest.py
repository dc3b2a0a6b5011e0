"""``watchfloor ingest`` end to end, on SQLite and on a real PostgreSQL server.

A folder of good and hostile inputs (golden/corpus_ingest_cases.yaml, hostile_cases.yaml)
is ingested through the CLI: the good documents are stored, every bad input is refused
with its code, recorded once in the store and printed as one line on stderr, and the exit
status is 1. A second run adds nothing; a syndicated copy joins its original's cluster;
two worker processes store exactly what one does.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from corpus_samples import WIRE_COPY, WIRE_STORY, generated_reports, run_cli, snapshot, write_jsonl
from watchfloor.cli import app
from watchfloor.extract.pipeline import PIPELINE_VERSION
from watchfloor.store import Store
from watchfloor.store.schema import documents, rejections

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
CASES = yaml.safe_load((HERE / "golden" / "corpus_ingest_cases.yaml").read_text("utf-8"))
HOSTILE = yaml.safe_load((HERE / "golden" / "hostile_cases.yaml").read_text("utf-8"))


def make_inbox(root: Path) -> tuple[Path, list[str]]:
    """The folder of the golden table under ``root``, and the URL/path sources beside it."""
    inbox = root / "inbox"
    (inbox / "good").mkdir(parents=True)
    for name in CASES["good"]:
        shutil.copy(FIXTURES / "ingest" / name, inbox / "good" / name)
    shutil.copytree(FIXTURES / "hostile", inbox / "hostile")
    for case in CASES["made"]:
        path = inbox / case["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        if case["content"].startswith("sparse "):
            with path.open("wb") as out:
                out.truncate(int(case["content"].split()[1].replace(",", "")))
        else:
            path.write_bytes(case["content"].encode("utf-8"))
    extra = [str(inbox / name) for name in CASES["named"]]
    extra += [c["source"] if "://" in c["source"] else str(root / c["source"]) for c in CASES["urls"]]
    return inbox, extra


def expected_refusals() -> Counter:
    """(origin suffix, code) of every input the folder run must refuse."""
    refused: Counter = Counter()
    for case in HOSTILE:
        for suffix, code in case["rejects"]:
            refused[(suffix, code)] += 1
    for case in CASES["made"]:
        refused[(Path(case["file"]).name, case["code"])] += 1
    for case in CASES["urls"]:
        refused[(Path(case["source"]).name, case["code"])] += 1
    return refused


def expected_ids() -> set[str]:
    return {i for ids in CASES["good"].values() for i in ids} | set(CASES["hostile_good"])


def stored_rows(url: str) -> tuple[dict[str, bool], list[tuple[str, str, str]]]:
    """Stored ids with their non-English flag, and every recorded refusal."""
    with Store.open(url) as store, store.engine.connect() as conn:
        docs = dict(conn.execute(select(documents.c.id, documents.c.non_english)).all())
        refused = conn.execute(select(rejections.c.origin, rejections.c.code, rejections.c.reason)).all()
    return docs, [tuple(r) for r in refused]


def _suffix_and_code(origin: str, code: str) -> tuple[str, str]:
    return origin.rsplit("/", 1)[-1], code


def test_folder_of_good_and_hostile_inputs(tmp_path: Path, store_url: str) -> None:
    inbox, extra = make_inbox(tmp_path)
    code, out, err = run_cli("ingest", str(inbox), *extra, "--db", store_url, "--json")
    assert code == 1
    summary = json.loads(out)
    refused = expected_refusals()
    assert summary["rejected"] == sum(refused.values())
    assert summary["read"] == summary["new"] == len(expected_ids())
    assert summary["non_english"] == len(CASES["non_english"])

    docs, rows = stored_rows(store_url)
    assert set(docs) == expected_ids()
    assert {i for i, flag in docs.items() if flag} == set(CASES["non_english"])
    assert Counter(_suffix_and_code(o, c) for o, c, _ in rows) == refused

    # stderr: exactly one line per refusal, as recorded, and one W113 mark per non-English text
    lines = err.splitlines()
    assert sorted(line for line in lines if not line.startswith("W113 ")) == sorted(
        f"{c} {o}: {r}" for o, c, r in rows)
    assert sorted(line.split(": language")[0] for line in lines if line.startswith("W113 ")) == sorted(
        f"W113 {i}" for i in CASES["non_english"])

    # Again: nothing new, the same refusals printed but not recorded twice.
    code, out, err = run_cli("ingest", str(inbox), *extra, "--db", store_url, "--json")
    again = json.loads(out)
    assert code == 1
    assert (again["new"], again["near_duplicate"], again["claims"]) == (0, 0, 0)
    assert again["duplicate"] == summary["read"]
    assert again["rejected"] == summary["rejected"]
    assert stored_rows(store_url) == (docs, rows)
    assert len(err.splitlines()) == summary["rejected"]


def test_wire_copy_joins_the_cluster_of_its_original(tmp_path: Path, store_url: str) -> None:
    original = tmp_path / "harbor-wire.txt"
    original.write_text(WIRE_STORY, encoding="utf-8")
    copy = tmp_path / "coast-bulletin.txt"
    copy.write_text(WIRE_COPY, encoding="utf-8")
    code, out, _ = run_cli("ingest", str(original), "--db", store_url, "--published", "2025-06-03", "--json")
    assert (code, json.loads(out)["new"]) == (0, 1)
    code, out, _ = run_cli("ingest", str(copy), "--db", store_url, "--published", "2025-06-04", "--json")
    summary = json.loads(out)
    assert code == 0
    assert (summary["new"], summary["near_duplicate"], summary["duplicate"]) == (0, 1, 0)

    _, out, _ = run_cli("show", "coast-bulletin", "--db", store_url, "--json")
    shown_copy = json.loads(out)
    _, out, _ = run_cli("show", "harbor-wire", "--db", store_url, "--json")
    shown_original = json.loads(out)
    assert shown_copy["cluster_id"] == shown_original["cluster_id"]
    assert shown_copy["canonical_doc_id"] == "harbor-wire"  # the earlier copy represents the cluster
    _, out, _ = run_cli("stats", "--db", store_url, "--json")
    stats = json.loads(out)
    assert (stats["documents"], stats["clusters"], stats["near_duplicates"]) == (2, 1, 1)


def test_two_workers_store_what_one_stores(tmp_path: Path) -> None:
    inbox, extra = make_inbox(tmp_path)
    write_jsonl(inbox / "generated" / "reports.jsonl", generated_reports(60))
    (inbox / "wire").mkdir()
    (inbox / "wire" / "a-original.txt").write_text(WIRE_STORY, encoding="utf-8")
    (inbox / "wire" / "b-copy.txt").write_text(WIRE_COPY, encoding="utf-8")
    results = {}
    for workers in ("1", "2"):
        db = str(tmp_path / f"w{workers}.db")
        code, out, err = run_cli("ingest", str(inbox), *extra, "--db", db, "--workers", workers, "--json")
        results[workers] = (code, json.loads(out), sorted(err.splitlines()), snapshot(db))
    one, two = results["1"], results["2"]
    assert one[0] == two[0] == 1
    for key in ("read", "new", "duplicate", "near_duplicate", "rejected", "non_english", "claims"):
        assert one[1][key] == two[1][key], key
    assert one[1]["near_duplicate"] == 1 and one[1]["claims"] > 60
    assert one[2] == two[2]
    assert one[3] == two[3]


def test_jsonl_with_mapped_columns_and_date_aliases(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    mapped = FIXTURES / "ingest" / "mapped.jsonl"
    code, _, err = run_cli("ingest", str(mapped), "--db", db, "--map", "published=date")
    assert code == 1 and err.startswith("W109 ")  # the text is under "body": not found
    code, _, _ = run_cli("ingest", str(mapped), "--db", db, "--map", "text=body", "--map", "id=doc",
                         "--map", "publisher=source")
    assert code == 0
    # Without --map, the dates of a corpus that calls them "date" or "published_time" are read.
    aliased = write_jsonl(tmp_path / "aliased.jsonl", [
        {"id": "a-1", "date": "2024-02-03", "text": "Troops crossed the river at dawn, the army said."},
        {"id": "a-2", "published_time": "2024-02-04 09:00:00-05:00",
         "text": "The navy said two patrol boats were damaged in the attack."},
        {"id": "a-3", "published": "2024-02-05", "date": "1999-01-01",
         "text": "Officials said a convoy reached the border on Friday."},
    ])
    code, _, _ = run_cli("ingest", str(aliased), "--db", db)
    assert code == 0
    with Store.open(db) as store:
        got = {i: store.get_document(i).document.published for i in ("m-1", "a-1", "a-2", "a-3")}
        publisher = store.get_document("m-1").document.publisher
    assert got == {"m-1": "2024-05-10", "a-1": "2024-02-03", "a-2": "2024-02-04", "a-3": "2024-02-05"}
    assert publisher == "Port Gazette"


@pytest.mark.parametrize("pair", ["published", "=date", "when=date", "text="])
def test_bad_map_is_a_usage_error(tmp_path: Path, pair: str) -> None:
    result = CliRunner().invoke(app, ["ingest", str(FIXTURES / "ingest" / "mapped.jsonl"),
                                      "--db", str(tmp_path / "x.db"), "--map", pair])
    assert result.exit_code == 2
    assert "--map" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_db_comes_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "from-env.db"
    result = CliRunner().invoke(app, ["ingest", str(FIXTURES / "ingest" / "front-matter.md"), "--json"],
                                env={"WATCHFLOOR_DB": str(db)})
    assert result.exit_code == 0
    with Store.open(str(db)) as store:
        assert store.get_document("jcs-update-2025-03-27") is not None


def test_extraction_failure_keeps_the_document_and_fails_the_run(tmp_path: Path) -> None:
    # Over the extractor's 2,000,000-character limit for one report, under the input limit.
    paragraph = "The army said it repelled an attack near the river on Monday. " * 50 + "\n\n"
    big = tmp_path / "digest.txt"
    big.write_text(paragraph * (2_000_000 // len(paragraph) + 1), encoding="utf-8")
    small = tmp_path / "note.txt"
    small.write_text(WIRE_STORY, encoding="utf-8")
    db = str(tmp_path / "f.db")
    code, out, err = run_cli("ingest", str(big), str(small), "--db", db, "--json")
    summary = json.loads(out)
    assert code == 1
    assert (summary["new"], summary["not_extracted"], summary["rejected"]) == (2, 1, 0)
    assert err.splitlines()[0].startswith("W120 digest: stored, but extraction failed: ")
    with Store.open(db) as store:
        stored = store.get_document("digest")
        assert stored is not None and stored.claims == [] and stored.extractor_version is None
        assert list(store.documents_needing_reextract(PIPELINE_VERSION)) == ["digest"]
