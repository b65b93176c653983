"""The held-out evaluation sets are well-formed: markup parses, CSV values allowed, sizes met.

Self-contained on purpose (its own small parser): these sets are for measurement only and must not
depend on, or feed, the project's loaders, rules or models.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"
ANON_DIR = EVAL_DIR / "anonymiser"
COACH_CSV = EVAL_DIR / "coach" / "heldout.csv"

GENRES = ("debrief", "case_study", "ppn1", "custody", "stop_search", "bwv_review")
TYPES = {
    "PERSON", "OFFICER_ID", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "HANDLE", "DOB", "NHS",
    "NINO", "VRM", "PNC", "CRO", "CRIME_REF", "CUSTODY_REF", "OTHER_ID", "DATE", "ORG", "PLACE",
    "KEEP",
}  # fmt: skip
KINDS_OK = {"neutral", "quoted", "alternative", "homonym"}
CATEGORIES = {
    "labelling-behaviour", "victim-blaming", "exploitation", "domestic-abuse-minimising",
    "disbelief", "substance-use", "mental-health", "disability", "cultural-slur", "canteen-slang",
    "coercive-phrasing", "sexual-abuse-minimising", "other-deficit",
}  # fmt: skip
PRINCIPLES = {
    "Safety", "Trust", "Choice", "Collaboration", "Empowerment", "Cultural Considerations",
}  # fmt: skip
COLUMNS = ["text", "label", "kind", "category", "principle", "source"]

# One span: "[[PERSON|Kyle]]" is valid; "[[PERSON|a [[PLACE|b]]]]" and "[[PERSON|a|b]]" are not.
SPAN = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]+)\]\]")
NAME = re.compile(r"^(" + "|".join(GENRES) + r")_(\d{3})\.txt$")


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip the markup; return the clean text and its (start, end, TYPE) spans."""
    clean: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for match in SPAN.finditer(marked):
        before = marked[pos : match.start()]
        if "[[" in before or "]]" in before or "|" in before:
            raise ValueError(f"stray markup before offset {match.start()}")
        clean.append(before)
        length += len(before)
        surface = match.group(2)
        spans.append((length, length + len(surface), match.group(1)))
        clean.append(surface)
        length += len(surface)
        pos = match.end()
    tail = marked[pos:]
    if "[[" in tail or "]]" in tail or "|" in tail:
        raise ValueError("stray markup at the end")
    clean.append(tail)
    return "".join(clean), spans


def test_parser_rejects_nesting_and_stray_markup() -> None:
    with pytest.raises(ValueError):
        parse("[[PERSON|Ann [[PLACE|Hythe]]]] went home")
    with pytest.raises(ValueError):
        parse("[[PERSON|Ann|Bee]]")
    assert parse("Mrs [[PERSON|Ann Lee]]'s son") == ("Mrs Ann Lee's son", [(4, 11, "PERSON")])


def _documents() -> list[Path]:
    return sorted(ANON_DIR.glob("*.txt"))


def test_anonymiser_set_has_enough_documents_per_genre() -> None:
    names = [p.name for p in _documents()]
    assert all(NAME.match(n) for n in names), [n for n in names if not NAME.match(n)]
    per_genre = Counter(NAME.match(n).group(1) for n in names)
    assert len(names) >= 36
    assert all(per_genre[g] >= 6 for g in GENRES), per_genre


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_anonymiser_document_is_well_formed(path: Path) -> None:
    clean, spans = parse(path.read_text(encoding="utf-8"))
    assert 150 <= len(clean.split()) <= 400, len(clean.split())
    for start, end, kind in spans:
        surface = clean[start:end]
        assert kind in TYPES, kind
        assert surface == surface.strip() and surface, (kind, surface)
        if kind == "PERSON":
            assert not surface.endswith("'s"), surface
    assert sum(kind == "KEEP" for _, _, kind in spans) >= 5


def test_anonymiser_set_covers_every_type() -> None:
    counts: Counter[str] = Counter()
    for path in _documents():
        counts.update(kind for _, _, kind in parse(path.read_text(encoding="utf-8"))[1])
    assert set(counts) == TYPES, TYPES - set(counts)
    assert all(counts[t] >= 5 for t in TYPES), counts


def _rows() -> list[dict[str, str]]:
    with COACH_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_coach_set_rows_use_allowed_values() -> None:
    for row in _rows():
        assert row["text"].strip() == row["text"] and row["text"], row
        assert row["source"].startswith("heldout-"), row
        if row["label"] == "flag":
            assert row["kind"] == "blaming", row
            assert row["category"] in CATEGORIES, row
            assert row["principle"] in PRINCIPLES, row
        else:
            assert row["label"] == "ok", row
            assert row["kind"] in KINDS_OK, row
            assert row["category"] == "" and row["principle"] == "", row
            if row["kind"] == "quoted":
                assert any(q in row["text"] for q in "\"'“”‘’"), row


def test_coach_set_is_large_balanced_and_unique() -> None:
    rows = _rows()
    labels = Counter(r["label"] for r in rows)
    assert len(rows) >= 500
    assert 0.4 <= labels["flag"] / len(rows) <= 0.6, labels
    assert set(r["kind"] for r in rows if r["label"] == "ok") == KINDS_OK
    assert len({r["source"] for r in rows}) >= 4
    texts = [r["text"].casefold() for r in rows]
    assert len(texts) == len(set(texts)), [t for t, n in Counter(texts).items() if n > 1]
