"""Data files of words and patterns, loaded once and cached.

The files are documented in ``README.md`` beside them; code never hard-codes a word list.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """Load ``<name>.yaml`` from this package (cached: lexicons are read once per process)."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def expand_forms(entry: str, *, plural: bool = False, verb: bool = False) -> list[str]:
    """Turn a lexicon entry into its surface forms.

    ``"a|b|c"`` lists the forms explicitly. Otherwise a verb lemma gets its regular
    inflections (dispatch -> dispatches, dispatched, dispatching) and a noun its plural;
    irregular words are written out with ``|`` in the data file instead of special-cased here.
    """
    if "|" in entry:
        return [f.strip() for f in entry.split("|") if f.strip()]
    forms = [entry]
    head, _, last = entry.rpartition(" ")
    word = last or entry
    prefix = f"{head} " if head else ""
    if verb:
        forms += [prefix + w for w in _verb_forms(word)]
    elif plural and not word.endswith(("s", "ed")) and " or " not in entry and " and " not in entry:
        forms.append(prefix + _plural(word))
    return list(dict.fromkeys(forms))


def _plural(word: str) -> str:
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _verb_forms(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "s", word + "d", word[:-1] + "ing"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    if word.endswith(("ch", "sh", "x", "z", "s")):
        return [word + "es", word + "ed", word + "ing"]
    return [word + "s", word + "ed", word + "ing"]
