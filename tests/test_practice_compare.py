"""Practice: sentences load and validate; a rewrite is compared with the original by principle."""

from __future__ import annotations

import pytest

from tips_nlp.coach import CheckResult, Finding, RulesError
from tips_nlp.practice import compare_rewrite, flagged_items, load_practice_items
from tips_nlp.wording import coach_checker

needs_coach = pytest.mark.skipif(coach_checker() is None, reason="tips_nlp.check not built yet")


def _finding(text: str, rule_id: str, principle: str, severity: str = "suggestion") -> Finding:
    return Finding(0, len(text), text, rule_id, "c", principle, severity, "why", ["alt"], "src")


ORIGINAL = CheckResult(
    [
        _finding("kicked off", "kicked-off", "Trust"),
        _finding("attention seeking", "as", "Empowerment"),
    ]
)


def test_everything_resolved():
    feedback = compare_rewrite("a", ORIGINAL, "b", CheckResult([]))
    assert feedback.improved
    assert feedback.summary.startswith("Well done: nothing in your rewrite is flagged.")
    assert [p.message() for p in feedback.progress] == [
        "Trust: 1 → 0 flagged (resolved). No longer flagged: “kicked off”.",
        "Empowerment: 1 → 0 flagged (resolved). No longer flagged: “attention seeking”.",
    ]


def test_partly_resolved_with_a_new_flag():
    after = CheckResult(
        [_finding("kicked off", "kicked-off", "Trust"), _finding("mouthy", "mouthy", "Trust")]
    )
    feedback = compare_rewrite("a", ORIGINAL, "b", after)
    assert not feedback.improved
    assert feedback.summary.startswith("The same number of phrases is flagged")
    assert [p.message() for p in feedback.progress] == [
        "Trust: 1 → 2 flagged (worse). Still flagged: “kicked off”. Newly flagged: “mouthy”.",
        "Empowerment: 1 → 0 flagged (resolved). No longer flagged: “attention seeking”.",
    ]


def test_info_findings_do_not_count():
    after = CheckResult([_finding("quoted words", "kicked-off", "Trust", severity="info")])
    feedback = compare_rewrite("a", ORIGINAL, "b", after)
    assert [(p.principle, p.before, p.after) for p in feedback.progress] == [
        ("Trust", 1, 0),
        ("Empowerment", 1, 0),
    ]


def test_blank_and_unchanged_rewrites_get_their_own_message():
    assert compare_rewrite("a", ORIGINAL, "  ", ORIGINAL).summary.startswith("Write your rewrite")
    same = compare_rewrite("She kicked off.", ORIGINAL, " she  KICKED off. ", ORIGINAL)
    assert same.summary.startswith("The rewrite is the same as the original.")


def test_practice_file_is_validated(tmp_path):
    path = tmp_path / "practice.yml"
    path.write_text("- text: A sentence.\n  genre: podcast\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"practice.yml: record 1 has unknown genre 'podcast'"):
        load_practice_items(path)
    path.write_text("- text: A.\n  genre: ppn1\n- text: A.\n  genre: debrief\n", encoding="utf-8")
    with pytest.raises(RulesError, match="listed twice"):
        load_practice_items(path)


def test_bundled_practice_sentences_load():
    items = load_practice_items()
    assert len(items) >= 10
    assert {item.genre for item in items} == {
        "debrief",
        "case_study",
        "ppn1",
        "custody",
        "stop_search",
        "bwv_review",
    }


@needs_coach
def test_every_practice_sentence_gives_the_coach_something_to_flag():
    items = load_practice_items()
    assert flagged_items(items, coach_checker()) == list(items)


@needs_coach
def test_a_real_rewrite_is_credited_by_principle():
    check = coach_checker()
    original = "The girl kicked off when officers arrived and was attention seeking throughout."
    rewrite = "The girl kicked off when officers arrived and asked for her mum throughout."
    feedback = compare_rewrite(original, check(original), rewrite, check(rewrite))
    assert feedback.improved
    assert [p.message() for p in feedback.progress] == [
        "Trust: 1 → 1 flagged (unchanged). Still flagged: “kicked off”.",
        "Empowerment: 1 → 0 flagged (resolved). No longer flagged: “attention seeking”.",
    ]
