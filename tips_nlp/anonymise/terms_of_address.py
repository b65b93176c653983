"""Terms of address a speaker uses in passing ("alright sonny", "cheers love"), kept as
words: the lower case after a greeting shows the author did not write a name, even in a
document that also names a Sonny or a Honey (an officer calling a stranger "sonny" is part
of the account). A capitalised "alright Sonny" is left to the name passes."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.result import read_word_lists
from tips_nlp.resources import rules_dir

_WINDOW = 40  # characters before a detection searched for the greeting


@lru_cache(maxsize=1)
def _greeting_before() -> re.Pattern:
    """A greeting ending right before the detection: 'alright ', 'cheers, ', 'come on '."""
    greetings = read_word_lists(rules_dir() / "pii" / "terms_of_address.yml", ("greetings",))
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+")
        for w in sorted(greetings["greetings"], key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?i:{alternatives})[ \t]*,?[ \t]+\Z")


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    lists = read_word_lists(rules_dir() / "pii" / "terms_of_address.yml", ("terms",))
    return frozenset(lists["terms"])


# After the term the remark goes on or ends: valid "sonny, what", "honey." , 'sonny"';
# invalid "sonny said" (a subject: a name), "love island" (a compound).
_AFTER = re.compile(r"[ \t]*(?:[,.!?;:\"'”’)]|\Z|\n)")


def terms_of_address(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop a detection that is only a lower-case term of address after a greeting."""
    kept = []
    for r in results:
        value = text[r.start : r.end]
        if (
            value.islower()
            and " ".join(value.split()) in _terms()
            and _AFTER.match(text, r.end)
            and _greeting_before().search(text, max(0, r.start - _WINDOW), r.start)
        ):
            continue
        kept.append(r)
    return kept
