"""Names shown by a note's layout (recognizers/names.py `_shaped`): a word alone between dashes
in a title line, speaker labels of a pasted chat, a first name opening "X from the <team>", a
nickname given before "(real name", letter compounds used as street names, Irish and Scots
particles; and what stays: an English word between dashes, form fields, things named like
"X-Ray", a 24-hour time before a role, FME and RAG ratings (rules/pii/*.yml)."""

from __future__ import annotations

import pytest
from detections import covered, detected, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("visit notes - kez - for the TIP's reflective log\n\nseen at home.", "kez"),
        ("debrief (v2) - Aoife - for supervision\n\nattended at 2200.", "Aoife"),
        ("02:00 visit - mo - asleep, breathing.", "mo"),
        ("custody review – ravi – for the inspector\n\nDP calm.", "ravi"),
        (
            "Messages on her phone:\n  dee: u coming\n  marco: 5 mins\nShe said she was scared.",
            "dee",
        ),
        (
            "Messages on her phone:\n  dee: u coming\n  marco: 5 mins\nShe said she was scared.",
            "marco",
        ),
        ("Chat:\nkez: where r u\nbrandy: outside\nkez: ok", "brandy"),
        ("Grace from the youth support team will ring her.", "Grace"),
        ("Thanks all. Will from our welfare unit is on leave.", "Will"),
        ("Big Kay (real name unknown) was seen by the shop.", "Big Kay"),
        ("Little J (aka Jordan) ran off.", "Little J"),
        ('He said "J-Money told us to go". Who is J-Money?', "J-Money"),
        ("Who is K-Dog?? Intel to go in.", "K-Dog"),
        ("Reviewed by: Insp 2231 Nic Giolla Phádraig and PC 4410 Ó Briain.", "Nic Giolla"),
        ("Reviewed by: Insp 2231 Nic Giolla Phádraig and PC 4410 Ó Briain.", "Ó Briain"),
        ("Requested by Sgt 1620 Mac an tSaoir (custody).", "Mac an tSaoir"),
        ("Officers: PC 3117 Ní Bhriain attended.", "Ní Bhriain"),
    ],
)
def test_a_name_shown_by_the_layout_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("s&s - foot - Winnall - 12/12/24 1720", "foot"),
        ("stop record - vehicle - Fareham - 1630", "vehicle"),
        ("grounds: seen with tools\noutcome: NFA\npower: s.1 PACE", "grounds"),
        ("grounds: seen with tools\noutcome: NFA\ngowisely: done", "gowisely"),
        ("He had a T-Shirt on and was sent for an X-Ray.", "X-Ray"),
        ("0340 FME Dr Nwosu saw. Fit to detain.", "FME"),
        ("General: the FME is on call overnight.", "FME"),
        ("MASH RAG rated AMBER. Review in a week.", "AMBER"),
        ("The referral was rated Red by the hub.", "Red"),
    ],
)
def test_an_ordinary_word_in_these_layouts_is_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)


def test_the_doctor_after_a_time_is_still_a_name(anonymiser):
    text = "0340 FME Dr Nwosu saw. Fit to detain."
    assert covered(anonymiser, text, "Nwosu")
    assert not touched(anonymiser, text, "0340")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("she was with Kyle and Jordan Price who had cannabis.", "Kyle and Jordan Price"),
        ("Amira & Yusuf Haddad were at the address.", "Amira & Yusuf Haddad"),
    ],
)
def test_a_given_name_sharing_a_surname_is_one_span(anonymiser, text, joined):
    spans = [text[s:e] for s, e in detected(anonymiser, text)]
    assert joined in spans


def test_two_full_names_joined_by_and_stay_two(anonymiser):
    text = "Kyle Smith and Jordan Price came to the door."
    spans = [text[s:e] for s, e in detected(anonymiser, text)]
    assert spans == ["Kyle Smith", "Jordan Price"]
