"""Rule findings on hand-written sentences: inflections, quoted speech, ordinary senses, spans."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import Coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=None)


def _found(coach: Coach, text: str) -> list[tuple[str, str, int, int]]:
    return [(f.rule_id, f.text, f.start, f.end) for f in coach.check(text).findings]


INFLECTIONS = [
    ("He kicked off in the cell.", [("kicked-off", "kicked off", 3, 13)]),
    ("He kicks off whenever he is searched.", [("kicked-off", "kicks off", 3, 12)]),
    ("Kicking off again, she threw a chair.", [("kicked-off", "Kicking off", 0, 11)]),
    ("He will kick off if moved.", [("kicked-off", "kick off", 8, 16)]),
    ("She claimed he hit her.", [("claims", "claimed", 4, 11)]),
    (
        "She is putting herself at risk.",
        [("putting-self-at-risk", "putting herself at risk", 7, 30)],
    ),
    ("He puts himself in danger.", [("putting-self-at-risk", "puts himself in danger", 3, 25)]),
    ("He committed suicide in 2020.", [("committed-suicide", "committed suicide", 3, 20)]),
    ("Refusing to engage with officers.", [("refused-to-engage", "Refusing to engage", 0, 18)]),
    ("She suffers from epilepsy.", [("suffers-from", "suffers from", 4, 16)]),
    ("Her test came back clean.", [("clean-drug-test", "came back clean", 9, 24)]),
    ("He was abusing drugs.", [("drug-abuser", "abusing drugs", 7, 20)]),
    ("She is attention-seeking.", [("attention-seeking", "attention-seeking", 7, 24)]),
    ("It’s a toxic relationship.", [("volatile-relationship", "toxic relationship", 7, 25)]),
    ("What’s wrong with you?", [("whats-wrong-with-you", "What’s wrong with you", 0, 21)]),
    (
        "She is putting herself at\nrisk.",
        [("putting-self-at-risk", "putting herself at\nrisk", 7, 30)],
    ),
]

QUOTED = [
    'She said "I kicked off because he hit me".',
    "He told me “she’s a psycho” and walked off.",
    'Her words were "I\'m a junkie, I know".',
    'The boy said "I was putting myself at risk, they told me".',
]

ORDINARY_SENSES = [
    "The kitchen was clean and tidy.",
    "The fence was high.",
    "The court refused bail.",
    "Magistrates refused to grant bail.",
    "She claimed asylum in 2019.",
    "He claimed benefits until March.",
    "Please contact the GP tomorrow.",
    "The engine kicked off at 6am.",
    "The match kicked off at three.",
    "He was kicked off the bus by the driver.",
    "The car was aggressive-looking.",
    "The dog was aggressive towards the officers.",
    "He suffered from head injuries after the fall.",
    "The alleged offence happened at 2am.",
    "She has a mental health condition and sees her GP.",
    "He was smoking a fag outside.",
    "They climbed over a dwarf wall.",
    "She asked for a drink of water.",
    "He was sectioned under the Mental Health Act.",
    "The suspect has previous convictions for theft.",
    "So-called honour-based abuse was discussed at MARAC.",
    "She is a wheelchair user and has a learning disability.",
    "He was charged with perverting the course of justice.",
    "She was wearing a grey hoodie.",
    "The victim described the suspect as aggressive.",
]


@pytest.mark.parametrize(("text", "expected"), INFLECTIONS)
def test_inflections_and_exact_spans(coach, text, expected):
    assert _found(coach, text) == expected


@pytest.mark.parametrize("text", QUOTED)
def test_quoted_speech_is_the_persons_own_voice(coach, text):
    result = coach.check(text)
    assert result.findings == []
    assert "quoted-words-left-as-said" in [n.id for n in result.notes]


@pytest.mark.parametrize("text", ORDINARY_SENSES[:-1])
def test_ordinary_senses_are_not_flagged(coach, text):
    assert _found(coach, text) == []


def test_reported_label_outside_quotes_is_still_a_finding(coach):
    """Without quote marks the label is the writer's word, so it is flagged."""
    assert [f.rule_id for f in coach.check(ORDINARY_SENSES[-1]).findings] == ["aggressive"]


def test_longest_match_wins(coach):
    assert _found(coach, "She is a child prostitute.") == [
        ("child-prostitute", "child prostitute", 9, 25)
    ]


def test_finding_carries_reason_alternatives_principle_and_source(coach):
    (finding,) = coach.check("He was non-compliant.").findings
    assert finding.principle == "Collaboration"
    assert finding.severity == "suggestion"
    assert finding.alternatives and finding.reason and finding.source.startswith("https://")
    assert finding.category == "labelling-behaviour"


def test_rules_can_be_switched_off(coach, nlp):
    doc = nlp("He kicked off.")
    assert coach.check_doc(doc, use_rules=False).findings == []
    assert len(coach.check_doc(doc).findings) == 1


def test_every_alternative_passes_the_coach(coach):
    """Following the advice must never produce new advice."""
    triggered = []
    for rule in coach.matcher.rules.values():
        for alternative in rule.alternatives:
            found = [f.rule_id for f in coach.check(alternative).findings]
            if found:
                triggered.append((rule.id, alternative, found))
    for category in coach.categories.values():
        for alternative in category.alternatives:
            found = [f.rule_id for f in coach.check(alternative).findings]
            if found:
                triggered.append((category.id, alternative, found))
    assert triggered == []
