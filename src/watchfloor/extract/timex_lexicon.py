"""Load the time lexicon and grammar and compile them into a tokenizer and one token-class regex.

The normalizer never runs word regexes over the text. It splits the text into tokens once,
maps every token to a one-character *class* through a dictionary built from
``lexicons/time_words.yaml`` (so "February" becomes the class ``month``), and runs the
grammar of ``lexicons/time_grammar.yaml`` over the string of class characters. That string is
as long as the token count, the dictionary lookup is a C-level ``dict.get``, and the grammar
is one compiled alternation, which keeps a 3,000-character report well under a millisecond.
All of this is built once, at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"
WORDS_FILE = LEXICON_DIR / "time_words.yaml"
GRAMMAR_FILE = LEXICON_DIR / "time_grammar.yaml"

PUNCT_CLASSES: dict[str, tuple[str, ...]] = {
    "comma": (",",),
    "dot": (".",),
    "dash": ("-", "\u2013", "\u2010", "\u2011"),
    "slash": ("/",),
    "colon": (":",),
    "apos": ("'", "\u2019"),
    "nl": ("\n",),
    "lparen": ("(", "["),
    "rparen": (")", "]"),
}
"""Symbols the grammar refers to; any other symbol is class ``o``."""

NUMBER_CLASSES = ("day", "num", "year")
"""Digit tokens: ``day`` 1-31 (and 01-09), ``year`` 1000-2099, ``num`` any other up to 2099."""

FALLBACK_CLASSES = ("C", "x", "o")
"""``C`` an unknown capitalised word, ``x`` any other unknown token, ``o`` another symbol."""


@dataclass(frozen=True)
class Lexicon:
    """Everything the normalizer knows about words, compiled.

    Attributes:
        words: the raw YAML of time_words.yaml.
        class_of: token text -> class character (only known tokens).
        char_of: class name -> class character.
        name_of: class character -> class name.
        token_re: the tokenizer, one capturing group (for ``re.split``).
        grammar: the compiled alternation of all rules, one named group ``r<i>`` per rule.
        rules: (name, type) of each rule, by index.
        tables: lower-cased word -> meaning tables for the normalizer (see :func:`_tables`).
    """

    words: dict[str, Any]
    class_of: dict[str, str]
    char_of: dict[str, str]
    name_of: dict[str, str]
    token_re: re.Pattern[str]
    grammar: re.Pattern[str]
    rules: tuple[tuple[str, str], ...]
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)


def _variants(word: str, *, proper: bool) -> tuple[str, ...]:
    """Spellings a word may take: proper names keep their capital, others may gain one."""
    if proper:
        return (word, word.upper())
    return (word.lower(), word[:1].upper() + word[1:].lower(), word.upper())


def word_classes(words: dict[str, Any]) -> list[tuple[str, list[str], bool]]:
    """(class name, words, is proper name) in precedence order: an earlier class keeps a word."""
    amb = set(words["ambiguous_months"])
    months = [m["name"] for m in words["months"]]
    out: list[tuple[str, list[str], bool]] = [
        ("month_amb", [m for m in months if m in amb], True),
        ("month", [m for m in months if m not in amb], True),
        ("month_abbr", [a for m in words["months"] for a in m["abbr"]], True),
        ("weekday", [d["name"] for d in words["weekdays"]], True),
        ("dayname", list(words["weekday_name_words"]), True),
        ("holiday", list(words.get("holidays", {})), True),
        ("holiday_eve", list(words.get("holiday_eve_words", [])), True),
        ("reldate", list(words["relative_days"]), False),
        ("season", [w for s in words["seasons"].values() for w in s["words"]], False),
        ("pod", [w for p in words["parts_of_day"].values() for w in p["words"]], False),
        ("clock", list(words["clock_words"]), False),
        ("ampm", list(words["clock_suffixes"]), True),
        ("mod", [w for m in words["modifiers"].values() for w in m["words"]], False),
        ("edge", [w for ws in words["edge_words"].values() for w in ws], False),
    ]
    out += [(key, spec["words"], False) for key, spec in words["relative"].items()]
    out += [
        ("unit", [w for u in words["units"].values() for w in u["words"]], False),
        ("units", [w for u in words["units"].values() for w in u["plural"]], False),
        ("numw", list(words["number_words"]), False),
        ("few", list(words["vague_counts"]), False),
        ("ord", list(words["ordinals"]), False),
        ("vague", list(words["vague"]), False),
        ("vague_noun", list(words["vague_nouns"]), False),
        ("setadv", list(words["sets"]), False),
        ("every", list(words["set_words"]), False),
    ]
    proper_fw = {"qletter"}
    out += [(k, v, k in proper_fw) for k, v in words["function_words"].items()]
    return out


def _class_table(words: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Build token -> class char and class name -> class char."""
    names = [name for name, _, _ in word_classes(words)]
    names = list(dict.fromkeys(names + list(PUNCT_CLASSES) + list(NUMBER_CLASSES)))
    names += list(FALLBACK_CLASSES)
    char_of = {name: chr(0x100 + i) for i, name in enumerate(names)}
    class_of: dict[str, str] = {}
    for name, items, proper in word_classes(words):
        for item in items:
            for spelling in _variants(str(item), proper=proper):
                class_of.setdefault(spelling, char_of[name])
    for name, symbols in PUNCT_CLASSES.items():
        for sym in symbols:
            class_of[sym] = char_of[name]
    for n in range(2100):
        kind = "day" if 1 <= n <= 31 else "year" if n >= 1000 else "num"
        class_of.setdefault(str(n), char_of[kind])
    for n in range(10):
        class_of.setdefault(f"0{n}", char_of["day" if n else "num"])
    return class_of, char_of


