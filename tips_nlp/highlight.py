"""Highlighted text as safe HTML: every character of the user's text is escaped.

The app shows detections and findings in place. The text is the user's own and may contain
anything (`<script>`, `<img onerror=...>`, Markdown, `$math$`), so it is only ever inserted
through `html.escape`, and the only markup in the output is ours: `<div>`, `<mark>`, `<span>`
with fixed inline styles.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tips_nlp.anonymise.result import Entity
from tips_nlp.coach.principles import PRINCIPLE_NAMES
from tips_nlp.coach.result import Finding, Note

# Light fills keep black text readable; the darker edge tells them apart for colour-blind
# readers, and every highlight is also labelled in words, so colour is never the only cue.
PRINCIPLE_COLOURS: dict[str, tuple[str, str]] = {
    "Safety": ("#fcd9c7", "#c0501f"),
    "Trust": ("#d3e5f8", "#1f63a8"),
    "Choice": ("#fff1b3", "#9a7a00"),
    "Collaboration": ("#d6efda", "#2e7d3b"),
    "Empowerment": ("#eadcf3", "#7a3e9d"),
    "Cultural Considerations": ("#f9d6e6", "#b0306a"),
}
_OTHER_PRINCIPLE = ("#e6e6e6", "#555555")

# Anonymiser entity types grouped by what they reveal: who, where, how to reach, which record.
_ENTITY_GROUP_COLOURS: dict[str, tuple[str, str]] = {
    "person": ("#ffe49a", "#a67c00"),
    "place": ("#cfe6fb", "#2864a0"),
    "contact": ("#d4eecb", "#357a2b"),
    "record": ("#e8dbf5", "#6b3d99"),
    "date": ("#fde0c4", "#b0601a"),
    "organisation": ("#e2e2e2", "#505050"),
}
_ENTITY_GROUPS: dict[str, str] = {
    "PERSON": "person",
    "PET": "person",  # a pet's name points to a household
    "LOCATION": "place",
    "UK_POSTCODE": "place",
    "ADDRESS": "place",
    "PHONE_NUMBER": "contact",
    "EMAIL_ADDRESS": "contact",
    "URL": "contact",
    "IP_ADDRESS": "contact",
    "DATE_TIME": "date",
    "ORGANIZATION": "organisation",
}

_COLOUR = re.compile(r"#[0-9a-f]{6}")  # valid: #fcd9c7 ; invalid: red;background:url(x)


@dataclass(frozen=True)
class Mark:
    """One highlighted span of the text, with the label shown after it and a hover title."""

    start: int
    end: int
    label: str
    fill: str
    edge: str
    title: str = ""
    dashed: bool = False


def principle_colours(principle: str) -> tuple[str, str]:
    """(fill, edge) colours of a principle; unknown names get grey."""
    return PRINCIPLE_COLOURS.get(principle, _OTHER_PRINCIPLE)


def entity_colours(entity_type: str) -> tuple[str, str]:
    """(fill, edge) colours of an anonymiser entity type (identifiers share one colour)."""
    return _ENTITY_GROUP_COLOURS[_ENTITY_GROUPS.get(entity_type, "record")]


def entity_marks(entities: Iterable[Entity], *, show_placeholder: bool = True) -> list[Mark]:
    """Marks for anonymiser entities, labelled with their placeholder ("PERSON 1")."""
    marks = []
    for entity in entities:
        fill, edge = entity_colours(entity.entity_type)
        label = entity.placeholder.strip("[]") if show_placeholder else entity.entity_type
        marks.append(Mark(entity.start, entity.end, label, fill, edge, title=entity.entity_type))
    return marks


def finding_marks(findings: Iterable[Finding]) -> list[Mark]:
    """Marks for coach findings, coloured by principle; info findings are dashed."""
    marks = []
    for number, finding in enumerate(findings, start=1):
        fill, edge = principle_colours(finding.principle)
        marks.append(
            Mark(
                finding.start,
                finding.end,
                f"{number} · {finding.principle}",
                fill,
                edge,
                title=finding.reason,
                dashed=finding.severity == "info",
            )
        )
    return marks


def _innermost(marks: Sequence[Mark], start: int, end: int) -> Mark | None:
    covering = [m for m in marks if m.start <= start and end <= m.end]
    if not covering:
        return None
    return min(covering, key=lambda m: (m.end - m.start, -m.start))


def _style(mark: Mark) -> str:
    fill = mark.fill if _COLOUR.fullmatch(mark.fill) else _OTHER_PRINCIPLE[0]
    edge = mark.edge if _COLOUR.fullmatch(mark.edge) else _OTHER_PRINCIPLE[1]
    line = "dashed" if mark.dashed else "solid"
    return (
        f"background-color:{fill};border-bottom:2px {line} {edge};"
        "padding:0 2px;border-radius:3px;color:#111111"
    )


def _label(mark: Mark) -> str:
    edge = mark.edge if _COLOUR.fullmatch(mark.edge) else _OTHER_PRINCIPLE[1]
    return (
        f'<span style="font-size:0.72em;font-weight:600;color:{edge};'
        f'margin:0 3px 0 1px;white-space:nowrap">{html.escape(mark.label)}</span>'
    )


def highlight_html(text: str, marks: Iterable[Mark]) -> str:
    """The text as HTML with each mark highlighted and labelled; all text escaped.

    Overlapping marks are allowed (a phrase inside a flagged sentence): each stretch of text
    takes the colour of the innermost mark covering it, and every mark's label follows its end.
    Marks outside the text or empty are ignored.
    """
    length = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= length]
    bounds = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    parts: list[str] = []
    open_mark: Mark | None = None
    for start, end in zip(bounds, bounds[1:], strict=False):
        mark = _innermost(marks, start, end)
        if mark is not open_mark:
            if open_mark is not None:
                parts.append("</mark>")
            if mark is not None:
                title = html.escape(mark.title, quote=True)
                parts.append(f'<mark style="{_style(mark)}" title="{title}">')
            open_mark = mark
        parts.append(html.escape(text[start:end], quote=True))
        ending = [m for m in marks if m.end == end]
        if ending:
            if open_mark is not None:
                parts.append("</mark>")
                open_mark = None
            parts.extend(_label(m) for m in sorted(ending, key=lambda m: -m.start))
    if open_mark is not None:
        parts.append("</mark>")
    body = "".join(parts)
    return (
        '<div style="white-space:pre-wrap;line-height:1.9;font-size:1rem;'
        'overflow-wrap:anywhere">' + body + "</div>"
    )


def escaped_html(text: str) -> str:
    """Plain text as escaped HTML (no highlights), keeping line breaks."""
    return highlight_html(text, [])


def _badge(name: str, fill: str, edge: str) -> str:
    fill = fill if _COLOUR.fullmatch(fill) else _OTHER_PRINCIPLE[0]
    edge = edge if _COLOUR.fullmatch(edge) else _OTHER_PRINCIPLE[1]
    return (
        f'<span style="background-color:{fill};border-bottom:2px solid {edge};'
        f'padding:1px 6px;border-radius:3px;color:#111111">{html.escape(name)}</span>'
    )


def legend_html(items: Iterable[tuple[str, str, str]]) -> str:
    """A row of coloured keys: items are (name, fill, edge)."""
    return '<div style="line-height:2.2">' + " ".join(_badge(*item) for item in items) + "</div>"


def principle_legend_html() -> str:
    """The six principles' colours, in canonical order."""
    return legend_html((name, *principle_colours(name)) for name in PRINCIPLE_NAMES)


