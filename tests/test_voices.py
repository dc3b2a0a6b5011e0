"""Whose voice a letters page and a printed interview are in (``watchfloor.extract.voices``).

Both documents are written for this test. A letter's sentences speak for its signer and an
interview's answers for the interviewee, by the body their signature or introduction names; a
speaker a sentence names itself still speaks (a ministry quoted inside a letter).
"""

from __future__ import annotations

import watchfloor

LETTERS = "\n".join(
    [
        'LETTERS',
        'Demo Dniester Valley Courier (test page). The paper, the writers and the events are invented.',
        'Friday 6 March 2026',
        '',
        'Night shooting at the ferry',
        ('Last Tuesday night somebody fired on the ferry landing below our village again, and the ferryman'
         ' was wounded in the arm. We believe the gunmen crossed the river by boat. The ministry says it '
         'has sent 40 more border police to the district. I have not seen one of them. Last month smugglers'
         ' torched a barn by the landing, as everyone here knows.'),
        'Ion Sample (retired teacher), Vadul lui Voda',
        '',
        'The ferry needs guards, not promises',
        ('I worked on that ferry for twenty years. In January two men armed with pistols robbed the night '
         'crossing and beat the ticket clerk. Smugglers have burned the old customs hut on the far bank. '
         'The Interior Ministry said in February that it would station guards at the landing, but none '
         'have come.'),
        'Elena Example, retired ferry worker, Criuleni',
        '',
    ]
)

INTERVIEW = "\n".join(
    [
        'INTERVIEW',
        ('Demo Lagoon Review (test page), issue of 2 May 2026. The magazine, the union and its leader are '
         'invented.'),
        '',
        '"They took our boats and our nets"',
        '',
        ('Fishermen say navy patrols have seized dozens of boats off Mannar this spring. We spoke to Ravi '
         "Sample, secretary of the Demo Mannar Fishers' Union, who has collected the fishermen's accounts."),
        '',
        'What happened in April?',
        ('Navy patrols boarded 14 of our boats near the sandbanks and towed them to the base. Two '
         'fishermen were beaten during the boardings. By our count more than 60 nets were cut.'),
        '',
        'The navy says the boats were fishing in a closed zone.',
        'That is not true. The zone was never announced to us.',
        '',
        'What do you expect now?',
        'More seizures, I fear. We hear the navy will add four patrol craft at Mannar before the monsoon.',
        '',
        ("Sri Lanka's navy told the Review that it had seized nine boats, not 14, and that nobody was "
         'beaten.'),
        '',
    ]
)


def _source_of(claims, fragment: str) -> str | None:
    found = [c for c in claims if fragment in c.evidence.text]
    assert found, f"no claim with evidence containing {fragment!r}: {[c.evidence.text for c in claims]}"
    return found[0].source.entity if found[0].source else None


def test_letters_speak_for_their_signers():
    claims = watchfloor.extract(LETTERS, published="2026-03-06")
    assert _source_of(claims, "fired on the ferry landing") == "MDA.CVL"
    assert _source_of(claims, "robbed the night crossing") == "MDA.CVL"
    assert _source_of(claims, "have burned") == "MDA.CVL"
    # the clause after the claim ("as the mayor admitted") does not hand the writer's claim to no one
    assert _source_of(claims, "torched") == "MDA.CVL"


def test_a_body_a_letter_quotes_keeps_its_word_in_the_writers_country():
    claims = watchfloor.extract(LETTERS, published="2026-03-06")
    assert _source_of(claims, "40 more border police") == "MDA.GOV"


def test_interview_answers_speak_for_the_interviewee():
    claims = watchfloor.extract(INTERVIEW, published="2026-05-02")
    assert _source_of(claims, "boarded 14 of our boats") == "LKA.CVL"


def test_the_outlets_closing_note_is_not_an_answer():
    claims = watchfloor.extract(INTERVIEW, published="2026-05-02")
    assert _source_of(claims, "seized nine boats") == "LKA.MIL"
