"""Document-level evidence the entity finder uses to resolve names that need context.

A few names cannot be resolved from their own words: "the North" is North Korea in a
story about Korea and the North of Sudan in a story about Sudan; "the JCS" is South
Korea's or America's joint chiefs; "insurgents" in an ISAF release are Afghan insurgents.
This module gathers, once per document, what the text itself says about where it stands:

* which countries it mentions by unambiguous names (counts),
* how strongly it matches each context rule of ``entities.yaml``,
* the dateline's place ("SEOUL, March 27 (Yonhap) --" gives KOR), the host country,
* the acronyms it defines ("Multilateral Sanctions Monitoring Team (MSMT)").

The rules that use this evidence are documented in ``lexicons/README.md``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from watchfloor.extract.datelines import find_dateline
from watchfloor.extract.entities_lexicon import Lexicon, entity_country
from watchfloor.extract.entities_trie import trie_pattern
from watchfloor.extract.places import find_places, gazetteer_by_upper
from watchfloor.extract.world_places import world_gazetteer
from watchfloor.lexicons import load

# A dateline opens a line with a place in capitals: "SEOUL, March 27", "WASHINGTON (AP) --".
_DATELINE_RE = re.compile(r"^[^\S\n]*([A-Z][A-Z.'’ -]{1,40}?)[^\S\n]*(?:,|\(|—|–|--)", re.M)
_DATELINE_WINDOW = 1000
# the country a dateline names after its place ("CABINDA, Angola, May 3"), up to the next comma
_COUNTRY_AFTER_RE = re.compile(r"[^\S\n]*([A-Z][A-Za-z.'’ -]{1,40}?)[^\S\n]*,")

# "(MSMT)": an acronym in parentheses, at least two capitals.
_ACRONYM_DEF_RE = re.compile(r"\([^\S\n]*([A-Z][A-Za-z0-9&]{1,9})[^\S\n]*\)")
_WORD_RE = re.compile(r"[^\W\d_][\w'’&-]*")
_ACRONYM_USE_RE = re.compile(r"(?<![\w])[A-Z][A-Za-z0-9&]{1,9}(?![\w])")
_LONG_FORM_WINDOW = 160
# Lower-case words a long form may contain without giving the acronym a letter.
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "to", "&"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one document says about the countries and contexts it concerns.

    Attributes:
        countries: Mentions per country by unambiguous names (fixed entities only).
        contexts: Score per context name.
        host: The country of the dateline place, or None.
        regional: Matches of context aliases that name no country ("the East Sea"), credited
            to each country of their context: weaker support an organ's country falls back on.
    """

    countries: Counter[str]
    contexts: dict[str, int]
    host: str | None
    regional: Counter[str] = field(default_factory=Counter)
    main: str | None = None
    main_places: int = 0
    issuer: str | None = None

    @property
    def setting(self) -> str | None:
        """The main country when the report is set there, two of its places named (a story told
        from inside it, not about it from abroad)."""
        return self.main if self.main_places >= 2 else None

    @property
    def main_score(self) -> int:
        """The score of the country context: the main country's mentions, one more if it is the host."""
        return self.countries[self.main] + (self.main == self.host) if self.main else 0

    def best_context_entity(self, lex: Lexicon, key: str) -> tuple[bool, str | None]:
        """Resolve a context alias: (decided, entity). Undecided when no context scores."""
        best: tuple[int, str | None] | None = None
        for ctx in lex.contexts:
            if key not in ctx.resolve:
                continue
            score = self.contexts.get(ctx.name, 0)
            if score > 0 and (best is None or score > best[0]):
                best = (score, ctx.resolve[key])
        suffix = lex.country_context.get(key)
        if suffix in ("MIL", "GOV") and self.issuer and best is None:
            # "the Army" on a page headed "MINISTRY OF NATIONAL DEFENCE - GUATEMALA": the issuer's
            return True, f"{self.issuer}.{suffix}"
        if suffix is not None and self.main and (best is None or self.main_score > best[0]):
            # "the army" in a story about Cameroon: CMR.MIL. An armed group ("separatists") is the
            # main country's only in a story set there (two of its places named): "militants" in a
            # Washington briefing are not American, "gunmen" near Jakiri in a report from Cameroon
            # that names Nigeria once are Cameroonian, though the Nigerian context knows the word.
            if suffix != "REB" or self.setting:
                return True, f"{self.main}.{suffix}"
        return (False, None) if best is None else (True, best[1])

    def pick_candidate(self, candidates: tuple[tuple[str, tuple[str, ...]], ...], home: bool = False) -> str | None:
        """Choose an organ's country: the host if eligible, else the best-supported.

        An organ with no candidate list (a generic "Defense Ministry") takes the host
        country, else the country of the header ("MINISTRY OF DEFENSE, JAPAN"), else the main
        country of a report set there, two of its places named ("the Interior Ministry" in an
        undated union circular on raids in Baringo), or stays unresolved. Otherwise the dateline host wins when it is a
        candidate; then the candidate whose supporting countries are mentioned most
        (ties: the first listed); a candidate with no support is never chosen. With none supported,
        an organ marked ``home`` is taken as a generic one ("the National Security Council" in a
        readout from Nairobi is Kenya's).
        """
        if not candidates:
            return self.host or self.issuer or self.setting
        if self.host and any(self.host == c for c, _ in candidates):
            return self.host
        best, best_score = None, 0
        for country, support in candidates:
            score = sum(self.countries[c] for c in support)
            if score > best_score:
                best, best_score = country, score
        if best is None:  # "the JCS said the North fired into the East Sea": no country named
            for country, support in candidates:
                score = sum(self.regional[c] for c in support)
                if score > best_score:
                    best, best_score = country, score
        if best is None and home:
            return self.host or self.issuer or self.setting
        return best


