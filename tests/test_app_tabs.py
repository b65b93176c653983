"""The Streamlit app, tab by tab, through Streamlit's own AppTest (real engines, no browser)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from docx import Document
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from tips_nlp.coach import PRINCIPLE_NAMES

APP = Path(__file__).resolve().parent.parent / "app.py"
ISSUE_EXAMPLE = "Mrs Janet O'Brien (07700 900123, janet.obrien@example.com) of PO7 5DE."
ISSUE_ANONYMISED = "Mrs [PERSON 1] ([PHONE 1], [EMAIL 1]) of [POSTCODE 1]."
HOSTILE = (
    '<script>alert("x")</script> <img src=x onerror=alert(1)> [click](http://example.com) '
    "$x^2$ call 07700 900123"
)


def digest(text: str) -> str:
    """The app's key for a text's cached results (same recipe as app.digest)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """What each download button would hand the browser, by file name."""
    saved: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        saved[filename] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return saved


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _anonymise(at: AppTest, text: str) -> AppTest:
    at.text_area(key="anon_text").set_value(text)
    at.run()
    assert not at.exception
    return at


def test_anonymise_shows_highlights_and_anonymised_text(app, downloads):
    _anonymise(app, ISSUE_EXAMPLE)
    assert app.code[0].value == ISSUE_ANONYMISED
    highlighted = app.get("html")[0].proto.body
    assert "<mark" in highlighted and "POSTCODE 1" in highlighted
    assert downloads["anonymised.txt"].decode() == ISSUE_ANONYMISED
    summary = downloads["anonymisation-summary.txt"].decode()
    assert "- PHONE: 1 item, 1 mention" in summary
    assert not any(v in summary for v in ("O'Brien", "07700", "example.com", "PO7"))


def test_unticking_a_detection_and_adding_a_phrase_update_the_result(app, downloads):
    _anonymise(app, ISSUE_EXAMPLE + " She keeps the blue caravan.")
    postcode = next(box for box in app.checkbox if "PO7 5DE" in box.label)
    postcode.uncheck()
    app.run()
    assert app.code[0].value.startswith("Mrs [PERSON 1] ([PHONE 1], [EMAIL 1]) of PO7 5DE.")
    assert app.warning[0].value.startswith("1 detection(s) unticked")

    app.text_input(key="anon_add_phrase").set_value("blue caravan")
    app.selectbox(key="anon_add_type").set_value("OTHER_DETAIL")
    app.button(key="anon_add_button").click()
    app.run()
    assert app.code[0].value == (
        "Mrs [PERSON 1] ([PHONE 1], [EMAIL 1]) of PO7 5DE. She keeps the [OTHER DETAIL 1]."
    )
    assert downloads["anonymised.txt"].decode() == app.code[0].value
    assert "Phrases the reviewer added: 1" in downloads["anonymisation-summary.txt"].decode()


def test_operator_choice_redacts(app):
    _anonymise(app, ISSUE_EXAMPLE)
    app.radio(key="anon_operator").set_value("redact")
    app.run()
    assert app.code[0].value == "Mrs [REDACTED] ([REDACTED], [REDACTED]) of [REDACTED]."


def test_docx_upload_fills_the_text_and_is_anonymised(app):
    document = Document()
    document.add_paragraph(ISSUE_EXAMPLE)
    buffer = io.BytesIO()
    document.save(buffer)
    app.file_uploader(key="anon_upload").upload("note.docx", buffer.getvalue())
    app.run()
    assert not app.exception
    assert app.text_area(key="anon_text").value == ISSUE_EXAMPLE
    assert app.code[0].value == ISSUE_ANONYMISED


def test_an_unreadable_upload_shows_an_error_not_its_content(app):
    app.file_uploader(key="anon_upload").upload("note.docx", b"Kyle Brown 07700 900123")
    app.run()
    assert "not a readable Word" in app.error[0].value
    assert "Kyle" not in app.error[0].value


def test_example_button_loads_a_fictional_text(app):
    app.button(key="anon_text_ex_ppn1").click()
    app.run()
    assert app.text_area(key="anon_text").value.startswith("PPN1 narrative.")
    assert "[PHONE 1]" in app.code[0].value


def test_hostile_text_is_shown_as_plain_text(app):
    _anonymise(app, HOSTILE)
    body = app.get("html")[0].proto.body
    assert "&lt;script&gt;" in body and "&lt;img src=x" in body
    assert "<script" not in body and "<img" not in body
    assert app.code[0].value.endswith("call [PHONE 1]")
    assert not any("click" in element.value for element in app.markdown)


def test_about_tab_lists_the_six_principles_in_order(app):
    names = [header.value for header in app.subheader if header.value in PRINCIPLE_NAMES]
    assert names == list(PRINCIPLE_NAMES)


def test_check_wording_highlights_findings_by_principle(app, downloads):
    app.text_area(key="check_text").set_value("She claims he hit her. Later she kicked off.")
    app.run()
    assert not app.exception
    bodies = [element.proto.body for element in app.get("html")]
    highlighted = next(b for b in bodies if "<mark" in b and "claims" in b)
    assert "1 · Trust" in highlighted and "2 · Trust" in highlighted
    assert any("Trust: 2" in b for b in bodies)
    assert any("“claims”" in b and "Why:" in b for b in bodies)
    report = downloads["wording-review.txt"].decode()
    assert report.startswith("Wording to review\n=================\n1. “claims” (Trust,")
    assert "- Trust: 2\n" in report


def test_quoted_speech_is_not_flagged_in_the_app(app):
    app.text_area(key="check_text").set_value('She said "I kicked off because he hit me".')
    app.run()
    shown = [e.proto.body for e in app.get("html") if "because he hit me" in e.proto.body]
    assert len(shown) == 1 and "<mark" not in shown[0]
    assert any(element.value == "Nothing flagged." for element in app.markdown)


def test_case_study_anonymises_and_checks_in_one_step(app, downloads):
    app.text_area(key="case_text").set_value(
        "Kyle Brown (07700 900123) kicked off when officers arrived."
    )
    app.run()
    assert not app.exception
    report = downloads["case-study.txt"].decode()
    assert report.startswith("Anonymised case study\n=====================\n")
    assert "[PHONE 1]" in report and "07700 900123" not in report
    assert "“kicked off” (Trust" in report


def test_practice_credits_a_rewrite(app):
    first = app.selectbox(key="practice_choice")
    assert first.value == 0
    app.text_area(key="practice_rewrite_0").set_value(
        "The girl shouted and cried when officers arrived and asked for her mum throughout."
    )
    app.run()
    assert not app.exception
    assert app.success[0].value.startswith("Well done: nothing in your rewrite is flagged.")
    bodies = " ".join(element.proto.body for element in app.get("html"))
    assert "Trust: 1 → 0 flagged (resolved). No longer flagged: “kicked off”." in bodies


def test_an_internal_error_shows_its_type_and_never_the_text(app):
    text = "Kyle Brown rang 07700 900123."
    app.session_state["_memo_anon"] = (digest(text), "not a list of detections")
    app.text_area(key="anon_text").set_value(text)
    app.run()
    assert not app.exception
    message = app.error[0].value
    assert message.startswith("Something went wrong (")
    assert "Kyle" not in message and "07700" not in message
