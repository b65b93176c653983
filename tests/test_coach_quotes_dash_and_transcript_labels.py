"""Speech after a dash once the person spoken to is named ("said to the custody sergeant — I'm
a smackhead"), a transcript speaker after a lead-in label ("Transcript 999: CALLER: ..."), and
a feeling reported in the person's own indirect speech ("she said she felt ..."). Narrative
outside the speech stays the writer's."""

from __future__ import annotations

import pytest

from tips_nlp.coach.quotes import quoted_spans


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DP said to the custody sergeant — I'm a smackhead, just give me the doctor.",
            ["I'm a smackhead, just give me the doctor."],
        ),
        ("She shouted at officers - you lot are pigs.", ["you lot are pigs."]),
        (
            "Transcript 999: CALLER: my son's gone crazy, he's off his head",
            ["my son's gone crazy, he's off his head"],
        ),
        ("Transcript of the 999 call - Mum: he's kicking off again", ["he's kicking off again"]),
        (
            "She said she felt she had no choice but to go back to him. He is a smackhead.",
            ["she had no choice but to go back to him."],
        ),
        # not speech: a clause before the dash, a label with no first or second person
        ("She said she was fine — officers later found her drunk.", []),
        ("Transcript 999: CALLER: reports male kicking off in the street", []),
        ("She said he felt she was attention seeking.", []),
    ],
)
def test_dash_transcript_and_felt_speech(text, expected):
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DP said to the custody sergeant — I'm a smackhead, just give me the doctor.", []),
        ("Transcript 999: CALLER: my son's gone crazy, he's off his head on something", []),
        (
            "DP said to the custody sergeant — I'm ill. He is a smackhead.",
            [("junkie", "smackhead")],
        ),
        (
            "She said she was fine — officers later found her a smackhead.",
            [("junkie", "smackhead")],
        ),
    ],
)
def test_narrative_outside_the_speech_is_flagged(rule_flags, text, expected):
    assert rule_flags(text) == expected
