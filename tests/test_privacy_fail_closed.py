"""Fail closed: when any step of anonymisation raises, no text comes back and nothing is written.

Each step is broken in turn (parsing, a recognizer, placeholder numbering, Presidio's
replacement); the API must raise AnonymisationError and the CLI must exit 1 with one line on
stderr and nothing on stdout.
"""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer
from privacy_samples import NOTE, leaked

from tips_nlp import AnonymisationError, anonymise
from tips_nlp.anonymise import engine
from tips_nlp.cli import main

FAILED = "anonymisation failed ({name}); no text was returned"


class RaisingRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["BROKEN"], name="RaisingRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
        raise RuntimeError(f"recognizer broke on {text}")


def _break_parse(anonymiser, monkeypatch):
    def parse(text):  # noqa: ANN001, ANN202
        raise MemoryError(text)

    monkeypatch.setattr(anonymiser, "nlp", parse)
    return "MemoryError"


def _break_recognizer(anonymiser, monkeypatch):
    anonymiser.analyzer.registry.add_recognizer(RaisingRecognizer())  # removed by the fixture
    return "RuntimeError"


def _break_placeholders(anonymiser, monkeypatch):
    def numbering(spans, labels):  # noqa: ANN001, ANN202
        raise KeyError(" ".join(v for _, v in spans))

    monkeypatch.setattr(engine, "assign_placeholders", numbering)
    return "KeyError"


def _break_replacement(anonymiser, monkeypatch):
    def replace(text, analyzer_results, operators, **options):  # noqa: ANN001, ANN202
        raise ValueError(f"Invalid input text {text}")

    monkeypatch.setattr(anonymiser.anonymizer, "anonymize", replace)
    return "ValueError"


BREAKERS = {
    "parse": _break_parse,
    "recognizer": _break_recognizer,
    "placeholders": _break_placeholders,
    "replacement": _break_replacement,
}


@pytest.fixture(params=sorted(BREAKERS))
def broken_step(request, anonymiser, monkeypatch):
    """One step of the shared anonymiser raises (with the text in its message) until teardown."""
    before = list(anonymiser.analyzer.registry.recognizers)
    name = BREAKERS[request.param](anonymiser, monkeypatch)
    yield name
    monkeypatch.undo()
    anonymiser.analyzer.registry.recognizers[:] = before


def test_api_raises_and_returns_nothing(broken_step):
    with pytest.raises(AnonymisationError) as raised:
        anonymise(NOTE)
    assert str(raised.value) == FAILED.format(name=broken_step)
    assert raised.value.__context__ is None
    assert leaked(str(raised.value)) == []


def test_cli_exits_1_with_one_line_and_no_output(broken_step, tmp_path, capfd):
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["anonymise", str(note)]) == 1
    out, err = capfd.readouterr()
    assert out == ""
    assert err == f"tips-nlp: error: {FAILED.format(name=broken_step)}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.txt"]


def test_cli_unexpected_error_outside_anonymisation_is_one_line(monkeypatch, tmp_path, capfd):
    """An error the CLI does not know (here from rendering JSON) still prints no text."""
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")

    def explode(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise TypeError(f"Object of type str is not JSON serializable: {NOTE}")

    monkeypatch.setattr("json.dumps", explode)
    assert main(["anonymise", "--format", "json", str(note)]) == 1
    out, err = capfd.readouterr()
    assert out == ""
    assert err == "tips-nlp: error: unexpected TypeError; no output written\n"


def test_anonymiser_works_again_after_a_failure(anonymiser):
    """Breaking and restoring a step leaves the shared engine sound (the fixture's undo works)."""
    assert anonymise("Janet rang 07700 900123.").text == "[PERSON 1] rang [PHONE 1]."
