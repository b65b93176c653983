"""Recognizers that YAML cannot express (checksums, offline look-ups)."""

from tips_nlp.anonymise.recognizers.email import OfflineEmailRecognizer

__all__ = ["OfflineEmailRecognizer"]
