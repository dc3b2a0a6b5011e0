"""Whose voice a first-person text is in: a letter signed below it, an interviewee's answers.

A letters page or a printed interview has no "said" on most of its sentences. The words are the
signer's or the interviewee's, and a claim told in them is theirs: a resident's letter speaks for
the country's civilians, a councillor's for its government, a lawyer of a rights group answering
a magazine for civilians. Without this, such sentences take whatever speaker was heard last (the
police quoted two sentences back) or none. Interviews whose turns are labelled ("Q:", "MR.
SAMPLE:") are read as turns by the attribution stage and are left alone here.

Layouts, read from the paragraphs:

* letters: at least two prose blocks each closed by a one-line signature, a name then a comma and
  a place, a role or a body ("Marija Sample, Horgos"; "Dragan Sample, member of the City Council of
  Subotica"); the block runs back from its signature to a heading or the signature before.
* interview: at least two one-line questions ("What happened on 28 September?"); a short line
  of the interviewer's between answers is a prompt too ("And the army?", "The police say the miners
  attacked first."). Answers are the paragraphs between prompts, and only the first paragraph after
  the last prompt (a closing note of the outlet's may follow). The interviewee is named before the
  first question after one of cues.yaml ``interview_cues`` ("We spoke to Helena Exemplo, a lawyer
  with ...").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from watchfloor.extract.context import DocContext, SourceAssignment
from watchfloor.extract.counterparts import dateline_country, dominant_country, main_country
from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.places import gazetteer
from watchfloor.extract.segment import Segment, stripped_span
from watchfloor.lexicons import load

_MIN_LETTERS = 2  # one signed block may be a release's contact line; a page of letters has several
_MIN_QUESTIONS = 2  # with the introduction's cue naming whom the questions are put to
_PROMPT_WORDS = 16  # a prompt that is no question ("The police say the miners attacked first.")
_HEADING_WORDS = 12

# "Marija Sample (sample), Horgos", "Dragan Sample, member of the City Council of Subotica": a name of
# two to four capitalised words, an optional bracket, a comma, then a place, role or body on one line
_SIGNATURE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})(?:[ \t]+\([^()\n]{1,30}\))?,[ \t]+"
    r"(?P<tail>[^\n.!?:;]{2,90}?)[ \t]*"
)
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*\s*\Z")
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")
_APPOSITION = re.compile(r"(?:[ \t]+\([^()\n]{1,30}\))?,[ \t]+(?P<role>[^,;.!?\n]{3,120})")


def first_person_voices(ctx: DocContext, sector_of: Callable[[str], str | None]) -> dict[int, SourceAssignment]:
    """Sentence index -> the voice its paragraph is in, for sentences of signed letters and of an
    interview's answers; ``sector_of`` reads a role's sector ("member of the City Council" -> GOV),
    the attribution stage's own reading, passed in so this module stays below it."""
    paragraphs = ctx.seg.paragraphs
    if len(paragraphs) < 4 or ctx.seg.turns:
        return {}
    voiced = _letters(ctx, sector_of) or _interview(ctx, sector_of)
    if not voiced:
        return {}
    return {
        index: voiced[para]
        for index, para in enumerate(ctx.seg.sentence_paragraph)
        if para in voiced
    }


def _words(ctx: DocContext, par: Segment) -> list[str]:
    return ctx.text[par.start : par.end].split()


def _trimmed(ctx: DocContext, par: Segment) -> tuple[int, int]:
    """The paragraph's offsets without the white space around it."""
    return stripped_span(ctx.text, par.start, par.end)


def _one_line(ctx: DocContext, par: Segment) -> bool:
    return "\n" not in ctx.text[par.start : par.end].strip()


def _prose(ctx: DocContext, par: Segment) -> bool:
    """A paragraph of running text: it ends on a sentence mark and has a few words."""
    return len(_words(ctx, par)) >= 8 and _PROSE_END.search(ctx.text, par.start, par.end) is not None


def _letters(ctx: DocContext, sector_of: Callable[[str], str | None]) -> dict[int, SourceAssignment]:
    """Paragraph index -> the signer's voice, for every block closed by a signature."""
    paragraphs = ctx.seg.paragraphs
    floor = 0
    signed: list[tuple[range, re.Match[str]]] = []
    for k, par in enumerate(paragraphs):
        if not _one_line(ctx, par) or len(_words(ctx, par)) > _HEADING_WORDS:
            continue
        sig = _SIGNATURE.fullmatch(ctx.text, *_trimmed(ctx, par))
        if sig is None or k == 0 or not _prose(ctx, paragraphs[k - 1]):
            continue
        body = k - 1
        while body - 1 >= floor and _prose(ctx, paragraphs[body - 1]):
            body -= 1
        floor = k + 1
        signed.append((range(body, k), sig))
    if len(signed) < _MIN_LETTERS:
        return {}
    voices = [_signer(ctx, sig, sector_of) for _, sig in signed]
    # a signer whose place the gazetteer does not know writes to the same paper as the others
    known = Counter(v.entity.split(".")[0] for v in voices if v is not None and v.entity)
    home = known.most_common(1)[0][0] if known else None
    out: dict[int, SourceAssignment] = {}
    for (block, sig), voice in zip(signed, voices, strict=True):
        voice = voice or (_signer(ctx, sig, sector_of, home) if home else None)
        if voice is not None:
            out.update(dict.fromkeys(block, voice))
    return out


