"""Highlighted HTML: the user's text is always escaped, marks and labels land in place."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from tips_nlp.anonymise.result import Entity
from tips_nlp.coach.result import Finding
from tips_nlp.highlight import (
    Mark,
    entity_marks,
    finding_card_html,
    finding_marks,
    highlight_html,
    markdown_code_span,
)

HOSTILE = (
    '<script>alert("x")</script> <img src=x onerror=alert(1)> '
    "[click](http://example.com) $x^2$ **bold** &amp;"
)


class _Reader(HTMLParser):
    """Collects tags, attribute names and text, and which text sits inside a <mark>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []
        self.marked: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.update(name for name, _ in attrs)
        if tag == "mark":
            self._in_mark += 1
            self.marked.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark:
            self.marked[-1] += data


def read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def test_hostile_text_is_shown_as_text_with_only_our_tags():
    start = HOSTILE.index("<img")
    html = highlight_html(HOSTILE, [Mark(start, start + 4, "PERSON 1", "#ffe49a", "#a67c00")])
    reader = read(html)
    assert set(reader.tags) <= {"div", "mark", "span"}
    assert reader.attributes <= {"style", "title"}
    assert "".join(reader.text) == HOSTILE[: start + 4] + "PERSON 1" + HOSTILE[start + 4 :]
    assert "<script" not in html and "<img" not in html


def test_mark_wraps_exactly_its_span_and_the_label_follows():
    text = "Mrs Janet O'Brien rang 07700 900123."
    entities = [
        Entity(4, 17, "PERSON", 0.85, "[PERSON 1]"),
        Entity(23, 35, "PHONE_NUMBER", 1.0, "[PHONE 1]"),
    ]
    reader = read(highlight_html(text, entity_marks(entities)))
    assert reader.marked == ["Janet O'Brien", "07700 900123"]
    assert "".join(reader.text) == "Mrs Janet O'BrienPERSON 1 rang 07700 900123PHONE 1."


def test_title_attribute_cannot_break_out():
    reader = read(highlight_html("abc", [Mark(0, 3, "x", "#ffffff", "#000000", '"><b>')]))
    assert reader.tags == ["div", "mark", "span"]


def test_nested_marks_take_the_innermost_colour_and_keep_both_labels():
    text = "She kicked off again."
    outer = Mark(0, 20, "2 · Trust", "#d3e5f8", "#1f63a8")
    inner = Mark(4, 14, "1 · Trust", "#fcd9c7", "#c0501f")
    html = highlight_html(text, [outer, inner])
    reader = read(html)
    assert reader.marked == ["She ", "kicked off", " again"]
    assert "".join(reader.text) == "She kicked off1 · Trust again2 · Trust."
    assert html.count("#fcd9c7") == 1


def test_marks_outside_the_text_or_empty_are_ignored():
    html = highlight_html(
        "short", [Mark(3, 99, "x", "#ffffff", "#000000"), Mark(2, 2, "y", "#ffffff", "#000000")]
    )
    assert read(html).tags == ["div"]


def test_a_colour_that_is_not_a_hex_code_is_not_used():
    html = highlight_html("abc", [Mark(0, 3, "x", "red;background:url(http://a)", "#000000")])
    assert "url(" not in html


def test_findings_are_numbered_in_order_and_coloured_by_principle():
    findings = [
        Finding(0, 3, "abc", "r1", "c", "Trust", "suggestion", "why", ["alt"], "src"),
        Finding(4, 7, "def", "r2", "c", "Safety", "info", "why", ["alt"], "src"),
    ]
    marks = finding_marks(findings)
    assert [(m.label, m.fill, m.dashed) for m in marks] == [
        ("1 · Trust", "#d3e5f8", False),
        ("2 · Safety", "#fcd9c7", True),
    ]


def test_finding_card_escapes_the_quoted_phrase():
    finding = Finding(
        0,
        20,
        "<b>known</b> drinker",
        "r",
        "c",
        "Empowerment",
        "suggestion",
        "A label.",
        ["a woman who uses alcohol"],
        "https://example.org/guide",
    )
    reader = read(finding_card_html(3, finding))
    assert "b" not in reader.tags
    text = "".join(reader.text)
    assert "“<b>known</b> drinker”" in text
    assert "a woman who uses alcohol" in text and "https://example.org/guide" in text


@pytest.mark.parametrize(
    "text",
    [
        HOSTILE,
        "Kyle_O'Brien *x* `code` ~~gone~~ <b>",
        "see http://example.com or www.example.org, kyle@example.com",
        "``` fenced ``` and `one`",
        "44240914-0321 # not a heading $5 and $6",
    ],
)
def test_markdown_code_span_shows_the_text_exactly(text):
    rendered = MarkdownIt("commonmark").renderInline(markdown_code_span(text))
    reader = read(rendered)
    assert reader.tags == ["code"]
    assert "".join(reader.text) == " ".join(text.split())
