"""The first-word index of literal patterns: which patterns it takes, and the exact matches."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id

from tips_nlp.coach.literal_patterns import (
    LiteralIndex,
    TokenValues,
    literal_sequences,
    required_steps,
)


def _step(attr: int, *words: str):
    return attr, frozenset(get_string_id(w) for w in words)


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        (
            [{"LOWER": "kicked"}, {"LOWER": "off"}],
            [(_step(LOWER, "kicked"), _step(LOWER, "off"))],
        ),
        (
            [{"LOWER": "her"}, {"LOWER": "own", "OP": "?"}, {"LOWER": "fault"}],
            [
                (_step(LOWER, "her"), _step(LOWER, "own"), _step(LOWER, "fault")),
                (_step(LOWER, "her"), _step(LOWER, "fault")),
            ],
        ),
        (
            [{"LEMMA": {"IN": ["go", "kick"]}}, {"ORTH": "off"}, {"TEXT": "on"}],
            [(_step(LEMMA, "go", "kick"), _step(ORTH, "off"), _step(ORTH, "on"))],
        ),
        ([{"LOWER": {"IN": ["what's", "what’s"]}}], [(_step(LOWER, "what's", "what’s"),)]),
    ],
    ids=["phrase", "optional-middle", "lemma-orth-text", "one-word-list"],
)
def test_literal_patterns_become_fixed_sequences(specs, expected):
    assert literal_sequences(specs) == expected


@pytest.mark.parametrize(
    "specs",
    [
        [{"LOWER": "got"}, {"TAG": "VBN"}],
        [{"ENT_TYPE": "NORP"}, {"LOWER": "lot"}],
        [{"LOWER": {"REGEX": "^kick"}}, {"LOWER": "off"}],
        [{"LOWER": {"NOT_IN": ["a"]}}, {"LOWER": "off"}],
        [{"LOWER": "kicked"}, {"LOWER": "off", "POS": "ADP"}],
        [{"LOWER": "kicked"}, {}, {"LOWER": "off"}],
        [{"LOWER": "kicked"}, {"LOWER": "right", "OP": "+"}, {"LOWER": "off"}],
        [{"LOWER": "kicked"}, {"LOWER": "right", "OP": "*"}, {"LOWER": "off"}],
        [{"LOWER": "kicked"}, {"LOWER": "not", "OP": "!"}, {"LOWER": "off"}],
        [{"LOWER": "very", "OP": "?"}, {"LOWER": "drunk"}],
        [{"LOWER": "drunk"}, {"LOWER": "again", "OP": "?"}],
        [{"LOWER": "at"}, {"LOWER": "\n"}, {"LOWER": "risk"}],
        [{"LOWER": "at"}, {"LOWER": {"IN": []}}],
        [{"LOWER": 1}],
        [],
        [{"LOWER": "a"}, *[{"LOWER": "b", "OP": "?"}] * 7, {"LOWER": "c"}],
    ],
    ids=[
        "tag",
        "entity",
        "regex",
        "not-in",
        "two-attributes",
        "wildcard",
        "one-or-more",
        "any-number",
        "negation",
        "optional-first",
        "optional-last",
        "whitespace-word",
        "empty-list",
        "not-a-string",
        "empty",
        "too-many-variants",
    ],
)
def test_other_patterns_stay_with_the_matcher(specs):
    assert literal_sequences(specs) is None


def test_required_steps_are_the_literal_words_without_an_op():
    specs = [
        {"LOWER": {"IN": ["got", "gets"]}},
        {"LOWER": "herself"},
        {"LOWER": "really", "OP": "?"},
        {"TAG": "VBN"},
    ]
    assert required_steps(specs) == [_step(LOWER, "got", "gets"), _step(LOWER, "herself")]


def test_index_matches_across_line_breaks_and_reports_each_match_once(nlp):
    index = LiteralIndex()
    index.add("at-risk", literal_sequences([{"LOWER": "at"}, {"LOWER": "risk"}]))
    index.add(
        "own-fault",
        literal_sequences([{"LOWER": "her"}, {"LOWER": "own", "OP": "?"}, {"LOWER": "fault"}]),
    )
    index.add("kick", literal_sequences([{"LEMMA": "kick"}]))
    doc = nlp("Putting herself at\nrisk, her own fault, her\n\nfault. She kicked at risk")
    words = TokenValues(doc, index.attrs)
    found = sorted(index.matches(words), key=lambda m: (m[1], m[0]))
    assert [(key, doc[start:end].text) for key, start, end in found] == [
        ("at-risk", "at\nrisk"),
        ("own-fault", "her own fault"),
        ("own-fault", "her\n\nfault"),
        ("kick", "kicked"),
        ("at-risk", "at risk"),
    ]


def test_index_ignores_a_sequence_cut_by_the_end_of_the_doc(nlp):
    index = LiteralIndex()
    index.add("at-risk", literal_sequences([{"LOWER": "at"}, {"LOWER": "risk"}]))
    assert list(index.matches(TokenValues(nlp("She was at"), index.attrs))) == []


def test_token_values_know_which_words_a_doc_holds(nlp):
    words = TokenValues(nlp("She got herself\narrested."), {LOWER})
    assert words.positions == [0, 1, 2, 4, 5]
    assert words.has(_step(LOWER, "herself", "himself"))
    assert not words.has(_step(LOWER, "themselves"))
