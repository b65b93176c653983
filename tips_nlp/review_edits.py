"""A person reviews the anonymiser's detections: untick false alarms, add missed phrases.

Detections are reviewed per value ("Kyle" everywhere, not each mention), so one untick keeps
placeholders consistent. Reviewer-added phrases are matched everywhere in the text, case-
insensitively, on word boundaries, and merged with the detections (recall first).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.engine import Anonymiser, Operator, merge_overlaps
from tips_nlp.anonymise.pseudonyms import assign_placeholders, normalise_value
from tips_nlp.anonymise.result import AnonymisationError, AnonymisedText

logger = logging.getLogger(__name__)

# What a reviewer can call a phrase they add: entity type -> what the app shows.
ADDED_TYPES: dict[str, str] = {
    "PERSON": "Person",
    "PET": "Pet's name",
    "LOCATION": "Place",
    "ORGANIZATION": "Organisation",
    "OTHER_DETAIL": "Other identifying detail",
}
MAX_PHRASE_LENGTH = 200


@dataclass(frozen=True)
class Detection:
    """One detected value and all its mentions; `key` is stable across reruns."""

    key: str
    entity_type: str
    value: str
    mentions: int
    placeholder: str


@dataclass(frozen=True)
class AddedPhrase:
    """A phrase the reviewer wants hidden everywhere, with the type to label it."""

    phrase: str
    entity_type: str = "PERSON"


@dataclass(frozen=True)
class SummaryRow:
    """What was removed, for one placeholder label: how many things, how many mentions."""

    label: str
    items: int
    mentions: int


def detection_key(entity_type: str, value: str) -> str:
    """The key one value is reviewed under ("PERSON:kyle" for "Kyle" and "Kyle's")."""
    return f"{entity_type}:{normalise_value(value)}"


def detections(
    text: str, results: Sequence[RecognizerResult], labels: dict[str, str]
) -> list[Detection]:
    """The detections grouped by value, in order of first mention."""
    placeholders = assign_placeholders(
        ((r.entity_type, text[r.start : r.end]) for r in results), labels
    )
    grouped: dict[str, Detection] = {}
    for result, placeholder in zip(results, placeholders, strict=True):
        value = text[result.start : result.end]
        key = detection_key(result.entity_type, value)
        seen = grouped.get(key)
        grouped[key] = Detection(
            key=key,
            entity_type=result.entity_type,
            value=seen.value if seen else value,
            mentions=(seen.mentions if seen else 0) + 1,
            placeholder=placeholder,
        )
    return list(grouped.values())


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every mention of `phrase` in `text`: case-insensitive, not inside a longer word.

    Spaces in the phrase match any run of whitespace (a name broken across lines).
    "Leigh Park" matches "leigh  park" but "Ann" does not match "Anne" or "Joanna".
    """
    words = phrase.split()
    if not words or len(phrase) > MAX_PHRASE_LENGTH:
        return []
    body = r"\s+".join(re.escape(word) for word in words)
    pattern = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


def reviewed_results(
    text: str,
    results: Sequence[RecognizerResult],
    *,
    excluded: Collection[str] = (),
    added: Iterable[AddedPhrase] = (),
    priority: dict[str, int] | None = None,
) -> list[RecognizerResult]:
    """The detections after review: unticked values dropped, added phrases merged in."""
    kept = [
        r for r in results if detection_key(r.entity_type, text[r.start : r.end]) not in excluded
    ]
    for item in added:
        for start, end in phrase_spans(text, item.phrase):
            kept.append(RecognizerResult(item.entity_type, start, end, 1.0))
    return merge_overlaps(kept, priority)


def anonymise_reviewed(
    anonymiser: Anonymiser,
    text: str,
    results: Sequence[RecognizerResult],
    *,
    excluded: Collection[str] = (),
    added: Iterable[AddedPhrase] = (),
    operator: Operator = "placeholder",
) -> AnonymisedText:
    """Render the reviewed detections. Fails closed: raises AnonymisationError, never the text."""
    try:
        final = reviewed_results(
            text, results, excluded=excluded, added=added, priority=anonymiser.priority
        )
        return anonymiser.render(text, final, operator=operator)
    except Exception as exc:
        logger.error("reviewed anonymisation failed (%s)", exc.__class__.__name__)
        raise AnonymisationError(
            f"anonymisation failed ({exc.__class__.__name__}); no text was returned"
        ) from None


def removal_summary(anonymised: AnonymisedText) -> list[SummaryRow]:
    """Types and counts of what was removed, never the values, in order of first mention."""
    items: dict[str, set[str]] = {}
    mentions: dict[str, int] = {}
    for entity in anonymised.entities:
        label = entity.placeholder.strip("[]").rsplit(" ", 1)[0]
        items.setdefault(label, set()).add(entity.placeholder)
        mentions[label] = mentions.get(label, 0) + 1
    return [SummaryRow(label, len(items[label]), mentions[label]) for label in items]


def summary_lines(rows: Sequence[SummaryRow]) -> list[str]:
    """One line per type: "PERSON: 2 items, 5 mentions"."""
    lines = []
    for row in rows:
        things = "item" if row.items == 1 else "items"
        times = "mention" if row.mentions == 1 else "mentions"
        lines.append(f"{row.label}: {row.items} {things}, {row.mentions} {times}")
    return lines


def summary_text(rows: Sequence[SummaryRow], *, unticked: int = 0, added: int = 0) -> str:
    """The removal summary as plain text for a download (no original values)."""
    if not rows:
        lines = ["Nothing was removed."]
    else:
        lines = ["What was removed (types and counts only):"]
        lines += [f"- {line}" for line in summary_lines(rows)]
    if unticked:
        lines.append(f"Detections the reviewer chose to keep visible: {unticked}")
    if added:
        lines.append(f"Phrases the reviewer added: {added}")
    return "\n".join(lines) + "\n"