def gather(
    text: str, lex: Lexicon, fixed_entities: Iterable[str | None], hits: Counter[str]
) -> Evidence:
    """Collect a document's evidence.

    Args:
        text: The document text.
        lex: The lexicon.
        fixed_entities: Entities of the mentions resolved by their own words.
        hits: How often each alias (normalized) matched, blocked phrases included.

    Returns:
        The document's :class:`Evidence`.
    """
    countries: Counter[str] = Counter()
    for entity in fixed_entities:
        country = entity_country(entity)
        if country == "IGO" and entity:
            countries[entity] += 1  # a body counts by its own id ("IGO.UN"), which a context may list
        elif country:
            countries[country] += 1
    host = dateline_host(text, lex)
    scores: dict[str, int] = {}
    regional: Counter[str] = Counter()
    for ctx in lex.contexts:
        score = sum(countries[c] for c in ctx.countries)
        named = sum(hits[a] for a in ctx.aliases)
        score += named
        for country in ctx.countries if named else ():
            regional[country] += named
        if host in ctx.countries:
            # "NIAMEY, July 3 --": the filing country wins a tie with a neighbour named once, and a
            # dateline alone opens its context ("SEOUL (Reuters) - ... the North fired")
            score += 1
        scores[ctx.name] = score
    places = find_places(text)
    named_places = Counter(entity for _, entity in {(place.text, place.entity) for place in places})
    issuer = None if host else header_home(text, lex)
    named_places.update([issuer] if issuer else [])
    main = _main_country(countries + named_places, host, issuer)
    main_places = sum(1 for place in places if place.entity == main) if main else 0
    return Evidence(countries, scores, host, regional, main, main_places, issuer)


def _main_country(countries: Counter[str], host: str | None, issuer: str | None = None) -> str | None:
    """The country a report is mostly about: named most often by its own names and its places (each
    place once: "near Temuco ... in Collipulli" name Chile twice), at least twice
    (or once and in the dateline), and half as often again as any other. Two countries named about
    as often (Israel and Lebanon, Thailand and Cambodia) make a story between states, where "the
    army" is whichever side is speaking: no main country then. A dateline elsewhere names none.
    (``counterparts.dominant_country`` asks the same of a finished document; the entity finder needs
    the answer before its mentions exist, from the names it has fixed and the places.)"""
    ranked = [(c, n) for c, n in countries.most_common() if not c.startswith("IGO")][:2]
    if not ranked:
        return None
    top, n = ranked[0]
    if host is not None and host != top:
        return None
    if len(ranked) > 1 and n < 1.5 * ranked[1][1]:
        # two countries named about as often: the one the header names, if it is one of them
        return issuer if issuer == ranked[1][0] or issuer == top else None
    return top if n >= 2 or top in (host, issuer) else None


