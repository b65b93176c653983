"""The fast rule matcher (first-word index + gated Matchers) finds exactly what one spaCy Matcher
over every pattern finds: on the coach's labelled sentences, on the same sentences wrapped by
hard line breaks, and on hand-made rules using each kind of pattern."""

from __future__ import annotations

from pathlib import Path

import pytest

from tips_nlp.coach import RulesError
from tips_nlp.coach.rules import Rule, RuleMatcher, load_rules
from tips_nlp.coach.sentence_set import read_sentence_set

DATA = Path(__file__).resolve().parents[1] / "data" / "coach"


def _found(matcher: RuleMatcher, doc) -> list[tuple[str, int, int]]:
    return [(m.rule.id, m.span.start, m.span.end) for m in matcher.matches(doc)]


def _wrapped(text: str) -> str:
    """The text with every third space a hard line break (as pasted from a fixed-width form)."""
    words = text.split(" ")
    return "".join(w + ("\n" if i % 3 == 2 else " ") for i, w in enumerate(words)).rstrip()


@pytest.fixture(scope="module")
def matchers(nlp):
    rules = load_rules()
    return RuleMatcher(rules, nlp), RuleMatcher(rules, nlp, literal_index=False)


def _sample_texts() -> list[str]:
    rows = read_sentence_set(DATA / "dev.csv") + read_sentence_set(DATA / "train.csv")[::10]
    texts = [row.text for row in rows]
    return texts + [_wrapped(t) for t in texts]


def test_fast_path_equals_the_matcher_on_the_coach_sentences(nlp, matchers):
    fast, reference = matchers
    texts = _sample_texts()
    compared = across_breaks = 0
    for doc in nlp.pipe(texts, batch_size=64):
        expected = _found(reference, doc)
        assert _found(fast, doc) == expected, doc.text
        compared += len(expected)
        across_breaks += sum(any(t.is_space for t in doc[s:e]) for _, s, e in expected)
    assert compared and across_breaks  # the sample exercised both kinds of match


def _rule(rule_id: str, *patterns) -> Rule:
    return Rule(
        id=rule_id,
        category="canteen-slang",
        principle="Trust",
        severity="suggestion",
        patterns=patterns,
        alternatives=("x",),
        reason="A reason.",
        source="https://example.org",
        file="canteen-slang.yml",
    )


HAND_MADE = (
    _rule("at-risk", "at risk"),
    _rule("own-fault", ({"LOWER": "her"}, {"LOWER": "own", "OP": "?"}, {"LOWER": "fault"})),
    _rule("got-herself", ({"LOWER": "got"}, {"LOWER": "herself"}, {"TAG": "VBN"})),
    _rule("very-drunk", ({"LOWER": "very", "OP": "?"}, {"LOWER": "drunk"})),
    _rule("went-off", ({"LEMMA": "go"}, {"LOWER": "off"}), "kicked off"),
    _rule("any-kick", ({"TAG": "VBD"}, {"LOWER": "off"})),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She put herself at\nrisk.", [("at-risk", "at\nrisk")]),
        (
            "It was her own fault and her fault.",
            [("own-fault", "her own fault"), ("own-fault", "her fault")],
        ),
        ("She got herself arrested.", [("got-herself", "got herself arrested")]),
        ("She got herself a drink.", []),
        ("He was very\ndrunk.", [("very-drunk", "very\ndrunk")]),
        ("He was drunk.", [("very-drunk", "drunk")]),
        ("He went off and kicked off.", [("went-off", "went off"), ("went-off", "kicked off")]),
        ("The alarm sounded off.", [("any-kick", "sounded off")]),
    ],
    ids=[
        "phrase-line-break",
        "optional-middle",
        "tag-gated",
        "tag-gated-no-match",
        "optional-first",
        "optional-first-absent",
        "lemma-and-phrase",
        "tag-then-word",
    ],
)
def test_hand_made_rules_match_the_same_on_both_paths(nlp, text, expected):
    doc = nlp(text)
    for literal_index in (True, False):
        matcher = RuleMatcher(HAND_MADE, nlp, literal_index=literal_index)
        found = [(m.rule.id, m.span.text) for m in matcher.matches(doc)]
        assert found == expected, literal_index


def test_bad_token_pattern_names_the_rule_on_both_paths(nlp):
    broken = (_rule("broken", ({"LOWER": "kicked"}, {"LOWR": "off"})),)
    for literal_index in (True, False):
        with pytest.raises(RulesError, match=r"^canteen-slang.yml: rule 'broken': bad token"):
            RuleMatcher(broken, nlp, literal_index=literal_index)
