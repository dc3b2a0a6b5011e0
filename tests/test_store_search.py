"""Full-text search on both backends, and the FTS5 query translation (golden cases)."""

from __future__ import annotations

import pytest

from store_samples import load_cases
from watchfloor.model import Document
from watchfloor.store import Store
from watchfloor.store.fts import HIGHLIGHT, to_fts5_query

QUERY_CASES = load_cases("store_fts_query")
STORIES = [e for e in load_cases("store_syndication")[0]["documents"]]


@pytest.mark.parametrize("case", QUERY_CASES, ids=[c["name"] for c in QUERY_CASES])
def test_fts5_query_translation(case: dict) -> None:
    assert to_fts5_query(case["query"]) == case["fts5"]


@pytest.fixture
def filled(store: Store) -> Store:
    for entry in STORIES:
        doc = Document(text=entry["text"], id=entry["id"], title=entry["title"],
                       publisher=entry["publisher"], published=entry["published"])
        store.add_document(doc, [], extractor_version="x1")
    return store


def _ids(store: Store, query: str, limit: int = 20) -> list[str]:
    return [hit.doc_id for hit in store.search(query, limit=limit)]


def test_search_finds_the_story_that_matches(filled: Store) -> None:
    hits = filled.search("cruise missiles Yellow Sea")
    assert [h.doc_id for h in hits] == ["other-launch"]
    hit = hits[0]
    assert hit.title == "N. Korea test-fires cruise missiles off west coast"
    assert hit.published == "2025-04-18"
    assert f"{HIGHLIGHT[0]}Yellow{HIGHLIGHT[1]}" in hit.snippet


def test_stemming_matches_other_word_forms(filled: Store) -> None:
    assert "drone-attack" in _ids(filled, "substations damage")


def test_phrases_exclusions_and_alternatives(filled: Store) -> None:
    wire = {"bizwire-copy", "wire-original", "portal-copy"}
    assert set(_ids(filled, '"exclusive economic zone"')) == wire
    assert set(_ids(filled, "launch -Telegram")) == wire | {"other-launch"}
    assert set(_ids(filled, "Poltava OR Kursk OR Yellow")) == {"drone-attack", "other-launch"}
    assert _ids(filled, '"zone exclusive economic"') == []


def test_results_are_ranked_and_limited(filled: Store) -> None:
    hits = filled.search("missiles", limit=3)
    assert len(hits) == 3
    assert [h.rank for h in hits] == sorted((h.rank for h in hits), reverse=True)
    # The title is weighted above the body: every hit's title mentions missiles.
    assert all("missile" in (h.title or "").lower() for h in hits)


@pytest.mark.parametrize("query", ["", "  ", "?!", '"unclosed', "NOT", "AND OR (", "-x"])
def test_odd_queries_never_raise(filled: Store, query: str) -> None:
    assert isinstance(filled.search(query), list)
