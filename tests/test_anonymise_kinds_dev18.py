"""The kinds of identifier and kept word dev18 showed handled wrongly (names aside), through
the whole real pipeline: a floor before an address, a bare "No." label, an NHS number with a
bad check digit after its label, a freephone number given as a person's, owner-named firms,
pubs in capitals, parts of months, British towns that are words, and national schemes,
operations, units and roles that identify nobody."""

from __future__ import annotations

import re

import pytest


def _covered(anonymiser, text: str, value: str) -> bool:
    """Every letter and digit of `value` lies inside some detection (the scorer's rule)."""
    start = text.index(value)
    entities = anonymiser.anonymise(text).entities
    return all(
        any(e.start <= i < e.end for e in entities)
        for i in range(start, start + len(value))
        if re.match(r"\w", text[i])
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a floor (ordinal, word or top) before a number and street, whole
        ("Hampshire VRU, 2nd Floor, 40 Bridge Street, Winchester", "2nd Floor, 40 Bridge Street"),
        ("Office: 3rd floor, 11 Market Place, Basingstoke.", "3rd floor, 11 Market Place"),
        ("Top floor, 9 Church Lane.", "Top floor, 9 Church Lane"),
        ("He rents the first-floor flat at 3 Kent Street.", "first-floor flat at 3 Kent Street"),
        ("She lives in the Ground floor flat, 12 Elm Road.", "Ground floor flat, 12 Elm Road"),
        ("Meet at first-floor office, 3 Mill Lane.", "first-floor office, 3 Mill Lane"),
        # a bare "No." before a reference is its label
        ("Forced Marriage Unit; passport (No. 553019872) surrendered.", "No. 553019872"),
        # an NHS-shaped number a few words after "NHS", whatever its check digit
        ("jan gave us her nhs number off a letter: 388 681 6870 - bill", "388 681 6870"),
        ("NHS no. is 3886816870 on the letter", "3886816870"),
        # a freephone number written straight after a person's name is theirs
        ("first responder Crystal Baptiste (0800 808 3733) to attend.", "0800 808 3733"),
        ("the carer (sunita chaudhary, 0800 0123 4567 office) found him", "0800 0123 4567"),
        ("Call Kyle Mason on 0808 157 0192 after six.", "0808 157 0192"),
        # a firm named by its owner and its trade
        ("He works Saturdays at Dobson's Tyres in town.", "Dobson's Tyres"),
        ("Mum works at Patel's Newsagents on the corner.", "Patel's Newsagents"),
        ("He washes cars at Tony's Hand Car Wash.", "Tony's Hand Car Wash"),
        # a listed pub written in capitals in a heading
        ("DEBRIEF - STABBING OUTSIDE THE RED LION, HOLTBRIDGE", "THE RED LION"),
        ("FIGHT AT THE ROYAL OAK - 23:40", "THE ROYAL OAK"),
        # a part of a month: "mid-" itself, or early/late after a word of time
        ("Mid-February - Seamus's granddaughter visited.", "Mid-February"),
        ("By mid-March she was back home.", "mid-March"),
        ("She moved out in early March.", "early March"),
        # a GP practice in lower case named with an English word, after a GP label
        ("the gp is brookside surgery, jan gave us her number", "brookside surgery"),
        ("she is registered with riverside medical centre in town", "riverside medical centre"),
        # a British town that is also a word, after a word of residence
        ("her daughter lives in leeds, we rang her", "leeds"),
        ("his nan moved to alton last year", "alton"),
    ],
)
def test_identifier_kind_is_covered(anonymiser, text, value):
    assert _covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no address without a number and street; no NHS number in a phone after "NHS"
        ("The interview was on the 2nd floor of the station.", "2nd floor"),
        ("NHS Trust switchboard 023 8077 7222 was called.", "NHS"),
        # a helpline's freephone number stays, also after a name that rang it
        ("She was given the helpline on 0808 2000 247 by the officer.", "0808 2000 247"),
        ("Kyle rang the helpline on 0808 2000 247 twice.", "0808 2000 247"),
        ("Childline (0800 1111) and Papyrus details given.", "0800 1111"),
        # a national service named with its number stays whole
        ("Leaflet on Victim Support and Shout 85258 given at his request.", "85258"),
        # a part of a month with no word of time, a plain "late"
        ("late March - no further contact.", "late March"),
        ("It was late. March on!", "late"),
        # lower-case possessive trade, a role's kitchen
        ("Dobson's tyres were bald.", "tyres"),
        ("They ate at Mum's Kitchen table.", "Kitchen"),
        # surgery as an operation, not a practice
        ("she had knee surgery and the gp said surgery was needed", "surgery"),
        # a word after a word of residence that is no town
        ("she lives in fear of him", "fear"),
        # schemes, units, roles, national operations and services
        ("Appropriate adult requested via AA scheme.", "AA scheme"),
        ("Ex-Gurkha, lives alone since his wife died.", "Ex-Gurkha"),
        ("He is ex-army and struggles at night.", "ex-army"),
        ("Reporting officer: PC 1864, Schools Liaison", "Schools Liaison"),
        ("Report Remove explained to her and her mum.", "Report Remove"),
        ("First Responder duty: NRM referral submitted.", "First Responder"),
        ("both brothers known to Op Fortis.", "Op Fortis"),
        ("Linked to Op Aidant.", "Op Aidant"),
        ("Subject seen with a group of three at the bus shelter.", "bus shelter"),
        ("Contact with Missing Person Unit today.", "Missing Person Unit"),
    ],
)
def test_kept_word_is_untouched(touched, text, word):
    assert not touched(text, word)
