"""Recognizers that YAML cannot express (checksums, offline look-ups, gazetteers).

Importing this package makes each class known to Presidio by name, so rules/pii/recognizers.yml
switches them on like Presidio's own (`type: predefined`): the registry lives in one place.
"""

from tips_nlp.anonymise.recognizers.check_letters import CroRecognizer, PncRecognizer
from tips_nlp.anonymise.recognizers.email import OfflineEmailRecognizer
from tips_nlp.anonymise.recognizers.names import NameGazetteerRecognizer, PlaceGazetteerRecognizer
from tips_nlp.anonymise.recognizers.phone import WindowedPhoneRecognizer
from tips_nlp.anonymise.recognizers.references import LabelledReferenceRecognizer

__all__ = [
    "CroRecognizer",
    "LabelledReferenceRecognizer",
    "NameGazetteerRecognizer",
    "OfflineEmailRecognizer",
    "PlaceGazetteerRecognizer",
    "PncRecognizer",
    "WindowedPhoneRecognizer",
]
