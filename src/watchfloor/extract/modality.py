"""Modality: how sure the source is that the claimed event happened.

The cue words (``cues.yaml``: hedged, possible, negated) are looked for in the claim's
clause, from the clause's start up to the trigger. Negation must stand close to the trigger
("did not carry out", "no imminent signs of such a launch"), since a "not" further back
usually belongs to another verb. When several cues apply, negation wins over possibility,
and possibility over a hedge: "appears to be preparing to launch" has not happened yet.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.entities_trie import spaced_alternation, trie_pattern
from watchfloor.lexicons import load

# Subordinators and separators that open a new clause: cues before them do not reach the trigger.
_CLAUSE_BREAK = re.compile(
    r"(?:;|:|—|–|\s-\s|,\s*(?:although|though|while|whereas|but|as|after|before|when|because|since|"
    r"and\s+(?=(?:the|it|he|she|they|we|its|his|their|some|about|around|nearly|almost|roughly|at\s+least|"
    r"more\s+than|over|up\s+to|[A-Z]|\d)\b))|\b(?:although|though|whereas|but)\b|"
    r"\band\s+(?:also\s+)?(?:said|says|added|adds|stated|announced)\b)",  # "denied X ... and said Y": Y is not denied
)
# a clause dated from another one (", weeks after", ", a day before"): the other clause's hedge stays there
_LATER_CLAUSE = re.compile(r",\s*(?:\w+\s+){1,2}(?:after|before)\s", re.IGNORECASE)
# a clause of condition or time after the main verb ("would not disarm while troops remain",
# "will not talk as long as troops are deployed"): the main clause's negation stays out of it
_AND_THAT = re.compile(r",?\s+and\s+that\s", re.IGNORECASE)
_CONDITION_CLAUSE = re.compile(r"\b(?:while|as\s+long\s+as|so\s+long\s+as|until|unless)\s", re.IGNORECASE)
# a subordinate clause before the main one ("although that is not confirmed, ...", "if casualties
# mount, ..."): its negation or hedge stays in it
_FRONTED_SUBORDINATE = re.compile(r"\b(?:although|though|even\s+if|if|unless|whereas)\b[^,;.]*,\s*", re.IGNORECASE)
_NO_BEFORE = re.compile(r"\b(?:no|any)\s+\Z", re.IGNORECASE)
_DENIED_BEFORE = re.compile(
    r"\b(?:rejected|rejects|dismissed|dismisses|denied|denies|refuted|refutes)\s+(?:the\s+|media\s+|press\s+)*\Z",
    re.IGNORECASE,
)
# a finite verb after "reports of X": the sentence's own verb, which the reports do not govern
_MAIN_VERB = re.compile(r"\b(?:came|comes|come|went|was|were|is|are)\b", re.IGNORECASE)
_REPORTED_NOUN_REACH = 4  # words from "reports of" to the event it hedges ("reports of Russian troops being deployed")


def _governs_nothing_after(text: str, start: int, trigger_start: int) -> bool:
    """ "reports of X" does not hedge the trigger: a finite verb of the sentence's own stands between, or
    more than a few words and no count ("Report of the regional director ... reported that gunmen opened
    fire"; but "reports of between 40 and 70 people killed" is the toll reported)."""
    if _MAIN_VERB.search(text, start, trigger_start):
        return True
    words = text[start:trigger_start].split()
    return len(words) > _REPORTED_NOUN_REACH and not any(ch.isdigit() for w in words for ch in w)
_REPORTS_OF = re.compile(r"\b(?:unconfirmed\s+)?reports?\s+(?:that|of)\s+", re.IGNORECASE)
# a subject right before "report(s) that", which makes it a verb: a determiner and one noun ("the paper"), or
# the comma that closes an aside after one ("Local media, citing hospital staff,")
_REPORTING_SUBJECT = re.compile(r"(?:\b(?:the|its|his|her|their)\s+[a-z]+|[a-z],)\s+\Z")
_NEGATION_REACH = 56  # characters before the trigger in which a negation still applies
_NUMBER_SIGN = re.compile(r"\.\s*\d")  # "No. 1,214", "Resolution No. 2231"
# Negators that are people: they negate only the verb they are the subject of ("no one was injured",
# "none of the crew were hurt"), not an event noun further on.
_NOBODY = frozenset({"nobody", "no one", "none"})
_NOBODY_GAP = re.compile(
    r"(?:\s+else\b)?"  # "Nobody else was hurt"
    r"(?:\s+of\s+(?:the\s+|them\b|those\s+|its\s+|their\s+)?[\w\s-]{0,30}?)?"
    # a place phrase of up to four words: "nobody on board", "no one at the mission", "aboard the coast guard launch"
    r"(?:\s+(?:on\s+board|(?:aboard|inside|on|at|in|among)\s+(?:(?:the|a|an|our|its|their|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+))?"
    r"(?:\s+(?:was|were|is|are|has|have|had|been|being|reportedly|seriously|badly|critically|fatally|"
    r"apparently|immediately|directly))*\s+"
)


_CUE_GAP = r"\s+(?:(?:also|now|still|already|soon|reportedly|widely|further)\s+)?"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = load("cues")
    out = {}
    for key in ("hedged", "possible", "negated", "not_ruled_out"):
        words = sorted(cues[key], key=len, reverse=True)
        # "is also set to", "are now expected to": an adverb may stand inside a cue of several words
        body = "|".join(re.escape(w).replace("n't", "n[’']t").replace(r"\ ", _CUE_GAP) for w in words)
        out[key] = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)
    modifiers = sorted(cues["hedged_modifiers"], key=len, reverse=True)
    out["modifiers"] = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, modifiers)) + r")(?:\s+([\w-]+))?\s*$", re.IGNORECASE
    )
    out["idioms"] = _phrases(cues.get("negation_idioms", []))
    # "has not (yet) (officially) confirmed": a negated verb of confirming, whose object is no denied event
    out["unconfirming"] = re.compile(
        r"\s+(?:(?:yet|immediately|independently|publicly|officially|been\s+able\s+to|able\s+to|be)\s+)*"
        rf"{trie_pattern(cues.get('unconfirming_verbs', []))}\b",
        re.IGNORECASE,
    )
    # "failed to put a satellite into orbit": an attempt made and missed (cues.yaml missed_outcomes)
    out["missed"] = re.compile(rf"\s+{trie_pattern(cues.get('missed_outcomes', []))}\b", re.IGNORECASE)
    out["possible_idioms"] = _phrases(cues.get("possible_idioms", []))
    exceptions = sorted(cues["negation_exceptions"], key=len, reverse=True)
    out["exceptions"] = re.compile("|".join(map(re.escape, exceptions)), re.IGNORECASE)
    # "may have launched" hedges a past act: the hedge list's "... have" phrases outrank "may" (possible)
    out["hedged_perfect"] = _phrases(w for w in cues["hedged"] if w.endswith(" have"))
    out["hedged_states"] = _phrases(cues.get("hedged_states", []))
    # "has supplied no equipment", "had sent not a single weapon": the object denied right after the verb (not
    # "fired no fewer than 20 missiles", a count)
    out["denied_object"] = re.compile(
        rf"\s+[\"“]?{trie_pattern(cues.get('denied_objects', []))}\b"
        rf"(?!\s+(?:{trie_pattern(cues.get('denied_objects_not_before', []))})\b)",
        re.IGNORECASE,
    )
    return out


