"""The ``watchfloor extract`` and ``watchfloor eval`` commands as a user runs them.

Reports here are written for the tests. Each test checks what reaches stdout and stderr and
the exit status, since other tools call the command exactly so (issue: claim extraction).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor.cli import app

REPORT = (
    "SEOUL, June 3 (Test Wire) -- North Korea fired two short-range ballistic missiles into the East Sea "
    "on Sunday, South Korea's Joint Chiefs of Staff said.\n"
    "The JCS said the North also appears to have sent about 2,000 more troops to Russia last month.\n"
)
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _claims(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_file_prints_one_grounded_claim_a_line(runner, tmp_path):
    path = tmp_path / "launch-report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-06-03"])
    assert result.exit_code == 0, result.output
    claims = _claims(result.stdout)
    by_type = {c["type"]: c for c in claims}
    assert set(by_type) >= {"LAUNCH", "DEPLOY"}
    launch = by_type["LAUNCH"]
    assert launch["doc_id"] == "launch-report"
    assert launch["actor"] == "PRK" and launch["quantity"]["value"] == 2
    assert launch["time"]["start"] == "2025-06-01"
    assert launch["source"]["entity"].startswith("KOR.MIL")
    deploy = by_type["DEPLOY"]
    assert deploy["recipient"] == "RUS" and deploy["quantity"]["approx"] == "about"
    assert deploy["quantity"]["basis"] == "increment" and deploy["modality"] == "hedged"
    assert deploy["time"] == {"start": "2025-05-01", "end": "2025-05-31", "text": "last month"}
    for claim in claims:
        ev = claim["evidence"]
        assert REPORT[ev["start"] : ev["end"]] == ev["text"]


def test_extract_stdin_takes_id_and_publisher(runner):
    result = runner.invoke(
        app, ["extract", "-", "--id", "wire-1", "--publisher", "Test Wire", "--published", "2025-06-03"], input=REPORT
    )
    assert result.exit_code == 0, result.output
    claims = _claims(result.stdout)
    assert claims and {c["doc_id"] for c in claims} == {"wire-1"}
    assert all(c["channel"] and c["channel"].startswith("Test Wire") for c in claims)


def test_extract_jsonl_uses_each_documents_id_and_dateline(runner, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    docs = [
        {"id": "a", "published": "2025-06-03", "text": REPORT},
        {
            "id": "b",
            "published": "2024-01-10",
            "text": "Russian forces shelled Kherson on Tuesday, killing two civilians.",
        },
    ]
    corpus.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    claims = _claims(result.stdout)
    assert {c["doc_id"] for c in claims} == {"a", "b"}
    shelling = [c for c in claims if c["doc_id"] == "b" and c["type"] in ("ATTACK", "CASUALTY")]
    assert shelling and all(c["time"]["start"] == "2024-01-09" for c in shelling)


def test_bad_input_gets_one_line_and_the_batch_goes_on(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(binary), str(good), str(empty), "--published", "2025-06-03"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 2
    assert any("photo.txt" in line for line in errors) and any("empty.txt" in line for line in errors)
    assert {c["doc_id"] for c in _claims(result.stdout)} == {"good"}


def test_an_extractor_fault_on_one_report_is_one_line_and_the_batch_goes_on(runner, tmp_path, monkeypatch):
    """A bug the extractor hits on one report must not cost the others, nor print a traceback."""
    import watchfloor.cli as cli

    real = cli.extract_document

    def faulty(document):
        if document.id == "cursed":
            raise KeyError("no such lexicon entry")
        return real(document)

    monkeypatch.setattr(cli, "extract_document", faulty)
    for name in ("cursed", "good"):
        (tmp_path / f"{name}.txt").write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "cursed.txt"), str(tmp_path / "good.txt"),
                                 "--published", "2025-06-03"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("W120 cursed:") and "KeyError" in errors[0]
    assert {c["doc_id"] for c in _claims(result.stdout)} == {"good"}


def test_table_format_names_the_claims(runner, tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-06-03", "--format", "table"])
    assert result.exit_code == 0
    assert "LAUNCH" in result.stdout and "DEPLOY" in result.stdout and "PRK" in result.stdout


def test_non_english_report_is_reported_not_extracted(runner, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(
        "---\nlanguage: fr\n---\nLa Corée du Nord a tiré deux missiles balistiques dimanche, selon l'armée du Sud.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(path), "--published", "2025-06-03"])
    assert result.exit_code == 0
    assert result.stdout.strip() == ""
    assert "W113" in result.stderr and "fr" in result.stderr


def test_eval_prints_scores_and_every_error(runner):
    gold = ROOT / "tests" / "golden" / "reports" / "iran-israel-barrage-2024-04-14.gold.json"
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    for word in ("Precision", "Recall", "F1", "actor", "modality", "Misses", "False positives"):
        assert word in result.stdout
    as_json = runner.invoke(app, ["eval", str(gold), "--json"])
    report = json.loads(as_json.stdout)
    assert 0.0 <= report["f1"] <= 1.0 and report["gold"] > 0


def test_eval_names_an_unreadable_gold_file_in_one_line_and_scores_the_rest(runner, tmp_path):
    gold = ROOT / "tests" / "golden" / "reports" / "iran-israel-barrage-2024-04-14.gold.json"
    notes = tmp_path / "notes.json"
    notes.write_text("These are my notes on the barrage, not gold.\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(notes), str(gold), str(tmp_path / "missing.json")])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "notes.json" in errors[0] and "not JSON" in errors[0]
    assert "missing.json" in errors[1] and "FileNotFoundError" in errors[1]
    assert "Traceback" not in result.output
    assert "Documents: 1" in result.stdout and "F1" in result.stdout


def test_eval_on_seed_meets_the_issue_floor(runner):
    seed = SHARED / "gold" / "seed.json"
    if not seed.exists():
        pytest.skip("../shared is not available")
    report = json.loads(runner.invoke(app, ["eval", str(seed), "--json"]).stdout)
    assert report["f1"] >= 0.95
    assert all(field["accuracy"] >= 0.9 for field in report["fields"].values())
