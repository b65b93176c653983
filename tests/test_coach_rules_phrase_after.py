"""`_phrase_after` reads a sentence's words once and looks phrases up by their first word: the
same answers as comparing every phrase at every position token by token."""

from __future__ import annotations

from tips_nlp.coach.rules import _phrase_after, load_reframes

TEXTS = [
    "Her risk-taking is a response to trauma and to what the adults did to her.",
    "In response to his aggression officers restrained him. He was aggressive.",
    "She was aggressive in response to trauma, officers said",
    "Her boyfriend, who is 24, had been controlling her since she was 13.",
    "The boyfriend buys her phones\nand is a response to",
]


def _reference(span, phrases, max_gap) -> bool:
    """The token-by-token comparison the fast path replaced."""
    doc = span.doc
    sent = span.sent
    last = sent.end if max_gap is None else min(sent.end, span.end + max_gap + 1)
    for i in range(span.end, last):
        if doc[i - 1].lower_ == "in":
            continue
        for phrase in phrases:
            end = i + len(phrase)
            if end <= sent.end and tuple(t.lower_ for t in doc[i:end]) == phrase:
                return True
    return False


def test_phrase_after_matches_the_token_by_token_reference(nlp):
    reframes = load_reframes()
    lists = [reframes.explained, reframes.harm_named, reframes.named_as_harm_after]
    lists.append((("to",), ("to", "her"), ("officers", "said")))
    checked = 0
    for text in TEXTS:
        doc = nlp(text)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 3) + 1):
                span = doc[start:end]
                for phrases in lists:
                    for gap in (None, 0, 2, 5):
                        fast = _phrase_after(span, phrases, gap)
                        assert fast == _reference(span, phrases, gap), (span.text, gap)
                        checked += fast
    assert checked  # some spans are followed by a phrase
