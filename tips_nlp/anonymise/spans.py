"""Span clean-up between detection and rendering: trim, filter, allow, deny, propagate, merge.

Each step takes and returns Presidio RecognizerResults with offsets in the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from tips_nlp.anonymise.allow import PhraseSet, lowered, phrase_key, phrase_spans
from tips_nlp.anonymise.recognizers.names import (
    EXPLICIT_NAME_SOURCE,
    FIELD_NAME,
    NAME_PARTICLES,
    NameLists,
    bare_letter_spans,
    fold,
    initials_alias,
    name_lists,
)
from tips_nlp.anonymise.recognizers.references import identifier_label_patterns

# Types that are guesses (NER model, gazetteers, capitalised-word patterns): an identifier
# that overlaps one wins, and an allow-listed phrase inside one is cut out of it. PET: a name
# the words beside it call a pet (pets.py).
SOFT_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME", "PROPER_NOUN", "PET"})
_WORD = re.compile(r"\w+")
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ORDINAL_START = re.compile(r"\d|[a-z]+(?:st|nd|rd|th)$", re.IGNORECASE)
_ORDINAL_WORD = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w+teenth|twentieth|thirtieth)\b",
    re.IGNORECASE,
)
_AGE = re.compile(r"\b(?:aged?|old|yrs?|years?|months?|weeks?|days?|hours?|minutes?)\b", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_EXPLICIT_NAME_SOURCES = frozenset({"TitledNameRecognizer", EXPLICIT_NAME_SOURCE})


def result(
    entity_type: str, start: int, end: int, score: float, metadata: dict | None = None
) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity_type, start=start, end=end, score=score, recognition_metadata=metadata
    )


def _source(found: RecognizerResult) -> str | None:
    return (found.recognition_metadata or {}).get("recognizer_name")


def trim_to_word_characters(text: str, found: RecognizerResult) -> RecognizerResult | None:
    """Drop punctuation and spaces at a span's edges ("(07700 900123" -> "07700 900123").

    A leading "+" stays (an international phone number), and so do brackets that the span
    closes itself ("(023) 9238 1234").
    """
    start, end = found.start, found.end
    while start < end and not (
        text[start].isalnum() or (text[start] == "+" and text[start + 1 : start + 2].isdigit())
    ):
        if text[start] == "(" and ")" in text[start:end]:
            break
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if start == end:
        return None
    return result(found.entity_type, start, end, found.score, found.recognition_metadata)


def is_specific_date(value: str) -> bool:
    """A date that narrows down a day or year ("12 March", "12/03", "2019"), not "last week",
    "Tuesday night", "15" (an age) or "3 weeks"."""
    if _NUMERIC_DATE.search(value) or _YEAR.search(value):
        return True
    has_month = bool(_MONTH.search(value)) and bool(
        _DIGIT.search(value) or _ORDINAL_WORD.search(value)
    )
    if has_month or _ORDINAL.search(value):
        return not (_AGE.search(value) and not has_month)
    return False


_DATE_WORD = re.compile(
    r"\d[\w/.\-]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
    r"|(?:twenty|thirty)?-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|\w+teenth|twentieth|thirtieth)",
    re.IGNORECASE,
)


def tidy_model_guesses(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """The NER model's spans, cut to what identifies: "Nice de-escalation" -> "Nice",
    "the summer of 2023" -> "2023"; lower-case guesses that are not names are dropped."""
    kept = []
    for r in results:
        source = (r.recognition_metadata or {}).get("recognizer_name")
        if source != "SpacyRecognizer":
            kept.append(r)
            continue
        words = list(_WORD.finditer(text, r.start, r.end))
        if r.entity_type != "DATE_TIME" and (
            _only_generic(text, r, lists) or _role_title(text, r, lists)
        ):
            continue  # "the Community Mental Health Team", "Bus Station", "Tearful"
        if r.entity_type == "DATE_TIME":
            dated = [m for m in words if _DATE_WORD.fullmatch(m.group())]
            if dated:
                start = dated[0].start()
                before = text[r.start : start].rstrip().rsplit(None, 1)
                if (
                    before
                    and before[-1].lower() == "the"
                    and _ORDINAL_START.match(dated[0].group())
                ):
                    start = r.start + text[r.start : start].lower().rfind("the")
                kept.append(result(r.entity_type, start, dated[-1].end(), r.score))
            continue
        if r.entity_type in {"ORGANIZATION", "LOCATION"}:
            # Pieces between brackets, commas and colons: "11:30 Sister (Folake" is two guesses.
            for piece in re.finditer(r"[^()\[\],:;\n]+", text[r.start : r.end]):
                offset = r.start + piece.start()
                capitals = [
                    m
                    for m in _WORD.finditer(text, offset, offset + len(piece.group()))
                    if m.group()[0].isupper()
                ]
                if (
                    any(m.group().casefold() not in STOP_WORDS for m in capitals)
                    and not _capitals_of_words(capitals, lists)
                    and not all(fold(m.group()) in lists.generic for m in capitals)
                ):  # "Toddler (Mason)": a generic word alone before a bracket names nobody
                    end = capitals[-1].end()
                    if _POSSESSIVE_AFTER.match(text, end, offset + len(piece.group())):
                        end += 2  # "St Aldhelm's": the saint's possessive is in the name
                    kept.append(result(r.entity_type, capitals[0].start(), end, r.score))
            continue
        if r.entity_type == "PERSON" and all(m.group().islower() for m in words):
            continue  # lower-case names are the gazetteer recognizer's call (name positions)
        if (
            r.entity_type == "PERSON"
            and _DIGIT.search(text, r.start, r.end)
            and not any(m.group().isalpha() and len(m.group()) > 1 for m in words)
        ):
            continue  # "s.12 doctor", "s.136": a section of an Act, not a name
        if r.entity_type == "PERSON" and words and words[0].group().islower():
            # "a rose bush Margaret had planted": the model's span starts on ordinary words
            lead = [m for m in words if m.group().islower() and lists.is_common(m.group())]
            lead = [m for k, m in enumerate(lead) if m is words[k]]
            if lead and len(lead) < len(words):
                r = result(
                    r.entity_type, words[len(lead)].start(), r.end, r.score, r.recognition_metadata
                )
        if (
            r.entity_type == "PERSON"
            and words
            and all(m.group().isupper() and lists.is_common(m.group()) for m in words)
            and not any(
                fold(m.group()) in lists.first and fold(m.group()) not in lists.words for m in words
            )
        ):
            continue  # capitals of English words ("CALM TONE", "WILL"): the gazetteer's call
        kept.append(r)
    return kept


# A weekday after a place or group name is when it meets, not part of its name: "St Michael's
# Church Hall on Wednesdays" -> "St Michael's Church Hall"; not "Monday Club" (no "on").
_DAY_TAIL = re.compile(
    r"\s+(?:on|every|each|from|until|till)\s+(?:(?:a|the)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"days?\b.*",
    re.IGNORECASE | re.DOTALL,
)
# A field label and an age, which the model takes for a name or a date: "Age 22", "AGED 15".
_AGE_FIELD = re.compile(r"\b(?:age|aged)\s*:?\s*\d{1,3}\b", re.IGNORECASE)
_LINE_BREAK = re.compile(r"[\r\n]+")
_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
# Fields of a line set apart by spaced slashes: "Name / role / force" in an attendee list.
_SPACED_SLASH = re.compile(r"[ \t]+/[ \t]+")


def split_model_guesses(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The model's guesses cut where a name cannot go on: no guess runs across a line break
    ("Amber Whitlock-Hayes\nTIP" is two guesses), a PERSON ends at a spaced dash ("Mairead
    Byrne - TIP"), a weekday after "on" ends a name, and "Age 22" (a field and an age) is
    cut out of any guess."""
    kept = []
    for r in results:
        if (
            _source(r) != "SpacyRecognizer"
            and r.entity_type in {"ORGANIZATION", "LOCATION"}
            and _LINE_BREAK.search(text, r.start, r.end)
        ):
            # our patterns' \s runs across lines: a line of capitalised ordinary words is a
            # heading ("REFERRALS\nChildren's Services"); each other line stays a guess
            kept += _line_pieces(text, r)
            continue
        if _source(r) != "SpacyRecognizer" or r.entity_type not in SOFT_TYPES:
            kept.append(r)
            continue
        end = r.end
        if r.entity_type != "DATE_TIME" and (tail := _DAY_TAIL.search(text, r.start, end)):
            end = tail.start()
        holes = [m.span() for m in _AGE_FIELD.finditer(text, r.start, end)]
        # no guess runs across a line: "REFERRALS\nChildren's Services" is a heading and a
        # service, never one organisation
        holes += [m.span() for m in _LINE_BREAK.finditer(text, r.start, end)]
        if r.entity_type != "DATE_TIME":  # "Sunita Raman - paediatrician": a role after a dash
            holes += [m.span() for m in _SPACED_DASH.finditer(text, r.start, end)]
            # "Temperance Oduya-Banks / Trauma Informed Practitioner / Hampshire Constabulary"
            holes += [m.span() for m in _SPACED_SLASH.finditer(text, r.start, end)]
        for start, stop in _subtract(r.start, end, holes):
            found = trim_to_word_characters(
                text, result(r.entity_type, start, stop, r.score, r.recognition_metadata)
            )
            if found:
                kept.append(found)
    return kept


