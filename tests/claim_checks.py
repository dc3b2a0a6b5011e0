"""Helpers shared by the extractor API and property tests: the call, the SPEC vocabularies, the invariants.

The vocabularies are read from ``docs/spec.md`` itself, not from ``watchfloor.model``, so that
a model constant drifting away from the contract is caught rather than trusted.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import watchfloor
from watchfloor.model import Claim

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "docs" / "spec.md"
SENTENCES = REPO / "tests" / "golden" / "property_sentences.txt"


def extract(text: str, published: str | None = None, publisher: str | None = None) -> list[Claim]:
    """Call the public ``watchfloor.extract`` (looked up at call time, as a user would)."""
    return watchfloor.extract(text, published=published, publisher=publisher)


def _table_column(section: str) -> tuple[str, ...]:
    """First-column values of the first Markdown table under ``### <section>`` in the SPEC."""
    text = SPEC.read_text(encoding="utf-8")
    body = text.split(f"### {section}\n", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in body.splitlines() if line.startswith("|")]
    # rows[0] is the header, rows[1] the |---| rule
    return tuple(row.split("|")[1].strip() for row in rows[2:])


@cache
def spec_vocabularies() -> dict[str, tuple[str, ...]]:
    """The claim types, modalities and quantity approximations the SPEC allows."""
    return {
        "type": _table_column("type"),
        "modality": _table_column("modality"),
        "approx": _table_column("quantity"),
        "casualty_item": _casualty_items(),
    }


def _casualty_items() -> tuple[str, ...]:
    """The CASUALTY items the SPEC lists in prose ("for CASUALTY one of `killed`, ...")."""
    text = SPEC.read_text(encoding="utf-8")
    sentence = re.search(r"for CASUALTY one of (.+?);", text, re.DOTALL)
    assert sentence, "SPEC no longer lists the CASUALTY items"
    return tuple(re.findall(r"`([a-z_]+)`", sentence[1]))


def report_sentences() -> list[str]:
    """The realistic report sentences written for these tests (one a line, ``#`` comments)."""
    lines = SENTENCES.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _check_span(text: str, span, what: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), f"{what} [{span.start}, {span.end}) outside 0..{len(text)}"
    assert text[span.start : span.end] == span.text, (
        f"{what} [{span.start}, {span.end}) selects {text[span.start : span.end]!r}, not {span.text!r}"
    )


def casualty_item_problems(claims: list[Claim]) -> list[str]:
    """CASUALTY claims whose item is not one the SPEC lists (kept apart from the core invariants)."""
    allowed = spec_vocabularies()["casualty_item"]
    return [
        f"CASUALTY item {c.item!r} in {c.evidence.text!r}"
        for c in claims
        if c.type == "CASUALTY" and c.item not in allowed
    ]


def check_claims(text: str, claims: list[Claim]) -> None:
    """Assert every SPEC invariant that must hold for any text, whatever the claims say."""
    vocab = spec_vocabularies()
    for claim in claims:
        _check_span(text, claim.evidence, f"{claim.type} evidence")
        for name, span in claim.spans.items():
            _check_span(text, span, f"{claim.type} span {name!r}")
        assert claim.type in vocab["type"], f"type {claim.type!r} not in SPEC"
        assert claim.modality in vocab["modality"], f"modality {claim.modality!r} not in SPEC"
        q = claim.quantity
        if q is not None:
            assert q.approx in vocab["approx"], f"approx {q.approx!r} not in SPEC"
            if q.approx == "range":
                assert q.value is None, f"range quantity with value {q.value!r}"
                assert q.low is not None and q.high is not None, f"range without bounds: {q}"
                assert q.low <= q.high, f"range low {q.low} > high {q.high}"
        t = claim.time
        if t is not None and t.start is not None and t.end is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.start) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.end), t
            assert t.start <= t.end, f"time {t.text!r}: start {t.start} after end {t.end}"
        json.dumps(claim.to_dict())
