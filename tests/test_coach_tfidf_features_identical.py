"""TfidfFeatures gives scikit-learn's TF-IDF matrix bit for bit, or is not used at all."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from tips_nlp.coach import tfidf_features
from tips_nlp.coach.classifier import (
    SentenceClassifier,
    _fastest_transform,
    _same_matrix,
    featurise,
    load_classifier,
)
from tips_nlp.coach.tfidf_features import TfidfFeatures, UnsupportedFeaturesError

TEXTS = [
    "He kicked off in custody and was aggressive towards staff.",
    "He kicked off, kicked off, KICKED OFF again.",
    'Mum said "he is a nightmare" and she is a known drinker.',
    "DP: you lot never help me",
    "Zoë's café at 0215 -- PC 1234\u00a0attended\n\twith   Sgt O'Brien.",
    "a",
    "ab",
    "",
    "   ",
    "İstanbul ǅ ß ﬁ \x1c x",
    "putting herself at risk of CSE by going missing",
]


def _union(**chars: object) -> FeatureUnion:
    union = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 3), token_pattern=r"(?u)\b\w+\b")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), **chars)),
        ]
    )
    return union.fit(TEXTS[:5] + ["she went missing again", "known to police"])


def _assert_identical(expected, got) -> None:
    expected, got = expected.tocsr(), got.tocsr()
    assert expected.shape == got.shape
    assert np.array_equal(expected.indptr, got.indptr)
    assert np.array_equal(expected.indices, got.indices)
    assert np.array_equal(expected.data, got.data)  # exact, not approximate


@pytest.mark.parametrize("text", TEXTS)
def test_bundled_model_one_sentence_matches_sklearn(text):
    features = load_classifier().features
    batch = [featurise(text)]
    _assert_identical(features.transform(batch), TfidfFeatures(features).transform(batch))


def test_bundled_model_batch_matches_sklearn_twice():
    """The second call reads every word from the memo and still gives the same matrix."""
    features = load_classifier().features
    fast = TfidfFeatures(features)
    batch = [featurise(t) for t in TEXTS]
    _assert_identical(features.transform(batch), fast.transform(batch))
    _assert_identical(features.transform(batch), fast.transform(batch))


@pytest.mark.parametrize("sublinear_tf", [True, False])
def test_other_ngram_ranges_match_sklearn(sublinear_tf):
    union = _union(sublinear_tf=sublinear_tf)
    _assert_identical(union.transform(TEXTS), TfidfFeatures(union).transform(TEXTS))


def test_memo_starting_again_when_full_keeps_the_matrix(monkeypatch):
    monkeypatch.setattr(tfidf_features, "MAX_WORDS", 3)
    union = _union()
    fast = TfidfFeatures(union)
    _assert_identical(union.transform(TEXTS), fast.transform(TEXTS))
    assert len(fast._blocks[1]["memo"]) <= 3


@pytest.mark.parametrize(
    "option", [{"binary": True}, {"norm": "l1"}, {"use_idf": False}, {"strip_accents": "ascii"}]
)
def test_an_option_it_does_not_reproduce_is_refused(option):
    with pytest.raises(UnsupportedFeaturesError):
        TfidfFeatures(_union(**option))


def test_weighted_union_is_refused():
    union = _union()
    union.transformer_weights = {"words": 1.0, "chars": 0.5}
    with pytest.raises(UnsupportedFeaturesError):
        TfidfFeatures(union)


def test_classifier_uses_the_fast_features_for_the_bundled_model():
    transform = load_classifier()._transform
    assert isinstance(transform.__self__, TfidfFeatures)


def test_classifier_falls_back_to_sklearn_for_features_it_cannot_reproduce():
    union = _union(binary=True)
    assert _fastest_transform(union) == union.transform
    classifier = SentenceClassifier(
        models={"features": union, "flag": None, "category": None},
        threshold=0.5,
        principle_of={},
    )
    assert classifier._transform == union.transform


def test_classifier_falls_back_when_the_probe_matrix_differs(monkeypatch):
    """A future scikit-learn that weights differently: the probe check catches it."""
    union = _union()
    monkeypatch.setattr(tfidf_features, "inplace_csr_row_normalize_l2", lambda matrix: None)
    assert _fastest_transform(union) == union.transform


def test_same_matrix_sees_one_changed_value():
    union = _union()
    matrix = union.transform(TEXTS)
    changed = matrix.copy()
    changed.data[0] = np.nextafter(changed.data[0], 2.0)
    assert _same_matrix(matrix, matrix.copy())
    assert not _same_matrix(matrix, changed)


def test_classifier_falls_back_when_the_fast_features_cannot_be_imported(monkeypatch):
    """A scikit-learn that moved the row-normalising helper: the import fails, sklearn is used."""
    union = _union()
    monkeypatch.setitem(sys.modules, "tips_nlp.coach.tfidf_features", None)
    assert _fastest_transform(union) == union.transform
