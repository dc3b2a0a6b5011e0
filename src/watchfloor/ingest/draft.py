"""What every reader hands back (a :class:`Draft`) and how it becomes a ``Document``.

Readers know their format; they do not know the batch. Filling a missing ``published`` from
the dateline, applying the user's defaults, and guessing the language are the same for a
text file, a feed entry and a WARC record, so they happen once, here, in :func:`finish`.

Precedence, field by field (first that gives a value wins):

* ``published``: the input's own metadata (front matter, JSON field, HTML/feed/WARC date),
  then a dateline with a full date in the text, then ``defaults["published"]``. The text's
  own date is the report's dateline; a batch default is only a fallback.
* ``publisher``: metadata, then ``defaults["publisher"]``, then the wire the text credits
  ("Korea Bizwire (Yonhap)"): the credit names the origin, which is a weaker guess at the
  outlet than anything the user said.
* ``id``: metadata, then ``defaults["id"]`` for a source that is one document (a named file,
  stdin, a page URL), then the reader's fallback (file name without extension).
* ``language``: metadata a person curated (front matter, JSON) is trusted; scraped
  metadata (HTML ``lang``, feed language) is often a site-wide default, so the text decides.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

from watchfloor.extract.datelines import find_dateline, parse_date_text
from watchfloor.ingest.language import detect_language
from watchfloor.model import Document

_ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")
_LANG_TAG = re.compile(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")


@dataclass(frozen=True, slots=True)
class Options:
    """The caller's settings for one :func:`~watchfloor.ingest.iter_documents` call."""

    defaults: dict[str, Any] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)
    allow_private: bool = False
    max_bytes: int = 10_000_000


@dataclass(slots=True)
class Draft:
    """A document as a reader found it, before defaults, dateline and language are applied.

    ``fallback_id`` is the id to use when neither the input nor the defaults give one;
    ``single`` says the source is one document, so that ``defaults["id"]`` may apply.
    """

    text: str
    fallback_id: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: Any = None
    language: str | None = None
    language_trusted: bool = False
    single: bool = False


def finish(draft: Draft, defaults: dict[str, Any] | None = None) -> Document:
    """Turn a :class:`Draft` into a ``Document``, filling what it lacks (see module doc)."""
    defaults = defaults or {}
    published = normalize_date(draft.published)
    publisher = _clean(draft.publisher) or _clean(defaults.get("publisher"))
    if published is None or publisher is None:
        dateline = find_dateline(draft.text)
        if dateline is not None:
            published = published or dateline.date
            publisher = publisher or dateline.channel
    if published is None:
        published = normalize_date(defaults.get("published"))
    doc_id = _clean(draft.id)
    if doc_id is None and draft.single:
        doc_id = _clean(defaults.get("id"))
    language = language_code(draft.language) if draft.language_trusted else None
    return Document(
        text=draft.text,
        id=doc_id or draft.fallback_id,
        url=_clean(draft.url),
        title=_clean(draft.title),
        publisher=publisher,
        published=published,
        language=language or detect_language(draft.text),
    )


def normalize_date(value: Any) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a date given as a date, an ISO string, RFC 2822 or words.

    The date is read as written, in the publisher's own time zone: a report stamped
    ``2025-03-27T08:00+09:00`` is dated 27 March, as its dateline says, not 26 March UTC.
    A value that cannot be read is kept as written rather than silently dropped.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_PREFIX.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return text
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return parse_date_text(text) or text


def language_code(value: Any) -> str | None:
    """The primary subtag of a language tag, lower case: ``"en-US"`` -> ``"en"``."""
    if value is None:
        return None
    m = _LANG_TAG.match(str(value))
    return m.group(1).lower() if m else None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
