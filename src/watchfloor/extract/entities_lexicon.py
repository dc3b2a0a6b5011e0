"""Load the entity lexicons (YAML) and compile the matchers the entity finder runs.

Everything the finder knows about names lives in ``watchfloor/lexicons``:
``entities.yaml`` (countries, ambiguous names, context rules, non-entities),
``organizations.yaml``, ``people.yaml`` and ``sectors.yaml``. This module turns them into
one :class:`Lexicon`: a table from alias to :class:`Alias` and a handful of regexes
compiled once at import, so that :func:`watchfloor.extract.entities.find_entities` does
no setup per call. Loading validates the data (ids, sectors, conflicting aliases) and
fails loudly, because a silently dropped alias is a silently missed actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from watchfloor.extract.entities_trie import normalize, trie_pattern

SECTORS: frozenset[str] = frozenset({"GOV", "MIL", "SPY", "LEG", "MED", "CVL", "REB"})
"""The SPEC sectors a COUNTRY id may carry."""

MENTION_KINDS: frozenset[str] = frozenset({"country", "demonym", "org", "group", "person"})

_ENTITY_RE = re.compile(r"(?:[A-Z]{3}(?:\.(?:GOV|MIL|SPY|LEG|MED|CVL|REB))?|IGO\.[A-Z]{2,10})\Z")

# Roles: how an alias gets its entity.
FIXED = "fixed"  # the entity is in the data (possibly None)
CANDIDATES = "candidates"  # an organ whose country comes from the text around it
AMBIGUOUS = "ambiguous"  # the entity unless a conflicting country is mentioned
CONTEXT = "context"  # decided by the document's best context ("the North")
SURNAME = "surname"  # a person's surname alone
BLOCK = "block"  # matched only to be dropped


class LexiconError(ValueError):
    """Raised when a lexicon file breaks its documented format."""


@dataclass(frozen=True, slots=True)
class Alias:
    """What one written form stands for.

    Attributes:
        kind: Mention kind (country, demonym, org, group, person); "" for a block.
        role: How the entity is decided (one of the role constants above).
        entity: The entity id when ``role`` is fixed, ambiguous or surname.
        sector: The sector the alias lends a country word before it (organisations), or
            the sector of the entity (people).
        ref: Identity shared by all names of one organisation or person, for coreference
            ("the JCS" after "the South's Joint Chiefs of Staff"); -1 for none.
        needs_the: The alias counts only after "the", which joins the mention.
        candidates: For ``candidates`` organs: (country, supporting countries) pairs.
        none_if: For ``ambiguous`` names: countries whose mention leaves it unresolved.
        home: For ``candidates`` organs: with no candidate supported by the text, the organ is the
            report's own country's, as a generic organ is (many states have a National Security Council).
        alone: For surnames: resolve even without an earlier full-name mention.
        full: True for a person's full name or alias (not the bare surname).
    """

    kind: str
    role: str
    entity: str | None = None
    sector: str | None = None
    ref: int = -1
    needs_the: bool = False
    candidates: tuple[tuple[str, tuple[str, ...]], ...] = ()
    none_if: tuple[str, ...] = ()
    home: bool = False
    alone: bool = True
    full: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """A document context: which mentions signal it and which aliases it resolves."""

    name: str
    countries: frozenset[str]
    aliases: frozenset[str]
    resolve: dict[str, str | None]


@dataclass(slots=True)
class Lexicon:
    """All entity data plus the compiled matchers built from it."""

    aliases: dict[str, Alias] = field(default_factory=dict)
    contexts: list[Context] = field(default_factory=list)
    country_context: dict[str, str] = field(default_factory=dict)  # "army" -> "MIL": the main country's
    context_keys: frozenset[str] = frozenset()  # every phrase some context of ``contexts`` resolves
    sector_phrases: dict[str, tuple[str, str]] = field(default_factory=dict)
    modifiers: frozenset[str] = frozenset()
    titles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    not_names: frozenset[str] = frozenset()
    not_name_endings: tuple[str, ...] = ()
    acronym_heads: frozenset[str] = frozenset()
    armed_group_words: frozenset[str] = frozenset()
    state_name_words: frozenset[str] = frozenset()
    state_body_heads: frozenset[str] = frozenset()
    demonym_named_places: frozenset[str] = frozenset()
    transnational: frozenset[str] = frozenset()
    transnational_keys: frozenset[str] = frozenset()  # the same names normalised, as atoms carry them
    transnational_theatres: frozenset[str] = frozenset()  # countries where they fight as local insurgents
    dateline_places: dict[str, str] = field(default_factory=dict)
    not_followed_by: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    base_res: tuple[re.Pattern[str], ...] = ()
    sector_re: re.Pattern[str] = field(default=re.compile("(?!)"))
    sector_before_re: re.Pattern[str] = field(default=re.compile("(?!)"))
    title_res: tuple[re.Pattern[str], ...] = ()
    one_title_re: re.Pattern[str] = field(default=re.compile("(?!)"))
    suffix_re: re.Pattern[str] = field(default=re.compile("(?!)"))


def entity_country(entity: str | None) -> str | None:
    """The part of an entity id before the first dot (``KOR.MIL`` -> ``KOR``)."""
    if entity is None:
        return None
    return entity.split(".", 1)[0]


def entity_sector(entity: str | None) -> str | None:
    """The sector of a COUNTRY.SECTOR id, or None (IGO ids have no sector)."""
    if entity is None or entity.startswith("IGO."):
        return None
    parts = entity.split(".", 1)
    return parts[1] if len(parts) == 2 else None


def valid_entity(entity: str) -> bool:
    """True when ``entity`` is a well-formed SPEC id (``KOR``, ``KOR.MIL``, ``IGO.UN``)."""
    return bool(_ENTITY_RE.match(entity))


def _read(name: str) -> dict[str, Any]:
    text = resources.files("watchfloor.lexicons").joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: top level must be a mapping")
    return data


def _check_entity(entity: Any, where: str) -> str | None:
    if entity is None:
        return None
    if not isinstance(entity, str) or not valid_entity(entity):
        raise LexiconError(f"{where}: invalid entity id {entity!r}")
    return entity


def _plural(demonym: str) -> str | None:
    """English plural of a demonym used as a noun, or None where it has none."""
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return demonym + "s"


def _name_variants(name: str) -> Iterator[str]:
    """A name and its hyphen variants: "Shin Won-sik" -> "Shin Won-Sik", "Shin Won Sik"."""
    yield name
    if not re.search(r"[a-z]-[a-z]", name):
        return
    yield re.sub(r"([a-z])-([a-z])", lambda m: m[1] + "-" + m[2].upper(), name)
    yield re.sub(r"([a-z])-([a-z])", lambda m: m[1] + " " + m[2].upper(), name)


class _Builder:
    """Collects aliases, refusing one written form with two different meanings."""

    def __init__(self) -> None:
        self.aliases: dict[str, Alias] = {}
        self.where: dict[str, str] = {}
        self.next_ref = 0

    def ref(self) -> int:
        self.next_ref += 1
        return self.next_ref

    def add(self, surface: str, alias: Alias, where: str) -> None:
        if not isinstance(surface, str) or not surface.strip():
            raise LexiconError(f"{where}: empty alias")
        key = normalize(surface)
        old = self.aliases.get(key)
        if old is not None and old != alias:
            same = (old.entity, old.kind, old.role) == (alias.entity, alias.kind, alias.role)
            if not same:
                raise LexiconError(
                    f"alias {key!r} in {where} conflicts with {self.where[key]}: "
                    f"{old.entity}/{old.kind}/{old.role} vs "
                    f"{alias.entity}/{alias.kind}/{alias.role}"
                )
        if old is None:
            self.aliases[key] = alias
            self.where[key] = where


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _title_case(phrase: str) -> str:
    """"press secretary" -> "Press Secretary"; "of" and "the" stay lower-case."""
    return " ".join(w if w in ("of", "the") else _capitalised(w) for w in phrase.split(" "))


def _load_countries(b: _Builder, data: dict[str, Any], places: dict[str, str]) -> None:
    for row in data.get("countries") or []:
        cid = _check_entity(row.get("id"), "entities.yaml countries")
        if cid is None or "." in cid:
            raise LexiconError(f"entities.yaml: country id must be ISO alpha-3: {row!r}")
        where = f"entities.yaml {cid}"
        for name in row.get("names") or []:
            b.add(name, Alias("country", FIXED, cid), where)
            places.setdefault(name.upper(), cid)
        for capital in row.get("capitals") or []:
            b.add(capital, Alias("country", FIXED, cid), where)
            places.setdefault(capital.upper(), cid)
        demonyms = list(row.get("demonyms") or [])
        # A generated plural that is already a name ("Philippines") stays a name.
        plurals = [p for p in map(_plural, demonyms) if p and p not in row["names"]]
        for word in demonyms + plurals + list(row.get("plurals") or []):
            b.add(word, Alias("demonym", FIXED, cid), where)
    for row in data.get("ambiguous") or []:
        entity = _check_entity(row.get("entity"), "entities.yaml ambiguous")
        kind = row.get("kind", "country")
        none_if = tuple(row.get("none_if") or ())
        for word in row.get("aliases") or []:
            b.add(word, Alias(kind, AMBIGUOUS, entity, none_if=none_if), "entities.yaml ambiguous")


def _load_contexts(b: _Builder, data: dict[str, Any]) -> list[Context]:
    contexts: list[Context] = []
    for name, row in (data.get("contexts") or {}).items():
        resolve: dict[str, str | None] = {}
        for phrase, entity in (row.get("resolve") or {}).items():
            entity = _check_entity(entity, f"entities.yaml context {name}")
            # "the North" names a country; "the army", "the alliance" an organ or a body
            organ = "country" if entity is None or "." not in entity else "org"
            kind = organ if phrase.startswith("the ") else "group"
            for key in _add_context_phrase(b, phrase, kind, f"entities.yaml context {name}"):
                resolve[key] = entity
        contexts.append(
            Context(
                name,
                frozenset(row.get("countries") or ()),
                frozenset(normalize(a) for a in row.get("aliases") or ()),
                resolve,
            )
        )
    return contexts


def _load_country_context(b: _Builder, data: dict[str, Any]) -> dict[str, str]:
    """``country_context``: phrase -> sector of the report's main country ("the army": MIL)."""
    out: dict[str, str] = {}
    for phrase, sector in (data.get("country_context") or {}).items():
        if sector not in SECTORS:
            raise LexiconError(f"entities.yaml country_context {phrase!r}: unknown sector {sector!r}")
        kind = "org" if phrase.startswith("the ") else "group"
        for key in _add_context_phrase(b, phrase, kind, "entities.yaml country_context"):
            out[key] = sector
    return out


