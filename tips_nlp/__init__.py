"""tips-nlp: trauma-informed writing support for UK policing, offline.

>>> from tips_nlp import anonymise
>>> anonymise("Kyle O'Brien rang 07700 900123.").text
'[PERSON 1] rang [PHONE 1].'
>>> [f.rule_id for f in check("He kicked off in custody.").findings]
['kicked-off']
"""

from __future__ import annotations

from collections.abc import Iterable

from tips_nlp import deferred_spacy_cli
from tips_nlp.collection_pause import collection_paused

with collection_paused():  # loading frees nothing for the collector to find
    deferred_spacy_cli.install()  # before spaCy is first imported (below)

    from tips_nlp.anonymise import (
        AnonymisationError,
        AnonymisedText,
        ConfigError,
        Entity,
        get_anonymiser,
    )
    from tips_nlp.anonymise.engine import Operator
    from tips_nlp.coach import CheckResult, Finding, Note

__all__ = [
    "AnonymisationError",
    "AnonymisedText",
    "CheckResult",
    "ConfigError",
    "Entity",
    "Finding",
    "Note",
    "anonymise",
    "check",
    "review",
]
__version__ = "0.1.0"


def anonymise(
    text: str,
    *,
    operator: Operator = "placeholder",
    return_mapping: bool = False,
    allow: Iterable[str] = (),
    deny: Iterable[str | tuple[str, str]] = (),
) -> AnonymisedText:
    """Replace personal data in `text` with consistent placeholders ("[PERSON 1]").

    allow: strings never to mask; deny: strings to mask everywhere, case-insensitive (as
    PERSON, or give (string, ENTITY_TYPE)). Raises AnonymisationError if anything fails:
    the original text is never returned.
    """
    return get_anonymiser().anonymise(
        text, operator=operator, return_mapping=return_mapping, allow=allow, deny=deny
    )


def check(text: str) -> CheckResult:
    """Coach the wording of `text`: findings (phrase, principle, reason, alternatives) and notes.

    Quoted speech is the person's own voice and is never flagged.
    """
    from tips_nlp.coach.engine import get_coach
    from tips_nlp.limits import check_length

    check_length(text)  # TextTooLongError names the limit
    return get_coach().check(text)


def review(text: str, *, operator: Operator = "placeholder"):  # noqa: ANN201 - lazy import
    """Anonymise and coach `text` from one parse: a `Review` (.anonymised, .check).

    Raises AnonymisationError if anonymisation fails: the original text is never returned.
    """
    from tips_nlp.combined import review as review_text

    return review_text(text, operator=operator)