@cache
def negating_triggers() -> frozenset[str]:
    """cues.yaml ``negating_triggers``: trigger words that name what they deny ("unhurt", "unharmed")."""
    return frozenset(w.lower() for w in load("cues").get("negating_triggers", []))


def _phrases(phrases) -> re.Pattern[str]:  # noqa: ANN001 - any iterable of strings
    """Any of ``phrases`` as whole words, case-insensitively, longest first."""
    return re.compile(rf"\b{trie_pattern(phrases)}\b", re.IGNORECASE)


_MONTH_MAY = re.compile(r"May(?=\s+\d|\s*,?\s*\d{4})|(?<=\d\s)May")


def _is_month(window: str, match: re.Match[str]) -> bool:
    """ "May 31", "31 May", "in May" (capitalised inside a sentence): the month, not the modal."""
    if match.group() != "May":
        return False
    before = window[: match.start()].rstrip()
    return bool(_MONTH_MAY.match(window, match.start())) or (before != "" and before[-1] not in '.!?"“”')


def hedged_between(text: str, start: int, end: int) -> bool:
    """A hedge of cues.yaml ``hedged`` ("appears", "is believed") in ``text[start:end]``."""
    return _patterns()["hedged"].search(text, start, end) is not None


def _in_possible_idiom(window: str, match: re.Match[str]) -> bool:
    """ "in the strongest possible terms", "as soon as possible": a set phrase, no hedge on the event."""
    return any(m.start() <= match.start() < m.end() for m in _patterns()["possible_idioms"].finditer(window))


