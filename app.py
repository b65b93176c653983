"""tips-nlp in the browser: anonymise, check wording, case study, practice, the six principles.

Widgets and rendering only; every decision lives in `tips_nlp`. The user's text stays in this
session's memory: never cached to disk, never logged, always rendered escaped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import streamlit as st

from tips_nlp.anonymise import AnonymisationError, get_anonymiser
from tips_nlp.coach import load_principles
from tips_nlp.highlight import (
    counts_html,
    entity_marks,
    finding_card_html,
    finding_marks,
    highlight_html,
    lines_html,
    markdown_code_span,
    notes_html,
    principle_legend_html,
)
from tips_nlp.limits import TextTooLongError, check_length
from tips_nlp.nlp import get_nlp
from tips_nlp.practice import compare_rewrite, flagged_items, load_practice_items
from tips_nlp.resources import example_text
from tips_nlp.review_edits import (
    ADDED_TYPES,
    AddedPhrase,
    anonymise_reviewed,
    detections,
    phrase_spans,
    removal_summary,
    summary_lines,
    summary_text,
)
from tips_nlp.uploads import UPLOAD_TYPES, UploadError, read_upload
from tips_nlp.wording import (
    check_report,
    coach_checker,
    coach_doc_checker,
    ordered_findings,
    principle_counts,
)

EXAMPLES = {
    "debrief": "Debrief",
    "case_study": "Case study",
    "ppn1": "PPN1",
    "custody": "Custody",
    "stop_search": "Stop and search",
    "bwv_review": "BWV review",
}
OPERATOR_LABELS = {
    "placeholder": "Placeholders: [PERSON 1]",
    "redact": "Redact: [REDACTED]",
    "mask": "Mask: ████",
}
NO_COACH = "The language coach is not part of this build yet."

st.set_page_config(
    page_title="tips-nlp",
    layout="wide",
    menu_items={"Get help": None, "Report a bug": None, "About": "tips-nlp: offline, private."},
)


@st.cache_resource(show_spinner="Loading the language model (once)…")
def anonymiser():
    get_nlp()
    return get_anonymiser()


@st.cache_resource(show_spinner=False)
def practice_sentences(_check: Callable) -> list:
    return flagged_items(load_practice_items(), _check)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def memo(name: str, text: str, compute: Callable):
    """Recompute only when the text changes (kept in this session's memory only)."""
    key = f"_memo_{name}"
    saved = st.session_state.get(key)
    if saved is None or saved[0] != digest(text):
        saved = (digest(text), compute())
        st.session_state[key] = saved
    return saved[1]


def load_example(target: str, name: str) -> None:
    st.session_state[target] = example_text(name)


def example_buttons(target: str) -> None:
    st.caption("Fictional examples, one click away:")
    with st.container(horizontal=True):
        for name, label in EXAMPLES.items():
            st.button(label, key=f"{target}_ex_{name}", on_click=load_example, args=(target, name))


def read_uploaded(target: str, uploader: str) -> None:
    upload = st.session_state.get(uploader)
    st.session_state.pop(f"{uploader}_error", None)
    if upload is None:
        return
    try:
        st.session_state[target] = read_upload(upload.name, upload.getvalue())
    except UploadError as exc:
        st.session_state[f"{uploader}_error"] = str(exc)


def show_html(body: str) -> None:
    st.html(body)


def too_long(text: str) -> bool:
    """Show the length limit and stop this tab if `text` is over it."""
    try:
        check_length(text)
    except TextTooLongError as exc:
        st.error(f"This text is too long to process: {exc}.")
        return True
    return False


def guarded(render: Callable[[], None]) -> None:
    """Run one tab; an error shows its type only (a library's message can quote the text)."""
    try:
        render()
    except Exception as exc:  # Streamlit's rerun/stop signals are BaseException: not caught
        st.error(f"Something went wrong ({exc.__class__.__name__}). Nothing was saved or sent.")


# -- 1. Anonymise ----------------------------------------------------------------------------


def add_phrase() -> None:
    phrase = st.session_state.get("anon_add_phrase", "").strip()
    if phrase:
        kind = st.session_state.get("anon_add_type", "PERSON")
        added = st.session_state.setdefault("anon_added", [])
        if all(a.phrase != phrase for a in added):
            added.append(AddedPhrase(phrase, kind))
    st.session_state["anon_add_phrase"] = ""


def clear_added() -> None:
    st.session_state["anon_added"] = []


def anonymise_tab() -> None:
    st.markdown("Paste text or upload a file. Review what was found, then download.")
    example_buttons("anon_text")
    st.file_uploader(
        "Upload a .txt or .docx file (read in memory, never saved)",
        type=list(UPLOAD_TYPES),
        key="anon_upload",
        on_change=read_uploaded,
        args=("anon_text", "anon_upload"),
    )
    if error := st.session_state.get("anon_upload_error"):
        st.error(f"Could not read the file: {error}.")
    text = st.text_area("Text to anonymise", key="anon_text", height=200)
    operator = st.radio(
        "Replace personal data with",
        list(OPERATOR_LABELS),
        format_func=OPERATOR_LABELS.__getitem__,
        horizontal=True,
        key="anon_operator",
    )
    if not text.strip() or too_long(text):
        return
    engine = anonymiser()
    try:
        results = memo("anon", text, lambda: engine.analyse_doc(engine.nlp(text)))
    except Exception:
        st.error("Anonymisation failed; no text is shown. Try a shorter or plainer text.")
        return

    found = detections(text, results, engine.labels)
    added: list[AddedPhrase] = st.session_state.get("anon_added", [])
    with st.expander(f"Review detections ({len(found)} found)", expanded=True):
        st.caption("Untick anything that is not personal data. It will then show in the output.")
        columns = st.columns(3)
        excluded = set()
        for number, item in enumerate(found):
            label = f"{markdown_code_span(item.value)} · {item.placeholder.strip('[]')}" + (
                f" · {item.mentions}×" if item.mentions > 1 else ""
            )
            keep = columns[number % 3].checkbox(
                label, value=True, key=f"hide_{digest(text)}_{item.key}"
            )
            if not keep:
                excluded.add(item.key)
        st.markdown("**Add a missed name or phrase** (hidden everywhere it appears)")
        left, middle, right = st.columns([3, 2, 1], vertical_alignment="bottom")
        left.text_input("Name or phrase", key="anon_add_phrase")
        middle.selectbox(
            "Type", list(ADDED_TYPES), format_func=ADDED_TYPES.__getitem__, key="anon_add_type"
        )
        right.button("Add", on_click=add_phrase, key="anon_add_button")
        if added:
            show_html(
                lines_html(
                    f"{a.phrase} ({ADDED_TYPES.get(a.entity_type, a.entity_type)})"
                    + ("" if phrase_spans(text, a.phrase) else ": not found in this text")
                    for a in added
                )
            )
            st.button("Clear added phrases", on_click=clear_added, key="anon_clear_added")

    try:
        result = anonymise_reviewed(
            engine, text, results, excluded=excluded, added=added, operator=operator
        )
    except AnonymisationError:
        st.error("Anonymisation failed; no text is shown.")
        return
    if excluded:
        st.warning(f"{len(excluded)} detection(s) unticked: they appear in the output.")
    left, right = st.columns(2)
    with left:
        st.subheader("What was found")
        show_html(highlight_html(text, entity_marks(result.entities)))
    with right:
        st.subheader("Anonymised text")
        st.code(result.text, language=None, wrap_lines=True)
        summary = removal_summary(result)
        st.download_button(
            "Download anonymised text",
            data=result.text,
            file_name="anonymised.txt",
            mime="text/plain",
            key="anon_download",
        )
        st.markdown("**What was removed** (types and counts, never the values)")
        if summary:
            st.table(
                {
                    "Type": [row.label for row in summary],
                    "Items": [row.items for row in summary],
                    "Mentions": [row.mentions for row in summary],
                }
            )
        else:
            st.write("Nothing was found to remove.")
        st.download_button(
            "Download summary",
            data=summary_text(summary, unticked=len(excluded), added=len(added)),
            file_name="anonymisation-summary.txt",
            mime="text/plain",
            key="anon_summary_download",
        )


# -- 2. Check wording ------------------------------------------------------------------------


def show_check(text: str, checked) -> None:
    findings = ordered_findings(checked)
    show_html(principle_legend_html())
    show_html(highlight_html(text, finding_marks(findings)))
    st.markdown("**Flags per principle**")
    show_html(counts_html(principle_counts(checked)))
    if checked.notes:
        st.markdown("**Notes on the whole text**")
        show_html(notes_html(checked.notes))
    st.markdown(f"**Findings ({len(findings)})**")
    if not findings:
        st.write("Nothing flagged.")
    for number, finding in enumerate(findings, start=1):
        show_html(finding_card_html(number, finding))


def check_tab() -> None:
    st.markdown("Check a PPN1 or any narrative. Each flag says why, and offers another way.")
    check = coach_checker()
    example_buttons("check_text")
    text = st.text_area("Text to check", key="check_text", height=200)
    if check is None:
        st.info(NO_COACH)
        return
    if not text.strip() or too_long(text):
        return
    anonymiser()  # the coach shares the model: load it once, with the spinner
    checked = memo("check", text, lambda: check(text))
    show_check(text, checked)
    st.download_button(
        "Download the findings",
        data=check_report(checked),
        file_name="wording-review.txt",
        mime="text/plain",
        key="check_download",
    )


# -- 3. Case study ---------------------------------------------------------------------------


def case_study_tab() -> None:
    from tips_nlp.case_study import case_study_report, run_case_study

    st.markdown(
        "Anonymise a case study and check its wording in one step. Placeholders replace "
        "names everywhere, in the findings too, and in the one download."
    )
    check_doc = coach_doc_checker()
    example_buttons("case_text")
    text = st.text_area("Case study", key="case_text", height=200)
    if check_doc is None:
        st.info(NO_COACH)
        return
    if not text.strip() or too_long(text):
        return
    engine = anonymiser()
    try:
        result = memo(
            "case", text, lambda: run_case_study(text, anonymiser=engine, check_doc=check_doc)
        )
    except AnonymisationError:
        st.error("Anonymisation failed; no text is shown.")
        return
    left, right = st.columns(2)
    with left:
        st.subheader("Anonymised")
        show_html(highlight_html(text, entity_marks(result.anonymised.entities)))
        summary = removal_summary(result.anonymised)
        show_html(lines_html(summary_lines(summary)))
    with right:
        st.subheader("Wording to review")
        show_check(result.anonymised.text, result.checked)
    st.download_button(
        "Download anonymised case study and review",
        data=case_study_report(result),
        file_name="case-study.txt",
        mime="text/plain",
        key="case_download",
    )


# -- 4. Practice -----------------------------------------------------------------------------


def practice_tab() -> None:
    st.markdown(
        'For training sessions: rewrite the sentence the "what happened to you" way. '
        "The coach checks your rewrite and says what improved, by principle."
    )
    check = coach_checker()
    if check is None:
        st.info(NO_COACH)
        return
    anonymiser()
    items = practice_sentences(check)
    if not items:
        st.info("No practice sentence is flagged by this version of the coach.")
        return
    choice = st.selectbox(
        "Sentence to rewrite",
        range(len(items)),
        format_func=lambda i: f"{i + 1}. {EXAMPLES[items[i].genre]}: {items[i].text}",
        key="practice_choice",
    )
    original = items[choice].text
    before = check(original)
    show_html(highlight_html(original, finding_marks(ordered_findings(before))))
    rewrite = st.text_area("Your rewrite", key=f"practice_rewrite_{choice}", height=100)
    if st.button("Check my rewrite", key="practice_check") or rewrite.strip():
        after = check(rewrite) if rewrite.strip() else before
        feedback = compare_rewrite(original, before, rewrite, after)
        (st.success if feedback.improved else st.info)(feedback.summary)
        if rewrite.strip():
            show_html(lines_html(p.message() for p in feedback.progress))
            show_html(highlight_html(rewrite, finding_marks(ordered_findings(after))))
            for number, finding in enumerate(ordered_findings(after), start=1):
                show_html(finding_card_html(number, finding))


# -- 5. About --------------------------------------------------------------------------------


def about_tab() -> None:
    st.markdown(
        "Trauma-informed practice rests on six principles (OHID working definition, 2022). "
        "Every flag in this tool names one of them."
    )
    for principle in load_principles():
        st.subheader(principle.name)
        st.write(principle.meaning)
        st.write(f"In police writing: {principle.in_police_writing}")
        st.caption(f"Example: {principle.example}")
    st.divider()
    st.caption(
        "Private by design: this app runs on this computer only, sends nothing anywhere, "
        "and keeps your text in memory for this browser session only."
    )


st.title("tips-nlp")
st.caption("Trauma-informed writing support. Runs on this computer only; nothing is saved or sent.")
TABS = {
    "Anonymise": anonymise_tab,
    "Check wording": check_tab,
    "Case study": case_study_tab,
    "Practice": practice_tab,
    "About the principles": about_tab,
}
for tab, render in zip(st.tabs(list(TABS)), TABS.values(), strict=True):
    with tab:
        guarded(render)
