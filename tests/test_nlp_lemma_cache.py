"""The lemma cache gives exactly the lemmas spaCy's own lemmatizer gives."""

from __future__ import annotations

from tips_nlp.lemma_cache import MAX_CACHED

TEXTS = [
    "Officers attended and found the children hiding; mum was crying and said she felt unsafe.",
    "He kicked off again, was running away from staff and has been going missing since May.",
    "The dogs were barking. She is being groomed by older males who give her drugs and lifts.",
    "DP refused to engage, stated he was a junkie and the cells were cold. Kyle's bikes went.",
]


def test_cached_lemmas_equal_spacy_lemmas(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    cached = lemmatizer.lemmatize
    try:
        lemmatizer.lemmatize, _ = lemmatizer.rule_lemmatize, lemmatizer.cache.clear()
        spacy_lemmas = [[t.lemma_ for t in nlp(text)] for text in TEXTS]
        base_forms_skipped = len(lemmatizer.cache)
    finally:
        lemmatizer.lemmatize, _ = cached, lemmatizer.cache.clear()
    for _ in range(2):  # the second pass reads the cache
        assert [[t.lemma_ for t in nlp(text)] for text in TEXTS] == spacy_lemmas
    # base forms ("officer", "child") are now kept too, within the bound
    assert base_forms_skipped < len(lemmatizer.cache) <= MAX_CACHED
