"""Uploads are read in memory: .txt in UTF-8 or Windows text, .docx paragraphs and tables."""

from __future__ import annotations

import io

import pytest
from docx import Document

from tips_nlp.uploads import MAX_UPLOAD_BYTES, UploadError, read_upload


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Kyle’s nan\r\nrang.".encode(), "Kyle’s nan\nrang."),
        ("\ufeffBOM first".encode(), "BOM first"),
        ("Café in Fratton".encode("cp1252"), "Café in Fratton"),
    ],
)
def test_text_files_are_decoded(data, expected):
    assert read_upload("note.TXT", data) == expected


def test_docx_paragraphs_and_table_cells_are_read():
    data = _docx(
        ["Debrief.", "Kyle was found."], [["Name", "Kyle Brown"], ["Phone", "07700 900123"]]
    )
    assert read_upload("debrief.docx", data) == (
        "Debrief.\nKyle was found.\nName | Kyle Brown\nPhone | 07700 900123"
    )


def test_a_broken_docx_is_refused_without_quoting_it():
    with pytest.raises(UploadError) as caught:
        read_upload("debrief.docx", b"Kyle Brown, 07700 900123, not a zip")
    assert "Kyle" not in str(caught.value)


@pytest.mark.parametrize("name", ["notes.pdf", "notes", "notes.doc"])
def test_other_types_are_refused(name):
    with pytest.raises(UploadError, match="only .txt and .docx"):
        read_upload(name, b"text")


def test_files_over_the_limit_are_refused():
    with pytest.raises(UploadError, match="larger than 5 MB"):
        read_upload("big.txt", b"a" * (MAX_UPLOAD_BYTES + 1))
