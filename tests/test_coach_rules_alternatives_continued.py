"""No rule's pattern is a recommended wording continued by a small word: "not brought to" was a
no-show pattern while "was not brought" is the recommended wording for a child, so "was not
brought to the appointment" (the advice followed) was flagged."""

from __future__ import annotations

import re

import pytest

from tips_nlp.coach.rules import _claims, load_rules
from tips_nlp.nlp import get_nlp

# Words a writer adds after a recommended phrase to finish the sentence.
CONTINUATIONS = frozenset(["to", "for", "of", "at", "in", "on", "with", "by", "the", "a", "an"])


def _words(text: str) -> list[str]:
    """Lower-case words of an alternative, without its notes ("(for a child)") or examples."""
    text = re.sub(r"\([^)]*\)", " ", text).split(", e.g.")[0]
    return [
        t.lower_.replace("\u2019", "'")
        for t in get_nlp().make_doc(text)
        if not (t.is_punct or t.is_space)
    ]


def continued_alternatives(rules) -> list[tuple[str, str, str]]:
    """(rule id, alternative, claimed phrase) where the alternative ends with the first words of
    the phrase and only small words follow them in it."""
    nlp = get_nlp()
    alternatives = [(r.id, a, _words(a)) for r in rules for a in r.alternatives]
    hits = []
    for rule in rules:
        for pattern in rule.patterns:
            for claim in _claims(nlp, pattern):
                words = claim.split()
                if claim.startswith("[") or len(words) < 3:
                    continue
                for owner, alternative, alt in alternatives:
                    for k in range(2, len(words)):
                        tail = words[k:]
                        if alt[-k:] == words[:k] and set(tail) <= CONTINUATIONS:
                            hits.append((owner, alternative, claim))
    return hits


def test_no_pattern_is_an_alternative_continued():
    assert continued_alternatives(load_rules()) == []


@pytest.mark.parametrize(
    ("pattern", "alternative", "found"),
    [
        ("not brought to", "was not brought (for a child)", True),
        ("failed to attend", "was not brought (for a child)", False),
        ("not brought", "was not brought", False),  # the alternative itself: a separate test
        ("did not attend the", "missed the appointment", False),
    ],
)
def test_continued_alternative_is_found(pattern, alternative, found):
    from tips_nlp.coach.rules import Rule

    rule = Rule("x", "other-deficit", "Trust", "suggestion", (pattern,), (alternative,), "r", "s")
    assert bool(continued_alternatives([rule])) is found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The child was not brought to the appointment by her carer.", []),
        ("Mum failed to attend the appointment.", [("no-show", "failed to attend")]),
        ("He was a no-show again.", [("no-show", "no-show")]),
    ],
)
def test_not_brought_is_recommended_wording(rule_flags, text, expected):
    assert rule_flags(text) == expected
