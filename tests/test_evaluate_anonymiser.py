"""Scoring the anonymiser: the letter-and-digit coverage rule, keep rate, precision, F2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tips_nlp.evaluate.anonymiser import (
    Count,
    evaluate,
    format_report,
    merge_spans,
    presidio_default_detector,
    score_system,
    tips_nlp_detector,
)
from tips_nlp.evaluate.corpus import Document, load_corpus, parse_markup


def doc(raw: str, name: str = "ppn1_001.txt") -> Document:
    text, spans = parse_markup(raw)
    return Document(name, text, spans)


def find(document: Document, surface: str) -> tuple[int, int]:
    start = document.text.index(surface)
    return start, start + len(surface)


@pytest.mark.parametrize(
    ("detected", "protected"),
    [
        (["Janet O'Brien"], True),
        (["Mrs Janet O'Brien rang"], True),  # covering more than the span is fine
        (["Janet"], False),  # partial coverage is a miss
        (["Janet O", "Brien"], True),  # the apostrophe is not a letter or digit
        (["Janet", "Brien"], False),  # the "O" is left showing
        (["anet O'Brien"], False),
        ([], False),
    ],
)
def test_a_gold_span_is_protected_only_when_every_letter_and_digit_is_covered(detected, protected):
    document = doc("Mrs [[PERSON|Janet O'Brien]] rang.")
    score = score_system("x", [document], [[find(document, s) for s in detected]])
    assert score.recall_by_type["PERSON"] == Count(int(protected), 1)


def test_punctuation_and_spaces_inside_or_around_a_span_do_not_matter():
    document = doc("Call ([[PHONE|07700 900123]]) or [[PHONE|(023) 9238 1234]].")
    detections = [
        find(document, "07700"),
        find(document, "900123"),
        find(document, "023) 9238 1234"),
    ]
    score = score_system("x", [document], [detections])
    assert score.recall_by_type["PHONE"] == Count(2, 2)


@pytest.mark.parametrize(
    ("detected", "kept"),
    [
        ([], True),
        (["Kyle"], True),
        (["Kyle's "], True),  # touching only the space before it
        (["s social"], False),  # one letter touched is enough to lose it
        (["social worker"], False),
    ],
)
def test_a_keep_span_counts_as_kept_only_when_no_letter_is_touched(detected, kept):
    document = doc("[[PERSON|Kyle]]'s [[KEEP|social worker]] came.")
    score = score_system("x", [document], [[find(document, s) for s in detected]])
    assert score.keep == Count(int(kept), 1)


def test_precision_counts_merged_detections_that_share_a_letter_with_non_keep_gold():
    document = doc(
        "[[PERSON|J.S.]] told [[KEEP|Mum]] at [[PLACE|Fratton]] on Tuesday, "
        "ring [[PHONE|07700 900123]]."
    )
    detections = [
        find(document, "J.S"),  # true
        find(document, "Mum"),  # KEEP only: false
        find(document, "Fratt"),  # overlaps a quasi span: true (but PLACE not protected)
        find(document, "Tuesday"),  # no gold: false
        find(document, "07700 9"),  # these two overlap: merged into one true detection
        find(document, "900123"),
    ]
    score = score_system("x", [document], [detections])
    assert score.precision == Count(3, 5)
    assert score.recall_by_tier == {"direct": Count(2, 2), "quasi": Count(0, 1)}
    assert score.recall_pooled == Count(2, 3)
    assert score.keep == Count(0, 1)
    # F2 = 5PR / (4P + R) with P = 3/5, R = 2/3
    assert score.f2 == pytest.approx(5 * 0.6 * (2 / 3) / (4 * 0.6 + 2 / 3))
    assert [(m.type, m.text) for m in score.misses] == [("PLACE", "Fratton")]


def test_detections_touching_only_punctuation_of_gold_are_false():
    document = doc("Seen: [[PERSON|J.S.]]")
    score = score_system("x", [document], [[(document.text.index("S.") + 1, len(document.text))]])
    assert score.precision == Count(0, 1)


def test_merge_spans_unions_overlaps_only():
    assert merge_spans([(5, 9), (0, 3), (2, 4), (4, 5), (6, 8), (7, 7)]) == [(0, 4), (4, 5), (5, 9)]


def test_type_absent_from_corpus_is_not_reported_and_f2_needs_detections():
    document = doc("Nothing to see but [[KEEP|hope]].")
    score = score_system("x", [document], [[]])
    assert score.recall_by_type == {}
    assert score.recall_pooled == Count(0, 0) and score.f2 is None
    assert score.keep == Count(1, 1)


TWO_DOCS = {
    "ppn1_001.txt": (
        "She gave [[PHONE|07700 900123]] and [[EMAIL|kyle.b@example.com]] as contacts on "
        "[[DATE|12 March 2024]]; she was [[KEEP|worried]].\n"
    ),
    "custody_001.txt": (
        "The postcode is [[POSTCODE|PO6 3HD]] and the NHS number is [[NHS|943 476 5919]]. "
        "The [[KEEP|social worker]] stayed [[KEEP|calm]]. Custody record [[CUSTODY_REF|Z7]].\n"
    ),
}


@pytest.fixture()
def two_doc_corpus(tmp_path):
    for name, raw in TWO_DOCS.items():
        (tmp_path / name).write_text(raw, encoding="utf-8")
    return tmp_path


def test_end_to_end_on_the_real_engine(two_doc_corpus, anonymiser):
    report = evaluate(load_corpus(two_doc_corpus), systems={"tips-nlp": tips_nlp_detector})
    (score,) = report.systems
    # By hand: phone, email, date, postcode and NHS number are found; the made-up
    # two-character custody ref "Z7" is not; nothing else is detected; no KEEP word touched.
    assert report.documents == 2 and report.gold_spans == 9
    assert score.recall_by_type == {
        "POSTCODE": Count(1, 1),
        "PHONE": Count(1, 1),
        "EMAIL": Count(1, 1),
        "NHS": Count(1, 1),
        "CUSTODY_REF": Count(0, 1),
        "DATE": Count(1, 1),
    }
    assert score.recall_by_tier == {"direct": Count(4, 5), "quasi": Count(1, 1)}
    assert score.keep == Count(3, 3)
    assert score.precision == Count(5, 5)
    assert score.f2 == pytest.approx(5 * 1 * (5 / 6) / (4 * 1 + 5 / 6))
    text = format_report(report, misses=True)
    assert "CUSTODY_REF (1): 'Z7' (custody_001.txt)" in text


def test_presidio_baseline_runs_offline_with_the_offline_email_check():
    detect = presidio_default_detector()
    text = "Email kyle.b@example.com from PO6 3HD."
    found = {text[start:end] for start, end in detect(text)}
    assert "kyle.b@example.com" in found
    assert "PO6 3HD" not in found  # Presidio has no UK postcode recognizer by default


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tips_nlp.cli", "eval", "anonymiser", *args],
        capture_output=True,
        timeout=600,
    )


def test_cli_json_scores_both_systems(two_doc_corpus):
    proc = run_cli(str(two_doc_corpus), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [s["system"] for s in data["systems"]] == ["tips-nlp", "presidio"]
    assert data["systems"][0]["recall_by_tier"]["direct"] == {"hit": 4, "total": 5, "rate": 0.8}
    assert any("OfflineEmailRecognizer" in note for note in data["notes"])


def test_cli_malformed_corpus_is_one_line_naming_the_file(tmp_path):
    (tmp_path / "ppn1_001.txt").write_text("Seen [[PERSON|Secretname", encoding="utf-8")
    proc = run_cli(str(tmp_path))
    assert proc.returncode == 1 and proc.stdout == b""
    message = proc.stderr.decode()
    assert message.count("\n") == 1 and "ppn1_001.txt:1:6" in message
    assert "Secretname" not in message


def test_default_corpus_missing_gives_a_clear_error(tmp_path, monkeypatch):
    import tips_nlp
    from tips_nlp import cli

    monkeypatch.setattr(tips_nlp, "__file__", str(tmp_path / "site" / "tips_nlp" / "__init__.py"))
    with pytest.raises(cli.CliError, match="pass a corpus folder"):
        cli._default_anonymiser_corpus()
