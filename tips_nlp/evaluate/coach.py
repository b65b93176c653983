"""Sentence-level accuracy of the language coach on a labelled set (data/coach/dev.csv format).

A row counts as flagged when the coach gives it at least one non-info finding. Three systems are
measured through the same engine: rules alone, classifier alone, and both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from tips_nlp.coach.sentence_set import SentenceRow, read_sentence_set

OK_KINDS = ("neutral", "quoted", "alternative", "homonym")
SYSTEMS = {"rules": (True, False), "classifier": (False, True), "both": (True, True)}


@dataclass(frozen=True)
class CoachScores:
    """Row-level scores of one system on one sentence set."""

    precision: float
    recall: float
    f1: float
    false_flags: dict[str, float]  # ok kind -> share of its rows flagged
    recall_beyond_rules: float  # among flag rows the rules miss, share this system flags
    beyond_rules_rows: int
    rows: int

    def to_dict(self) -> dict:
        return asdict(self)


def _share(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 0.0


def score_rows(
    rows: list[SentenceRow], flagged: list[bool], rules_flagged: list[bool]
) -> CoachScores:
    """Scores of one system's row verdicts (`flagged`), given what the rules alone flag."""
    pairs = list(zip(rows, flagged, strict=True))
    tp = sum(f and r.is_flag for r, f in pairs)
    fp = sum(f and not r.is_flag for r, f in pairs)
    fn = sum(not f and r.is_flag for r, f in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    beyond = [
        f
        for (r, f), by_rules in zip(pairs, rules_flagged, strict=True)
        if r.is_flag and not by_rules
    ]
    return CoachScores(
        precision=precision,
        recall=recall,
        f1=f1,
        false_flags={kind: _share([f for r, f in pairs if r.kind == kind]) for kind in OK_KINDS},
        recall_beyond_rules=_share(beyond),
        beyond_rules_rows=len(beyond),
        rows=len(rows),
    )


def score_systems(
    rows: list[SentenceRow], verdicts: Callable[[bool, bool], list[bool]]
) -> dict[str, CoachScores]:
    """Scores for rules, classifier and both; `verdicts(use_rules, use_classifier)` gives the
    row verdicts of one configuration."""
    flagged = {name: verdicts(*switches) for name, switches in SYSTEMS.items()}
    return {name: score_rows(rows, flags, flagged["rules"]) for name, flags in flagged.items()}


def coach_verdicts(rows: list[SentenceRow]) -> Callable[[bool, bool], list[bool]]:
    """Row verdicts from the real coach engine (shared spaCy pipeline, bundled rules and model);
    each row is parsed once."""
    from tips_nlp.coach.classifier import load_classifier
    from tips_nlp.coach.engine import Coach
    from tips_nlp.nlp import get_nlp

    coach = Coach(classifier=load_classifier())
    docs = list(get_nlp().pipe(r.text for r in rows))

    def verdicts(use_rules: bool, use_classifier: bool) -> list[bool]:
        return [
            any(
                f.severity != "info"
                for f in coach.check_doc(
                    doc, use_rules=use_rules, use_classifier=use_classifier
                ).findings
            )
            for doc in docs
        ]

    return verdicts


def evaluate_coach(path: Path) -> dict[str, CoachScores]:
    """Rules / classifier / both on the sentence set at `path`."""
    rows = read_sentence_set(path)
    return score_systems(rows, coach_verdicts(rows))


def format_table(results: dict[str, CoachScores]) -> str:
    """A plain-text table: one column per system."""
    names = list(results)
    lines = [f"{'metric':<34}" + "".join(f"{name:>12}" for name in names)]

    def line(label: str, value: Callable[[CoachScores], float]) -> None:
        lines.append(f"{label:<34}" + "".join(f"{value(results[n]):>12.3f}" for n in names))

    line("precision", lambda s: s.precision)
    line("recall", lambda s: s.recall)
    line("F1", lambda s: s.f1)
    for kind in OK_KINDS:
        line(f"false flags: {kind}", lambda s, kind=kind: s.false_flags[kind])
    first = results[names[0]]
    line(
        f"recall beyond rules (n={first.beyond_rules_rows})",
        lambda s: s.recall_beyond_rules,
    )
    lines.append(f"rows: {first.rows}")
    return "\n".join(lines)
