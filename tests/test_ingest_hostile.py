"""Broken and hostile inputs: each gives its exact code, and the batch around it goes on.

Committed inputs live in ``tests/fixtures/hostile/`` (table: ``golden/hostile_cases.yaml``);
the large or derived ones (a file past the size limit, a truncated WARC, absurd markup) are
made here, in a temporary folder, so that nothing large is committed.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from watchfloor.ingest import Rejected, iter_documents
from watchfloor.model import Document

HERE = Path(__file__).parent
HOSTILE = HERE / "fixtures" / "hostile"
GOOD = HERE / "fixtures" / "ingest"
CASES = yaml.safe_load((HERE / "golden" / "hostile_cases.yaml").read_text("utf-8"))
GOOD_BEFORE = GOOD / "front-matter.md"
GOOD_AFTER = GOOD / "feed.atom"


def _batch(bad: list[str], **kwargs: object) -> tuple[list[Document], list[Rejected]]:
    """Read good, bad..., good; check the good ones come through in place; return the middle."""
    items = list(iter_documents([str(GOOD_BEFORE), *bad, str(GOOD_AFTER)], **kwargs))
    assert isinstance(items[0], Document) and items[0].id == "jcs-update-2025-03-27"
    assert [getattr(d, "id", None) for d in items[-2:]] == [
        "urn:example:coast-bulletin:1", "urn:example:coast-bulletin:2"]
    middle = items[1:-2]
    for item in middle:
        assert "\n" not in str(item)
    return ([d for d in middle if isinstance(d, Document)],
            [r for r in middle if isinstance(r, Rejected)])


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_hostile_fixture(case: dict) -> None:
    docs, rejected = _batch([str(HOSTILE / case["file"])])
    assert len(docs) == case.get("documents", 0)
    got = [(r.origin.rsplit("/", 1)[-1], r.code) for r in rejected]
    assert got == [tuple(pair) for pair in case["rejects"]]
    for r in rejected:
        assert str(r).startswith(f"{r.code} {r.origin}: ")


def test_every_hostile_fixture_is_in_the_table() -> None:
    listed = {c["file"] for c in CASES}
    assert {p.name for p in HOSTILE.iterdir()} == listed


def test_binary_message_is_one_readable_line() -> None:
    _, (rejected,) = _batch([str(HOSTILE / "binary.bin")])
    assert str(rejected) == (f"W103 {HOSTILE / 'binary.bin'}: binary content (NUL bytes), "
                             "not a text report")


def test_alias_bomb_front_matter_is_ignored_not_expanded() -> None:
    docs, _ = _batch([str(HOSTILE / "yaml-alias-bomb.md")])
    assert docs[0].title is None
    assert docs[0].text.startswith("A report whose front matter tries an alias bomb")


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as out:
        out.truncate(50_000_001)  # sparse: 50 MB on paper, nothing on disk
    _, (rejected,) = _batch([str(huge)])
    assert rejected.code == "W104"
    assert rejected.reason == "50,000,001 bytes, over the limit of 10,000,000 bytes"


def test_truncated_warc_keeps_whole_records_and_reports_the_cut(tmp_path: Path) -> None:
    whole = (GOOD / "pages.warc.gz").read_bytes()
    for cut, kept in ((len(whole) - 200, 2), (len(whole) // 2, 1), (120, 0)):
        path = tmp_path / f"cut-{cut}.warc.gz"
        path.write_bytes(whole[:cut])
        docs, rejected = _batch([str(path)])
        assert len(docs) == kept, cut
        assert [r.code for r in rejected][-1:] == ["W108"], cut
        assert all(d.url and d.url.startswith("https://gazette.example.org/") for d in docs)


def test_deeply_nested_and_attribute_bomb_html_fail_fast(tmp_path: Path) -> None:
    nested = tmp_path / "nested.html"
    nested.write_text("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000)
    attrs = tmp_path / "attrs.html"
    attrs.write_text("<html><body><p " + " ".join(f"a{i}=x" for i in range(50_000)) + ">hi</p>")
    tags = tmp_path / "tags.html"
    tags.write_text("<html><body>" + "<i>x</i>" * 150_000 + "</body></html>")
    started = time.monotonic()
    _, rejected = _batch([str(nested), str(attrs), str(tags)])
    assert [r.code for r in rejected] == ["W106", "W106", "W106"]
    assert "attributes" in rejected[1].reason and "tags" in rejected[2].reason
    assert time.monotonic() - started < 10


def test_url_to_closed_port_and_private_url_in_a_batch() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    _, refused = _batch([f"http://127.0.0.1:{port}/report.html"])
    assert [r.code for r in refused] == ["W110"]  # loopback, and allow_private is off
    _, failed = _batch([f"http://127.0.0.1:{port}/report.html"], allow_private=True)
    assert [r.code for r in failed] == ["W111"]
