"""Text out of the files people bring: UTF-8 .txt and Word .docx, checked before they are read.

Everything happens in memory. A file is refused, with a message that names the problem and
never the content, when it is too big, binary, not UTF-8, or a .docx that is not a sound zip
or would unpack to far more than it weighs (a zip bomb: checked from the zip directory before
anything is decompressed).
"""

from __future__ import annotations

import io
import unicodedata
import zipfile

from tips_nlp.limits import (
    MAX_DOCX_BYTES,
    MAX_DOCX_PARTS,
    MAX_DOCX_RATIO,
    MAX_DOCX_UNPACKED_BYTES,
    MAX_TEXT_BYTES,
    InputRejectedError,
    check_length,
)

DOCUMENT_TYPES = ("txt", "docx")
# Control characters that ordinary text holds: tab, line feed, vertical tab, form feed, return.
_TEXT_CONTROLS = frozenset("\t\n\x0b\x0c\r")


class DocumentError(InputRejectedError):
    """The file cannot be read as text; the message names the problem, never the content."""


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def decode_text(data: bytes) -> str:
    """Text of a .txt file: UTF-8 (a byte-order mark is dropped), not binary, within limits."""
    if len(data) > MAX_TEXT_BYTES:
        raise DocumentError(
            f"the file is {len(data):,} bytes; the limit for text is {MAX_TEXT_BYTES:,} bytes"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError("not UTF-8 text; save it as UTF-8 and try again") from None
    controls = sum(
        1 for ch in text if ch not in _TEXT_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    # Text never holds NUL; a stray control character or two is tolerated (pasted from PDFs).
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise DocumentError("this looks like a binary file, not text")
    check_length(text)
    return text


def check_docx_archive(data: bytes) -> None:
    """Refuse a .docx that is too big, not a zip, or would unpack too far (before unpacking).

    Python's zipfile never returns more than a part's declared size (and checks its CRC), so
    the declared sizes in the zip directory bound what python-docx can decompress.
    """
    if len(data) > MAX_DOCX_BYTES:
        raise DocumentError(f"the Word file is larger than {_megabytes(MAX_DOCX_BYTES)}")
    parts = None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        pass
    if parts is None:
        raise DocumentError("not a readable Word (.docx) document")
    if len(parts) > MAX_DOCX_PARTS:
        raise DocumentError(f"the Word file has more than {MAX_DOCX_PARTS:,} parts")
    if not any(part.filename == "word/document.xml" for part in parts):
        raise DocumentError("not a readable Word (.docx) document")
    unpacked = sum(part.file_size for part in parts)
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise DocumentError(
            f"the Word file would unpack to more than {_megabytes(MAX_DOCX_UNPACKED_BYTES)}"
        )
    for part in parts:
        # Small parts may pack tightly (repeated styles); only a big one that packs
        # hundreds of times smaller looks like a bomb.
        big = part.file_size > 1024 * 1024
        if big and part.file_size > MAX_DOCX_RATIO * max(part.compress_size, 1):
            raise DocumentError(
                "the Word file is compressed suspiciously far (a possible zip bomb); "
                "open it in Word, save it again and retry"
            )


def _docx_blocks(document: object) -> list[str]:
    """Paragraphs and table rows in reading order (case notes often sit in a table)."""
    from docx.table import Table

    blocks: list[str] = []
    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    if cell.text not in cells:  # a merged cell repeats its text
                        cells.append(cell.text)
                blocks.append(" | ".join(cells))
        else:
            blocks.append(item.text)
    return blocks


def read_docx(data: bytes) -> str:
    """Text of a .docx (body paragraphs and tables), after `check_docx_archive`."""
    check_docx_archive(data)
    from docx import Document

    error: DocumentError | None = None
    try:
        blocks = _docx_blocks(Document(io.BytesIO(data)))
    except Exception:  # lxml and python-docx messages can quote the document
        error = DocumentError("not a readable Word (.docx) document")
    if error is not None:
        raise error  # raised outside the handler so no library exception rides along
    text = "\n".join(blocks)
    check_length(text)
    return text


def read_document(name: str, data: bytes) -> str:
    """Text of an uploaded or named file, chosen by its extension (.txt or .docx)."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == "txt":
        return decode_text(data)
    if suffix == "docx":
        return read_docx(data)
    raise DocumentError("only .txt and .docx files can be read")
