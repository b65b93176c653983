"""Speech that offers the person a choice, sets the pace or reassures them.

The sentence classifier learnt coercion from second-person speech ("you have to come with
us"), so it also scores the recommended way of speaking to someone ("Would you like an
interpreter?", "You can stop whenever you want") as coercion. A sentence holding such an offer,
with nothing that takes it back ("..., but it'll look bad"), is left to the rules: the offer is
what a trauma-informed officer is coached towards. The phrases are in
`rules/coach/choice-offers.yml`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from tips_nlp.coach.principles import RulesError
from tips_nlp.resources import ConfigError, read_word_lists, rules_dir


def _phrases(words: list[str]) -> str:
    """Whole phrases, longest first; a space matches any blanks, ' matches ’ too."""

    def one(phrase: str) -> str:
        return r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())

    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def choice_offer_patterns(path: Path | None = None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(offers, words that withdraw an offer), built once from the data file; a malformed file
    raises RulesError naming it."""
    path = path or rules_dir() / "coach" / "choice-offers.yml"
    try:
        lists = read_word_lists(path, ("offers", "withdrawn_by"))
    except ConfigError as exc:
        raise RulesError(str(exc)) from exc
    return tuple(
        re.compile(rf"\b(?:{_phrases(lists[key])})\b", re.IGNORECASE)
        for key in ("offers", "withdrawn_by")
    )


def offers_choice(sentence: str) -> bool:
    """True when `sentence` holds an offer of choice, pace or reassurance and nothing after the
    offer takes it back ("You don't have to talk, but ...")."""
    offers, withdrawn = choice_offer_patterns()
    match = offers.search(sentence)
    return match is not None and not withdrawn.search(sentence, match.end())
