"""Names informal notes give in shapes the name recognizer leaves: a self-introduction in
lower-case speech, a word-name after a role noun, sign-off and O'/D' initials, a quoted
nickname in a list of names, and a house number alone after "at no." (self_introductions.py,
role_word_names.py, initials_forms.py, quoted_list_names.py, rules/pii/recognizers.yml)."""

from __future__ import annotations

import pytest


def _masked(anonymiser, text: str) -> list[tuple[str, str]]:
    result = anonymiser.anonymise(text, return_mapping=True)
    return [
        (text[e.start : e.end], e.placeholder.strip("[]").rsplit(" ", 1)[0])
        for e in result.entities
    ]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ('he says "hiya kasia, i\'m danny, can i stay here and chat?"', "danny", "PERSON"),
        ('she said "my name\'s jordan" and sat down', "jordan", "PERSON"),
        ('he told her "this is marcus from the team" at the door', "marcus", "PERSON"),
        ('"call me jess," she said', "jess", "PERSON"),
        ("present: pc rich malone, student officer will  re the job", "will", "PERSON"),
        ("student officer will\n- will stayed really calm", "will stayed", None),
        ('not as "prolific shoplifter". -HMK\n', "HMK", "PERSON"),
        ("Reviewed and agreed.\n-JT\n", "JT", "PERSON"),
        ("- DC Siobhan O'Driscoll 6720\n- SO'D - arrange ABE", "SO'D", "PERSON"),
        ('group: Tyrese Morgan-Bailey, Liam O\'Hara, "Spider", Nabil.', "Spider", "PERSON"),
        ("Neighbour at no. 48 heard to say it", "no. 48", "ADDRESS"),
        ("seen by a rep from Harlow Legal at 14:00", "Harlow Legal", "ORGANISATION"),
    ],
)
def test_an_informal_identifier_is_masked(anonymiser, text, value, entity):
    if entity is None:  # the later mention: the word alone, before its past tense
        word = value.split()[0]
        start = text.rindex(value)
        result = anonymiser.anonymise(text, return_mapping=True)
        assert any(e.start == start and e.end == start + len(word) for e in result.entities)
    else:
        assert (value, entity) in _masked(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('she said "i\'m tired" and cried', "tired"),
        ('she said "i\'m mad at him"', "mad"),
        ('he said "this is will power"', "will"),
        ("the officer will attend tomorrow", "will"),
        ("student officer will be there", "will"),
        ("Outcome: released -NFA\n", "NFA"),
        ("- MASH to review\n", "MASH"),
        ('He shouted "you\'re dead", Kyle and "get out".', "you're dead"),
        ('"Stop", Kyle said.', "Stop"),
        ("she came in at number 2 priority", "number 2"),
        ("caught the no. 48 bus home", "no. 48"),
        ("police held a MACE meeting on Tuesday", "MACE"),
        ("- MACE referral - sgt to do", "MACE"),
        ("Criminal Legal Aid was granted", "Legal Aid"),
        ('she texted "call me back when you can"', "back"),
        ("mum asked us to call me later, then rang again", "later"),
    ],
)
def test_an_ordinary_word_in_the_same_shape_is_kept(touched, text, value):
    assert not touched(text, value)
