"""Full-text search over document titles and bodies, on either backend.

The index itself is made by the migrations: on SQLite an FTS5 table ``documents_fts``
(external content over ``documents``, Porter stemming, kept in step by triggers, so no code
path can store a document the index misses); on PostgreSQL a stored generated ``tsvector``
column ``documents.tsv`` (title weighted above body, ``english`` configuration) with a GIN
index. This module turns a user's query into each backend's syntax and runs it.

Both backends accept the same small query language, the one web search engines taught
everyone: words (all must match), ``"quoted phrases"``, ``OR`` between alternatives, and
``-word`` to exclude. Anything else is read as words, so no query raises a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

#: Marks around matched words in snippets, the same on both backends.
HIGHLIGHT = ("[", "]")
#: Words of context a snippet shows.
SNIPPET_WORDS = 24

_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")

_SQLITE_SEARCH = text(
    f"""
    SELECT d.id, d.title, d.published,
           snippet(documents_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', {SNIPPET_WORDS}),
           bm25(documents_fts, 2.0, 1.0) AS score
    FROM documents_fts JOIN documents AS d ON d.pk = documents_fts.rowid
    WHERE documents_fts MATCH :query
    ORDER BY score, d.pk
    LIMIT :limit
    """
)

_PG_OPTIONS = (
    f"StartSel={HIGHLIGHT[0]}, StopSel={HIGHLIGHT[1]}, MaxWords={SNIPPET_WORDS}, "
    "MinWords=8, MaxFragments=1"
)
# Rank in the inner query so that ts_headline, which re-parses the text, runs on the
# returned rows only.
_PG_SEARCH = text(
    f"""
    SELECT hit.id, hit.title, hit.published,
           ts_headline('english', hit.body, hit.q, '{_PG_OPTIONS}'),
           hit.score
    FROM (
        SELECT d.id, d.title, d.published, d.text AS body, q.q,
               ts_rank_cd(d.tsv, q.q) AS score, d.pk
        FROM documents AS d, websearch_to_tsquery('english', :query) AS q(q)
        WHERE d.tsv @@ q.q
        ORDER BY score DESC, d.pk
        LIMIT :limit
    ) AS hit
    ORDER BY hit.score DESC, hit.pk
    """
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One document matching a search, best first; ``rank`` grows with relevance."""

    doc_id: str
    title: str | None
    published: str | None
    snippet: str
    rank: float


def to_fts5_query(query: str) -> str:
    """Translate the module's query language into an FTS5 MATCH expression.

    Every word is quoted, so FTS5 operators and punctuation typed by a user are taken as
    text. Returns an empty string when nothing searchable remains.
    """
    groups: list[list[str]] = [[]]
    excluded: list[str] = []
    for minus, phrase, bare in _QUERY_PART.findall(query):
        if bare == "OR":
            if groups[-1]:
                groups.append([])
            continue
        if bare.startswith("-") and len(bare) > 1:
            minus, phrase, bare = "-", bare[1:], ""
        tokens = _WORD.findall(phrase if not bare else bare)
        if not tokens:
            continue
        term = '"' + " ".join(tokens) + '"'
        (excluded if minus else groups[-1]).append(term)
    alternatives = ["(" + " AND ".join(g) + ")" for g in groups if g]
    if not alternatives:
        return ""
    expr = " OR ".join(alternatives)
    if excluded:
        expr = f"({expr}) NOT (" + " OR ".join(excluded) + ")"
    return expr


def search(conn: Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """Run ``query`` against the full-text index of the database behind ``conn``."""
    if conn.dialect.name == "sqlite":
        expr = to_fts5_query(query)
        if not expr:
            return []
        rows = conn.execute(_SQLITE_SEARCH, {"query": expr, "limit": limit}).all()
        return [SearchHit(r[0], r[1], r[2], r[3] or "", -float(r[4])) for r in rows]
    if not _WORD.search(query):
        return []
    rows = conn.execute(_PG_SEARCH, {"query": query, "limit": limit}).all()
    return [SearchHit(r[0], r[1], r[2], r[3] or "", float(r[4])) for r in rows]


def rebuild(conn: Connection) -> None:
    """Rebuild the SQLite FTS5 index from ``documents`` (PostgreSQL needs nothing)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
