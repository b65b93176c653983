"""A fictional note dense with identifiers, shared by the privacy tests (not a test module)."""

from __future__ import annotations

# Every value is fictional: Ofcom drama numbers, the NHS and NI numbers used in documentation.
IDENTIFIERS = (
    "Janet",
    "O'Brien",
    "Whitfield",
    "Hughes",
    "14/03/1979",
    "12 Elm Court",
    "PO9 1AB",
    "07700 900123",
    "janet.obrien@example.com",
    "943 476 5919",
    "AB 12 34 56 C",
    "HN19 XKD",
    "98/123456X",
    "4521",
)

NOTE = (
    "Mrs Janet O'Brien (DOB 14/03/1979) of 12 Elm Court, Havant PO9 1AB rang 07700 900123 "
    "and emailed janet.obrien@example.com. Her son Kyle Whitfield, NHS 943 476 5919, "
    "NI AB 12 34 56 C, was seen in a silver Ford, VRM HN19 XKD, PNC ID 98/123456X. "
    "PC 4521 Dan Hughes attended and Kyle's nan said he had kicked off."
)


def leaked(blob: str) -> list[str]:
    """The identifiers (or their digits run together) that appear in `blob`."""
    squashed = blob.replace(" ", "")
    return [
        value
        for value in IDENTIFIERS
        if value in blob or (len(value) > 6 and value.replace(" ", "") in squashed)
    ]
