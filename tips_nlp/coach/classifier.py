"""The coach's sentence classifier: flags deficit framing that no fixed phrase list names.

Saved together in models/coach.skops: `features` (TF-IDF word and character n-grams), `flag`
(probability of deficit framing) and `category` (which language category). The threshold and the
category -> principle mapping live in models/coach.card.json, with the model's sha256, which is
checked on every load. Quoted speech is masked before featurising: the person's own words never
drive a flag.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tips_nlp.coach.principles import RulesError
from tips_nlp.coach.quotes import mask_quotes
from tips_nlp.resources import models_dir

MODEL_FILE = "coach.skops"
CARD_FILE = "coach.card.json"

# The only types coach.skops may contain: loading trusts exactly these (never `trusted=True`),
# and training refuses to write a model made of anything else.
TRUSTED_TYPES = [
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.tuple",
    "numpy.float64",
    "numpy.ndarray",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
]

# Sentences the fast features must turn into exactly scikit-learn's matrix before they are used:
# words the vocabulary knows and does not, repeats, quotes, digits, case, accents, odd spaces.
PROBE_SENTENCES = [
    "He kicked off in custody and was aggressive towards staff.",
    'She said "I am not a junkie" and walked off, known drinker, known drinker.',
    "DP refused to engage; Mum (on phone): you lot never help.",
    "Zoë's café at 0215 -- PC 1234 \u00a0 attended\n\twith   Sgt O'Brien.",
    "a",
    "",
]


class ModelIntegrityError(RulesError):
    """The model or its card is missing, altered or inconsistent; the message names the file."""


@dataclass(frozen=True)
class Prediction:
    """The classifier's view of one sentence."""

    score: float  # probability of deficit framing
    flag: bool  # score >= the model card's threshold
    category: str
    principle: str


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def featurise(text: str) -> str:
    """What the model sees: the sentence with quoted speech masked."""
    return mask_quotes(text)


class SentenceClassifier:
    """Scores sentences for deficit framing.

    Args:
        models: {"features": fitted vectoriser, "flag": binary classifier with predict_proba,
            "category": classifier with predict}.
        threshold: scores at or above it are flagged.
        principle_of: category -> principle.
    """

    def __init__(self, *, models: dict, threshold: float, principle_of: dict[str, str]) -> None:
        self.features = models["features"]
        self._transform = _fastest_transform(self.features)
        self.flag_model = models["flag"]
        self.category_model = models["category"]
        self.threshold = threshold
        self.principle_of = principle_of

    def scores(self, sentences: list[str]) -> list[float]:
        """Probability of deficit framing for each sentence (quotes masked)."""
        if not sentences:
            return []
        return self._scores(self._matrix(sentences))

    def _matrix(self, sentences: list[str], *, masked: bool = False):
        return self._transform(sentences if masked else [featurise(s) for s in sentences])

    def _scores(self, matrix) -> list[float]:
        positive = list(self.flag_model.classes_).index("flag")
        return [float(p[positive]) for p in self.flag_model.predict_proba(matrix)]

    def predict(self, sentences: list[str], *, masked: bool = False) -> list[Prediction]:
        """`masked`: the caller has already masked quoted speech (the coach masks it with the
        whole document's quotes), so it is not looked for again."""
        if not sentences:
            return []
        matrix = self._matrix(sentences, masked=masked)
        scores = self._scores(matrix)
        categories = self.category_model.predict(matrix)
        return [
            Prediction(
                score=score,
                flag=score >= self.threshold,
                category=str(category),
                principle=self.principle_of.get(str(category), "Empowerment"),
            )
            for score, category in zip(scores, categories, strict=True)
        ]


def _fastest_transform(features: object):  # noqa: ANN202 - a transform callable
    """TfidfFeatures' transform when it reproduces `features.transform` exactly on the probe
    sentences, else scikit-learn's own (same numbers either way)."""
    try:  # a scikit-learn without the helper it uses: scikit-learn's own transform
        from tips_nlp.coach.tfidf_features import TfidfFeatures, UnsupportedFeaturesError
    except ImportError:
        return features.transform
    try:
        fast = TfidfFeatures(features)
    except (UnsupportedFeaturesError, AttributeError):
        return features.transform
    expected, got = features.transform(PROBE_SENTENCES), fast.transform(PROBE_SENTENCES)
    if _same_matrix(expected, got):
        return fast.transform
    return features.transform


def _same_matrix(a: object, b: object) -> bool:
    """Equal bit for bit: same shape, same stored columns in the same order, same values."""
    import numpy as np

    a, b = a.tocsr(), b.tocsr()
    return (
        a.shape == b.shape
        and a.data.dtype == b.data.dtype
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
    )


def read_card(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelIntegrityError(f"{path}: model card missing") from None
    except (OSError, ValueError) as exc:
        raise ModelIntegrityError(
            f"{path}: unreadable model card ({exc.__class__.__name__})"
        ) from exc


def load_classifier_from(model_path: Path, card_path: Path) -> SentenceClassifier:
    """Load a classifier after checking the model file's sha256 against its card."""
    import skops.io

    card = read_card(card_path)
    if not model_path.is_file():
        raise ModelIntegrityError(f"{model_path}: model file missing")
    if sha256_of(model_path) != card.get("model_sha256"):
        raise ModelIntegrityError(
            f"{model_path}: sha256 does not match {card_path.name}; retrain or restore the model"
        )
    try:
        models = skops.io.load(model_path, trusted=TRUSTED_TYPES)
        return SentenceClassifier(
            models=models,
            threshold=float(card["threshold"]),
            principle_of=dict(card["principle_of"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelIntegrityError(f"{model_path}: cannot load ({exc.__class__.__name__})") from exc


@lru_cache(maxsize=1)
def load_classifier() -> SentenceClassifier:
    """The bundled classifier (models/coach.skops), loaded and checked once."""
    directory = models_dir()
    return load_classifier_from(directory / MODEL_FILE, directory / CARD_FILE)
