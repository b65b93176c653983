"""Literal rule patterns (fixed words, optional middle words) matched through a first-word index.

Most rules are phrases ("kicked off", "known drinker"). The spaCy Matcher tries every pattern
at every token: ~170 ms for a 500-word text with 2,800 patterns. Looking each word up in an
index of first words, and checking only the patterns it can start, finds the same matches in
about a millisecond. A pattern the index cannot express exactly (a tag, an entity type, a
regex, an optional first or last word, ...) stays with the spaCy Matcher, so every pattern the
Matcher accepts still works, and a new rule in the existing format needs no code.

The Matcher patterns allow whitespace tokens (hard line breaks) between words
(`rules.allow_line_breaks`); the index does the same by matching over the non-space tokens.
Words are compared as spaCy string hashes, read for the whole Doc at once with `Doc.to_array`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.attrs import IS_SPACE, LEMMA, LOWER, NORM, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

# Token attributes a literal step may compare (pattern key -> spaCy attribute id).
_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "LEMMA": LEMMA}
# Optional middle words expand into fixed sequences; beyond this many, leave it to the Matcher.
_MAX_VARIANTS = 64

Step = tuple[int, frozenset[int]]  # (attribute id, hashes of the values it may have)


def literal_step(spec: object) -> Step | None:
    """One token spec as (attribute, value hashes), ignoring its OP; None when the spec says
    more than "this word" or "one of these words". valid: {"LOWER": "off"},
    {"LEMMA": {"IN": ["kick", "go"]}}; invalid: {"TAG": "VBN"}, {"LOWER": {"REGEX": "^x"}}."""
    if not isinstance(spec, dict):
        return None
    keys = set(spec) - {"OP"}
    if len(keys) != 1:
        return None
    (key,) = keys
    attr = _ATTRS.get(key)
    value = spec[key]
    if isinstance(value, str):
        values = [value]
    elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        values = value["IN"]
    else:
        return None
    # A whitespace value could match a line-break token, which the index skips.
    if attr is None or not values:
        return None
    if not all(isinstance(v, str) and v and not v.isspace() for v in values):
        return None
    return attr, frozenset(get_string_id(v) for v in values)


def literal_sequences(specs: list[dict]) -> list[tuple[Step, ...]] | None:
    """The fixed-length step sequences a Matcher pattern stands for, or None if it is not
    literal. valid: [{"LOWER": "her"}, {"LOWER": "own", "OP": "?"}, {"LOWER": "fault"}] -> two
    sequences; invalid: a TAG or ENT_TYPE spec, "+"/"*" ops, an optional first or last word
    (the Matcher then lets a line break start or end the match)."""
    if not specs:
        return None
    options: list[list[Step | None]] = []
    for position, spec in enumerate(specs):
        step = literal_step(spec)
        if step is None:
            return None
        op = spec.get("OP")
        if op not in (None, "?") or (op == "?" and position in (0, len(specs) - 1)):
            return None
        options.append([step, None] if op == "?" else [step])
    if 2 ** sum(len(o) - 1 for o in options) > _MAX_VARIANTS:
        return None
    sequences: list[tuple[Step, ...]] = []
    for combo in itertools.product(*options):
        sequence = tuple(s for s in combo if s is not None)
        if sequence not in sequences:
            sequences.append(sequence)
    return sequences


def required_steps(specs: list[dict]) -> list[Step]:
    """The literal steps every match of a pattern must contain (specs with no OP): a Doc with
    no token for one of them cannot match, so the Matcher need not run."""
    steps = []
    for spec in specs:
        step = literal_step(spec)
        if step is not None and "OP" not in spec:
            steps.append(step)
    return steps


class TokenValues:
    """The non-space tokens of a Doc: their positions and, per attribute, their value hashes."""

    def __init__(self, doc: Doc, attrs: set[int]) -> None:
        self.attrs = sorted(attrs)
        ids = [IS_SPACE, *self.attrs]
        # One row per token (`to_array` flattens a single attribute to one column).
        rows = doc.to_array(ids).reshape(len(doc), len(ids)).tolist() if len(doc) else []
        words = [(i, row) for i, row in enumerate(rows) if not row[0]]
        self.positions = [i for i, _ in words]
        self.columns = {
            attr: [row[k] for _, row in words] for k, attr in enumerate(self.attrs, start=1)
        }
        self._sets: dict[int, set[int]] = {}

    def has(self, step: Step) -> bool:
        """Whether some token has one of the step's values."""
        attr, values = step
        present = self._sets.get(attr)
        if present is None:
            present = self._sets[attr] = set(self.columns[attr])
        return not values.isdisjoint(present)


@dataclass(frozen=True)
class _Entry:
    key: str
    steps: tuple[Step, ...]


@dataclass
class _Bucket:
    """The sequences starting with one word: one-word sequences, and the longer ones keyed by
    their second word (most first words, like "her" or "was", start many phrases)."""

    single: list[_Entry] = field(default_factory=list)
    second: dict[int, dict[int, list[_Entry]]] = field(default_factory=dict)


class LiteralIndex:
    """Literal sequences keyed by their first two words; `matches()` gives (key, start, end)."""

    def __init__(self) -> None:
        self._first: dict[int, dict[int, _Bucket]] = {}
        self.attrs: set[int] = set()
        self.size = 0

    def add(self, key: str, sequences: list[tuple[Step, ...]]) -> None:
        for steps in sequences:
            entry = _Entry(key, steps)
            self.size += 1
            self.attrs.update(attr for attr, _ in steps)
            attr, values = steps[0]
            by_value = self._first.setdefault(attr, {})
            for value in values:
                bucket = by_value.setdefault(value, _Bucket())
                if len(steps) == 1:
                    bucket.single.append(entry)
                    continue
                second_attr, second_values = steps[1]
                by_second = bucket.second.setdefault(second_attr, {})
                for second in second_values:
                    by_second.setdefault(second, []).append(entry)

    def matches(self, words: TokenValues) -> Iterator[tuple[str, int, int]]:
        """Every (key, start token, end token) where a sequence matches, whitespace tokens
        allowed between its words; each distinct match once."""
        columns, positions = words.columns, words.positions
        n = len(positions)
        seen: set[tuple[str, int, int]] = set()
        for attr, by_value in self._first.items():
            for i, value in enumerate(columns[attr]):
                bucket = by_value.get(value)
                if bucket is None:
                    continue
                found = [(entry.key, positions[i], positions[i] + 1) for entry in bucket.single]
                if i + 1 < n:
                    for second_attr, by_second in bucket.second.items():
                        for entry in by_second.get(columns[second_attr][i + 1], ()):
                            last = i + len(entry.steps) - 1
                            if last < n and all(
                                columns[step_attr][j] in step_values
                                for j, (step_attr, step_values) in enumerate(
                                    entry.steps[2:], start=i + 2
                                )
                            ):
                                found.append((entry.key, positions[i], positions[last] + 1))
                for match in found:
                    if match not in seen:
                        seen.add(match)
                        yield match
