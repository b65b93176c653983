"""Kinds of names an independent set showed on arrival (data/anonymiser/dev13/): a person
called by one capital letter and every later bare use of it, a letter after a courtesy title,
a relation's name alone in brackets, a nickname filling a person's field, an officer's name
before a rank and number, a surname in capitals after a rank and number, capitals surnames
with a particle and a short given name, a lower-case word-name before an unlisted surname, an
unlisted lower-case alias owning a relation (recognizers/names.py, spans.propagate); the same
shapes used for things stay."""

from __future__ import annotations

import pytest
from detections import detected, touched


def covered_nth(anonymiser, text: str, value: str, nth: int) -> bool:
    """Every letter and digit of the nth occurrence (0-based) of `value` is detected."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    inside = {i for s, e in detected(anonymiser, text) for i in range(s, e)}
    return all(i in inside for i in range(start, start + len(value)) if text[i].isalnum())


@pytest.mark.parametrize(
    ("text", "value", "nth"),
    [
        # one capital letter as a person, then every bare use of it
        ('CASE STUDY: "M" - early help\n\nM told staff he was scared.', "M", 1),
        ('Review of "T" (aged 15).\n\nOutcome\nT has settled at college.', "T", 1),
        ("R said (R = the cousin from the flats) that he ran.\n- nobody knows about R yet", "R", 2),
        ("R said he was there.", "R", 0),
        ("Officer's view: V is at risk of exploitation.", "V", 0),
        ("Concerns:\n1. J was searched before I arrived.", "J", 0),
        ('Tia asks "is Miss P on shift today?" - P is her keyworker.', "P", 0),
        ('Tia asks "is Miss P on shift today?" - P is her keyworker.', "P", 1),
        # a relation's name alone in brackets
        ("saw him with his nan. nan (irene) v worried about him.", "irene", 0),
        ("gran (ivy) came to the door.", "ivy", 0),
        # a nickname filling a person's field
        ('Record 2 - SS/24/1101\nSubject: "Shadow" (would not give name)', "Shadow", 0),
        ('Name: "Bishop" - age unknown', "Bishop", 0),
        # an officer's name before a rank and number; a surname after them
        ("a female officer (Grace, PC 4410) was called to help.", "Grace", 0),
        ("Crew: Hope, PC 2231, and a PCSO.", "Hope", 0),
        ("officer Pc 3317 O'HARE   sgt Lamb (PS 1120)", "O'HARE", 0),
        ("reviewed by PS 1456 OKONJO-BELL at 14:00", "OKONJO-BELL", 0),
        # capitals with a particle and a short given name; a given name and capitals surname
        ('Subject: TRAN VAN BA (known as "Bobby")', "TRAN VAN BA", 0),
        ("SUMMARY\nPrecious ADEBAYO-MENSAH (14 yrs) was reported missing.", "ADEBAYO-MENSAH", 0),
        ("SUMMARY\nPrecious ADEBAYO-MENSAH (14 yrs) was reported missing.", "Precious", 0),
        # a lower-case word-name before an unlisted surname, and later alone
        ("rang about sunny. sunny = sunny okonkwo-hart, his cousin.", "sunny okonkwo-hart", 0),
        ("rang about sunny. sunny = sunny okonkwo-hart, his cousin.", "sunny", 1),
        # an unlisted lower-case alias owning a relation, and later alone
        ("tq's mum arrived and shouted.\n- chase school re tq", "tq", 0),
        ("tq's mum arrived and shouted.\n- chase school re tq", "tq", 1),
        # a worker from a service; a note-taker in an attendee list
        ("referral made - Summer from L&D to see him later.", "Summer", 0),
        ("Attendees\n- Faith (note-taker, admin)\n- Rob Lane, DI", "Faith", 0),
        # a surname first after a person's field, the given name unlisted
        ("DETAINED PERSON: SHARMA, Tyrique Dean   DOB 01/02/2007", "SHARMA", 0),
    ],
)
def test_a_name_of_this_kind_is_masked(anonymiser, text, value, nth):
    assert covered_nth(anonymiser, text, value, nth)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We agreed to move to plan B said the manager.", "B"),
        ("I said I would call back.", "I"),
        ("Option C is preferred by the panel.", "C"),
        ("A said nothing is not a sentence a note uses.", "A"),
        ("the sunny weather helped the search.", "sunny"),
        ("it was sunny outside and he was calm.", "sunny"),
        ("hope is not lost with this family.", "hope"),
        ("nan (maternal) was there.", "nan"),
        ('She said "Never Again" and left.', "Never Again"),
        ("she said jayden was asleep.", "said"),
        ("Her mum's partner came home.", "mum"),
        ("Vehicle stopped under s.1 PACE on Grade A road.", "A"),
    ],
)
def test_the_same_shapes_used_for_things_are_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)
