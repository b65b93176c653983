"""Anonymiser: Presidio + spaCy tuned to UK policing text."""

from tips_nlp.anonymise.engine import OPERATORS, Anonymiser, PiiConfig, get_anonymiser
from tips_nlp.anonymise.result import AnonymisationError, AnonymisedText, ConfigError, Entity

__all__ = [
    "OPERATORS",
    "AnonymisationError",
    "AnonymisedText",
    "Anonymiser",
    "ConfigError",
    "Entity",
    "PiiConfig",
    "get_anonymiser",
]