def _add_context_phrase(b: _Builder, phrase: str, kind: str, where: str) -> list[str]:
    """Register a phrase a context resolves and return its keys: "the army" needs the article,
    which joins the mention; a bare word ("insurgents") also matches capitalised."""
    needs_the = phrase.startswith("the ")
    key = normalize(phrase[4:] if needs_the else phrase)
    b.add(key, Alias(kind, CONTEXT, needs_the=needs_the), where)
    if needs_the:
        # "the Army", "the Border Guard": a body's name is often capitalised
        b.add(_title_case(key), Alias(kind, CONTEXT, needs_the=True), where)
        return [key, normalize(_title_case(key))]
    b.add(_capitalised(key), Alias(kind, CONTEXT), where)
    return [key, normalize(_capitalised(key))]


def _load_organizations(b: _Builder, data: dict[str, Any]) -> None:
    for row in data.get("organizations") or []:
        names = row.get("names") or []
        where = f"organizations.yaml {names[:1]}"
        entity = _check_entity(row.get("entity"), where)
        sector = row.get("sector") or entity_sector(entity)
        if sector is not None and sector not in SECTORS:
            raise LexiconError(f"{where}: unknown sector {sector!r}")
        kind = row.get("kind", "org")
        if kind not in ("org", "group"):
            raise LexiconError(f"{where}: kind must be org or group, not {kind!r}")
        raw = row.get("countries") or {}
        candidates = tuple((c, tuple(sup)) for c, sup in raw.items())
        for country, support in candidates:
            for code in (country, *support):
                if not re.fullmatch(r"[A-Z]{3}", code):
                    raise LexiconError(f"{where}: bad country {code!r}")
        role = FIXED if "entity" in row else CANDIDATES
        home = bool(row.get("home", False))
        if home and not candidates:
            raise LexiconError(f"{where}: home needs countries")
        ref = b.ref()
        for name in names:
            alias = Alias(kind, role, entity, sector, ref, candidates=candidates, home=home)
            for variant in _article_variants(name):
                b.add(variant, alias, where)


