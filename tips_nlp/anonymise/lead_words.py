"""A verb or possessive that opens a line, taken by a guess into a name: "Chase MASH",
"Offer Refuge early", "Our TIP", and a role before a lower-case word ("Mum works at ...").
Only the guess is dropped; the allow list alone never cuts a name out of one."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.allow import PhraseSet
from tips_nlp.anonymise.recognizers.names import fold
from tips_nlp.anonymise.result import read_word_lists
from tips_nlp.anonymise.spans import SOFT_TYPES
from tips_nlp.resources import rules_dir

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z\d]")
# A title or rank found the name: the word before it is part of what a person is called.
_EXPLICIT = frozenset({"TitledNameRecognizer"})


@lru_cache(maxsize=1)
def lead_words() -> frozenset[str]:
    """Imperatives and possessives from rules/pii/lead_words.yml, folded."""
    lists = read_word_lists(rules_dir() / "pii" / "lead_words.yml", ("imperatives", "possessives"))
    return frozenset(fold(w) for words in lists.values() for w in words)


def drop_lead_word_guesses(
    text: str, found: list[RecognizerResult], allowed: PhraseSet
) -> list[RecognizerResult]:
    """Guesses that are only a lead word before a generic service, role or lower-case word.

    Dropped: "Chase CAMHS", "Our TIP" (a lead word before an allowed service or role) and
    "Mum works" (a lead word or role before lower-case words only). Kept whole: "Chase
    Marsh", "Our Lady of Lourdes", "Contact Sarah Hale" (a name after the lead word).
    """
    leads = lead_words()
    kept = []
    for r in found:
        if r.entity_type not in SOFT_TYPES - {"DATE_TIME"} or _source(r) in _EXPLICIT:
            kept.append(r)
            continue
        words = list(_WORD.finditer(text, r.start, r.end))
        if len(words) < 2 or not words[0].group()[0].isupper():
            kept.append(r)
            continue
        first, rest = words[0].group(), words[1:]
        key = fold(first)
        is_lead = key in leads
        if not (is_lead or first in allowed):
            kept.append(r)
            continue
        if not any(_CAPITAL_OR_DIGIT.search(m.group()) for m in rest):
            continue  # "Mum works", "Our school": nothing after the lead word names anyone
        if is_lead and text[rest[0].start() : r.end] in allowed:
            continue  # "Chase MASH", "Offer Refuge": an action on a generic service
        kept.append(r)  # "Chase Marsh", "Our Lady of Lourdes": recall first, kept whole
    return kept


def _source(found: RecognizerResult) -> str | None:
    return (found.recognition_metadata or {}).get("recognizer_name")
