"""The name passes' token table holds spaCy's own values and behaves as the Doc it stands for."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.recognizers.token_table import DocTokens, doc_text

ATTRIBUTES = (
    *("i", "text", "idx", "lemma_", "pos_", "tag_", "whitespace_", "is_sent_start"),
    *("is_alpha", "is_punct", "is_space"),
)

TEXTS = [
    "Hello there.  Mr Smith said\nhe'd go. OK",
    "Łukasz’s café, 2021-01-01 😀 x\n\n- kez (DO) said 'fine'",
    "PC 2775 dan hope spoke to ivy and her nan at Tesco on 12/03/24.",
    "one",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_table_values_equal_spacy_tokens(nlp, text):
    doc = nlp(text)
    table = DocTokens(doc)
    assert len(table) == len(doc)
    for token, record in zip(doc, table, strict=True):
        assert [getattr(record, a) for a in ATTRIBUTES] == [getattr(token, a) for a in ATTRIBUTES]
        assert len(record) == len(token)
        assert record.doc is table


def test_token_table_indexes_slices_and_reverses_as_the_doc(nlp):
    doc = nlp("Kyle said Grace Kelly-Moore went to the Abbey estate.")
    table = DocTokens(doc)
    assert table[-1].text == doc[-1].text == "."
    assert [t.i for t in table[2:5]] == [t.i for t in doc[2:5]] == [2, 3, 4]
    assert [t.i for t in reversed(table[:-2])] == list(range(len(doc) - 3, -1, -1))
    assert [t.i for t in table.char_span(10, 15, alignment_mode="expand")] == [2]
    with pytest.raises(IndexError):
        table[len(doc)]


def test_token_table_reads_text_and_entities_from_the_doc(nlp):
    doc = nlp("Grace Kelly met Tom in Leeds.")
    assert DocTokens(doc).text == doc.text
    assert DocTokens(doc, "given").text == "given"  # the caller's copy, not rebuilt
    assert [(e.start, e.end, e.label_) for e in DocTokens(doc).ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]


def test_token_table_of_an_empty_doc_is_empty(nlp):
    assert list(DocTokens(nlp(""))) == []


def test_token_record_repr_never_shows_the_text(nlp):
    record = DocTokens(nlp("Grace Kelly"))[0]
    assert "Grace" not in repr(record)
    assert "Grace" not in str(record)


def test_doc_tokens_is_built_once_per_doc(nlp):
    from tips_nlp.anonymise.recognizers.token_table import doc_tokens

    doc = nlp("Frank said a frank word.")
    table = doc_tokens(doc)
    assert doc_tokens(doc) is table
    assert doc_tokens(nlp("Frank said a frank word.")) is not table


def test_word_names_read_the_same_from_the_table_as_from_the_doc(nlp):
    from tips_nlp.anonymise.recognizers.names import name_lists, word_names_as_words
    from tips_nlp.anonymise.recognizers.token_table import DocTokens

    doc = nlp("We had a Frank conversation about the kitchen knife. There is real hope.")
    expected = word_names_as_words(doc, name_lists())
    assert expected  # the pass found word-names used as words
    assert word_names_as_words(DocTokens(doc), name_lists()) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_doc_text_is_the_docs_text_and_read_once(nlp, text):
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # kept with the Doc, not rebuilt per read
