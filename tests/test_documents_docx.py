"""The safe .docx reader: real Word files are read in order; broken files and zip bombs are
refused from the zip directory, before anything is decompressed."""

from __future__ import annotations

import io
import time
import zipfile

import docx
import pytest

from tips_nlp.documents import DocumentError, check_docx_archive, read_document, read_docx
from tips_nlp.limits import MAX_CHARS, TextTooLongError

NOT_DOCX = "not a readable Word (.docx) document"


def word_file(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_of(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_paragraphs_and_table_rows_come_out_in_reading_order():
    data = word_file(
        "Debrief, 3 May.", "Kyle was found safe.", table=[["Officer", "PC 4521"], ["TIP", "Sam"]]
    )
    assert read_docx(data) == "Debrief, 3 May.\nKyle was found safe.\nOfficer | PC 4521\nTIP | Sam"
    assert read_document("note.DOCX", data) == read_docx(data)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Janet O'Brien rang 07700 900123",
        b"PK\x03\x04" + b"\x00" * 200,
        zip_of({"hello.txt": b"Janet O'Brien"}),
        zip_of({"word/document.xml": b"<not xml Janet O'Brien"}),
        zip_of({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"}),
    ],
    ids=["empty", "text", "zip-header-only", "zip-without-document", "bad-xml", "no-relations"],
)
def test_files_that_are_not_word_documents_are_refused_without_quoting_them(data):
    with pytest.raises(DocumentError) as raised:
        read_docx(data)
    assert str(raised.value) == NOT_DOCX
    assert raised.value.__context__ is None
    assert "Janet" not in str(raised.value)


def test_a_truncated_word_file_is_refused():
    data = word_file("Kyle was found safe.")
    with pytest.raises(DocumentError, match="not a readable Word"):
        read_docx(data[: len(data) // 2])


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    """60 MB of zeros packs into about 60 KB: refused on the declared sizes alone."""
    bomb = zip_of({"word/document.xml": b"\x00" * 60_000_000})
    assert len(bomb) < 100_000
    started = time.perf_counter()
    with pytest.raises(DocumentError) as raised:
        check_docx_archive(bomb)
    assert time.perf_counter() - started < 1.0  # measured only to show nothing was inflated
    assert str(raised.value) == "the Word file would unpack to more than 50 MB"


def test_a_part_compressed_suspiciously_far_is_refused():
    bomb = zip_of({"word/document.xml": b"<w:t>" + b"a" * 20_000_000 + b"</w:t>"})
    with pytest.raises(DocumentError, match="compressed suspiciously far"):
        read_docx(bomb)


def test_a_zip_that_lies_about_its_sizes_is_refused():
    """The directory says 100 bytes; the data inflates to megabytes. zipfile stops at the
    declared size and the CRC check fails: python-docx never sees more than was declared."""
    honest = word_file("Kyle was found safe.")
    parts = {}
    with zipfile.ZipFile(io.BytesIO(honest)) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info)
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"Kyle was found safe.", b"Kyle " * 400_000
    )
    data = bytearray(zip_of(parts))
    # The central directory entry names the part 46 bytes after its start; the declared
    # uncompressed size sits at byte 24 of the entry.
    entry = bytes(data).rfind(b"word/document.xml") - 46
    assert data[entry : entry + 4] == b"PK\x01\x02"
    data[entry + 24 : entry + 28] = (100).to_bytes(4, "little")
    with pytest.raises(DocumentError):
        read_docx(bytes(data))


def test_too_many_parts_are_refused():
    parts = {f"word/media/{i}.xml": b"<x/>" for i in range(1_001)}
    parts["word/document.xml"] = b"<w:document/>"
    with pytest.raises(DocumentError, match="more than 1,000 parts"):
        check_docx_archive(zip_of(parts, zipfile.ZIP_STORED))


def test_a_billion_laughs_entity_is_not_expanded():
    data = word_file("Kyle was found safe.")
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info)
    laughs = b'<!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    laughs += b"".join(
        b'<!ENTITY %s "%s">' % (bytes([99 + i]), (b"&" + bytes([98 + i]) + b";") * 10)
        for i in range(7)
    )
    laughs += b"]>"
    xml = parts["word/document.xml"]
    head, _, body = xml.partition(b"?>")
    parts["word/document.xml"] = head + b"?>" + laughs + body.replace(b"Kyle", b"&i;", 1)
    started = time.perf_counter()
    try:
        text = read_docx(zip_of(parts))
    except DocumentError:
        text = ""
    assert time.perf_counter() - started < 5.0
    assert "lollol" not in text


def test_a_word_file_over_the_text_limit_is_refused():
    lines = [f"Paragraph {i}: Kyle was found safe at {i % 24}:{i % 60:02d}." for i in range(4_000)]
    assert len("\n".join(lines)) > MAX_CHARS
    data = word_file(*lines)
    with pytest.raises(TextTooLongError):
        read_docx(data)


@pytest.mark.parametrize("name", ["note.pdf", "note", "note.doc", "note.txt.exe"])
def test_other_file_types_are_refused(name):
    with pytest.raises(DocumentError, match="only .txt and .docx"):
        read_document(name, b"Janet")
