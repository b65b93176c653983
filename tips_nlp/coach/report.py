"""Plain-text rendering of a CheckResult for the CLI: coaching tone, positions as line:col."""

from __future__ import annotations

from tips_nlp.coach.result import CheckResult, Finding

_INDENT = "    "


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _finding_lines(text: str, finding: Finding) -> list[str]:
    line, col = line_col(text, finding.start)
    label = "sentence" if finding.rule_id == "classifier" else "phrase"
    phrase = " ".join(finding.text.split())  # a phrase may run over a line break
    lines = [
        f'{line}:{col}  "{phrase}"  ({finding.principle}, {finding.severity})',
        f"{_INDENT}Why: {finding.reason}",
    ]
    tries = " | ".join(finding.alternatives)
    lines.append(f"{_INDENT}Try: {tries}")
    if finding.rule_id == "classifier":
        lines.append(f"{_INDENT}(the model flagged this {label}; score {finding.score:.2f})")
    return lines


def render_text(text: str, result: CheckResult) -> str:
    """Findings in text order, then notes, then counts per principle."""
    out: list[str] = []
    flagged = [f for f in result.findings if f.severity != "info"]
    if not result.findings:
        out.append("No wording to suggest changes to. Thank you for writing it this way.")
    else:
        out.append(f"{len(flagged)} suggestion(s) to consider:")
        out.append("")
        for finding in result.findings:
            out.extend(_finding_lines(text, finding))
            out.append("")
    if result.notes:
        out.append("Notes:")
        for note in result.notes:
            out.append(f"  - [{note.principle}] {note.message}")
        out.append("")
    counts = result.counts_by_principle()
    if counts:
        summary = ", ".join(f"{name} {n}" for name, n in sorted(counts.items()))
        out.append(f"By principle: {summary}")
    return "\n".join(out).rstrip() + "\n"
