"""Names the text itself gives to pets ("her rabbit (Blossom, pet)", "rocky the dog"): they
name no person, and a reader needs them to follow the account. Only the detection at that
position is dropped; the same name elsewhere stays masked (recall first)."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.result import read_word_lists
from tips_nlp.anonymise.spans import SOFT_TYPES
from tips_nlp.resources import rules_dir

# A title or rank found the name: "Mr Tibbles the cat" is still taken as a person.
_EXPLICIT = frozenset({"TitledNameRecognizer"})
_NAME = r"[\w'’-]+(?:[ \t]+[A-Z][\w'’-]*)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    lists = read_word_lists(rules_dir() / "pii" / "pets.yml", ("pet_words", "not_pet_after"))
    pets = "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+")
        for w in sorted(lists["pet_words"], key=len, reverse=True)
    )
    jobs = "|".join(re.escape(w) for w in lists["not_pet_after"])
    # After the name: valid "Blossom, pet)", "rocky the dog bit", "Tyson, the family's dog";
    # invalid: "Sam the dog handler", "Jayden, dog bite victim" (a bare comma needs the pet
    # word to end the phrase).
    after = re.compile(
        rf"(?i:,?[ \t]+(?:the|a|an|his|her|their|our|my|your|family['’]s|the[ \t]+family['’]s)"
        rf"[ \t]+(?:pet[ \t]+)?(?i:{pets})(?![\w'’-])(?![ \t]+(?i:{jobs})\b)"
        rf"|[ \t]*,[ \t]*(?i:{pets})(?=[ \t]*(?:[).;:!?\n]|$)))"
    )
    # Before the name: valid "her rabbit (Blossom", "their dog called Tyson", "the family
    # dog, Bruno"; invalid: "dog walker Jane" (the name is not next to the pet word).
    before = re.compile(
        rf"(?i:\b(?:his|her|their|our|my|your|the|a|family)[ \t]+(?:family[ \t]+|pet[ \t]+)?"
        rf"(?:{pets})(?:[ \t]+(?:called|named))?[ \t]*[,(]?[ \t]*)$"
    )
    return after, before


def drop_pet_names(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Guesses of a name that the words beside them call a pet."""
    after, before = _patterns()
    kept = []
    for r in found:
        if (
            r.entity_type in SOFT_TYPES - {"DATE_TIME"}
            and (r.recognition_metadata or {}).get("recognizer_name") not in _EXPLICIT
            and len(text[r.start : r.end].split()) <= 2
            and (after.match(text, r.end) or before.search(text, max(0, r.start - 40), r.start))
        ):
            continue
        kept.append(r)
    return kept
