"""A runner for an employer is a job, not county lines slang; a runner for people still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "He works as a runner for a film production company.",
        "She got a job as a runner for the TV studio in town.",
        "Her brother is a runner for a catering company at weekends.",
        "He was a runner for a courier firm before the accident.",
    ],
)
def test_runner_for_an_employer_is_not_coached(rule_flags, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He is a runner for the older boys on the estate.",
        "Intel suggests she is a runner for a local line.",
        "He has been a runner for them since the summer.",
    ],
)
def test_runner_for_people_is_still_coached(rule_flags, text):
    assert rule_flags(text) == [("county-lines-slang", "runner for")]
