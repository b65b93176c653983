"""Quoted speech the coach must leave alone: message exports (a time stamp, the name the app
shows, a colon), a single quote opened after a speech verb and never closed, and "her words to
the call handler were ...". Narrative outside them is still coached."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import Coach
from tips_nlp.coach.principles import RulesError
from tips_nlp.coach.quotes import not_display_names, quoted_spans


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # message exports: every line of an export that speaks is the sender's voice
        (
            "[14:02] Jay: u still running for them\n[14:03] Kez: yeah innit",
            ["u still running for them", "yeah innit"],
        ),
        ("(21:15) Tash: where are you", ["where are you"]),
        ("14:02 - Kez Smith: im not a grass", ["im not a grass"]),
        (
            "[14/03/2024, 14:02:11] Jay: shes a slag\n[14/03/2024, 14:03:40] Kez: u wot",
            [
                "shes a slag",
                "u wot",
            ],
        ),
        ("[09:40] [PERSON 2]: he looks after me", ["he looks after me"]),
        # the name before the time stamp
        (
            "Jay [14:02]: u still running for them\nKez (2:03 pm): yeah",
            [
                "u still running for them",
                "yeah",
            ],
        ),
        # the officer's line is coached; the person's line next to it is speech
        (
            "[09:31] DC Rivers: where r u\n[09:40] Mia: at his. he's my boyfriend",
            ["at his. he's my boyfriend"],
        ),
        # a single quote opened after a speech cue and never closed, apostrophes inside
        (
            "Her exact words to the call handler were 'he's going to kill me, he's lost it",
            ["'he's going to kill me, he's lost it"],
        ),
        (
            "She screamed 'he's lost it, he's gonna kill me\nOfficers forced entry.",
            ["'he's lost it, he's gonna kill me"],
        ),
        ("He told officers ‘she’s a psycho, she’s mental", ["‘she’s a psycho, she’s mental"]),
        # sentence by sentence while the next one still speaks; the writer's narrative is not
        ("She said 'i'm scared. he's lost it", ["'i'm scared. he's lost it"]),
        (
            "She said 'he's lost it. Officers found her drunk and abusive.",
            ["'he's lost it."],
        ),
        ("His words to the nurse were that he was a junkie.", ["that he was a junkie."]),
    ],
)
def test_speech_found(text, quoted):
    assert _quoted(text) == quoted


@pytest.mark.parametrize(
    "text",
    [
        # a timed log in the writer's own voice, no first or second person
        "14:02 Update: DP kicked off in cell\n14:30 Update: calmer",
        "14:02 Jones: DP kicked off in the cell\n14:30 Smith: DP calmer now",
        # an officer's timed line is coached even when it speaks
        "[09:31] DC Rivers: you need to stop kicking off",
        "[22:10] Sgt Evans: you are being aggressive",
        "PC Jones (14:02): you are kicking off",
        # more than three words before the colon: a sentence, not a display name
        "14:02 attended the address and saw the following: she was drunk",
        # apostrophes with no speech verb are never a quote
        "He's lost it and she's a known drinker",
        # no time stamp: a form field, not a message
        "Jay: known drug user",
    ],
)
def test_not_speech(text):
    assert quoted_spans(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a closed quote stays closed: the narrative after it is outside
        ("She said 'no' and then he's lost it", ["'no'"]),
        ("He said 'im fine' and she kicked off.", ["'im fine'"]),
    ],
)
def test_closed_quote_does_not_run_on(text, quoted):
    assert _quoted(text) == quoted


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("[14:02] Jay: u still shotting for them or wot\n[14:03] Kez: yeah innit", []),
        ("She told the call handler 'he's lost it, he's gonna kill me", []),
        # narrative on the next line, outside the unclosed quote, is still coached
        ("She screamed 'he's going to kill me\nShe is a known drinker.", ["known drinker"]),
        ("She said 'he's lost it. She is a known drinker.", ["known drinker"]),
        # the officer's own words in an export are coached
        ("[09:31] DC Rivers: stop kicking off\n[09:32] Mia: i'm not", ["kicking off"]),
        # a timed log line with no first or second person is the writer's
        ("14:02 Jones: DP shotting from the flat", ["shotting"]),
    ],
)
def test_coach_leaves_speech_and_coaches_narrative(coach, nlp, text, flagged):
    result = coach.check_doc(nlp(text), use_classifier=False)
    assert [f.text for f in result.findings if f.severity != "info"] == flagged


def test_not_display_names_malformed_names_the_file(tmp_path):
    path = tmp_path / "quotes.yml"
    path.write_text("not_display_names: []\n", encoding="utf-8")
    with pytest.raises(RulesError, match="quotes.yml"):
        not_display_names(path)
