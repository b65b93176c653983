"""A stand-in for the sentence classifier that records what the engine sends to the real model
and flags nothing: tests of which sentences the model is asked to score."""

from __future__ import annotations

from tips_nlp.coach.classifier import load_classifier


class Recorder:
    """Records every sentence sent to `predict` (the SentenceClassifier contract)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def predict(self, sentences: list[str], *, masked: bool = False) -> list:
        self.seen.extend(sentences)
        real = load_classifier().predict(sentences, masked=masked)
        return [type(p)(p.score, False, p.category, p.principle) for p in real]
