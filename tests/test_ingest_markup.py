"""HTML pages (trafilatura), RSS and Atom feeds (feedparser), and web archives (warcio)."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from watchfloor.ingest import Rejected, iter_documents
from watchfloor.ingest.html import fragment_to_text
from watchfloor.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_html_page_main_text_and_metadata() -> None:
    (doc,) = list(iter_documents([str(FIXTURES / "page.html")]))
    assert isinstance(doc, Document)
    assert doc.id == "page"
    assert doc.url == "https://gazette.example.org/2024/05/10/warships"
    assert doc.title == "Navy tracks warships in strait"
    assert doc.publisher == "Port Gazette"
    assert doc.published == "2024-05-10"
    assert "HARBOR CITY, May 10 (Port Gazette) — The navy said on Friday" in doc.text
    for boilerplate in ("Home", "Sports", "Copyright", "window.tracker", "font-family",
                        "Fishing season"):
        assert boilerplate not in doc.text


def test_rss_entries_become_documents() -> None:
    docs = list(iter_documents([str(FIXTURES / "feed.rss")]))
    assert [d.id for d in docs] == ["lakeside-2024-11-02-drones",
                                    "https://post.example.net/world/barrier"]
    first, second = docs
    assert first.text == "Air defences shot down 31 drones overnight, the air force said.\n" \
                         "Debris damaged two houses."
    assert (first.title, first.publisher, first.url) == (
        "Drones downed overnight", "Lakeside Post - World",
        "https://post.example.net/world/drones-downed")
    # 01:30 on 2 November in +09:00 is still 1 November in UTC: the local date is kept.
    assert first.published == "2024-11-02"
    # The full content wins over the teaser; the script is gone.
    assert second.text.startswith("Engineers extended the border barrier by another 12")
    assert "alert" not in second.text and "Short teaser" not in second.text


def test_atom_entries_become_documents() -> None:
    docs = list(iter_documents([str(FIXTURES / "feed.atom")]))
    assert [(d.id, d.url, d.published, d.publisher) for d in docs] == [
        ("urn:example:coast-bulletin:1", "https://bulletin.example.com/mines", "2025-03-04",
         "Coast Bulletin"),
        ("urn:example:coast-bulletin:2", "https://bulletin.example.com/drill", None,
         "Coast Bulletin"),
    ]
    assert docs[1].text == ("A ten-day naval drill involving 20 ships ended on Monday, "
                            "the navy said.")


def test_fragment_to_text_puts_blocks_on_lines() -> None:
    html = "<div>Intro<p>First  <b>bold</b>\n para.</p><ul><li>one</li><li>two</li></ul>" \
           "<script>x()</script>tail<br>end</div>"
    assert fragment_to_text(html) == "Intro\nFirst bold para.\none\ntwo\ntail\nend"
    assert fragment_to_text("plain   text") == "plain text"


def test_warc_fixture_pages_feed_and_dates() -> None:
    items = list(iter_documents([str(FIXTURES / "pages.warc.gz")]))
    assert all(isinstance(d, Document) for d in items)
    assert [(d.url, d.published) for d in items] == [
        ("https://gazette.example.org/2024/05/11/drill", "2024-05-11"),  # page's own date
        ("https://gazette.example.org/news/patrol-boats", "2024-05-14"),  # WARC-Date
        ("https://gazette.example.org/convoy", "2024-05-13"),  # feed entry in the archive
    ]
    assert items[0].publisher == "Port Gazette"
    assert items[0].text.startswith("Drill ends\nHARBOR CITY, May 11 (Port Gazette)")


def _warc(records: list[tuple[str, str, str, bytes]], gzip: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for uri, status, ctype, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2023-06-01T12:00:00Z"}))
    return out.getvalue()


PAGE = ("<html><head><title>Shelling</title></head><body><article><p>Shelling killed three "
        "civilians in the town on Sunday, regional officials said in a statement.</p>"
        "</article></body></html>")


def test_plain_warc_with_legacy_charset_and_per_record_limit(tmp_path: Path) -> None:
    korean = ("<html><head><meta charset='euc-kr'><title>t</title></head><body><p>"
              "국방부는 목요일 북한이 동해상으로 단거리 탄도미사일 두 발을 발사했다고 밝혔다."
              "</p></body></html>").encode("euc-kr")
    data = _warc([
        ("https://a.example/1", "200 OK", "text/html", PAGE.encode()),
        ("https://a.example/2", "200 OK", "text/html; charset=EUC-KR", korean),
        ("https://a.example/3", "200 OK", "text/html", PAGE.encode() + b"<!--" + b"x" * 5000),
    ], gzip=False)
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    items = list(iter_documents([str(path)], max_bytes=4000))
    assert isinstance(items[0], Document) and items[0].published == "2023-06-01"
    assert isinstance(items[1], Document) and items[1].language == "ko"
    assert isinstance(items[2], Rejected) and items[2].code == "W104"
    assert items[2].origin == f"{path}#3"
