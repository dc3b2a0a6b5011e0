"""Near-duplicate clustering of syndicated copies (tests/golden/store_syndication_cases.yaml)."""

from __future__ import annotations

import pytest

from store_samples import load_cases
from watchfloor.model import Claim, Document
from watchfloor.store import Store
from watchfloor.store.syndication import NearDuplicateIndex, shingles

CASES = load_cases("store_syndication")


def _doc(entry: dict) -> Document:
    return Document(
        text=entry["text"],
        id=entry["id"],
        title=entry.get("title"),
        publisher=entry.get("publisher"),
        published=entry.get("published"),
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_clusters(store: Store, case: dict) -> None:
    cluster_of: dict[str, str] = {}
    for entry in case["documents"]:
        result = store.add_document(_doc(entry), [], extractor_version="x1")
        assert (result.doc_id, result.status) == (entry["id"], entry["status"])
        cluster_of[entry["id"]] = result.cluster_id
    names = {e["id"]: e["cluster"] for e in case["documents"]}
    for a in names:
        for b in names:
            same = cluster_of[a] == cluster_of[b]
            assert same == (names[a] == names[b]), (a, b)
    for group, canonical in case["canonical"].items():
        member = next(e["id"] for e in case["documents"] if e["cluster"] == group)
        stored = store.get_document(member)
        assert stored.canonical_doc_id == canonical
    stats = store.stats()
    assert stats["clusters"] == len(set(names.values()))
    assert stats["near_duplicates"] == len(names) - len(set(names.values()))


def test_signatures_persist_and_other_processes_see_new_ones(store_url: str) -> None:
    """A second store opened on the same database finds copies stored by the first."""
    docs = {e["id"]: e for e in CASES[0]["documents"]}
    first = Store.open(store_url)
    second = Store.open(store_url)
    try:
        original = first.add_document(_doc(docs["wire-original"]), [], extractor_version="x1")
        # `second` indexed nothing yet: it must load the signature `first` stored.
        copy = second.add_document(_doc(docs["bizwire-copy"]), [], extractor_version="x1")
        assert copy.status == "near_duplicate" and copy.cluster_id == original.cluster_id
        # A later add through `first` must see the copy that `second` stored.
        other = first.add_document(_doc(docs["portal-copy"]), [], extractor_version="x1")
        assert other.cluster_id == original.cluster_id
    finally:
        first.close()
        second.close()
    reopened = Store.open(store_url)
    try:
        assert reopened.add_document(_doc(docs["drone-attack"]), [],
                                     extractor_version="x1").status == "new"
        assert reopened._index.high_water > 0 and len(reopened._index) == 4
    finally:
        reopened.close()


def test_texts_without_words_found_their_own_clusters(store: Store) -> None:
    a = store.add_document(Document(text="—", id="dash"), [], extractor_version="x1")
    b = store.add_document(Document(text="…", id="dots"), [], extractor_version="x1")
    assert (a.status, b.status) == ("new", "new") and a.cluster_id != b.cluster_id


def test_short_notices_match_their_exact_reposts(store: Store) -> None:
    a = store.add_document(Document(text="Missile launched!", id="n1"), [], extractor_version="x1")
    b = store.add_document(Document(text="MISSILE LAUNCHED.", id="n2"), [], extractor_version="x1")
    c = store.add_document(Document(text="Drone downed.", id="n3"), [], extractor_version="x1")
    assert b.status == "near_duplicate" and b.cluster_id == a.cluster_id
    assert c.status == "new"


def test_shingles_are_word_five_grams_of_normalised_text() -> None:
    assert shingles("") == []
    assert shingles("Two  missiles, fired.") == [b"two missiles fired"]
    grams = shingles("One two three four five six. One two three four five")
    assert sorted(grams) == sorted(
        [b"one two three four five", b"two three four five six", b"three four five six one",
         b"four five six one two", b"five six one two three", b"six one two three four"]
    )


def test_signature_survives_encoding_and_estimates_similarity() -> None:
    index = NearDuplicateIndex(threshold=0.7)
    text = CASES[0]["documents"][1]["text"]
    sig = index.signature(text)
    blob = index.encode(sig)
    assert len(blob) == 128 * 4
    assert list(index.decode(blob).hashvalues) == list(sig.hashvalues)
    index.add(7, sig, "cl-x")
    match = index.best_match(index.signature(text.replace("toward", "into")))
    assert match is not None and match.key == 7 and 0.8 < match.similarity < 1.0
    assert index.best_match(index.signature(CASES[0]["documents"][4]["text"])) is None


def test_canonical_only_claims_come_from_the_earliest_copy(store: Store) -> None:
    from store_samples import span

    docs = {e["id"]: e for e in CASES[0]["documents"]}
    for doc_id in ("bizwire-copy", "wire-original"):
        entry = docs[doc_id]
        claim = Claim(type="LAUNCH", actor="PRK", item="short-range ballistic missile",
                      evidence=span(entry["text"], "North Korea fired two"))
        store.add_document(_doc(entry), [claim], extractor_version="x1")
    records = list(store.iter_claims(type="LAUNCH"))
    assert {(r["doc_id"], r["canonical"]) for r in records} == {
        ("bizwire-copy", False), ("wire-original", True)}
    assert len({r["cluster_id"] for r in records}) == 1
    only = list(store.iter_claims(type="LAUNCH", canonical_only=True))
    assert [r["doc_id"] for r in only] == ["wire-original"]
