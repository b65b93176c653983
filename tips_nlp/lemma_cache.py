"""Remember every lemma the rule lemmatizer works out, base forms included.

spaCy's rule lemmatizer caches a lemma by (word, part of speech, morphology), except when the
token is already a base form ("is_base_form": a singular noun, an infinitive), which it
re-checks every time; in police narratives that is most tokens. The answer depends only on the
cache key, so caching it too gives the same lemmas for less work (a tenth of `check` on a
500-word PPN1). The component then reads the keys of a whole Doc as one array and writes the
lemmas back as one, instead of building a Token, its morphology and a string per word.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

# The cache lives as long as the process; distinct (word, tag, morphology) keys in any amount of
# English stay far below this, and a text of random strings must not grow it without bound.
MAX_CACHED = 500_000


def cache_base_forms(lemmatizer: Lemmatizer) -> None:
    """Wrap a rule-mode lemmatizer so base-form answers are cached like the rest."""
    if lemmatizer.mode != "rule":
        return
    rule_lemmatize: Callable[[Token], list[str]] = lemmatizer.rule_lemmatize
    cache = lemmatizer.cache

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        lemmas = cache.get(key)
        if lemmas is None:
            lemmas = rule_lemmatize(token)
            if len(cache) < MAX_CACHED:
                cache[key] = lemmas
        return lemmas

    lemmatize.hashes = {}  # type: ignore[attr-defined]  # cache key -> the first lemma's hash
    lemmatizer.lemmatize = lemmatize
    cls = type(lemmatizer)  # English's own subclass: its is_base_form must stay
    lemmatizer.__class__ = type(f"Array{cls.__name__}", (ArrayCall, cls), {})


class ArrayCall(Lemmatizer):
    """spaCy's lemmatizer, run over a Doc's (word, part of speech, morphology) keys as an array.

    Put in front of the model's own lemmatizer class. The same lemmas as spaCy's `__call__`
    (a lemma already set is kept unless `overwrite`), from the cache `cache_base_forms`
    installs; with another `lemmatize` (a test swapping in spaCy's own) it is spaCy's `__call__`.
    """

    def __call__(self, doc: Doc) -> Doc:
        hashes: dict[tuple[int, int, int], int] | None = getattr(self.lemmatize, "hashes", None)
        if hashes is None or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = hashes.get(key)
            if found is None:
                found = strings.add(self.lemmatize(doc[i])[0])
                if len(hashes) < MAX_CACHED:
                    hashes[key] = found
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc
