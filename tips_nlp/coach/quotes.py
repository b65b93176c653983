"""Where quoted speech is: the person's own voice, recorded, never "corrected"."""

from __future__ import annotations

import re

# Double quotes, straight or curly: 'She said "I kicked off"' -> '"I kicked off"'.
# Single curly quotes too (‘...’). Straight single quotes are left out: they are apostrophes
# far more often ("Kyle's", "didn't") and would swallow whole sentences.
# valid: “I’m not going back” ; invalid (not a quote): Kyle's mum's car
# A quote may run over one hard line break but never over a blank line (a new paragraph), so an
# unbalanced quote mark cannot swallow the rest of the document.
_QUOTED = re.compile(
    r"\"(?:[^\"\n]|\n(?!\s*\n)){1,1000}\""
    r"|“(?:[^”\n]|\n(?!\s*\n)){1,1000}”"
    r"|‘(?:[^’\n]|\n(?!\s*\n)|’(?=\w)){1,1000}’(?!\w)"
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, quote marks included, in text order."""
    return [match.span() for match in _QUOTED.finditer(text)]


def inside_quotes(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) lies within one quoted passage."""
    return any(q_start <= start and end <= q_end for q_start, q_end in spans)


def mask_quotes(text: str, placeholder: str = "QUOTE") -> str:
    """The text with each quoted passage replaced by `placeholder` (for the classifier)."""
    return _QUOTED.sub(f'"{placeholder}"', text)
