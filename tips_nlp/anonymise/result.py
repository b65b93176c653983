"""Result types of the anonymiser: plain, JSON-serialisable dataclasses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml


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


class ConfigError(RuntimeError):
    """A configuration file is missing or malformed; the message names the file."""


def read_config_yaml(path: Path) -> object:
    """A YAML data file of the anonymiser; a missing or unparsable file is a ConfigError."""
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc.__class__.__name__})") from exc


def read_word_lists(path: Path, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """A YAML data file holding a non-empty list of strings under each of `keys`."""
    conf = read_config_yaml(path)
    if not isinstance(conf, dict) or not all(
        isinstance(conf.get(k), list) and conf[k] and all(isinstance(w, str) for w in conf[k])
        for k in keys
    ):
        raise ConfigError(f"{path}: expected lists {', '.join(keys)}")
    return {k: conf[k] for k in keys}
