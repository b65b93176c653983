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


@pytest.fixture(scope="session", autouse=True)
def no_network():
    """The whole suite runs offline: any connection off this machine raises."""
    from tips_nlp.nlp import offline_guard

    with offline_guard():
        yield
