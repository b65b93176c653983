"""Reference numbers by their label, and code-like tokens whatever their label.

The labels live in rules/pii/references.yml: a new system's reference is a line of YAML.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tips_nlp.anonymise.recognizers.factored_alternation import (
    factored_alternation,
    phrase_atoms,
)
from tips_nlp.anonymise.recognizers.phone import freephone_spans
from tips_nlp.anonymise.result import ConfigError, read_config_yaml
from tips_nlp.resources import rules_dir

# One piece of a code: holds a digit, or is a short letter prefix joined to one ("HC/", "SF ").
_PIECE = r"[A-Za-z0-9]*\d[A-Za-z0-9]*"
# valid: "HC/2024/01234", "2301-04567", "SF 98/123456E", "584 217 933", "S-250611-0331";
# invalid: "at 10pm" (a time is refused later), "of" (no digit)
_CODE = (
    rf"(?:[A-Za-z]{{1,4}}[/\-.]|(?-i:[A-Z]{{1,4}})\s(?=\d))?{_PIECE}"
    rf"(?:(?:[/\-.]|\s(?=\d[\dA-Za-z]*(?:[/\-.\s]|\b)))[A-Za-z0-9]*\d?[A-Za-z0-9]*)*"
)
_CONNECTOR = (
    r"(?:\s*(?:no\.?|nos?\.|number|num|nr|ref\.?|reference|id|#|record|log|sub):?)*\s*[:#\-–]?\s*"
)
# Not codes: times, ordinals, ages ("15yo", "15-year-old"), money, quantities, section numbers,
# year groups.
_NOT_CODE = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|hrs?|h)|\d{3,4}\s?hrs?|\d{1,2}(?:st|nd|rd|th)"
    r"|\d+(?:\.\d+)?(?:mg|ml|g|kg|km|m|cm|mm|ft|in|mph|kph|k|p|x|yrs?|yo|s|mins?|hours?|days?"
    r"|wks?|weeks?|mths?|months?|gb|mb|l)|x\d{1,2}|[sS]\.?\d{1,3}[a-zA-Z]?|ppn\d?|y(?:ear|r)?\d{1,2}"
    r"|[AMB]\d{1,4}(?:\(M\))?|covid-?19|\d{1,2}/\d{1,2}|(?:19|20)\d\d/\d\d|\d{1,3}/\d{1,3}"
    r"|\d{1,3}-(?:years?|yrs?|months?|weeks?|days?)-old",
    re.IGNORECASE,
)
_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|(?:19|20)\d\d-\d\d-\d\d")
# A stand-alone code: letters and digits mixed ("44AB1234524", "L0R"), 5+ digits, or a slash
# between digit groups with one of 3+ digits ("44/240118/24"); dates and times are refused.
_TOKEN = re.compile(r"(?<![\w/.\-£$€])[A-Za-z0-9][A-Za-z0-9/\-.]*[A-Za-z0-9](?![\w/\-£%]|\.\d)")
_MIXED = re.compile(r"(?=[^/\-.]*[A-Za-z])(?=[^/\-.]*\d)")


# An NHS number's shape (3-3-4 or ten digits) a few words after "NHS", on the same line:
# "nhs number off a letter: 388 681 6870", "NHS no. is 4857773456". Masked whatever its check
# digit: a number written down as someone's NHS number is theirs even with a typo in it.
# valid: "NHS number: 943 476 5919"; invalid: "NHS 111", "NHS Trust, call 023 8077 7222"
# (a phone: 3-4-4 groups).
_NHS_AFTER_LABEL = re.compile(
    r"(?<![\w&])nhs\b[^\n\d]{0,40}?(?<![\w/+])(\d{3}[ -]?\d{3}[ -]?\d{4})(?![\w/]|[ -]\d)",
    re.IGNORECASE,
)


def _is_code(value: str, *, strict: bool) -> bool:
    """Is this run a reference code? strict: needs 3+ digits or letters and digits mixed."""
    compact = value.replace(" ", "")
    digits = sum(c.isdigit() for c in compact)
    if not digits or len(compact) < 2:
        return False
    if strict:
        if _NOT_CODE.fullmatch(compact) or _DATE.fullmatch(compact):
            return False
        return digits >= 3 or (
            digits >= 1 and any(c.isalpha() for c in compact) and len(compact) >= 3
        )
    return True


def is_generic_code(token: str) -> bool:
    """A token that looks like a reference whatever its label (see _TOKEN)."""
    if not any(c.isdigit() for c in token):
        return False  # most tokens are words: the regexes below are not needed for them
    if _NOT_CODE.fullmatch(token) or _DATE.fullmatch(token):
        return False
    if any(c.isalpha() for c in token) and any(c.isdigit() for c in token):
        return len(token) >= 3
    if token.isdigit():
        return len(token) >= 5
    groups = re.findall(r"\d+", token)
    return "/" in token and len(groups) >= 2 and max(len(g) for g in groups) >= 3


def load_labels(path: Path) -> dict[str, list[str]]:
    """rules/pii/references.yml: ENTITY_TYPE -> label phrases; names the file on error."""
    data = read_config_yaml(path)
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(p, str) and p.strip() for p in v)
        for v in data.values()
    ):
        raise ConfigError(f"{path}: expected ENTITY_TYPE: [label phrases]")
    return data


class LabelledReferenceRecognizer(EntityRecognizer):
    """The code after a reference label, and any stand-alone code-like token (OTHER_ID)."""

    STRICT_LABELS = frozenset(
        {
            "case",
            "job",
            "log",
            "incident",
            "inc",
            "crime",
            "ref",
            "reference",
            "intel",
            "card",
            "tag",
            "badge",
            "camera",
            "ticket",
            "account",
            "serial",
            "custody",
            "cust",
            "storm",
            "occ",
            "visa",
            "permit",
            "membership",
            "payroll",
            "licence",
            "license",
            "exhibit",
        }
    )

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("supported_entities", ["OTHER_ID"])
        kwargs.setdefault("name", "LabelledReferenceRecognizer")
        kwargs.setdefault("supported_language", "en")
        kwargs.pop("supported_entity", None)
        super().__init__(**kwargs)

    def load(self) -> None:
        labels = load_labels(rules_dir() / "pii" / "references.yml")
        self.type_of = {p.casefold(): t for t, phrases in labels.items() for p in phrases}
        alternatives = sorted(self.type_of, key=len, reverse=True)
        # As a prefix tree: the first match of the flat "|".join, one branch per character
        # followed instead of every label tried at every word (factored_alternation).
        body = factored_alternation(
            [phrase_atoms(p, separator=r"\s+") for p in alternatives],
            separator=r"\s+",
            ignore_case=True,
        )
        self.pattern = re.compile(
            rf"(?<![\w&])(?P<label>{body})\.?(?![\w&]){_CONNECTOR}(?P<code>{_CODE})(?![\w/])",
            re.IGNORECASE,
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in self.pattern.finditer(text):
            label = re.sub(r"\s+", " ", match.group("label").casefold())
            code = match.group("code").rstrip(" .-/")
            if not _is_code(code, strict=label in self.STRICT_LABELS):
                continue
            start = match.start("code")
            results.append(RecognizerResult(self.type_of[label], start, start + len(code), 0.85))
        for match in _NHS_AFTER_LABEL.finditer(text):
            results.append(RecognizerResult("UK_NHS", *match.span(1), 0.85))
        freephones = freephone_spans(text) if "0" in text else []
        for match in _TOKEN.finditer(text):
            token = match.group().rstrip(".")
            if token.isalpha():
                continue  # a word: no digit, so no code (most tokens; is_generic_code)
            if any(s <= match.start() < e for s, e in freephones):
                continue  # a helpline's number, kept (phone.is_freephone)
            if is_generic_code(token):
                results.append(
                    RecognizerResult("OTHER_ID", match.start(), match.start() + len(token), 0.5)
                )
        return results


# Between a label and its number: "no.", "number", "ref", "#", ":", "-", an opening bracket.
_LABEL_TAIL = (
    r"\.?(?:[ \t]*(?:no\.?|nos?\.|number|num|nr|ref\.?|reference|id|#|record|log|sub)\.?)*"
    r"[ \t]*[:#\-–=]?[ \t]*\(?[ \t]*\Z"
)


def _label_pattern(phrases: set[str]) -> re.Pattern:
    body = "|".join(
        re.escape(p.rstrip(".")).replace(r"\ ", r"[ \t]+") + (r"\." if p.endswith(".") else "")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w&.])(?:{body}){_LABEL_TAIL}", re.IGNORECASE)


@lru_cache(maxsize=1)
def identifier_label_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(date-of-birth labels, reference-number labels), each matching a label that ends
    right where a detection starts: "DOB: ", "(b. ", "occurrence ", "Ref: ", "NI no. ".

    From rules/pii/identifier_labels.yml plus every label in rules/pii/references.yml.
    """
    path = rules_dir() / "pii" / "identifier_labels.yml"
    extra = load_labels(path)
    if set(extra) != {"date_of_birth", "reference"}:
        raise ConfigError(f"{path}: expected date_of_birth: [...] and reference: [...]")
    references = {
        p.casefold()
        for phrases in load_labels(rules_dir() / "pii" / "references.yml").values()
        for p in phrases
    }
    references |= {p.casefold() for p in extra["reference"]}
    births = {p.casefold() for p in extra["date_of_birth"]}
    return _label_pattern(births), _label_pattern(references)