@cache
def _purpose() -> tuple[frozenset[str], re.Pattern[str]]:
    cues = load("cues")
    phrases = sorted(cues["purpose_phrases"], key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\s+$", re.IGNORECASE)
    return frozenset(w.lower() for w in cues["purpose_nouns"]), pattern


def purpose_nouns() -> frozenset[str]:
    """Nouns whose "to"-infinitive or "-ing" modifier is an aim ("an operation targeting a leader")."""
    return _purpose()[0]


@cache
def _directive() -> re.Pattern[str]:
    verbs = sorted(load("cues")["directive_verbs"], key=len, reverse=True)
    body = "|".join(re.escape(v) for v in verbs)
    # not "told lawmakers that North Korea plans to": a that-clause reports, it demands nothing
    return re.compile(rf"\b(?:{body})\s+(?:(?!that\b)[\w'’.-]+\s+){{0,5}}to\s+$", re.IGNORECASE)


def is_directive(text: str, lo: int, trigger_start: int) -> bool:
    """ "urged Pyongyang to withdraw its troops": the verb is what someone demands."""
    return _directive().search(text, max(lo, trigger_start - 80), trigger_start) is not None


@cache
def _directive_object() -> re.Pattern[str]:
    verbs = sorted(load("cues")["directive_verbs"], key=len, reverse=True)
    body = "|".join(re.escape(v) for v in verbs)
    return re.compile(rf"\b(?:{body})\s+(?:(?!that\b)[\w'’.-]+\s+){{0,5}}to\s+(?:[\w-]+\s+){{1,3}}\Z", re.IGNORECASE)


@cache
def _demand_object() -> re.Pattern[str]:
    body = spaced_alternation(load("cues")["demand_verbs"])
    return re.compile(rf"\b(?:{body})\s+(?:(?:a|an|the|more|further)\s+)?(?:[\w-]+\s+){{0,2}}\Z", re.IGNORECASE)


def is_demanded(text: str, lo: int, trigger_start: int) -> bool:
    """ "urged allies to speed up deliveries of air defence systems": an event noun that is the
    object of what someone is asked to do is demanded, not reported."""
    return _directive_object().search(text, max(lo, trigger_start - 100), trigger_start) is not None


def is_asked_for(text: str, lo: int, trigger_start: int) -> bool:
    """ "called for expanded production", "urged more deliveries": an event noun that is the object
    of the asking itself is asked for, not reported."""
    start = max(lo, trigger_start - 60)
    head = text[start:trigger_start].lower()
    if not any(stem in head for stem in _demand_stems()):
        return False  # a cheap test before the pattern: no demand verb's first letters in sight
    return _demand_object().search(text, start, trigger_start) is not None


@cache
def _demand_stems() -> frozenset[str]:
    return frozenset(v.split()[0][:4].lower() for v in load("cues")["demand_verbs"])


@cache
def _mandate() -> re.Pattern[str]:
    """cues.yaml ``mandative_verbs`` and "that": "recommends that", "demanded that"."""
    return re.compile(rf"\b{trie_pattern(load('cues')['mandative_verbs'])}\s+that\b", re.IGNORECASE)


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# a finite verb of the clause's own: "demanded that the police who had fired be disciplined" tells the firing done
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|did|does|will|would|could|can|may|might|must|should|shall)\b",
                     re.IGNORECASE)


