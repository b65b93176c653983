"""Coach evaluation: metrics on a tiny set with known answers, and the CLI table."""

from __future__ import annotations

import json

import pytest

from tips_nlp.cli import main
from tips_nlp.coach.sentence_set import SentenceSetError, read_sentence_set
from tips_nlp.evaluate.coach import score_rows, score_systems

TINY = """text,label,kind,category,principle,source
He kicked off in custody.,flag,blaming,labelling-behaviour,Trust,t
Mum chooses the bottle over her kids.,flag,blaming,substance-use,Empowerment,t
She brings it on herself.,flag,blaming,victim-blaming,Safety,t
He is a junkie.,flag,blaming,substance-use,Empowerment,t
He shouted and threw a cup at the wall.,ok,neutral,,,t
Officers attended at 22:00.,ok,neutral,,,t
"She said ""I kicked off"".",ok,quoted,,,t
He became distressed and shouted.,ok,alternative,,,t
The match kicked off at three.,ok,homonym,,,t
The kitchen was clean.,ok,homonym,,,t
"""


@pytest.fixture()
def tiny(tmp_path):
    path = tmp_path / "tiny.csv"
    path.write_text(TINY, encoding="utf-8")
    return path


def test_score_rows_known_answers(tiny):
    rows = read_sentence_set(tiny)
    rules = [True, False, False, True, False, False, False, False, True, False]
    system = [True, True, False, True, True, False, False, False, True, False]
    scores = score_rows(rows, system, rules)
    assert scores.precision == pytest.approx(3 / 5)
    assert scores.recall == pytest.approx(3 / 4)
    assert scores.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert scores.false_flags == {
        "neutral": 0.5,
        "quoted": 0.0,
        "alternative": 0.0,
        "homonym": 0.5,
    }
    # Flag rows the rules miss: rows 2 and 3; the system catches row 2 only.
    assert scores.beyond_rules_rows == 2
    assert scores.recall_beyond_rules == pytest.approx(0.5)


def test_score_systems_scores_each_configuration_against_rules(tiny):
    rows = read_sentence_set(tiny)

    def verdicts(use_rules, use_classifier):
        by_rules = ["kicked off" in r.text or "junkie" in r.text for r in rows]
        by_model = ["bottle" in r.text for r in rows]
        return [
            (use_rules and a) or (use_classifier and b)
            for a, b in zip(by_rules, by_model, strict=True)
        ]

    results = score_systems(rows, verdicts)
    assert results["rules"].recall == pytest.approx(0.5)
    assert results["rules"].false_flags["quoted"] == 1.0
    assert results["classifier"].recall == pytest.approx(0.25)
    assert results["classifier"].recall_beyond_rules == pytest.approx(0.5)
    assert results["both"].recall == pytest.approx(0.75)
    assert results["both"].recall_beyond_rules == pytest.approx(0.5)


def test_bad_label_names_file_and_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(TINY.replace(",ok,neutral,", ",maybe,neutral,", 1), encoding="utf-8")
    with pytest.raises(SentenceSetError, match=r"bad\.csv: line 6: bad label/kind"):
        read_sentence_set(path)


def test_cli_eval_coach_through_the_engine(tiny, capsys):
    assert main(["eval", "coach", str(tiny), "--format", "json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert set(results) == {"rules", "classifier", "both"}
    assert {r["rows"] for r in results.values()} == {10}
    # Quoted speech is never flagged, by any configuration.
    assert {r["false_flags"]["quoted"] for r in results.values()} == {0.0}
    assert results["rules"]["recall_beyond_rules"] == 0.0
    assert results["both"]["recall"] >= results["rules"]["recall"]


def test_cli_eval_coach_missing_file(tmp_path, capsys):
    assert main(["eval", "coach", str(tmp_path / "nope.csv")]) == 1
    assert "no such sentence set" in capsys.readouterr().err
