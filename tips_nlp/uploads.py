"""Text from an uploaded .txt or .docx file, read in memory (never written to disk)."""

from __future__ import annotations

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_TYPES = ("txt", "docx")


class UploadError(ValueError):
    """The upload cannot be read; the message names the problem, never the content."""


def _decode(data: bytes) -> str:
    # utf-8-sig drops the byte-order mark Notepad adds; Windows-1252 is Word's "Plain text".
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UploadError("the file is not UTF-8 or Windows text") from exc


def _docx_text(data: bytes) -> str:
    """Through tips_nlp.documents: zip bombs and broken files are refused before unpacking."""
    from tips_nlp.documents import read_docx
    from tips_nlp.limits import InputRejectedError

    try:
        return read_docx(data)
    except InputRejectedError as exc:
        message = str(exc)
    raise UploadError(message)


def read_upload(name: str, data: bytes) -> str:
    """The text of an uploaded file; raises UploadError for other types or unreadable files."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError("the file is larger than 5 MB")
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == "txt":
        text = _decode(data)
        if "\x00" in text:
            raise UploadError("this looks like a binary file, not text")
    elif suffix == "docx":
        text = _docx_text(data)
    else:
        raise UploadError("only .txt and .docx files can be read")
    return text.replace("\r\n", "\n").replace("\r", "\n")
