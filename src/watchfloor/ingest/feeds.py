"""RSS and Atom feeds, with feedparser: each entry becomes one report.

feedparser reads every RSS and Atom dialect in use and survives broken feeds with its
loose parser; an entry's content (or summary) is the report, stripped of HTML, the feed's
title is the publisher, the entry's link its URL.

Two hazards are handled before feedparser sees the bytes:

* feedparser treats a *string* that looks like a URL or a file path as something to fetch
  or open, so the data always goes in as a byte stream (``io.BytesIO``);
* an XML entity bomb ("billion laughs") is refused outright (W114) when the prolog declares
  entities. Expat's own amplification limit stops the strict parse, but feedparser then
  falls back to its loose parser and yields entries holding unexpanded entity names; a
  feed has no business declaring entities, so refusing is both safer and clearer.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from watchfloor.errors import W102, W105, W107, W114, Rejected, WatchfloorError
from watchfloor.ingest.draft import Draft, normalize_date
from watchfloor.ingest.html import fragment_to_text

_PROLOG_BYTES = 65_536
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[(?P<subset>.*?)\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


def refuse_entity_declarations(data: bytes) -> None:
    """Refuse (W114) XML whose document type declares entities.

    Only the prolog (before the root element) can declare entities, so only the first
    64 KiB are searched; an unclosed internal subset there is refused too.
    """
    head = data[:_PROLOG_BYTES]
    if head.lower().find(b"<!doctype") < 0:
        return
    m = _DOCTYPE_SUBSET.search(head)
    subset = m.group("subset") if m else head
    count = len(_ENTITY_DECL.findall(subset))
    if count:
        plural = "s" if count != 1 else ""
        raise WatchfloorError(W114, detail=f"{count} <!ENTITY> declaration{plural}")


def read_feed(data: bytes, origin: str, *, url: str | None = None) -> Iterator[Draft | Rejected]:
    """Yield one :class:`Draft` per feed entry, or a ``Rejected`` for an unusable entry.

    Args:
        data: the feed's bytes (feedparser finds the encoding from the XML declaration).
        origin: the feed's name for messages; entry ``i`` is reported as ``origin#i``.
        url: where the feed came from, to resolve relative entry links.

    Raises:
        WatchfloorError: W114 for declared entities; W107 when nothing parses as a feed.
    """
    refuse_entity_declarations(data)
    headers = {"content-location": url} if url else None
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except UnicodeError as exc:  # feedparser's encoding sniffer gives up on some bytes
        raise WatchfloorError(W105, encoding="XML", detail=str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - any parser failure means the feed is unusable
        raise WatchfloorError(W107, detail=f"{type(exc).__name__}: {exc}") from None
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise WatchfloorError(W107, detail=str(problem) or type(problem).__name__)
        raise WatchfloorError(W107, detail="no entries in the feed")
    feed = parsed.get("feed") or {}
    publisher = feed.get("title") or None
    for number, entry in enumerate(entries, 1):
        text = _entry_text(entry)
        if not text:
            yield W102.reject(f"{origin}#{number}", detail="entry has no text")
            continue
        link = entry.get("link") or None
        yield Draft(
            text=text,
            fallback_id=entry.get("id") or link or f"{origin}#{number}",
            url=link,
            title=entry.get("title") or None,
            publisher=publisher,
            published=_entry_date(entry),
        )


def _entry_text(entry: Any) -> str:
    """The longest of the entry's contents and summary, as plain text."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        candidates.append((content.get("value") or "", content.get("type") or "text/html"))
    detail = entry.get("summary_detail") or {}
    if entry.get("summary"):
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    best = ""
    for value, kind in candidates:
        text = fragment_to_text(value) if "html" in kind else value.strip()
        if len(text) > len(best):
            best = text
    return best


def _entry_date(entry: Any) -> str | None:
    """The entry's date as its publisher wrote it (local date), else feedparser's UTC one."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            date = normalize_date(raw)
            if date and date[:4].isdigit() and len(date) == 10:
                return date
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None
