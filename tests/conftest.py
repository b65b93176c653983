"""Shared fixtures: the real spaCy model and the real Presidio engines, loaded once."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise import Anonymiser, get_anonymiser
from tips_nlp.nlp import get_nlp


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def anonymiser() -> Anonymiser:
    return get_anonymiser()