def finding_card_html(number: int, finding: Finding) -> str:
    """One finding explained: phrase, principle, reason, alternatives and source, escaped."""
    fill, edge = principle_colours(finding.principle)
    alternatives = "".join(f"<li>{html.escape(a)}</li>" for a in finding.alternatives)
    source = (
        f'<div style="font-size:0.85em;color:#555555">Source: {html.escape(finding.source)}</div>'
        if finding.source
        else ""
    )
    return (
        f'<div style="border-left:5px solid {edge};background-color:#fafafa;'
        'padding:6px 10px;margin:0 0 8px 0;border-radius:3px">'
        f"<div><strong>{number}.</strong> “{html.escape(finding.text)}” "
        f"{_badge(finding.principle, fill, edge)} "
        f'<span style="font-size:0.85em;color:#555555">{html.escape(finding.severity)}</span></div>'
        f"<div><strong>Why:</strong> {html.escape(finding.reason)}</div>"
        + (
            f"<div><strong>Try:</strong><ul style='margin:0'>{alternatives}</ul></div>"
            if alternatives
            else ""
        )
        + source
        + "</div>"
    )


def notes_html(notes: Iterable[Note]) -> str:
    """Document-level notes as an escaped list, each with its principle badge."""
    items = "".join(
        f"<li>{html.escape(note.message)} "
        f"{_badge(note.principle, *principle_colours(note.principle))}</li>"
        for note in notes
    )
    return f"<ul>{items}</ul>" if items else ""


def counts_html(counts: Iterable[tuple[str, int]]) -> str:
    """Flags per principle as coloured keys ("Trust: 2")."""
    return legend_html((f"{name}: {count}", *principle_colours(name)) for name, count in counts)


def lines_html(lines: Iterable[str]) -> str:
    """Plain lines (which may quote the user's text) as an escaped list."""
    return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"


# Widget labels render Markdown, and backslash escapes do not stop GitHub-style autolinks
# ("http://a.b", "www.a.b", "kyle@example.com" still become links). Inside a code span nothing
# is parsed: no links, no emphasis, no maths. The fence is longer than any run of backticks in
# the text, and one space each side is stripped by the renderer.
# valid: "`` a`b ``" shows a`b ; invalid: "`a`b`" (the text's backtick would end the span)
_BACKTICKS = re.compile(r"`+")


def markdown_code_span(text: str) -> str:
    """Text for a Markdown-rendering label, as a code span, so it shows exactly as typed."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    return f"{fence} {text} {fence}"