# A header line in capitals near the top ("CONAKRY TEACHING HOSPITAL (sample)", "MINISTRY OF
# DEFENCE OF UKRAINE"), or a cable's subject line ("SUBJECT: COTE D'IVOIRE: ATTACK ON A POST"): its run
# of capitalised words (two at least), which may name the issuer's place
_HEADER_CAPITALS = re.compile(
    r"^[^\S\n]*(?:(?:SUBJECT|SUBJ|RE)[^\S\n]*:[^\S\n]*)?"
    r"([A-ZÀ-Þ][A-ZÀ-Þ'’.&-]*(?::?[^\S\n]+[A-ZÀ-Þ][A-ZÀ-Þ'’.&-]*)+)",
    re.M,
)
_HEADER_LINES = 5
_CAPITAL_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.&-]*(?![a-zß-ÿ])")
_HEADER_NAME_WORDS = 3


def header_country(text: str, lex: Lexicon) -> str | None:
    """The country of a place or country named in a capitalised header line of a report with no
    dateline: a hospital's sitrep headed "CONAKRY TEACHING HOSPITAL" is filed from Guinea, a notice
    headed "MINISTRY OF DEFENCE OF UKRAINE" from Ukraine, a league's statement headed "DEMO ARGENTINE
    FOOTBALL LEAGUE" from Argentina. The first name found, by up to three words."""
    head = "\n".join(text.lstrip().split("\n", _HEADER_LINES)[:_HEADER_LINES])
    towns = gazetteer_by_upper()
    for line in _HEADER_CAPITALS.finditer(head):
        # the whole line's capitalised words, past commas: "MINISTRY OF DEFENSE, JAPAN"
        rest = head[line.start(1) :].split("\n", 1)[0]
        words = _CAPITAL_WORD.findall(rest)
        if words[:1] == ["TO"]:
            continue  # "TO THE CONGRESS OF THE UNITED STATES:": whom a message goes to, not who issues it
        i = 0
        while i < len(words):
            for n in range(min(_HEADER_NAME_WORDS, len(words) - i), 0, -1):
                name = " ".join(words[i : i + n]).strip(".’'")
                alias = lex.aliases.get(name.title())
                if alias is not None and alias.role == "block":
                    i += n - 1  # "LATIN AMERICAN": a phrase that names no country, its words none either
                    break
                # a demonym names its country too: "ARGENTINE" in "DEMO ARGENTINE FOOTBALL LEAGUE"
                demonym = alias is not None and alias.kind == "demonym" and alias.role == "fixed"
                country = lex.dateline_places.get(name) or towns.get(name) or (alias.entity if demonym else None)
                if country:
                    return country
            i += 1
    return None


def place_country(lex: Lexicon, place: str) -> str | None:
    """The country of a place a dateline or a header names ("YANGON", "Santiago"): a capital or a
    country of the lexicon, else a town of places.yaml, else a town of the world gazetteer ("Puno,
    21 January 2026"); None for a place none knows."""
    upper = place.upper()
    return lex.dateline_places.get(upper) or gazetteer_by_upper().get(upper) or world_gazetteer().get(place.title())


# a roundup's item label at the start of a line, after a bullet if any: "- VIETNAM: Police in Gia Lai ...",
# "* LAKE CHAD - Gunmen killed ...": the capitalised place, then a colon or a dash
_SECTION_LABEL = re.compile(
    r"^[ \t]*(?P<bullet>[-*•▪][ \t]+)?([A-Z][A-Z'’. ]{2,40}?)[ \t]*(?::|[ \t][-–—])[ \t]+(?=\S)", re.M
)
_MIN_SECTIONS = 2  # items labelled with a place a text needs to be a roundup


def section_hosts(text: str, lex: Lexicon) -> list[tuple[int, str | None]]:
    """Where each labelled item of a roundup starts and the country its label places it in ("- CUBA: The coast
    guard intercepted ..."; a bulleted label that names no country, "- LAKE CHAD:", places it nowhere). Empty
    for a text with fewer than two items labelled with a place, which is no roundup (a transcript's "MR.
    KIRBY:" labels no place)."""
    found: list[tuple[int, str | None]] = []
    for m in _SECTION_LABEL.finditer(text):
        label = " ".join(m.group(2).split()).rstrip(".")
        country = place_country(lex, label)
        if country is None:
            alias = lex.aliases.get(label.title())
            country = alias.entity if alias is not None and alias.role == "fixed" and alias.entity else None
        if country is not None or m.group("bullet"):
            found.append((m.start(), country.split(".")[0] if country else None))
    placed = sum(1 for _, country in found if country)
    return found if placed >= _MIN_SECTIONS else []


