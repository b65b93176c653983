"""The six trauma-informed principles, loaded from rules/principles.yml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from tips_nlp.resources import rules_dir, safe_load_yaml

PRINCIPLE_NAMES = (
    "Safety",
    "Trust",
    "Choice",
    "Collaboration",
    "Empowerment",
    "Cultural Considerations",
)


@dataclass(frozen=True)
class Principle:
    name: str
    meaning: str
    in_police_writing: str
    example: str


class RulesError(RuntimeError):
    """A rule or principle file is malformed; the message names the file (and rule)."""


@lru_cache(maxsize=1)
def load_principles(path: Path | None = None) -> tuple[Principle, ...]:
    """The six principles in their canonical order; a malformed file raises RulesError."""
    path = path or rules_dir() / "principles.yml"
    try:
        records = safe_load_yaml(path.read_text(encoding="utf-8"))
        principles = tuple(Principle(**record) for record in records)
    except (OSError, yaml.YAMLError, TypeError) as exc:
        raise RulesError(f"{path}: cannot load principles ({exc.__class__.__name__})") from exc
    if tuple(p.name for p in principles) != PRINCIPLE_NAMES:
        raise RulesError(f"{path}: must list exactly the six principles in order")
    return principles
