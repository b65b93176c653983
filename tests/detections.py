"""What the anonymiser detects in a text, for tests: the eval's rule for "protected" and "kept"."""

from __future__ import annotations


def detected(anonymiser, text: str) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in anonymiser.analyse_doc(anonymiser.nlp(text))]


def covered(anonymiser, text: str, value: str, occurrence: int = 0) -> bool:
    """Every letter and digit of `value` (its given occurrence, 0 = first) lies inside some
    detection."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    inside = {i for s, e in detected(anonymiser, text) for i in range(s, e)}
    return all(i in inside for i in range(start, start + len(value)) if text[i].isalnum())


def touched(anonymiser, text: str, value: str) -> bool:
    """Some detection overlaps `value` (first occurrence)."""
    start = text.index(value)
    return any(s < start + len(value) and e > start for s, e in detected(anonymiser, text))