def is_mandated(text: str, lo: int, trigger_start: int) -> bool:
    """The trigger stands in the that-clause of a mandative verb ("The Office recommends that the ditch be
    completed ... and that the eight outstanding cameras be delivered"), with no finite verb of its own
    between its "that" and it: what is to be done, not what was."""
    found = None
    for found in _mandate().finditer(text, lo, trigger_start):  # noqa: B007 - the last one is wanted
        pass
    if found is None:
        return False
    that = max(m.end() for m in _THAT.finditer(text, found.start(), trigger_start))
    return _FINITE.search(text, that, trigger_start) is None


def is_purpose(text: str, lo: int, trigger_start: int) -> bool:
    """ "conducted an operation to arrest a leader", "operations aimed at capturing": the verb
    names what was meant to happen, not what happened."""
    nouns, phrases = _purpose()
    head = text[max(lo, trigger_start - 40) : trigger_start]
    if phrases.search(head):
        return True
    words = head.lower().split()
    if len(words) < 2 or words[-1] != "to":
        return False
    return words[-2].strip(",") in nouns


def clause_start(text: str, lo: int, trigger_start: int) -> int:
    """Start of the clause that holds the trigger, searching back no further than ``lo``."""
    last = lo
    for match in _CLAUSE_BREAK.finditer(text, lo, trigger_start):
        last = match.end()
    return last


# an event noun as the subject of a plan or a forecast: "more reinforcements were expected", "further
# deliveries of Koksan guns are expected", "joint exercises ... are planned for June"
_FUTURE_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*(?=\s+(?:is|are)\b))?"  # "Two new fortified posts are planned": the head after the form
    r"(?:\s+(?:of|for|with|by|near|in|along)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)?\s+"
    r"(?:(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:expected|planned|scheduled|due)\b"
    # "A joint exercise with Albanian customs will be held in March", "the drills will take place next week"
    r"|(?:will|shall)\s+(?:also\s+|now\s+)?(?:be\s+(?:held|staged|conducted|carried\s+out)|take\s+place|go\s+ahead)\b)",
    re.IGNORECASE,
)
_AN_ESTIMATED = re.compile(r"\ban\s+estimated\Z", re.IGNORECASE)
# a figure put at a number ("estimated at 15 to 20", "estimated at about 40"): the count's, not the event's
FIGURE_AT = r"\s+at\s+(?:about\s+|around\s+|some\s+|least\s+)?\d"
_ESTIMATED_AT = re.compile(rf"estimated{FIGURE_AT}", re.IGNORECASE)


@cache
def _called_off_after() -> re.Pattern[str]:
    """An event noun as the subject of its calling off (cues.yaml ``called_off_verbs``): "A joint
    exercise with Mozambican forces, planned for June, has been postponed" is denied; "postponed to the
    second half of the year" and "has not been cancelled" leave it possible (groups ``to``, ``not``)."""
    verbs = trie_pattern(load("cues")["called_off_verbs"])
    return re.compile(
        r"(?:\s+(?:with|for|of|in|between)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?(?:\s*,[^,.;]{1,40},|\s+planned\s+for\s+"
        r"(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?\s+(?:has|have|had|was|were)\s+(?P<not>not\s+)?(?:been\s+)?"
        rf"(?:{verbs})\b(?P<to>\s+(?:to|until|till)\b)?",
        re.IGNORECASE,
    )


def not_ruled_out(text: str, start: int, end: int) -> bool:
    """ "cannot be ruled out", "could not be excluded" (cues.yaml ``not_ruled_out``) in ``text[start:end]``:
    a negation that leaves the event possible."""
    return _patterns()["not_ruled_out"].search(text, start, end) is not None


