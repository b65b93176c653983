"""Annotated anonymiser corpora: `[[TYPE|surface text]]` markup -> clean text + gold spans.

The format is the one agreed in FORMATS.md: one UTF-8 `.txt` per document, the markup is
stripped and each span is recorded by its offsets in the clean text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DIRECT_TYPES: tuple[str, ...] = (
    "PERSON",
    "OFFICER_ID",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "HANDLE",
    "DOB",
    "NHS",
    "NINO",
    "VRM",
    "PNC",
    "CRO",
    "CRIME_REF",
    "CUSTODY_REF",
    "OTHER_ID",
)
QUASI_TYPES: tuple[str, ...] = ("DATE", "ORG", "PLACE")
KEEP = "KEEP"
TIERS: dict[str, str] = {
    **{t: "direct" for t in DIRECT_TYPES},
    **{t: "quasi" for t in QUASI_TYPES},
    KEEP: "keep",
}
GENRES: tuple[str, ...] = ("debrief", "case_study", "ppn1", "custody", "stop_search", "bwv_review")

_OPEN, _SEP, _CLOSE = "[[", "|", "]]"
_TYPE_NAME = re.compile(r"[A-Z_]+")


class CorpusError(ValueError):
    """Malformed markup or an unreadable corpus; the message names file and line, never text."""


@dataclass(frozen=True)
class GoldSpan:
    """One annotated span: offsets in the clean text, its gold type and tier."""

    start: int
    end: int
    type: str

    @property
    def tier(self) -> str:
        return TIERS[self.type]


@dataclass(frozen=True)
class Document:
    """One annotated document with the markup removed."""

    name: str
    text: str
    spans: tuple[GoldSpan, ...]


def _where(source: str, raw: str, index: int) -> str:
    line = raw.count("\n", 0, index) + 1
    column = index - (raw.rfind("\n", 0, index) + 1) + 1
    return f"{source}:{line}:{column}"


def parse_markup(raw: str, *, source: str = "<text>") -> tuple[str, tuple[GoldSpan, ...]]:
    """Strip `[[TYPE|surface]]` markup; return the clean text and the gold spans in order.

    Raises CorpusError naming `source`, line and column for an unclosed or stray bracket,
    nesting, a missing `|`, an unknown type or an empty surface.
    """
    clean: list[str] = []
    spans: list[GoldSpan] = []
    length = 0
    pos = 0
    while True:
        opening = raw.find(_OPEN, pos)
        stray = raw.find(_CLOSE, pos)
        if stray != -1 and (opening == -1 or stray < opening):
            raise CorpusError(f"{_where(source, raw, stray)}: ']]' without a matching '[['")
        if opening == -1:
            tail = raw[pos:]
            clean.append(tail)
            break
        clean.append(raw[pos:opening])
        length += opening - pos
        closing = raw.find(_CLOSE, opening + 2)
        if closing == -1:
            raise CorpusError(f"{_where(source, raw, opening)}: '[[' is never closed")
        inner = raw[opening + 2 : closing]
        if _OPEN in inner:
            nested = opening + 2 + inner.index(_OPEN)
            raise CorpusError(f"{_where(source, raw, nested)}: nested '[[' is not allowed")
        if "\n" in inner:
            raise CorpusError(f"{_where(source, raw, opening)}: a span may not cross a line end")
        if _SEP not in inner:
            raise CorpusError(f"{_where(source, raw, opening)}: expected '[[TYPE|text]]'")
        type_name, surface = inner.split(_SEP, 1)
        if _SEP in surface:
            raise CorpusError(f"{_where(source, raw, opening)}: more than one '|' in a span")
        if not _TYPE_NAME.fullmatch(type_name) or type_name not in TIERS:
            raise CorpusError(f"{_where(source, raw, opening)}: unknown type {type_name!r}")
        if not surface.strip() or surface != surface.strip():
            raise CorpusError(
                f"{_where(source, raw, opening)}: surface text is empty or has edge spaces"
            )
        spans.append(GoldSpan(length, length + len(surface), type_name))
        clean.append(surface)
        length += len(surface)
        pos = closing + 2
    return "".join(clean), tuple(spans)


def load_document(path: Path) -> Document:
    """Read and parse one annotated `.txt` file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: not UTF-8 text") from None
    text, spans = parse_markup(raw, source=str(path))
    return Document(name=path.name, text=text, spans=spans)


def load_corpus(folder: Path) -> list[Document]:
    """Every `*.txt` document in `folder`, sorted by file name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder")
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise CorpusError(f"{folder}: no .txt documents found")
    return [load_document(path) for path in paths]
