"""The indexed attribute-ruler match gives exactly the model's own matches."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

from tips_nlp.attribute_index import IndexedAttributeMatch

ROOT = Path(__file__).resolve().parent.parent
HAND_WRITTEN = [
    "She kicked off when we arrived.",
    "he's gonna do it, ain't he? we gotta go. let's see. c'mon y'all, nothin' to see",
    "Y' all right?  I said i'd go   \n\n and you did, it's there: DP stated 'i dunno'.",
    "PC 4521 attended 12 Elm Road at 0230hrs; Mum (aged 42) was shouting.",
    "THERE ARE NO CONCERNS. There is hope. Is there? Weren't they?",
    "",
    "\t\n",
]


def _corpus_texts() -> list[str]:
    texts = list(HAND_WRITTEN)
    for folder in ("dev", "dev2"):
        for path in sorted((ROOT / "data" / "anonymiser" / folder).glob("*.txt"))[::3]:
            texts.append(re.sub(r"\[\[[A-Z_]+\|([^\]]*)\]\]", r"\1", path.read_text("utf-8")))
    with open(ROOT / "data" / "coach" / "dev.csv", encoding="utf-8", newline="") as handle:
        texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


@pytest.fixture(scope="module")
def tagged(nlp):
    """Docs as the attribute ruler receives them (tagger done, ruler not yet run)."""
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(_corpus_texts()))


def test_the_shared_pipeline_uses_the_indexed_match(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, IndexedAttributeMatch)
    doc = nlp("She kicked off when we arrived.")
    assert [t.pos_ for t in doc][:3] == ["PRON", "VERB", "ADP"]
    assert doc[1].lemma_ == "kick"


def test_matches_equal_the_spacy_matcher_on_every_text(nlp, tagged):
    ruler = nlp.get_pipe("attribute_ruler")
    for doc in tagged:
        assert ruler.match(doc) == sorted(set(AttributeRuler.match(ruler, doc))), doc.text[:60]


def test_two_token_and_regex_exceptions_still_apply(nlp):
    doc = nlp("we're gonna win, ain't we, nothin' else")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")
    assert lemmas["ai"] == "be"
    assert lemmas["nothin'"] == "nothing"
