"""Anonymiser corpus markup: clean text and gold offsets; malformed markup names file and line."""

from __future__ import annotations

import pytest

from tips_nlp.evaluate.corpus import CorpusError, GoldSpan, load_corpus, parse_markup


@pytest.mark.parametrize(
    ("raw", "clean", "spans"),
    [
        ("no markup at all", "no markup at all", ()),
        ("[[PERSON|Kyle]]'s mum", "Kyle's mum", (GoldSpan(0, 4, "PERSON"),)),
        (
            "Mrs [[PERSON|Janet O'Brien]] rang [[PHONE|07700 900123]].",
            "Mrs Janet O'Brien rang 07700 900123.",
            (GoldSpan(4, 17, "PERSON"), GoldSpan(23, 35, "PHONE")),
        ),
        (
            "[[OFFICER_ID|PC 4521]] and [[KEEP|the social worker]]\nat [[POSTCODE|PO6 3HD]]",
            "PC 4521 and the social worker\nat PO6 3HD",
            (GoldSpan(0, 7, "OFFICER_ID"), GoldSpan(12, 29, "KEEP"), GoldSpan(33, 40, "POSTCODE")),
        ),
        ("a | pipe and [single] brackets", "a | pipe and [single] brackets", ()),
    ],
)
def test_markup_is_stripped_and_offsets_point_into_clean_text(raw, clean, spans):
    text, found = parse_markup(raw)
    assert text == clean
    assert found == spans


def test_tier_of_each_type():
    assert GoldSpan(0, 1, "NHS").tier == "direct"
    assert GoldSpan(0, 1, "PLACE").tier == "quasi"
    assert GoldSpan(0, 1, "KEEP").tier == "keep"


@pytest.mark.parametrize(
    ("raw", "where", "message"),
    [
        ("line one\nsee [[PERSON|Kyle", "doc.txt:2:5", "never closed"),
        ("Kyle]] went", "doc.txt:1:5", "without a matching"),
        ("[[PERSON|Kyle [[PLACE|Fareham]]]]", "doc.txt:1:15", "nested"),
        ("ok\n\nthen [[PERSON Kyle]]", "doc.txt:3:6", "expected '[[TYPE|text]]'"),
        ("[[NAME|Kyle]]", "doc.txt:1:1", "unknown type"),
        ("[[PERSON|]]", "doc.txt:1:1", "empty"),
        ("[[PERSON| Kyle]]", "doc.txt:1:1", "edge spaces"),
        ("[[PERSON|Ky|le]]", "doc.txt:1:1", "more than one '|'"),
        ("[[PERSON|Kyle\nBrown]]", "doc.txt:1:1", "line end"),
    ],
)
def test_malformed_markup_names_file_line_and_column(raw, where, message):
    with pytest.raises(CorpusError) as error:
        parse_markup(raw, source="doc.txt")
    assert str(error.value).startswith(f"{where}: ")
    assert message in str(error.value)


def test_error_never_quotes_the_document():
    with pytest.raises(CorpusError) as error:
        parse_markup("Secretname [[PERSON|Kyle", source="doc.txt")
    assert "Secretname" not in str(error.value) and "Kyle" not in str(error.value)


def test_load_corpus_reads_txt_files_in_name_order(tmp_path):
    (tmp_path / "ppn1_002.txt").write_text("[[PERSON|Ann]] left.", encoding="utf-8")
    (tmp_path / "debrief_001.txt").write_text("Nothing here.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert [(d.name, d.text, d.spans) for d in docs] == [
        ("debrief_001.txt", "Nothing here.", ()),
        ("ppn1_002.txt", "Ann left.", (GoldSpan(0, 3, "PERSON"),)),
    ]


def test_load_corpus_error_names_the_file(tmp_path):
    (tmp_path / "custody_001.txt").write_text("ok\n[[PERSON|x", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"custody_001\.txt:2:1: "):
        load_corpus(tmp_path)


def test_empty_or_missing_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="no .txt documents"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="not a folder"):
        load_corpus(tmp_path / "absent")
