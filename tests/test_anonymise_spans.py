"""Exact spans for UK examples, on the real model and the real Presidio engine."""

from __future__ import annotations

import pytest

ISSUE_EXAMPLE = (
    "Mrs Janet O'Brien (07700 900123, janet.obrien@example.com) of PO7 5DE, NHS 943 476 5919."
)


def _found(result, text):
    return {(text[e.start : e.end], e.entity_type) for e in result.entities}


def test_issue_example_finds_every_identifier_with_original_offsets(anonymiser):
    result = anonymiser.anonymise(ISSUE_EXAMPLE)
    assert _found(result, ISSUE_EXAMPLE) == {
        ("Janet O'Brien", "PERSON"),
        ("07700 900123", "PHONE_NUMBER"),
        ("janet.obrien@example.com", "EMAIL_ADDRESS"),
        ("PO7 5DE", "UK_POSTCODE"),
        ("NHS 943 476 5919", "UK_NHS"),  # the label right before it is inside the span
    }
    assert result.text == ("Mrs [PERSON 1] ([PHONE 1], [EMAIL 1]) of [POSTCODE 1], [NHS NUMBER 1].")


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        ("Call her on 07700 900456 after six.", "07700 900456", "PHONE_NUMBER"),
        ("Landline 023 9238 1234 was disconnected.", "023 9238 1234", "PHONE_NUMBER"),
        ("Reached on +44 7700 900789 later.", "+44 7700 900789", "PHONE_NUMBER"),
        ("His NI number is JG 10 37 49 A on the form.", "JG 10 37 49 A", "UK_NINO"),
        ("She moved to SO14 3JX last spring.", "SO14 3JX", "UK_POSTCODE"),
        ("Email kyle.b@example.co.uk for the notes.", "kyle.b@example.co.uk", "EMAIL_ADDRESS"),
        ("NHS number 401 023 2137 was on the discharge note.", "NHS number 401 023 2137", "UK_NHS"),
    ],
)
def test_uk_identifier_span(anonymiser, text, span, entity_type):
    result = anonymiser.anonymise(text)
    assert (span, entity_type) in _found(result, text)
    assert span not in result.text


def test_same_value_gets_same_placeholder(anonymiser):
    text = "Call 07700 900123. If no answer, call 07700 900123 again, or 07700 900999."
    result = anonymiser.anonymise(text)
    assert result.text == "Call [PHONE 1]. If no answer, call [PHONE 1] again, or [PHONE 2]."


def test_us_driver_licence_recognizer_is_off(anonymiser):
    result = anonymiser.anonymise("Her mobile is 07700 900123.")
    assert {e.entity_type for e in result.entities} == {"PHONE_NUMBER"}


@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        ("placeholder", "Ring [PHONE 1] now."),
        ("redact", "Ring [REDACTED] now."),
        ("mask", "Ring ████████████ now."),
        ("type", "Ring <PHONE_NUMBER> now."),
    ],
)
def test_operators(anonymiser, operator, expected):
    assert anonymiser.anonymise("Ring 07700 900123 now.", operator=operator).text == expected


def test_mapping_only_on_request(anonymiser):
    text = "Ring 07700 900123 now."
    assert anonymiser.anonymise(text).mapping is None
    assert anonymiser.anonymise(text, return_mapping=True).mapping == {
        "[PHONE 1]": ["07700 900123"]
    }
    assert "07700" not in str(anonymiser.anonymise(text).to_dict())


def test_invalid_nhs_check_digit_is_not_an_nhs_number(anonymiser):
    text = "Reference 943 476 5918 on file."  # last digit wrong for mod-11
    assert "UK_NHS" not in {e.entity_type for e in anonymiser.anonymise(text).entities}


def test_unknown_operator_is_a_value_error(anonymiser):
    with pytest.raises(ValueError, match="unknown operator"):
        anonymiser.anonymise("text", operator="shred")


def test_failure_inside_the_pipeline_fails_closed(anonymiser, monkeypatch):
    from tips_nlp.anonymise import AnonymisationError

    secret = "Janet O'Brien rang 07700 900123."

    def broken(*args, **kwargs):
        raise RuntimeError(f"boom while reading {secret}")

    monkeypatch.setattr(anonymiser.analyzer, "analyze", broken)
    with pytest.raises(AnonymisationError) as caught:
        anonymiser.anonymise(secret)
    assert "Janet" not in str(caught.value) and caught.value.__cause__ is None


def test_adjacent_same_type_spans_keep_their_own_placeholders(anonymiser):
    """Regression: Presidio merged same-type spans separated by a space, then the placeholder
    lookup failed (KeyError) and the whole text was refused."""
    result = anonymiser.anonymise("07700 " * 4)
    assert [e.placeholder for e in result.entities] == ["[REFERENCE 1]"] * 4
    assert result.text == "[REFERENCE 1] " * 4
