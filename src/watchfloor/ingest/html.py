"""HTML pages to report text and metadata, with trafilatura; HTML fragments to plain text.

A news page is mostly not the report: navigation, related links, comments, cookie banners.
trafilatura is the best-kept open main-text extractor (it leads the published web
extraction benchmarks) and also reads the title, site name, author, canonical URL and
publication date from the markup, so one pass gives both. Its date search is restricted
to the page's own declarations (``extensive_search`` off), so that a copyright year or an
unrelated date in the footer never becomes the report's dateline.

lxml (under trafilatura) neither fetches external entities nor expands DTD entities in
HTML, and caps the tree depth, so hostile markup fails fast instead of hanging.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import use_config

from watchfloor.errors import W106, WatchfloorError
from watchfloor.ingest.draft import Draft

_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
_HAS_WORD = re.compile(r"[^\W\d_]{2,}")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_WHITESPACE = re.compile(r"\s+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{2,}")
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{4096}[^<>]*")
_MAX_TAG_ATTRIBUTES = 1000
# trafilatura spends ~40 µs per element; a news page has a few thousand, a long
# encyclopaedia page tens of thousands. Past this many "<" a page is refused, which bounds
# the worst case to a few seconds instead of a minute for 10 MB of empty <div>s.
_MAX_MARKS = 200_000
# Past this size (characters) the fallback extractors (readability, jusText) are skipped:
# news pages are far smaller, and on a hostile page they triple the time spent.
_FAST_ABOVE = 1_000_000
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "MAX_TREE_SIZE", "200000")  # refuse pages of absurd element counts
_CONFIG.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")


def read_html(
    text: str,
    *,
    url: str | None = None,
    fallback_published: str | None = None,
    fallback_id: str | None = None,
) -> Draft:
    """Extract the main text and metadata of one HTML page.

    Args:
        text: the decoded page.
        url: where the page came from; metadata's canonical URL wins over it.
        fallback_published: a date to use when the page declares none (a WARC-Date).
        fallback_id: the id when the page has no URL (the file name, for a local file).

    Raises:
        WatchfloorError: W106 when the markup yields no readable main text, has more than
            200,000 tags, or holds a tag with more than a thousand attributes (libxml2
            checks attributes for duplicates in quadratic time: 100,000 of them take a
            minute to parse).
    """
    marks = text.count("<")
    if marks > _MAX_MARKS:
        raise WatchfloorError(W106, detail=f"{marks:,} tags, over the limit of {_MAX_MARKS:,}")
    for tag in _LONG_TAG.finditer(text):
        if tag.group(0).count("=") > _MAX_TAG_ATTRIBUTES:
            raise WatchfloorError(
                W106, detail=f"a tag with more than {_MAX_TAG_ATTRIBUTES:,} attributes"
            )
    try:
        result = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            fast=len(text) > _FAST_ABOVE,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
            config=_CONFIG,
        )
    except (ValueError, etree.LxmlError, RecursionError) as exc:
        raise WatchfloorError(W106, detail=f"{type(exc).__name__}: {exc}") from None
    body = getattr(result, "text", None) if result is not None else None
    if not body or not _HAS_WORD.search(body):
        raise WatchfloorError(W106, detail="no readable main text in the page")
    page_url = getattr(result, "url", None) or url
    return Draft(
        text=body,
        fallback_id=fallback_id or page_url,
        url=page_url,
        title=getattr(result, "title", None),
        publisher=getattr(result, "sitename", None) or getattr(result, "author", None),
        published=getattr(result, "date", None) or fallback_published,
        language=None,
    )


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary), one line per block.

    Feed entries carry short, sanitized HTML; trafilatura's boilerplate removal would drop
    much of such a fragment, so this walks the tree itself: block elements and ``<br>`` end
    lines, scripts and styles are dropped, runs of spaces collapse, lines are trimmed and
    blank lines dropped, so paragraphs are one per line as in trafilatura's output.
    """
    fragment = _NOT_XML.sub("", fragment)  # lxml refuses control characters in text
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(fragment)
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        # Source line breaks are spaces in HTML; only blocks and <br> end a line.
        if tag != "pre":
            el.text = _WHITESPACE.sub(" ", el.text) if el.text else el.text
        el.tail = _WHITESPACE.sub(" ", el.tail) if el.tail else el.tail
        if tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
        if tag == "br" or tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()