def classify(text: str, lo: int, trigger_start: int, trigger_end: int) -> str:
    """Modality of a trigger whose clause begins at or after ``lo``.

    Returns one of ``asserted``, ``hedged``, ``possible``, ``negated``.
    """
    pats = _patterns()
    if text[trigger_start:trigger_end].lower() in negating_triggers():
        return "negated"  # "the children were unhurt"
    start = clause_start(text, lo, trigger_start)
    for match in _LATER_CLAUSE.finditer(text, start, trigger_start):
        start = match.end()  # "X appeared to be dismantling ..., weeks after the South took down": not hedged
    governed = False  # "It is said in the villages that ..., and that they make shotguns": the frame hedges both
    for match in _AND_THAT.finditer(text, start, trigger_start):
        first_that = _THAT.search(text, start, match.start())
        if first_that is not None and pats["hedged"].search(text, start, first_that.start()):
            governed = True
        start = match.end()  # "was preparing ..., possibly next month, and that Pyongyang had received": its own clause
    for match in _CONDITION_CLAUSE.finditer(text, start, trigger_start):
        start = match.end()  # "would not disarm while Israeli troops remain": the condition is not denied
    for match in _FRONTED_SUBORDINATE.finditer(text, max(lo, start - 15), trigger_start):
        start = max(start, match.end())  # "although that is not confirmed, North Korea may send": the main clause's own
    reported = next(reversed(list(_REPORTS_OF.finditer(text, start, trigger_start))), None)
    if reported is not None and _NO_BEFORE.search(text, max(0, reported.start() - 8), reported.start()):
        reported = None  # "there were no reports of injuries": none reported, the event is denied
    verb = reported is not None and reported.group().rstrip().lower().endswith("that")  # not "the horrific reports of"
    if verb and _REPORTING_SUBJECT.search(text, max(0, reported.start() - 40), reported.start()):
        reported = None  # "the paper reports that", "Local media, citing hospital staff, report that": a verb, a source
    if reported is not None and _DENIED_BEFORE.search(text, max(0, reported.start() - 25), reported.start()):
        return "negated"  # "rejected reports that Washington plans to send trainers": denied by the speaker
    if reported is not None and not verb and _governs_nothing_after(text, reported.end(), trigger_start):
        reported = None  # "officers responding to reports of gunfire in the area came under attack": the gunfire's
    if reported is not None:
        # "could not confirm reports that 20 soldiers had been killed": the event is only reported;
        # a negation before "reports" denies the confirming, not the event
        start = reported.end()
    window = text[start:trigger_end]
    near_from = max(0, len(window) - (trigger_end - trigger_start) - _NEGATION_REACH)
    if pats["not_ruled_out"].search(window):
        return "possible"
    idioms: list[tuple[int, int]] | None = None
    relative: tuple[int, int] | None | bool = False  # not looked for yet
    inside = len(window) - (trigger_end - trigger_start)
    for match in pats["negated"].finditer(window, near_from):
        if match.end() > inside:
            break  # "have not been seen since": the trigger's own words tell what happened, no denial
        if relative is False:
            relative = _relative_clause(window, len(window) - (trigger_end - trigger_start))
        if relative is not None and relative[0] <= match.start() < relative[1]:
            continue  # "gunmen who have not been identified attacked a post": the relative clause's own
        if match.group().lower() == "without" and pats["exceptions"].match(window, match.start()):
            continue
        if match.group().lower() == "no" and _NUMBER_SIGN.match(window, match.end()):
            continue  # "its war communique No. 1,214": the abbreviation of "number", no negation
        if idioms is None:
            idioms = [m.span() for m in pats["idioms"].finditer(window)]
        if any(lo <= match.start() < hi for lo, hi in idioms):
            continue  # "spare no effort to provide": an idiom, no negation
        before_trigger = len(window) - (trigger_end - trigger_start)
        if match.group().lower() in _NOBODY and not _NOBODY_GAP.fullmatch(window, match.end(), before_trigger):
            continue  # "Nobody was killed in the attack": nobody was killed; the attack was made
        if match.group().lower() == "failed to" and pats["missed"].match(window, match.end()):
            continue  # "failed to put a satellite into orbit": it was launched all the same
        unconfirmed = pats["unconfirming"].match(window, match.end())
        if unconfirmed is not None and unconfirmed.end() <= before_trigger:
            continue  # "Israel has not confirmed the strike": the confirming is denied, not the strike
        return "negated"
    if pats["denied_object"].match(text, trigger_end):
        return "negated"  # "Washington has supplied no equipment for the operation"
    if pats["hedged_perfect"].search(window) or pats["hedged_states"].search(window):
        return "hedged"
    in_trigger = len(window) - (trigger_end - trigger_start)  # "conveyed its serious concerns": the trigger's own word
    if any(
        not _is_month(window, m) and not _in_possible_idiom(window, m) and m.start() < in_trigger
        for m in pats["possible"].finditer(window)
    ):
        return "possible"
    if _FUTURE_AFTER.match(text, trigger_end):
        return "possible"  # "further deliveries of Koksan guns are expected by the end of the year"
    called_off = _called_off_after().match(text, trigger_end)
    if called_off is not None:
        return "possible" if called_off.group("not") or called_off.group("to") else "negated"
    before_trigger = len(window) - (trigger_end - trigger_start)
    if any(
        not _AN_ESTIMATED.search(window, 0, m.end()) and not _ESTIMATED_AT.match(window, m.start())
        for m in pats["hedged"].finditer(window)
    ):
        # not "an estimated 2,300 deaths", "a group estimated at 15 to 20 armed men": that qualifies the count
        # (approx about), not the event
        return "hedged"
    label = pats["modifiers"].search(window, 0, before_trigger)
    if label is not None and (label.group(1) or "").lower() not in _people_words():
        return "hedged"  # "a suspected drone attack"; "suspected jihadists killed" labels the jihadists
    return "hedged" if reported is not None or governed else "asserted"


