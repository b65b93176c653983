"""Word lists are folded as `fold` folds each word, whether the file is read whole (ASCII)
or its ASCII lines together and the others one by one."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.recognizers.names import fold, read_word_list
from tips_nlp.resources import rules_dir


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "# a comment\nSmith\n  O'Brien \n\nMACDONALD\r\nvan der\n",
            {"smith", "o'brien", "macdonald", "van der"},
        ),
        ("Łukasz\nO’Brien\nZoë\n# Ørsted\n  José\n", {"lukasz", "o'brien", "zoe", "jose"}),
        # accents in some lines: the ASCII lines are folded together, the others one by one
        (
            "SMITH\nŁukasz\n# x\n  Kelly \nZoë\n\nO'NEIL\n",
            {"smith", "lukasz", "kelly", "zoe", "o'neil"},
        ),
        ("Zoë\n\n", {"zoe"}),  # no ASCII line: no empty word
    ],
)
def test_read_word_list_folds_each_word(tmp_path, content, expected):
    path = tmp_path / "words.txt"
    path.write_text(content, encoding="utf-8")
    assert read_word_list(path) == expected


@pytest.mark.parametrize("name", ["common_words", "name_words", "first_names", "surnames"])
def test_bundled_word_lists_equal_word_by_word_folding(name):
    path = rules_dir() / "pii" / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))
    assert read_word_list(path) == expected
