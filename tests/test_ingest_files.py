"""Local sources: text with front matter, directories, globs, stdin, JSONL and JSON."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from watchfloor.ingest import Rejected, iter_documents
from watchfloor.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _docs(items: list) -> list[Document]:
    return [d for d in items if isinstance(d, Document)]


def _rejected(items: list) -> list[Rejected]:
    return [r for r in items if isinstance(r, Rejected)]


def test_front_matter_gives_metadata_and_body_is_kept_exactly() -> None:
    path = FIXTURES / "front-matter.md"
    (doc,) = list(iter_documents([str(path)]))
    raw = path.read_text("utf-8")
    body = raw[raw.index("---\nSEOUL") + 4 :]
    assert doc.text == body
    assert doc.text.startswith("SEOUL, March 27 (Harbor Wire)")
    assert (doc.id, doc.published, doc.publisher, doc.language) == (
        "jcs-update-2025-03-27", "2025-03-27", "Harbor Wire", "en")
    assert doc.title == "Military says more troops sent north"
    assert doc.url == "https://news.example.org/2025/03/27/troops"


def test_text_without_front_matter_takes_file_stem_and_dateline_date() -> None:
    (doc,) = list(iter_documents([str(FIXTURES / "dateline-only.txt")]))
    assert doc.id == "dateline-only"
    assert doc.published == "2011-02-08"
    assert doc.text == (FIXTURES / "dateline-only.txt").read_text("utf-8")


def test_wire_credits_fill_publisher_but_month_day_dateline_does_not_fill_published() -> None:
    (doc,) = list(iter_documents([str(FIXTURES / "wire-credit.txt")]))
    assert doc.publisher == "Coast Bulletin (Yonhap)"
    assert doc.published is None


def test_defaults_fill_only_what_the_file_lacks() -> None:
    defaults = {"published": "2020-01-01", "publisher": "Batch Desk", "id": "given-id"}
    front, dated, credited = list(iter_documents(
        [str(FIXTURES / n) for n in ("front-matter.md", "dateline-only.txt", "wire-credit.txt")],
        defaults=defaults,
    ))
    assert (front.published, front.publisher, front.id) == (
        "2025-03-27", "Harbor Wire", "jcs-update-2025-03-27")
    # The text's own full-date dateline beats a batch default date; the default id applies
    # to a file named on its own (a source that is one document).
    assert (dated.published, dated.publisher, dated.id) == ("2011-02-08", "Batch Desk",
                                                            "given-id")
    # ... but a user's publisher beats a wire credit, and a default date fills a gap.
    assert (credited.publisher, credited.published) == ("Batch Desk", "2020-01-01")


def test_bom_is_removed_and_offsets_start_at_the_text() -> None:
    (doc,) = list(iter_documents([str(FIXTURES / "bom.txt")]))
    assert doc.text.startswith("BOM-LED report")
    assert doc.id == "bom"


def test_directory_walk_is_sorted_recursive_and_reads_every_known_kind(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.txt").write_text("The army said the second report was filed.\n")
    (tmp_path / "one.md").write_text("The army said the first report was filed.\n")
    (tmp_path / ".hidden" / "skip.txt").write_text("Never read: hidden folder.\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not read: unknown kind in a walk")
    items = list(iter_documents([str(tmp_path)]))
    # A folder's files come before its subfolders; each level in sorted order.
    assert [d.id for d in _docs(items)] == ["one", "b/two"]
    assert not _rejected(items)


def test_fixture_directory_yields_every_good_fixture_without_rejections() -> None:
    items = list(iter_documents([str(FIXTURES)], mapping=None))
    # mapped.jsonl needs a mapping, so its only line is the one rejection.
    rejected = _rejected(items)
    assert [r.origin.endswith("mapped.jsonl:1") for r in rejected] == [True]
    assert rejected[0].code == "W109"
    ids = {d.id for d in _docs(items)}
    assert {"jcs-update-2025-03-27", "c-1", "c-2", "j-1", "j-2", "french", "korean",
            "lakeside-2024-11-02-drones", "https://gazette.example.org/convoy"} <= ids


def test_glob_and_duplicates_are_read_once() -> None:
    pattern = str(FIXTURES / "*.txt")
    items = list(iter_documents([pattern, str(FIXTURES / "bom.txt")]))
    ids = [d.id for d in _docs(items)]
    assert ids == sorted(ids)
    assert ids.count("bom") == 1
    assert "dateline-only" in ids and "french" in ids


def test_glob_matching_nothing_and_missing_path_are_w112(tmp_path: Path) -> None:
    items = list(iter_documents([str(tmp_path / "*.nothing"), str(tmp_path / "missing.txt")]))
    assert [r.code for r in items] == ["W112", "W112"]
    missing = tmp_path / "missing.txt"
    assert str(items[1]) == f"W112 {missing}: not found: no such file, directory or URL"


def test_non_english_documents_are_yielded_with_their_language() -> None:
    docs = _docs(list(iter_documents([str(FIXTURES / "french.txt"), str(FIXTURES / "korean.txt")])))
    assert [(d.id, d.language) for d in docs] == [("french", "fr"), ("korean", "ko")]


def test_jsonl_fields_language_detection_and_fallback_ids() -> None:
    docs = _docs(list(iter_documents([str(FIXTURES / "corpus.jsonl")])))
    assert [d.id for d in docs] == ["c-1", "c-2", "corpus:4"]
    first, second, third = docs
    assert (first.url, first.title, first.publisher, first.published, first.language) == (
        "https://example.org/c/1", "Drones downed", "Example Daily", "2024-11-02", "en")
    assert (second.published, second.publisher) == ("2024-11-03", "Lakeside Post")
    assert third.language == "fr"


def test_jsonl_mapping_renames_columns() -> None:
    mapping = {"id": "doc", "text": "body", "published": "date", "publisher": "source"}
    (doc,) = list(iter_documents([str(FIXTURES / "mapped.jsonl")], mapping=mapping))
    assert (doc.id, doc.published, doc.publisher) == ("m-1", "2024-05-10", "Port Gazette")
    assert doc.text.startswith("The navy said it tracked four warships")


def test_json_list_file() -> None:
    docs = list(iter_documents([str(FIXTURES / "docs.json")]))
    assert [(d.id, d.published) for d in docs] == [("j-1", "2023-07-14"), ("j-2", "2023-07-15")]


def test_jsonl_streams_and_caps_each_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    good = json.dumps({"id": "small", "text": "The army said the patrol returned safely."})
    huge = json.dumps({"id": "huge", "text": "word " * 5000})
    path.write_text(f"{good}\n{huge}\n{good.replace('small', 'after')}\n")
    items = list(iter_documents([str(path)], max_bytes=2000))
    assert [getattr(i, "id", None) or i.code for i in items] == ["small", "W104", "after"]
    assert items[1].origin == f"{path}:2"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_single_text_document_with_front_matter(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, (FIXTURES / "front-matter.md").read_bytes())
    (doc,) = list(iter_documents(["-"]))
    assert doc.id == "jcs-update-2025-03-27"


def test_stdin_text_takes_default_id(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"The army said the patrol returned safely on Monday.\n")
    (doc,) = list(iter_documents(["-"], defaults={"id": "piped", "published": "2024-02-02"}))
    assert (doc.id, doc.published) == ("piped", "2024-02-02")


def test_stdin_jsonl_when_first_line_is_an_object(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = b"\n" + (FIXTURES / "corpus.jsonl").read_bytes() + b"not json at all\n"
    _stdin(monkeypatch, lines)
    items = list(iter_documents(["-"]))
    assert [getattr(i, "id", None) for i in items[:3]] == ["c-1", "c-2", "stdin:5"]
    assert isinstance(items[3], Rejected)
    assert str(items[3]).startswith("W109 <stdin>:6: JSON record unusable: not JSON")


def test_stdin_over_the_limit_is_w104(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"The army said so. " * 100)
    (item,) = list(iter_documents(["-"], max_bytes=500))
    assert item.code == "W104"


def test_unknown_extension_is_sniffed_when_named(tmp_path: Path) -> None:
    html = tmp_path / "page"
    html.write_bytes((FIXTURES / "page.html").read_bytes())
    text = tmp_path / "statement.eml"
    text.write_text("The ministry said the border crossing would reopen on Friday.\n")
    docs = _docs(list(iter_documents([str(html), str(text)])))
    assert [d.id for d in docs] == ["page", "statement"]
    assert docs[0].publisher == "Port Gazette"
    assert docs[1].text.startswith("The ministry said")


def test_other_url_schemes_are_refused() -> None:
    items = list(iter_documents(["ftp://example.org/report.txt", "file:///etc/hostname"]))
    assert [r.code for r in items] == ["W110", "W110"]


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeffThe ministry said 12 drones were downed.\n".encode("utf-16-le"))
    (doc,) = list(iter_documents([str(path)]))
    assert doc.text == "The ministry said 12 drones were downed.\n"


def test_front_matter_datetime_keeps_the_local_date(tmp_path: Path) -> None:
    path = tmp_path / "late.md"
    path.write_text("---\npublished: 2025-03-27T01:00:00+09:00\n---\nThe army said so.\n")
    (doc,) = list(iter_documents([str(path)]))
    assert (doc.published, doc.text) == ("2025-03-27", "The army said so.\n")


def test_markdown_rules_are_not_front_matter(tmp_path: Path) -> None:
    text = "---\nThe army said the drill ended.\n---\nMore text follows the rule.\n"
    path = tmp_path / "rules.md"
    path.write_text(text)
    (doc,) = list(iter_documents([str(path)]))
    assert doc.text == text
