"""Quasi-identifier kinds a second independent set (dev8) showed: short month names with a
year, dates in capitals, saints' names of schools and hospitals, women's and men's groups, and
a name before a lower-case kind of service. Each is masked whole; the ordinary forms are not."""

import pytest


def _masked(anonymiser, text: str) -> list[str]:
    return [text[r.start : r.end] for r in anonymiser.analyse_doc(anonymiser.nlp(text))]


def _covered(anonymiser, text: str, phrase: str) -> bool:
    start = text.index(phrase)
    spans = [(r.start, r.end) for r in anonymiser.analyse_doc(anonymiser.nlp(text))]
    return any(s <= start and start + len(phrase) <= e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("KEY EVENTS - Aug 2024: stopped in a car.", "Aug 2024"),
        ("Seen again in Sept 2023 at the station.", "Sept 2023"),
        ("PANEL REVIEW, MONDAY 24TH NOVEMBER Venue: the hall.", "MONDAY 24TH NOVEMBER"),
        ("REVIEWED 3 MARCH 2025 BY THE PANEL", "3 MARCH 2025"),
        ("Admitted to the ward at St Luke's overnight.", "St Luke's"),
        ("School: St Aldhelm's C of E Secondary, year 9.", "St Aldhelm's C of E Secondary"),
        ("Given the Thornbury Women's Aid leaflet.", "Thornbury Women's Aid"),
        ("Mariam attended for the Somali Women's Forum.", "Somali Women's Forum"),
        ("He now goes to the Friday Friends lunch club weekly.", "Friday Friends lunch club"),
        ("Lives at Harbour Lights supported housing.", "Harbour Lights supported housing"),
    ],
)
def test_named_date_or_body_is_masked_whole(anonymiser, text, phrase):
    assert _covered(anonymiser, text, phrase)


@pytest.mark.parametrize(
    "text",
    [
        "He was on the MONDAY NIGHT shift.",
        "Gave her the Women's Aid leaflet.",
        "She goes to the lunch club.",
        "Mum's lunch club was cancelled.",
        "in aug we met",
    ],
)
def test_ordinary_forms_are_not_masked(anonymiser, text):
    assert _masked(anonymiser, text) == []
