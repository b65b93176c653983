"""propagate() finds a family's plural ("the Joyces") whether or not the text is pre-checked."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.recognizers.names import name_lists
from tips_nlp.anonymise.spans import propagate, result


@pytest.mark.parametrize(
    ("text", "name", "plural"),
    [
        ("Patrick Joyce was the keeper. The Joyces are a family.", "Patrick Joyce", "Joyces"),
        ("Patrick Joyce was the keeper. THE JOYCES are a family.", "Patrick Joyce", "JOYCES"),
        ("Sam Okafor left. The Okafors moved.", "Sam Okafor", "Okafors"),
        # a case oddity (Kelvin sign) makes lower case unusable: the regex still runs
        ("Ali Kurt left. The \u212aurts moved.", "Ali Kurt", "\u212aurts"),
        ("Zoë Müller left. The Müllers moved.", "Zoë Müller", "Müllers"),
    ],
)
def test_family_plural_is_found(text: str, name: str, plural: str) -> None:
    start = text.index(name)
    found = propagate(text, [result("PERSON", start, start + len(name), 0.9)], name_lists())
    spans = {text[r.start : r.end] for r in found}
    assert plural in spans


def test_no_plural_without_the_name() -> None:
    text = "Patrick Joyce was the keeper. The family moved."
    found = propagate(text, [result("PERSON", 0, 13, 0.9)], name_lists())
    assert {text[r.start : r.end] for r in found} == {"Patrick Joyce", "Patrick", "Joyce"}
