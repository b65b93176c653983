"""PNC and CRO check letters (alphabet ZABCDEFGHJKLMNPQRTUVWXY, mod 23)."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.recognizers.check_letters import (
    cro_check_letter,
    is_valid_cro,
    is_valid_pnc,
    pnc_check_letter,
)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("09/575051R", True),
        ("2009/0575051R", True),  # long form, serial padded to 7
        ("09/575051S", False),
        ("12/913012L", True),
        ("12/913012M", False),
        ("12/03/2024", False),
        ("98/1234", False),
    ],
)
def test_pnc(value, valid):
    assert is_valid_pnc(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("265416/21G", True),
        ("265416/21H", False),
        ("SF05/482703J", True),
        ("SF83/50058Z", True),  # Scottish serials are not padded
        ("SF83/50058A", False),
        ("12/03/24", False),
    ],
)
def test_cro(value, valid):
    assert is_valid_cro(value) is valid


def test_check_letter_arithmetic():
    assert pnc_check_letter("98", "123456") == "ZABCDEFGHJKLMNPQRTUVWXY"[980123456 % 23]
    assert cro_check_letter("265416", "21") == "G"
