"""Property tests: any SPEC claim survives the trip into a claims row and back."""

from __future__ import annotations

import dataclasses
import json
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchfloor.model import (
    APPROX,
    CLAIM_TYPES,
    MODALITIES,
    Claim,
    Document,
    Quantity,
    Source,
    Span,
    TimeSpan,
)
from watchfloor.store import Store
from watchfloor.store.rows import claim_to_row, row_to_claim

# PostgreSQL text cannot hold NUL, and lone surrogates cannot be encoded: both are left out.
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
NUMBER = st.none() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False,
                                                              allow_infinity=False)
DATE = st.none() | st.dates().map(lambda d: d.isoformat())
ENTITY = st.none() | st.from_regex(r"[A-Z]{3}(\.[A-Z]{3})?", fullmatch=True)


@st.composite
def claims_over(draw: st.DrawFn, text: str) -> Claim:
    def span() -> Span:
        start = draw(st.integers(0, len(text)))
        return Span.of(text, start, draw(st.integers(start, len(text))))

    quantity = draw(st.none() | st.builds(
        Quantity, value=NUMBER, low=NUMBER, high=NUMBER, approx=st.sampled_from(APPROX),
        unit=st.none() | TEXT, basis=st.sampled_from([None, "total", "increment"])))
    return Claim(
        type=draw(st.sampled_from(CLAIM_TYPES)),
        evidence=span(),
        actor=draw(ENTITY),
        recipient=draw(ENTITY),
        location=draw(st.none() | TEXT),
        item=draw(st.none() | TEXT),
        quantity=quantity,
        time=draw(st.none() | st.builds(TimeSpan, DATE, DATE, TEXT)),
        source=draw(st.none() | st.builds(Source, ENTITY, TEXT)),
        modality=draw(st.sampled_from(MODALITIES)),
        channel=draw(st.none() | TEXT),
        spans=draw(st.dictionaries(st.sampled_from(["actor", "quantity", "time"]),
                                   st.builds(span), max_size=3)),
        restates=draw(st.none() | st.integers(0, 50)),
        part_of=draw(st.none() | st.integers(0, 50)),
    )


@st.composite
def document_and_claims(draw: st.DrawFn) -> tuple[str, list[Claim]]:
    text = draw(TEXT) + " " + uuid.uuid4().hex  # unique, so never a duplicate
    return text, draw(st.lists(claims_over(text), max_size=4))


@given(document_and_claims())
def test_row_round_trip(case: tuple[str, list[Claim]]) -> None:
    _, claims = case
    for i, claim in enumerate(claims):
        row = claim_to_row(claim, doc_pk=1, ordinal=i, extractor_version="x1")
        row["spans"] = json.loads(json.dumps(row["spans"]))  # what a JSON column gives back
        assert row_to_claim(row, "d1") == dataclasses.replace(claim, doc_id="d1")


STORE = Store.open(":memory:")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document_and_claims())
def test_database_round_trip(case: tuple[str, list[Claim]]) -> None:
    text, claims = case
    result = STORE.add_document(Document(text=text), claims, extractor_version="x1")
    stored = STORE.get_document(result.doc_id)
    assert stored.claims == [dataclasses.replace(c, doc_id=result.doc_id) for c in claims]
    assert stored.document.text == text
