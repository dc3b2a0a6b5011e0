"""Integrity of the lexicon data files: every file loads, obeys its format, and agrees with the SPEC.

A typo in a YAML file (an unquoted ``no`` read as a boolean, a misspelt event type, an item
class no trigger can use) would silently change what the extractor finds; these checks make
such mistakes fail loudly instead.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from watchfloor.extract.lexicon_match import item_lexicon, trigger_lexicon
from watchfloor.lexicons import expand_forms, load
from watchfloor.model import CASUALTY_ITEMS, CLAIM_TYPES

LEXICON_FILES = sorted(p.name for p in resources.files("watchfloor.lexicons").iterdir() if p.name.endswith(".yaml"))


def _strings_only(node, where, in_list=False):
    if isinstance(node, dict):
        for key, value in node.items():
            assert not isinstance(key, bool), f"{where}: key {key!r} was read as a boolean: quote it"
            _strings_only(value, f"{where}.{key}")
    elif isinstance(node, list):
        for value in node:
            _strings_only(value, where, in_list=True)
    elif in_list:
        # a word list: "no", "on", "off" unquoted would become booleans
        assert not isinstance(node, bool), f"{where}: {node!r} was read as a boolean: quote it"


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_every_lexicon_file_loads_without_booleans(name):
    data = yaml.safe_load(resources.files("watchfloor.lexicons").joinpath(name).read_text(encoding="utf-8"))
    assert data, f"{name} is empty"
    _strings_only(data, name)


def test_readme_documents_every_lexicon_file():
    readme = resources.files("watchfloor.lexicons").joinpath("README.md").read_text(encoding="utf-8")
    missing = [name for name in LEXICON_FILES if name not in readme]
    assert not missing, f"lexicons/README.md says nothing of {missing}"


def test_triggers_name_spec_types_and_known_item_classes():
    data = load("triggers")
    classes = set(load("items"))
    assert set(data) == set(CLAIM_TYPES)
    for etype, spec in data.items():
        assert spec.get("verbs") or spec.get("nouns"), etype
        for cls in spec.get("object", []):
            assert cls in classes, f"{etype} needs unknown item class {cls}"


def test_casualty_items_are_spec_items_and_cover_every_casualty_trigger():
    lex = trigger_lexicon()
    assert set(lex.casualty_items.values()) <= set(CASUALTY_ITEMS)
    casualty_forms = {form for form, readings in lex.readings.items() if any(t == "CASUALTY" for t, _ in readings)}
    unmapped = sorted(f for f in casualty_forms if f not in lex.casualty_items)
    assert not unmapped, f"casualty triggers with no item: {unmapped}"


def test_items_have_canonical_lower_case_names():
    for form, entries in item_lexicon().forms.items():
        for cls, name in entries:
            assert form == form.lower()
            if cls != "personnel":
                assert name == name.strip() and name[:1].islower() or name.isupper() or name[:4] == "CCTV", name


@pytest.mark.parametrize(
    ("entry", "kwargs", "expected"),
    [
        ("dispatch", {"verb": True}, {"dispatch", "dispatches", "dispatched", "dispatching"}),
        ("deploy", {"verb": True}, {"deploy", "deploys", "deployed", "deploying"}),
        ("supply|supplies|supplied|supplying", {"verb": True}, {"supply", "supplies", "supplied", "supplying"}),
        ("pull out", {"verb": True}, {"pull out", "pull outs", "pull outed", "pull outing"}),
        ("missile test", {"plural": True}, {"missile test", "missile tests"}),
        ("casualties", {"plural": True}, {"casualties"}),
    ],
)
def test_expand_forms(entry, kwargs, expected):
    assert set(expand_forms(entry, **kwargs)) == expected


class _DuplicateKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a mapping key given twice (PyYAML keeps the last one silently)."""


def _refuse_duplicates(loader, node, deep=False):  # noqa: ANN001, ANN202 - PyYAML constructor hook
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"keys given twice: {twice}", node.start_mark)
    return loader.construct_mapping(node, deep=deep)


_DuplicateKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _refuse_duplicates)


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_no_lexicon_key_is_given_twice(name):
    text = resources.files("watchfloor.lexicons").joinpath(name).read_text(encoding="utf-8")
    yaml.load(text, Loader=_DuplicateKeyLoader)  # noqa: S506 - a SafeLoader subclass


def test_duplicate_key_loader_refuses_a_repeated_key():
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("DEVELOP:\n  bare_nouns: [a]\n  bare_nouns: [b]\n", Loader=_DuplicateKeyLoader)  # noqa: S506