def _signer(
    ctx: DocContext, sig: re.Match[str], sector_of: Callable[[str], str | None], home: str | None = None
) -> SourceAssignment | None:
    return _voice(ctx, sig.start("name"), sig.end("name"), sig.start("tail"), sig.end("tail"), sector_of, home)


def _interview(ctx: DocContext, sector_of: Callable[[str], str | None]) -> dict[int, SourceAssignment]:
    """Paragraph index -> the interviewee's voice, for every answer."""
    paragraphs = ctx.seg.paragraphs
    questions = [
        k
        for k, par in enumerate(paragraphs)
        if _one_line(ctx, par) and ctx.text[par.start : par.end].rstrip().endswith("?")
        and len(_words(ctx, par)) <= 2 * _PROMPT_WORDS
    ]
    if len(questions) < _MIN_QUESTIONS:
        return {}
    intro = paragraphs[questions[0] - 1] if questions[0] else None
    voice = _interviewee(ctx, paragraphs[0].start, intro.end if intro else paragraphs[0].end, sector_of)
    if voice is None:
        return {}
    prompts = set(questions)
    for k in range(questions[0] + 1, questions[-1]):
        short = _one_line_short(ctx, paragraphs[k])
        if short and k + 1 < len(paragraphs) and not _one_line_short(ctx, paragraphs[k + 1]):
            prompts.add(k)  # "The police say the miners attacked first." before a longer answer
    out: dict[int, SourceAssignment] = {}
    ordered = sorted(prompts)
    for here, nxt in zip(ordered, [*ordered[1:], None], strict=True):
        stop = nxt if nxt is not None else min(here + 2, len(paragraphs))
        out.update(dict.fromkeys(range(here + 1, stop), voice))
    return out


def _one_line_short(ctx: DocContext, par: Segment) -> bool:
    return _one_line(ctx, par) and len(_words(ctx, par)) <= _PROMPT_WORDS


@cache
def _interview_cue() -> re.Pattern[str]:
    cues = load("cues")["interview_cues"]
    return re.compile(rf"\b(?:{trie_pattern(cues)})[ \t]+(?:(?:the|a|an)[ \t]+)?", re.IGNORECASE)


def _interviewee(
    ctx: DocContext, start: int, end: int, sector_of: Callable[[str], str | None]
) -> SourceAssignment | None:
    """The person a cue of ``interview_cues`` names before the first question, and their body."""
    for cue in _interview_cue().finditer(ctx.text, start, end):
        name = _NAME.match(ctx.text, cue.end(), end)
        if name is None:
            continue
        role = _APPOSITION.match(ctx.text, name.end(), end)
        lo, hi = (role.start("role"), role.end("role")) if role else (name.end(), name.end())
        return _voice(ctx, name.start(), name.end(), lo, hi, sector_of)
    return None


def _voice(
    ctx: DocContext,
    start: int,
    end: int,
    lo: int,
    hi: int,
    sector_of: Callable[[str], str | None],
    home: str | None = None,
) -> SourceAssignment | None:
    """The voice of the person named at ``[start, end)`` whose place, role or body is told at
    ``[lo, hi)``: a body named there with its sector ("the Foreign Ministry of Serbia"), else the
    country of a place or body named there, or ``home``, or the report's, with the role's sector; a
    private person (no sector word: a place, "a lawyer") speaks for civilians."""
    named = [e for e in ctx.entities_within(lo, hi) if e.entity]
    body = next((e.entity for e in named if "." in e.entity and not e.entity.startswith("IGO")), None)
    if body is None:
        # a signature's place stands in no locative frame: each capitalised word is looked up alone
        placed = (gazetteer().get(w.strip("'’")) for w in _CAPITALISED.findall(ctx.text, lo, hi))
        country = next((m.entity.split(".")[0] for m in named), None) or next((c for c in placed if c), None)
        country = country or home or dateline_country(ctx) or dominant_country(ctx) or main_country(ctx)
        if country is None:
            return None
        body = f"{country}.{sector_of(ctx.text[lo:hi]) or 'CVL'}"
    return SourceAssignment(body, ctx.text[start:end], start, end, start, end)
