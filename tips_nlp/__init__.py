"""tips-nlp: trauma-informed writing support for UK policing, offline.

>>> from tips_nlp import anonymise
>>> anonymise("Kyle O'Brien rang 07700 900123.").text
'[PERSON 1] rang [PHONE 1].'
"""

from __future__ import annotations

from collections.abc import Iterable

from tips_nlp.anonymise import (
    AnonymisationError,
    AnonymisedText,
    ConfigError,
    Entity,
    get_anonymiser,
)
from tips_nlp.anonymise.engine import Operator

__all__ = [
    "AnonymisationError",
    "AnonymisedText",
    "ConfigError",
    "Entity",
    "anonymise",
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
