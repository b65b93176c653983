"""The anonymiser dev corpus (data/anonymiser/dev) parses and is big and varied enough."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tips_nlp.evaluate.corpus import DIRECT_TYPES, GENRES, load_corpus

DEV = Path(__file__).resolve().parent.parent / "data" / "anonymiser" / "dev"
TITLE = re.compile(r"(?i)^(?:mr|mrs|ms|miss|dr|dc|ds|pc|pcso|sgt|insp)\.?\s")


@pytest.fixture(scope="module")
def documents():
    return load_corpus(DEV)


def test_every_file_parses_and_is_named_by_genre(documents):
    assert len(documents) == len(list(DEV.glob("*.txt")))
    for document in documents:
        genre, number = document.name.removesuffix(".txt").rsplit("_", 1)
        assert genre in GENRES, document.name
        assert re.fullmatch(r"\d{3}", number), document.name


def test_corpus_size_and_genre_spread(documents):
    assert len(documents) >= 60
    genres = Counter(d.name.rsplit("_", 1)[0] for d in documents)
    assert set(genres) == set(GENRES)
    assert min(genres.values()) >= 8


def test_every_direct_type_occurs_at_least_five_times(documents):
    counts = Counter(span.type for d in documents for span in d.spans)
    assert {t: counts[t] for t in DIRECT_TYPES if counts[t] < 5} == {}


def test_person_spans_leave_titles_and_possessives_outside(documents):
    bad = [
        (d.name, d.text[s.start : s.end])
        for d in documents
        for s in d.spans
        if s.type == "PERSON"
        and (TITLE.match(d.text[s.start : s.end]) or re.search(r"['’]s?$", d.text[s.start : s.end]))
    ]
    assert bad == []
