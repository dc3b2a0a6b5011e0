"""Watchfloor: grounded claims from conflict and security reports, offline, on a CPU."""

import watchfloor.extract as _extract_package  # noqa: F401 - loaded first so `extract` below is the function
from watchfloor.model import Claim, Document, Quantity, Source, Span, TimeSpan

__all__ = ["Claim", "Document", "Quantity", "Source", "Span", "TimeSpan", "extract"]
__version__ = "0.1.0"


def extract(text: str, published: str | None = None, publisher: str | None = None) -> list[Claim]:
    """Extract every claim of one report's text (see ``docs/spec.md``)."""
    from watchfloor.extract.assemble import extract_claims

    return extract_claims(Document(text=text, published=published, publisher=publisher))
