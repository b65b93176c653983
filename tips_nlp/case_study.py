"""Case study in one step: one parse, anonymised, and its wording checked.

The coach reads the same Doc as the anonymiser (so it flags exactly what "Check wording"
flags; placeholders like "[PERSON 1]" would confuse its sentence splitting). Its findings are
then moved onto the anonymised text, and their quoted text is cut from the anonymised text,
so nothing shown or downloaded names anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from tips_nlp.anonymise.engine import Anonymiser
from tips_nlp.anonymise.result import AnonymisationError, AnonymisedText
from tips_nlp.coach.result import CheckResult
from tips_nlp.review_edits import removal_summary, summary_text
from tips_nlp.wording import check_report

# (start, end) of an entity in the original text, and of its placeholder in the anonymised text
Shift = tuple[int, int, int, int]


@dataclass(frozen=True)
class CaseStudyResult:
    anonymised: AnonymisedText
    checked: CheckResult


def placeholder_shifts(text: str, anonymised: AnonymisedText) -> list[Shift]:
    """Where each entity and its placeholder sit; raises if the texts do not line up."""
    shifts: list[Shift] = []
    pieces: list[str] = []
    position = out = 0
    for entity in sorted(anonymised.entities, key=lambda e: e.start):
        gap = text[position : entity.start]
        pieces += [gap, entity.placeholder]
        out += len(gap)
        shifts.append((entity.start, entity.end, out, out + len(entity.placeholder)))
        out += len(entity.placeholder)
        position = entity.end
    pieces.append(text[position:])
    if "".join(pieces) != anonymised.text:
        raise AnonymisationError("anonymised text does not match its entities; nothing shown")
    return shifts


def move_offset(offset: int, shifts: list[Shift], *, end: bool) -> int:
    """An offset in the original text, in the anonymised text.

    An offset inside an entity moves to the edge of its placeholder, so a finding that touches
    a name covers the whole placeholder, never half of it.
    """
    delta = 0
    for old_start, old_end, new_start, new_end in shifts:
        if offset < old_start or (end and offset == old_start):
            break
        if offset < old_end or (end and offset == old_end):
            return new_end if end else new_start
        delta = new_end - old_end
    return offset + delta


def moved_result(text: str, anonymised: AnonymisedText, checked: CheckResult) -> CheckResult:
    """The coach's result on the original, restated on the anonymised text."""
    shifts = placeholder_shifts(text, anonymised)
    findings = []
    for finding in checked.findings:
        start = move_offset(finding.start, shifts, end=False)
        end = move_offset(finding.end, shifts, end=True)
        findings.append(replace(finding, start=start, end=end, text=anonymised.text[start:end]))
    # A note may quote a phrase from the text: put placeholders in for any detected value.
    values = sorted(
        {(text[e.start : e.end], e.placeholder) for e in anonymised.entities},
        key=lambda pair: -len(pair[0]),
    )
    notes = []
    for note in checked.notes:
        message = note.message
        for value, placeholder in values:
            message = message.replace(value, placeholder)
        notes.append(replace(note, message=message))
    return CheckResult(findings, notes)


def run_case_study(
    text: str,
    *,
    anonymiser: Anonymiser,
    check_doc: Callable[[Doc], CheckResult],
) -> CaseStudyResult:
    """Parse once, anonymise with placeholders (fails closed), check, move findings across."""
    doc = anonymiser.parse(text)
    anonymised = anonymiser.anonymise_doc(doc, operator="placeholder")
    checked = moved_result(text, anonymised, check_doc(doc))
    return CaseStudyResult(anonymised=anonymised, checked=checked)


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
