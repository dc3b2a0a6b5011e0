"""The reading commands over a store: ``docs``, ``search``, ``show``, ``stats``, ``reextract``.

One small store is built per backend from reports written here and the ingest fixtures;
each command is checked for what a user relies on: paging, full-text hits, the evidence of
each claim marked in the shown text, counts that agree with the store, and re-extraction
that brings old claims to the current extractor and leaves current ones alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.main import get_command

from corpus_samples import WIRE_STORY, generated_reports, run_cli, write_jsonl
from watchfloor import cli_corpus
from watchfloor.cli_corpus import highlight_claims
from watchfloor.extract.pipeline import PIPELINE_VERSION
from watchfloor.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture
def filled(tmp_path: Path, store_url: str) -> str:
    """A store holding 12 generated reports, a wire story and two non-English texts."""
    write_jsonl(tmp_path / "in" / "reports.jsonl", generated_reports(12))
    (tmp_path / "in" / "harbor.txt").write_text(WIRE_STORY, encoding="utf-8")
    for name in ("french.txt", "korean.txt"):
        (tmp_path / "in" / name).write_bytes((FIXTURES / name).read_bytes())
    code, _, _ = run_cli("ingest", str(tmp_path / "in"), "--db", store_url, "--published", "2025-06-03")
    assert code == 0
    return store_url


def test_docs_pages_most_recent_first(filled: str) -> None:
    _, out, _ = run_cli("docs", "--db", filled, "--json", "--limit", "100")
    everything = [d["doc_id"] for d in json.loads(out)]
    assert len(everything) == 15
    # A folder is read in name order: french.txt was stored first, the last report last.
    assert (everything[0], everything[-1]) == ("gen-0011", "french")
    _, out, _ = run_cli("docs", "--db", filled, "--json", "--limit", "4", "--offset", "3")
    assert [d["doc_id"] for d in json.loads(out)] == everything[3:7]
    code, out, _ = run_cli("docs", "--db", filled, "--limit", "3")
    assert code == 0 and everything[0] in out and everything[3] not in out


def test_search_finds_the_story_by_its_words(filled: str) -> None:
    _, out, _ = run_cli("search", '"fuel terminal" warehouses', "--db", filled, "--json")
    hits = json.loads(out)
    assert [h["doc_id"] for h in hits] == ["harbor"]
    assert "[" in hits[0]["snippet"]  # matched words are marked
    _, out, _ = run_cli("search", "warehouses -terminal", "--db", filled, "--json")
    assert json.loads(out) == []
    code, out, _ = run_cli("search", "fuel terminal", "--db", filled)
    assert code == 0 and "harbor" in out and "1 hit(s)" in out


def test_show_marks_each_claims_evidence_in_the_text(filled: str) -> None:
    _, out, _ = run_cli("show", "harbor", "--db", filled, "--json")
    shown = json.loads(out)
    claims = shown["claims"]
    assert claims, "the wire story yields claims"
    text = shown["text"]
    for claim in claims:
        ev = claim["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
    code, out, _ = run_cli("show", "harbor", "--db", filled)
    assert code == 0
    assert f"{len(claims)} claim(s)" in out
    first = claims[0]["evidence"]
    # The marker follows the evidence's last words in the printed text.
    assert f"{first['text'].split()[-1]}[1]" in out.replace("\n", " ")
    code, _, err = run_cli("show", "no-such-doc", "--db", filled)
    assert code == 1 and "no-such-doc" in err


def test_stats_agree_with_the_store(filled: str) -> None:
    _, out, _ = run_cli("stats", "--db", filled, "--json")
    stats = json.loads(out)
    with Store.open(filled) as store:
        stored_claims = sum(1 for _ in store.iter_claims())
    assert (stats["documents"], stats["clusters"], stats["non_english"]) == (15, 15, 2)
    assert stats["claims"] == stored_claims > 0
    assert stats["by_language"] == {"en": 13, "fr": 1, "ko": 1}
    assert stats["by_extractor_version"] == {PIPELINE_VERSION: 13, "null": 2}
    code, out, _ = run_cli("stats", "--db", filled)
    assert code == 0 and "documents" in out and "15" in out


def test_reextract_brings_old_claims_to_the_current_version(filled: str) -> None:
    with Store.open(filled) as store:
        before = store.get_document("harbor")
        assert before is not None and before.claims
        store.replace_claims("harbor", before.claims[:1], extractor_version="wf-extract-0")
        store.replace_claims("gen-0003", [], extractor_version="wf-extract-0")
    code, out, _ = run_cli("reextract", "--db", filled, "--json")
    summary = json.loads(out)
    assert code == 0
    assert (summary["checked"], summary["updated"], summary["non_english"]) == (4, 2, 2)
    assert summary["claims_before"] == 1 and summary["version"] == PIPELINE_VERSION
    with Store.open(filled) as store:
        after = store.get_document("harbor")
        assert after.extractor_version == PIPELINE_VERSION
        assert [c.to_dict() for c in after.claims] == [c.to_dict() for c in before.claims]
        assert store.get_document("gen-0003").claims
    # Nothing left to do but the non-English texts, which are never extracted.
    _, out, _ = run_cli("reextract", "--db", filled, "--json", "--workers", "2")
    again = json.loads(out)
    assert (again["checked"], again["updated"], again["non_english"]) == (2, 0, 2)


def test_highlight_marks_overlapping_evidence() -> None:
    text = "Shelling killed three civilians on Sunday, officials said."
    rendered = highlight_claims(text, [(0, 41), (9, 31)])
    assert rendered.plain == "Shelling killed three civilians[2] on Sunday[1], officials said."
    styled = {(s.start, s.end) for s in rendered.spans if s.style}
    assert (0, 9) in styled and (9, 31) in styled


def test_every_corpus_command_and_option_is_documented() -> None:
    app = typer.Typer()
    cli_corpus.register(app)
    group = get_command(app)
    text = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text("utf-8")
    for name, command in group.commands.items():
        match = re.search(rf"^### `watchfloor {name}`\n(.*?)(?=^#|\Z)", text, re.S | re.M)
        assert match, f"docs/cli.md has no section for `watchfloor {name}`"
        section = match.group(1)
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in section, f"`watchfloor {name}` option {opt} is not documented"
