"""Quoted speech is found so the coach can leave the person's own words alone."""

from __future__ import annotations

import pytest

from tips_nlp.coach.quotes import inside_quotes, mask_quotes, quoted_spans


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('She said "I kicked off because he hit me".', ['"I kicked off because he hit me"']),
        ("He told us “I’m not going back there”.", ["“I’m not going back there”"]),
        ("Mum said ‘he’s an addict’ twice.", ["‘he’s an addict’"]),
        ("Kyle's mum's car was outside; she didn't answer.", []),
        ('"Leave me alone," she said. "Please."', ['"Leave me alone,"', '"Please."']),
    ],
)
def test_quoted_spans(text, quoted):
    assert [text[s:e] for s, e in quoted_spans(text)] == quoted


def test_inside_quotes():
    text = 'She said "I kicked off" and then kicked off.'
    spans = quoted_spans(text)
    first = text.index("kicked off")
    second = text.rindex("kicked off")
    assert inside_quotes(first, first + 10, spans)
    assert not inside_quotes(second, second + 10, spans)


def test_mask_quotes():
    assert mask_quotes('He said "I am a junkie" to us.') == 'He said "QUOTE" to us.'
