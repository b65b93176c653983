"""The allow-list regex grouped by first character finds exactly what the flat one finds."""

from __future__ import annotations

import re

import pytest

from tips_nlp.anonymise.allow import PhraseSet, _alternation, load_allow_list
from tips_nlp.resources import rules_dir

PHRASES = [
    "kerry", "kent", "k", "kerry o'brien", "a&e", "a", "a & e", "'brien", "o'", "o'brien",
    "children's services", "child", "social services", "pc 4521", "07700 900123", "e",
]  # fmt: skip
TEXTS = [
    "Kerry O’Brien's mum took her to A&E; a & e staff, Kent and KERRY o'brien.",
    "Children's Services and children’s  services; child's; social\tservices; k; K. kerryo",
    "PC 4521's notes: 07700 900123, o'brien and 'brien, e.g. e; a",
    "Kyle \u0130kerry \u212aent \u017focial services \u0131",
    "",
]


def _flat(phrases: list[str]) -> re.Pattern:
    """The allow-list regex as it was built before grouping (one alternative per phrase)."""
    keys = sorted(PhraseSet(phrases).keys, key=len, reverse=True)
    body = "|".join(re.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]") for k in keys)
    return re.compile(rf"(?<![\w'’])(?:{body})(?:['’]s)?(?![\w])", re.IGNORECASE)


def test_grouped_alternation_shape():
    assert _alternation(["kerry", "kent", "a&e", "k"]) == r"k(?:erry|ent|)|a(?:\&e)"


def test_non_ascii_first_characters_keep_the_flat_alternation():
    assert _alternation(["ıkerry", "ikerry"]) == "ıkerry|ikerry"


@pytest.mark.parametrize("text", TEXTS)
def test_table_matches_the_flat_regex(text: str) -> None:
    grouped = PhraseSet(PHRASES).pattern
    assert [m.span() for m in grouped.finditer(text)] == [
        m.span() for m in _flat(PHRASES).finditer(text)
    ]


def test_bundled_allow_list_matches_the_flat_regex() -> None:
    phrases = load_allow_list(rules_dir() / "pii" / "allow.yml")
    grouped, flat = PhraseSet(phrases).pattern, _flat(phrases)
    text = " ".join(PHRASES + TEXTS + [p.upper() for p in phrases] + phrases)
    found = [m.span() for m in grouped.finditer(text)]
    assert found == [m.span() for m in flat.finditer(text)]
    assert len(found) >= len(phrases)
