"""Result types of the language coach: plain, JSON-serialisable dataclasses."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

SEVERITIES = ("info", "suggestion", "warning")


@dataclass(frozen=True)
class Finding:
    """One flagged phrase. `start`/`end` are offsets in the checked text.

    `rule_id` is the rule's id, or "classifier" for a sentence the model flagged.
    """

    start: int
    end: int
    text: str
    rule_id: str
    category: str
    principle: str
    severity: str
    reason: str
    alternatives: list[str]
    source: str
    score: float = 1.0


@dataclass(frozen=True)
class Note:
    """A document-level observation (e.g. "the child's own words are not recorded")."""

    id: str
    principle: str
    severity: str
    message: str


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    notes: list[Note] = field(default_factory=list)

    def counts_by_principle(self) -> dict[str, int]:
        return dict(Counter(f.principle for f in self.findings if f.severity != "info"))

    def to_dict(self) -> dict:
        return {
            "findings": [asdict(f) for f in self.findings],
            "notes": [asdict(n) for n in self.notes],
            "counts_by_principle": self.counts_by_principle(),
        }
