"""Case study in one step: anonymise, then check the wording of the anonymised text.

The coach reads the anonymised text, not the original: its findings (and any sentence it
quotes) then carry no names, and its judgement cannot lean on a person's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tips_nlp.anonymise.engine import Anonymiser, Operator
from tips_nlp.anonymise.result import AnonymisedText
from tips_nlp.coach.result import CheckResult
from tips_nlp.review import removal_summary, summary_text
from tips_nlp.wording import check_report


@dataclass(frozen=True)
class CaseStudyResult:
    anonymised: AnonymisedText
    checked: CheckResult


def run_case_study(
    text: str,
    *,
    anonymiser: Anonymiser,
    check: Callable[[str], CheckResult],
    operator: Operator = "placeholder",
) -> CaseStudyResult:
    """Anonymise `text` (fails closed) and check the anonymised wording."""
    anonymised = anonymiser.anonymise(text, operator=operator)
    return CaseStudyResult(anonymised=anonymised, checked=check(anonymised.text))


def case_study_report(result: CaseStudyResult) -> str:
    """One download: the anonymised text, what was removed, and the wording to review."""
    parts = [
        "Anonymised case study",
        "=====================",
        result.anonymised.text.rstrip("\n"),
        "",
        summary_text(removal_summary(result.anonymised)).rstrip("\n"),
        "",
        check_report(result.checked).rstrip("\n"),
    ]
    return "\n".join(parts) + "\n"
