"""Pets' names the text itself gives ("her rabbit (Blossom, pet)", "rocky the dog"): masked,
recall first ("the family's XL bully, Tyson" can point to a household), but as their own
placeholder so the account still reads ("her rabbit, [PET 1]"). Every occurrence of the name
in the document is the same pet."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from tips_nlp.anonymise.recognizers.names import NameLists, fold
from tips_nlp.anonymise.result import read_word_lists
from tips_nlp.anonymise.spans import SOFT_TYPES, result
from tips_nlp.resources import rules_dir

PET = "PET"
# A title or rank found the name: "Mr Tibbles the cat" is still taken as a person.
_EXPLICIT = frozenset({"TitledNameRecognizer"})
_GUESSES = SOFT_TYPES - {"DATE_TIME", PET}
_WORD = r"[\w'’-]+"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])\Z")
# A sentence or line opens before the word: its capital says nothing about a name.
# valid: "Walked", "- rocky", ". Then"; invalid: "the dog, Major" (mid-sentence)
_OPENING = re.compile(r"(?:\A|[.!?:;\n•*–-])[ \t\"'“‘(]*\Z")
_OPENING_WINDOW = 8
# Up to three words between the article and the pet word that describe the pet or say whose
# it is: valid "the foster carers' old spaniel", "her nan's little", "our big black"; invalid
# "the owner of the dog" (a function word: the name is the owner's, not the pet's).
_PET_DESCRIBERS = (
    r"(?:(?!(?:of|with|who|whose|that|and|or|to|from|in|on|at|for|by|has|had|was|is|bit|"
    r"walked|walks|owns|owner|handler)\b)[a-z][\w-]*(?:['’]s?)?[ \t]+){0,3}"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[
    re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, frozenset[str]
]:
    lists = read_word_lists(rules_dir() / "pii" / "pets.yml", ("pet_words", "not_pet_after"))
    pets = "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+")
        for w in sorted(lists["pet_words"], key=len, reverse=True)
    )
    jobs = "|".join(re.escape(w) for w in lists["not_pet_after"])
    # After the name: valid "Blossom, pet)", "rocky the dog bit", "Tyson, the family's dog";
    # invalid: "Sam the dog handler", "Jayden, dog bite victim" (a bare comma needs the pet
    # word to end the phrase).
    after_body = (
        rf"(?i:,?[ \t]+(?:the|a|an|his|her|their|our|my|your|family['’]s|the[ \t]+family['’]s)"
        rf"[ \t]+{_PET_DESCRIBERS}(?:pet[ \t]+)?(?i:{pets})(?![\w'’-])(?![ \t]+(?i:{jobs})\b)"
        rf"|[ \t]*,[ \t]*(?i:{pets})(?=[ \t]*(?:[).;:!?\n]|$)))"
    )
    # Before the name: valid "her rabbit (Blossom", "their dog called Tyson", "the family
    # dog, Bruno", 'her dog "Biscuit"' (a pet's name in quotes); invalid: "dog walker Jane"
    # (the name is not next to the pet word).
    before_body = (
        rf"(?i:\b(?:his|her|their|our|my|your|the|a|family)[ \t]+(?:family[ \t]+|pet[ \t]+)?"
        rf"(?:{pets})(?:[ \t]+(?P<naming>called|named))?[ \t]*[,(]?[ \t]*[\"“‘]?)"
    )
    any_pet = re.compile(rf"(?<![\w'’-])(?i:{pets})(?![\w'’-])")  # no pet word, no pet
    after = re.compile(after_body)
    before = re.compile(before_body + r"\Z")
    # The same shapes around a word no detection holds: "she has the dog, Major.", "rocky
    # the dog"; which such words are names is decided in _named_here.
    word_before = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD})(?={after_body})")
    word_after = re.compile(rf"{before_body}(?P<name>{_WORD})")
    not_names = frozenset(fold(w) for w in [*lists["not_pet_after"], *lists["pet_words"]])
    return any_pet, after, before, word_before, word_after, not_names


def _bare(value: str) -> str:
    return _POSSESSIVE.sub("", value)


def _named_here(
    text: str, match: re.Match, lists: NameLists, not_names: frozenset[str], *, strong: bool
) -> bool:
    """A word beside a pet word that is the pet's name: valid "the dog, Major" (a capital
    mid-sentence), "rocky the dog" (a given name), "her cat called Pepper"; invalid "walked the
    dog" (an English word opening the sentence), "the dog handler" (a job), "Mr Tibbles the
    cat" (a title before it: a person)."""
    word = match.group("name")
    key = fold(_bare(word))
    if len(key) < 2 or not key.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    if key in not_names or key in lists.titles or key in STOP_WORDS:
        return False
    previous = re.search(rf"({_WORD})\.?[ \t]+\Z", text[max(0, match.start() - 12) : match.start()])
    if previous and fold(previous.group(1)) in lists.titles:
        return False
    if strong:
        return True
    opening = _OPENING.search(
        text, max(0, match.start("name") - _OPENING_WINDOW), match.start("name")
    )
    if word[0].isupper() and not opening:
        return True
    return key in lists.first or key in lists.words or not lists.is_common(key)