def dateline_host(text: str, lex: Lexicon) -> str | None:
    """The country of the dateline place near the top of the text, if any."""
    for m in _DATELINE_RE.finditer(text, 0, _DATELINE_WINDOW):
        place = " ".join(m.group(1).replace("’", "'").split()).rstrip(".")
        country = place_country(lex, place)
        if country:
            return country  # a capital or country, else a town from places.yaml ("YANGON", "KHARKIV")
        named = _COUNTRY_AFTER_RE.match(text, m.end()) if text[m.end() - 1 : m.end()] == "," else None
        if named is not None and (country := lex.dateline_places.get(named.group(1).upper())):
            return country  # "CABINDA, Angola, May 3": a town no list has, then its country
    found = find_dateline(text[:_DATELINE_WINDOW])
    if found is not None and found.place is not None:  # a title-case dateline ("Port Sudan (Sudan) (AFP) -")
        return place_country(lex, " ".join(found.place.text.replace("’", "'").split()).rstrip("."))
    return None


_FILED_AT_LINES = 6  # the header lines a report's place and date of writing may stand on


@cache
def _filed_at_re() -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in load("numbers")["months"]), key=len, reverse=True))
    place = r"[A-Z][a-zà-ÿ'’.-]+(?:[ \t][A-Z][a-zà-ÿ'’.-]+){0,2}"
    date = rf"(?:\d{{1,2}}[ \t]+(?:{months})|(?:{months})\.?[ \t]+\d{{1,2}}),?[ \t]+\d{{4}}"
    # the date may end the line or a field of it ("Helsinki, 3 December 2026 | Comments by 31 January")
    return re.compile(rf"(?:^|[-–—:][ \t]*|[ \t])({place}),[ \t]+{date}[ \t]*(?:[|•·][^\n]*)?$", re.M)


def header_home(text: str, lex: Lexicon) -> str | None:
    """The country a report with no dateline is issued from by its header: a capitalised line that
    names it (:func:`header_country`), else a place and date of writing (:func:`filed_at_host`)."""
    return header_country(text, lex) or filed_at_host(text, lex)


def filed_at_host(text: str, lex: Lexicon) -> str | None:
    """The country of the place a report with no dateline says it was written at, on a header line
    that ends in that place and a full date ("Executive summary - Santiago, 15 September 2026")."""
    end = -1
    for _ in range(_FILED_AT_LINES):  # the first lines only, not a split of the whole text
        end = text.find("\n", end + 1)
        if end < 0:
            end = len(text)
            break
    for m in _filed_at_re().finditer(text, 0, end):
        country = place_country(lex, m.group(1).replace("’", "'"))
        if country:
            return country
    return None


@dataclass(frozen=True, slots=True)
class AcronymDef:
    """An acronym defined in the text and the span of its long form."""

    acronym: str
    acronym_start: int
    acronym_end: int
    long_start: int
    long_end: int
    actor_head: bool


def acronym_definitions(
    text: str, known: dict, heads: frozenset[str], state_words: frozenset[str] = frozenset()
) -> list[AcronymDef]:
    """Find "Long Form Name (LFN)" definitions of acronyms the lexicon does not know.

    The long form is found by walking back from the parenthesis over capitalised words,
    each giving the next letter of the acronym from the end, with function words
    ("of", "the") skipped. A long form that does not spell the acronym is no definition.

    Args:
        text: The document text.
        known: Aliases the lexicon knows; their definitions need no discovery.
        heads: Last words that make a long form an actor ("Team", "Agency"); a long form
            found by spelling must end in one. A long form that is already a mention
            (checked by the caller) needs none.
        state_words: Words that open a state body's name ("National"): such a name ending in a
            head defines the acronym even when it does not spell it, as a translated name does
            ("the National Border Service (SENAFRONT)").

    Returns:
        Definitions in text order.
    """
    out: list[AcronymDef] = []
    for m in _ACRONYM_DEF_RE.finditer(text):
        acronym = m.group(1)
        if sum(ch.isupper() for ch in acronym) < 2:
            continue
        found = _long_form(text, m)
        if found is None:
            continue
        start, end, last = found
        if start is None and last in heads:
            start = _translated_name(text, m.start(), state_words)
        long_form = text[start:end] if start is not None else ""
        if acronym in known and not _redefined(known, acronym, long_form):
            continue
        if start is not None:
            out.append(AcronymDef(acronym, m.start(1), m.end(1), start, end, last in heads))
    return out


