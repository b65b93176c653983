"""A runner for an employer is a job, not county lines slang; a runner for people still is."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import Coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=None)


def _flags(coach: Coach, nlp, text: str) -> list[tuple[str, str]]:
    result = coach.check_doc(nlp(text), use_classifier=False)
    return [(f.rule_id, f.text) for f in result.findings if f.severity != "info"]


@pytest.mark.parametrize(
    "text",
    [
        "He works as a runner for a film production company.",
        "She got a job as a runner for the TV studio in town.",
        "Her brother is a runner for a catering company at weekends.",
        "He was a runner for a courier firm before the accident.",
    ],
)
def test_runner_for_an_employer_is_not_coached(coach, nlp, text):
    assert _flags(coach, nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He is a runner for the older boys on the estate.",
        "Intel suggests she is a runner for a local line.",
        "He has been a runner for them since the summer.",
    ],
)
def test_runner_for_people_is_still_coached(coach, nlp, text):
    assert _flags(coach, nlp, text) == [("county-lines-slang", "runner for")]
