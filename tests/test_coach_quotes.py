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
        # straight single quotes, with apostrophes inside that must not close them
        ("dp shouting 'i'm not a crackhead' at the hatch", ["'i'm not a crackhead'"]),
        ("'Leave me alone,' she said. 'Please.'", ["'Leave me alone,'", "'Please.'"]),
        (
            "Mum said 'he's always been a wrong 'un' and rang off.",
            ["'he's always been a wrong 'un'"],
        ),
        ("The girls' mum told us 'it's fine' and left.", ["'it's fine'"]),
        # apostrophes and elisions never open a quote
        ("Kyle's mum and the lads' bikes; Jones' car didn't move.", []),
        ("He did it 'cos he was scared and the lads' bikes were gone.", []),
        ("He is a wrong 'un, and that's that.", []),
        ("The '90s, rock 'n' roll and Charles' car.", []),
        # quotes across one hard line wrap, in every style
        ('He shouted "you\'re all\nscum" at the hatch.', ['"you\'re all\nscum"']),
        ("She said 'he was just\nmessing about' and left.", ["'he was just\nmessing about'"]),
        ("She said “he was just\nmessing about” and left.", ["“he was just\nmessing about”"]),
        # but never across a blank line (a new paragraph): the unclosed quote ends with its line
        ('He said "no.\n\nShe is calm." later', ['"no.']),
        # no quote marks after a speech verb and a colon: to the end of the sentence or line
        ("dp said: i'm a junkie, just let me out", ["i'm a junkie, just let me out"]),
        ("dp stated: she's a liar. She is taken to cell 3.", ["she's a liar."]),
        ("He told the nurse: I'm a nutter\nHe is calm.", ["I'm a nutter"]),
        ("She said \"I'm fine\" and he said: 'leave it'.", ['"I\'m fine"', "'leave it'."]),
        # a colon after something other than speech is not a quote
        ("Supervisor review: he was rude and cocky.", []),
        ("Note: she was drunk.", []),
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


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ('He said "I am a junkie" to us.', 'He said "QUOTE" to us.'),
        ("He said 'I am a junkie' to us.", 'He said "QUOTE" to us.'),
        ("dp said: i'm a junkie", 'dp said: "QUOTE"'),
        ("Kyle's mum didn't call.", "Kyle's mum didn't call."),
    ],
)
def test_mask_quotes(text, masked):
    assert mask_quotes(text) == masked
