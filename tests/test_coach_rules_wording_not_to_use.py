"""A label named only as the wording not to use is not coached ("instead of writing that she
was aggressive, the officer recorded ..."); the same label used as a label still is. Message
lines typed without apostrophes ("hes kicking off again") are the sender's voice."""

from __future__ import annotations

import pytest

from tips_nlp.coach.quotes import quoted_spans


@pytest.mark.parametrize(
    "text",
    [
        "Instead of writing that she was aggressive, the officer recorded that she shouted.",
        "Rather than calling him a liar, the note sets out what he said and when.",
        "Rather than describing her as promiscuous, we wrote that she was being exploited.",
        "Instead of saying he kicked off, say what he did and what had just happened.",
    ],
)
def test_wording_named_not_to_use_is_not_coached(rule_flags, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("He was aggressive instead of calm.", ("aggressive", "aggressive")),
        ("Instead of writing it up, he was aggressive to staff.", ("aggressive", "aggressive")),
        ("Instead of writing that down he said she was a liar.", ("liar-label", "a liar")),
    ],
)
def test_a_label_used_as_a_label_is_still_coached(rule_flags, text, flag):
    assert flag in rule_flags(text)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("[21:15] Kay: hes kicking off again cant go home", "hes kicking off again cant go home"),
        ("[08:02] Mo: shes a mess lol", "shes a mess lol"),
    ],
)
def test_message_lines_without_apostrophes_are_quoted(text, quoted):
    assert [text[s:e] for s, e in quoted_spans(text)] == [quoted]


def test_a_timed_log_line_in_the_writers_voice_is_not_quoted():
    assert quoted_spans("[21:15] Update: DP calmer, kicking off stopped") == []
