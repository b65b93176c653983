"""Shared fixtures: the real spaCy model and the real Presidio engines, loaded once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tips_nlp.anonymise import Anonymiser, get_anonymiser
from tips_nlp.coach.engine import Coach
from tips_nlp.nlp import get_nlp


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()


@pytest.fixture(scope="session")
def anonymiser() -> Anonymiser:
    return get_anonymiser()


@pytest.fixture(scope="session")
def rule_flags(nlp) -> Callable[[str], list[tuple[str, str]]]:
    """(rule id, matched text) of the rules' non-info findings on a text, classifier off."""
    coach = Coach(classifier=None)

    def flags(text: str) -> list[tuple[str, str]]:
        result = coach.check_doc(nlp(text), use_classifier=False)
        return [(f.rule_id, f.text) for f in result.findings if f.severity != "info"]

    return flags


@pytest.fixture(scope="session")
def found(anonymiser) -> Callable[[str], set[tuple[str, str]]]:
    """(detected text, entity type) of every detection the anonymiser makes in a text."""

    def spans(text: str) -> set[tuple[str, str]]:
        return {(text[e.start : e.end], e.entity_type) for e in anonymiser.anonymise(text).entities}

    return spans


@pytest.fixture(scope="session")
def touched(anonymiser) -> Callable[..., bool]:
    """Whether any detection touches the given occurrence (0 = first) of a word in a text."""

    def touches(text: str, word: str, occurrence: int = 0) -> bool:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(word, start + 1)
        end = start + len(word)
        return any(e.start < end and start < e.end for e in anonymiser.anonymise(text).entities)

    return touches


# Tests that probe the guard on purpose aim at addresses that can never be real: TEST-NET-1
# (RFC 5737) and the reserved ".invalid" domain (RFC 2606). Any other refused attempt is a
# library or code path trying to reach the network, even if it swallowed the error.
PROBE_TARGETS = ("192.0.2.", "tips-nlp-probe.invalid")


def unexpected_attempts() -> list[str]:
    from tips_nlp.offline import blocked_attempts

    return [a for a in blocked_attempts() if not any(t in a for t in PROBE_TARGETS)]


@pytest.fixture(scope="session", autouse=True)
def no_network():
    """The whole suite runs offline: any connection or DNS lookup off this machine raises.

    At the end, the session fails if anything tried to leave the machine at all.
    """
    from tips_nlp.nlp import offline_guard

    with offline_guard():
        yield
    attempts = unexpected_attempts()
    assert not attempts, f"code tried to reach the network: {attempts}"