TOKEN_RE = re.compile(r"([^\W\d_]+(?:\.[A-Za-z]\.)?|\d+|[^\s\w]|_|\n)")
"""Tokens: letter runs (with a dotted tail, so "a.m." and "U.S." stay whole), digit runs, any
other non-space character alone, newlines. A run takes non-ASCII letters too, so "Augustów" is
one word and no month; time words here are English."""


def first_classes(regex: str) -> str | None:
    """Characters a match of ``regex`` can start with, or ``None`` if it could be any.

    Used to put a one-character lookahead before the grammar, so that the regex engine
    skips a token that no rule can start with (most tokens) without trying every rule.
    """
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def seq(items: Any) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            f, nullable = item(op, av)
            if f is None:
                return None, False
            out |= f
            if not nullable:
                return out, False
        return out, True

    def item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            chars: set[str] = set()
            for sub_op, val in av:
                if sub_op is C.LITERAL:
                    chars.add(chr(val))
                elif sub_op is C.RANGE:
                    chars |= {chr(c) for c in range(val[0], val[1] + 1)}
                else:
                    return None, False
            return chars, False
        if op is C.SUBPATTERN:
            return seq(av[-1].data)
        if op is C.BRANCH:
            out: set[str] = set()
            nullable = False
            for branch in av[1]:
                f, n = seq(branch.data)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            return out, nullable
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            f, n = seq(av[2].data)
            return f, n or av[0] == 0
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return set(), True
        return None, False

    try:
        first, _ = seq(_parser.parse(regex).data)
    except Exception:  # noqa: BLE001 - an optimisation only; fall back to no prefilter
        return None
    return "".join(sorted(first)) if first is not None else None


_MACRO = re.compile(r"\{([A-Z_]+)\}")
_CLASS = re.compile(r"<([A-Za-z_]+)>")


def compile_pattern(pattern: str, macros: dict[str, str], char_of: dict[str, str]) -> str:
    """Expand ``{MACRO}`` and ``<class>`` in a grammar pattern into a class-string regex."""
    for _ in range(10):
        expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
        if expanded == pattern:
            break
        pattern = expanded
    if _MACRO.search(pattern):
        raise ValueError(f"macro nesting too deep in {pattern!r}")

    def cls(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in char_of:
            raise KeyError(f"unknown token class <{name}> in time grammar")
        return re.escape(char_of[name])

    return re.sub(r"\s+", "", _CLASS.sub(cls, pattern))


def _tables(words: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Lower-cased word -> meaning, one table per concept, for the normalizer."""
    t: dict[str, dict[str, Any]] = {
        "month": {}, "weekday": {}, "season": {}, "pod": {}, "mod": {}, "rel": {},
        "unit": {}, "number": {}, "ordinal": {}, "vague": {}, "set": {},
    }
    for m in words["months"]:
        for w in [m["name"], *m["abbr"]]:
            t["month"][w.lower()] = m["number"]
    for d in words["weekdays"]:
        t["weekday"][d["name"].lower()] = d["number"]
    for key, s in words["seasons"].items():
        for w in s["words"]:
            t["season"][w] = key
    for p in words["parts_of_day"].values():
        for w in p["words"]:
            t["pod"][w] = p["value"]
    for key, m in words["modifiers"].items():
        for w in m["words"]:
            t["mod"][w] = key
    for key, ws in words["edge_words"].items():
        for w in ws:
            t["mod"][w] = key
    for key, r in words["relative"].items():
        for w in r["words"]:
            t["rel"][w] = key
    for key, u in words["units"].items():
        for w in [*u["words"], *u["plural"]]:
            t["unit"][w] = key
    t["holiday"] = {k.lower(): (int(v["month"]), int(v["day"])) for k, v in words.get("holidays", {}).items()}
    t["number"] = {k: int(v) for k, v in words["number_words"].items()}
    t["ordinal"] = {k: int(v) for k, v in words["ordinals"].items()}
    t["vague"] = {**words["vague_nouns"], **words["vague"]}
    t["set"] = dict(words["sets"])
    return t


@cache
def load() -> Lexicon:
    """Read both YAML files and compile them (once per process)."""
    words = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    grammar = yaml.safe_load(GRAMMAR_FILE.read_text(encoding="utf-8"))
    class_of, char_of = _class_table(words)
    macros = grammar["macros"]
    parts, rules = [], []
    for i, rule in enumerate(grammar["rules"]):
        regex = compile_pattern(rule["pattern"], macros, char_of)
        first = first_classes(regex)
        gate = f"(?=[{re.escape(first)}])" if first else ""
        parts.append(f"{gate}(?P<r{i}>{regex})")
        rules.append((rule["name"], rule["type"]))
    master = "|".join(parts)
    first = first_classes(master)
    if first:
        master = f"(?=[{re.escape(first)}])(?:{master})"
    return Lexicon(
        words=words,
        class_of=class_of,
        char_of=char_of,
        name_of={c: n for n, c in char_of.items()},
        token_re=TOKEN_RE,
        grammar=re.compile(master),
        rules=tuple(rules),
        tables=_tables(words),
    )
