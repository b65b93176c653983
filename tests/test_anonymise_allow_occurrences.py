"""The allow step's position index answers as a scan of every allowed phrase would."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.spans import _Occurrences

SPANS = [(0, 4), (2, 10), (20, 25), (21, 23), (40, 60), (70, 71)]


@pytest.mark.parametrize(
    ("start", "end", "covered"),
    [
        (0, 4, True),
        (3, 9, True),  # inside the second, which starts before it
        (3, 11, False),
        (21, 23, True),
        (22, 25, True),  # the outer (20, 25) holds it though (21, 23) started later
        (26, 30, False),
        (45, 60, True),
        (70, 71, True),
        (69, 71, False),
        (100, 101, False),
    ],
)
def test_covers_equals_a_scan(start, end, covered):
    assert _Occurrences(SPANS).covers(start, end) is covered
    assert any(s <= start and end <= e for s, e in SPANS) is covered


@pytest.mark.parametrize(("start", "end"), [(0, 4), (3, 30), (22, 45), (61, 69), (70, 90)])
def test_starting_near_holds_every_overlapping_phrase_in_order(start, end):
    near = _Occurrences(list(reversed(SPANS))).starting_near(start, end)
    assert near == sorted(near)
    assert {(s, e) for s, e in SPANS if s < end and start < e} <= set(near)


def test_no_phrases():
    assert _Occurrences([]).covers(0, 1) is False
    assert _Occurrences([]).starting_near(0, 1) == []
