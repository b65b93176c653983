"""Remember every lemma the rule lemmatizer works out, base forms included.

spaCy's rule lemmatizer caches a lemma by (word, part of speech, morphology), except when the
token is already a base form ("is_base_form": a singular noun, an infinitive), which it
re-checks every time; in police narratives that is most tokens. The answer depends only on the
cache key, so caching it too gives the same lemmas for less work (a tenth of `check` on a
500-word PPN1).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

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

    lemmatizer.lemmatize = lemmatize
