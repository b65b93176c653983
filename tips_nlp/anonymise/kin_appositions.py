"""A name set off by commas right after a kin word: "the baby, Tinker, is breastfed", "HER
SON, KAI, WAS ASLEEP", "my cousin, Precious, said". Family-centred notes introduce relatives
this way; the commas make the word a name even when it is also an English word ("Tinker",
"Storm", "Rose") that the name recognizer leaves to context.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from tips_nlp.anonymise.recognizers.names import NameLists, explicit_person, fold

# A determiner, a kin word, a comma, one capitalised word, a comma or a stop:
# valid "the baby, Tinker,", "HER SON, KAI,", "my cousin, Precious."; invalid "her mum,
# however," (lower case), "the baby, a boy," (an article).
_KIN_APPOSITION = re.compile(
    r"(?i:\b(?:the|her|his|their|my|our|your|whose)[ \t]+(?:[a-z'’-]+[ \t]+)?)"
    r"(?P<kin>[A-Za-z]+)[ \t]*,[ \t]*(?P<name>[A-Z][A-Za-z'’-]+)(?=[ \t]*[,.;)])"
)
# Parenthetical words that sit between commas after a noun: "HER MUM, HOWEVER, SAID".
_ASIDES = frozenset(
    {
        "however",
        "again",
        "too",
        "also",
        "though",
        "therefore",
        "meanwhile",
        "instead",
        "then",
        "now",
        "still",
        "yes",
        "no",
        "ok",
        "okay",
        "apparently",
        "understandably",
        "sadly",
    }
)


def names_after_kin_words(
    text: str, found: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add the name in each kin apposition that no detection holds yet."""
    added = []
    for m in _KIN_APPOSITION.finditer(text):
        if fold(m.group("kin")) not in lists.kin_words:
            continue
        name = m.group("name")
        key = fold(name)
        if (
            len(key) < 2
            or key in STOP_WORDS
            or key in _ASIDES
            or key.endswith("ly")
            or key in lists.titles_or_generic
            or key in lists.role_or_kin
            or (name[1:].islower() and m.group("kin").isupper())  # mixed shapes: no apposition
        ):
            continue
        start, end = m.span("name")
        if any(r.start < end and start < r.end for r in found):
            continue
        added.append(explicit_person(start, end))
    return found + added if added else found
