"""The code table and the one-line messages built from it."""

from __future__ import annotations

import re

from watchfloor.errors import ERRORS, W103, W104, Rejected, WatchfloorError, line


def test_codes_are_unique_well_formed_and_named() -> None:
    assert list(ERRORS) == sorted(ERRORS)
    assert all(re.fullmatch(r"W1\d\d", code) for code in ERRORS)
    names = [e.name for e in ERRORS.values()]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z_]+", n) for n in names)
    assert {"W101", "W102", "W103", "W104", "W105", "W106", "W107", "W108", "W109", "W110",
            "W111", "W112", "W113"} <= set(ERRORS)


def test_rejected_prints_one_line() -> None:
    rejected = W103.reject("reports/bad.bin", detail="NUL bytes")
    assert rejected == Rejected("reports/bad.bin", "W103",
                                "binary content (NUL bytes), not a text report")
    assert str(rejected) == "W103 reports/bad.bin: binary content (NUL bytes), not a text report"
    messy = Rejected("a.txt", "W101", "first line\nsecond line\t  third")
    assert str(messy) == "W101 a.txt: first line second line third"


def test_error_carries_its_code_and_becomes_rejected() -> None:
    error = WatchfloorError(W104, size="12,000 bytes", limit="10,000")
    assert error.reason == "12,000 bytes, over the limit of 10,000 bytes"
    assert error.rejected("big.txt").code == "W104"


def test_missing_template_fields_do_not_raise() -> None:
    assert line("W113", "doc-1") == "W113 doc-1: language '?', stored but not extracted"
    assert line("W113", "doc-1", language="fr").endswith("language 'fr', stored but not extracted")
