"""A parsed Doc's tokens as plain records, read once per Doc and shared by every name pass.

The name recognizer walks a Doc a dozen times and looks at neighbours by index; each
`doc[i]` and each step of `for t in doc` makes a new spaCy Token object, and each attribute
read crosses into Cython again. Reading the Doc once (one `to_array`) into records with the
attributes the passes use makes those walks plain list and attribute access. The values are
spaCy's own (checked against Token in tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property, partial
from itertools import repeat
from typing import NamedTuple

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LEMMA, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span

# Token.is_sent_start and Token.whitespace_ by their array values (uint64: -1 wraps round)
_SENT_START = {1: True, 0: None, 2**64 - 1: False}
_WHITESPACE = {1: " ", 0: ""}


class TokenRecord(NamedTuple):
    """The attributes of one spaCy Token that the name passes read, as plain values (a tuple:
    made faster than an object with attributes)."""

    doc: DocTokens
    i: int
    text: str
    idx: int
    lemma_: str
    pos_: str
    tag_: str
    whitespace_: str
    is_sent_start: bool | None
    is_alpha: bool
    is_punct: bool
    is_space: bool

    def __len__(self) -> int:  # as len(Token): the text's length
        return len(self.text)

    def __repr__(self) -> str:
        return f"TokenRecord(i={self.i})"  # never the token's text (it may be personal data)


class DocTokens:
    """A Doc's tokens as a list of TokenRecord: indexing, slicing (a list), iteration and len
    as on a Doc; `text` (given, so the Doc does not rebuild it), `ents` read once, and
    `char_span` from the Doc."""

    __slots__ = ("doc", "text", "tokens", "__dict__")

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.tokens = _records(self, doc)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[TokenRecord]:
        return iter(self.tokens)

    def __getitem__(self, key: int | slice) -> TokenRecord | list[TokenRecord]:
        return self.tokens[key]

    def __reversed__(self) -> Iterator[TokenRecord]:
        return reversed(self.tokens)

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        return self.doc.ents

    def char_span(self, start: int, end: int, **kwargs: object) -> Span | None:
        return self.doc.char_span(start, end, **kwargs)


_CACHE_KEY = "tips_nlp.token_table"


def doc_tokens(doc: Doc, text: str | None = None) -> DocTokens:
    """The Doc's token table, built on first use and kept with the Doc (`user_data`), so the
    name passes and the word-name step after them read the Doc once between them."""
    table = doc.user_data.get(_CACHE_KEY)
    if table is None:
        table = doc.user_data[_CACHE_KEY] = DocTokens(doc, text)
    return table


def _records(table: DocTokens, doc: Doc) -> list[TokenRecord]:
    n = len(doc)
    if not n:
        return []
    strings = doc.vocab.strings
    columns = doc.to_array(
        [ORTH, IDX, LEMMA, POS, TAG, SPACY, SENT_START, IS_ALPHA, IS_PUNCT, IS_SPACE]
    ).T.tolist()
    orth, idx, lemma, pos, tag, space, start, alpha, punct, blank = columns
    seen = {key: strings[key] for key in {*orth, *lemma, *pos, *tag}}
    return list(
        map(
            partial(tuple.__new__, TokenRecord),  # not _make: it checks len(), the text's
            zip(
                repeat(table, n),
                range(n),
                map(seen.__getitem__, orth),
                idx,
                map(seen.__getitem__, lemma),
                map(seen.__getitem__, pos),
                map(seen.__getitem__, tag),
                map(_WHITESPACE.__getitem__, space),
                map(_SENT_START.__getitem__, start),
                map(bool, alpha),
                map(bool, punct),
                map(bool, blank),
                strict=True,
            ),
        )
    )


def doc_text(doc: Doc) -> str:
    """The Doc's text as the token table holds it: `Doc.text` joins every token again on each
    read, and the steps after analysis would read it a dozen times per document."""
    return doc_tokens(doc).text