def _long_form(text: str, m: re.Match[str]) -> tuple[int | None, int, str] | None:
    """The words right before an acronym's parenthesis that spell it: (start or None when they do not
    spell it, end, last word); None when no word stands right before the parenthesis."""
    paren = m.start()
    words = list(_WORD_RE.finditer(text, max(0, paren - _LONG_FORM_WINDOW), paren))
    if not words or text[words[-1].end() : paren].strip():
        return None
    start = _spell_back(words, [ch for ch in m.group(1) if ch.isupper()])
    return start, words[-1].end(), words[-1].group()


def foreign_acronyms(text: str, known: dict) -> frozenset[str]:
    """Known acronyms the text spells out as something unrelated: "the Weichan Auka Mapu (WAM)" is
    no news agency, so no "WAM" of the text is the lexicon's (nor counts its country as context).
    A long form sharing a word with another name of the lexicon's body ("Agence France Presse (AFP)"),
    naming its country, or itself known keeps the lexicon's reading (``_redefined`` handles another
    known body)."""
    out: set[str] = set()
    for m in _ACRONYM_DEF_RE.finditer(text):
        acronym = m.group(1)
        alias = known.get(acronym)
        if alias is None or alias.entity is None or acronym in out:
            continue
        found = _long_form(text, m)
        if found is None or found[0] is None:
            continue
        long_form = text[found[0] : found[1]]
        body = _body_words(known, alias)
        if long_form in known or not body or _name_words(long_form) & body:
            continue  # (a body the lexicon names by its acronym alone gives nothing to compare)
        country = entity_country(alias.entity)
        if any(entity_country(getattr(known.get(w), "entity", None)) == country for w in long_form.split()):
            continue  # "Tentara Nasional Indonesia (TNI)": a long form in another language, naming the country
        out.add(acronym)
    return frozenset(out)


def _name_words(name: str) -> set[str]:
    """A name's words of four letters or more, cut to their first five ("Nacional" and "National" differ)."""
    return {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", name)}


def _body_words(known: dict, alias) -> set[str]:  # noqa: ANN001 - an entities_lexicon.Alias
    """The words of every name the lexicon gives the acronym's body (same ``ref``, else same entity)."""
    same = (lambda a: a.ref == alias.ref) if alias.ref != -1 else (lambda a: a.entity == alias.entity)
    words: set[str] = set()
    for key, other in known.items():
        if other is not alias and same(other):
            words |= _name_words(key)
    return words


def _redefined(known: dict, acronym: str, long_form: str) -> bool:
    """A known acronym the text spells out as another known body: "the Armed Forces of the
    Philippines (AFP)" is no news agency. Only a long form the lexicon names as another entity
    redefines it; an unknown one ("Agence France Presse" with its spelling varied) does not."""
    meant = known.get(long_form)
    return meant is not None and meant.entity is not None and meant.entity != known[acronym].entity


_CAPITALISED_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,5}\Z")


def _translated_name(text: str, paren: int, state_words: frozenset[str]) -> int | None:
    """Start of the capitalised name right before an acronym's parenthesis when it opens with a state's
    word ("National Border Service (SENAFRONT)": a name translated, whose acronym is the original's)."""
    run = _CAPITALISED_NAME.search(text, max(0, paren - _LONG_FORM_WINDOW), paren)
    if run is None:
        return None
    words = run.group().split()
    for k, word in enumerate(words):
        if word in state_words:
            return run.start() + len(" ".join(words[:k])) + (1 if k else 0)
    return None


def _spell_back(words: list[re.Match[str]], letters: list[str]) -> int | None:
    """Start offset of the shortest word run, ending at the last word, that spells letters."""
    need = len(letters) - 1
    for w in reversed(words):
        word = w.group()
        if word.lower() in _FUNCTION_WORDS and need >= 0:
            continue
        if need < 0 or word[0] != letters[need]:
            return None
        need -= 1
        if need < 0:
            return w.start()
    return None


