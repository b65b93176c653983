"""Venues, organisations and foreign towns written in lower case with English name words.

Informal notes write "at the harbour view hostel", "gift okafor (the bridge youth hub)", "the
boys hang at powerhouse gym", "outside club neon", "the carer from brightcare homecare", "drunk
from the lamb & flag" and "his daughter lives in cork". The unknown-word finders skip them (the
name words are English words), the NER model needs capitals. Word lists:
rules/pii/lower_venues.yml and rules/pii/world_places.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc

from tips_nlp.anonymise.recognizers.token_table import doc_text
from tips_nlp.anonymise.result import read_word_lists
from tips_nlp.resources import rules_dir

_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_WORD = r"[a-z][a-z'’-]*"


def _alternatives(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )


class LowerVenues:
    """The lower-case venue and place shapes, compiled once."""

    def __init__(self) -> None:
        base = rules_dir() / "pii"
        conf = read_word_lists(
            base / "lower_venues.yml",
            (
                "named_heads",
                "bare_heads",
                "describing_words",
                "club_not_names",
                "place_leads",
                "residence_leads",
            ),
        )
        self.describing = frozenset(w.lower() for w in conf["describing_words"])
        self.club_not_names = frozenset(w.lower() for w in conf["club_not_names"])
        named = _alternatives(conf["named_heads"])
        bare = _alternatives(conf["bare_heads"])
        leads = _alternatives(conf["place_leads"])
        # "the harbour view hostel": the, one or two name words, a venue kind.
        self.named = re.compile(
            rf"(?<![\w'’-])the\s+({_WORD}(?:\s+{_WORD})??)\s+(?:{named})(?![\w'’-])"
        )
        # "hang at powerhouse gym": a word of place, one name word, a venue kind.
        self.bare = re.compile(rf"(?<![\w'’-])(?:{leads})\s+({_WORD})\s+(?:{bare})(?![\w'’-])")
        # "outside club neon": a word of place, "club", its name.
        self.club = re.compile(rf"(?<![\w'’-])(?:{leads})\s+(club\s+({_WORD}))(?![\w'’-])")
        # "the lamb & flag": a pub's "X & Y" name after the; one noun each side.
        self.ampersand = re.compile(r"(?<![\w'’-])the\s+([a-z]{3,}\s*&\s*[a-z]{3,})(?![\w'’-])")
        # Towns that are also words, foreign (world_places.txt) or British (places.txt: "leeds",
        # "alton"), which a word of residence before them says are places.
        starred = [
            line.rstrip(" *").lower()
            for name in ("world_places.txt", "places.txt")
            for line in (base / name).read_text(encoding="utf-8").splitlines()
            if line.strip().endswith("*") and not line.startswith("#")
        ]
        residence = _alternatives(conf["residence_leads"])
        # "lives in cork": a foreign town that is also a word, after a word of residence.
        self.residence = (
            re.compile(rf"(?<![\w'’-])(?:{residence})\s+({_alternatives(starred)})(?![\w'’-])")
            if starred
            else None
        )

    def _named_by(self, doc: Doc, start: int, end: int) -> bool:
        """Name words that are nouns and describe nothing: "harbour view", not "bail"."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        words = [t for t in span if t.is_alpha]
        return bool(words) and all(
            t.text.lower() not in self.describing and t.tag_ in _NOUN_TAGS for t in words
        )

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        text = doc_text(doc)
        found = []
        for m in self.named.finditer(text):
            if self._named_by(doc, m.start(1), m.end(1)):
                found.append((m.start(), m.end(), "ORGANIZATION"))
        for m in self.bare.finditer(text):
            if self._named_by(doc, m.start(1), m.end(1)):
                found.append((m.start(1), m.end(), "ORGANIZATION"))
        for m in self.club.finditer(text):
            if m.group(2) not in self.club_not_names and self._named_by(doc, m.start(2), m.end(2)):
                found.append((m.start(1), m.end(1), "ORGANIZATION"))
        for m in self.ampersand.finditer(text):
            if self._named_by(doc, m.start(1), m.end(1)):
                found.append((m.start(), m.end(), "ORGANIZATION"))
        if self.residence is not None:
            for m in self.residence.finditer(text):
                found.append((m.start(1), m.end(1), "LOCATION"))
        return found


@lru_cache(maxsize=1)
def lower_venues() -> LowerVenues:
    return LowerVenues()


# A street word or town-centre word in lower case after a detected place: "the hertford rd
# stabbing", "brackford town centre"; valid: " rd", " road", " town centre"; invalid: " roads".
_PLACE_TAIL = re.compile(
    r"[ \t]+(?:rd|road|st|street|lane|ln|ave|avenue|close|way|drive|crescent|terrace|grove"
    r"|town\s+centre|city\s+centre|high\s+street)\b(?!['’-])"
)


def lower_case_venues(doc: Doc, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add lower-case venues and foreign towns (see the module docstring), and a lower-case
    street or centre word after a detected place ("hertford rd")."""
    text = doc_text(doc)
    added = [RecognizerResult(e, s, t, 0.86) for s, t, e in lower_venues().find(doc)]
    for r in results:
        if r.entity_type == "LOCATION" and (tail := _PLACE_TAIL.match(text, r.end)):
            added.append(RecognizerResult("LOCATION", r.start, tail.end(), r.score))
    return results + added if added else results
