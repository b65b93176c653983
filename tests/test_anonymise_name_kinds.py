"""Kinds of names found by the name probes (data/anonymiser/name-probes/): initials in
capitals and with accented surnames, clipped and unlisted lower-case names where only a person
stands, word-names before a bracketed full name or a role, allowed proper words that start a
longer name; the same words in ordinary senses stay (recognizers/names.py, spans.py,
rules/pii/names.yml, recognizers.yml)."""

from __future__ import annotations

import pytest
from detections import covered, touched


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
        # found with the probes' second set
        ("22:45 interview with dc fairclough and dc sandhu", "fairclough"),
        ("arresting ofc: pc m. hussain 2090", "m. hussain"),
        ("20:15 visit - kez (DO). dp sitting on bench.", "kez"),
        ("00:10 visit - kez, no concerns.", "kez"),
        ("note: dp told kez earlier that he owed money.", "kez"),
        ('a man she calls "Boss" runs the car wash', "Boss"),
        ('Street names: Kwabena = "KB", Deshawn = "Shawny".', "KB"),
        ("reviewer gemma (tip) ... learning: gem to share with baxter.", "gem"),
        ("present: sgt cheung, pcso mariam el-haddad, me (aoife, tip)", "mariam el-haddad"),
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
        ("back from school at four", "back"),
        ("23:30 dp tearful after interview", "tearful"),
        ("her faith (she attends church) is a protective factor", "faith"),
        ("Patrick was searched. Officers did a pat down.", "pat"),
    ],
)
def test_an_ordinary_word_beside_these_kinds_is_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("she goes to fareham leisure centre most days", "fareham leisure centre", "ORGANIZATION"),
        ("she was taken to romsey hospital by ambulance", "romsey hospital", "ORGANIZATION"),
        ("She lives in Fareham with her nan.", "Fareham", "LOCATION"),
    ],
)
def test_a_place_inside_an_organisation_names_the_organisation(
    anonymiser, text, value, entity_type
):
    found = [
        (text[r.start : r.end], r.entity_type) for r in anonymiser.analyse_doc(anonymiser.nlp(text))
    ]
    assert (value, entity_type) in found