def acronym_uses(text: str, defs: list[AcronymDef]) -> list[tuple[int, int, AcronymDef]]:
    """Later bare uses of defined acronyms: (start, end, definition)."""
    if not defs:
        return []
    by_name = {}
    for d in defs:
        by_name.setdefault(d.acronym, d)
    first = min(d.acronym_end for d in defs)
    out = []
    for m in _ACRONYM_USE_RE.finditer(text, first):
        d = by_name.get(m.group())
        if d is not None and m.start() >= d.acronym_end:
            out.append((m.start(), m.end(), d))
    return out


MentionTuple = tuple[int, int, str | None, str]  # start, end, entity, kind


def acronym_mentions(
    text: str, lex: Lexicon, mentions: list[MentionTuple], ev: Evidence | None = None
) -> list[MentionTuple]:
    """Mentions that the text's own acronym definitions add.

    A definition whose long form is already a mention (``mentions`` ending right before
    the parenthesis and covering the long form) gives the acronym that mention's entity
    and kind; otherwise a long form ending in one of ``lex.acronym_heads`` becomes an
    ``org`` mention with the entity of a state's organ it holds ("Royal Solomon Islands Police
    Force": SLB.GOV), else with none (or an armed group's), and so does the acronym. Other definitions ("Military
    Demarcation Line (MDL)") add nothing. Every later bare use of a kept acronym follows.

    Args:
        text: The document text.
        lex: The lexicon (known aliases need no definition).
        mentions: The mentions found so far as (start, end, entity, kind).

    Returns:
        New mentions (long forms, acronyms, uses); they may overlap old ones, and the
        caller keeps the longest.
    """
    defs = acronym_definitions(text, lex.aliases, lex.acronym_heads, lex.state_name_words)
    defs += _named_before(text, lex, mentions, {d.acronym for d in defs})
    if not defs:
        return []
    ends = {m[1]: m for m in mentions}
    meaning: dict[str, tuple[str | None, str]] = {}
    extra: list[MentionTuple] = []
    kept = []
    for d in defs:
        before = ends.get(d.long_end)
        if before is not None and before[0] <= d.long_start:
            entity, kind = before[2], before[3]
        elif d.actor_head:
            # "Kenya Defence Forces (KDF)": a name holding a placed mention is a state's body
            placed = [m for m in mentions if m[2] and d.long_start <= m[0] and m[1] <= d.long_end]
            # "Royal Solomon Islands Police Force (RSIPF)": the body the name holds ("Solomon Islands
            # Police", SLB.GOV), when that one is a state's organ and not a bare country
            organ = next((m[2] for m in reversed(placed) if "." in m[2]), None)
            entity, kind = (organ, "org") if placed else _armed_group(text[d.long_start : d.long_end], lex, ev)
            if entity is None and not placed:
                entity = _state_body(text[d.long_start : d.long_end], lex, ev)
            extra.append((d.long_start, d.long_end, entity, kind))
        else:
            continue
        kept.append(d)
        meaning.setdefault(d.acronym, (entity, kind))
        extra.append((d.acronym_start, d.acronym_end, entity, kind))
    for start, end, d in acronym_uses(text, kept):
        entity, kind = meaning[d.acronym]
        extra.append((start, end, entity, kind))
    return extra


def _named_before(text: str, lex: Lexicon, mentions: list[MentionTuple], defined: set[str]) -> list[AcronymDef]:
    """Acronyms in brackets right after an organ the text names, whose words do not spell them, as a
    translated name's do not: "The army (FAA)" in a report on Angola (Forças Armadas Angolanas) is
    the army; a country or a bloc before the bracket defines nothing ("Russia (RF)")."""
    ends = {m[1]: m for m in mentions if m[2] and "." in m[2] and not m[2].startswith("IGO")}
    out = []
    for m in _ACRONYM_DEF_RE.finditer(text):
        acronym = m.group(1)
        if acronym in defined or acronym in lex.aliases or sum(ch.isupper() for ch in acronym) < 2:
            continue
        before = ends.get(m.start() - 1) if text[m.start() - 1 : m.start()] == " " else ends.get(m.start())
        if before is not None:
            out.append(AcronymDef(acronym, m.start(1), m.end(1), before[0], before[1], False))
            defined.add(acronym)
    return out


