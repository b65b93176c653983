"""Reviewer edits: untick a detected value, add a missed phrase, summarise without values."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise import AnonymisationError
from tips_nlp.review import (
    AddedPhrase,
    anonymise_reviewed,
    detection_key,
    detections,
    phrase_spans,
    removal_summary,
    reviewed_results,
    summary_text,
)

TEXT = "Kyle rang 07700 900123. Kyle's nan lives in Leigh Park; kyle was at Leigh  Park school."


def _results() -> list[RecognizerResult]:
    """Detections as the anonymiser might give them (built by hand so edits are exact)."""
    phone, second, third = TEXT.index("07700"), TEXT.index("Kyle's"), TEXT.index("kyle")
    return [
        RecognizerResult("PERSON", 0, 4, 0.85),
        RecognizerResult("PHONE_NUMBER", phone, phone + 12, 1.0),
        RecognizerResult("PERSON", second, second + 4, 0.85),
        RecognizerResult("PERSON", third, third + 4, 0.85),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "spans"),
    [
        ("Ann met Anne and Joanna; ANN left", "Ann", [(0, 3), (25, 28)]),
        ("in Leigh\n  Park today", "leigh park", [(3, 15)]),
        ("Mr O'Brien (Jr) came", "O'Brien (Jr)", [(3, 15)]),
        ("nothing here", "   ", []),
        ("a.b and axb", "a.b", [(0, 3)]),
    ],
)
def test_phrase_spans(text, phrase, spans):
    assert phrase_spans(text, phrase) == spans


def test_detections_group_mentions_of_one_value():
    found = detections(TEXT, _results(), {"PERSON": "PERSON", "PHONE_NUMBER": "PHONE"})
    assert [(d.key, d.value, d.mentions, d.placeholder) for d in found] == [
        ("PERSON:kyle", "Kyle", 3, "[PERSON 1]"),
        ("PHONE_NUMBER:07700 900123", "07700 900123", 1, "[PHONE 1]"),
    ]


def test_unticked_value_is_kept_everywhere_and_the_rest_still_hidden(anonymiser):
    result = anonymise_reviewed(
        anonymiser, TEXT, _results(), excluded={detection_key("PERSON", "kyle")}
    )
    assert result.text == (
        "Kyle rang [PHONE 1]. Kyle's nan lives in Leigh Park; kyle was at Leigh  Park school."
    )


def test_added_phrase_is_hidden_everywhere_with_its_type(anonymiser):
    result = anonymise_reviewed(
        anonymiser, TEXT, _results(), added=[AddedPhrase("leigh park", "LOCATION")]
    )
    assert result.text == (
        "[PERSON 1] rang [PHONE 1]. [PERSON 1]'s nan lives in [PLACE 1]; "
        "[PERSON 1] was at [PLACE 1] school."
    )


def test_added_phrase_overlapping_a_detection_is_merged_not_doubled(anonymiser):
    final = reviewed_results(
        TEXT,
        _results(),
        added=[AddedPhrase("rang 07700", "OTHER_DETAIL")],
        priority=anonymiser.priority,
    )
    assert [(r.entity_type, TEXT[r.start : r.end]) for r in final][:2] == [
        ("PERSON", "Kyle"),
        ("PHONE_NUMBER", "rang 07700 900123"),
    ]


def test_untick_and_add_together_with_redaction(anonymiser):
    result = anonymise_reviewed(
        anonymiser,
        TEXT,
        _results(),
        excluded={"PHONE_NUMBER:07700 900123"},
        added=[AddedPhrase("Leigh Park school", "ORGANIZATION")],
        operator="redact",
    )
    assert result.text == (
        "[REDACTED] rang 07700 900123. [REDACTED]'s nan lives in Leigh Park; "
        "[REDACTED] was at [REDACTED]."
    )


def test_real_detections_can_be_reviewed(anonymiser):
    text = "Mrs Janet O'Brien rang 07700 900123 from PO7 5DE."
    results = anonymiser.analyse_doc(anonymiser.nlp(text))
    keys = {d.key for d in detections(text, results, anonymiser.labels)}
    assert {"PHONE_NUMBER:07700 900123", "UK_POSTCODE:po7 5de"} <= keys
    result = anonymise_reviewed(anonymiser, text, results, excluded={"UK_POSTCODE:po7 5de"})
    assert "PO7 5DE" in result.text and "07700 900123" not in result.text


def test_failure_raises_and_never_returns_the_text(anonymiser):
    with pytest.raises(AnonymisationError) as caught:
        anonymise_reviewed(anonymiser, TEXT, [RecognizerResult("PERSON", 5, 3, 1.0)])
    assert "Kyle" not in str(caught.value)


def test_summary_counts_types_and_never_shows_values(anonymiser):
    result = anonymise_reviewed(
        anonymiser, TEXT, _results(), added=[AddedPhrase("Leigh Park", "LOCATION")]
    )
    rows = removal_summary(result)
    assert [(r.label, r.items, r.mentions) for r in rows] == [
        ("PERSON", 1, 3),
        ("PHONE", 1, 1),
        ("PLACE", 1, 2),
    ]
    text = summary_text(rows, unticked=1, added=1)
    assert text == (
        "What was removed (types and counts only):\n"
        "- PERSON: 1 item, 3 mentions\n"
        "- PHONE: 1 item, 1 mention\n"
        "- PLACE: 1 item, 2 mentions\n"
        "Detections the reviewer chose to keep visible: 1\n"
        "Phrases the reviewer added: 1\n"
    )
    assert not any(value in text for value in ("Kyle", "07700", "Leigh"))