_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whose|which)\b", re.IGNORECASE)
# the auxiliaries, negations and adverbs right before a verb: its own ("did not kill", "were reportedly")
_AUX_RUN = re.compile(
    r"(?:\b(?:was|were|is|are|be|been|being|has|have|had|did|does|do|will|would|could|can|may|might|must|"
    r"should|not|never|also|later|then|reportedly|allegedly|n't)\s+)*\Z",
    re.IGNORECASE,
)


def _relative_clause(window: str, verb_start: int) -> tuple[int, int] | None:
    """The span of a relative clause on the subject that ends before the verb's own auxiliaries
    ("militants, who were not armed, were killed"; "gunmen who have not been identified
    attacked"), or None. A negation in it is the clause's, not the verb's; one among the verb's
    own auxiliaries ("fighters who stormed the base did not kill anyone") still denies."""
    pronouns = list(_RELATIVE_PRONOUN.finditer(window, 0, verb_start))
    if not pronouns:
        return None
    pronoun = pronouns[-1]
    run = _AUX_RUN.search(window, pronoun.end(), verb_start)
    end = run.start() if run is not None else verb_start
    inner = window[pronoun.end() : end].rstrip()
    if not inner.strip(" ,"):
        return None  # "soldiers who were not killed": the verb is the relative clause's own
    if window[: pronoun.start()].rstrip().endswith(","):
        # set off in commas, it must close before the verb: not "Russia, which has not conducted a test"
        return (pronoun.start(), end) if inner.endswith(",") else None
    # unset, it must end in a participle right before a verb in the past: "who have not been
    # identified attacked"
    last = inner.rsplit(None, 1)[-1].lower()
    verb = window[verb_start:].split(None, 1)[0].lower() if window[verb_start:].strip() else ""
    return (pronoun.start(), end) if last.endswith(("ed", "en", "wn")) and verb.endswith("ed") else None


@cache
def _people_words() -> frozenset[str]:
    """Head nouns of people (items.yaml, personnel): a hedging adjective before one labels a person."""
    people = load("items")["personnel"]
    return frozenset(w.lower() for key in ("heads", "civilians", "people_only") for w in people.get(key, []))
