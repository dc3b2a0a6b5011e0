"""The ISAF count rule of :mod:`watchfloor.evaluation.corpora` on releases written for this test:
a running total over months is the campaign's tally, never the operation's own count."""

from __future__ import annotations

from watchfloor import extract
from watchfloor.evaluation.corpora import _count

RELEASE = (
    "KABUL, Afghanistan (May 4, 2011) - Afghan and coalition forces detained three suspected insurgents "
    "during an operation in Zabul province yesterday. Since January, security forces have detained more "
    "than 140 suspected insurgents in the province."
)


def test_a_running_total_is_not_the_operations_count():
    claims = extract(RELEASE)
    totals = [c for c in claims if c.type == "CASUALTY" and c.quantity is not None and c.quantity.value == 140]
    assert totals and totals[0].quantity.basis == "total"  # the tally is still a claim of its own
    assert _count(claims, "captured", RELEASE) == 3


def test_a_total_of_the_day_still_counts():
    text = "KABUL, Afghanistan (May 4, 2011) - In all, security forces detained a total of seven suspects yesterday."
    assert _count(extract(text), "captured", text) == 7
