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
    cached.hashes.clear()  # the array path's per-key lemmas, filled by earlier tests
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


def test_array_path_keeps_a_lemma_already_set(nlp):
    """A lemma set before the lemmatizer (by an earlier component or the caller) stays, as in
    spaCy's own `__call__` when `overwrite` is off."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = nlp.make_doc("Officers were running to the cells.")
    for name, component in nlp.pipeline:
        if name == "lemmatizer":
            break
        doc = component(doc)
    doc[2].lemma_ = "RUN-SET-EARLIER"
    lemmas = [t.lemma_ for t in lemmatizer(doc)]
    assert lemmas == ["officer", "be", "RUN-SET-EARLIER", "to", "the", "cell", "."]
    assert not lemmatizer.overwrite


def test_array_path_keeps_the_english_base_form_rule(nlp):
    """The component keeps English's own class under it: a singular noun in capitals is
    lower-cased ("PC" -> "pc"), as spaCy's English lemmatizer does."""
    doc = nlp("PC 1234 attended. Note: the hoarder was there.")
    assert [(t.pos_, t.lemma_) for t in doc][:5] == [
        ("NOUN", "pc"),
        ("NUM", "1234"),
        ("VERB", "attend"),
        ("PUNCT", "."),
        ("NOUN", "note"),
    ]
    assert type(nlp.get_pipe("lemmatizer")).__mro__[2].__name__ == "EnglishLemmatizer"