_ARTICLE = re.compile(r"([Aa]l|[Ee]l|[Aa]d|[Aa]sh|[Aa]n)[- ](?=[A-Z])")


def _article_variants(name: str) -> list[str]:
    """An Arabic article written four ways: "al-Shabaab", "al Shabaab", "Al-Shabaab", "Al Shabaab"
    (a sentence's first word is capitalised; outlets differ on the hyphen)."""
    found = _ARTICLE.match(name)
    if found is None:
        return [name]
    word, rest = found.group(1).lower(), name[found.end() :]
    forms = [f"{w}{sep}{rest}" for w in (word, word.capitalize()) for sep in ("-", " ")]
    return list(dict.fromkeys([name, *forms]))


def _load_people(b: _Builder, data: dict[str, Any]) -> None:
    for row in data.get("people") or []:
        name = row.get("name")
        where = f"people.yaml {name}"
        entity = _check_entity(row.get("entity"), where)
        ref = b.ref()
        sector = entity_sector(entity)
        for written in [name, *(row.get("aliases") or [])]:
            for variant in _name_variants(written):
                b.add(variant, Alias("person", FIXED, entity, sector, ref, full=True), where)
        surname = row.get("surname")
        if surname:
            alone = bool(row.get("alone", False))
            b.add(surname, Alias("person", SURNAME, entity, sector, ref, alone=alone), where)


