"""Bare initials of a named person: one fixed pattern and a set look-up find exactly what the
pattern built from the wanted initials found."""

from __future__ import annotations

import re

import pytest

from tips_nlp.anonymise.spans import initials_of_named_people, result


def _people(text: str, *names: str) -> list:
    return [result("PERSON", text.index(n), text.index(n) + len(n), 0.85) for n in names]


def _found(text: str, *names: str) -> list[str]:
    people = _people(text, *names)
    return [text[r.start : r.end] for r in initials_of_named_people(text, people)[len(people) :]]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Storm Whittaker seen.\n- SW and PD joint visit", ("Storm Whittaker",), ["SW"]),
        ("W. BRENNAN stopped.\n2. WB - vehicle check", ("W. BRENNAN",), ["WB"]),
        ("Ana Paula Ferreira spoke. APF and AF agreed.", ("Ana Paula Ferreira",), ["APF", "AF"]),
        ("Storm Whittaker seen. SWP attended.", ("Storm Whittaker",), []),  # a longer word
        ("Storm Whittaker seen. SW-1 form.", ("Storm Whittaker",), []),
        ("Storm Whittaker seen. SW L.K. rang.", ("Storm Whittaker",), []),  # a title
        ("Dan Smith seen. DS 1234 attended.", ("Dan Smith",), []),  # a rank
        ("Dan Phillips seen. DP calm.", ("Dan Phillips",), []),  # a role
        ("Storm Whittaker seen. sw and SW.", ("Storm Whittaker",), ["SW"]),
        ("Storm Whittaker, ASW and SWS.", ("Storm Whittaker",), []),
        ("Storm Whittaker (SW) said SW/PD.", ("Storm Whittaker",), ["SW"]),
        ("Storm Whittaker: SW.", ("Storm Whittaker",), ["SW"]),
        ("\ufb03on Eve seen. FFIE and FE left.", ("\ufb03on Eve",), ["FFIE", "FE"]),
    ],
)
def test_bare_initials_of_named_people(text, names, expected):
    assert _found(text, *names) == expected


def _found_by_built_pattern(text: str, wanted: set[str]) -> list[str]:
    """The former way: an alternation of the wanted initials, built for each text."""
    bare = re.compile(
        rf"(?<![\w&/.'’-])(?:{'|'.join(sorted(wanted))})(?![\w&/'’-]|\.\w|[ \t]+[A-Z\d])"
    )
    return [m.group() for m in bare.finditer(text)]


@pytest.mark.parametrize(
    "tail",
    [
        "SW, SWA, SWAB and AB. (SW) SW.1 SW.x SW's SW-PD SW/PD &SW 'SW' SW\tPD SW\tpd",
        "SWAB AB SW\nSWA. SW: SWAN ABS SW... SW!",
    ],
)
def test_fixed_pattern_matches_the_built_alternation(tail):
    text = "Sam Walker and Alice Bede Sawyer met Sam Ward Abbott. " + tail
    names = ("Sam Walker", "Alice Bede Sawyer", "Sam Ward Abbott")
    wanted = {"SW", "AS", "ABS", "SWA", "SA"}
    assert _found(text, *names) == _found_by_built_pattern(text, wanted)
