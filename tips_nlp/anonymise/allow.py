"""The allow-list (rules/pii/allow.yml): words that carry meaning and identify nobody."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from tips_nlp.anonymise.result import ConfigError, read_config_yaml

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
# "Ex-" before an allowed role names the role held before: "Ex-Gurkha", "ex-Army".
_EX = re.compile(r"ex[-‐]", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def phrase_key(value: str) -> str:
    """How a phrase is compared: case, spacing, curly quotes and a possessive 's ignored."""
    value = _SPACES.sub(" ", value.replace("’", "'").strip())
    return _POSSESSIVE.sub("", value).casefold()


def is_acronym(phrase: str) -> bool:
    """One word whose first two letters are capitals: an acronym or a system's name.

    valid: "RHI", "ACEs", "TRiM", "STORM", "A&E"; invalid: "Storm", "TikTok", "DASH risk
    assessment" (several words), "Mum".
    """
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and letters[0].isupper() and letters[1].isupper() and " " not in phrase


class PhraseSet:
    """Phrases found as whole words, case-insensitive ("A&E", "Children's Services").

    cased_acronyms: an acronym ("RHI", "STORM", "ACEs") is found only as written or in
    capitals, as the allow-list needs: in title or lower case the same letters are often a
    name ("Rhi (TIP)", "Storm said").
    """

    def __init__(
        self,
        phrases: Iterable[str],
        *,
        cased_acronyms: bool = False,
        any_case: Callable[[str], bool] | None = None,
    ) -> None:
        self.phrases = tuple(p for p in phrases if phrase_key(p))
        self.keys = frozenset(phrase_key(p) for p in self.phrases)
        # any_case: acronyms also found in lower case, as quick notes write them ("marac
        # referral", "idva leaflet"), when the letters can be no name (the caller decides)
        self.any_case = any_case
        self.cased = {
            phrase_key(p): _case_forms(p)
            for p in self.phrases
            if cased_acronyms and is_acronym(p) and not (any_case and any_case(p))
        }
        body = _alternation(sorted(self.keys, key=len, reverse=True))
        self.pattern = (
            re.compile(rf"(?<![\w'’])(?:ex[-‐])?(?:{body})(?:['’]s)?(?![\w])", re.IGNORECASE)
            if body
            else None
        )

    def __contains__(self, value: str) -> bool:
        """An allowed phrase, also after "the" ("The Youth Justice Service"); an acronym only
        as written or in capitals."""
        value = value if phrase_key(value) in self.keys else _without_ex(value)
        key = phrase_key(value)
        if key not in self.keys and key.startswith("the ") and key[4:] in self.keys:
            key, value = key[4:], value.strip()[4:]
        return key in self.keys and self._case_fits(key, value)

    def _case_fits(self, key: str, value: str) -> bool:
        """Any case for a phrase, as written or in capitals for an acronym ("RHI", not "rhi")."""
        forms = self.cased.get(key)
        return forms is None or _POSSESSIVE.sub("", value.strip()) in forms

    def __bool__(self) -> bool:
        return bool(self.keys)

    def spans(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every occurrence inside text[start:end]."""
        if self.pattern is None:
            return []
        end = len(text) if end is None else end
        matches = self.pattern.finditer(text, start, end)
        found = [_readable(text, *match.span()) for match in matches]
        if not self.cased:
            return found
        return [(s, e) for s, e in found if self._fits_at(text[s:e])]

    def _fits_at(self, value: str) -> bool:
        value = value if phrase_key(value) in self.keys else _without_ex(value)
        return self._case_fits(phrase_key(value), value)


def _without_ex(value: str) -> str:
    """ "Ex-Gurkha" -> "Gurkha"; "Exeter" stays (no hyphen)."""
    value = value.strip()
    return value[3:] if _EX.match(value) and len(value) > 3 else value


def _case_forms(phrase: str) -> frozenset[str]:
    """An acronym as written and in capitals, either apostrophe: "ACEs" -> {"ACEs", "ACES"}."""
    value = _POSSESSIVE.sub("", phrase.strip())
    forms = {value, value.upper()}
    return frozenset(forms | {f.replace("'", "’") for f in forms})


def _as_regex(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['’]")


def _alternation(phrases: list[str]) -> str:
    """The phrases as one alternation, tried in the order given, grouped by first character.

    Grouped, the regex tries one group at a position instead of every phrase (8x faster on a
    narrative). Phrases whose first characters no one character of a text can match together
    never match at the same position, so the order within each group is the order that
    decides. When two first characters can (IGNORECASE lets "ı" match "i"), the alternation
    stays flat (see `_shared_first_match`).
    valid: ["kerry", "kent", "a&e"] -> "k(?:erry|ent)|a(?:\\&e)"
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:1], []).append(_as_regex(phrase[1:]))
    if "" in groups or _shared_first_match(list(groups)):
        return "|".join(_as_regex(phrase) for phrase in phrases)
    return "|".join(f"{_as_regex(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


def _shared_first_match(firsts: list[str]) -> bool:
    """Whether one character of a text can match two of these (different) characters under
    IGNORECASE.

    Python's regex matches a character t to a literal c when t's lower case is in c's
    class: c's lower case and its extra case equivalents ("i" and "ı", "s" and "ſ"). Classes
    are disjoint, so two characters share a match exactly when one matches the other. Two
    ASCII characters do so only when their lower cases are equal ("k", "K"); a non-ASCII
    one is asked of the regex engine itself (a few characters per allow-list).
    valid (shared): ["i", "ı"], ["k", "K"], ["σ", "ς"]; invalid: ["ô", "o"], ["b", "m", "ô"].
    """
    ascii_lower = [c.lower() for c in firsts if c.isascii()]
    if len(set(ascii_lower)) < len(ascii_lower):
        return True
    others = [c for c in firsts if not c.isascii()]
    return any(
        a != b
        and (
            re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
            or re.fullmatch(re.escape(b), a, re.IGNORECASE) is not None
        )
        for a in others
        for b in firsts
    )


def _readable(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Kyle's" -> "Kyle": the possessive stays readable."""
    value = text[start:end]
    if text[end - 2 : end].lower() in {"'s", "’s"} and phrase_key(value) != value.casefold():
        end -= 2
    return start, end


# Characters that re.IGNORECASE matches to an ASCII letter although they are not one ("ı",
# "İ", "ſ", the Kelvin sign): a text holding one is searched with the regex.
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f\u212a]")
_SIMPLE_KEY = re.compile(r"[!-~]+(?: [!-~]+)*")  # printable ASCII words, single spaces
_BEFORE = re.compile(r"[\w'’]", re.IGNORECASE)
_WORD_CHARACTER = re.compile(r"\w", re.IGNORECASE)
_POSSESSIVE_S = re.compile(r"['’]s", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")


def lowered(text: str) -> str | None:
    """`text` in lower case for `phrase_spans`, or None where lower case cannot stand in for
    case-insensitive matching (a character that changes length or matches oddly)."""
    if _CASE_ODDITIES.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def phrase_spans(text: str, phrase: str, low: str | None = None) -> list[tuple[int, int]]:
    """The same spans as `PhraseSet([phrase]).spans(text)`, without compiling a regex.

    Compiling the phrase's pattern costs more than searching a narrative with it, and every
    text brings new names. For a phrase of printable ASCII (most names, references, phones)
    the pattern is simple: the phrase's characters in any case, a space standing for any run
    of whitespace, "'" for either apostrophe, not inside a word, an optional "'s". Other
    phrases use the regex. `low`: `lowered(text)` when the caller already has it.
    """
    key = phrase_key(phrase)
    low = low if low is not None else lowered(text)
    first = re.split(r"[ ']", key, maxsplit=1)[0]
    if not first or low is None or not _SIMPLE_KEY.fullmatch(key):
        return _one_phrase(phrase).spans(text)
    found = []
    position = 0
    while (start := low.find(first, position)) >= 0:
        end = _match_at(text, low, key, start)
        if end is None:
            position = start + 1
            continue
        found.append(_readable(text, start, end))
        position = end
    return found


@lru_cache(maxsize=4096)
def _one_phrase(phrase: str) -> PhraseSet:
    return PhraseSet([phrase])


def _match_at(text: str, low: str, key: str, start: int) -> int | None:
    """End of the phrase pattern's match at `start` (see `phrase_spans`), or None."""
    if start > 0 and _BEFORE.match(text, start - 1):
        return None
    i = start
    for char in key:
        if char == " ":
            spaces = _WHITESPACE.match(text, i)
            if spaces is None:
                return None
            i = spaces.end()
        elif char == "'":
            if text[i : i + 1] not in ("'", "’"):
                return None
            i += 1
        elif low[i : i + 1] == char:
            i += 1
        else:
            return None
    if _POSSESSIVE_S.match(text, i) and not _WORD_CHARACTER.match(text, i + 2):
        return i + 2
    return None if _WORD_CHARACTER.match(text, i) else i


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
