"""A light language guess: is this report English, and if not, what is it?

The extractor reads English only; other reports are still stored, marked with their
language (``errors.W113``). Telling English from the rest on a news paragraph needs no
model: the writing system settles Korean, Japanese, Chinese, Cyrillic, Arabic and the like,
and among Latin-script languages the share of each one's function words ("the", "of" vs
"le", "des" vs "der", "und") is decisive on anything longer than a headline. Scripts,
stopwords and thresholds are data (``lexicons/languages.yaml``).
"""

from __future__ import annotations

import re
from collections import Counter

from watchfloor.lexicons import load

_DATA = load("languages")
_SCRIPTS: dict[str, re.Pattern[str]] = {
    lang: re.compile(f"[{chars}]") for lang, chars in _DATA["scripts"].items()
}
_UKRAINIAN = re.compile(f"[{_DATA['ukrainian_letters']}]")
_SCRIPT_SHARE = float(_DATA["script_share"])
_MIN_WORDS = int(_DATA["min_words"])
_MIN_STOPWORD_SHARE = float(_DATA["min_stopword_share"])
_SHORT_WORDS = int(_DATA["short_words"])
_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _DATA["stopwords"].items():
    for _w in {str(w).lower() for w in _words}:
        _STOPWORD_LANGS[_w] = (*_STOPWORD_LANGS.get(_w, ()), _lang)
_ANY_SCRIPT = re.compile("[" + "".join(_DATA["scripts"].values()) + "]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SAMPLE_CHARS = 2500


def detect_language(text: str) -> str:
    """Guess the language of ``text`` as an ISO 639-1 code, or ``"und"`` when undecidable.

    Only the first few thousand characters are read, which is plenty for a report and keeps
    the cost flat whatever its length.

    Args:
        text: a report body.

    Returns:
        ``"en"``, another code from ``lexicons/languages.yaml`` (``"ko"``, ``"fr"`` ...), or
        ``"und"`` for a long text with no recognisable function words (tables, lists).
    """
    sample = text[:_SAMPLE_CHARS]
    if not sample.isascii():
        by_script = _script_language(sample)
        if by_script is not None:
            return by_script
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return "und" if sample.strip() else "en"
    hits: Counter[str] = Counter({"en": 0})
    for word in words:
        for lang in _STOPWORD_LANGS.get(word, ()):
            hits[lang] += 1
    english = hits["en"]
    best, best_hits = max(hits.items(), key=lambda kv: (kv[1], kv[0] == "en"))
    if len(words) < _SHORT_WORDS:
        return best if best != "en" and best_hits >= english + 2 else "en"
    if len(words) >= _MIN_WORDS and best_hits / len(words) < _MIN_STOPWORD_SHARE:
        return "und"
    return "en" if best_hits <= english else best


def _script_language(sample: str) -> str | None:
    """The language of a non-Latin writing system that holds enough of the letters."""
    others = len(_ANY_SCRIPT.findall(sample))
    if not others:
        return None
    letters = len(_LETTER.findall(sample))
    if others / letters < _SCRIPT_SHARE:
        return None
    counts = {lang: len(rx.findall(sample)) for lang, rx in _SCRIPTS.items()}
    if counts.get("ja", 0) and counts.get("zh", 0):
        counts["ja"] += counts.pop("zh")  # kanji beside kana: Japanese
    lang, count = max(counts.items(), key=lambda kv: kv[1])
    if count / letters < _SCRIPT_SHARE:
        return None
    if lang == "ru" and _UKRAINIAN.search(sample):
        return "uk"
    return lang
