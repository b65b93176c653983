"""drop_ordinary_capitals reads the text the caller gives instead of rebuilding the Doc's."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.ordinary_capitals import drop_ordinary_capitals
from tips_nlp.anonymise.recognizers.names import name_lists

CASES = [
    ("Rich or poor, every family was offered support.", "Rich", []),
    ("Will need a strategy meeting tomorrow.", "Will", []),
    ("She moved in late summer with her nan.", "summer", []),
    ("Rich said he would call back.", "Rich", [(0, 4)]),
    ("Will said he was fine.", "Will", [(0, 4)]),
    ("Kyle and summer were at the park.", "summer", [(9, 15)]),
]


@pytest.mark.parametrize(("text", "word", "kept"), CASES)
def test_given_text_keeps_what_the_doc_text_keeps(nlp, text: str, word: str, kept) -> None:  # noqa: ANN001
    doc = nlp(text)
    start = text.index(word)
    results = [RecognizerResult("PERSON", start, start + len(word), 0.86)]
    given = drop_ordinary_capitals(doc, results, name_lists(), text=text)
    rebuilt = drop_ordinary_capitals(doc, results, name_lists())
    assert [(r.start, r.end) for r in given] == [(r.start, r.end) for r in rebuilt] == kept
