"""The allow-list (rules/pii/allow.yml): words that carry meaning and identify nobody."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from tips_nlp.anonymise.result import ConfigError, read_config_yaml

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def phrase_key(value: str) -> str:
    """How a phrase is compared: case, spacing, curly quotes and a possessive 's ignored."""
    value = _SPACES.sub(" ", value.replace("’", "'").strip())
    return _POSSESSIVE.sub("", value).casefold()


class PhraseSet:
    """Phrases found as whole words, case-insensitive ("A&E", "Children's Services")."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.keys = frozenset(k for p in phrases if (k := phrase_key(p)))
        alternatives = sorted(self.keys, key=len, reverse=True)
        body = "|".join(
            re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]") for k in alternatives
        )
        self.pattern = (
            re.compile(rf"(?<![\w'’])(?:{body})(?:['’]s)?(?![\w])", re.IGNORECASE) if body else None
        )

    def __contains__(self, value: str) -> bool:
        return phrase_key(value) in self.keys

    def __bool__(self) -> bool:
        return bool(self.keys)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every occurrence inside text[start:end]."""
        if self.pattern is None:
            return []
        end = len(text) if end is None else end
        found = []
        for match in self.pattern.finditer(text, start, end):
            m_start, m_end = match.span()
            if text[m_end - 2 : m_end].lower() in {"'s", "’s"} and phrase_key(match.group()) != (
                match.group().casefold()
            ):
                m_end -= 2  # "Kyle's" -> "Kyle": the possessive stays readable
            found.append((m_start, m_end))
        return found


def load_allow_list(path: Path) -> list[str]:
    """Phrases from allow.yml (a mapping of group -> list of strings); names the file on error."""
    data = read_config_yaml(path)
    if not isinstance(data, dict) or not data:
        raise ConfigError(f"{path}: expected a mapping of group: [phrases]")
    phrases: list[str] = []
    for group, items in data.items():
        if not isinstance(items, list) or not all(
            isinstance(i, str) and i.strip() and not any(c in i for c in "[]|") for i in items
        ):
            raise ConfigError(f"{path}: group {group!r} must be a list of non-empty phrases")
        phrases += items
    seen: set[str] = set()
    for phrase in phrases:
        key = phrase_key(phrase)
        if key in seen:
            raise ConfigError(f"{path}: phrase {phrase!r} is listed twice")
        seen.add(key)
    return phrases
