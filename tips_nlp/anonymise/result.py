"""Result types of the anonymiser: plain, JSON-serialisable dataclasses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# The readers of rules/ data files live with rules_dir(); re-exported for the anonymiser.
from tips_nlp.resources import ConfigError, read_config_yaml, read_word_lists

__all__ = [
    "AnonymisationError",
    "AnonymisedText",
    "ConfigError",
    "Entity",
    "read_config_yaml",
    "read_word_lists",
]


@dataclass(frozen=True)
class Entity:
    """One protected span. `start`/`end` are offsets in the ORIGINAL text."""

    start: int
    end: int
    entity_type: str
    score: float
    placeholder: str


@dataclass(frozen=True)
class AnonymisedText:
    """Anonymised text and what was removed from it.

    `mapping` (placeholder -> original strings) is filled only when the caller asks for it,
    so the original values never travel by accident.
    """

    text: str
    entities: list[Entity]
    mapping: dict[str, list[str]] | None = field(default=None)

    def to_dict(self) -> dict:
        data = {"text": self.text, "entities": [asdict(e) for e in self.entities]}
        if self.mapping is not None:
            data["mapping"] = self.mapping
        return data


class AnonymisationError(RuntimeError):
    """Anonymisation failed; no text is returned (fail closed).

    Messages never contain the input text.
    """
