"""Document-level notes: own words recorded, described not labelled, the actor named."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import Coach
from tips_nlp.coach.notes import agentless_passives, load_note_config


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=None)


def _note_ids(coach: Coach, text: str) -> list[str]:
    return [n.id for n in coach.check(text).notes]


def test_quoted_words_of_the_child_are_recorded(coach):
    text = (
        "Officers attended the address. Jade was in her bedroom. "
        'She said "I don\'t want to go back there".'
    )
    assert _note_ids(coach, text) == ["own-words-recorded"]


def test_narrative_without_the_persons_words(coach):
    text = "Officers attended the address. Jade was in her bedroom. She was crying."
    assert _note_ids(coach, text) == ["own-words-missing"]


def test_single_sentence_gets_no_narrative_notes(coach):
    assert _note_ids(coach, "Jade was in her bedroom.") == []


def test_labels_without_observations(coach):
    text = (
        "Male was aggressive and non-compliant. He is a known drinker. "
        "He was uncooperative throughout."
    )
    ids = _note_ids(coach, text)
    assert "describe-not-label" in ids


def test_labels_balanced_by_observations_get_no_note(coach):
    text = (
        "He was aggressive. He shouted at officers, threw a cup and kicked the door. "
        "I saw him punch the wall and heard him say he would not go."
    )
    assert "describe-not-label" not in _note_ids(coach, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was assaulted. Her partner left.", ["was assaulted"]),
        ("She had been repeatedly hit.", ["been repeatedly hit"]),
        ("He got punched at the party.", ["got punched"]),
        ("She was raped by her uncle.", []),
        ("She was hit by a car.", []),
        ("He was arrested.", []),
        ('She said "I was hit".', []),
    ],
)
def test_agentless_harm_passives(nlp, text, expected):
    from tips_nlp.coach.quotes import quoted_spans

    config = load_note_config()
    assert agentless_passives(nlp(text), config, quoted_spans(text)) == expected


def test_name_the_actor_needs_others_in_the_text(coach):
    named = "Her boyfriend came home at 11pm. She was assaulted in the kitchen."
    alone = "She was assaulted in the kitchen."
    assert "name-the-actor" in _note_ids(coach, named)
    assert "name-the-actor" not in _note_ids(coach, alone)
    note = next(n for n in coach.check(named).notes if n.id == "name-the-actor")
    assert '"was assaulted"' in note.message
    assert note.principle == "Safety"
