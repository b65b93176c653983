"""A phrase opening with a non-ASCII letter ("ông") keeps the allow-list regex grouped.

One such phrase used to make the whole alternation flat (every phrase tried at every word
start). Grouping stays exact when no character of a text can match two groups' first
characters; `_shared_first_match` decides that, checked here against every code point.
"""

from __future__ import annotations

import re
import sys

import pytest

from tips_nlp.anonymise.allow import PhraseSet, _alternation, _shared_first_match, load_allow_list
from tips_nlp.resources import rules_dir

FIRSTS = [
    (["i", "ı"], True),
    (["k", "K"], True),
    (["s", "ſ"], True),
    (["σ", "ς"], True),
    (["µ", "μ"], True),
    (["ô", "o"], False),
    (["b", "m", "ô"], False),
    (["é", "e", "a"], False),
    (["ß", "s"], False),
    (["ǆ", "ǅ"], True),
]


EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def _brute_force(firsts: list[str]) -> bool:
    """Some character (any code point) matches two of `firsts` under IGNORECASE."""
    seen: set[int] = set()
    for first in firsts:
        pattern = re.compile(re.escape(first), re.IGNORECASE)
        found = {m.start() for m in pattern.finditer(EVERY_CHARACTER)}
        if found & seen:
            return True
        seen |= found
    return False


@pytest.mark.parametrize(("firsts", "shared"), FIRSTS)
def test_shared_first_match_table(firsts: list[str], shared: bool) -> None:
    assert _shared_first_match(firsts) is shared


@pytest.mark.parametrize(("firsts", "shared"), FIRSTS)
def test_shared_first_match_agrees_with_every_code_point(firsts: list[str], shared: bool) -> None:
    assert _brute_force(firsts) is shared


def test_non_ascii_first_character_is_grouped() -> None:
    assert _alternation(["ông", "bà", "bố", "ong"]) == "ô(?:ng)|b(?:à|ố)|o(?:ng)"


def test_confusable_first_characters_stay_flat() -> None:
    assert _alternation(["σx", "ςxy"]) == "σx|ςxy"


PHRASES = ["ông", "bà", "bố", "mẹ", "ong", "bob", "ô", "mẹ kế", "o'brien", "social services"]
TEXTS = [
    "Ông Nguyen and bà; BỐ, Mẹ kế and mẹ's friend; ONG; bob's ô; ôngx xông",
    "O’Brien of Social  Services saw ÔNG \u0130ng \u0131 \u017focial services ong's",
]


def _flat(phrases: list[str]) -> re.Pattern:
    """The allow-list regex with one alternative per phrase (what grouping must equal)."""
    keys = sorted(PhraseSet(phrases).keys, key=len, reverse=True)
    body = "|".join(re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]") for k in keys)
    return re.compile(rf"(?<![\w'’])(?:{body})(?:['’]s)?(?![\w])", re.IGNORECASE)


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_non_ascii_matches_the_flat_regex(text: str) -> None:
    found = [m.span() for m in PhraseSet(PHRASES).pattern.finditer(text)]
    assert found == [m.span() for m in _flat(PHRASES).finditer(text)]
    assert found


def test_bundled_allow_list_is_grouped() -> None:
    """The bundled list holds Vietnamese kin words ("ông"): its regex is still grouped."""
    phrases = load_allow_list(rules_dir() / "pii" / "allow.yml")
    assert any(not p.strip()[:1].isascii() for p in phrases)
    body = PhraseSet(phrases).pattern.pattern
    assert "|s(?:" in body or body.startswith("(?<![\\w'’])(?:s(?:")
