"""Labelled coach sentence sets (data/coach/*.csv, eval/coach/*.csv) in the shared CSV format."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

COLUMNS = ("text", "label", "kind", "category", "principle", "source")
KINDS_OF = {"flag": {"blaming"}, "ok": {"neutral", "quoted", "alternative", "homonym"}}


class SentenceSetError(ValueError):
    """A sentence set is missing or malformed; the message names the file and row, not the text."""


@dataclass(frozen=True)
class SentenceRow:
    text: str
    label: str
    kind: str
    category: str
    principle: str
    source: str

    @property
    def is_flag(self) -> bool:
        return self.label == "flag"


def read_sentence_set(path: Path) -> list[SentenceRow]:
    """Rows of a coach CSV; raises SentenceSetError on a missing file or a bad row."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or set(COLUMNS) - set(reader.fieldnames):
                raise SentenceSetError(f"{path}: header must have columns {', '.join(COLUMNS)}")
            rows = []
            for number, record in enumerate(reader, start=2):
                row = SentenceRow(**{column: (record[column] or "").strip() for column in COLUMNS})
                if row.label not in KINDS_OF or row.kind not in KINDS_OF[row.label]:
                    raise SentenceSetError(f"{path}: line {number}: bad label/kind")
                if not row.text:
                    raise SentenceSetError(f"{path}: line {number}: empty text")
                if row.is_flag and not row.category:
                    raise SentenceSetError(f"{path}: line {number}: flag row without category")
                rows.append(row)
    except FileNotFoundError:
        raise SentenceSetError(f"no such sentence set: {path}") from None
    except UnicodeDecodeError:
        raise SentenceSetError(f"{path}: not UTF-8") from None
    if not rows:
        raise SentenceSetError(f"{path}: no rows")
    return rows
