"""Presidio's NLP artifacts for a parsed Doc, with what only the context enhancer reads made late.

Presidio's `NlpArtifacts` lists every token's lemma and offset and filters the lemmas into
"keywords" (a vocabulary look-up per token) before any recognizer runs. Only the context
enhancer reads them, and it asks `lemma in keywords` of a list: a scan of the whole text for
every word near every detection. Here each is made when first read, and the keywords answer
`in` from a set; the values are Presidio's own.
"""

from __future__ import annotations

import json
from functools import cached_property

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.attrs import IDX, LEMMA
from spacy.tokens import Doc, Span

# Lemmas Presidio never counts as keywords (spaCy 2's pronoun lemma, and "be").
_NOT_KEYWORDS = frozenset({"-PRON-", "be"})


class Keywords(list):
    """Presidio's keyword list (order and repeats kept) that answers `in` from a set."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def is_keyword_lemma(nlp_engine: NlpEngine, lemma: str, language: str) -> bool:
    """Presidio's test (`NlpArtifacts.set_keywords`) of whether a lemma is a keyword."""
    return not (
        nlp_engine.is_stopword(lemma, language)
        or nlp_engine.is_punct(lemma, language)
        or lemma in _NOT_KEYWORDS
    )


def keywords(lemmas: list[str], nlp_engine: NlpEngine, language: str) -> Keywords:
    """`NlpArtifacts.set_keywords`: the lower-cased keyword lemmas, split at ":". An engine
    with `is_keyword_lemma` (SharedSpacyNlpEngine: remembered per lemma) answers the test."""
    test = getattr(nlp_engine, "is_keyword_lemma", None)
    words_of = {  # each distinct lemma tested and split once; lemmas repeat
        lemma: lemma.lower().split(":")
        for lemma in set(lemmas)
        if (test(lemma, language) if test else is_keyword_lemma(nlp_engine, lemma, language))
    }
    words: list[str] = []
    for lemma in lemmas:
        if lemma in words_of:
            words += words_of[lemma]
    return Keywords(words)


class DocArtifacts(NlpArtifacts):
    """`NlpArtifacts` of a Doc whose lemmas, token offsets and keywords are made when first read."""

    def __init__(  # Presidio's __init__ would build the lists at once
        self,
        *,
        doc: Doc,
        entities: list[Span],
        scores: list[float],
        nlp_engine: NlpEngine,
        language: str,
    ) -> None:
        self.entities = entities
        self.tokens = doc
        self.nlp_engine = nlp_engine
        self._language = language
        self.scores = scores if scores else [0.85] * len(entities)

    @cached_property
    def _lemma_offsets(self) -> tuple[list[str], list[int]]:
        # One array read instead of a Token object per token; the strings are token.lemma_'s.
        if not len(self.tokens):
            return [], []
        lemmas, offsets = self.tokens.to_array([LEMMA, IDX]).T.tolist()
        strings = self.tokens.vocab.strings
        text_of = {lemma: strings[lemma] for lemma in set(lemmas)}  # lemmas repeat
        return list(map(text_of.__getitem__, lemmas)), offsets

    @cached_property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        return self._lemma_offsets[0]

    @cached_property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        return self._lemma_offsets[1]

    @cached_property
    def keywords(self) -> Keywords:  # type: ignore[override]
        return keywords(self.lemmas, self.nlp_engine, self._language)

    def to_json(self) -> str:
        """Presidio's JSON, with the late lists made first."""
        late = {"lemmas": self.lemmas, "tokens_indices": self.tokens_indices}
        late["keywords"] = list(self.keywords)
        data = json.loads(super().to_json())
        for name in ("_lemma_offsets", "_language"):
            data.pop(name, None)
        return json.dumps({**data, **late})