def _armed_group(name: str, lex: Lexicon, ev: Evidence | None) -> tuple[str | None, str]:
    """ "Baloch Liberation Army", a name no lexicon places: an armed group of the dateline's
    country, else of the country the report names most (organizations.yaml ``armed_group_words``);
    any other unknown body stays an ``org`` with no entity."""
    words = set(re.findall(r"[A-Za-z][\w'’-]*", name))
    if ev is None or not words & lex.armed_group_words:
        return None, "org"
    country = ev.host or next(iter(c for c, _ in ev.countries.most_common(1)), None)
    return (f"{country}.REB", "group") if country else (None, "group")


# "the National Public Security Force": "the", then a run of capitalised words (a lower-case "of" or
# "for" may join them), the candidates for a state's organ named in full with no acronym
_THE_NAME_RE = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][a-z]+){1,5})")


def named_state_bodies(
    text: str, lex: Lexicon, mentions: list[MentionTuple], ev: Evidence | None
) -> list[MentionTuple]:
    """ "the National Public Security Force withdrew its 30 agents": a state's organ the text names in
    full, with no acronym after it and no lexicon entry, read as :func:`_state_body` reads a defined
    one (an organ of the report's main country). Names a mention already covers are left to it."""
    if ev is None or ev.main is None:
        return []
    out: list[MentionTuple] = []
    for m in _THE_NAME_RE.finditer(text):
        name = m.group(1)
        if name.split()[0] not in lex.state_name_words:
            continue
        if any(s < m.end(1) and m.start(1) < e for s, e, entity, _ in mentions if entity):
            continue
        entity = _state_body(name, lex, ev)
        if entity is not None:
            out.append((m.start(1), m.end(1), entity, "org"))
    return out


def _state_body(name: str, lex: Lexicon, ev: Evidence | None) -> str | None:
    """ "National Border Service (SENAFRONT)", "Federal Investigation Directorate (FID)": a body no
    lexicon places whose name opens with a state's word and ends in an organ's (organizations.yaml
    ``state_name_words``, ``state_body_heads``) is an organ of the report's main country, of the sector
    its words give as a speaker's would (cues.yaml ``speaker_sector_phrases``, ``speaker_sectors``; GOV
    when they give none, or no state's sector)."""
    words = name.split()
    if ev is None or ev.main is None or not words or words[0] not in lex.state_name_words:
        return None
    if words[-1] not in lex.state_body_heads:
        return None
    from watchfloor.extract.attribution import speaker_sector  # attribution reads entities, which read this

    sector = speaker_sector(name)
    return f"{ev.main}.{sector if sector in ('GOV', 'MIL', 'SPY') else 'GOV'}"


# A name's head: its last word before "of"/"for"/"in" ("Syrian Observatory for Human Rights" -> Observatory).
_HEAD_CUT_RE = re.compile(r"\s(?:of|for|in|on)\s")
_POSSESSIVE_RE = re.compile(r"^.*?['’]s?\s+")
_HEAD_RE = re.compile(r"[A-Z][a-z]{3,}")


def short_name_mentions(text: str, mentions: list[MentionTuple]) -> list[MentionTuple]:
    """ "the Guards" after "Iran's Revolutionary Guards", "the Observatory" after "the Syrian
    Observatory for Human Rights": a report names a body in full once, then by its capitalised
    head noun with "the". Each later use takes the entity of the nearest earlier full name with
    that head; uses that overlap a mention already found are left to it.

    Args:
        text: The document text.
        mentions: The mentions found so far as (start, end, entity, kind).

    Returns:
        New mentions ("the Guards"), none overlapping ``mentions``.
    """
    heads: dict[str, list[tuple[int, str | None, str]]] = {}
    for start, end, entity, kind in mentions:
        if kind not in ("org", "group"):
            continue
        name = _HEAD_CUT_RE.split(_POSSESSIVE_RE.sub("", text[start:end]), maxsplit=1)[0].split()
        if len(name) < 2 or not _HEAD_RE.fullmatch(name[-1]):
            continue
        heads.setdefault(name[-1], []).append((end, entity, kind))
    if not heads:
        return []
    taken = sorted((m[0], m[1]) for m in mentions)
    starts = [s for s, _ in taken]
    out: list[MentionTuple] = []
    pattern = re.compile(r"\b[Tt]he\s+(" + "|".join(map(re.escape, heads)) + r")\b(?![^\S\n]+[A-Z])")
    for use in pattern.finditer(text, min(d[0] for ds in heads.values() for d in ds)):
        k = bisect_left(starts, use.end())
        if k and taken[k - 1][1] > use.start():
            continue  # inside a name already found ("the Guards Corps")
        earlier = [d for d in heads[use.group(1)] if d[0] <= use.start()]
        if earlier:
            _, entity, kind = earlier[-1]
            out.append((use.start(), use.end(), entity, kind))
    return out


