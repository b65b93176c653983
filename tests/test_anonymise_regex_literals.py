"""Literal gates: a text without what every match needs is not searched, and no match is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from presidio_analyzer import Pattern, PatternRecognizer

from tips_nlp.anonymise.regex_literals import (
    DIGIT,
    IGNORECASE_ODDITIES,
    may_match,
    required_clauses,
)
from tips_nlp.anonymise.regex_timeouts import FailClosedRegex, fail_closed_on_regex_timeout
from tips_nlp.evaluate.corpus import load_corpus

DATA = Path(__file__).resolve().parent.parent / "data"
FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE

# (pattern, the clauses derived from it)
DERIVED = [
    (r"(?<=\bPC\s)\d{3,5}", [{"pc"}, {DIGIT}]),
    (r"(?:flat|apartment) \d+", [{"apartment ", "flat "}, {DIGIT}]),
    (r"\bmrs?\b", [{"mr", "mrs"}]),
    (r"(?-i:[A-Z])\w+ (?:road|street)", [{" road", " street"}]),
    (r"ref(?:erence)?[:\s]*[A-Z]{2}\d+", [{"ref", "reference"}, {DIGIT}]),
    (r"(?:aka|a\.k\.a\.?)\s+\w+", [{"a.k.a", "a.k.a.", "aka"}]),
    (r"[0-9]{2}/[0-9]{2}", [{DIGIT}, {"/"}]),
    (r"(?:[a-z]+ )?(?:hub|team)", [{"hub", "team"}]),
    (r"(?=\w*\d)\w+ (?:ltd|plc)", [{" ltd", " plc"}, {DIGIT}]),
    (r"x+y", [{"x"}, {"y"}]),
    # nothing every match needs: always searched
    (r"[A-Z]\w+", []),
    (r"(?:ref)?\w+", []),
    (r"(?:ref|\w)\d", [{DIGIT}]),
    (r"(?!flat)\w+", []),
    (r"(\w)\1", []),
    (r".+", []),
    (r"[^a]bc", [{"bc"}]),
    (r"[é]clair", [{"clair"}]),
    # syntax the `regex` module reads differently from Python's parser: no gate
    (r"[[:alpha:]]+ road", []),
    (r"(?:road){e<=1}", []),
    (r"road{1, 3}", []),
    (r"\p{Lu}\w+ road", []),
    (r"(?x) road \d", []),
    (r"(?V1)[a--b] road", []),
]


@pytest.mark.parametrize(("pattern", "expected"), DERIVED)
def test_clauses_derived_from_a_pattern(pattern, expected):
    assert sorted(map(sorted, required_clauses(pattern, FLAGS))) == sorted(map(sorted, expected))


def test_verbose_and_unknown_flags_get_no_gate():
    assert required_clauses(r"flat \d", FLAGS | regex.VERBOSE) == []
    assert required_clauses(r"flat \d", FLAGS | regex.FULLCASE) == []
    assert required_clauses(r"flat \d", FLAGS) != []


# (pattern, text, what the pattern finds): valid texts (a match) and invalid ones (the gate
# turns them away); the gated pattern finds the same.
GATED = [
    (r"(?<=\bPC\s)\d{3,5}", "seen by PC 1234 today", ["1234"]),
    (r"(?<=\bPC\s)\d{3,5}", "seen by pc 1234 today", ["1234"]),
    (r"(?<=\bPC\s)\d{3,5}", "seen by the officer today", []),
    (r"(?<=\bPC\s)\d{3,5}", "PC Smith", []),
    (r"(?:flat|apartment) \d+", "Flat 3, Oak Court", ["Flat 3"]),
    (r"(?:flat|apartment) \d+", "APARTMENT 12", ["APARTMENT 12"]),
    (r"(?:flat|apartment) \d+", "a flat tyre", []),
    (r"\bmrs?\b", "Mrs Smith and Mr Jones", ["Mrs", "Mr"]),
    (r"\bmrs?\b", "Miss Smith", []),
    # IGNORECASE lets "ſ" match "s" and the Kelvin sign match "k": such a text is searched
    (r"\bmrs?\b", "Mrſ Smith", ["Mrſ"]),
    (r"kit", "\u212ait bag", ["\u212ait"]),
    (r"aka \w+", "Jo AKA Jojo", ["AKA Jojo"]),
    (r"aka \w+", "Jo, also Jojo", []),
    (r"[0-9]{2}/[0-9]{2}", "on 12/03 at", ["12/03"]),
    (r"[0-9]{2}/[0-9]{2}", "on twelve/three", []),
    (r"\d{4}", "call ٠١٢٣ now", ["٠١٢٣"]),  # \d is any decimal digit, so is DIGIT
]


@pytest.mark.parametrize(("pattern", "text", "expected"), GATED)
def test_gated_pattern_finds_what_the_pattern_finds(pattern, text, expected):
    gated = FailClosedRegex(pattern, FLAGS, clauses=required_clauses(pattern, FLAGS))
    assert [m.group() for m in regex.finditer(pattern, text, flags=FLAGS)] == expected
    assert [m.group() for m in gated.finditer(text)] == expected
    assert may_match(gated.clauses, text) or expected == []


def test_gate_turns_away_a_text_without_its_literals():
    clauses = required_clauses(r"(?:flat|apartment) \d+", FLAGS)
    assert not may_match(clauses, "two flats, 3 floors")  # no "flat " nor "apartment "
    assert not may_match(clauses, "a flat tyre")  # no digit
    assert may_match(clauses, "FLAT 3")


def test_ignorecase_oddities_are_every_non_ascii_character_matching_ascii():
    """The characters that IGNORECASE matches with an ASCII character though they are not
    ASCII themselves: a text holding one is searched without a gate."""
    ascii_any_case = regex.compile(r"[\x00-\x7f]", regex.IGNORECASE)
    found = "".join(
        chr(code) for code in range(0x80, 0x110000) if ascii_any_case.fullmatch(chr(code))
    )
    assert found == IGNORECASE_ODDITIES


def test_bundled_patterns_are_wrapped_with_their_gates(anonymiser):
    patterns = [
        (r, p)
        for r in anonymiser.analyzer.registry.recognizers
        if isinstance(r, PatternRecognizer)
        for p in r.patterns
    ]
    gated = [p for _, p in patterns if p.compiled_regex.clauses]
    assert len(gated) > len(patterns) // 2
    for recognizer, pattern in patterns:
        derived = required_clauses(pattern.regex, recognizer.global_regex_flags)
        assert pattern.compiled_regex.clauses == derived


def test_a_new_pattern_gets_its_gate_when_wrapped():
    recognizer = PatternRecognizer(
        supported_entity="ID", name="SomeRecognizer", patterns=[Pattern("p", r"ref \d+", 0.5)]
    )
    fail_closed_on_regex_timeout([recognizer])
    assert recognizer.patterns[0].compiled_regex.clauses == [{"ref "}, {DIGIT}]


def _windows(text: str, span: tuple[int, int]) -> list[str]:
    start, end = span
    return [
        text[max(0, start - before) : end + after] for before, after in ((0, 0), (2, 2), (30, 30))
    ]


def test_gates_never_lose_a_match_on_the_data_texts(anonymiser):
    """Every bundled pattern over every anonymiser data text, and over small windows around
    each of its matches (as written and upper-cased, where few literals are
    left to pass a gate by chance): wherever the pattern finds a match, the gate lets the
    text through."""
    texts = [
        d.text
        for folder in sorted((DATA / "anonymiser").iterdir())
        if folder.is_dir()
        for d in load_corpus(folder)
    ]
    lost = []
    for recognizer in anonymiser.analyzer.registry.recognizers:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        for pattern in recognizer.patterns:
            wrapped = pattern.compiled_regex
            if not wrapped.clauses:
                continue
            plain = wrapped.compiled  # the pattern (behind its proven pre-check), ungated
            for text in texts:
                for match in plain.finditer(text):
                    for window in _windows(text, match.span()):
                        for variant in (window, window.upper()):
                            if not may_match(wrapped.clauses, variant) and plain.search(variant):
                                lost.append((recognizer.name, pattern.name))
    assert lost == []


def test_clause_answers_are_remembered_for_one_text_only():
    clauses = required_clauses(r"(?:flat|apartment) \d+", FLAGS)
    assert may_match(clauses, "Flat 3")
    assert not may_match(clauses, "a flat tyre")  # a new text: answered again
    assert may_match(clauses, "apartment 12")
