"""Positions where only a person stands, whatever the word: the kinds first-arrival sets kept
missing (lower-case names in informal notes, capital surnames with particles, initials that own
an action, an officer label inside the id, a lower-case town before a postcode). Each row is
written by hand for this test; none is taken from a corpus (recognizers/names.py,
named_in_full.py, ordinary_capitals.py, rules/pii/recognizers.yml)."""

from __future__ import annotations

import pytest
from detections import covered, detected, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the object of contact / spoke to, a full name of 2-3 unlisted lower-case words
        ("local link worker contact dilnoza rakhimova 07700900124", "dilnoza rakhimova"),
        ("spoke to okonjo at the door, calm", "okonjo"),
        ("spoke with tadeusz kowalczyk re the car", "tadeusz kowalczyk"),
        # a relation after "is my"
        ('he said "kez is my cousin"', "kez"),
        ('she said "nah they are my mates, gabe is my cousin\'s boyfriend"', "gabe"),
        # the subject of a person's verb or state at a clause, bracket or log-line start
        ("(summer is booked on the training in may)", "summer"),
        ("(kai is off sick, kai is rostered next week)", "kai"),
        ('shannon whispers "li does this when he drinks"', "li"),
        ("03:00 harris radios for the van", "harris"),
        ("12:04 grace reassures her", "grace"),
        ("05:10 dan crouches down beside him", "dan"),
        ("1:10 ikenna (4410) pulls him back", "ikenna"),
        ("then ranjit came out of the shop", "ranjit"),
        # the subject of an infinitive after "for", a name after a relation
        ("waiting for darnell to arrive", "darnell"),
        ("her boyfriend deshawn was outside", "deshawn"),
        # a relative clause of a person
        ("mr patel... sorry, pritesh, who was in shock", "pritesh"),
        # before a bracketed rank and number
        ("pc will (pc 5098 williams) will do the follow up", "will"),
        # a role set off between dashes
        ("tendai - custody sgt - was great with her", "tendai"),
        # the one asked to act
        ("ask fi to add it to the training", "fi"),
        # a pair with a relation of his own, and a short form before its full name
        ("We agreed a plan:\n1. Angel and his nan to meet the PCSO.", "Angel"),
        ('He was "no angel". King (Kingsley Boateng) arrived late.', "King"),
        # capital surnames with particles, or unlisted after a record role
        ("Subject: Handover - detainee DE LA CRUZ / cell 9", "DE LA CRUZ"),
        ("Subject: Handover - detainee VAN DER MERWE / cell 4", "VAN DER MERWE"),
        ("Handover - prisoner MAC AN BHAIRD, cell 2", "MAC AN BHAIRD"),
        ("DP OKONJO-BELL booked in at 0300", "OKONJO-BELL"),
        # a name in capitals filling a person's field or heading
        ("CASE STUDY: JORDAN MILLS\n\nBackground", "JORDAN MILLS"),
        ("PERSON SEARCHED: DESHAWN OKORO-BELL", "DESHAWN OKORO-BELL"),
        # initials that own an action, with a role in brackets
        ("2. AB (youth worker) to book the room.", "AB"),
        ("JT (DSL) will share the plan", "JT"),
        ("Actions: DW to arrange strategy meeting", "DW"),
        ("ACTION - TB to chase the CAD", "TB"),
    ],
)
def test_a_person_in_a_person_position_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ask staff to check the cells", "staff"),
        ("told mum to ring 101", "mum"),
        ("asked housing to call back", "housing"),
        ("asked control to send a unit", "control"),
        ("summer came early this year", "summer"),
        ("spring came late", "spring"),
        ("03:00 ambulance arrives", "ambulance"),
        ("05:10 rain starts", "rain"),
        ("0:45 officers arrive", "officers"),
        ("hope was lost", "hope"),
        ("the summer is booked up", "summer"),
        ("home is my nan's house", "home"),
        ("this is my cousin", "this"),
        ("Rich or poor, all were seen", "Rich"),
        ("DI JONES attended", "DI"),
        ("contact details for the team", "details"),
        ("spoke to control about it", "control"),
        ("referred to the team, who were helpful", "team"),
        ("there is hope - sgt jones agreed", "hope"),
        ("then police came to the door", "police"),
        ("then summer came", "summer"),
        ("waiting for housing to ring", "housing"),
        ("waiting for cctv to load", "cctv"),
        ("then mark the timestamp", "mark"),
        ("CASE STUDY: SUDDEN DEATH", "SUDDEN"),
        ("NAME: NOT GIVEN", "GIVEN"),
    ],
)
def test_the_same_positions_leave_ordinary_words(anonymiser, text, value):
    assert not touched(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Reporting officer: collar 4410 - Ngozi OKONKWO-HART", "collar 4410"),
        ("Attending officer: shoulder no 5512 - Jo Reed", "shoulder no 5512"),
    ],
)
def test_an_officer_label_opening_a_field_is_inside_the_id(anonymiser, text, span):
    start = text.index(span)
    assert (start, start + len(span)) in detected(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "lives w son at 6 aldershot rd, church crookham gu52 8lp",
            "6 aldershot rd, church crookham",
        ),
        ("staying at 3 elm close, fleet gu51 3aa", "3 elm close, fleet"),
    ],
)
def test_a_lower_case_town_before_the_postcode_joins_the_address(anonymiser, text, span):
    start = text.index(span)
    assert (start, start + len(span)) in detected(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 elm close, then PO1 2AB later", "then"),
        ("12 kings rd, and near PO10 7HH", "near"),
    ],
)
def test_no_town_is_taken_where_none_is_written(anonymiser, text, value):
    assert not touched(anonymiser, text, value)
