"""Places and organisations written all in lower case, found by their shape.

Informal notes (phone notes, BWV and stop-search notes) write "from ryde", "the abbey estate",
"admiral lord nelson school", "the red lion" and "the chippy on high street" with no capital to
help the NER model. Each finder returns (start, end, entity) spans from word lists in
rules/pii/place_shapes.yml and lower_case_orgs.yml, never from strings of any corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from tips_nlp.anonymise.recognizers.factored_alternation import (
    factored_alternation,
    phrase_atoms,
)
from tips_nlp.anonymise.result import read_word_lists

Span = tuple[int, int, str]

_WORD = r"[a-z][a-z'’-]*"
# Lead words that also come before a person ("and shirley", "to shirley").
_LOOSE_LEADS = frozenset({"to", "and", "or", "of", "the", "back", "visiting", "visited"})


def _alternatives(words: list[str]) -> str:
    """A regex alternation, longest first, spaces matching any white space; written as a
    prefix tree (factored_alternation: the same first match, fewer branches tried)."""
    phrases = sorted(set(words), key=len, reverse=True)
    return factored_alternation(
        [phrase_atoms(w, separator=r"\s+") for w in phrases], separator=r"\s+", ignore_case=True
    )


def _key(word: str) -> str:
    """The word without a possessive: "mary's" -> "mary"."""
    return re.sub(r"['’]s$", "", word.lower().replace("’", "'"))


class LowerCaseShapes:
    """Finders for lower-case sites, institutions, pubs and businesses.

    Args:
        base: the rules/pii folder.
        is_unknown: True for a word that is no English word (a name).
        is_name: True for a word in the name lists.
        lower_places: towns from rules/pii/places.txt in lower case, starred ones included.
    """

    def __init__(
        self,
        base: Path,
        *,
        is_unknown: Callable[[str], bool],
        is_name: Callable[[str], bool],
        lower_places: frozenset[str],
        starred: list[str],
        given_names: frozenset[str],
    ) -> None:
        sites = read_word_lists(
            base / "place_shapes.yml", ("site_kinds", "site_not_names", "lead_words")
        )
        orgs = read_word_lists(
            base / "lower_case_orgs.yml",
            (
                "institution_words",
                "name_words",
                "more_institutions",
                "pub_names",
                "business_words",
                "street_words",
                "house_names",
                "middle_words",
            ),
        )
        self.is_unknown = is_unknown
        self.is_name = is_name
        self.lower_places = lower_places
        self.site_not_names = frozenset(w.lower() for w in sites["site_not_names"])
        self.org_name_words = frozenset(w.lower() for w in orgs["name_words"])
        self.middle_words = frozenset(w.lower() for w in orgs["middle_words"])
        leads = [w for w in sites["lead_words"] if w.isalpha()]
        strict = [w for w in leads if w not in _LOOSE_LEADS]
        towns = [w for w in starred if w not in given_names]
        names = [w for w in starred if w in given_names]
        # valid: "from ryde", "in shirley"; invalid: "ryde" alone, "and shirley" (a person).
        self.towns = [
            re.compile(
                rf"(?<![\w'’-])(?i:{_alternatives(lead)})\s+({_alternatives(words) or '(?!)'})"
                r"(?![\w'’-])"
            )
            for lead, words in ((leads, towns), (strict, names))
        ]
        kinds = _alternatives(sites["site_kinds"])
        # valid: "the abbey estate", "memorial park", "wecock farm estate"; the caller's word
        # check refuses "the council estate", "the park", "his local park".
        self.site = re.compile(rf"(?<![\w'’-])((?:{_WORD}\s+){{1,2}}?)({kinds})(?![\w'’-])")
        institutions = _alternatives(orgs["institution_words"] + orgs["more_institutions"])
        # valid: "admiral lord nelson school", "buckland youth hub"; the caller checks the words.
        self.institution = re.compile(
            rf"(?<![\w'’-])((?:{_WORD}\s+){{1,4}})({institutions})(?![\w'’-])"
        )
        # valid: "st mary's", "st. james"; invalid: "1st", "first".
        self.saint = re.compile(r"(?<![\w'’-])st\.?\s+[a-z]+(?:['’]s)?(?![\w'’-])")
        pubs = _alternatives(orgs["pub_names"])
        # valid: "the red lion", "the fisherman's arms", "the rusty anchor"; invalid: "the
        # lion", "his arms", "the anchor" (one word).
        self.pub = re.compile(
            rf"(?<![\w'’-])the\s+(?:(?:{pubs})"
            rf"|{_WORD}\s+(?:arms|inn|tavern|anchor|plough|wheatsheaf|alehouse|taphouse))(?![\w'’-])"
        )
        # valid: "taken to the maples"; invalid: "the maple tree" (not the plural house name).
        self.house = re.compile(
            rf"(?<![\w'’-])the\s+(?:{_alternatives(orgs['house_names'])})(?![\w'’-])"
        )
        business = _alternatives(orgs["business_words"])
        streets = _alternatives(orgs["street_words"])
        # valid: "the chippy on high street", "a cafe in market square", "greggs on high st";
        # invalid: "the shop on the corner" (no street word), "a garage on the estate".
        self.business = re.compile(
            rf"(?<![\w'’-])(?:(?:the|a)\s+(?:{_WORD}\s+)?)?(?:{business})\s+(?:on|in|at|off)\s+"
            rf"(?:the\s+)?(?!the\s)(?:{_WORD}\s+){{0,2}}(?:{streets})(?![\w'’-])"
        )
        # A town straight after an institution: "the pentecostal church in shirley".
        self.town_after = re.compile(rf"\s+(?:in|at|,)\s+({_WORD}(?:\s+{_WORD})?)")
        self._last: tuple[str, tuple[Span, ...]] | None = None

    def find(self, text: str) -> tuple[Span, ...]:
        """Every lower-case site (LOCATION) and organisation (ORGANIZATION) in `text`.

        The name and place recognizers both ask about the same text, one after the other: the
        answer for the last text is kept (one tuple, replaced whole, so threads never see half).
        """
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        found = tuple(self._find(text))
        self._last = (text, found)
        return found

    def _find(self, text: str) -> Iterator[Span]:
        for pattern in self.towns:
            for m in pattern.finditer(text):
                yield m.start(1), m.end(1), "LOCATION"
        yield from self._sites(text)
        yield from self._institutions(text)
        for m in self.saint.finditer(text):
            if _key(m.group().split()[-1]) in STOP_WORDS:
                continue  # "high st then home": a street's "st", then a little word
            yield self._with_town(text, m.start(), m.end(), direct=True)
        for m in self.house.finditer(text):
            yield m.start(), m.end(), "ORGANIZATION"
        for m in self.pub.finditer(text):
            yield m.start(), m.end(), "ORGANIZATION"
        yield from self._pubs_in_capitals(text)
        for m in self.business.finditer(text):
            yield m.start(), m.end(), "ORGANIZATION"

    def _pubs_in_capitals(self, text: str) -> Iterator[Span]:
        """A listed pub written in capitals, as headings are: "OUTSIDE THE RED LION"."""
        if "THE" not in text:
            return
        low = text.lower()
        if len(low) != len(text):
            return
        for m in self.pub.finditer(low):
            if text[m.start() : m.end()].isupper():
                yield m.start(), m.end(), "ORGANIZATION"

    def _sites(self, text: str) -> Iterator[Span]:
        for m in self.site.finditer(text):
            words = list(re.finditer(r"\S+", m.group(1)))
            start = None
            unknown = False
            for word in reversed(words):  # name words read back from the kind
                key = _key(word.group())
                if (
                    key in STOP_WORDS
                    or key in self.site_not_names
                    or len(key) < 3
                    or key.endswith("ing")  # "vehicle circling car park": a verb, no name
                ):
                    break
                unknown = unknown or self.is_unknown(key) or key in self.lower_places
                start = m.start(1) + word.start()
            if start is None:
                continue
            # English name words need "the" before them: "the abbey estate", not "vehicle
            # car park"; a town or a word that is no English word needs nothing: "wecock farm
            # estate", "cowes ferry terminal", "brookside park, havenbury".
            with_the = _with_article(text, start)
            town = re.match(rf",?\s+({_WORD})", text[m.end() :])
            if town and (town.group(1) in self.lower_places or self.is_unknown(town.group(1))):
                unknown = True  # "brookside park, havenbury": a town after it
            if with_the == start and not unknown:
                continue
            yield with_the, m.end(), "LOCATION"

    def _institutions(self, text: str) -> Iterator[Span]:
        for m in self.institution.finditer(text):
            words = list(re.finditer(r"\S+", m.group(1)))
            start = None
            evidence = False
            named = _gp_names(text, m, words)
            for n, word in enumerate(reversed(words)):
                key = _key(word.group())
                if key in STOP_WORDS or len(key) < 2:
                    break
                if key in self.middle_words and start is None and n < 3:
                    continue  # "st bede's catholic college": a kind word before the kind
                if key in self.org_name_words or self.is_unknown(key):
                    evidence = True  # "admiral", "st", "buckland"
                elif n < named:
                    evidence = True  # "the gp is brookside surgery", "gp blossom hill surgery"
                elif not self.is_name(key):
                    break  # a listed name that is also a word counts beside evidence: "nelson"
                start = m.start(1) + word.start()
            if start is None or not evidence:
                continue
            yield self._with_town(text, _with_article(text, start), m.end(), direct=False)

    def _with_town(self, text: str, start: int, end: int, *, direct: bool) -> Span:
        """Stretch an organisation over a town just after it: "st mary's newport", "the
        pentecostal church in shirley"."""
        if direct:
            m = re.match(rf"\s+({_WORD})", text[end:])
            if m and m.group(1) in self.lower_places:
                return start, end + m.end(), "ORGANIZATION"
        m = self.town_after.match(text, end)
        if m:
            words = m.group(1).split()
            for n in (len(words), 1):
                if " ".join(words[:n]) in self.lower_places:
                    return start, m.start(1) + len(" ".join(words[:n])), "ORGANIZATION"
        return start, end, "ORGANIZATION"


