"""check(text) parses without the entity recogniser and runs it only when the coach needs
entities (a rule on an entity type, the name-the-actor note); the result equals checking a
fully parsed Doc."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import ENTITY_COMPONENT, Coach
from tips_nlp.coach.notes import load_note_config, name_the_actor_note
from tips_nlp.coach.rules import get_rule_matcher


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=None)


def _recorder(nlp, calls: list[str]):
    recogniser = nlp.get_pipe(ENTITY_COMPONENT)

    def ensure_entities(doc) -> None:
        calls.append(doc.text)
        if not doc.has_annotation("ENT_IOB"):
            recogniser(doc)

    return ensure_entities


@pytest.mark.parametrize(
    ("text", "rule_ids", "note_ids"),
    [
        ("We spoke to the Polish lot outside the shop.", ["stereotype-community"], []),
        ("Kyle Parker lives nearby. She was assaulted in the park.", [], ["name-the-actor"]),
        ("Her boyfriend came home. She was assaulted in the kitchen.", [], ["name-the-actor"]),
        ("She was assaulted in the kitchen.", [], []),
    ],
    ids=["entity-type-rule", "person-entity-note", "named-by-word", "no-one-named"],
)
def test_check_equals_checking_a_full_parse(coach, nlp, text, rule_ids, note_ids):
    result = coach.check(text)
    assert [f.rule_id for f in result.findings] == rule_ids
    assert [n.id for n in result.notes] == note_ids
    assert result == coach.check_doc(nlp(text))


def test_entity_rule_asks_for_entities_only_when_its_words_are_there(nlp):
    matcher = get_rule_matcher()
    calls: list[str] = []
    plain = nlp("We spoke to the Polish family outside the shop.", disable=[ENTITY_COMPONENT])
    assert matcher.matches(plain, ensure_entities=_recorder(nlp, calls)) == []
    assert calls == []
    text = "We spoke to the Polish lot outside the shop."
    doc = nlp(text, disable=[ENTITY_COMPONENT])
    found = matcher.matches(doc, ensure_entities=_recorder(nlp, calls))
    assert [(m.rule.id, m.span.text) for m in found] == [("stereotype-community", "Polish lot")]
    assert calls == [text]


def test_name_the_actor_asks_for_entities_only_when_no_word_names_others(nlp):
    config = load_note_config()
    calls: list[str] = []
    by_word = nlp("Her boyfriend came home. She was hit.", disable=[ENTITY_COMPONENT])
    assert len(name_the_actor_note(by_word, config, ensure_entities=_recorder(nlp, calls))) == 1
    assert calls == []
    by_name = nlp("Kyle Parker came home. She was hit.", disable=[ENTITY_COMPONENT])
    assert len(name_the_actor_note(by_name, config, ensure_entities=_recorder(nlp, calls))) == 1
    assert calls == ["Kyle Parker came home. She was hit."]
