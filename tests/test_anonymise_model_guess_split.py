"""The model's guesses are cut where a name cannot go on (spans.split_model_guesses)."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.spans import split_model_guesses

_MODEL = {"recognizer_name": "SpacyRecognizer"}


def _guess(text: str, value: str, entity: str, source: dict | None = _MODEL) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(entity, start, start + len(value), 0.85, recognition_metadata=source)


@pytest.mark.parametrize(
    ("text", "value", "entity", "expected"),
    [
        ("PC 2904 Amy Hale\nTIP: Jo", "Amy Hale\nTIP", "PERSON", ["Amy Hale", "TIP"]),
        (
            "Club at St Ann's Hall on Mondays.",
            "St Ann's Hall on Mondays",
            "PERSON",
            ["St Ann's Hall"],
        ),
        (
            "Club at St Ann's Hall every Friday.",
            "St Ann's Hall every Friday",
            "ORGANIZATION",
            ["St Ann's Hall"],
        ),
        ("DOB: 1/2/03 Age 22 Arrest", "Age 22", "PERSON", []),
        ("DOB: 3 Mar 2004   Age 22 Arrest", "2004   Age 22", "DATE_TIME", ["2004"]),
        ("Monday Club met.", "Monday Club", "ORGANIZATION", ["Monday Club"]),
        ("Kyle Dunn was there.", "Kyle Dunn", "PERSON", ["Kyle Dunn"]),
    ],
)
def test_model_guess_is_split(text, value, entity, expected):
    found = split_model_guesses(text, [_guess(text, value, entity)])
    assert [text[r.start : r.end] for r in found] == expected


def test_pattern_results_are_left_alone():
    text = "Amy Hale\nTIP"
    found = split_model_guesses(text, [_guess(text, text, "PERSON", {"recognizer_name": "X"})])
    assert [text[r.start : r.end] for r in found] == [text]
