"""Kinds of recommended wording the rules flagged (dev-clean12-14 tuning sets): a label a
record used and the writer corrected, a behaviour explained by its cause, exploitation named
before an exchange framing, a disclosure in indirect speech, a choice that is the abuser's or
a supported decision, and a bare animal subject. The blame itself stays flagged."""

from __future__ import annotations

import pytest

from tips_nlp.coach.rules import get_rule_matcher, load_negation, load_reframes

NOT_FLAGGED = [
    # a label a record used, corrected in the same sentence
    "Reflection: when I arrived I wrote that he was aggressive, but what I saw was a frightened "
    "boy shouting after his mum had been hurt, and I have rewritten the note to describe that.",
    "The debrief note said she made poor choices; we rewrote it to say she was targeted by a man.",
    "The referral described him as aggressive and I amended it to say he was frightened.",
    # a behaviour explained by its cause, however long the description before it
    "His aggressive behaviour during the arrest, shouting and pulling away, followed an officer "
    "grabbing his arm from behind without warning.",
    "Her aggression in the cell, banging the door, was triggered by the strip search.",
    "He was aggressive because he thought he was being attacked again.",
    # exploitation and the people doing it named before the exchange framing
    "She was sexually exploited by a group of adult men who gave her vapes, alcohol and lifts "
    "in return for sex.",
    "He was groomed by older males who gave him drugs in return for sex.",
    # a disclosure in indirect speech: the person's account
    "She said she had been forced to have sex by her partner on several occasions.",
    "He told officers that he was forced to have sex by the man.",
    "The victim said she was forced to have sex at the party.",
    # the choice is the abuser's, or a supported decision to get help
    "The suspect chose to take her back to his flat, and responsibility lies with him.",
    "She was supported to attend the SARC and chose to have a forensic examination.",
    "She decided to have counselling after the ISVA explained the options.",
    # a bare animal or thing opening a note's sentence
    "dog was kicking off barking in the back room the whole time we were there",
    "Boiler was playing up again so they had no heating.",
    # recommended wording for a child who missed an appointment
    "The child was not brought to the appointment by her carer.",
]

STILL_FLAGGED = [
    ("She chose to go with him.", [("chose-to", "chose to go")]),
    ("She decided to go back to him.", [("chose-to", "decided to go")]),
    ("She was offered a refuge place but chose to return home.", [("chose-to", "chose to return")]),
    ("She chose not to engage with support.", [("chose-not-to", "chose not to engage")]),
    ("He was aggressive.", [("aggressive", "aggressive")]),
    ("I wrote that he was aggressive.", [("aggressive", "aggressive")]),
    ("She made poor choices and we rewrote her plan.", [("poor-choices", "poor choices")]),
    (
        "His aggressive behaviour has increased since he started using cannabis.",
        [("aggressive", "aggressive")],
    ),
    ("She traded sex for drugs.", [("trading-sex", "sex for drugs")]),
    (
        "She gave sex in return for vapes and was exploited by them.",
        [("trading-sex", "sex in return for")],
    ),
    ("She claims she was forced.", [("claims", "claims")]),
    ("She had forced sex with him.", [("non-consensual-sex", "forced sex")]),
    ("He kicked off in custody.", [("kicked-off", "kicked off")]),
    ("Male kicked off in the cell.", [("kicked-off", "kicked off")]),
    ("Lad was playing up in class.", [("kicking-and-screaming", "playing up")]),
    ("Mum failed to attend the appointment.", [("no-show", "failed to attend")]),
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_recommended_wording_is_not_flagged(rule_flags, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(("text", "expected"), STILL_FLAGGED)
def test_blame_stays_flagged(rule_flags, text, expected):
    assert rule_flags(text) == expected


def test_bundled_lists_load():
    negation = load_negation()
    assert {"write", "say"} <= negation.reported
    assert {"rewrite", "rewrote", "amend"} <= negation.corrections
    reframes = load_reframes()
    assert "trading-sex" in reframes.named_earlier_rules
    assert ("sexually", "exploited", "by") in reframes.named_earlier
    assert reframes.disclosed_rules == frozenset({"non-consensual-sex"})
    assert "claim" not in reframes.speech_verbs


def test_ordinary_sense_is_kept_from_the_classifier(nlp):
    doc = nlp("The boiler was playing up so the family had no hot water.")
    matches, withheld = get_rule_matcher().matches_and_denials(doc)
    assert matches == []
    assert [span.text for span in withheld] == ["playing up"]


def test_word_list_exclusion_still_reaches_the_classifier(nlp):
    # "after: [and]" excuses "a nightmare and ..." from the rule; the words are not a thing's
    # ordinary sense, so the classifier still reads them (the row was lost when it did not)
    doc = nlp("The family are a nightmare and have been since the eighties.")
    matches, withheld = get_rule_matcher().matches_and_denials(doc)
    assert matches == []
    assert withheld == []
