"""Behaviour of watchfloor.store.Store on both backends (SQLite file, real PostgreSQL)."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest

from store_samples import REPORT, report, report_claims, span
from watchfloor.model import Claim, Document, Quantity, SpanMismatchError, TimeSpan
from watchfloor.store import Store, repository


def test_add_then_get_round_trips_document_and_claims(store: Store) -> None:
    doc, claims = report(), report_claims()
    result = store.add_document(doc, claims, extractor_version="x1")
    assert (result.doc_id, result.status) == ("jcs-2025-03-27", "new")

    stored = store.get_document(result.doc_id)
    assert stored is not None
    assert stored.document == doc
    assert stored.content_hash == Store.content_hash(REPORT)
    assert stored.cluster_id == result.cluster_id and stored.is_canonical
    assert stored.extractor_version == "x1"
    assert stored.stored_at.tzinfo is not None
    assert stored.claims == [dataclasses.replace(c, doc_id=result.doc_id) for c in claims]
    for claim in stored.claims:
        assert REPORT[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    as_dict = stored.to_dict()
    assert as_dict["id"] == result.doc_id and as_dict["text"] == REPORT
    assert as_dict["claims"][0]["quantity"]["approx"] == "at_least"
    assert as_dict["claims"][0]["doc_id"] == result.doc_id


def test_same_text_again_is_a_duplicate_and_adds_nothing(store: Store) -> None:
    first = store.add_document(report(), report_claims(), extractor_version="x1")
    reflowed = "  " + REPORT.replace(" ", "\n", 3) + "\n"
    again = store.add_document(
        report("another-id", text=reflowed, publisher="KBS"), [], extractor_version="x1"
    )
    assert again.status == "duplicate"
    assert (again.doc_id, again.cluster_id) == (first.doc_id, first.cluster_id)
    stats = store.stats()
    assert (stats["documents"], stats["claims"], stats["clusters"]) == (1, 3, 1)
    assert store.get_document("another-id") is None


def test_document_without_id_is_keyed_by_its_hash(store: Store) -> None:
    result = store.add_document(report(None), [], extractor_version="x1")
    assert result.doc_id == "doc-" + Store.content_hash(REPORT)[:16]
    assert store.get_document(result.doc_id) is not None


def test_id_held_by_another_text_gets_a_hash_suffix(store: Store) -> None:
    store.add_document(report("story-1"), [], extractor_version="x1")
    revised_text = REPORT.replace("3,000", "3,500")
    revised = store.add_document(report("story-1", text=revised_text), [], extractor_version="x1")
    assert revised.doc_id == "story-1~" + Store.content_hash(revised_text)[:12]
    assert store.get_document("story-1").document.text == REPORT
    assert store.get_document(revised.doc_id).document.text == revised_text


def test_content_hash_ignores_composition_and_spacing_but_not_wording(store: Store) -> None:
    composed = "Kim Jong-un visited the caf\u00e9 in Pyongyang."
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert Store.content_hash(composed) == Store.content_hash(" " + decomposed.replace(" ", "\t"))
    assert Store.content_hash(composed) != Store.content_hash(composed.upper())
    assert len(Store.content_hash(composed)) == 64

    assert not store.has_document(Store.content_hash(composed))
    store.add_document(Document(text=decomposed), [], extractor_version="x1")
    assert store.has_document(Store.content_hash(composed))


def test_ungrounded_claim_is_refused_and_nothing_is_stored(store: Store) -> None:
    good = report_claims()[0]
    shifted = dataclasses.replace(
        good, evidence=dataclasses.replace(good.evidence, start=good.evidence.start + 1)
    )
    with pytest.raises(SpanMismatchError):
        store.add_document(report(), [shifted], extractor_version="x1")
    misread = dataclasses.replace(span(REPORT, "Russia"), text="Moscow")
    bad_span = dataclasses.replace(good, spans={"actor": misread})
    with pytest.raises(SpanMismatchError):
        store.add_document(report(), [bad_span], extractor_version="x1")
    with pytest.raises(ValueError, match="claim type"):
        store.add_document(report(), [dataclasses.replace(good, type="RUMOUR")],
                           extractor_version="x1")
    assert store.stats()["documents"] == 0


def test_failure_inside_the_add_transaction_leaves_no_trace(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_insert_claims", staticmethod(explode))
    with pytest.raises(RuntimeError):
        store.add_document(report(), report_claims(), extractor_version="x1")
    stats = store.stats()
    assert (stats["documents"], stats["clusters"], stats["claims"]) == (0, 0, 0)
    assert not store.has_document(Store.content_hash(REPORT))

    monkeypatch.undo()
    result = store.add_document(report(), report_claims(), extractor_version="x1")
    assert result.status == "new"
    assert store.stats()["claims"] == 3


def test_replace_claims_swaps_them_and_records_the_version(store: Store) -> None:
    doc_id = store.add_document(report(), report_claims(), extractor_version="x1").doc_id
    newer = report_claims()[:2]
    store.replace_claims(doc_id, newer, extractor_version="x2")
    stored = store.get_document(doc_id)
    assert stored.claims == [dataclasses.replace(c, doc_id=doc_id) for c in newer]
    assert stored.extractor_version == "x2"
    assert store.stats()["claims"] == 2
    assert {r["extractor_version"] for r in store.iter_claims(doc_id=doc_id)} == {"x2"}

    with pytest.raises(KeyError):
        store.replace_claims("no-such-doc", newer, extractor_version="x2")
    misread = dataclasses.replace(span(REPORT, "Kursk"), text="Kyiv")
    wrong = dataclasses.replace(newer[0], evidence=misread)
    with pytest.raises(SpanMismatchError):
        store.replace_claims(doc_id, [wrong], extractor_version="x3")
    assert len(store.get_document(doc_id).claims) == 2


def test_documents_needing_reextract_pages_through_old_versions(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(repository, "_REEXTRACT_BATCH", 2)
    ids = []
    for i in range(5):
        version = "x2" if i == 2 else "x1"
        text = f"Report {i}: the ministry said drills continued near the border for a day."
        ids.append(store.add_document(Document(text=text, id=f"r{i}"), [],
                                      extractor_version=version).doc_id)
    pending = []
    for doc_id in store.documents_needing_reextract("x2"):
        store.replace_claims(doc_id, [], extractor_version="x2")  # writing while iterating
        pending.append(doc_id)
    assert pending == ["r0", "r1", "r3", "r4"]
    assert list(store.documents_needing_reextract("x2")) == []
    assert list(store.documents_needing_reextract("x3")) == ids


def test_rejections_and_languages_are_counted(store: Store) -> None:
    store.add_rejection("feeds/a.xml#4", "W101", "unreadable file")
    store.add_rejection("https://example.org/x", "W204", "no body text")
    store.add_rejection("feeds/a.xml#9", "W101", "unreadable file")
    store.add_document(report(), report_claims(), extractor_version="x1")
    korean = Document(text="북한이 단거리 탄도미사일 2발을 동해상으로 발사했다고 합참이 밝혔다.",
                      language="ko", publisher="Yonhap")
    store.add_document(korean, [], extractor_version="x1")
    store.add_document(Document(text="Language not known.", language=None), [],
                       extractor_version="x1")
    stats = store.stats()
    assert stats["rejected"] == 3
    assert stats["rejected_by_code"] == {"W101": 2, "W204": 1}
    assert stats["non_english"] == 1
    assert stats["by_language"] == {"en": 1, "ko": 1, None: 1}
    assert stats["by_publisher"] == {"Yonhap": 2, None: 1}
    assert stats["claims_by_type"] == {"CASUALTY": 1, "DEPLOY": 1, "STATEMENT": 1}
    assert stats["near_duplicates"] == 0


def test_list_documents_newest_first_in_pages(store: Store) -> None:
    for i in range(5):
        store.add_document(
            Document(text=f"Bulletin {i}: artillery fire was reported at dawn.", id=f"b{i}",
                     title=f"Bulletin {i}"),
            [],
            extractor_version="x1",
        )
    first = store.list_documents(limit=2)
    second = store.list_documents(limit=2, offset=2)
    assert [d.doc_id for d in first + second] == ["b4", "b3", "b2", "b1"]
    assert first[0].title == "Bulletin 4" and first[0].claim_count == 0
    assert store.list_documents(limit=10, offset=5) == []


def _claim(text: str, **fields: object) -> Claim:
    return Claim(evidence=span(text, text.split(".")[0]), **fields)


def test_iter_claims_filters_for_the_ledger(store: Store) -> None:
    a = "Pyongyang sent troops. More followed."
    b = "Moscow received shells. Kyiv was hit."
    store.add_document(Document(text=a, id="a", publisher="Yonhap", published="2025-03-27T09:00"),
                       [_claim(a, type="DEPLOY", actor="PRK.MIL", recipient="RUS",
                               item="personnel", quantity=Quantity(1500.0),
                               time=TimeSpan("2025-01-01", "2025-02-28", "in winter")),
                        _claim(a, type="STATEMENT", actor="PRKA", channel="KCNA")],
                       extractor_version="x1")
    store.add_document(Document(text=b, id="b", publisher="Kyiv Desk", published="2025-03-28"),
                       [_claim(b, type="TRANSFER", actor="PRK", recipient="RUS",
                               time=TimeSpan("2025-03-01", "2025-03-27", "this month")),
                        _claim(b, type="ATTACK", actor="RUS", recipient="UKR")],
                       extractor_version="x1")

    def keys(**filters: object) -> list[tuple[str, int]]:
        return [(r["doc_id"], r["ordinal"]) for r in store.iter_claims(**filters)]

    assert keys() == [("a", 0), ("a", 1), ("b", 0), ("b", 1)]
    assert keys(actor="PRK") == [("a", 0), ("b", 0)]  # PRK.MIL yes, PRKA no
    assert keys(actor="PRK.MIL") == [("a", 0)]
    assert keys(type=["TRANSFER", "ATTACK"], recipient="RUS") == [("b", 0)]
    assert keys(published_to="2025-03-27") == [("a", 0), ("a", 1)]
    assert keys(published_from="2025-03-28") == [("b", 0), ("b", 1)]
    assert keys(time_from="2025-02-15", time_to="2025-03-05") == [("a", 0), ("b", 0)]
    assert keys(time_from="2025-03-28") == []
    assert keys(item="personnel", cluster_id=store.get_document("a").cluster_id) == [("a", 0)]

    first = next(store.iter_claims(doc_id="a"))
    assert first["quantity_value"] == 1500 and isinstance(first["quantity_value"], int)
    assert first["channel"] == "Yonhap"  # falls back to the publisher
    assert first["canonical"] is True and first["published"] == "2025-03-27T09:00"
    assert first["evidence_text"] == "Pyongyang sent troops"
    assert first["time_start"] == "2025-01-01" and first["source"] is None
    assert next(store.iter_claims(actor="PRKA"))["channel"] == "KCNA"
