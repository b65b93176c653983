"""The coach's results for people: counts for all six principles, a plain-text report."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.result import AnonymisationError, AnonymisedText, Entity
from tips_nlp.case_study import (
    CaseStudyResult,
    case_study_report,
    move_offset,
    moved_result,
    placeholder_shifts,
    run_case_study,
)
from tips_nlp.coach import CheckResult, Finding, Note
from tips_nlp.wording import (
    check_report,
    coach_checker,
    coach_doc_checker,
    ordered_findings,
    principle_counts,
)

needs_coach = pytest.mark.skipif(coach_checker() is None, reason="tips_nlp.check not built yet")

RESULT = CheckResult(
    findings=[
        Finding(
            30,
            40,
            "kicked off",
            "kicked-off",
            "labelling-behaviour",
            "Trust",
            "suggestion",
            "A label hides what happened.",
            ["shouted and cried"],
            "https://example.org/a",
        ),
        Finding(
            4,
            12,
            "claims",
            "claims",
            "disbelief",
            "Trust",
            "warning",
            "Signals disbelief.",
            ["told us", "said"],
            "",
        ),
        Finding(50, 60, "quoted", "x", "c", "Safety", "info", "Their words.", [], ""),
    ],
    notes=[Note("own-words", "Empowerment", "info", "The person's own words are not recorded.")],
)


def test_counts_list_all_six_principles_without_info():
    assert principle_counts(RESULT) == [
        ("Safety", 0),
        ("Trust", 2),
        ("Choice", 0),
        ("Collaboration", 0),
        ("Empowerment", 0),
        ("Cultural Considerations", 0),
    ]


def test_findings_are_ordered_by_position():
    assert [f.rule_id for f in ordered_findings(RESULT)] == ["claims", "kicked-off", "x"]


def test_check_report_text():
    assert check_report(RESULT) == (
        "Wording to review\n"
        "=================\n"
        "1. “claims” (Trust, warning)\n"
        "   Why: Signals disbelief.\n"
        "   Try: told us / said\n"
        "2. “kicked off” (Trust, suggestion)\n"
        "   Why: A label hides what happened.\n"
        "   Try: shouted and cried\n"
        "   Source: https://example.org/a\n"
        "3. “quoted” (Safety, info)\n"
        "   Why: Their words.\n"
        "\n"
        "Notes on the whole text\n"
        "-----------------------\n"
        "- The person's own words are not recorded. (Empowerment)\n"
        "\n"
        "Flags per principle\n"
        "-------------------\n"
        "- Safety: 0\n- Trust: 2\n- Choice: 0\n- Collaboration: 0\n- Empowerment: 0\n"
        "- Cultural Considerations: 0\n"
    )


def test_case_study_report_is_one_document_without_original_values():
    anonymised = AnonymisedText(
        "[PERSON 1] kicked off.", [Entity(0, 4, "PERSON", 0.85, "[PERSON 1]")]
    )
    report = case_study_report(CaseStudyResult(anonymised, CheckResult([])))
    assert report.startswith(
        "Anonymised case study\n=====================\n[PERSON 1] kicked off.\n\n"
    )
    assert "- PERSON: 1 item, 1 mention\n" in report
    assert report.endswith("- Cultural Considerations: 0\n")


@needs_coach
def test_case_study_findings_sit_on_the_anonymised_text(anonymiser):
    text = "Kyle Brown (07700 900123) kicked off when officers arrived."
    result = run_case_study(text, anonymiser=anonymiser, check_doc=coach_doc_checker())
    assert "07700 900123" not in result.anonymised.text
    kicked = [f for f in result.checked.findings if f.rule_id == "kicked-off"]
    assert [f.text for f in kicked] == ["kicked off"]
    start = result.anonymised.text.index("kicked off")
    assert (kicked[0].start, kicked[0].end) == (start, start + len("kicked off"))
    assert "07700" not in case_study_report(result)


TEXT = "Kyle Brown said Leigh Park kicked off. Kyle left."
ANONYMISED = AnonymisedText(
    "[PERSON 1] said [PLACE 1] kicked off. [PERSON 1] left.",
    [
        Entity(0, 10, "PERSON", 0.85, "[PERSON 1]"),
        Entity(16, 26, "LOCATION", 0.85, "[PLACE 1]"),
        Entity(39, 43, "PERSON", 0.85, "[PERSON 1]"),
    ],
)


@pytest.mark.parametrize(
    ("offset", "end", "moved"),
    [
        (0, False, 0),  # start of a name: start of its placeholder
        (5, False, 0),  # inside a name: the whole placeholder
        (5, True, 10),
        (10, True, 10),  # end of a name
        (11, False, 11),  # " said"
        (16, True, 16),  # an end just before a name does not swallow it
        (27, False, 26),  # "kicked" after a shorter placeholder
        (37, True, 36),  # "off." ends
        (44, False, 49),  # "left." after "Kyle" grew into "[PERSON 1]"
        (len(TEXT), True, len(ANONYMISED.text)),
    ],
)
def test_offsets_move_onto_the_anonymised_text(offset, end, moved):
    assert move_offset(offset, placeholder_shifts(TEXT, ANONYMISED), end=end) == moved


def test_findings_and_notes_are_restated_without_names():
    checked = CheckResult(
        [
            Finding(27, 37, "kicked off", "kicked-off", "c", "Trust", "suggestion", "w", [], ""),
            Finding(0, 38, TEXT[:38], "classifier", "c", "Trust", "suggestion", "w", [], ""),
        ],
        [Note("n", "Safety", "info", 'Who did it? ("Leigh Park kicked off")')],
    )
    moved = moved_result(TEXT, ANONYMISED, checked)
    assert [(f.start, f.end, f.text) for f in moved.findings] == [
        (26, 36, "kicked off"),
        (0, 37, "[PERSON 1] said [PLACE 1] kicked off."),
    ]
    assert moved.notes[0].message == 'Who did it? ("[PLACE 1] kicked off")'


def test_texts_that_do_not_line_up_are_refused():
    broken = AnonymisedText("[PERSON 1] said something else.", ANONYMISED.entities)
    with pytest.raises(AnonymisationError):
        placeholder_shifts(TEXT, broken)
