"""Phrasings both layers missed on the coach tuning sets, as families: slang verdicts on a
person ("wind-up merchant", "bad lad", "oik"), harm framed as the victim's doing ("left herself
wide open", "no surprise he got stabbed given ..."), euphemisms for sexual touching ("fiddled
with her", "overfamiliar"), consent overridden ("made to sign", "would not take no for an
answer", "or face ...", "end of."), and a community's presence treated as a crime warning.
Each family flags its variants and leaves the ordinary sense, the harm named as someone else's
doing, and quoted speech alone."""

from __future__ import annotations

import pytest

FLAGGED = [
    (
        "Staff say she is a right wind up merchant on the unit.",
        "wind-up-merchant",
        "wind up merchant",
    ),
    (
        "He is a grief merchant and the neighbours are fed up with him.",
        "wind-up-merchant",
        "grief merchant",
    ),
    ("The school called her a shit-stirrer in the referral.", "wind-up-merchant", "shit-stirrer"),
    ("They are bad lads from the estate and always have been.", "bad-lad", "bad lads"),
    ("Teachers say she is a bad kid who lies.", "bad-lad", "bad kid"),
    ("Nicked the little oik outside the Co-op.", "oik", "oik"),
    ("Grotbag at number 14 has rung in again about the neighbours.", "oik", "Grotbag"),
    (
        "She laid herself open to this by going back to his flat.",
        "allowed-herself",
        "laid herself open",
    ),
    (
        "The girl left herself wide open to this by adding strangers online.",
        "allowed-herself",
        "left herself wide open",
    ),
    (
        "He made himself very vulnerable by posting his address online.",
        "allowed-herself",
        "made himself very vulnerable",
    ),
    (
        "No wonder she got hurt, the state she was in.",
        "no-surprise-given",
        "No wonder she got hurt",
    ),
    (
        "Hardly surprising he got stabbed, to be honest.",
        "no-surprise-given",
        "Hardly surprising he got stabbed",
    ),
    (
        "He was robbed at the park, considering the company he keeps.",
        "no-surprise-given",
        "considering the company he keeps",
    ),
    (
        "He got mugged because he was flashing his phone about on the bus.",
        "no-surprise-given",
        "flashing his phone about",
    ),
    ("He fiddled with her in the back of the car.", "fiddled-with", "fiddled with her"),
    (
        "He was fiddling about with the girls at the swimming club.",
        "fiddled-with",
        "fiddling about with the girls",
    ),
    (
        "Stepdad has been a bit overfamiliar with her in the bathroom.",
        "fiddled-with",
        "overfamiliar",
    ),
    ("Uncle is very tactile with the children.", "fiddled-with", "very tactile with the"),
    ("She was made to sign the safety plan before we left.", "made-to-sign", "was made to sign"),
    (
        "We made her sign the contract of expectations at the door.",
        "made-to-sign",
        "We made her sign",
    ),
    ("Made him sign the agreement before he could leave.", "made-to-sign", "Made him sign"),
    (
        "She has been instructed to comply with the plan at each visit.",
        "made-to-sign",
        "instructed to comply",
    ),
    (
        "We put her in the ambulance and would not take no for an answer.",
        "no-for-an-answer",
        "take no for an answer",
    ),
    (
        "We gave her no choice and she went in the ambulance.",
        "no-for-an-answer",
        "gave her no choice",
    ),
    ("Attend the meeting or face eviction.", "or-face", "or face eviction"),
    ("He will attend the appointment, end of.", "or-face", ", end of."),
    ("She will go to the refuge and that's final.", "like-it-or-not", "and that's final"),
    (
        "Travellers have pulled onto the field, so expect thefts this week.",
        "travellers-lock-up",
        "Travellers have pulled onto the field, so expect",
    ),
    (
        "Lock up everything, travellers are about.",
        "travellers-lock-up",
        "Lock up everything, travellers are",
    ),
]


@pytest.mark.parametrize(("text", "rule_id", "matched"), FLAGGED)
def test_missed_family_is_flagged(rule_flags, text, rule_id, matched):
    assert (rule_id, matched) in rule_flags(text)


ORDINARY = [
    "He fiddled with the radio for a while before he answered.",
    "She fiddled with her rings throughout the interview.",
    "He is a coal merchant from Romsey.",
    "The builders' merchant on the industrial estate was burgled.",
    "Officers were familiar with the layout of the flat.",
    "He was made to wait four hours in A&E.",
    # the person causing harm made her do it: the wording the guides recommend
    "She was made to sign over the car by her husband.",
    "He was trafficked to Hampshire and made to sell drugs.",
    "He would not take his medication.",
    "The court ordered him to pay compensation or face prison.",
    "The Gypsy and Traveller liaison officer will lock up the site office at six.",
    "The Traveller family asked us to visit on Tuesday, so we did.",
    "At the end of the road there is a park.",
    "It is no surprise the bus was late given the roadworks.",
    "He left himself open to criticism by arriving late.",
    "She left herself a note to call the GP.",
    "A man flashing his torch about was seen in the garden.",
    "He is not a bad lad; he has been in and out of care since he was six.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sense_is_not_flagged(rule_flags, text):
    assert rule_flags(text) == []


QUOTED = [
    'He said, "Everyone knows I\'m a bad lad round here."',
    'She told us: "He fiddled with me when Mum was at work."',
    'Mum said "he is a wind-up merchant, always has been".',
]


@pytest.mark.parametrize("text", QUOTED)
def test_quoted_speech_is_not_flagged(rule_flags, text):
    assert rule_flags(text) == []
