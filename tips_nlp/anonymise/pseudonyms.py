"""Consistent, numbered placeholders: the same person is "[PERSON 1]" everywhere in a document."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# "Kyle's" -> "Kyle", "Jones'" -> "Jones"; not "Rose" -> "Ro"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def normalise_value(value: str) -> str:
    """The key two mentions share when they name the same thing ("Kyle's" ~ "kyle")."""
    value = _SPACES.sub(" ", value.strip())
    return _POSSESSIVE.sub("", value).casefold()


def assign_placeholders(spans: Iterable[tuple[str, str]], labels: Mapping[str, str]) -> list[str]:
    """Number each (entity_type, value) in order of first appearance, per label.

    Returns one placeholder per input span, e.g. "[PERSON 1]", "[PHONE 1]", "[PERSON 2]".
    """
    counters: dict[str, int] = {}
    seen: dict[tuple[str, str], str] = {}
    placeholders = []
    for entity_type, value in spans:
        label = labels.get(entity_type, entity_type.replace("_", " "))
        key = (label, normalise_value(value))
        if key not in seen:
            counters[label] = counters.get(label, 0) + 1
            seen[key] = f"[{label} {counters[label]}]"
        placeholders.append(seen[key])
    return placeholders
