"""The windowed phone recognizer finds exactly what Presidio's PhoneRecognizer finds."""

from __future__ import annotations

import random

import phonenumbers
import pytest
from phonenumbers import Leniency, PhoneMetadata
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from tips_nlp.anonymise.recognizers import phone
from tips_nlp.anonymise.recognizers.phone import (
    MIN_DIGITS_POSSIBLE,
    MIN_DIGITS_VALID,
    WindowedPhoneRecognizer,
    digit_windows,
)

FORMATS = [
    "Call 07700 900123 now.",
    "Mum's mobile is 07912345678.",
    "landline (023) 9238 1234 after 6",
    "+44 (0)7912 345678",
    "+447912345678,",
    "0044 7912 345678",
    "tel: 02392 381234 ext. 204",
    "020 7946 0018 x 12",
    "020 7946 0018 extension 4",
    "020-7946-0018",
    "020.7946.0018",
    "(020) 7946 0018)",
    "[020] 7946 0018",
    "+1 (212) 555-0198 in New York",
    "212-555-0198",
    "+49 30 901820",
    "+33 1 42 68 53 00",
    "+91 98765 43210",
    "+972 2-123-4567",
    "+55 11 91234-5678",
    "ring 0800 123 4567 or 0345 600 0000",
    "numbers 07912345678/07912345679",
    "07912 345678 07912 345679",
    "abc07912345678",
    "07912345678def",
    "on 12/03/2024 at 10:30 she rang 07912 345678",
    "2024-01-02 08:00 then 01632 960123",
    "pages 211-227 (2003) and 01632 960123",
    "\uff10\uff17\uff19\uff11\uff12\u3000\uff13\uff14\uff15\uff16\uff17\uff18",  # full-width digits
    "\u0660\u0667\u0669\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668",  # Arabic-Indic digits
    "+44\u00a07912\u00a0345678",
    "07912\u2010345678",
    "aged 15, PC 4521, crime ref 44230123456, DOB 01/02/2008",
    "1x2x3x4 and 1xxxx2 and 12 ext 3",
    "07912 345678;ext=22",
    "07912 345678 # 22#",
    "(07912) (345) (678)",
    "+ + 07912 345678",
    "++44 7912 345678",
    "",
    "no digits at all here",
    "7",
    "1234",
]


def spans(recognizer, text: str) -> list[tuple[int, int]]:  # noqa: ANN001
    return sorted((r.start, r.end) for r in recognizer.analyze(text, ["PHONE_NUMBER"]))


@pytest.fixture(scope="module")
def pairs():
    """(Presidio's, ours) at the settings the registry uses, and at POSSIBLE for the UK."""
    return [
        (PhoneRecognizer(), WindowedPhoneRecognizer()),
        (
            PhoneRecognizer(supported_regions=("GB",), leniency=0),
            WindowedPhoneRecognizer(supported_regions=("GB",), leniency=0),
        ),
    ]


@pytest.mark.parametrize("text", FORMATS)
def test_windows_find_what_presidio_finds(pairs, text: str) -> None:
    for presidio, ours in pairs:
        assert spans(ours, text) == spans(presidio, text)
        assert spans(ours, text) == spans(ours, text)  # again, from its memory


def test_windows_find_the_phone_spans() -> None:
    text = "Call 07912 345678 or (023) 9238 1234, not 2023."
    assert spans(WindowedPhoneRecognizer(), text) == [(5, 17), (21, 36)]


def test_windows_on_random_texts_match_presidio(pairs) -> None:
    pieces = [
        "07912", "345678", "0", "44", "+", "(", ")", "[", "]", "-", ".", "/", " ", "  ", "x",
        "ext", " ext. ", "#", ";ext=", ",", ":", "\u00a0", "\uff10\uff17", "\u2010", "a",
        "Tel", "the", "\n", "12", "2023", "10:30", "020", "7946", "0018", "555", "1", "+1 ",
    ]  # fmt: skip
    rng = random.Random(20261127)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        for presidio, ours in pairs:
            assert spans(ours, text) == spans(presidio, text), repr(text)


def test_windows_are_runs_of_phone_characters_with_enough_digits() -> None:
    # "|", "g", "y", "f" and "d" never appear in a candidate; letters such as "a", "e", "x"
    # can (extension words, keypad letters), so they count towards the digits.
    text = "Rudd rang 07912 345678 | aged 15 | by 10:30 | ref 4521"
    windows = [text[s:e] for s, e in digit_windows(text, MIN_DIGITS_VALID)]
    assert windows == ["g 07912 345678 |", "y 10:30 |", "f 4521"]
    windows = [text[s:e] for s, e in digit_windows(text, MIN_DIGITS_POSSIBLE)]
    assert windows == ["g 07912 345678 |", "d 15 |", "y 10:30 |", "f 4521"]


