"""Presidio's phone recognizer, with libphonenumbers run only around digits.

`phonenumbers.PhoneNumberMatcher` scans the whole text and parses every digit group it meets
("15", "2023", "10") once per region: most of the anonymiser's time on a narrative went there.
Here the text is cut into windows, each a maximal run of the characters a phone candidate can
hold (digits, phone punctuation, extension words) that contains enough digits to be a phone,
plus one character either side (the matcher looks at the characters around a candidate).
The matcher runs on each window, and the answer for a window is remembered, so a repeated
" 2023," costs a dictionary look-up. The spans found are the ones the matcher finds on the
whole text: a candidate never crosses a character outside that alphabet, and the matcher only
looks at one character beyond a candidate (tests/test_anonymise_phone_windows.py compares).
A candidate (or window) without a plus sign and with fewer digits than any number valid for
the region can have (`region_min_digits`: 7 for GB, 4 for DE) is not parsed for that region:
libphonenumber would reject it, and parsing is the cost.
The one difference: the matcher's budget of failed attempts per text (65,535) is not spent on
windows too short to hold a phone, so a huge text full of short numbers is searched to the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser as sre_parse

from phonenumbers import (
    Leniency,
    PhoneMetadata,
    PhoneNumberMatch,
    PhoneNumberMatcher,
    enable_pattern_cache,
)
from phonenumbers.phonenumbermatcher import _PATTERN as _CANDIDATE
from phonenumbers.phonenumberutil import _PLUS_CHARS, COUNTRY_CODE_TO_REGION_CODE
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

# PhoneNumberMatcher's default budget of failed attempts per text.
MAX_TRIES = 65_535
# The fewest digits (or letters, which libphonenumber reads as keypad digits) a candidate must
# hold to be a phone number: the shortest national number of any region (checked against the
# metadata in tests). POSSIBLE also accepts local-only lengths (2 digits in Germany); VALID and
# the stricter leniencies need a valid number, 4 digits at the least.
MIN_DIGITS_POSSIBLE = 2
MIN_DIGITS_VALID = 4
_CACHE_SIZE = 20_000
_DIGIT_OR_LETTER = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_PLUS = re.compile(f"[{re.escape(_PLUS_CHARS)}]")

# libphonenumber compiles its metadata patterns through `re.compile`, whose cache holds 512:
# checking numbers for eight regions uses more, so they were compiled again and again (a fifth
# of the phone step). phonenumbers' own switch keeps every compiled pattern instead (a few
# thousand, a few MB); the patterns and their answers are the same.
enable_pattern_cache()


# UK freephone numbers (0800, 0808, 0500; "+44 800 ...") are bought by organisations for their
# helplines and are free to the caller: no person has one, so they are kept (a helpline number
# is part of the advice a record gives). valid: "0808 2000 247", "08000 121 700", "+44 800 1111";
# invalid: "07700 900123" (a mobile), "0845 4647" (not free to call)
def is_freephone(number: str) -> bool:
    """Whether `number` (as written) is a UK freephone number: an organisation's, not a person's."""
    digits = "".join(_DIGIT.findall(number))
    if "+" in number or digits.startswith("00"):
        digits = digits.removeprefix("00")
        return digits.startswith(("44800", "44808", "44500", "440800", "440808", "440500"))
    return digits.startswith(("0800", "0808", "0500"))


# A freephone number as written, its digit groups whole: "0808 2000 247", "08000 121 700".
_FREEPHONE_RUN = re.compile(r"(?<![\w+])0(?:800|808|500)\d{0,4}(?:[ -]?\d{2,4}){1,3}(?!\w)")


def freephone_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each UK freephone number written in `text` (see `is_freephone`)."""
    return [match.span() for match in _FREEPHONE_RUN.finditer(text)]