def _line_pieces(text: str, found: RecognizerResult) -> list[RecognizerResult]:
    """A pattern's match cut into its lines, without heading lines in capitals or lines that
    are only a job title or generic words (a signature's "Senior Social Worker"); a piece after
    a field label on its line ("SUITE: NORTHERN HUB CUSTODY") is a value, not a heading."""
    lists = name_lists()
    pieces = []
    bounds = _subtract(
        found.start,
        found.end,
        [m.span() for m in _LINE_BREAK.finditer(text, found.start, found.end)],
    )
    for start, end in bounds:
        capitals = [m for m in _WORD.finditer(text, start, end) if m.group()[0].isupper()]
        line_start = text.rfind("\n", 0, start) + 1
        heading = not text[line_start:start].strip()
        if not capitals or (heading and _capitals_of_words(capitals, lists)):
            continue
        piece = trim_to_word_characters(
            text, result(found.entity_type, start, end, found.score, found.recognition_metadata)
        )
        if piece and not _only_generic(text, piece, lists) and not _role_title(text, piece, lists):
            pieces.append(piece)  # "Senior Social Worker\nChildren's Services": a role line
    return pieces


def _only_generic(text: str, found: RecognizerResult, lists: NameLists) -> bool:
    """Only words of generic services, roles and feelings, and little words."""
    words = [fold(w) for w in re.findall(r"[\w'’-]+", text[found.start : found.end])]
    return bool(words) and all(
        (w in lists.generic or w in STOP_WORDS) and not lists.is_name(w) for w in words
    )


def _role_title(text: str, found: RecognizerResult, lists: NameLists) -> bool:
    """A job title made of ordinary words: "the Hate Crime Officer", "Independent Reviewing
    Officer", "CORONER'S OFFICER"; not "Officer Dibble" (the head is not last) nor
    "Mrs Patel's Support Worker" (a name word)."""
    # the parts of a compound each: "Anti-Social Behaviour Officer"
    words = [_POSSESSIVE.sub("", w) for w in re.findall(r"[\w'’]+", text[found.start : found.end])]
    if len(words) < 2 or fold(words[-1]) not in lists.role_title_heads:
        return False
    return all(
        fold(w) in STOP_WORDS
        or ((lists.is_common(w) or fold(w) in lists.generic) and not lists.is_name(w))
        for w in words[:-1]
    )


def _capitals_of_words(capitals: list[re.Match], lists: NameLists) -> bool:
    """The model's guess in capitals made only of English words that are not names: in an
    all-caps note it tags any word ("SUDDEN DEATH", "NAUSEA"); a capitalised name stays. A
    service word or a kin word is no name there even when a name list holds it ("SELF HARM
    WARNING", "ASK ME MAM")."""
    return all(
        m.group().isupper()
        and len(m.group()) > 1
        and (
            (key := fold(m.group())) in lists.generic
            or key in lists.kin_words
            or (lists.is_common(m.group()) and not lists.is_name(m.group()))
        )
        for m in capitals
    )


# A preposition of time before a month alone makes it a date: "left in July", "since
# February"; "late March" (a vague word of time) stays a kept phrase.
_TIME_BEFORE_MONTH = re.compile(
    r"\b(?:in|since|until|till|during|before|after|throughout"
    r"|end\s+of|start\s+of|beginning\s+of|middle\s+of)\s+$",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept|Jan|Feb|Aug|Oct|Nov|Dec",
    re.IGNORECASE,
)
# A year in the name of an Act: "Misuse of Drugs Act 1971", "Children Act 1989", and after
# an Act's initials (a capitals word ending in A, or PACE) or a section's: "s.23 MDA 1971",
# "MHA 1983", "PACE 1984", "s.1 CJPOA 1994"; not "since May 1971", "born 1971".
_ACT_BEFORE = re.compile(
    r"(?:\bAct,?|(?<![\w'’-])(?-i:[A-Z]{1,5}A|PACE)|\bs(?:ection|\.)?[ \t]?\d{1,3}[A-Za-z]?"
    r"(?:\(\d+\))?[ \t]+(?-i:[A-Z]{2,6}))\s+$"
)