def test_candidate_alphabet_is_read_from_the_installed_phonenumbers() -> None:
    assert phone._RUN is not None  # else every text is searched whole (still correct, slower)


def _shortest(metadata, *, local_only: bool) -> int:  # noqa: ANN001
    desc = metadata.general_desc
    lengths = list(desc.possible_length) + (
        list(desc.possible_length_local_only) if local_only else []
    )
    return min(lengths)


@pytest.mark.parametrize(
    ("minimum", "local_only"), [(MIN_DIGITS_VALID, False), (MIN_DIGITS_POSSIBLE, True)]
)
def test_min_digits_is_the_shortest_number_of_any_region(minimum: int, local_only: bool) -> None:
    regions = [PhoneMetadata.metadata_for_region(r) for r in phonenumbers.SUPPORTED_REGIONS]
    regions += [
        PhoneMetadata.metadata_for_nongeo_region(cc)
        for cc in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS
    ]
    assert minimum == min(_shortest(m, local_only=local_only) for m in regions)


def test_shortest_anywhere_is_not_read_at_import_but_equals_the_metadata() -> None:
    """The dialled-number floor uses the shortest national number of any country; it is a
    constant (reading every region's metadata at import cost start-up time) that must equal
    what the installed phonenumbers says."""
    assert phone._SHORTEST_ANYWHERE == phone.shortest_national_number_anywhere() == 4


def test_leniency_levels_are_the_ones_min_digits_assumes() -> None:
    assert Leniency.POSSIBLE < Leniency.VALID < Leniency.STRICT_GROUPING


# Short numbers and numbers dialled through an international prefix: what the per-region
# digit floor (phone.region_min_digits) must never skip.
SHORT_AND_DIALLED = [
    "ring 1642 now", "ext 1640", "(030) 12345", "030 1234", "0172 1234567", "+49 1642",
    "0049 30 123456", "011 44 7911 123456", "00 55 11 91234 5678", "00 33 1 23 45 67 89",
    "+972 2 123 4567", "022 1234 5678", "91 98765 43210", "1 800 FLOWERS", "12/03/2024 14:30",
    "07-04-36 31926819", "0719-2671", "44/098876/24", "2403120567", "＋44 7911 123456",
]  # fmt: skip


@pytest.mark.parametrize("text", SHORT_AND_DIALLED)
def test_short_and_dialled_numbers_match_presidio(pairs, text: str) -> None:
    for presidio, ours in pairs:
        assert spans(ours, text) == spans(presidio, text)


def test_region_digit_floors() -> None:
    regions = ("US", "GB", "DE", "FR", "IL", "IN", "CA", "BR")
    floors = {r: phone.region_min_digits(r, Leniency.VALID) for r in regions}
    assert floors == {"US": 7, "GB": 7, "DE": 4, "FR": 7, "IL": 7, "IN": 7, "CA": 7, "BR": 8}
    assert phone.region_min_digits("GB", Leniency.POSSIBLE) == MIN_DIGITS_POSSIBLE


@pytest.mark.parametrize("region", ["US", "GB", "DE", "FR", "IL", "IN", "CA", "BR"])
def test_example_numbers_have_at_least_the_floor_of_digits(region: str) -> None:
    """Every example number of every region sharing the code, written the national way or
    dialled from `region`, holds at least the floor's digits and is found as Presidio finds it."""
    floor = phone.region_min_digits(region, Leniency.VALID)
    code = PhoneMetadata.metadata_for_region(region).country_code
    others = ["GB", "DE", "NU", "SH", "US"]
    ours = WindowedPhoneRecognizer(supported_regions=(region,))
    presidio = PhoneRecognizer(supported_regions=(region,))
    for home in [*phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code], *others]:
        for kind in phonenumbers.PhoneNumberType.values():
            number = phonenumbers.example_number_for_type(home, kind)
            if number is None:
                continue
            written = phonenumbers.format_out_of_country_calling_number(number, region)
            if not any(c in written for c in "+\uff0b"):
                assert sum(c.isalnum() for c in written) >= floor, written
            text = f"rang {written} today"
            assert spans(ours, text) == spans(presidio, text), text


@pytest.mark.parametrize(
    ("window", "need", "short"),
    [
        ("at 2023", 7, True),  # six digits or letters: too few for a GB number
        ("07700 900123", 7, False),
        ("+44 12", 7, False),  # a plus sign: parsed whatever its length
        ("＋44 12", 7, False),  # a full-width plus sign too
        ("12 + 3", 4, False),
        ("ab 12", 4, False),  # letters count as keypad digits
        ("a 1", 4, True),
    ],
)
def test_too_short_keeps_windows_with_a_plus_sign(window, need, short):
    assert phone._too_short(window, 0, len(window), need) is short
