"""The coach's results arranged for people: counts per principle and a plain-text report."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from tips_nlp.coach.principles import PRINCIPLE_NAMES
from tips_nlp.coach.result import CheckResult, Finding


def coach_checker() -> Callable[[str], CheckResult] | None:
    """`tips_nlp.check` when the language coach is installed in this build, else None."""
    import tips_nlp

    check = getattr(tips_nlp, "check", None)
    return check if callable(check) else None


def coach_doc_checker() -> Callable[[Doc], CheckResult] | None:
    """The coach's `check_doc` (for a Doc already parsed by the anonymiser), or None."""
    if coach_checker() is None:
        return None
    from tips_nlp.coach.engine import get_coach

    return get_coach().check_doc


def principle_counts(result: CheckResult) -> list[tuple[str, int]]:
    """All six principles in canonical order with their counts (info findings not counted)."""
    counts = result.counts_by_principle()
    return [(name, counts.get(name, 0)) for name in PRINCIPLE_NAMES]


def ordered_findings(result: CheckResult) -> list[Finding]:
    """Findings in reading order (the numbers shown in the text follow this order)."""
    return sorted(result.findings, key=lambda f: (f.start, -f.end, f.rule_id))


def finding_lines(number: int, finding: Finding) -> list[str]:
    """One finding as plain-text lines: phrase, principle, reason, alternatives, source."""
    lines = [f"{number}. “{finding.text}” ({finding.principle}, {finding.severity})"]
    lines.append(f"   Why: {finding.reason}")
    if finding.alternatives:
        lines.append("   Try: " + " / ".join(finding.alternatives))
    if finding.source:
        lines.append(f"   Source: {finding.source}")
    return lines


def check_report(result: CheckResult) -> str:
    """The coach's findings, notes and counts as plain text (for a download)."""
    findings = ordered_findings(result)
    lines = ["Wording to review", "================="]
    if not findings:
        lines.append("Nothing flagged.")
    for number, finding in enumerate(findings, start=1):
        lines.extend(finding_lines(number, finding))
    if result.notes:
        lines += ["", "Notes on the whole text", "-----------------------"]
        lines += [f"- {note.message} ({note.principle})" for note in result.notes]
    lines += ["", "Flags per principle", "-------------------"]
    lines += [f"- {name}: {count}" for name, count in principle_counts(result)]
    return "\n".join(lines) + "\n"