def keep_specific_dates(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Dates that narrow down a time; a month alone after a word of time counts ("in July"),
    a year in an Act's name does not ("Misuse of Drugs Act 1971")."""
    kept = []
    for r in results:
        if r.entity_type == "DATE_TIME":
            value = text[r.start : r.end]
            before = text[max(0, r.start - 20) : r.start]
            if _ACT_BEFORE.search(before) and _YEAR.fullmatch(value):
                continue
            if _age_range(text, r):  # "approx 14-15" is an age, not a date
                continue
            if not is_specific_date(value) and not (
                _MONTH_NAME.fullmatch(value) and _TIME_BEFORE_MONTH.search(before)
            ):
                continue
        kept.append(r)
    return kept


def take_article(
    text: str, results: list[RecognizerResult], denied: list[RecognizerResult] = ()
) -> list[RecognizerResult]:
    """A named place or organisation keeps the "the" written before it: "at the Red Lion",
    "the Brambles estate", "the Pier Café" (a reader knows the place by the whole name);
    not where a noun follows ("the A27 layby": "the" goes with "layby"), nor where a
    caller's deny span lies (`denied`: masked as the caller wrote it)."""
    taken = []
    for r in results:
        if any(d.start < r.end and r.start < d.end for d in denied):
            taken.append(r)
            continue
        nxt = _NEXT_WORD.match(text, r.end)
        if (
            r.entity_type in {"ORGANIZATION", "LOCATION"}
            and _ARTICLE_BEFORE.search(text, max(0, r.start - 4), r.start)
            and not (
                nxt
                and nxt.group(1).isalpha()
                and nxt.group(1).islower()
                and nxt.group(1) not in STOP_WORDS
            )
        ):
            r = result(r.entity_type, r.start - 4, r.end, r.score, r.recognition_metadata)
        taken.append(r)
    return taken


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he $")


# Two ages joined by a dash or slash, no year: "approx 14-15", "aged 15/16"; neither order is a
# day and month ("14-15"), or an age word leads it. Not "12-03" (a day and month).
_PAIR = re.compile(r"(\d{1,2})[-/](\d{1,2})")
_AGE_LEAD = re.compile(
    r"\b(?:approx\.?|approximately|aged?|ages|about|around|all|roughly)\s*\Z", re.I
)


def _age_range(text: str, found: RecognizerResult) -> bool:
    pair = _PAIR.fullmatch(text, found.start, found.end)
    if pair is None:
        return False
    first, second = int(pair.group(1)), int(pair.group(2))
    no_date = (first > 12 and second > 12) or first > 31 or second > 31
    return no_date or bool(_AGE_LEAD.search(text, max(0, found.start - 16), found.start))


def carve_guesses_around_identifiers(
    text: str, results: list[RecognizerResult], label_words: frozenset[str]
) -> list[RecognizerResult]:
    """Where a guess overlaps a structured identifier, the identifier wins.

    The guess keeps the parts outside the identifier (recall first), unless a part is only
    words that label identifiers: in "Email kyle@example.com" the model's PERSON span
    covers "Email", which is not personal data.
    """
    identifiers = [r for r in results if r.entity_type not in SOFT_TYPES]
    carved = list(identifiers)
    holes = _Occurrences([(i.start, i.end) for i in identifiers])  # asked by position
    for guess in (r for r in results if r.entity_type in SOFT_TYPES):
        for start, end in _subtract(
            guess.start, guess.end, holes.starting_near(guess.start, guess.end)
        ):
            part = trim_to_word_characters(
                text,
                result(guess.entity_type, start, end, guess.score, guess.recognition_metadata),
            )
            if part is None:
                continue
            words = _WORD.findall(text[part.start : part.end])
            if (
                words
                and all(w.casefold() in label_words for w in words)
                and ((part.start, part.end) != (guess.start, guess.end) or not _by_name_rule(guess))
            ):
                continue  # "husband reg" (a name rule's call) stays; the model's "Email" goes
            carved.append(part)
    return carved


def _by_name_rule(found: RecognizerResult) -> bool:
    """Found by a rule that looked at the word's position as a name, not by the NER model."""
    return _source(found) in {"NameGazetteerRecognizer", *_EXPLICIT_NAME_SOURCES}


def _subtract(start: int, end: int, holes: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces = [(start, end)]
    for h_start, h_end in holes:
        next_pieces = []
        for p_start, p_end in pieces:
            if h_end <= p_start or h_start >= p_end:
                next_pieces.append((p_start, p_end))
            else:
                next_pieces += [(p_start, h_start), (h_end, p_end)]
        pieces = [(s, e) for s, e in next_pieces if s < e]
    return pieces


def clean_people(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Titles and kin labels leave a PERSON span ("Mrs Janet O'Brien" -> "Janet O'Brien", "Son
    Kacper" -> "Kacper"); a span of only titles, kin words and non-name words ("Custody",
    "Mr", "Abbu") is dropped."""
    kept = []
    labels = lists.titles | (lists.kin_words - lists.first)  # "Nana Mensah" is a name
    for r in results:
        if r.entity_type != "PERSON":
            kept.append(r)
            continue
        if _quoted_alias(text, r):
            kept.append(r)  # 'calling himself "Uncle Karwan"': the alias is the name, whole
            continue
        start = r.start
        for match in _WORD.finditer(text, r.start, r.end):
            if fold(match.group()) not in labels:
                break
            start = match.end()
        end = r.end - 2 if text[r.end - 2 : r.end].lower() in {"'s", "’s"} else r.end
        trimmed = trim_to_word_characters(
            text, result("PERSON", start, end, r.score, r.recognition_metadata)
        )
        if trimmed is None:
            continue
        words = _WORD.findall(text[trimmed.start : trimmed.end])
        if _source(r) in _EXPLICIT_NAME_SOURCES and words:
            kept.append(trimmed)  # a title, a rank or "known as" said it is a name
            continue
        if words and all(fold(w) in lists.not_names or fold(w) in labels for w in words):
            continue
        # The model's lower-case guesses that are ordinary words ("a rose bush").
        if _source(r) == "SpacyRecognizer" and all(
            w.islower() and (w in lists.words or w in STOP_WORDS) for w in words
        ):
            continue
        if ordinary_lower_word(text, trimmed.start, trimmed.end, lists):
            continue
        kept.append(trimmed)
    return kept


_QUOTE_MARKS = frozenset('"“”')


def _quoted_alias(text: str, found: RecognizerResult) -> bool:
    """A name the text gives in quotes after a naming word, the quotes round it exactly:
    'Aka: "Sarge"', 'calling himself "Uncle Karwan"'; its kin word or rank is part of it."""
    return (
        bool((found.recognition_metadata or {}).get(FIELD_NAME))
        and found.start > 0
        and text[found.start - 1] in _QUOTE_MARKS
        and text[found.end : found.end + 1] in _QUOTE_MARKS
    )


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "my", "our", "your", "this"})
_ARTICLES = frozenset({"a", "an", "the"})
_PARTICLES_AFTER = frozenset({"up", "out", "off", "down", "back", "over", "through", "in"})


def ordinary_lower_word(text: str, start: int, end: int, lists: NameLists) -> bool:
    """A lower-case name word used as an ordinary one by its neighbours:
    in a compound of words ("mother-in-law", "son-in-law", "autumn-cold"), the head of a noun
    after a determiner and a word ("a rose bush", "the pork pie"), or a verb with its particle after
    "to" ("Mark to mark up the slides"). invalid: "her friend hope" (a name position),
    "daisy-mae" (a compound of names), "told will"; and a word after an article ("the sky
    was getting light"), where a name never stands in lower case."""
    word = text[start:end]
    if not word.isalpha() or not word.islower():
        return False
    if not (lists.is_common(word) or fold(word) in lists.words):
        return False  # "the boy kyle": no English word, a name wherever it stands
    before = text[max(0, start - 30) : start]
    after = text[end : end + 20]
    joined_after = re.match(r"-([a-z]+)\b", after)  # "autumn-cold", "rose-tinted"
    if (
        joined_after
        and lists.is_common(joined_after.group(1))
        and not lists.is_name(joined_after.group(1))
    ):
        return True
    compound = re.search(r"(?<![\w'’-])[a-z]+-(?:[a-z]+-)*$", before)
    if compound:
        parts = re.findall(r"[a-z]+", compound.group())
        if all((lists.is_common(w) or w in STOP_WORDS) and not lists.is_name(w) for w in parts):
            return True
    words = re.findall(r"[\w'’]+", before)
    if words and words[-1].lower() in _ARTICLES and before.endswith(words[-1] + " "):
        return True  # "the sky was getting light", "a chance of": an article makes a noun
    if (
        fold(word) not in lists.first  # "in the car mo asked"
        and len(words) >= 2
        and words[-2].lower() in _DETERMINERS
        and words[-1].islower()
        and before.endswith(words[-1] + " ")
        and lists.is_common(words[-1])
        and fold(words[-1]) not in lists.after_words | lists.kin_words
    ):
        return True
    nxt = re.match(r" ([a-z]+)\b", after)
    return bool(words and words[-1].lower() == "to" and nxt and nxt.group(1) in _PARTICLES_AFTER)


# A rank and collar number right before a name: "PC 1947 STORM", "Sgt 2204 Hope".
# valid: "PC 1947 ", "PCSO 17734 "; invalid: "PC ", "at 1947 "
_RANK_AND_NUMBER = re.compile(
    r"(?<![\w/])(?:PC|PCSO|DC|DS|DI|DCI|PS|Sgt|SGT|Insp|INSP|SPC|TDC|Constable|Pc|Ps|Dc|Ds)"
    r"\.?[ \t]?\d{2,6}[ \t]+\Z"
    # or a personal title: "Mrs Moldovan", "Mr English" (a nationality the list keeps)
    r"|(?<![\w/])(?-i:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+\Z"
)
_RANK_AND_NUMBER_MAX = 30  # the longest text it can match: searched in that window only


def apply_allow_list(
    text: str,
    results: list[RecognizerResult],
    allowed: PhraseSet,
    *,
    occurrences: list[tuple[int, int]] | None = None,
    lists: NameLists | None = None,
) -> list[RecognizerResult]:
    """Drop detections that are allowed phrases, and guesses inside one ("Young" in "Young
    Carers"); cut an allowed role or service off the front of a guess ("Mum Janet" ->
    "Janet"), but not an allowed proper word that starts a longer name ("Gurkha Welfare
    Centre", "Storm Hendry" stay whole).

    An allowed word inside or at the end of a longer name stays masked with it: "Solent NHS
    Trust" and "Hampshire Constabulary" name an organisation. `occurrences`: `allowed.spans(text)`
    when the caller already has them (the search is the costly part).
    """
    if not allowed:
        return results
    lists = lists or name_lists()
    if occurrences is None:
        occurrences = allowed.spans(text)
    inside = _Occurrences(occurrences)
    kept = []
    for r in results:
        if r.entity_type == "PERSON" and _RANK_AND_NUMBER.search(
            text, max(0, r.start - _RANK_AND_NUMBER_MAX), r.start
        ):
            kept.append(r)  # "PC 1947 STORM", "Mrs Moldovan": a surname also allowed as a word
            continue
        if (r.recognition_metadata or {}).get(FIELD_NAME):
            kept.append(r)  # "NAME: MOLDOVAN, Florin": the field says it is a surname
            continue
        if text[r.start : r.end] in allowed:
            continue
        if r.entity_type not in SOFT_TYPES:
            kept.append(r)
            continue
        if inside.covers(r.start, r.end):
            continue
        if r.entity_type in {"PERSON", "LOCATION"} and _only_allowed_words(text, r, inside):
            continue  # "used Language Line Pashto": a service and a language, no name
        start = r.start
        for s, e in inside.starting_near(r.start, r.end):
            if s <= start < e < r.end and not _leads_name(text, s, e, r.end, lists):
                start = e
        if start != r.start:  # "CAMHS and Children's Services": skip the little words too
            for match in _WORD.finditer(text, start, r.end):
                if match.group().casefold() not in STOP_WORDS:
                    start = match.start()
                    break
        part = trim_to_word_characters(text, result(r.entity_type, start, r.end, r.score))
        if part is None or inside.covers(part.start, part.end):
            continue
        if r.entity_type == "DATE_TIME" and part.start != r.start:
            part = trim_to_word_characters(text, r)  # "Christmas Day 2023" is one date
        elif r.entity_type == "ORGANIZATION" and _source(r) not in {None, "SpacyRecognizer"}:
            # Our patterns name a body or branch whole: "Age UK Eastleigh", "Police Care UK";
            # the model's guesses lose a leading role or service ("DC Okonkwo-Bright").
            part = trim_to_word_characters(text, r)
        words = _WORD.findall(text[part.start : part.end])
        if (
            r.entity_type in {"PERSON", "PROPER_NOUN"}
            and part.start != r.start
            and all(w.islower() and lists.is_common(w) and not lists.is_name(w) for w in words)
        ):
            continue  # a name guess "marac referral" -> "referral": only an English word left
        if part.start == r.start or any(w.casefold() not in STOP_WORDS for w in words):
            kept.append(part)
    return kept


class _Occurrences:
    """Spans (allowed phrases, identifiers) in text order, asked about by position in
    O(log n): a long document has thousands of detections and thousands of spans, and a scan
    of all of them per detection made the allow and carve steps quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)
        self.reach: list[int] = []  # the furthest end of any phrase starting at or before i
        furthest = -1
        for _, e in self.spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        """Some phrase holds [start, end) whole."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def starting_near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The phrases that can overlap [start, end), in text order."""
        lo = bisect_left(self.starts, start - self.longest)
        return self.spans[lo : bisect_left(self.starts, end)]


def _only_allowed_words(text: str, found: RecognizerResult, inside: _Occurrences) -> bool:
    """Every word of a person or place guess lies in some allowed phrase: the allow list
    holds no names, so two allowed phrases side by side ("Language Line" "Pashto") name
    nobody."""
    words = list(_WORD.finditer(text, found.start, found.end))
    return len(words) > 1 and all(inside.covers(w.start(), w.end()) for w in words)


def _leads_name(text: str, start: int, end: int, name_end: int, lists: NameLists) -> bool:
    """An allowed phrase that is the first part of a longer name, not a label before one.

    valid: "Gurkha Welfare Centre", "Storm Hendry" (a capitalised word that is no role, title,
    service or kin word, then a capitalised word of the same name); invalid: "Mum Janet",
    "CAMHS Kyle" (an acronym), "Social Worker Jane", "Kyle Zorvak" when a caller allows Kyle.
    """
    words = _WORD.findall(text[start:end])
    following = text[end:name_end]
    if not words or not re.match(r" [A-Z]", following):
        return False
    if any(lists.is_name(w) and fold(w) not in lists.words for w in words):
        return False  # a name only a caller allows ("Kyle"): the caller wants it shown
    return all(
        w[0].isupper()
        and not w.isupper()
        and fold(w) not in lists.titles
        and fold(w) not in lists.not_names
        and fold(w) not in lists.generic
        and fold(w) not in lists.after_words
        and fold(w) not in lists.role_title_heads
        and fold(w) not in lists.kin_words
        for w in words
    )


@lru_cache(maxsize=4096)
def _family_name(key: str) -> re.Pattern:
    """The plural of a name: "Joyce" -> "the Joyces"."""
    return re.compile(rf"(?<![\w'’]){re.escape(key)}e?s(?!\w)", re.IGNORECASE)


def deny_spans(text: str, deny: Iterable[tuple[str, str]]) -> list[RecognizerResult]:
    """Every occurrence (case-insensitive, whole words) of each (phrase, entity_type)."""
    found = []
    low = lowered(text)
    for phrase, entity_type in deny:
        for start, end in phrase_spans(text, phrase, low):
            found.append(result(entity_type, start, end, 1.0))
    return found


_NEXT_WORD = re.compile(r"\s*([\w'’]+)")
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-–•*][ \t]+$")
_PREVIOUS_WORD = re.compile(r"([\w'’]+)\s*$")
_PAST_VERB = re.compile(r"[a-z]{2,}(?<!e)ed")  # "mo filmed it"; not "will need"
# A verb in the present after a log line's subject: "tank flinches", "ivy runs"; not "glass"
# or "bus" (no -s of a verb); a plural noun ("summer holidays") is ruled out by the position.
_PRESENT_VERB = re.compile(r"[a-z]{2,}(?<![su])s")
# Before a lower-case word these make it the ordinary word: "there is hope", "she will", "a rose".
_ORDINARY_BEFORE = frozenset(STOP_WORDS) - {"and", "with", "to", "by", "for", "from", "then"}
_MODALS = frozenset({"would", "could", "should", "will", "can", "might", "must", "may", "shall"})


def _lower_name_context(
    text: str, start: int, end: int, lists: NameLists, *, strict: bool = False
) -> bool:
    """A lower-case word where only a name stands: before a possessive, punctuation or a
    verb ("ivy - said", "grace's", "maria would like", "grace is at risk"), or after
    "friend", "with"; never after a determiner, pronoun or auxiliary ("there is hope",
    "she will."). strict: "with", "to", "and" before it are not enough ("to hope")."""
    if _BULLET_BEFORE.search(text, max(0, start - 12), start):
        return True  # "- mo kept the crowd back": a minutes line opens on a name
    before = _PREVIOUS_WORD.search(text[max(0, start - 40) : start])
    previous = fold(before.group(1)) if before else ""
    if previous in lists.after_words or (not strict and previous in lists.lower_before | {"at"}):
        return True
    if strict and previous in _ORDINARY_BEFORE | lists.lower_before:
        return False
    rest = text[end : end + 40]
    if rest[:2].lower() in {"'s", "’s"} or not rest.strip() or not rest.lstrip()[0].isalnum():
        return True
    nxt = _NEXT_WORD.match(rest)
    return bool(nxt) and (
        fold(nxt.group(1)) in lists.verbs_after | _MODALS
        or bool(_PAST_VERB.fullmatch(nxt.group(1)))
        or (  # "now". tank flinches.": a log entry opens on the name, then its verb
            bool(_PRESENT_VERB.fullmatch(nxt.group(1)))
            and lists.is_common(nxt.group(1))
            and _ENTRY_START.search(text, max(0, start - 12), start) is not None
        )
    )


def _capitals_name_context(text: str, start: int, end: int, lists: NameLists) -> bool:
    """A name that is also a modal verb, in capitals, is a name unless a verb follows it or a
    pronoun leads it: "PC WILL SAID" is a name, "WILL FOLLOW UP" and "SHE WILL" are not."""
    word = fold(text[start:end])
    if word not in _MODALS:
        return True
    lower = text.lower()
    before = _PREVIOUS_WORD.search(lower[max(0, start - 40) : start])
    if before and fold(before.group(1)) in _ORDINARY_BEFORE:
        return False
    nxt = _NEXT_WORD.match(lower[end : end + 40])
    if not nxt:
        return True
    following = fold(nxt.group(1))
    return (
        following in lists.verbs_after
        or not lists.is_common(following)
        or following.endswith("s")
        or bool(_PAST_VERB.fullmatch(following))
    )


def propagate(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Once a string is detected, every other occurrence of it is masked too.

    For people the parts count as well: "Kyle O'Brien" masks a later "Kyle" and "O'Brien".
    A part that is also an ordinary word ("Will", "Hope", "Grace") spreads to capitalised
    mentions, and to lower-case ones only where a name stands ("grace is at risk", "her
    friend hope", not "there is hope", "summer holidays", "she will").
    """
    wanted: dict[str, tuple[str, bool, bool, bool, float]] = {}
    letters: set[str] = set()  # a person called by one capital letter: "K", "Miss D"
    short_given: set[str] = set()  # a given name that is a little word: "An" (NGUYEN VAN AN)
    for r in results:
        if r.entity_type == "DATE_TIME":
            continue
        value = _POSSESSIVE.sub("", text[r.start : r.end])
        if r.entity_type == "PERSON" and len(value) == 1 and value.isupper():
            letters.add(value)
        candidates = [value]
        if r.entity_type == "PERSON":
            parts = [p.strip("\"'“”‘’()[],.") for p in re.split(r"\s+", value)]
            candidates += [p for p in parts if len(p) > 2 or (len(p) == 2 and p.isupper())]
            if len(parts) >= 3:  # "Tamil Selvi Arumugam" ... "Tamil Selvi:" (first two words)
                candidates += [" ".join(parts[:2]), " ".join(parts[-2:])]
            if len(parts) >= 2 and len(parts[-1]) <= 3 and parts[-1].lower() in STOP_WORDS:
                short_given.add(parts[-1].title())
        for candidate in candidates:
            key = phrase_key(candidate)
            if sum(c.isalnum() for c in key) < 2 or key in wanted:
                continue
            folded = fold(candidate)
            if r.entity_type == "PERSON" and (
                folded in lists.titles or (folded in lists.not_names and candidate != value)
            ):
                continue
            ordinary = folded in lists.words or folded in STOP_WORDS
            # A word of the language in lower case ("summer", "grace") is a name only where a
            # name stands; found capitalised, the test is stricter ("Hope" ... "to hope").
            needs_position = r.entity_type == "PERSON" and (ordinary or folded in lists.common)
            if needs_position and r.entity_type == "PERSON" and initials_alias(candidate, lists):
                needs_position = False  # '("KB") ... kb doesn't force it': the person again
            strict = not candidate.islower()
            wanted[key] = (r.entity_type, ordinary, needs_position, strict, r.score)
    found = []
    low = lowered(text)
    for key, (entity_type, ordinary, needs_position, strict, score) in wanted.items():
        for start, end in phrase_spans(text, key, low):
            if text[start].isupper():
                if (
                    ordinary
                    and text[start:end].isupper()
                    and not _capitals_name_context(text, start, end, lists)
                ):
                    continue
            elif (
                (ordinary and entity_type != "PERSON")
                or (
                    needs_position
                    and not _lower_name_context(text, start, end, lists, strict=strict)
                )
                or not _capitals_name_context(text, start, end, lists)  # "police will need"
            ):
                continue
            if entity_type == "PERSON" and ordinary_lower_word(text, start, end, lists):
                continue  # "Mark ... to mark up", "Rose ... a rose bush"
            found.append(result(entity_type, start, end, score))
        if entity_type == "PERSON" and not ordinary:  # a family: "the Joyces"
            if low is not None and key.isascii() and key + "s" not in low and key + "es" not in low:
                continue  # no "joyces" in the text at all: no regex to compile
            for match in _family_name(key).finditer(text):
                if match.group()[0].isupper():
                    found.append(result(entity_type, match.start(), match.end(), score))
    found += [result("PERSON", s, e, 0.86) for s, e in bare_letter_spans(text, letters)]
    for word in short_given:  # "and An would not speak": capitalised inside a sentence only
        for m in re.finditer(rf"(?<![\w'’-]){word}(?![\w'’-])", text):
            if _ENTRY_START.search(text, max(0, m.start() - 12), m.start()) is None:
                found.append(result("PERSON", m.start(), m.end(), 0.86))
    return results + found


def merge_overlaps(
    results: list[RecognizerResult], priority: dict[str, int] | None = None
) -> list[RecognizerResult]:
    """Union overlapping detections into one span (recall first).

    The type of the merged span is the one earliest in `priority` (a structured identifier
    beats a guess from the NER model), then the best score; between a place and an
    organisation, the longer span's type ("romsey hospital" is an organisation).
    """
    priority = priority or {}

    def rank(found: RecognizerResult) -> tuple[int, float]:
        return (-priority.get(found.entity_type, len(priority)), found.score)

    merged: list[RecognizerResult] = []
    for found in sorted(results, key=lambda r: (r.start, -r.end)):
        if merged and found.start < merged[-1].end:
            last = merged[-1]
            best = max(last, found, key=rank)
            if {last.entity_type, found.entity_type} == {"LOCATION", "ORGANIZATION"}:
                # "fareham leisure centre" holds the place "fareham": the longer one names it
                best = max(last, found, key=lambda r: (r.end - r.start, rank(r)))
            merged[-1] = result(
                best.entity_type, last.start, max(last.end, found.end), max(last.score, found.score)
            )
        else:
            merged.append(found)
    return merged


_SHARED_SURNAME_GAP = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_GIVEN_NAME = re.compile(r"[A-Z][\w'’-]+")
_FULL_NAME = re.compile(r"[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+")


def join_adjacent_people(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """ "Kyle" + "O'Brien" found apart become one name (one placeholder, not two); so do
    "Kyle and Jordan Price": a given name sharing the surname of the full name after it."""
    joined: list[RecognizerResult] = []
    for found in results:
        if (
            joined
            and found.entity_type == "PERSON"
            and joined[-1].entity_type == "PERSON"
            and (
                re.fullmatch(r"[ \t]{1,2}|-", text[joined[-1].end : found.start])
                or (
                    _SHARED_SURNAME_GAP.fullmatch(text[joined[-1].end : found.start])
                    and _GIVEN_NAME.fullmatch(text[joined[-1].start : joined[-1].end])
                    and _FULL_NAME.fullmatch(text[found.start : found.end])
                )
            )
        ):
            last = joined[-1]
            joined[-1] = result("PERSON", last.start, found.end, max(last.score, found.score))
        else:
            joined.append(found)
    return joined


# Lower-case particles inside a name: "Brian van der Merwe", "Ana de la Cruz", "Omar bin Zayed".
_PARTICLE_GAP = re.compile(
    r"[ \t]+(?:(?:"
    + "|".join(sorted(NAME_PARTICLES | {"del", "della", "dei", "des", "lo", "y", "zu", "af", "av"}))
    + r")[ \t]+){1,3}"
)
# A capitalised word (any script's capitals: "Chú", "Ó") right before a name.
# Lower-case particles opening a surname, after a naming or speech verb or a preposition:
# valid "named van der Berg", "told de Souza", "spoke to van Dijk"; invalid "the van Kyle
# drove" (an article before "van"), "a van Kyle hired" (a word before the particle).
_LEADING_PARTICLES = re.compile(
    r"(?<![\w'’-])(?i:named|called|told|asked|said|saw|met|with|by|and|to|from|for|about|blamed"
    r"|accused|identified|mentioned|nominated|visited|phoned|rang|texted|messaged|against)[ \t]+"
    r"((?:(?:"
    + "|".join(sorted(NAME_PARTICLES | {"del", "della", "dei", "des", "y", "zu"}))
    + r")[ \t]+){1,3})\Z"
)


def _take_leading_particles(text: str, found: RecognizerResult) -> RecognizerResult:
    """A name found without the lower-case particles opening it ("named van der [Berg]")
    takes them: the surname is "van der Berg" and "van der" alone would tell it."""
    if found.start < 3 or not text[found.start - 1].isspace():
        return found
    match = _LEADING_PARTICLES.search(text, max(0, found.start - 40), found.start)
    if match is None:
        return found
    return result("PERSON", match.start(1), found.end, found.score, found.recognition_metadata)


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])([^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)?)[ \t]\Z")


def join_name_parts(
    text: str,
    results: list[RecognizerResult],
    lists: NameLists,
    allowed: Iterable[tuple[int, int]] = (),
) -> list[RecognizerResult]:
    """Parts of one name that the passes found apart, so no piece of it is left showing:

    - two people with only lower-case particles between are one name ("Brian van der
      Merwe": "der" was left in view between "Brian van" and "Merwe");
    - a capitalised word right before a name, inside a sentence, is its given name ("written
      by Chance Obi", 'contact "Chú Hải"'), unless it is a title, rank, role, kin word,
      generic word, month or day, or an English word starting a sentence ("Yesterday Kyle").

    valid: "Cllr Brian van der Merwe" -> "Brian van der Merwe", "by Chance Obi, TIP";
    invalid: "Mum Tracey" (kin), "PC Smith" (rank), "Yesterday Kyle rang" (sentence start),
    "the van Kyle drove" (no name on both sides of "van"), a word the allow list or the
    caller keeps (`allowed`: (start, end) spans).
    """
    kept_starts = {start for start, _ in allowed}
    joined: list[RecognizerResult] = []
    for found in sorted(results, key=lambda r: (r.start, r.end)):
        last = joined[-1] if joined else None
        if (
            last is not None
            and found.entity_type == "PERSON"
            and last.entity_type == "PERSON"
            and _PARTICLE_GAP.fullmatch(text, last.end, found.start)
        ):
            joined[-1] = result("PERSON", last.start, found.end, max(last.score, found.score))
            continue
        if found.entity_type == "PERSON" and (last is None or last.end < found.start - 1):
            found = _take_leading_particles(text, found)
            before = _CAPITALISED_BEFORE.search(text, max(0, found.start - 40), found.start)
            if before and (
                # "Sibling: Nana Yaw": a kin word the allow list keeps, as a given name
                _KIN_GIVEN_NAME.search(text, max(0, before.start(1) - 4), before.end())
                or (before.start(1) not in kept_starts and _given_name_before(text, before, lists))
            ):
                found = result("PERSON", before.start(1), found.end, found.score)
        joined.append(found)
    joined = _joined_names_again(text, joined)
    joined = _kin_names_alone(text, joined)
    if " and " in text or "me, " in text:
        joined = _lower_case_people(text, joined, lists)
    return possessives_before_relations(text, joined)


def _joined_names_again(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A full name this step joined ("Nan, Hyacinth Price,") is the same person where it is
    written again the same way, where only its surname was found: "2030 Hyacinth Price
    arrives" (a log line opens on a given name that is also a word)."""
    people = [r for r in results if r.entity_type == "PERSON"]
    names = {
        value
        for r in people
        if len(value := tuple(text[r.start : r.end].split())) > 1 and value[0][:1].isupper()
    }
    if not names:
        return results
    covered = _Occurrences([(r.start, r.end) for r in results])
    added = []
    for words in names:
        pattern = r"[ \t]+".join(re.escape(w) for w in words)
        for m in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w'’-])", text):
            if not covered.covers(m.start(), m.end()):
                added.append(result("PERSON", m.start(), m.end(), 0.86))
    if not added:
        return results
    return merge_overlaps(results + added, {})


# In informal lower-case notes: a given name and surname after a named person and "and" (a
# shared surname: "kyle and jordan price"); a given name after "me," ("me, sky (my fellow
# TIP)"). invalid: "kyle and the price" (no given name), "me, then" (no name).
_AND_GIVEN_SURNAME = re.compile(r" and ([a-z]{2,}) ([a-z]{2,})(?![\w'’-])")
_ME_COMMA_NAME = re.compile(r"\bme, ([a-z]{2,})(?=[ \t]*(?:\(|,| and\b))")
# A sentence start or a list place where the same lower-case word stands as the person again:
# valid "sky just sat on the ramp" (a line or sentence opens with it); invalid "the sky was".
_PERSON_PLACE_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n[ \t]*(?:[-*•][ \t]*)?|\band |, )\Z")


def _lower_case_people(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Lower-case given names the rules above show; each is then the person wherever it opens
    a sentence or a list place."""
    taken = [(r.start, r.end) for r in results]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    extra: list[tuple[int, int]] = []
    for r in results:
        word = text[r.start : r.end]
        if r.entity_type != "PERSON" or not word.islower() or fold(word) not in lists.first:
            continue
        m = _AND_GIVEN_SURNAME.match(text, r.end)
        if (
            m
            and fold(m.group(1)) in lists.first
            and fold(m.group(2)) in lists.last
            and not {m.group(1), m.group(2)} & STOP_WORDS
            and free(m.start(2), m.end(2))  # "jordan" may be found already: it grows
        ):
            extra.append((m.start(1), m.end(2)))
    names = set()
    for m in _ME_COMMA_NAME.finditer(text):
        word = m.group(1)
        if fold(word) in lists.first and word not in STOP_WORDS and free(*m.span(1)):
            extra.append(m.span(1))
            names.add(word)
    for word in names:
        for m in re.finditer(rf"(?<![\w'’-]){word}(?![\w'’-])", text):
            if (m.start(), m.end()) in extra or not free(m.start(), m.end()):
                continue
            if _PERSON_PLACE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                extra.append(m.span())
    if not extra:
        return results
    added = [result("PERSON", s, e, 0.6) for s, e in extra]
    kept = [r for r in results if not any(s <= r.start and r.end <= e for s, e in extra)]
    return sorted(kept + added, key=lambda r: (r.start, r.end))


def _kin_names_alone(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Once "Nana Yaw" is a person, a capitalised "Nana" alone is that person too ("she puts
    Nana to bed"); "my Nana", "her Nana" and a lower-case "nana" stay kin words."""
    given = {
        m.group(1)
        for r in results
        if r.entity_type == "PERSON"
        and (m := _KIN_FIRST_WORD.match(text, r.start, r.end))
        and _KIN_GIVEN_NAME.search(text, max(0, r.start - 4), m.end())
    }
    if not given:
        return results
    taken = [(r.start, r.end) for r in results]
    extra = []
    for word in given:
        for m in re.finditer(rf"(?<!(?i:my|er|is|ir|ur|he) )(?<![\w'’-]){word}(?![\w'’-])", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                extra.append(result("PERSON", m.start(), m.end(), 0.6))
    return sorted(results + extra, key=lambda r: (r.start, r.end))


_KIN_FIRST_WORD = re.compile(r"(Nana|Ama|Baba|Bibi|Dada|Mama)[ \t]")


# A relation after a possessive: "Ewa's partner", "Kyle's mum"; not "St Aldhelm's A&E" nor
# "Ruby's Massage & Spa" (a body's name ends in "'s").
_RELATION_AFTER = re.compile(
    r"[ \t]+(?:partner|ex|boyfriend|girlfriend|husband|wife|mum|mother|dad|father|son|daughter"
    r"|brother|sister|nan|nana|gran|grandad|grandmother|grandfather|aunt|auntie|uncle|cousin"
    r"|friend|mate|carer|baby|child|children|kids|stepdad|stepmum)\b"
)


def possessives_before_relations(
    text: str, results: list[RecognizerResult]
) -> list[RecognizerResult]:
    """A person's trailing "'s" before a relation word is left in view ("Ewa's partner"):
    a model's guess merged in late can take it in. A personal title before a name is left in
    view too (FORMATS.md: "Mrs [PERSON 1]"); alias linking drops titles from the key."""
    kept: list[RecognizerResult] = []
    for found in results:
        if (
            found.entity_type == "PERSON"
            and found.end - found.start > 2
            and text[found.end - 2 : found.end] in {"'s", "’s"}
            and _RELATION_AFTER.match(text, found.end)
        ):
            found = result(
                "PERSON", found.start, found.end - 2, found.score, found.recognition_metadata
            )
        kept.append(found)
    return kept


# A kin word that is also a given name, as a given name before another one: valid "Sibling:
# Nana Yaw", "and Nana Kwame"; invalid "my Nana Joan" (an owner: the grandmother), "Mum
# Tracey" (no given name), "nana said" (lower case).
_KIN_GIVEN_NAME = re.compile(
    r"(?<!(?i:my|er|is|ir|ur|he) )(?<![\w'’-])(?-i:Nana|Ama|Baba|Bibi|Dada|Mama)[ \t]\Z"
)


def _given_name_before(text: str, before: re.Match, lists: NameLists) -> bool:
    word = before.group(1)
    key = fold(word)
    if not word[0].isupper() or word.isupper() or len(word) < 2:
        return False
    if key in lists.role_or_kin or key in lists.generic_titles_not_names or key in STOP_WORDS:
        return False
    if _CALENDAR_WORD.fullmatch(word):
        return False
    at_start = _ENTRY_START.search(text, max(0, before.start(1) - 12), before.start(1))
    return not (at_start and lists.is_common(word))


# A month or a day, in full or short: "Monday Kyle", "March Kyle" are no given names.
_CALENDAR_WORD = re.compile(
    rf"(?i:{_MONTH_NAME.pattern}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)"
)


# Identifier types whose label a writer may count as part of the identifier.
_REFERENCE_TYPES = frozenset(
    {"CRIME_REF", "CUSTODY_REF", "OTHER_ID", "UK_NHS", "UK_NINO", "UK_PNC", "UK_CRO"}
)
_LABEL_WINDOW = 60


def extend_over_labels(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A date of birth or reference number right after its own label takes the label in:
    "DOB [30/09/1999]" -> "[DOB 30/09/1999]", "(b. 12.02.1978)", "Ref: 44/21987/25".

    Writers mark the label as part of the identifier, so recall needs it; "[DOB 1]" reads as
    well as "DOB [DOB 1]". A date right after a date-of-birth label is a date of birth.
    """
    births, references = identifier_label_patterns()
    extended = []
    for r in results:
        window_start = max(0, r.start - _LABEL_WINDOW)
        label, entity_type = None, r.entity_type
        # a date after a date-of-birth label is one, whatever found it ("dob 02.01.2011")
        if r.entity_type == "DOB" or is_specific_date(text[r.start : r.end]):
            label = births.search(text, window_start, r.start)
            entity_type = "DOB" if label else entity_type
        if label is None and r.entity_type in _REFERENCE_TYPES:
            label = references.search(text, window_start, r.start)
        if label is None:
            extended.append(r)
            continue
        extended.append(result(entity_type, label.start(), r.end, r.score, r.recognition_metadata))
    return extended


# Capital initials in brackets right after a name: "Ana Paula Ferreira (APF)".
_BRACKETED_INITIALS = re.compile(r"[ \t]*\([ \t]*([A-Z]{2,4})[ \t]*\)")


def initials_after_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Initials in brackets right after a detected full name, made of its words' first
    letters, are that person ("Gheorghe Lăcătuș (GL)"); propagation then masks "GL" wherever
    the document uses it. "Youth Offending Team (YOT)" is no person, so it is not found."""
    found = []
    for r in results:
        if r.entity_type != "PERSON":
            continue
        match = _BRACKETED_INITIALS.match(text, r.end)
        if match is None:
            continue
        words = re.findall(r"[^\W\d_][\w'’]*", text[r.start : r.end])
        initials = "".join(w[0] for w in words).upper()
        if len(words) >= 2 and match.group(1) in {initials, initials[0] + initials[-1]}:
            found.append(result("PERSON", match.start(1), match.end(1), r.score))
    return results + found + _initials_before_names(text, results)


# Initials, then the full name they stand for in brackets, where a list of people or actions
# gives them: valid "- GP (Gwen Pritchard) to write", "Actions: TK (Tom Kerr), SW (Sam Wu)";
# invalid "the GP (Gwen Pritchard) said" (a role: an article before it), "GP (Gwen Pritchard)"
# in the middle of a sentence (the role, then who holds it).
_INITIALS_BEFORE_BRACKET = re.compile(r"(?<![\w&/.'’-])([A-Z]{2,3})[ \t]*\([ \t]*$")
# Where a list gives a person: a line start after a bullet or number, a field label, a comma,
# a semicolon, "and" or "&".
_LIST_POSITION = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•*]|\d{1,2}[.)]|[A-Za-z]+[ \t]*:)?[ \t]*$|[,;:&][ \t]*$|\band[ \t]+$"
)


def _initials_before_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Initials right before a bracketed detected name made of their letters, where a list
    gives them ("- GP (Gwen Pritchard) to write"): that person, even when the letters are
    also a role ("the GP (Gwen Pritchard)" stays the role)."""
    found = []
    for r in results:
        if r.entity_type != "PERSON" or r.start < 4 or "(" not in text[r.start - 4 : r.start]:
            continue
        before = _INITIALS_BEFORE_BRACKET.search(text, max(0, r.start - 8), r.start)
        if before is None or not text.startswith(")", r.end):
            continue
        words = re.findall(r"[^\W\d_][\w'’]*", text[r.start : r.end])
        initials = "".join(w[0] for w in words).upper()
        if len(words) < 2 or before.group(1) not in {initials, initials[0] + initials[-1]}:
            continue
        line_start = text.rfind("\n", 0, before.start(1)) + 1
        if _LIST_POSITION.search(text[line_start : before.start(1)]) is None:
            continue
        found.append(result("PERSON", before.start(1), before.end(1), r.score, {FIELD_NAME: True}))
    return found


# Ranks and the words a record calls a person by, in capitals: used bare they name a role
# ("DP calm", "DS to attend"), even where someone's initials are the same letters.
_ROLE_INITIALS = frozenset(
    {"pc", "pcso", "wpc", "dc", "ds", "di", "dci", "ps", "sc", "dp", "ip", "yp", "cyp", "gp", "tip"}
)


# Capitals standing alone as a whole word (no word character either side), so a match is
# exactly one candidate for a look-up in the set of initials wanted: one fixed pattern instead
# of one built per text. ("ﬃ".upper() is "FFI": initials can be longer than the names' words.)
# valid "SW and PD joint", "WB - vehicle"; invalid "SWP" (as "SW"), "SW-1", "SW L.K.", "DS 1234"
_BARE_INITIALS = re.compile(r"(?<![\w&/.'’-])[A-Z]{2,}(?![\w&/'’-]|\.\w|[ \t]+[A-Z\d])")


def initials_of_named_people(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Bare capital initials made of a named person's first letters are that person, as
    minutes and action lists use them: "Storm Whittaker ... - SW and PD joint visit",
    "W. BRENNAN ... 2. WB - vehicle check"; not "DP" (a role) and not "SW L.K." (a title
    before a name) or "DS 1234" (a rank before a number)."""
    wanted: set[str] = set()
    for r in results:
        if r.entity_type != "PERSON":
            continue
        words = re.findall(r"[^\W\d_][\w'’]*", text[r.start : r.end])
        if 2 <= len(words) <= 3:
            initials = "".join(w[0] for w in words).upper()
            wanted.add(initials)
            wanted.add(initials[0] + initials[-1])
    wanted = {w for w in wanted if w.isalpha() and w.isascii()}
    roles = {w for w in wanted if w.lower() in _ROLE_INITIALS}
    if not wanted:
        return results
    bare = [m for m in _BARE_INITIALS.finditer(text) if m.group() in wanted]
    # A role's letters are the person only where every bare use owns an action: "1. DP to
    # email" in a note naming Dewi Prydderch; "DP arrived ... DP to be seen" is the role.
    roles_as_people = {
        w for w in roles if all(_owns_action(text, m) for m in bare if m.group() == w)
    }
    found = [
        result("PERSON", m.start(), m.end(), 0.86)
        for m in bare
        if m.group() not in roles or m.group() in roles_as_people
    ]
    return results + found


# Initials owning an action at the start of a line or list item: valid "1. DP to email",
# "- DP to send", "Actions: DP to chase"; invalid "DP to be seen by the HCP" (a passive: what
# is done to the detained person), "DP asked to call".
_ACTION_LEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:actions?)[ \t]*[:\-–]?[ \t]*)?(?:[-–•*]|\d{1,2}[.)])?[ \t]*\Z"
)
_ACTION_AFTER = re.compile(r"[ \t]+(?:to|will)[ \t]+(?!be\b|remain\b|stay\b)[a-z]")


def _owns_action(text: str, match: re.Match) -> bool:
    line_start = text.rfind("\n", 0, match.start()) + 1
    return bool(
        _ACTION_LEAD.search(text[line_start : match.start()])
        and _ACTION_AFTER.match(text, match.end())
    )


# Where a sentence or log entry starts: a line start, ". ", ": ", "- ", "(", or a time stamp.
_ENTRY_START = re.compile(r"(?:\A|[\n.:;!?(]|\s[-–]|\b\d{1,2}:?\d{2})[ \t\"'“‘]*\Z")
_LOWER_NEXT = re.compile(r"[ \t]+([a-z][\w'’]*)")
_CODE_LETTER = re.compile(r"[A-Z]\.[ \t]?([A-Z][a-z]+)")
_CODE_WORD_BEFORE = re.compile(
    r"\b(?:code|section|part|schedule|appendix|annex|form|grade|level|category|plan|option"
    r"|type|zone|block|ward|class|stage|phase|tier|step|wing|exhibit|item)[ \t]+\Z",
    re.IGNORECASE,
)
# A national protocol or law named after someone: valid "Herbert Protocol", "Clare's Law";
# invalid: "Herbert Lawson" (a surname), "Protocol officer"
_NAMED_SCHEME = re.compile(r"(?:['’]s)?[ \t]+(?:Protocol|Law)\b(?![ \t]*[A-Z])")


def drop_capitalised_words_at_entry_start(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """A guess that is only ordinary words capitalised because a sentence or log entry starts
    there, before a lower-case word, is no name: "01:50 - Ambulance conveyed", "Good
    de-escalation from ...". A given name ("Rose refused") stays, and so does a word before a
    verb that follows names ("Sid said", "Abi is") or anything a title or rank named; a surname
    found elsewhere is masked by propagation.
    """
    kept = []
    for r in results:
        words = re.findall(r"[\w'’]+(?:-[\w'’]+)*", text[r.start : r.end])
        if (
            r.entity_type in {"PERSON", "ORGANIZATION", "PROPER_NOUN"}
            and _source(r) in {"SpacyRecognizer", "NameGazetteerRecognizer", None}
            and 1 <= len(words) <= (2 if r.entity_type == "PERSON" else 1)  # "Southampton Central"
            and words[0][0].isupper()
            and not text[r.start : r.end].isupper()
            and _ENTRY_START.search(text, max(0, r.start - 12), r.start)
            and (following := _LOWER_NEXT.match(text, r.end))
            and fold(following.group(1)) not in lists.verbs_after | _MODALS  # "Sid said"
            and not (r.entity_type == "PERSON" and _PAST_VERB.fullmatch(following.group(1)))
            and all(
                all(lists.is_common(p) for p in w.split("-")) and fold(w) not in lists.first
                for w in words
            )
            and (len(words) == 1 or fold(words[-1]) not in lists.last)
        ):
            continue
        if (
            r.entity_type == "PERSON"
            and (letter := _CODE_LETTER.fullmatch(text, r.start, r.end))
            and _CODE_WORD_BEFORE.search(text, max(0, r.start - 14), r.start)
            and lists.is_common(letter.group(1))
        ):
            continue  # "PACE Code A. Good practice": a code's letter, then a sentence
        if r.entity_type in SOFT_TYPES - {"DATE_TIME"} and _NAMED_SCHEME.match(text, r.end):
            continue  # "the Herbert Protocol", "Clare's Law": a scheme, named after nobody here
        kept.append(r)
    return kept
