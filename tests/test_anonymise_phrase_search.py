"""phrase_spans finds exactly what a one-phrase PhraseSet's regex finds, without compiling it."""

from __future__ import annotations

import random
import re
import sys

import pytest

from tips_nlp.anonymise.allow import PhraseSet, lowered, phrase_spans

TEXT = (
    "Kyle's mum, KYLE  O’Brien and kyle o'brien's dog; Kyles, mykyle, kyle-b, O'Brien\n"
    "Kyle\tO'Brien. 07700 900123 / 07700  900123; PC 4521's notes; A&E; a&e's; kyle_b"
)


@pytest.mark.parametrize(
    "phrase",
    ["kyle", "Kyle", "kyle o'brien", "o'brien", "Kyle's", "07700 900123", "pc 4521", "a&e",
     "e", "o'", "'brien", "kyle_b", "b", "Ｋyle", "Kyle’s", "dog;"],
)  # fmt: skip
def test_table_matches_the_regex(phrase: str) -> None:
    assert phrase_spans(TEXT, phrase) == PhraseSet([phrase]).spans(TEXT)


def test_finds_names_whole_and_possessive() -> None:
    assert phrase_spans(TEXT, "kyle o'brien") == [(12, 25), (30, 42), (81, 93)]


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f", "\u212a"])
def test_case_oddities_fall_back_to_the_regex(odd: str) -> None:
    text = f"Kyle {odd}kyle KY{odd}E Kyle{odd}s Ross ro{odd}{odd}"
    assert lowered(text) is None
    for phrase in ["kyle", "ross", "kyle's", "kie"]:
        assert phrase_spans(text, phrase) == PhraseSet([phrase]).spans(text)


def test_random_texts_and_phrases_match_the_regex() -> None:
    words = [
        "kyle",
        "KYLE",
        "Kyle's",
        "o'brien",
        "O’Brien",
        "ann",
        "Ann-Marie",
        "a&e",
        "12",
        "07700",
        "900123",
        "s",
        "'s",
        "’",
        "x",
        "é",
        "Łukasz",
        "_",
        "-",
        "ß",
        "ss",
    ]
    gaps = [" ", "  ", "\t", "\n", ", ", "", "'", "(", ")", ".", "\u00a0"]
    rng = random.Random(20261127)
    for _ in range(500):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 25)))
        for _ in range(3):
            count = rng.randint(1, 3)
            phrase = " ".join(rng.choice(words) for _ in range(count))
            assert phrase_spans(text, phrase) == PhraseSet([phrase]).spans(text), (text, phrase)


def test_only_the_oddities_match_an_ascii_character_they_do_not_lower_to() -> None:
    """What lowered() relies on: under re.IGNORECASE a character matches a printable ASCII
    one exactly when its lower case is that character, but for the four oddities."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    strange = set()
    for code in range(0x21, 0x7F):
        char = chr(code).lower()
        matched = {m.group() for m in re.finditer(re.escape(char), everything, re.IGNORECASE)}
        strange |= {c for c in matched if c.lower() != char}
    assert strange <= {"\u0130", "\u0131", "\u017f", "\u212a"}
    changes_length = [c for c in everything if len(c.lower()) != 1]
    assert changes_length == ["\u0130"]
