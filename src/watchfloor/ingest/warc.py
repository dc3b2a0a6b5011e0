"""Web archives (WARC, WARC.gz), with warcio: every archived HTML page becomes a report.

Crawls (Common Crawl, Heritrix, browsertrix, ``wget --warc-file``) store pages as WARC
``response`` records. Each one whose HTTP content type is HTML goes through the HTML
reader with the record's target URI as URL and, when the page declares no date, the
record's ``WARC-Date`` (the day it was captured, a late but honest bound). Feed responses
go through the feed reader.

warcio stops quietly at a truncated file: a cut gzip member or a record shorter than its
``Content-Length`` simply ends the iteration. Both are detected here (the last gzip
member never reached its end; a record's reader still expected bytes) and reported as
W108 after the records that were whole, which are kept.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from watchfloor.errors import W102, W104, W108, Rejected, WatchfloorError
from watchfloor.ingest.draft import Draft, normalize_date
from watchfloor.ingest.feeds import read_feed
from watchfloor.ingest.guards import decode_markup, parse_content_type
from watchfloor.ingest.html import read_html

_HEAD_BYTES = 4096
GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
     "text/xml"}
)


class _CheckedIterator(ArchiveIterator):
    """warcio's iterator, noting whether the last gzip member ended before its trailer."""

    truncated = False

    def close(self) -> None:
        reader = getattr(self, "reader", None)
        decompressor = getattr(reader, "decompressor", None)
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.truncated = True
        super().close()


def is_warc(head: bytes) -> bool:
    """Whether the first bytes look like a WARC file (a gzipped one is looked into).

    ``head`` should hold the first few kilobytes: a gzip member's header and the start of
    its deflate stream, enough to find ``WARC/`` after decompressing a few bytes.
    """
    if head.startswith(WARC_MAGIC):
        return True
    if not head.startswith(GZIP_MAGIC):
        return False
    try:
        inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, len(WARC_MAGIC))
    except zlib.error:
        return False
    return inner.startswith(WARC_MAGIC)


def read_warc(stream: BinaryIO, origin: str, max_bytes: int) -> Iterator[Draft | Rejected]:
    """Yield a :class:`Draft` per HTML (or feed) response record; record ``n`` is ``origin#n``.

    Raises:
        WatchfloorError: W108 when the stream is not a WARC at all.
    """
    head = stream.read(_HEAD_BYTES)
    stream.seek(0)
    if not is_warc(head):
        raise WatchfloorError(W108, detail="not a WARC file (no WARC/ header, plain or gzipped)")
    records = _CheckedIterator(stream)
    number = kept = 0
    iterator = iter(records)
    while True:
        try:
            with contextlib.redirect_stderr(io.StringIO()):  # warcio prints bad records there
                record = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on bad input
            detail = f"after {_records(number)}: {type(exc).__name__}: {exc}"
            yield W108.reject(origin, detail=detail)
            return
        number += 1
        where = f"{origin}#{number}"
        try:
            drafts = list(_read_record(record, where, max_bytes))
        except WatchfloorError as exc:
            yield exc.rejected(where)
            continue
        kept += len(drafts)
        yield from drafts
    if records.truncated:
        yield W108.reject(origin, detail=f"truncated gzip stream after {_records(number)}")
    elif number == 0:
        yield W108.reject(origin, detail="no WARC records")
    elif kept == 0:
        yield W102.reject(origin, detail="no HTML or feed responses")


def _read_record(record: object, where: str, max_bytes: int) -> Iterator[Draft | Rejected]:
    """The drafts of one record: none unless it is a successful HTML or feed response."""
    if getattr(record, "rec_type", None) != "response":
        return
    http = record.http_headers  # type: ignore[attr-defined]
    if http is None or not str(http.get_statuscode() or "").startswith("2"):
        return
    media, charset = parse_content_type(http.get_header("Content-Type") or "")
    if media not in HTML_TYPES and media not in FEED_TYPES:
        return
    headers = record.rec_headers  # type: ignore[attr-defined]
    uri = headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        raise WatchfloorError(W104, size=f"more than {max_bytes:,} bytes", limit=f"{max_bytes:,}")
    if getattr(record.raw_stream, "limit", 0) > 0:  # type: ignore[attr-defined]
        raise WatchfloorError(W108, detail="record shorter than its Content-Length")
    if media in FEED_TYPES:
        yield from read_feed(body, where, url=uri)
        return
    captured = normalize_date(headers.get_header("WARC-Date"))
    yield read_html(decode_markup(body, charset), url=uri, fallback_published=captured,
                    fallback_id=uri)


def _records(count: int) -> str:
    return f"{count} record" + ("" if count == 1 else "s")
