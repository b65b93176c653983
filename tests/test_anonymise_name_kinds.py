"""Kinds of names found by the name probes (data/anonymiser/name-probes/): initials in
capitals and with accented surnames, clipped and unlisted lower-case names where only a person
stands, word-names before a bracketed full name or a role, allowed proper words that start a
longer name; the same words in ordinary senses stay (recognizers/names.py, spans.py,
rules/pii/names.yml, recognizers.yml)."""

from __future__ import annotations

import pytest

from tests.detections import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # initials in every style
        ("21:30 Visited by JS (detention officer). DP calm.", "JS"),
        ("23:00 Rousing check by J S - DP responded.", "J S"),
        ("03:15 Visit - K. Wójcik no concerns.", "K. Wójcik"),
        ('"Mr A" in this study is a young man from Somalia.', "A"),
        # clipped and unlisted lower-case names in informal notes
        ("07:00 kirst and jas (sgt) discuss the footage later.", "jas"),
        ("07:00 kirst and jas (sgt) discuss the footage later.", "kirst"),
        ("she sees jas at the community mental health team.", "jas"),
        ("Kirsty 01:13: where are you\nRoss 01:14: cant do this anymore kirst", "kirst"),
        ("footage: (pc 2775 dan hope), 14 mins.", "dan hope"),
        ("present: me (summer k), pc will ashdown 5106", "summer k"),
        # word-names shown to be names by what follows them
        ("- Grace from the ambulance service said she would write.", "Grace"),
        ("notes: rose (ambulance) and gurdeep attended at 07:40.", "rose"),
        ('Mihai had a phone with the contact "Big Ty" and a ticket.', "Big Ty"),
        ('Tyrese is known on the street as "T-Bone". Another male ran.', "T-Bone"),
        # an allowed proper word that starts a longer name is not cut off it
        ("No friends outside the Gurkha Welfare Centre.", "Gurkha Welfare Centre"),
        ("Storm (Storm Hendry) was not searched.", "Storm Hendry"),
    ],
)
def test_a_name_of_this_kind_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Will (Will Hughes, paramedic) felt police will need a clearer handover.", "will need"),
        ("Mum Janet came to the front desk.", "Mum"),
        ("The referral went to CAMHS and the school.", "CAMHS"),
        ("Seen by GP. No injuries.", "GP"),
        ("checked by CCTV operator, nothing seen", "CCTV"),
        ("there is still hope (a little) of engaging her", "hope"),
        ("present: me (summer k), pc will ashdown 5106", "me"),
        ("she asked to see the nurse at the hub.", "nurse"),
        ("the summer (2023) was hard for the family", "summer"),
    ],
)
def test_an_ordinary_word_beside_these_kinds_is_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)
