"""Property tests: no input bytes make ingestion raise, and every offset stays grounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchfloor.errors import ERRORS
from watchfloor.ingest import Rejected, find_dateline, iter_documents
from watchfloor.model import Document

EXTENSIONS = [".txt", ".md", ".html", ".jsonl", ".json", ".xml", ".rss", ".atom", ".warc",
              ".warc.gz", ".bin", ""]
# Prefixes that steer random bytes into each reader's deeper paths.
PREFIXES = [b"", b"---\nid: x\n---\n", b"<html><body><p>", b'{"text": "', b"[", b"WARC/1.0\r\n",
            b"\x1f\x8b\x08\x00", b'<?xml version="1.0"?><rss><channel><item><description>',
            b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"\xef\xbb\xbf", b"\xff\xfe"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("arbitrary")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600),
       ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_raise(folder: Path, prefix: bytes, body: bytes, ext: str) -> None:
    path = folder / f"input{ext}"
    path.write_bytes(prefix + body)
    items = list(iter_documents([str(path)], max_bytes=4096))
    assert items, "every input gives at least a document or a rejection"
    for item in items:
        assert isinstance(item, Document | Rejected)
        if isinstance(item, Rejected):
            assert item.code in ERRORS and "\n" not in str(item)
        else:
            assert item.text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("SEOUL, March27(Yonhap)—-\n\u2028 .0123KABULab")),
               max_size=200))
def test_dateline_spans_are_grounded(text: str) -> None:
    found = find_dateline(text)
    if found is None:
        return
    for part in (found.span, found.place, found.region, found.date_span, found.credit,
                 found.end_credit):
        if part is not None:
            assert text[part.start : part.end] == part.text
