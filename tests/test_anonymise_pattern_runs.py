"""run_patterns gives what Presidio's PatternRecognizer.analyze gives, for every recognizer."""

from __future__ import annotations

from pathlib import Path

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from tips_nlp.anonymise import regex_timeouts
from tips_nlp.anonymise.pattern_runs import run_patterns, thin_pattern_loops
from tips_nlp.anonymise.regex_timeouts import RegexTimeoutError, fail_closed_on_regex_timeout
from tips_nlp.evaluate.corpus import load_corpus

DATA = Path(__file__).resolve().parent.parent / "data" / "anonymiser"

TEXTS = [
    "Kyle O'Brien (DOB 03/04/2009) of 12 Acacia Avenue, SO17 1BJ; NHS 943 476 5919.",
    "PC 4521 Smith saw VRM AB12 CDE outside the Red Lion pub; crime ref 44230012345.",
    "Email kyle@example.com, www.example.com, 192.168.0.1, NI number AB 12 34 56 C.",
    "Nothing personal here at all.",
    "",
]


def _view(results) -> list[tuple]:  # noqa: ANN001
    return [
        (
            r.entity_type,
            r.start,
            r.end,
            r.score,
            r.recognition_metadata,
            r.analysis_explanation.to_dict(),
        )
        for r in results
    ]


def _pattern_recognizers(anonymiser) -> list[PatternRecognizer]:  # noqa: ANN001
    return [
        r
        for r in anonymiser.analyzer.registry.recognizers
        if isinstance(r, PatternRecognizer) and type(r).analyze is PatternRecognizer.analyze
    ]


def test_bundled_pattern_recognizers_run_the_thin_loop(anonymiser) -> None:
    recognizers = _pattern_recognizers(anonymiser)
    assert len(recognizers) > 20
    assert all(r.analyze.func is run_patterns for r in recognizers)


@pytest.mark.parametrize("text", TEXTS)
def test_same_results_as_presidios_loop(anonymiser, text: str) -> None:
    found = 0
    for recognizer in _pattern_recognizers(anonymiser):
        ours = recognizer.analyze(text=text, entities=recognizer.supported_entities)
        theirs = PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
        assert _view(ours) == _view(theirs)
        found += len(ours)
    assert found or not text.strip() or text.startswith("Nothing")


def test_same_results_on_every_dev_text(anonymiser) -> None:
    texts = [d.text for folder in sorted(DATA.glob("dev*")) for d in load_corpus(folder)]
    recognizers = _pattern_recognizers(anonymiser)
    differ = [
        (recognizer.name, i)
        for i, text in enumerate(texts)
        for recognizer in recognizers
        if _view(recognizer.analyze(text=text, entities=recognizer.supported_entities))
        != _view(PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities))
    ]
    assert differ == []


class _Checked(PatternRecognizer):
    """A checksum that fails ("0000") and an invalidation ("9999"): scores as Presidio's."""

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if pattern_text.startswith("1") else pattern_text != "0000"

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return pattern_text == "9999"


def _checked() -> _Checked:
    recognizer = _Checked(
        supported_entity="ID",
        name="CheckedRecognizer",
        patterns=[Pattern("four digits", r"\b\d{4}\b", 0.4), Pattern("any", r"x*", 0.3)],
    )
    fail_closed_on_regex_timeout([recognizer])
    return recognizer


def test_validation_and_invalidation_scores_as_presidio() -> None:
    recognizer = _checked()
    text = "0000 1234 5678 9999"
    theirs = PatternRecognizer.analyze(recognizer, text, ["ID"])
    thin_pattern_loops([recognizer])
    ours = recognizer.analyze(text=text, entities=["ID"])
    assert _view(ours) == _view(theirs)
    assert [(r.start, r.end, r.score) for r in ours] == [(10, 14, 1.0), (5, 9, 0.4)]


def test_a_recognizer_with_its_own_analyze_keeps_it(anonymiser) -> None:
    own = [
        r
        for r in anonymiser.analyzer.registry.recognizers
        if isinstance(r, PatternRecognizer) and type(r).analyze is not PatternRecognizer.analyze
    ]
    assert all("analyze" not in vars(r) for r in own)


def test_unwrapped_patterns_use_presidios_loop() -> None:
    recognizer = PatternRecognizer(
        supported_entity="ID", name="Plain", patterns=[Pattern("d", r"\d{4}", 0.5)]
    )
    thin_pattern_loops([recognizer])
    assert [(r.start, r.end) for r in recognizer.analyze(text="ab 1234", entities=["ID"])] == [
        (3, 7)
    ]


def test_a_timeout_still_fails_closed(monkeypatch) -> None:
    recognizer = PatternRecognizer(
        supported_entity="ID", name="Slow", patterns=[Pattern("slow", r"(a|aa)+$", 0.5)]
    )
    fail_closed_on_regex_timeout([recognizer])
    thin_pattern_loops([recognizer])
    monkeypatch.setattr(regex_timeouts, "REGEX_TIMEOUT_SECONDS", 0.05)
    with pytest.raises(RegexTimeoutError):
        recognizer.analyze(text="a" * 60 + "!", entities=["ID"])
