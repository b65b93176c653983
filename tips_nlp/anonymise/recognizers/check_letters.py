"""PNC IDs and CRO numbers: a pattern finds the shape, the check letter decides."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

# The check letter of PNC IDs and CRO numbers: this alphabet indexed by a number mod 23.
CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"

_PNC = re.compile(r"^(?:\d{2})?(\d{2})/(\d{1,7})([A-Z])$", re.IGNORECASE)
_CRO = re.compile(r"^(\d{1,6})/(\d{2})([A-Z])$", re.IGNORECASE)
_CRO_SF = re.compile(r"^SF\s?(\d{2})/(\d{1,6})([A-Z])$", re.IGNORECASE)


def pnc_check_letter(year: str, serial: str) -> str:
    """Check letter of PNC ID YY/NNNNNNN: the 9-digit number YY + serial (zero-padded to 7)."""
    return CHECK_LETTERS[int(year + serial.zfill(7)) % 23]


def cro_check_letter(serial: str, year: str, *, scottish: bool = False) -> str:
    """Check letter of CRO NNNNNN/YY (YY + serial padded to 6; SF numbers are not padded)."""
    digits = (serial.lstrip("0") or "0") if scottish else serial.zfill(6)
    return CHECK_LETTERS[int(year + digits) % 23]


def is_valid_pnc(value: str) -> bool:
    """'98/123456X' or '1998/0123456X' with the right check letter."""
    match = _PNC.match(value.strip())
    if not match:
        return False
    year, serial, letter = match.groups()
    return pnc_check_letter(year, serial) == letter.upper()


def is_valid_cro(value: str) -> bool:
    """'123456/98X' or 'SF98/123456X' with the right check letter."""
    value = value.strip()
    if match := _CRO.match(value):
        serial, year, letter = match.groups()
        return cro_check_letter(serial, year) == letter.upper()
    if match := _CRO_SF.match(value):
        year, serial, letter = match.groups()
        return cro_check_letter(serial, year, scottish=True) == letter.upper()
    return False


class PncRecognizer(PatternRecognizer):
    """Police National Computer IDs, kept only when the check letter is right."""

    # valid: "98/123456X" (if the letter checks), "2008/0012345K"; invalid: "12/03/2024", "98/1234"
    PATTERNS = [Pattern("pnc id", r"(?<![\w/])(?:\d{2})?\d{2}/\d{1,7}[A-Z](?![\w/])", 0.5)]
    CONTEXT = ["pnc", "police national computer", "pnc id"]

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("supported_entity", "UK_PNC")
        kwargs.setdefault("patterns", self.PATTERNS)
        kwargs.setdefault("context", self.CONTEXT)
        super().__init__(**kwargs)

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_pnc(pattern_text)


class CroRecognizer(PatternRecognizer):
    """Criminal Records Office numbers, kept only when the check letter is right."""

    # valid: "265416/21G", "SF05/482703J"; invalid: "265416/21H", "12/03/24"
    PATTERNS = [
        Pattern("cro number", r"(?<![\w/])\d{1,6}/\d{2}[A-Z](?![\w/])", 0.5),
        Pattern("scottish cro", r"\bSF\s?\d{2}/\d{1,6}[A-Z](?![\w/])", 0.5),
    ]
    CONTEXT = ["cro", "criminal records office"]

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("supported_entity", "UK_CRO")
        kwargs.setdefault("patterns", self.PATTERNS)
        kwargs.setdefault("context", self.CONTEXT)
        super().__init__(**kwargs)

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_cro(pattern_text)
