"""Venues, landmarks and identifiers written in less usual ways are masked whole (pubs named
"The X and Y", PRUs, sixth forms, faith places in their own languages, a shop chain and where
it is, custody suites in capitals, viaducts and stadiums, a bracketed collar number, a number
range, a spaced DOB, an operation and its number); statutory boards, processes, shift teams,
national charities, family words in other languages and freephone helpline numbers stay."""

from __future__ import annotations

import pytest
from detections import covered, touched

from tips_nlp.anonymise.allow import PhraseSet
from tips_nlp.anonymise.recognizers.phone import freephone_spans, is_freephone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # organisations
        ("A fight outside The Fox and Hounds, Botley, at closing.", "The Fox and Hounds"),
        ("He was seen at The Rose & Crown last night.", "The Rose & Crown"),
        ("He moved to The Harbour PRU after Easter.", "The Harbour PRU"),
        ("She told her tutor at Hamble Sixth Form College about it.", "Hamble Sixth Form College"),
        ("He prays at Gurdwara Sahib Chandlers Ford most days.", "Gurdwara Sahib Chandlers Ford"),
        ("She goes to the Shahjalal Masjid on Fridays.", "Shahjalal Masjid"),
        ("They met at the Radha Krishna Mandir in town.", "Radha Krishna Mandir"),
        ("The family attends the Kingdom Hall in Lordshill.", "Lordshill"),
        ("She goes to the coffee morning at Holy Trinity Church hall.", "Holy Trinity Church hall"),
        (
            "He was seen outside the Tesco Express in Fratton at 2am.",
            "the Tesco Express in Fratton",
        ),
        ("A robbery at the Co-op on Twyford Avenue was reported.", "the Co-op on Twyford Avenue"),
        ("There was a fight at the Lordshill Centre shops.", "the Lordshill Centre shops"),
        ("BASINGSTOKE CUSTODY SUITE - HANDOVER 0700", "BASINGSTOKE"),
        ("Her worker in the Eastleigh Area Team called back.", "Eastleigh Area Team"),
        ("His support worker is at Solent Youth Housing now.", "Solent Youth Housing"),
        ("She volunteers with Polish Voices Portsmouth on Saturdays.", "Polish Voices Portsmouth"),
        ("He started nursery at Busy Bees in January.", "Busy Bees"),
        ("Chair, Havant Stop and Search Scrutiny Panel (Havant)", "Stop and Search Scrutiny Panel"),
        # places
        ("He was detained on the Itchen Bridge near the Northam Viaduct.", "Northam Viaduct"),
        ("They were found by Fratton Park Stadium after the match.", "Fratton Park Stadium"),
        ("She ran towards Calshot Castle along the spit.", "Calshot Castle"),
        # direct identifiers
        ("Debrief by PC Jo Lane (collar 4471) on the day.", "collar 4471"),
        ("Statement from PCSO Ali (shoulder number 88213).", "shoulder number 88213"),
        ("Address: Flat 9, Sea Court, 4-10 Beach Road, Lee", "Flat 9, Sea Court, 4-10 Beach Road"),
        ("name - Tia Moss dob - 02 11 09 (16)", "02 11 09"),
        ("Linked to Op KESTREL 44/2291 by the DS.", "Op KESTREL 44/2291"),
        ("Ref Operation Nightjar 2023/1187 is open.", "Operation Nightjar 2023/1187"),
    ],
)
def test_venue_landmark_or_identifier_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Minutes to the Safeguarding Adults Board next month.", "Safeguarding Adults Board"),
        ("The Joint Agency Response started at 0400.", "Joint Agency Response"),
        ("The chronology goes to the CDOP by Friday.", "CDOP"),
        ("Section 42 enquiry requested via Adult MASH today.", "Adult MASH"),
        ("Referred to MASH and the Exploitation Hub.", "Exploitation Hub"),
        ("A Duty to Notify form was submitted.", "Duty to Notify"),
        ("Arrested for breach of a Criminal Behaviour Order.", "Criminal Behaviour Order"),
        ("Officers worked with the Forced Marriage Unit on it.", "Forced Marriage Unit"),
        ("The Youth Justice Service worker agreed.", "Youth Justice Service"),
        ("Datix raised for the cell incident.", "Datix"),
        ("To: Response Team B; Custody", "Response Team B"),
        ("Diabetes UK have a helpful leaflet on hypos.", "Diabetes UK"),
        ("She was given the helpline on 0808 2000 247 by the officer.", "0808 2000 247"),
        ("Modern Slavery Helpline advisers (08000 121 700) called.", "08000 121 700"),
        ('"Please do not tell Abbu," she said.', "Abbu"),
        ("She lives with Ammi and her Nani in a flat.", "Nani"),
        ("Son Kacper (aged 9) was hiding upstairs.", "Son"),
        ("He wore a turban, a kirpan and a kara.", "kirpan"),
        ("Community Scrutiny Group meets next Wednesday.", "Community Scrutiny Group"),
    ],
)
def test_statutory_body_helpline_or_family_word_stays(anonymiser, text, value):
    assert not touched(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a charity's local branch or a named local service is still masked
        ("She goes to Age UK Eastleigh on Tuesdays.", "Age UK Eastleigh"),
        ("She attends the Harbour Youth Housing drop-in.", "Harbour Youth Housing"),
        # a mobile or landline next to a helpline is still a person's
        ("Mum's mobile 07700 900123, helpline 0808 2000 247.", "07700 900123"),
        # "Son" before a name: the name is masked
        ("Son Kacper (aged 9) was hiding upstairs.", "Kacper"),
    ],
)
def test_local_service_or_personal_number_beside_kept_words_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Community Scrutiny Group meets on Monday.", []),
        ("She was at the local shops.", []),
        ("He went to the church hall.", []),
        ("She is at nursery at Christmas.", []),
        ("He was referred to the Street Outreach Team today.", []),
        # a venue keeps its "the" as written ("at the Red Lion")
        ("Seen at the Lidl on the way home.", ["the Lidl"]),
    ],
)
def test_generic_venue_is_not_masked_whole(anonymiser, text, expected):
    found = [text[r.start : r.end] for r in anonymiser.analyse_doc(anonymiser.nlp(text))]
    assert found == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("0808 2000 247", True),
        ("08000 121 700", True),
        ("0800 1111", True),
        ("+44 800 1111 123", True),
        ("+44 (0)808 802 0202", True),
        ("0500 123 456", True),
        ("07700 900123", False),
        ("023 8061 1234", False),
        ("0845 4647", False),
        ("+44 7700 900123", False),
    ],
)
def test_freephone_numbers_are_recognised(number, expected):
    assert is_freephone(number) is expected


def test_freephone_spans_cover_the_written_number():
    text = "Call 0808 2000 247 or 07700 900123."
    assert freephone_spans(text) == [(5, 18)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Youth Justice Service", True),
        ("The Youth Justice Service", True),
        ("the youth justice service's", True),
        ("Theyouth Justice Service", False),
        ("The Youth Justice Service Hampshire", False),
    ],
)
def test_allowed_phrase_with_a_leading_the_is_allowed(value, expected):
    assert (value in PhraseSet(["Youth Justice Service"])) is expected
