"""A faster `match` for the model's attribute ruler, with the same matches.

The attribute ruler (tag -> part of speech, morphology and lemma exceptions) runs its 179
patterns through spaCy's Matcher at every token: about a tenth of the parse. Nearly all of them
test one token's TAG, LOWER or IS_SPACE, which dictionaries answer directly. Of the rest, those
on dependency labels can only match a parsed Doc (our pipeline has no parser), and the few
two-token or regex ones run only when the Doc holds a word they start with. The matches, their
order and so the annotations are the ruler's own (tested token by token against the original).
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import IS_SPACE, LOWER, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

Match = tuple[int, int, int, int]  # attribute id, match id, start, end (the ruler's own shape)
Entry = tuple[int, int]  # attribute id, match id
_SIMPLE_KEYS = {"TAG", "LOWER", "IS_SPACE"}


def _accepted(value: object) -> list | None:
    """The values a one-token constraint accepts (a value or an IN list), or None."""
    if isinstance(value, str | bool):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


def _simple(pattern: list[dict]) -> dict[str, list] | None:
    """One token testing only TAG / LOWER / IS_SPACE by value or IN list, else None."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= _SIMPLE_KEYS:
        return None
    tests = {key: _accepted(value) for key, value in pattern[0].items()}
    return None if None in tests.values() else tests


def _first_word_test(pattern: list[dict]) -> tuple[set[str], list[re.Pattern]] | None:
    """Words (or regexes) the pattern's first token must be, to gate its Matcher; None: any."""
    lower = pattern[0].get("LOWER") if pattern else None
    if isinstance(lower, dict) and set(lower) == {"REGEX"}:
        return set(), [re.compile(lower["REGEX"])]
    accepted = _accepted(lower)
    return None if accepted is None else ({str(word) for word in accepted}, [])


class IndexedAttributeMatch:
    """Callable replacing `AttributeRuler.match` (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self._strings = strings
        self._by_tag: dict[int, list[Entry]] = defaultdict(list)
        self._by_lower: dict[int, list[Entry]] = defaultdict(list)
        self._by_both: dict[tuple[int, int], list[Entry]] = defaultdict(list)
        # (tag hashes or None, lower hashes or None, accepted IS_SPACE values, entry)
        self._space: list[tuple[set | None, set | None, list, Entry]] = []
        self._parsed = Matcher(ruler.vocab)  # patterns on DEP: only a parsed Doc can match
        self._rare = Matcher(ruler.vocab)  # multi-token / regex patterns, gated by first word
        self._gate_words: set[str] = set()
        self._gate_regexes: list[re.Pattern] = []
        self._rare_always = False
        for attr_id in range(len(ruler.attrs)):
            match_id = strings[str(attr_id)]
            _, patterns = ruler.matcher.get(match_id)
            parsed, rare = [], []
            for pattern in patterns:
                tests = _simple(pattern)
                if tests is not None:
                    self._index(tests, (attr_id, match_id))
                elif any("DEP" in token for token in pattern):
                    parsed.append(pattern)
                else:
                    rare.append(pattern)
                    gate = _first_word_test(pattern)
                    if gate is None:
                        self._rare_always = True
                    else:
                        self._gate_words |= gate[0]
                        self._gate_regexes += gate[1]
            if parsed:
                self._parsed.add(match_id, parsed)
            if rare:
                self._rare.add(match_id, rare)

    def _index(self, tests: dict[str, list], entry: Entry) -> None:
        tags = {self._strings.add(t) for t in tests.get("TAG", ())} or None
        lowers = {self._strings.add(w) for w in tests.get("LOWER", ())} or None
        if "IS_SPACE" in tests:
            self._space.append((tags, lowers, tests["IS_SPACE"], entry))
        elif tags and lowers:
            for tag in tags:
                for lower in lowers:
                    self._by_both[(tag, lower)].append(entry)
        elif tags:
            for tag in tags:
                self._by_tag[tag].append(entry)
        else:
            for lower in lowers or ():
                self._by_lower[lower].append(entry)

    def _rare_may_match(self, lowers: set[int]) -> bool:
        if self._rare_always:
            return True
        words = {self._strings[h] for h in lowers}
        return bool(words & self._gate_words) or any(
            regex.search(word) for regex in self._gate_regexes for word in words
        )

    def __call__(self, doc: Doc) -> list[Match]:
        matches: set[Match] = set()
        by_tag, by_lower, by_both, space = self._by_tag, self._by_lower, self._by_both, self._space
        rows = doc.to_array([TAG, LOWER, IS_SPACE]).tolist()
        for i, (tag, lower, is_space) in enumerate(rows):
            for entries in (by_tag.get(tag), by_lower.get(lower), by_both.get((tag, lower))):
                if entries:
                    matches.update((a, m, i, i + 1) for a, m in entries)
            for tags, lowers, accepted, (a, m) in space:
                if (
                    bool(is_space) in accepted
                    and (tags is None or tag in tags)
                    and (lowers is None or lower in lowers)
                ):
                    matches.add((a, m, i, i + 1))
        found = []
        if len(self._parsed) and doc.has_annotation("DEP"):
            found += self._parsed(doc, allow_missing=True, as_spans=False)
        if len(self._rare) and self._rare_may_match({row[1] for row in rows}):
            found += self._rare(doc, allow_missing=True, as_spans=False)
        for match_id, start, end in found:
            matches.add((int(self._strings[match_id]), match_id, start, end))
        return sorted(matches)


def index_attribute_ruler(ruler: AttributeRuler) -> None:
    """Give `ruler` the indexed match (an instance attribute, so its `__call__` uses it)."""
    ruler.match = IndexedAttributeMatch(ruler)  # type: ignore[method-assign]
