"""The Streamlit app (through AppTest, real engines): no identifier in logs, failures show a
message and no output, over-long text and zip bombs are refused with the limit named, and the
launch command switches usage statistics off."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from privacy_samples import NOTE, leaked
from streamlit.testing.v1 import AppTest
from test_privacy_fail_closed import RaisingRecognizer
from test_privacy_logs import everything_logged, rendered  # noqa: F401 - a fixture

from tips_nlp.limits import MAX_CHARS

APP = Path(__file__).resolve().parent.parent / "app.py"
TEXT_KEYS = ("anon_text", "check_text", "case_text")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    assert not at.exception
    return at


def shown(at: AppTest) -> str:
    """Everything the app displays, except the text boxes the user typed into."""
    parts: list[str] = []

    def walk(node: object) -> None:
        if getattr(node, "type", None) in ("text_area", "text_input"):
            return
        proto = getattr(node, "proto", None)
        if proto is not None and not getattr(node, "children", None):
            parts.append(str(proto))
        for child in (getattr(node, "children", None) or {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(parts)


def fill(at: AppTest, text: str, keys: tuple[str, ...] = TEXT_KEYS) -> AppTest:
    for key in keys:
        at.text_area(key=key).set_value(text)
    at.run()
    return at


def test_app_logs_no_identifier_in_any_tab(app, everything_logged, capfd):  # noqa: F811
    records, caught = everything_logged
    fill(app, NOTE)
    assert not app.exception
    assert not app.error
    assert "[PERSON 1]" in app.code[0].value
    assert leaked(rendered(records, caught) + capfd.readouterr().err) == []


def test_app_failure_shows_a_message_and_no_output(app, anonymiser, capfd):
    recognizer = RaisingRecognizer()
    anonymiser.analyzer.registry.add_recognizer(recognizer)
    try:  # the anonymising tabs (the wording check shows the user's own text by design)
        fill(app, NOTE, keys=("anon_text", "case_text"))
    finally:
        anonymiser.analyzer.registry.remove_recognizer(recognizer.name)
    assert not app.exception
    errors = [e.value for e in app.error]
    assert errors and all("no text is shown" in e or "Nothing was saved" in e for e in errors)
    assert not app.code
    assert leaked(shown(app)) == []
    assert leaked(capfd.readouterr().err) == []


def test_app_refuses_an_over_long_text_with_the_limit(app):
    fill(app, ("Janet O'Brien rang 07700 900123. " * (MAX_CHARS // 33 + 2)))
    assert not app.exception
    assert len(app.error) == 3
    for error in app.error:
        assert error.value.startswith("This text is too long to process: text is ")
        assert f"the limit is {MAX_CHARS:,}" in error.value
    assert leaked(shown(app)) == []


def test_app_refuses_a_zip_bomb_upload(app):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\x00" * 60_000_000)
    app.file_uploader(key="anon_upload").upload("note.docx", buffer.getvalue())
    app.run()
    assert not app.exception
    assert app.error[0].value == (
        "Could not read the file: the Word file would unpack to more than 50 MB."
    )
    assert app.text_area(key="anon_text").value == ""


def test_app_refuses_a_binary_file_named_txt(app):
    app.file_uploader(key="anon_upload").upload("note.txt", b"Janet\x00\x01\x02" * 100)
    app.run()
    assert app.error[0].value == "Could not read the file: this looks like a binary file, not text."
    assert "Janet" not in shown(app)


def test_launch_command_turns_usage_statistics_off(tmp_path):
    """Streamlit reads its options from flags or .streamlit/config.toml, not from the env var
    tips_nlp.nlp sets; the launch command passes them, so they hold from any folder."""
    from tips_nlp.launch import streamlit_command

    flags = [arg for arg in streamlit_command(8599) if arg.startswith("--")]
    proc = subprocess.run(
        [sys.executable, "-m", "streamlit", "config", "show", *flags],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    settings = {line.strip() for line in proc.stdout.splitlines()}
    assert "gatherUsageStats = false" in settings
    assert 'address = "127.0.0.1"' in settings