def _load_blocks(b: _Builder, data: dict[str, Any]) -> None:
    for phrase in data.get("not_entities") or []:
        b.add(phrase, Alias("", BLOCK), "entities.yaml not_entities")


def _load_sectors(lex: Lexicon, data: dict[str, Any]) -> None:
    for sector, kinds in (data.get("sectors") or {}).items():
        if sector not in SECTORS:
            raise LexiconError(f"sectors.yaml: unknown sector {sector!r}")
        for kind, phrases in kinds.items():
            if kind not in MENTION_KINDS:
                raise LexiconError(f"sectors.yaml {sector}: unknown kind {kind!r}")
            for phrase in phrases:
                key = normalize(phrase).lower()
                old = lex.sector_phrases.get(key)
                if old is not None and old != (sector, kind):
                    raise LexiconError(f"sectors.yaml: {key!r} is both {old} and {sector}/{kind}")
                lex.sector_phrases[key] = (sector, kind)
    lex.modifiers = frozenset(normalize(m).lower() for m in data.get("modifiers") or ())
    for row in data.get("titles") or []:
        sector, country = row.get("sector"), row.get("country")
        if sector is not None and sector not in SECTORS:
            raise LexiconError(f"sectors.yaml titles: unknown sector {sector!r}")
        for title in row.get("titles") or []:
            for form in {title, _capitalised(title), _title_case(title)}:
                key = normalize(form)
                old = lex.titles.get(key)
                if old is not None and old != (sector, country):
                    raise LexiconError(f"sectors.yaml: title {key!r} given twice")
                lex.titles[key] = (sector, country)
    one_word_titles = {t for t in lex.titles if " " not in t and not t.endswith(".")}
    lex.not_names = frozenset(data.get("not_names") or ()) | one_word_titles
    lex.not_name_endings = tuple(data.get("not_name_endings") or ())


