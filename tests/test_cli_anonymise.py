"""`tips-nlp anonymise` on stdin and on a file; errors are one line and never echo the text."""

from __future__ import annotations

import json
import subprocess
import sys

ISSUE_EXAMPLE = (
    "Mrs Janet O'Brien (07700 900123, janet.obrien@example.com) of PO7 5DE, NHS 943 476 5919."
)


def run_cli(*args: str, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tips_nlp.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=300,
    )


def test_json_on_stdin_gives_entities_with_original_offsets():
    proc = run_cli("anonymise", "--format", "json", stdin=ISSUE_EXAMPLE.encode())
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    found = {(ISSUE_EXAMPLE[e["start"] : e["end"]], e["entity_type"]) for e in data["entities"]}
    assert found == {
        ("Janet O'Brien", "PERSON"),
        ("07700 900123", "PHONE_NUMBER"),
        ("janet.obrien@example.com", "EMAIL_ADDRESS"),
        ("PO7 5DE", "UK_POSTCODE"),
        ("NHS 943 476 5919", "UK_NHS"),  # its label is inside the span
    }
    assert "O'Brien" not in proc.stdout.decode()


def test_text_from_a_file(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("She gave her number as 07700 900123.\n", encoding="utf-8")
    proc = run_cli("anonymise", str(source))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "She gave her number as [PHONE 1].\n"


def test_missing_file_is_one_line_and_non_zero(tmp_path):
    proc = run_cli("anonymise", str(tmp_path / "absent.txt"))
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert proc.stderr.decode().count("\n") == 1
    assert "no such file" in proc.stderr.decode()


def test_non_utf8_input_fails_closed_without_echoing_it():
    secret = "Janet O'Brien".encode("utf-16")
    proc = run_cli("anonymise", stdin=secret)
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert b"Janet" not in proc.stderr and secret not in proc.stderr
    assert "not UTF-8" in proc.stderr.decode()


def test_example_flag_prints_an_anonymised_example():
    proc = run_cli("anonymise", "--example")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "[PERSON 1]" in out and "07700 900123" not in out
