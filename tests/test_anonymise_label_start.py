"""A pattern led by a lookbehind label is searched from the label's first occurrence only,
and finds exactly what a search of the whole text finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from presidio_analyzer import PatternRecognizer

from tips_nlp.anonymise.regex_timeouts import FailClosedRegex, leading_label
from tips_nlp.evaluate.corpus import load_corpus

DATA = Path(__file__).resolve().parent.parent / "data"
FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "label"),
    [
        (r"(?<=\bref\s*)\d+", r"\bref\s*"),
        (r"(?=\d)(?<=no )\d+", "no "),
        (r"(?<![a-z])(?<=\bpc\s)\d+", r"\bpc\s"),
        # no label every match starts after: the whole text is searched
        (r"\d+(?<=5)", None),
        (r"(?<!x)\d", None),
        (r"ref \d+", None),
        (r"(?<=ref )\d+|#\d+", None),  # the second alternative needs no label
        (r"(?<=ref )\d+|(?<=no )\d+", None),
        # an atomic group or a possessive repeat may not read the same forwards
        (r"(?<=(?>ab|a)c)\d", None),
        (r"(?<=ref\s*+)\d", None),
    ],
)
def test_leading_label(pattern, label):
    assert leading_label(pattern) == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ref 12 and ref 34", ["12", "34"]),
        ("no label 56 here, then ref 78", ["78"]),
        ("56 ref", []),
        ("refref 9", ["9"]),  # the label's first occurrence is not the one the match needs
        ("nothing", []),
    ],
)
def test_a_labelled_pattern_finds_the_same_from_its_first_label(text, expected):
    pattern = r"(?<=ref\s*)\d+"
    label = leading_label(pattern)
    wrapped = FailClosedRegex(pattern, FLAGS, regex.compile(label, flags=FLAGS), leads=True)
    assert [m.group() for m in regex.finditer(pattern, text, flags=FLAGS)] == expected
    assert [m.group() for m in wrapped.finditer(text)] == expected


def test_bundled_labelled_patterns_find_the_same_on_the_data_texts(anonymiser):
    """Every bundled pattern searched from its first label finds what the whole-text search
    finds, on every anonymiser data text; the URL patterns (whose required text is inside the
    match, not before it) are searched whole."""
    texts = [
        d.text
        for folder in sorted((DATA / "anonymiser").iterdir())
        if folder.is_dir()
        for d in load_corpus(folder)
    ]
    led = 0
    for recognizer in anonymiser.analyzer.registry.recognizers:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        for pattern in recognizer.patterns:
            wrapped = pattern.compiled_regex
            if recognizer.name == "UrlRecognizer":
                assert not wrapped.leads
            if not wrapped.leads:
                continue
            led += 1
            for text in texts:
                whole = [m.span() for m in wrapped.compiled.finditer(text)]
                assert [m.span() for m in wrapped.finditer(text)] == whole, pattern.name
    assert led > 30
