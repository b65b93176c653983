"""The bundled classifier loads only when its bytes match the model card."""

from __future__ import annotations

import json
import shutil

import pytest

from tips_nlp.coach.classifier import (
    CARD_FILE,
    MODEL_FILE,
    TRUSTED_TYPES,
    ModelIntegrityError,
    Prediction,
    load_classifier,
    load_classifier_from,
    sha256_of,
)
from tips_nlp.coach.principles import PRINCIPLE_NAMES, RulesError
from tips_nlp.resources import models_dir


@pytest.fixture()
def model_copy(tmp_path):
    for name in (MODEL_FILE, CARD_FILE):
        shutil.copy(models_dir() / name, tmp_path / name)
    return tmp_path / MODEL_FILE, tmp_path / CARD_FILE


def test_bundled_model_matches_its_card():
    card = json.loads((models_dir() / CARD_FILE).read_text(encoding="utf-8"))
    assert sha256_of(models_dir() / MODEL_FILE) == card["model_sha256"]
    assert 0.0 < card["threshold"] < 1.0
    assert set(card["principle_of"].values()) <= set(PRINCIPLE_NAMES)


def test_load_classifier_is_cached_and_predicts():
    classifier = load_classifier()
    assert load_classifier() is classifier
    [prediction] = classifier.predict(["Officers attended the address at 22:00."])
    assert isinstance(prediction, Prediction)
    assert prediction.flag == (prediction.score >= classifier.threshold)
    assert prediction.principle in PRINCIPLE_NAMES
    assert classifier.predict([]) == []


def test_altered_model_byte_is_refused(model_copy):
    model, card = model_copy
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match=f"{MODEL_FILE}: sha256 does not match"):
        load_classifier_from(model, card)


def test_missing_model_is_refused(model_copy):
    model, card = model_copy
    model.unlink()
    with pytest.raises(RulesError, match=f"{MODEL_FILE}: model file missing"):
        load_classifier_from(model, card)


def test_missing_card_is_refused(model_copy):
    model, card = model_copy
    card.unlink()
    with pytest.raises(ModelIntegrityError, match=f"{CARD_FILE}: model card missing"):
        load_classifier_from(model, card)


def test_untouched_copy_loads(model_copy):
    model, card = model_copy
    probe = ["He kicked off.", "The kitchen was clean."]
    assert load_classifier_from(model, card).predict(probe) == load_classifier().predict(probe)


def test_trusted_types_are_explicit():
    assert TRUSTED_TYPES and all("." in name for name in TRUSTED_TYPES)
    assert not any("pickle" in name or "tips_nlp" in name for name in TRUSTED_TYPES)
