"""Kinds of quoted speech the quote detection used to miss (coach-dc13 probes): mixed curly and
straight single quotes, a quote opened on an elision after a speech verb, a speech verb running
straight into the first or second person with no marks, more speech verbs before a colon,
"quote unquote", custody labels for the person's own words, statement extracts, named dialogue
turns, speakers heard "on the phone", typed <<guillemets>> and the person's diary. Each stays
the writer's framing where it should: third-person reported speech, officers' words, a bare
"Statement:" and a single form field."""

from __future__ import annotations

import pytest

from tips_nlp.coach.quotes import quoted_spans


def _quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a curly opener closed by a straight mark, and the other way round
        ("‘I'm a scrounger to them' he said.", ["‘I'm a scrounger to them'"]),
        ("He said 'they think I'm a lowlife’ and left.", ["'they think I'm a lowlife’"]),
        # a quote opened on an elision after a speech verb, closed on its line
        (
            "Asked why, she answered 'cos I'm a nuisance, that's what they say.' quietly.",
            ["'cos I'm a nuisance, that's what they say.'"],
        ),
        (
            "He shouted 'em lot are all snitches, I'm off.' and ran.",
            ["'em lot are all snitches, I'm off.'"],
        ),
        # speech with no marks: the verb runs straight into the first or second person
        ("The boy answered I'm just a waste of time to you.", ["I'm just a waste of time to you."]),
        ("DP SHOUTED YOURE ALL BENT COPPERS", ["YOURE ALL BENT COPPERS"]),
        (
            "She told the nurse you all think I'm putting it on.",
            ["you all think I'm putting it on."],
        ),
        ("He kept shouting we're not scum, we're not scum.", ["we're not scum, we're not scum."]),
        ("The lad was heard to yell you're a snitch.", ["you're a snitch."]),
        ("Mum replied, no, I'm not a bad parent.", ["I'm not a bad parent."]),
        ("He mumbled that's cos I'm thick, isn't it.", ["that's cos I'm thick, isn't it."]),
        # more speech verbs before a colon
        ("She sobbed: I'm a terrible mother.", ["I'm a terrible mother."]),
        ("He goes: you're all useless.", ["you're all useless."]),
        # quote unquote
        ("He called it quote unquote a doss house.", ["a doss house."]),
        # custody labels for the person's words, statement extracts
        ("Significant statement - I did it cos he's a nonce.", ["I did it cos he's a nonce."]),
        ("Words used: you're a grass.", ["you're a grass."]),
        (
            "Extract from his statement (para 3): I was off my head that night.",
            ["I was off my head that night."],
        ),
        ("VRI, page 2 - I felt like a tart after.", ["I felt like a tart after."]),
        # a dialogue typed with the speakers' names
        (
            "Tyler: u ratted on me\nMarcus: nah you're paranoid",
            ["u ratted on me", "nah you're paranoid"],
        ),
        # how the speaker was heard
        ("Nan over the phone: he's a menace, I can't cope.", ["he's a menace, I can't cope."]),
        # typed guillemets and the person's own writing
        ("He wrote <<im a loser>> on the wall.", ["<<im a loser>>"]),
        ("Her journal entry: I'm disgusting and fat.", ["I'm disgusting and fat."]),
    ],
)
def test_the_persons_own_words_are_quoted(text, quoted):
    assert _quoted(text) == quoted


@pytest.mark.parametrize(
    "text",
    [
        # third-person reported speech is the writer's framing
        "She stated that she was a junkie.",
        "He said he is a waste of space.",
        # the writer's or an officer's own words are what the coach reviews
        "I told him you'll be sat in that cell all weekend.",
        "PC Hart said you're going in the van whether you like it or not.",
        "Told him we can do this the easy way or the hard way.",
        "She was told you have to give a statement.",
        "Interviewer: stop saying you don't know.",
        # an elision never closed is the writer's own 'cos
        "He said 'cos he was scared he ran off.",
        # a bare "Statement:" may be the officer's own statement
        "Statement: I observed the male to be unsteady and aggressive.",
        # a statement label over the writer's third-person summary
        "Her statement: she was drunk and confused.",
        # a single form field in the first person, not a dialogue
        "Circumstances: I attended and found the male aggressive.",
        # "went" with words before the colon is a journey, not speech
        "Officers went to the address: occupant drunk and abusive.",
    ],
)
def test_the_writers_own_words_are_not_quoted(text):
    assert _quoted(text) == []


def test_a_form_block_with_first_person_fields_is_not_a_dialogue():
    text = "Background: I have known the family for years\nAssessment: we think mum is lying"
    assert _quoted(text) == []


def test_named_turns_need_two_names():
    assert _quoted("Tyler: u ratted on me\nTyler: you're dead") == []
