"""Nothing the user wrote reaches a log, a warning, stderr or an error message.

Every logger is opened up to DEBUG (as a host application might), the real pipeline runs on a
note full of identifiers, and all captured output is searched for them. Failures are forced
with a recognizer that raises and logs with the text in its message.
"""

from __future__ import annotations

import logging
import traceback
import warnings

import pytest
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import IbanRecognizer
from privacy_samples import NOTE, leaked

from tips_nlp import AnonymisationError, anonymise
from tips_nlp.anonymise import OPERATORS
from tips_nlp.cli import main

LOGGERS = (
    "",
    "presidio-analyzer",
    "presidio-anonymizer",
    "decision_process",
    "spacy",
    "streamlit",
    "tips_nlp",
)


class LeakyRecognizer(EntityRecognizer):
    """Fails the way a careless recognizer would: text in its log line and its exception."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["LEAKY"], name="LeakyRecognizer")

    def load(self) -> None:
        return None

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
        logging.getLogger("presidio-analyzer").error("cannot parse %s", text, exc_info=True)
        logging.getLogger("presidio-analyzer").debug(f"raw text: {text}")
        raise ValueError(f"cannot parse {text!r}")


@pytest.fixture
def everything_logged():
    """All loggers at DEBUG into one list; warnings recorded; levels restored afterwards."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(level=logging.DEBUG)
    saved = {name: logging.getLogger(name).level for name in LOGGERS}
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield records, caught
    logging.getLogger().removeHandler(handler)
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def rendered(records: list[logging.LogRecord], caught: list) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    lines = [formatter.format(r) for r in records]
    lines += [str(w.message) for w in caught]
    return "\n".join(lines)


@pytest.fixture
def leaky(anonymiser):
    recognizer = LeakyRecognizer()
    anonymiser.analyzer.registry.add_recognizer(recognizer)
    yield recognizer
    anonymiser.analyzer.registry.remove_recognizer(recognizer.name)


@pytest.mark.parametrize("operator", OPERATORS)
def test_anonymising_logs_no_identifier(everything_logged, capfd, operator):
    records, caught = everything_logged
    result = anonymise(NOTE, operator=operator, return_mapping=True)
    assert result.mapping  # the caller asked for originals: they are in the result only
    err = capfd.readouterr().err
    assert records, "the test must see the libraries' DEBUG output to mean anything"
    assert leaked(rendered(records, caught) + err) == []


def test_decision_tracer_switched_on_logs_no_text(anonymiser, everything_logged, capfd):
    """Presidio's decision tracer writes whole NLP artefacts (every token) when enabled."""
    records, caught = everything_logged
    anonymiser.analyzer.log_decision_process = True
    try:
        anonymise(NOTE)
    finally:
        anonymiser.analyzer.log_decision_process = False
    traced = [r for r in records if r.name == "decision_process"]
    assert traced and all("message withheld" in r.getMessage() for r in traced)
    assert leaked(rendered(records, caught) + capfd.readouterr().err) == []


def test_presidio_error_log_that_quotes_the_match_is_withheld(everything_logged):
    """IbanRecognizer logs the matched text at ERROR when its checksum code raises."""
    records, caught = everything_logged
    assert IbanRecognizer().validate_result("GB82WEST1234569876543\u00b2") is False
    assert [r.levelname for r in records if r.name == "presidio-analyzer"][-1] == "ERROR"
    assert "GB82WEST" not in rendered(records, caught)


def test_forced_failure_leaks_nothing_through_logs_or_the_error(leaky, everything_logged, capfd):
    records, caught = everything_logged
    with pytest.raises(AnonymisationError) as raised:
        anonymise(NOTE)
    error = raised.value
    assert str(error) == "anonymisation failed (ValueError); no text was returned"
    assert error.__cause__ is None and error.__context__ is None
    shown = "".join(traceback.format_exception(error))
    assert leaked(shown + rendered(records, caught) + capfd.readouterr().err) == []


def test_cli_logs_nothing_and_its_error_is_one_clean_line(
    leaky, everything_logged, capfd, tmp_path
):
    records, caught = everything_logged
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["anonymise", str(note)]) == 1
    out, err = capfd.readouterr()
    assert out == ""
    assert err == "tips-nlp: error: anonymisation failed (ValueError); no text was returned\n"
    assert leaked(rendered(records, caught)) == []


def test_cli_success_writes_only_the_anonymised_text(everything_logged, capfd, tmp_path):
    records, caught = everything_logged
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["anonymise", "--format", "json", str(note)]) == 0
    out, err = capfd.readouterr()
    assert err == ""
    assert "[PERSON 1]" in out
    assert leaked(rendered(records, caught)) == []


def test_checking_wording_logs_no_identifier(everything_logged, capfd, tmp_path):
    from tips_nlp import check

    records, caught = everything_logged
    result = check(NOTE)
    assert any(f.rule_id == "kicked-off" for f in result.findings)
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    assert main(["check", "--format", "json", str(note)]) == 0
    assert capfd.readouterr().err == ""
    assert leaked(rendered(records, caught)) == []
