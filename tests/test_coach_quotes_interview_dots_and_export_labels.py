"""Quoted speech typed two more ways (dev-clean11 quoted kinds): an interview record with "Q."
and "A." and full stops rather than colons, and a message export line whose bracketed time
stamp follows a lead-in label ("Download from the handset: [02:31] Unknown: ..."). Narrative
outside them is still coached."""

from __future__ import annotations

import pytest

from tips_nlp.coach.quotes import quoted_spans


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "Q. Did anyone force you? A. No one forced me, I chose to go, I'm not a victim.",
            ["Did anyone force you?", "No one forced me, I chose to go, I'm not a victim."],
        ),
        (
            "Q. Where did you go?\nA. I chose to go to his. I'm fine. She then left with him.",
            ["Where did you go?", "I chose to go to his. I'm fine."],
        ),
        (
            "Q1. Did you go? A1. Yes I did. Q2. Why? A2. I'm a junkie innit",
            ["Did you go?", "Yes I did.", "Why?", "I'm a junkie innit"],
        ),
        # the colon form keeps its answers, and now its further speaking sentences
        (
            "Q: why did you go there?\nA: i owed them. they'd hurt me.",
            ["why did you go there?", "i owed them. they'd hurt me."],
        ),
        # a lead-in label before a bracketed time stamp
        (
            "Download from the handset: [02:31] Unknown: u owe 400 get back on the line or else",
            ["u owe 400 get back on the line or else"],
        ),
        (
            "Screenshot 2: (21:15) Tash: where r u\nOfficers seized the phone.",
            ["where r u"],
        ),
        # not an interview: a "Q." with no answer, an initial, a number abbreviation
        ("Q. refer to MASH?\nSupervisor agreed.", []),
        ("Interview with A. Smith. She went with him.", []),
        ("She lives at No. 4. Q. was never asked.", []),
        # a label before an unbracketed time is a log entry's own time, not an export
        ("Note: 14:02 update: she was a junkie", []),
        # the export's line is the sender's; the officer's log entry after the label is not
        ("Extract: [14:02] DC Rivers: where r u", []),
    ],
)
def test_quoted_passages(text, quoted):
    assert _quoted(text) == quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q. Did anyone force you? A. No one forced me, I chose to go.", []),
        (
            "Q. Did anyone force you? A. No. She then chose to go with him.",
            [("chose-to", "chose to go")],
        ),
        (
            "Download from the handset: [02:31] Unknown: u chose to go with him\n"
            "She chose to go with him.",
            [("chose-to", "chose to go")],
        ),
    ],
)
def test_narrative_outside_the_record_is_still_coached(rule_flags, text, expected):
    assert rule_flags(text) == expected


def test_an_empty_answer_masks_nothing_after_it():
    text = "Q: why did you go?\nA:\nShe chose to go with him."
    assert _quoted(text) == ["why did you go?"]
