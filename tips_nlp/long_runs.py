"""A tokenizer wrapper that keeps spaCy linear on long runs of characters without a space.

spaCy's tokenizer strips prefixes and suffixes one at a time and searches the rest of the run
each time, so a run made of affix characters costs time in the square of its length: 4,000
emoji or brackets in a row take seconds, 20,000 take minutes. Runs longer than MAX_RUN_CHARS
are cut into pieces first; each piece is tokenized as usual and the Doc's text is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from tips_nlp.limits import MAX_RUN_CHARS

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


def cut_points(text: str) -> list[int]:
    """Offsets at which to cut `text` so no piece holds a run over MAX_RUN_CHARS."""
    points = []
    for match in _LONG_RUN.finditer(text):
        start, end = match.span()
        points.append(start)
        points.extend(range(start + MAX_RUN_CHARS, end, MAX_RUN_CHARS))
        points.append(end)
    return points


class BoundedTokenizer:
    """spaCy's tokenizer, with long runs cut first; anything else is passed to it unchanged."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        points = cut_points(text)
        if not points:
            return self.tokenizer(text)
        bounds = [0, *points, len(text)]
        pieces = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if a < b]
        docs = [self.tokenizer(piece) for piece in pieces]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> object:  # vocab, explain, rules ... of spaCy's tokenizer
        return getattr(self.tokenizer, name)