# A bare "gp" label names a practice of two words only ("gp blossom hill surgery"), so
# "the gp said surgery" stays.
_BARE_GP_BEFORE = re.compile(r"\bgp[ \t]+\Z")

# A GP practice's kind, and what says the words before it name the person's GP practice.
# valid: "the gp is brookside surgery", "registered with riverside medical centre";
# invalid: "she had knee surgery" (no GP before), "the gp said surgery".
_PRACTICE_KINDS = frozenset(
    {"surgery", "medical practice", "medical centre", "health centre", "gp surgery"}
)
_GP_BEFORE = re.compile(
    r"(?:(?:\bgp|\bdoctors?)[ \t]*(?:is|=|:|at|-|–)|\bregistered[ \t]+(?:with|at))"
    r"[ \t]*(?:the[ \t]+)?\Z"
)


def _gp_names(text: str, m: re.Match, words: list[re.Match]) -> int:
    """How many words before a practice kind name it because a GP label comes right before
    them (one or two: "gp is brookside surgery", "gp blossom hill medical practice"; English
    words then count as a name), or 0."""
    kind = " ".join(m.group(2).split())
    if kind not in _PRACTICE_KINDS:
        return 0
    for n in (1, 2):
        if n <= len(words):
            start = m.start(1) + words[-n].start()
            before = text[max(0, start - 40) : start]
            if _GP_BEFORE.search(before) or (n == 2 and _BARE_GP_BEFORE.search(before)):
                return n
    return 0


def _with_article(text: str, start: int) -> int:
    """Start at a "the" just before, as a name often includes it ("the abbey estate")."""
    m = re.search(r"(?<![\w'’-])the\s+$", text[:start])
    return m.start() if m else start
