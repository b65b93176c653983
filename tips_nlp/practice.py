"""Practice for training sessions: rewrite a flagged sentence, then see what improved.

Sentences come from `rules/practice.yml` (trainer-editable). A rewrite is compared with the
original finding by finding, per principle: which flagged phrases went, which stayed, which
are new.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from tips_nlp.coach.principles import PRINCIPLE_NAMES, RulesError
from tips_nlp.coach.result import CheckResult, Finding
from tips_nlp.resources import rules_dir

GENRES = ("debrief", "case_study", "ppn1", "custody", "stop_search", "bwv_review")


@dataclass(frozen=True)
class PracticeItem:
    """One sentence to rewrite, and the kind of record it comes from."""

    text: str
    genre: str


@lru_cache(maxsize=4)
def load_practice_items(path: Path | None = None) -> tuple[PracticeItem, ...]:
    """The practice sentences; a malformed file raises RulesError naming the file and record."""
    path = path or rules_dir() / "practice.yml"
    try:
        records = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(
            f"{path}: cannot load practice sentences ({exc.__class__.__name__})"
        ) from exc
    if not isinstance(records, list) or not records:
        raise RulesError(f"{path}: expected a list of practice sentences")
    items = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict) or set(record) != {"text", "genre"}:
            raise RulesError(f"{path}: record {number} must have exactly 'text' and 'genre'")
        text, genre = record["text"], record["genre"]
        if not isinstance(text, str) or not text.strip():
            raise RulesError(f"{path}: record {number} has an empty text")
        if genre not in GENRES:
            raise RulesError(f"{path}: record {number} has unknown genre {genre!r}")
        items.append(PracticeItem(text.strip(), genre))
    if len({item.text for item in items}) != len(items):
        raise RulesError(f"{path}: a practice sentence is listed twice")
    return tuple(items)


def flagged_items(
    items: Iterable[PracticeItem], check: Callable[[str], CheckResult]
) -> list[PracticeItem]:
    """Only the sentences the coach actually flags: practice must have something to fix."""
    return [item for item in items if _counted(check(item.text).findings)]


def _counted(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity != "info"]


@dataclass(frozen=True)
class PrincipleProgress:
    """How one principle fared between the original and the rewrite."""

    principle: str
    before: int
    after: int
    resolved: tuple[str, ...]
    remaining: tuple[str, ...]
    new: tuple[str, ...]

    @property
    def verdict(self) -> str:
        if self.after == 0:
            return "resolved"
        if self.after < self.before:
            return "improved"
        if self.after > self.before:
            return "worse"
        return "unchanged"

    def message(self) -> str:
        parts = [f"{self.principle}: {self.before} → {self.after} flagged ({self.verdict})."]
        if self.resolved:
            parts.append("No longer flagged: " + ", ".join(f"“{p}”" for p in self.resolved) + ".")
        if self.remaining:
            parts.append("Still flagged: " + ", ".join(f"“{p}”" for p in self.remaining) + ".")
        if self.new:
            parts.append("Newly flagged: " + ", ".join(f"“{p}”" for p in self.new) + ".")
        return " ".join(parts)


@dataclass(frozen=True)
class PracticeFeedback:
    """The coach's verdict on a rewrite: an overall line and progress per principle."""

    summary: str
    progress: tuple[PrincipleProgress, ...]

    @property
    def improved(self) -> bool:
        before = sum(p.before for p in self.progress)
        after = sum(p.after for p in self.progress)
        return after < before


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _phrases(findings: Sequence[Finding]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.text for f in findings))


def compare_rewrite(
    original: str, before: CheckResult, rewrite: str, after: CheckResult
) -> PracticeFeedback:
    """Compare the coach's findings on an original sentence and a trainee's rewrite.

    Findings are matched by rule (the classifier counts as one rule), within each principle.
    """
    if not rewrite.strip():
        return PracticeFeedback("Write your rewrite in the box, then check it.", ())
    old, fresh = _counted(before.findings), _counted(after.findings)
    progress = []
    for principle in PRINCIPLE_NAMES:
        was = [f for f in old if f.principle == principle]
        now = [f for f in fresh if f.principle == principle]
        if not was and not now:
            continue
        old_rules = Counter(f.rule_id for f in was)
        new_rules = Counter(f.rule_id for f in now)
        progress.append(
            PrincipleProgress(
                principle=principle,
                before=len(was),
                after=len(now),
                resolved=_phrases([f for f in was if f.rule_id not in new_rules]),
                remaining=_phrases([f for f in now if f.rule_id in old_rules]),
                new=_phrases([f for f in now if f.rule_id not in old_rules]),
            )
        )
    total_before, total_after = len(old), len(fresh)
    if _same_text(original, rewrite):
        summary = (
            "The rewrite is the same as the original. Try describing what happened and "
            "what the person experienced, instead of labelling them."
        )
    elif total_after == 0 and total_before > 0:
        summary = (
            "Well done: nothing in your rewrite is flagged. Check it still says what "
            "happened, in the person's own words where you have them."
        )
    elif total_after == 0:
        summary = "Nothing is flagged in either version."
    elif total_after < total_before:
        summary = (
            f"Better: {total_before - total_after} fewer flagged "
            f"{'phrase' if total_before - total_after == 1 else 'phrases'}. "
            "Look at what is still flagged below."
        )
    elif total_after > total_before:
        summary = "The rewrite has more flagged phrases than the original: see below."
    else:
        summary = "The same number of phrases is flagged: see what is still flagged below."
    return PracticeFeedback(summary, tuple(progress))