def _alternation(literals: Iterable[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(set(literals), key=len, reverse=True))


# Letters of a name word, upper- and lower-case, Latin with diacritics.
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_WS = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"  # blanks with at most one line break
_NAME_WORD = (
    rf"(?:[{_UP}]\.(?=\s[{_UP}])"
    rf"|(?:(?:al|el|ad|as|an|ar|ash|at|az)-)?[{_UP}](?:[{_LO}]+|['’](?=[{_UP}]))"
    rf"(?:['’]?[{_UP}][{_LO}]+)*(?:-[{_UP}{_LO}][{_LO}]+)*)"
)
_PARTICLE = r"(?:bin|ibn|al|el|de|da|di|du|van|von|der|den|la|le)"
NAME_PATTERN = rf"{_NAME_WORD}(?:{_WS}(?:{_PARTICLE}{_WS}){{0,2}}{_NAME_WORD}){{0,3}}"


def _by_case(phrases: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split phrases into those starting with a capital and the rest.

    A regex that begins with a trie of capitalised phrases lets the engine skip every
    position whose character is not one of their first letters, in C; mixing in the few
    lower-case phrases would make it try nearly every position. So each list gets its
    own regex, and neither starts with a look-behind (the caller checks the left word
    boundary), which would also defeat that skip.
    """
    upper, lower = [], []
    for phrase in phrases:
        (upper if phrase[:1].isupper() else lower).append(phrase)
    return upper, lower


def _compile(lex: Lexicon) -> None:
    lex.base_res = tuple(
        re.compile(rf"{trie_pattern(part)}(?![\w])") for part in _by_case(lex.aliases)
    )
    sectors = trie_pattern(lex.sector_phrases)
    mods = _alternation(lex.modifiers)
    lex.sector_re = re.compile(
        rf"(?:(?:{mods}){_WS}){{0,2}}(?P<s>{sectors})(?![\w])", re.IGNORECASE
    )
    lex.sector_before_re = re.compile(
        rf"(?<![\w])(?P<s>{sectors})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE
    )
    titles = trie_pattern(lex.titles)
    lex.title_res = tuple(
        re.compile(
            rf"{trie_pattern(part)}(?:{_WS}{titles})*{_WS}(?P<name>{NAME_PATTERN})(?![\w])"
        )
        for part in _by_case(lex.titles)
    )
    lex.one_title_re = re.compile(rf"{titles}{_WS}")
    suffixes = [re.escape(s) + (r"(?!\w)" if s[-1].isalnum() else "") for s in lex.not_followed_by]
    suffixes.append(r"-\d")  # a model number glued on: the "Palestine-2" missile names no actor
    lex.suffix_re = re.compile("|".join(suffixes))


def load_lexicon() -> Lexicon:
    """Read and validate every entity lexicon file and compile the matchers.

    Returns:
        A ready :class:`Lexicon`.

    Raises:
        LexiconError: When a file breaks its format or two entries claim one alias.
    """
    b = _Builder()
    lex = Lexicon()
    ents = _read("entities.yaml")
    places: dict[str, str] = {}
    _load_countries(b, ents, places)
    lex.contexts = _load_contexts(b, ents)
    lex.country_context = _load_country_context(b, ents)
    lex.context_keys = frozenset(key for ctx in lex.contexts for key in ctx.resolve)
    orgs = _read("organizations.yaml")
    _load_organizations(b, orgs)
    lex.acronym_heads = frozenset(orgs.get("acronym_heads") or ())
    lex.armed_group_words = frozenset(orgs.get("armed_group_words") or ())
    lex.state_name_words = frozenset(orgs.get("state_name_words") or ())
    lex.state_body_heads = frozenset(orgs.get("state_body_heads") or ())
    lex.demonym_named_places = frozenset(orgs.get("demonym_named_places") or ())
    lex.transnational = frozenset(orgs.get("transnational_groups") or ())
    lex.transnational_keys = frozenset(normalize(name) for name in lex.transnational)
    lex.transnational_theatres = frozenset(orgs.get("transnational_theatres") or ())
    _load_people(b, _read("people.yaml"))
    _load_blocks(b, ents)
    for ctx in lex.contexts:
        for phrase in ctx.aliases:
            if phrase not in b.aliases:
                raise LexiconError(f"context {ctx.name}: trigger {phrase!r} is not an alias")
    lex.aliases = b.aliases
    for city, cid in (ents.get("dateline_cities") or {}).items():
        places.setdefault(city.upper(), cid)  # "GEORGETOWN, May 30 --": a place only as a dateline's
    lex.dateline_places = places
    lex.not_followed_by = tuple(ents.get("not_followed_by") or ())
    lex.not_preceded_by = tuple(ents.get("not_preceded_by") or ())
    if not all(p.endswith("-") for p in lex.not_preceded_by):
        raise LexiconError("entities.yaml: every not_preceded_by prefix must end in '-'")
    _load_sectors(lex, _read("sectors.yaml"))
    lex.not_names |= lex.acronym_heads
    _compile(lex)
    return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use."""
    return load_lexicon()
