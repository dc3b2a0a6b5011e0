"""Reports and claims written for the store tests (not extractor output: built by hand)."""

from __future__ import annotations

from pathlib import Path

import yaml

from watchfloor.model import Claim, Document, Quantity, Source, Span, TimeSpan

GOLDEN = Path(__file__).resolve().parent / "golden"

REPORT = (
    "SEOUL, March 27 (Test Wire) -- Pyongyang seems to have sent at least 3,000 more "
    "soldiers to Russia in January and February, South Korea's military said "
    "Thursday. Between 1,000 and 1,500 of the North Korean troops sent earlier were killed "
    "or wounded in the Kursk region, the Joint Chiefs of Staff said in a report to lawmakers. "
    "Pyongyang's state media denounced the assessment as a fabrication on Friday."
)


def span(text: str, phrase: str) -> Span:
    """The span of the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    return Span.of(text, start, start + len(phrase))


def report_claims(text: str = REPORT) -> list[Claim]:
    """Three claims over :data:`REPORT` using every SPEC field between them."""
    deploy = Claim(
        type="DEPLOY",
        evidence=span(text, "Pyongyang seems to have sent at least 3,000 more "
                            "soldiers to Russia in January and February"),
        actor="PRK",
        recipient="RUS",
        item="personnel",
        quantity=Quantity(3000, low=3000, approx="at_least", unit="soldiers", basis="increment"),
        time=TimeSpan("2025-01-01", "2025-02-28", "in January and February"),
        source=Source("KOR.MIL", "South Korea's military"),
        modality="hedged",
        channel="Korea Bizwire (Yonhap)",
        spans={"actor": span(text, "Pyongyang"), "quantity": span(text, "at least 3,000")},
    )
    casualty = Claim(
        type="CASUALTY",
        evidence=span(text, "Between 1,000 and 1,500 of the North Korean troops sent earlier "
                            "were killed or wounded in the Kursk region"),
        recipient="PRK.MIL",
        location="Kursk region",
        item="killed_or_wounded",
        quantity=Quantity(None, low=1000, high=1500, approx="range", unit="troops", basis=None),
        source=Source("KOR.MIL.JCS", "the Joint Chiefs of Staff"),
    )
    statement = Claim(
        type="STATEMENT",
        evidence=span(text, "Pyongyang's state media denounced the assessment as a fabrication"),
        actor="PRK.MED",
        time=TimeSpan("2025-03-28", None, "on Friday"),
        restates=None,
    )
    return [deploy, casualty, statement]


def report(doc_id: str | None = "jcs-2025-03-27", **overrides: object) -> Document:
    """A :class:`Document` of :data:`REPORT` with publication metadata."""
    fields: dict = {
        "text": REPORT,
        "id": doc_id,
        "url": "https://example.org/jcs-2025-03-27",
        "title": "N. Korea sent 3,000 more troops to Russia: JCS",
        "publisher": "Yonhap",
        "published": "2025-03-27",
        "language": "en",
    }
    fields.update(overrides)
    return Document(**fields)


def load_cases(name: str) -> list[dict]:
    """The ``cases`` list of ``tests/golden/<name>_cases.yaml``."""
    with (GOLDEN / f"{name}_cases.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)["cases"]
