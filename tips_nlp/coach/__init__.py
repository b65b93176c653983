"""Language coach: rules + classifier that flag deficit framing and suggest alternatives."""

from tips_nlp.coach.principles import PRINCIPLE_NAMES, Principle, RulesError, load_principles
from tips_nlp.coach.result import SEVERITIES, CheckResult, Finding, Note

__all__ = [
    "PRINCIPLE_NAMES",
    "SEVERITIES",
    "CheckResult",
    "Finding",
    "Note",
    "Principle",
    "RulesError",
    "load_principles",
]