def _candidate_alphabet(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern for runs of the characters `pattern` can match (with its flags): no
    candidate of `pattern` crosses a character outside such a run.

    Read from the matcher's own candidate regex, so a new phonenumbers release that widens it
    widens the windows too; None (search the whole text) if the regex uses anything else.
    """
    items: set[str] = set()

    def add_class(members) -> None:  # noqa: ANN001 - sre internals
        for op, av in members:
            if op is sre_parse.LITERAL:
                items.add(re.escape(chr(av)))
            elif op is sre_parse.RANGE:
                items.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
            elif op is sre_parse.CATEGORY and av is sre_parse.CATEGORY_DIGIT:
                items.add(r"\d")
            elif op is sre_parse.CATEGORY and av is sre_parse.CATEGORY_SPACE:
                items.add(r"\s")
            else:
                raise ValueError(op)

    def walk(sub) -> None:  # noqa: ANN001 - sre internals
        for op, av in sub:
            if op is sre_parse.LITERAL:
                items.add(re.escape(chr(av)))
            elif op is sre_parse.IN:
                add_class(av)
            elif op is sre_parse.SUBPATTERN:
                walk(av[3])
            elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
                walk(av[2])
            elif op is sre_parse.BRANCH:
                for branch in av[1]:
                    walk(branch)
            else:
                raise ValueError(op)

    try:
        walk(sre_parse.parse(pattern.pattern, pattern.flags))
    except ValueError:
        return None
    return re.compile(f"[{''.join(sorted(items))}]*", pattern.flags)


_RUN = _candidate_alphabet(_CANDIDATE)


def _shortest(metadata: PhoneMetadata | None) -> int:
    """The fewest digits of a valid national number under `metadata` (1: no lengths given)."""
    if metadata is None:
        return 1
    return min((n for n in metadata.general_desc.possible_length if n > 0), default=1)


def _metadata(country_code: int, region: str) -> PhoneMetadata | None:
    if region == "001":  # a non-geographic code (+800, +882)
        return PhoneMetadata.metadata_for_nongeo_region(country_code)
    return PhoneMetadata.metadata_for_region(region)


def shortest_national_number_anywhere() -> int:
    """The shortest national number of any country, read from the metadata of all of them."""
    return min(
        _shortest(_metadata(code, region))
        for code, regions in COUNTRY_CODE_TO_REGION_CODE.items()
        for region in regions
    )


# The shortest national number of any country (4: Germany, Niue, ...). Not worked out at
# import: that reads the metadata of every region (about 250 modules, a tenth of a second at
# start-up); a test checks it equals shortest_national_number_anywhere().
_SHORTEST_ANYWHERE = MIN_DIGITS_VALID


def _too_short(text: str, start: int, end: int, need: int) -> bool:
    """text[start:end] has no plus sign and fewer than `need` digits or letters."""
    if _PLUS.search(text, start, end):
        return False
    return len(_DIGIT_OR_LETTER.findall(text, start, end)) < need


def min_digits(leniency: int) -> int:
    return MIN_DIGITS_POSSIBLE if leniency == Leniency.POSSIBLE else MIN_DIGITS_VALID


def digit_windows(text: str, min_digits: int) -> list[tuple[int, int]]:
    """(start, end) of each window worth searching: a run of candidate characters around a
    digit, holding at least `min_digits` digits or letters, widened by one character on each
    side. Each character is looked at once or twice however long the runs (no backtracking:
    "a" * 50,000 holds no digit and costs one pass)."""
    if _RUN is None:
        return [(0, len(text))]
    windows = []
    covered = 0
    backwards = ""
    for digit in _DIGIT.finditer(text):
        if digit.start() < covered:
            continue  # inside the run already taken
        if not backwards:
            backwards = text[::-1]
        start = len(text) - _RUN.match(backwards, len(text) - digit.start()).end()
        covered = _RUN.match(text, digit.start()).end()
        if len(_DIGIT_OR_LETTER.findall(text, start, covered)) >= min_digits:
            windows.append((max(0, start - 1), min(len(text), covered + 1)))
    return windows


def _shortest_national_number(region: str) -> int:
    """The fewest digits of a valid national number of any region sharing `region`'s code."""
    code = PhoneMetadata.metadata_for_region(region).country_code
    return min(_shortest(_metadata(code, r)) for r in COUNTRY_CODE_TO_REGION_CODE[code])


def region_min_digits(region: str, leniency: int) -> int:
    """The fewest digits or letters a window without a plus sign needs for `region`'s matcher
    to find a number in it at `leniency` (VALID or stricter: a valid number).

    Without a plus sign a valid number is either national, its digits at least its national
    number's (the shortest any region sharing the country code allows), or dialled through
    the region's international prefix, then a country code and a national number of any
    country. A national prefix rule that could add digits keeps the general bound.
    valid: GB 7 ("2023" and "14:30" are not searched for GB), DE 4 (German numbers can be short).
    """
    floor = min_digits(leniency)
    metadata = PhoneMetadata.metadata_for_region(region)
    rule = metadata.national_prefix_transform_rule
    if leniency == Leniency.POSSIBLE or (rule and re.sub(r"\\\d", "", rule).strip()):
        return floor
    national = _shortest_national_number(region)
    dialled = (
        sre_parse.parse(metadata.international_prefix).getwidth()[0] + 1 + _SHORTEST_ANYWHERE
        if metadata.international_prefix
        else national
    )
    return max(floor, min(national, dialled))


class _RememberingMatcher(PhoneNumberMatcher):
    """PhoneNumberMatcher that remembers each candidate's verdict across texts.

    The verdict of `_parse_and_verify` depends on the candidate string, the region, the
    leniency and the characters just before and after it, nothing else; parsing is most of
    the matcher's cost, and candidates ("2023", "07700 900123") repeat.
    """

    def __init__(
        self, text: str, region: str, *, verdicts: dict, need: int = 0, **kwargs: object
    ) -> None:
        super().__init__(text, region, **kwargs)
        self._verdicts = verdicts
        self._need = need

    def _parse_and_verify(self, candidate: str, offset: int):  # noqa: ANN202
        if _too_short(candidate, 0, len(candidate), self._need):
            return None  # too few digits to be valid here (see region_min_digits): not parsed
        end = offset + len(candidate)
        key = (
            candidate,
            self.preferred_region,
            int(self.leniency),
            self.text[offset - 1] if offset > 0 else None,
            self.text[end] if end < len(self.text) else None,
        )
        if key in self._verdicts:
            numobj = self._verdicts[key]
            return None if numobj is None else PhoneNumberMatch(offset, candidate, numobj)
        match = super()._parse_and_verify(candidate, offset)
        if len(self._verdicts) >= _CACHE_SIZE:
            self._verdicts.clear()
        self._verdicts[key] = None if match is None else match.number
        return match


class WindowMatcher:
    """PhoneNumberMatcher over windows, with a bounded memory of each window's answer."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str, int], tuple[list[tuple[int, int]], int]] = {}
        self._verdicts: dict = {}
        self._need: dict[tuple[str, int], int] = {}

    def forget(self) -> None:
        """Drop every remembered answer (a benchmark times texts as on first sight)."""
        self._cache.clear()
        self._verdicts.clear()

    def find(
        self, text: str, region: str, leniency: int, windows: list[tuple[int, int]] | None = None
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of each phone number the matcher finds in `text` for `region`;
        `windows` from `digit_windows(text, min_digits(leniency))` when already known."""
        budget = MAX_TRIES
        if windows is None:
            windows = digit_windows(text, min_digits(leniency))
        need = self._need.get((region, int(leniency)))
        if need is None:
            need = self._need[region, int(leniency)] = region_min_digits(region, leniency)
        for start, end in windows:
            if _too_short(text, start, end, need):
                continue  # no number valid for `region` fits in it
            window = text[start:end]
            key = (window, region, int(leniency))
            cached = self._cache.get(key)
            if cached is not None and cached[1] < budget:
                spans, used = cached
            else:
                matcher = _RememberingMatcher(
                    window,
                    region,
                    verdicts=self._verdicts,
                    need=need,
                    leniency=leniency,
                    max_tries=budget,
                )
                spans = [(m.start, m.end) for m in matcher]
                used = budget - matcher._max_tries
                if used < budget:  # the budget did not run out: the answer holds for any budget
                    if len(self._cache) >= _CACHE_SIZE:
                        self._cache.clear()
                    self._cache[key] = (spans, used)
            for s, e in spans:
                yield start + s, start + e
            budget -= used
            if budget <= 0:
                return


class WindowedPhoneRecognizer(PhoneRecognizer):
    """Presidio's PhoneRecognizer (same regions, leniency, score and spans), searching only
    the windows of the text that can hold a phone number."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._windows = WindowMatcher()

    def forget(self) -> None:
        """Drop the windows' remembered answers (see WindowMatcher.forget)."""
        self._windows.forget()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        windows = digit_windows(text, min_digits(self.leniency))
        for region in self.supported_regions:
            for start, end in self._windows.find(text, region, self.leniency, windows):
                results.append(
                    RecognizerResult(
                        entity_type=self.supported_entities[0],
                        start=start,
                        end=end,
                        score=self.SCORE,
                        analysis_explanation=self._get_analysis_explanation(region),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return EntityRecognizer.remove_duplicates(results)
