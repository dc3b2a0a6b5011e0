"""Properties of ``watchfloor.extract`` that must hold for any input, and its limits on size.

Hypothesis feeds it arbitrary Unicode and realistic report sentences broken up with junk; the
real-input tests run it over every report text the project and ``/work/shared`` hold. For each
claim the SPEC invariants (``claim_checks.check_claims``) must hold: spans select their text,
type, modality and approximation come from the SPEC tables, ranges are ordered, and the claim
serialises to JSON. Large documents run in a child process so that a stall fails the test
instead of hanging it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claim_checks import REPO, SENTENCES, casualty_item_problems, check_claims, extract, report_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SENTS = report_sentences()

# --- strategies --------------------------------------------------------------------------
PUNCT_CHARS = "\n\r\t \"'“”‘’«»()[]—–-,.;:!?/%$€£#&*"
PUNCT = [*PUNCT_CHARS, "\n\n", " -- ", "..."]
DIGITS = st.from_regex(r"\d{1,3}(,\d{3})*(\.\d+)?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}", fullmatch=True)
# Encodable characters, as ``st.text()`` draws by default; lone surrogates have their own test.
CHARS = st.one_of(st.characters(codec="utf-8"), st.sampled_from(PUNCT_CHARS), st.sampled_from("0123456789"))
JUNK = st.text(alphabet=CHARS, max_size=40)
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@st.composite
def sentence_piece(draw) -> str:
    """A report sentence, whole or cut at a random point, or junk, digits or a separator."""
    sentence = draw(st.sampled_from(SENTS))
    kind = draw(st.sampled_from(("whole", "whole", "head", "tail", "junk", "digits", "punct")))
    if kind == "whole":
        return sentence
    if kind in ("head", "tail"):
        cut = draw(st.integers(0, len(sentence)))
        return sentence[:cut] if kind == "head" else sentence[cut:]
    if kind == "junk":
        return draw(JUNK)
    if kind == "digits":
        return draw(DIGITS)
    return draw(st.sampled_from(PUNCT))


SEPARATORS = st.sampled_from([" ", "\n", "\n\n", "", ' "', '" '])
MIXED = st.lists(st.tuples(sentence_piece(), SEPARATORS), min_size=1, max_size=12).map(
    lambda pairs: "".join(piece + sep for piece, sep in pairs)
)


def _extract_checked(text: str, published: str | None) -> list:
    claims = extract(text, published=published)
    check_claims(text, claims)
    return claims


# --- the public entry point ----------------------------------------------------------------
def test_public_extract_is_callable_after_submodule_import():
    """``watchfloor.extract`` stays the function once the ``watchfloor.extract`` subpackage is loaded.

    Importing a submodule binds the subpackage to the package attribute of the same name; a
    regression would make every second ``watchfloor.extract(...)`` call a ``TypeError``.
    """
    import watchfloor.extract.assemble  # noqa: F401  (what the first call to extract() does)

    assert callable(watchfloor.extract), (
        "watchfloor.extract is the subpackage module, not the function: importing "
        "watchfloor.extract.* rebinds the package attribute, so a second watchfloor.extract(...) "
        "call raises TypeError"
    )


# --- property 1: arbitrary and mixed texts -------------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=CHARS, max_size=600), published=PUBLISHED)
def test_arbitrary_text_never_raises_and_keeps_invariants(text, published):
    _extract_checked(text, published)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MIXED, published=PUBLISHED)
def test_mixed_report_sentences_keep_invariants(text, published):
    _extract_checked(text, published)


def test_lone_surrogates_do_not_crash():
    """A str decoded with ``errors="surrogateescape"`` holds lone surrogates; extraction must survive them."""
    text = "North Korea fired two missiles \udcff on Monday, the JCS said.\ud800"
    _extract_checked(text, "2025-03-27")


def test_report_sentences_produce_claims():
    """The sentence pool is not inert: the mixed-text property exercises real claims."""
    claims = _extract_checked("\n\n".join(SENTS), "2025-03-27")
    assert len(claims) >= len(SENTS) // 2, f"only {len(claims)} claims from {len(SENTS)} report sentences"
    assert len({c.type for c in claims}) >= 6


# --- property 2: real inputs ---------------------------------------------------------------
def _front_matter(raw: str) -> tuple[dict, str]:
    """Split an example report into its YAML header and the body after the second ``---`` line."""
    lines = raw.splitlines(keepends=True)
    marks = [i for i, line in enumerate(lines) if line.rstrip("\r\n") == "---"]
    assert len(marks) >= 2 and marks[0] == 0, "example report without front matter"
    return yaml.safe_load("".join(lines[1 : marks[1]])) or {}, "".join(lines[marks[1] + 1 :])


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _shared(*parts: str) -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


def _even_isaf(path: Path, count: int) -> Iterator[tuple[str, str, str | None]]:
    """The first ``count`` records whose id ends in an even digit (``isafpr_test_0000``, ``..._0002``)."""
    found = 0
    for record in _jsonl(path):
        if found == count:
            return
        if record["id"][-1] in "02468":
            found += 1
            yield record["id"], record["text"], None


def _documents(corpus: str) -> list[tuple[str, str, str | None]]:
    if corpus == "seed":
        return [(p.name, p.read_text(encoding="utf-8"), None) for p in sorted(_shared("seed").glob("*.txt"))]
    if corpus == "isaf":
        return list(_even_isaf(_shared("corpora", "isaf_press_releases", "isaf_press_releases_test_clean.jsonl"), 60))
    if corpus == "whitehouse":
        path = _shared("corpora", "whitehouse_briefings", "wh_briefings_conflict_subset.jsonl")
        return [(r["id"], r["text"], r.get("date")) for r, _ in zip(_jsonl(path), range(150), strict=False)]
    if corpus == "golden":
        docs = []
        for path in sorted((REPO / "tests" / "golden" / "reports").glob("*.txt")):
            gold = path.with_name(path.stem + ".gold.json")
            published = json.loads(gold.read_text(encoding="utf-8")).get("published") if gold.exists() else None
            docs.append((path.name, path.read_text(encoding="utf-8"), published))
        return docs
    docs = []
    for path in sorted((REPO / "examples" / "reports").glob("*.txt")):
        header, body = _front_matter(path.read_text(encoding="utf-8"))
        published = header.get("published")
        docs.append((path.name, body, str(published) if published else None))
    return docs


@pytest.mark.parametrize("corpus", ["seed", "isaf", "whitehouse", "golden", "examples"])
def test_real_inputs_keep_invariants(corpus):
    """Every real document, with its dateline and without one, extracts cleanly."""
    docs = _documents(corpus)
    assert docs, f"no {corpus} documents found"
    failures = []
    total = 0
    for name, text, published in docs:
        for dateline in {published, None}:
            try:
                total += len(_extract_checked(text, dateline))
            except Exception as exc:  # noqa: BLE001  (collect every document's failure, then report)
                failures.append(f"{name} (published={dateline}): {type(exc).__name__}: {str(exc)[:300]}")
    assert not failures, f"{len(failures)} of {len(docs)} {corpus} documents fail:\n" + "\n".join(failures)
    if corpus != "whitehouse":  # briefings are mostly talk; the others are reports of events
        assert total > 0, f"no claims at all from {len(docs)} {corpus} documents"


@pytest.mark.parametrize("corpus", ["isaf", "golden", "examples"])
def test_real_inputs_casualty_items_follow_spec(corpus):
    """A CASUALTY item is killed, wounded, killed_or_wounded, captured or missing (SPEC 'type')."""
    problems = []
    for name, text, published in _documents(corpus):
        problems += [f"{name}: {p}" for p in casualty_item_problems(extract(text, published=published))]
    assert not problems, f"{len(problems)} CASUALTY claims with a non-SPEC item:\n" + "\n".join(problems[:40])


# --- property 3: relative expressions without an anchor ------------------------------------
# Sentences with relative or yearless time expressions and no absolute date, no dateline.
RELATIVE_SENTENCES = (
    "Russia fired 12 missiles at Kyiv yesterday, the Ukrainian air force said.",
    "North Korea launched a ballistic missile last week, officials in Seoul said.",
    "About 2,000 troops were deployed to the border earlier this month, the ministry said.",
    "Two soldiers were killed in shelling on Monday, the army said.",
    "China began naval drills around Taiwan two days ago, state media reported.",
    "Artillery fire killed three civilians in the town last night.",
    "The militia attacked a police post this morning, wounding four officers.",
    "Germany delivered two more air defence systems to Ukraine last month.",
    "Engineers have laid mines along the frontier since last year, the agency said.",
    "The navy held live-fire exercises off the coast in early February.",
    "North Korean soldiers were seen building walls near the border last fall.",
    "Iran will test a new rocket engine next week, state television said.",
    "Houthi rebels attacked two ships in the Red Sea on Thursday.",
    "Drones struck an oil depot in the region in March, the governor said.",
)
RELATIVE_WORDS = re.compile(
    r"\b(yesterday|today|tomorrow|tonight|ago|last|this|next|earlier|since|early|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


def _assert_unresolved(text: str, claims: list) -> None:
    for claim in claims:
        t = claim.time
        if t is None:
            continue
        assert RELATIVE_WORDS.search(t.text), f"unexpected time {t.text!r} in a text without dates"
        assert t.start is None and t.end is None, (
            f"{claim.type} time {t.text!r} resolved to {t.start}..{t.end} with no dateline in {text!r}"
        )


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(
        st.one_of(st.sampled_from(RELATIVE_SENTENCES), st.text(alphabet="abcdefghij ,.;\n\"'", max_size=20)),
        min_size=1,
        max_size=6,
    )
)
def test_relative_times_stay_unresolved_without_dateline(parts):
    text = " ".join(parts)
    _assert_unresolved(text, _extract_checked(text, None))


def test_relative_times_resolve_with_a_dateline():
    """Control for the property above: the same sentences do get dates once a dateline is given."""
    text = "\n\n".join(RELATIVE_SENTENCES)
    _assert_unresolved(text, _extract_checked(text, None))
    resolved = [c.time for c in _extract_checked(text, "2025-03-27") if c.time and c.time.start]
    assert len(resolved) >= len(RELATIVE_SENTENCES) // 2, f"only {len(resolved)} times resolved: {resolved}"


# --- property 4: size limits ---------------------------------------------------------------
# A guard against a stall, not a speed target: twice what the slowest machine we run on (the CI
# runner, about half as fast as a workstation) takes for 1.5 MB. How time grows with a document's
# length is measured in bench/long_document.py.
GUARD_SECONDS = 120


def _run_child(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter (killed after the guard) and return the JSON it prints."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code), *args],
            capture_output=True,
            text=True,
            timeout=GUARD_SECONDS,
            cwd=REPO,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"extraction did not finish within {GUARD_SECONDS} s")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_ten_megabyte_input_is_refused_with_the_limit():
    out = _run_child(
        """
        import json, watchfloor
        extract = watchfloor.extract
        try:
            claims = extract("word " * 2_100_000)
            result = {"raised": None, "claims": len(claims)}
        except Exception as exc:
            result = {"raised": type(exc).__name__, "message": str(exc)}
        from watchfloor.extract.assemble import MAX_CHARS
        result["max_chars"] = MAX_CHARS
        print(json.dumps(result))
        """
    )
    assert out["raised"] == "DocumentTooLargeError", out
    limit = out["max_chars"]
    assert f"{limit:,}" in out["message"] or str(limit) in out["message"], out["message"]


def test_one_and_a_half_megabytes_complete_within_memory():
    out = _run_child(
        """
        import json, resource, sys
        import watchfloor
        extract = watchfloor.extract
        sentences = [s for s in open(sys.argv[1], encoding="utf-8").read().splitlines()
                     if s.strip() and not s.startswith("#")]
        paragraphs, size, i = [], 0, 0
        while size < 1_500_000:
            paragraph = " ".join(sentences[(i + k) % len(sentences)] for k in range(4))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
            i += 4
        text = "\\n\\n".join(paragraphs)
        from watchfloor.extract.assemble import extract_claims
        from watchfloor.model import Document
        extract_claims(Document(text="warm up: " + sentences[0]))
        # peak resident growth over the warmed-up process (tracemalloc would slow extraction six-fold)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        claims = extract(text, published="2025-03-27")
        peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
        bad = sum(text[c.evidence.start:c.evidence.end] != c.evidence.text for c in claims)
        print(json.dumps({"chars": len(text), "claims": len(claims), "bad": bad, "peak_mb": peak / 1e6}))
        """,
        str(SENTENCES),
    )
    assert out["chars"] >= 1_500_000
    assert out["claims"] > 1000, out
    assert out["bad"] == 0, out
    assert out["peak_mb"] < 500, out