# a person's name at the end of a mention ("North Korean leader Kim Jong-un"): two or three capitalised words
_PERSON_NAME_RE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*$")


def person_short_names(text: str, mentions: list[MentionTuple]) -> list[MentionTuple]:
    """ "Kim said" after "Kim Yo-jong, the powerful sister of ...": a person named in full once is
    then named by the first or last word of the name ("Kim", "Austin"). Each later bare use, not
    followed by another capitalised word, takes the entity of the nearest earlier person whose
    name has that word at either end; a word two different sides share stays unresolved.

    Args:
        text: The document text.
        mentions: The mentions found so far as (start, end, entity, kind).

    Returns:
        New person mentions ("Kim"), none overlapping ``mentions``.
    """
    names: dict[str, list[tuple[int, str]]] = {}
    for start, end, entity, kind in mentions:
        if kind != "person" or not entity:
            continue
        found = _PERSON_NAME_RE.search(text, start, end)
        if found is None:
            continue
        words = found.group(1).split()
        for word in {words[0], words[-1]}:
            if len(word) > 2:
                names.setdefault(word, []).append((end, entity))
    if not names:
        return []
    taken = sorted((m[0], m[1]) for m in mentions)
    starts = [s for s, _ in taken]
    out: list[MentionTuple] = []
    words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    pattern = re.compile(rf"\b({words})\b(?![\w'’-]*\s+[A-Z])")
    for use in pattern.finditer(text, min(end for uses in names.values() for end, _ in uses)):
        k = bisect_left(starts, use.end())
        if k and taken[k - 1][1] > use.start():
            continue  # inside a name already found
        earlier = [entity for end, entity in names[use.group(1)] if end <= use.start()]
        if not earlier or len({e.split(".")[0] for e in earlier}) > 1:
            continue
        out.append((use.start(), use.end(), earlier[-1], "person"))
    return out


@cache
def _civil_group() -> re.Pattern[str]:
    body = trie_pattern(str(w) for w in load("entities").get("civil_group_modifiers") or [])
    return re.compile(rf"\b(?:a|an)\s+{body}\s+(?:group|organisation|organization|network)\b", re.IGNORECASE)


def group_anaphor_mentions(text: str, mentions: list[MentionTuple], anaphors: tuple[str, ...]) -> list[MentionTuple]:
    """ "Israel's defence minister warned the group": "the group" (``group_anaphors`` in
    ``entities.yaml``) is the armed group named last (a ``.REB`` id), unless a body the lexicon
    cannot place (a monitoring group) was named after it: then it stays unknown.

    Args:
        text: The document text.
        mentions: The mentions found so far as (start, end, entity, kind), sorted by start.
        anaphors: The lower-case phrases, with their article.

    Returns:
        New mentions, none overlapping ``mentions``.
    """
    if not anaphors:
        return []
    # armed groups, and bodies the lexicon cannot place (a monitoring group), which "the group" may
    # name as well; a state's organs ("the Israeli military") are never "the group"
    bodies = [m for m in mentions if m[3] in ("org", "group") and (not m[2] or m[2].endswith(".REB"))]
    if not any(m[2] and m[2].endswith(".REB") for m in bodies):
        return []
    # "a doctors' group": a body no lexicon places, which "the group" may name next
    bodies = sorted(bodies + [(m.start(), m.end(), None, "org") for m in _civil_group().finditer(text)])
    starts = [m[0] for m in bodies]
    taken = sorted((m[0], m[1]) for m in mentions)
    taken_starts = [s for s, _ in taken]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in anaphors) + r")\b(?!-)", re.IGNORECASE)
    out: list[MentionTuple] = []
    for use in pattern.finditer(text):
        k = bisect_left(taken_starts, use.end())
        if k and taken[k - 1][1] > use.start():
            continue  # part of a name, or already resolved by a context rule ("the rebels" in Yemen)
        j = bisect_left(starts, use.start())
        if j == 0:
            continue
        _, _, entity, kind = bodies[j - 1]
        if entity and entity.endswith(".REB"):
            out.append((use.start(), use.end(), entity, "group"))
    return out
