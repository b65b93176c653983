"""Places and bodies a detection only half covers ("[NAME 1] Market", "[PLACE 2] Vale",
"Section [ADDRESS 1]", "[PLACE 1] Tydfil"), and named shopping sites after a shop
("McDonald's, Festival Place")."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import name_lists
from tips_nlp.anonymise.result import ConfigError, read_config_yaml
from tips_nlp.anonymise.spans import SOFT_TYPES, result
from tips_nlp.resources import rules_dir


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    path = rules_dir() / "pii" / "place_tails.yml"
    conf = read_config_yaml(path)
    keys = ("places", "bodies", "shopping_kinds")
    if not isinstance(conf, dict) or not all(
        isinstance(conf.get(k), list) and all(isinstance(w, str) for w in conf[k]) for k in keys
    ):
        raise ConfigError(f"{path}: expected lists {', '.join(keys)}")

    def alternation(words: list[str]) -> str:
        # each kind also in capitals, for notes written in capitals ("ALDERSHOT CUSTODY UNIT")
        ordered = sorted({*words, *(w.upper() for w in words)}, key=len, reverse=True)
        return "|".join(
            re.escape(w).replace(r"\ ", r"[ \t]+").replace("'", "['’]?") for w in ordered
        )

    tail = rf"[ \t]+(?:({alternation(conf['places'])})|({alternation(conf['bodies'])}))(?![\w'’-])"
    # valid: "McDonald's, Festival Place", "at Marlands Shopping Centre"; invalid: "a Place
    # of safety" (lower case after), "the Market" (no capitalised name before the kind)
    shop = (
        r"(?:,|\b(?:at|in|outside|near|inside|from|to|by))[ \t]+"
        rf"((?:[A-Z][a-z]+[ \t]+){{1,2}}(?:{alternation(conf['shopping_kinds'])}))(?![\w'’-])"
    )
    return re.compile(tail), re.compile(shop), re.compile(r"['’]s(?=,[ \t]+[A-Z])")


# A capitalised word right after a place on the same line: valid "Merthyr Tydfil", "Ebbw
# Vale"; the word is then checked to be no English word and no name ("Leeds Kyle" stays apart).
_PLACE_WORD_AFTER = re.compile(r"[ \t]([A-Z][a-z'’-]{2,20})(?![\w'’-])")


def extend_over_place_tails(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A soft detection followed by a capitalised kind of place or body takes it in: valid
    "Ashby Market", "Hamble Vale", "Southmere Civic Offices"; invalid "Ashby market" (lower
    case: an ordinary market), "Kyle Hill" stays a person (only a name detected as a place,
    organisation or unknown proper noun is extended by a place word)."""
    tail, _, possessive = _patterns()
    extended = []
    for r in results:
        match = tail.match(text, r.end) if r.entity_type in SOFT_TYPES - {"DATE_TIME"} else None
        if match and r.entity_type == "PERSON" and (match.group(1) or _not_after_people(match)):
            match = None  # "Kyle Hill", "Jade Walk", "Kyle Team": a surname, not a place
        if match and not text[r.start : r.end].isupper() and _capitalised_only(match):
            match = None  # "Ashby MARKET": a kind put in capitals follows a name in capitals
        if match:
            kind = "LOCATION" if match.group(1) else "ORGANIZATION"
            if r.entity_type == "ORGANIZATION":
                kind = "ORGANIZATION"
            r = result(kind, r.start, match.end(), r.score)
        elif r.entity_type == "LOCATION" and (word := _unknown_place_word(text, r.end)):
            r = result(r.entity_type, r.start, word, r.score)  # "Merthyr Tydfil"
        elif r.entity_type in SOFT_TYPES and (own := possessive.match(text, r.end)):
            r = result(r.entity_type, r.start, own.end(), r.score)  # "McDonald's, Festival ..."
        extended.append(r)
    return extended


def _unknown_place_word(text: str, end: int) -> int | None:
    """The end of a second word of a place's name the model left out: a capitalised word that
    is neither English nor a name ("Merthyr" + " Tydfil")."""
    match = _PLACE_WORD_AFTER.match(text, end)
    if match is None:
        return None
    lists = name_lists()
    word = match.group(1)
    return match.end() if lists.is_unknown_word(word) and not lists.is_name(word) else None


def _capitalised_only(match: re.Match) -> bool:
    """Whether the kind matched is only the capitals form of a listed kind ("MARKET"), not a
    kind listed in capitals ("VRU")."""
    kind = " ".join(match.group().split()).replace("’", "'")
    return kind.isupper() and kind not in _listed_kinds()


@lru_cache(maxsize=1)
def _listed_kinds() -> frozenset[str]:
    conf = read_config_yaml(rules_dir() / "pii" / "place_tails.yml")
    return frozenset(w for k in ("places", "bodies") for w in conf.get(k) or ())


def _not_after_people(match: re.Match) -> bool:
    kind = " ".join(match.group(2).split()).replace("’", "'").lower()
    return kind in _not_after_people_kinds()


@lru_cache(maxsize=1)
def _not_after_people_kinds() -> frozenset[str]:
    conf = read_config_yaml(rules_dir() / "pii" / "place_tails.yml")
    return frozenset(w.lower() for w in conf.get("not_after_people") or ())


def shopping_sites(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A named shopping or civic site after a comma or a place word: "McDonald's, Festival
    Place", "at Marlands Shopping Centre"."""
    _, shop, _ = _patterns()
    return results + [result("LOCATION", *m.span(1), 0.6) for m in shop.finditer(text)]


# A section of an Act before a number: valid "Section 60, Leigh Park", "s.60 Leigh Park";
# invalid "Flat 60, Leigh Park" (a real address).
_SECTION_BEFORE = re.compile(r"\b(?:section|sect|sec|s)\.?[ \t]*\Z", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"\d{1,3}[A-Z]{0,2}\b,?[ \t]*")


def section_numbers(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """An "address" whose number is a section of an Act is the place after it: "Section 60,
    Leigh Park" masks "Leigh Park" only; the section stays readable."""
    kept = []
    for r in results:
        number = _SECTION_NUMBER.match(text, r.start, r.end)
        if (
            r.entity_type == "ADDRESS"
            and number
            and _SECTION_BEFORE.search(text, max(0, r.start - 10), r.start)
        ):
            if re.search(r"[A-Za-z]", text[number.end() : r.end]):
                kept.append(result("LOCATION", number.end(), r.end, r.score))
            continue
        kept.append(r)
    return kept
