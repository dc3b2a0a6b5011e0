"""Stage ``entities``: find every actor a report names and the SPEC entity it stands for.

:func:`find_entities` works in passes over precompiled matchers, with no per-character
Python loop:

1. **Scan.** One trie-shaped regex over every alias in the lexicons (countries,
   demonyms, capitals, organisations, groups, people, context words, non-entities) gives
   *atoms*: leftmost-longest, case-sensitive, on word boundaries. Non-entities ("Korean
   Peninsula"), matches glued to a suffix ("Russian-made") or prefix ("pro-Russian"),
   and "North"/"South" without "the" are dropped.
2. **Titles.** A second regex finds a title chain and a capitalised name
   ("Defense Minister Shin Won-sik", "Press Secretary Maj. Gen. Pat Ryder"); a known
   person inside the name is merged into it.
3. **Resolve alone.** Fixed names take their entity; ambiguous names ("Korea") and
   context words ("the North", "insurgents") are decided by the document's evidence
   (:mod:`watchfloor.extract.entities_context`); a bare surname counts only after the
   full name, after a title, or when the lexicon marks it unambiguous.
4. **Compose.** Left to right, a country word (or organisation, or person) and what
   follows it, after an optional possessive, become one mention: a sector noun from
   ``sectors.yaml`` ("South Korea's military" -> KOR.MIL), an organ ("the South's Joint
   Chiefs of Staff" -> KOR.MIL), a titled name ("Ukrainian President Volodymyr Zelensky"
   -> UKR.GOV). "the armed forces of Ukraine" composes the other way round.
5. **Organs without a country** ("the JCS") take the country the same organ had with a
   country word elsewhere in the text, else the dateline's, else the best-supported
   candidate of the lexicon, else none.
6. **Acronyms** the text defines ("... Team (MSMT)") map later uses to the long form.
7. **Short names**: "the Guards" after "Iran's Revolutionary Guards" takes its entity, and
   "the group" the armed group named last (``group_anaphors``).

Precedence inside one composed mention: the country comes from the country word, else the
person, else the organisation, else a country-specific title; the sector comes from the
first organisation or sector noun, else the title nearest the name, else the person's
lexicon entry. An international organisation's id (``IGO.UN``) is kept whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from watchfloor.extract.entities_context import (
    Evidence,
    acronym_mentions,
    foreign_acronyms,
    gather,
    group_anaphor_mentions,
    named_state_bodies,
    person_short_names,
    section_hosts,
    short_name_mentions,
)
from watchfloor.extract.entities_lexicon import (
    AMBIGUOUS,
    BLOCK,
    CANDIDATES,
    CONTEXT,
    FIXED,
    SURNAME,
    Alias,
    Lexicon,
    entity_country,
    entity_sector,
    lexicon,
)
from watchfloor.extract.entities_trie import normalize, trie_pattern
from watchfloor.extract.mentions import EntityMention, SpanOverlaps
from watchfloor.extract.places import OF_NAME_AFTER, gazetteer
from watchfloor.extract.world_places import world_gazetteer
from watchfloor.lexicons import load

__all__ = ["find_entities"]

_LEX: Lexicon = lexicon()
_GROUP_ANAPHORS: tuple[str, ...] = tuple(load("entities").get("group_anaphors") or ())

_THE_BEFORE_RE = re.compile(r"(?<![\w])[Tt]he\s+\Z")
_CAPITAL_AFTER_RE = re.compile(r"[^\S\n]+[A-Z]")
# Between a country word and its head: an optional possessive, then blanks (one line break).
_CONNECT_RE = re.compile(r"(['’]s?)?(?:-led)?(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)")
# "an Afghan-led security force", "Afghan-led forces": the forces of the country that leads them
# "US-led air strikes": the leader's strikes (a "U.S.-led coalition" is many states, none alone)
_LED_FORCE_RE = re.compile(
    r"-led\s+(?:(?:security|military|combined|joint|ground|international|naval|multinational)\s+)?"
    r"(?:force|forces|troops|militants|fighters|gunmen|rebels|air\s*strikes?|strikes?|raids?|bombing|bombings|"
    r"operations?|offensive)\b"
)
# a possessive, at most two modifiers before the head: "our riot police", "Burundi's police"
_OWNED_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Ww]hose)|\w['’]s?)\s+(?:[\w-]+\s+){0,2}\Z"
)
_OF_BEFORE_RE = re.compile(r"(?<![\w])of\s+(?:the\s+)?\Z")
_LANGUAGE_BEFORE = re.compile(r"\b(?:[Tt]ranslated|[Tt]ranslation|[Tt]ranslations)\s+(?:from|into)\s+(?:the\s+)?\Z")
_LANGUAGE_AFTER = re.compile(r"[\s-]+(?:language|speaking|speakers?)\b")
_RUNTIME_AFTER = re.compile(r"\s+\d{1,2}:\d{2}\b(?!\s*(?i:a\.?m|p\.?m|gmt|utc|local|hours|hrs|h\b))")
_SECTOR_BEFORE_WINDOW = 80
_MAX_CHAIN = 4
_GEO = ("country", "demonym")


@dataclass(slots=True)
class _Atom:
    """One matched name (or titled name) before composition."""

    start: int
    end: int
    kind: str
    alias: Alias | None
    key: str = ""
    entity: str | None = None
    titled: bool = False
    title_sector: str | None = None
    title_country: str | None = None


@dataclass(slots=True)
class _Part:
    """A sector noun inside a composed mention ("military" in "South Korea's military")."""

    start: int
    end: int
    sector: str
    kind: str


@dataclass(slots=True)
class _Mention:
    """A composed mention under construction."""

    start: int
    end: int
    kind: str
    entity: str | None
    items: list = field(default_factory=list)
    organ: _Atom | None = None  # a country-less organ still to resolve
    sector: str | None = None


def title_cased(heading: str) -> str:
    """A heading in capitals ("GENERAL STAFF OF THE ARMED FORCES OF UKRAINE") re-cased so that the
    case-sensitive lexicon reads it: each word capitalised, the ``title_small_words`` lower-case.
    Offsets into the result do not refer to the document (words are joined by single spaces)."""
    small = frozenset(load("cues")["title_small_words"])
    words: list[str] = []
    for line in heading.splitlines():
        if _mostly_lower(line):
            words.extend(line.split())  # a line in running case ("Demo UN Briefing Transcripts") keeps it
            continue
        for w in line.split():
            if w.lower() in small:
                words.append(w.lower())
            else:  # "SECRETARY-GENERAL" -> "Secretary-General"
                words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def _mostly_lower(line: str) -> bool:
    """Whether a line is written in running case, not in capitals: most of its letters are lower case."""
    letters = [c for c in line if c.isalpha()]
    return sum(c.islower() for c in letters) > len(letters) / 2


def find_entities(text: str) -> list[EntityMention]:
    """Find every mention of an actor in ``text`` with its SPEC entity id.

    Args:
        text: The document text (any length; offsets refer to it).

    Returns:
        Mentions sorted by offset, never overlapping (the longest reading wins), each with
        ``text[start:end] == mention.text``. ``entity`` is None when the actor is known to
        be one but its country cannot be told from the text.
    """
    if not text:
        return []
    lex = _LEX
    atoms, hits = _scan(text, lex)
    foreign = foreign_acronyms(text, lex.aliases)
    if foreign:
        atoms = [a for a in atoms if text[a.start : a.end] not in foreign]
    # "Translated from Spanish", "Spanish-language media": a language, no side; "TRT 2:50" in a TV
    # script's rundown: a running time, not the Turkish broadcaster
    atoms = [a for a in atoms if not (_LANGUAGE_BEFORE.search(text, max(0, a.start - 30), a.start)
                                      or _LANGUAGE_AFTER.match(text, a.end) or _RUNTIME_AFTER.match(text, a.end))]
    # a group that fights in many countries ("Boko Haram" in a report from N'Djamena) says nothing of
    # where the story is: its base is not counted as a country the report names
    fixed = [
        a.alias.entity
        for a in atoms
        if a.alias is not None and a.alias.role == FIXED and a.key not in lex.transnational_keys
    ]
    ev = gather(text, lex, fixed, hits)
    atoms = _merge_titles(text, lex, atoms)
    sections = section_hosts(text, lex)
    atoms = _resolve_alone(text, lex, atoms, ev, sections)
    mentions = _compose(text, lex, atoms)
    mentions = _compose_of(text, lex, mentions)
    _resolve_organs(mentions, ev, sections)
    _home_fixed_organs(mentions, ev)
    _local_branches(text, mentions, ev)
    mentions = _add_acronyms(text, lex, mentions, ev)
    mentions = _add_short_names(text, mentions)
    found = _with_ships(text, _voices_of_bodies(text, _finish(text, mentions)))
    return _place_bodies(text, lex, _shared_sectors(text, _without_named_places(text, lex, found)))


# "Sabah's Chief Minister", "Karakalpakstan's health department": a town's or region's possessive, then a body
_PLACE_OWNER = re.compile(r"(?<![\w-])([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['’]s\s+")


def _place_bodies(text: str, lex: Lexicon, found: list[EntityMention]) -> list[EntityMention]:
    """A body or office owned by a place of the gazetteer ("Sabah's Chief Minister", "Kherson's
    governor", "Karakalpakstan's health department") is the place's country's, in the sector its
    head noun names (sectors.yaml), as "Russia's Security Council" is Russia's."""
    places, world = gazetteer(), world_gazetteer()
    added = []
    taken = SpanOverlaps([(e.start, e.end) for e in found])
    for m in _PLACE_OWNER.finditer(text):
        name = m.group(1)
        country = places.get(normalize(name)) or world.get(name)
        if country is None or taken.any_with(m.start(), m.end()):
            continue
        sec = lex.sector_re.match(text, m.end())
        if sec is None:
            continue
        sector, kind = lex.sector_phrases[normalize(sec.group("s")).lower()]
        added.append(EntityMention(m.start(1), sec.end(), text[m.start(1) : sec.end()], f"{country}.{sector}", kind))
    return sorted(found + added, key=lambda e: e.start) if added else found


_AND_GAP = re.compile(r"\s+(?:and|or)\s+")


def _shared_sectors(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """ "South Korean and Ukrainian intelligence", "South Korean and U.S. officials": a demonym
    joined to a mention whose sector word follows shares that word, so it is the same body of its
    own country."""
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if first.kind != "demonym" or not first.entity or "." in first.entity or not second.entity:
            continue
        if "." not in second.entity or second.entity.startswith("IGO") or second.kind not in ("org", "group"):
            continue  # not "Afghan and coalition forces": a bloc's forces lend no sector
        if not _AND_GAP.fullmatch(text, first.end, second.start):
            continue
        sector = second.entity.split(".", 1)[1]
        out[k] = EntityMention(first.start, first.end, first.text, f"{first.entity}.{sector}", second.kind)
    return out


def _without_named_places(text: str, lex: Lexicon, found: list[EntityMention]) -> list[EntityMention]:
    """ "the Saudi Maternity Hospital", "the Indonesian Hospital": a demonym opening a place's name
    (organizations.yaml ``demonym_named_places``) names no side, so it is no mention."""
    if not lex.demonym_named_places or not any(e.kind == "demonym" for e in found):
        return found
    named = _named_place_after(lex.demonym_named_places)
    return [e for e in found if e.kind != "demonym" or not named.match(text, e.end)]


@cache
def _named_place_after(heads: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,2}}?\s+(?:{trie_pattern(heads)})\b")


_BODY_TO_VOICE = re.compile(r"\)?[^\S\n]+\Z")


def _voices_of_bodies(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """"Ukrainian military intelligence (HUR) spokesman Andriy Yusov": a titled person right after a
    body (past its acronym in brackets) speaks for that body, not for the country the title implies."""
    out = list(found)
    for k in range(1, len(out)):
        body, person = out[k - 1], out[k]
        if person.kind != "person" or body.kind != "org" or not body.entity or not person.entity:
            continue
        if entity_country(body.entity) != entity_country(person.entity) or body.entity.count(".") < 1:
            continue
        if _BODY_TO_VOICE.fullmatch(text, body.end, person.start):
            out[k] = EntityMention(person.start, person.end, person.text, body.entity, person.kind)
    return out


def _with_ships(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """Warships by their prefix ("USS Philippine Sea", "HMS Diamond"): the navy of the prefix's
    country, in place of any mention inside the ship's name."""
    ships = [
        EntityMention(m.start(), m.end(), m.group(), f"{_ship_prefixes()[m.group(1)]}.MIL", "org")
        for m in _ship_pattern().finditer(text)
    ]
    if not ships:
        return found
    again = []
    uses: dict[str, list[re.Match[str]]] = {}  # each name's uses, found once in the whole text
    for ship in ships:  # "the Truman" after "the USS Harry S. Truman": the same ship by its last name
        name = ship.text.split()[-1]
        if len(name) < 3 or not name[:1].isupper():
            continue
        if name not in uses:
            uses[name] = list(re.finditer(rf"\bthe\s+({re.escape(name)})\b", text))
        for use in uses[name]:
            if use.start() >= ship.end:
                again.append(EntityMention(use.start(1), use.end(1), name, ship.entity, "org"))
    ships = sorted(ships + again, key=lambda e: e.start)
    named = SpanOverlaps([(s.start, s.end) for s in ships])
    kept = [e for e in found if not named.any_with(e.start, e.end)]
    return sorted(kept + ships, key=lambda e: e.start)


@cache
def _ship_prefixes() -> dict[str, str]:
    return {str(k): str(v) for k, v in (load("organizations").get("ship_prefixes") or {}).items()}


@cache
def _ship_pattern() -> re.Pattern[str]:
    prefixes = "|".join(sorted(map(re.escape, _ship_prefixes()), key=len, reverse=True))
    return re.compile(rf"\b({prefixes})[^\S\n]+(?:[A-Z][\w'’.-]*)(?:[^\S\n]+[A-Z][\w'’.-]*){{0,2}}")


def _scan(text: str, lex: Lexicon) -> tuple[list[_Atom], Counter[str]]:
    """Pass 1: alias matches as atoms, plus the count of every alias matched."""
    atoms: list[_Atom] = []
    hits: Counter[str] = Counter()
    aliases = lex.aliases
    for m in _word_matches(text, lex.base_res, lex.not_preceded_by):
        key = normalize(m.group())
        alias = aliases[key]
        hits[key] += 1
        if alias.role == BLOCK:
            continue
        start, end = m.span()
        if lex.suffix_re.match(text, end) and not _LED_FORCE_RE.match(text, end):
            continue  # not "Russian-made drones"; "an Afghan-led security force" is Afghanistan's
        if alias.needs_the:
            the = _THE_BEFORE_RE.search(text, max(0, start - 8), start)
            if the is None or _CAPITAL_AFTER_RE.match(text, end):
                continue
            start = the.start()
        atoms.append(_Atom(start, end, alias.kind, alias, key))
    return atoms, hits


def _word_matches(
    text: str, patterns: tuple[re.Pattern[str], ...], not_after: tuple[str, ...] = ()
) -> list[re.Match[str]]:
    """Matches of several patterns that start a word, leftmost-longest, not overlapping.

    The patterns carry no left boundary of their own (see ``entities_lexicon._by_case``):
    a match inside a word, or right after one of ``not_after`` ("pro-"), is skipped and
    the search resumes one character later, so it hides nothing.
    """
    found: list[re.Match[str]] = []
    for rx in patterns:
        pos = 0
        search = rx.search
        while (m := search(text, pos)) is not None:
            start = m.start()
            before = text[start - 1] if start else " "
            if (
                before.isalnum()
                or before == "_"
                or (before == "-" and any(text.endswith(p, 0, start) for p in not_after))
            ):
                pos = start + 1
                continue
            found.append(m)
            pos = m.end()
    if len(patterns) > 1:
        found.sort(key=lambda m: (m.start(), -m.end()))
        kept: list[re.Match[str]] = []
        last_end = -1
        for m in found:
            if m.start() >= last_end:
                kept.append(m)
                last_end = m.end()
        found = kept
    return found


def _merge_titles(text: str, lex: Lexicon, atoms: list[_Atom]) -> list[_Atom]:
    """Pass 2: titled names, merged with the person atoms they contain."""
    starts = [a.start for a in atoms]
    drop: set[int] = set()
    titled: list[_Atom] = []
    for m in _word_matches(text, lex.title_res):
        t_start, n_start, n_end = m.start(), m.start("name"), m.end("name")
        n_end = _cut_name(text, lex, n_start, n_end)
        i = bisect_left(starts, t_start)
        if i > 0 and atoms[i - 1].end > t_start and i - 1 not in drop:
            continue  # the title begins inside a name ("General Staff")
        person: int | None = None
        ok = True
        while i < len(atoms) and atoms[i].start < n_end:
            a = atoms[i]
            if a.start < n_start:
                ok = False  # a name inside the title words wins over the title
                break
            if a.kind == "person" and person is None:
                person = i
                n_end = max(n_end, a.end)
            else:
                n_end = min(n_end, a.start)
                break
            i += 1
        n_end = n_start + len(text[n_start:n_end].rstrip())
        if not ok or n_end <= n_start:
            continue
        if person is None and not _plausible_name(lex, text[n_start:n_end]):
            continue
        sector, country = _title_info(text, lex, t_start, n_start)
        alias = atoms[person].alias if person is not None else None
        if person is not None:
            drop.add(person)
        titled.append(
            _Atom(t_start, n_end, "person", alias, titled=True, title_sector=sector,
                  title_country=country)
        )
    if not titled:
        return atoms
    kept = [a for k, a in enumerate(atoms) if k not in drop]
    return sorted(kept + titled, key=lambda a: (a.start, -a.end))


def _cut_name(text: str, lex: Lexicon, start: int, end: int) -> int:
    """End of a name after cutting it at the first word that is never part of a name."""
    pos = start
    for word in text[start:end].split():
        at = text.index(word, pos)
        if word.rstrip(".,") in lex.not_names:
            return at
        pos = at + len(word)
    return end


def _plausible_name(lex: Lexicon, name: str) -> bool:
    """An unknown name after a title: one word must not end like an English word."""
    if " " in name.strip():
        return True
    return not name.lower().endswith(lex.not_name_endings)


def _title_info(text: str, lex: Lexicon, start: int, stop: int) -> tuple[str | None, str | None]:
    """Sector of the title nearest the name, and any country a title implies."""
    sector = country = None
    pos = start
    while pos < stop:
        m = lex.one_title_re.match(text, pos)
        if m is None:
            break
        info = lex.titles.get(normalize(m.group()))
        if info is not None:
            sector = info[0] or sector
            country = info[1] or country
        pos = m.end()
    return sector, country


def _local_branch(lex: Lexicon, ev: Evidence, a: _Atom) -> str | None:
    """ "Jihadists linked to Al-Qaeda" in a report filed from Ouagadougou about Burkina Faso:
    a transnational group (``transnational_groups``) fighting where the report is filed and
    whose insurgency the text is about is that country's armed group (BFA.REB), as the gold
    conventions file armed groups; so is it in a report with no dateline set in one country of
    ``transnational_theatres`` (two of its places named: "JNIM stormed an army post near Nadjoundi,
    in Togo's Savanes region"). A Washington report on the Islamic State keeps IRQ.REB."""
    host = ev.host or ev.setting  # with no dateline, the country the report is set in
    if host is None or a.entity is None or a.entity.startswith(host) or a.key not in lex.transnational_keys:
        return None
    for context in lex.contexts:
        if host in context.countries and "jihadists" in context.resolve and ev.contexts.get(context.name, 0) > 0:
            return f"{host}.REB"
    # with no dateline, a report set in one country (two of its places named) is about the fight there
    return f"{host}.REB" if ev.host is None and host in lex.transnational_theatres else None


_SET_IN = 2  # the places that set a report in its main country (Evidence.setting); a roundup's item is set in
# the country its label names


def _in_section(ev: Evidence, sections: list[tuple[int, str | None]], pos: int) -> Evidence:
    """The evidence at ``pos``: in a roundup's item, the country its label names is host and main (none if
    the label names none: "- LAKE CHAD:" is no country); elsewhere the document's."""
    k = bisect_left(sections, (pos + 1,)) - 1
    if k < 0:
        return ev
    host = sections[k][1]
    return replace(ev, host=host, main=host, main_places=_SET_IN if host else 0, issuer=None)


def _resolve_alone(
    text: str, lex: Lexicon, atoms: list[_Atom], ev: Evidence, sections: list[tuple[int, str | None]]
) -> list[_Atom]:
    """Pass 3: each atom's entity from its own words and the document's evidence (in a roundup's labelled
    item, the item's country is the host: "- CUBA: The coast guard ...")."""
    out: list[_Atom] = []
    seen_people: set[int] = set()
    for a in atoms:
        alias = a.alias
        if alias is None:  # a title with an unknown name
            a.entity = None
        elif alias.role == FIXED:
            a.entity = alias.entity
            if alias.full:
                seen_people.add(alias.ref)
            local = _local_branch(lex, ev, a)
            if local is not None:
                a.entity = local
        elif alias.role == AMBIGUOUS:
            hidden = any(ev.countries[c] for c in alias.none_if)
            a.entity = None if hidden else alias.entity
        elif alias.role == CONTEXT:
            if a.key not in lex.context_keys and _OWNED_BEFORE_RE.search(text, max(0, a.start - 40), a.start):
                continue  # "our soldiers", "Burundi's troops": the owner's forces, not the main country's
            if OF_NAME_AFTER.match(text, a.end):
                continue  # "the government of Maduro", "the army of Chad": the owner named after it
            a.entity = _in_section(ev, sections, a.start).best_context_entity(lex, a.key)[1]
            if a.entity is None and a.key not in lex.context_keys:
                continue  # "other Tehran-linked militias": a word only the country context reads, no country
        elif alias.role == SURNAME:
            if not (a.titled or alias.alone or alias.ref in seen_people):
                continue
            a.entity = alias.entity
        out.append(a)
    return out


def _compose(text: str, lex: Lexicon, atoms: list[_Atom]) -> list[_Mention]:
    """Pass 4: left to right, join each atom with the heads that follow it."""
    mentions: list[_Mention] = []
    i, n = 0, len(atoms)
    while i < n:
        items: list = [atoms[i]]
        end = atoms[i].end
        i += 1
        while len(items) < _MAX_CHAIN:
            link = _CONNECT_RE.match(text, end)
            if link is None:
                break
            pos, possessive = link.end(), bool(link.group(1))
            nxt = atoms[i] if i < n and atoms[i].start == pos else None
            head = nxt if nxt is not None and _can_head(items, nxt, possessive) else None
            sec = _sector_at(text, lex, items, pos, possessive)
            cut = sec is not None and i < n and atoms[i].start < sec.end < atoms[i].end
            if cut and head is None:
                sec = None  # a sector noun may not cut a name in two
            if head is not None and (sec is None or head.end > sec.end or not _generic(head)):
                items.append(head)
                end = head.end
                i += 1
            elif sec is not None:
                items.append(sec)
                end = sec.end
                while i < n and atoms[i].start < end:
                    i += 1  # a context word the sector noun swallowed ("Afghan insurgents")
            else:
                break
        mentions.append(_build(items))
    return mentions


def _generic(a: _Atom) -> bool:
    return a.alias is not None and a.alias.role == CONTEXT


def _can_head(items: list, nxt: _Atom, possessive: bool) -> bool:
    """May ``nxt`` head the mention built so far? (See module docstring.)"""
    last = items[-1]
    if nxt.kind in _GEO:
        return False
    if isinstance(last, _Part):
        return nxt.titled
    if last.kind in _GEO:
        if nxt.titled or possessive or last.kind == "demonym":
            return True
        fixed = nxt.alias is not None and nxt.alias.role == FIXED and nxt.alias.entity
        if not fixed:
            return True
        return entity_country(nxt.alias.entity) == entity_country(last.entity)
    if last.kind in ("org", "group"):
        return nxt.titled
    return False


def _sector_at(text: str, lex: Lexicon, items: list, pos: int, possessive: bool) -> _Part | None:
    last = items[-1]
    if isinstance(last, _Part):
        return None
    if last.kind == "person" and not possessive:
        return None
    m = lex.sector_re.match(text, pos)
    if m is None:
        return None
    sector, kind = lex.sector_phrases[normalize(m.group("s")).lower()]
    return _Part(pos, m.end(), sector, kind)


def _build(items: list) -> _Mention:
    """Entity and kind of a composed mention (precedence in the module docstring)."""
    first, last = items[0], items[-1]
    mention = _Mention(first.start, last.end, last.kind, None, items)
    geo: _Atom | None = None
    person: str | None = None
    org: str | None = None
    title_country = title_sector = sector = None
    for it in items:
        if isinstance(it, _Part):
            sector = sector or it.sector
        elif it.kind in _GEO:
            geo = geo or it
        elif it.kind == "person":
            person = person or it.entity
            title_sector = it.title_sector or title_sector
            title_country = it.title_country or title_country
        else:
            if it.alias is not None and it.alias.role == CANDIDATES:
                mention.organ = mention.organ or it
            elif org is None:
                org = it.entity
            own = (it.alias.sector if it.alias is not None else None) or entity_sector(it.entity)
            sector = sector or own
    sector = sector or title_sector or entity_sector(person)
    mention.sector = sector
    if geo is not None:
        source = geo.entity
    else:
        source = person or org or title_country
    if source is not None and source.startswith("IGO."):
        mention.entity = source
        mention.organ = None
        return mention
    if geo is not None or source is not None:
        mention.organ = None
    country = entity_country(source)
    if country is not None:
        mention.entity = f"{country}.{sector}" if sector else country
    return mention


def _resolve_organs(mentions: list[_Mention], ev: Evidence, sections: list[tuple[int, str | None]]) -> None:
    """Pass 5: organs with no country word take one from the text (module docstring), or from the label of
    the roundup's item they are named in."""
    known: dict[int, list[tuple[int, str]]] = {}
    for m in mentions:
        for it in m.items:
            if isinstance(it, _Atom) and it.alias is not None and it.alias.role == CANDIDATES:
                country = entity_country(m.entity)
                if country is not None and m.organ is None:
                    known.setdefault(it.alias.ref, []).append((m.start, country))
    for m in mentions:
        organ = m.organ
        if organ is None or organ.alias is None:
            continue
        country = _coreferent(known.get(organ.alias.ref, ()), m.start)
        if country is None:
            country = _in_section(ev, sections, m.start).pick_candidate(organ.alias.candidates, organ.alias.home)
        if country is not None:
            m.entity = f"{country}.{m.sector}" if m.sector else country


def _home_fixed_organs(mentions: list[_Mention], ev: Evidence) -> None:
    """A fixed organ marked ``home`` ("National Intelligence Service": South Korea's) in a report set in
    another country whose text names none of its supporting countries but through the organ itself (a
    Nairobi readout's "National Intelligence Service" is Kenya's)."""
    own: Counter[int] = Counter()
    fixed: list[tuple[_Mention, _Atom]] = []
    for m in mentions:
        atom = next((it for it in m.items if isinstance(it, _Atom) and it.alias is not None), None)
        if atom is None or not atom.alias.home or atom.alias.role != FIXED or len(m.items) != 1:
            continue
        own[atom.alias.ref] += 1
        fixed.append((m, atom))
    if not fixed:
        return
    home = ev.host or ev.issuer or ev.setting
    for m, atom in fixed:
        country = entity_country(m.entity)
        support = sum(ev.countries[c] for _, sup in atom.alias.candidates for c in sup) - own[atom.alias.ref]
        if home and country and home != country and support <= 0:
            sector = entity_sector(m.entity)
            m.entity = f"{home}.{sector}" if sector else home


# "al-Qaeda's local branch": the brand's branch in the report's own country
_LOCAL_BRANCH = re.compile(
    r"['’]s\s+(?:local|regional|national|domestic)\s+(?:branch|affiliate|franchise|wing|offshoot|arm|cell)\b"
)


def _local_branches(text: str, mentions: list[_Mention], ev: Evidence) -> None:
    """A transnational armed group named as its local branch ("the Okba Ibn Nafaa Brigade, al-Qaeda's local
    branch" in a Tunisian report) is an armed group of the report's main country, not of the brand's base."""
    if ev.main is None:
        return
    for m in mentions:
        rebel = m.entity is not None and m.entity.endswith(".REB") and entity_country(m.entity) != ev.main
        if rebel and _LOCAL_BRANCH.match(text, m.end):
            m.entity = f"{ev.main}.REB"


def _coreferent(found, at: int) -> str | None:
    """The country of the nearest earlier mention of the organ, else of the first later."""
    before = [c for pos, c in found if pos < at]
    if before:
        return before[-1]
    return found[0][1] if found else None


def _compose_of(text: str, lex: Lexicon, mentions: list[_Mention]) -> list[_Mention]:
    """Join "the armed forces of Ukraine" and "Ministry of Defense of Japan"."""
    out: list[_Mention] = []
    for m in mentions:
        single_geo = len(m.items) == 1 and m.kind in _GEO and m.entity is not None
        of = _OF_BEFORE_RE.search(text, max(0, m.start - 12), m.start) if single_geo else None
        if of is None:
            out.append(m)
            continue
        prev = out[-1] if out else None
        country = entity_country(m.entity)
        if (
            prev is not None
            and prev.organ is not None
            and prev.entity is None
            and not text[prev.end : of.start()].strip()
        ):
            prev.end, prev.entity, prev.organ = m.end, f"{country}.{prev.sector}", None
            continue
        lo = max(prev.end if prev else 0, m.start - _SECTOR_BEFORE_WINDOW)
        sec = lex.sector_before_re.search(text, lo, m.start)
        if sec is None:
            out.append(m)
            continue
        sector, kind = lex.sector_phrases[normalize(sec.group("s")).lower()]
        out.append(_Mention(sec.start(), m.end, kind, f"{country}.{sector}", m.items))
    return out


def _add_acronyms(text: str, lex: Lexicon, mentions: list[_Mention], ev: Evidence) -> list[_Mention]:
    """Pass 6: acronyms the text defines, and their later uses."""
    spans = [(m.start, m.end, m.entity, m.kind) for m in mentions]
    extra = acronym_mentions(text, lex, spans, ev)
    extra += named_state_bodies(text, lex, spans + extra, ev)
    # the text's own definition outranks the lexicon's reading of the same letters ("the Armed
    # Forces of the Philippines (AFP)": every "AFP" after it is the armed forces, not the agency)
    defined = {(s, e) for s, e, entity, _ in extra if entity}
    kept = [m for m in mentions if (m.start, m.end) not in defined]
    return kept + [_Mention(s, e, kind, entity) for s, e, entity, kind in extra]


def _add_short_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Pass 7: "the Guards" after "Iran's Revolutionary Guards" (a body's head noun again), and
    "the group" after an armed group."""
    spans = [(m.start, m.end, m.entity, m.kind) for m in mentions]
    mentions = mentions + [_Mention(s, e, kind, entity) for s, e, entity, kind in short_name_mentions(text, spans)]
    mentions = mentions + [_Mention(s, e, kind, entity) for s, e, entity, kind in person_short_names(text, spans)]
    spans = sorted(((m.start, m.end, m.entity, m.kind) for m in mentions), key=lambda m: (m[0], m[1]))
    extra = group_anaphor_mentions(text, spans, _GROUP_ANAPHORS)
    return mentions + [_Mention(s, e, kind, entity) for s, e, entity, kind in extra]


def _finish(text: str, mentions: list[_Mention]) -> list[EntityMention]:
    """Sort, keep the longest of overlapping mentions, and freeze."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[EntityMention] = []
    last_end = -1
    for m in mentions:
        if m.start < last_end:
            continue
        out.append(EntityMention(m.start, m.end, text[m.start : m.end], m.entity, m.kind))
        last_end = m.end
    return out