def pet_names(
    text: str,
    found: list[RecognizerResult],
    lists: NameLists,
    allowed_here: Sequence[tuple[int, int]] = (),
) -> list[RecognizerResult]:
    """Type as PET each name the words beside it call a pet, detected or not, and every
    other occurrence of that name (a titled name stays a person). allowed_here: spans of
    allow-listed phrases, where no PET is added."""
    any_pet, after, before, word_before, word_after, not_names = _patterns()
    if not any_pet.search(text):
        return found
    names: set[str] = set()
    for r in found:
        if (
            r.entity_type in _GUESSES
            and (r.recognition_metadata or {}).get("recognizer_name") not in _EXPLICIT
            and len(text[r.start : r.end].split()) <= 2
            and (after.match(text, r.end) or before.search(text, max(0, r.start - 40), r.start))
        ):
            names.add(_bare(text[r.start : r.end]))
    spans = [(r.start, r.end) for r in found]
    for pattern in (word_before, word_after):
        for m in pattern.finditer(text):
            start, end = m.span("name")
            if not any(s < end and start < e for s, e in spans) and _named_here(
                text, m, lists, not_names, strong=bool(m.groupdict().get("naming"))
            ):
                names.add(_bare(m.group("name")))
    if not names:
        return found
    return _type_occurrences(text, found, names, allowed_here)


def _type_occurrences(
    text: str,
    found: list[RecognizerResult],
    names: set[str],
    allowed_here: Sequence[tuple[int, int]],
) -> list[RecognizerResult]:
    """Each occurrence of a pet's name: a guess holding just that name is retyped PET, an
    occurrence no detection touches is added as PET; a longer or titled detection stays."""
    occurrences = set()
    for name in names:
        flags = 0 if name != name.lower() else re.IGNORECASE  # "Major" ~ "Major"; "rocky" ~ "Rocky"
        pattern = rf"(?<![\w'’-]){re.escape(name)}(?![\w-])(?!['’](?!s\b))"
        occurrences.update(m.span() for m in re.finditer(pattern, text, flags))
    typed = []
    for r in found:
        if (
            r.entity_type in _GUESSES
            and (r.recognition_metadata or {}).get("recognizer_name") not in _EXPLICIT
            and (r.start, r.start + len(_bare(text[r.start : r.end]))) in occurrences
        ):
            r = result(PET, r.start, r.end, r.score)
        typed.append(r)
    taken = [(r.start, r.end) for r in found] + list(allowed_here)
    for start, end in sorted(occurrences):
        if not any(s < end and start < e for s, e in taken):
            typed.append(result(PET, start, end, 0.6))
    return sorted(typed, key=lambda r: (r.start, r.end))
