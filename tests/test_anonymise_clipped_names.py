"""Clipped names ("kirst" for Kirsty, "kez" for Kerry) are found through an index of the
document's names by prefix; the answer is the plain rule's: a word that starts a longer name
of the document, an English word only when it is at least half the name, or an unknown word
cut short with a "z" or "s" added."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.recognizers.names import NameGazetteerRecognizer, _proper_prefixes
from tips_nlp.anonymise.recognizers.token_table import doc_tokens

NAMES = {"kirsty", "jasmine", "gemma", "patrick", "jordan", "kerry", "sam", "natasha"}
WORDS = "kirst jas gem pat jordz kez sams tash kirsty natas gemm jo ke ker patr sa sam x"


def _plain_rule(recognizer, token, names: set[str]) -> bool:
    """The rule as first written: every name of the document tried in turn."""
    lists = recognizer.lists
    word = token.text.lower()
    if len(word) < 3 or not word.isalpha() or word in lists.not_names:
        return False
    unknown = lists.is_unknown_word(token.text, token.lemma_)
    if any(
        n.startswith(word) and len(n) > len(word) and (unknown or 2 * len(word) >= len(n))
        for n in names
    ):
        return True
    stem = word[:-1]
    return (
        unknown
        and word[-1] in "zs"
        and len(stem) >= 2
        and any(n.startswith(stem) and len(n) > len(stem) + 1 for n in names)
    )


@pytest.fixture(scope="module")
def recognizer():
    recognizer = NameGazetteerRecognizer()
    recognizer.load()
    return recognizer


def test_the_prefix_index_holds_each_proper_prefix_of_two_letters_or_more():
    index = _proper_prefixes({"kirsty", "kim"})
    assert sorted(index) == ["ki", "kir", "kirs", "kirst"]
    assert sorted(index["ki"]) == ["kim", "kirsty"]
    assert "kirsty" not in index and "k" not in index


def test_clipped_names_are_the_plain_rules(recognizer, nlp):
    doc = doc_tokens(nlp(WORDS))
    longer = _proper_prefixes(NAMES)
    answers = {t.text: recognizer._clipped(t, longer) for t in doc}
    assert answers == {t.text: _plain_rule(recognizer, t, NAMES) for t in doc}
    assert answers["kirst"] and answers["jordz"] and answers["kez"]  # cut short; a pet form
    assert not answers["kirsty"] and not answers["jo"]  # the whole name; under 3 letters
