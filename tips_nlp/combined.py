"""Anonymise and coach a text from one parse: `tips_nlp.review()` and batch callers.

Parsing is most of the cost of either step, so doing both on the same spaCy Doc costs little
more than doing one.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tips_nlp.anonymise import AnonymisedText, get_anonymiser
from tips_nlp.anonymise.engine import Operator
from tips_nlp.coach import CheckResult
from tips_nlp.limits import check_length


@dataclass(frozen=True)
class Review:
    """The anonymised text, and the coach's findings on the original wording."""

    anonymised: AnonymisedText
    check: CheckResult

    def to_dict(self) -> dict:
        return {"anonymised": self.anonymised.to_dict(), "check": self.check.to_dict()}


def review_doc(doc: Doc, *, operator: Operator = "placeholder") -> Review:
    """Anonymise and coach an already-parsed Doc (e.g. one from `nlp.pipe`)."""
    from tips_nlp.coach.engine import get_coach

    anonymised = get_anonymiser().anonymise_doc(doc, operator=operator)
    return Review(anonymised, get_coach().check_doc(doc))


def review(text: str, *, operator: Operator = "placeholder") -> Review:
    """Anonymise and coach `text`, parsing it once.

    Raises AnonymisationError (never returning or quoting the text) if anonymisation fails.
    """
    if not isinstance(text, str):
        raise TypeError("review() takes a str")
    check_length(text)
    return review_doc(get_anonymiser().parse(text), operator=operator)
