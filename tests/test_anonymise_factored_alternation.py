"""The place and reference-label patterns are written as prefix trees (factored_alternation);
each must find exactly what the flat alternation of its phrases finds, first match and all."""

from __future__ import annotations

import random
import re

import pytest

from tips_nlp.anonymise.recognizers.factored_alternation import (
    factored_alternation,
    phrase_atoms,
)
from tips_nlp.anonymise.recognizers.lower_case_shapes import _alternatives
from tips_nlp.anonymise.recognizers.names import PlaceGazetteerRecognizer, _read_places
from tips_nlp.anonymise.recognizers.references import (
    _CODE,
    _CONNECTOR,
    LabelledReferenceRecognizer,
)
from tips_nlp.resources import rules_dir


def _flat(places: list[str]) -> re.Pattern:
    """The pattern as it was written before: every place tried in turn, longest first."""
    alternatives = "|".join(
        re.escape(p).replace(r"\ ", r"[\s-]+").replace("'", "['’]?") for p in places
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _factored(places: list[str]) -> re.Pattern:
    atoms = [phrase_atoms(p, separator=r"[\s-]+", optional_apostrophe=True) for p in places]
    alternatives = factored_alternation(atoms, separator=r"[\s-]+")
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def places() -> list[str]:
    base = rules_dir() / "pii"
    lines = (base / "places.txt").read_text(encoding="utf-8").splitlines()
    lines += (base / "world_places.txt").read_text(encoding="utf-8").splitlines()
    entries = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    return sorted(_read_places(entries), key=len, reverse=True)


def test_the_atoms_spell_the_flat_pattern(places):
    for place in places:
        flat = re.escape(place).replace(r"\ ", r"[\s-]+").replace("'", "['’]?")
        atoms = phrase_atoms(place, separator=r"[\s-]+", optional_apostrophe=True)
        assert "".join(atoms) == flat


@pytest.mark.parametrize(
    ("order", "text"),
    [
        (["ab", "a"], "ab a abc a-b"),  # a place that starts another
        (["a", "ab"], "ab a"),  # shorter first: the flat pattern takes "a" then fails at "b"
        (["a b", "a-b", "a"], "a b, a-b, a - b, a  b, a"),  # separators and a hyphen literal
        (["a bc", "a b"], "a bc a b a  bc"),
        (["a'b", "ab", "a"], "a'b a’b ab a"),  # an optional apostrophe
        (["'ab", "ab", "b"], "'ab ab ’ab b"),  # an apostrophe first: keeps its place
        (["x y z", "x y", "x"], "x y z, x-y-z, x y, x - y -z, x"),
    ],
)
def test_small_lists_match_as_the_flat_alternation(order, text):
    assert _spans(_factored(order), text) == _spans(_flat(order), text)


def test_the_recognizer_pattern_matches_as_the_flat_alternation(places):
    """Texts built from the place list (with other separators, apostrophes and cut-off
    places): the recognizer's pattern finds the spans the flat alternation finds."""
    recognizer_pattern = PlaceGazetteerRecognizer().pattern
    flat = _flat(places)
    rng = random.Random(7)
    glue = [" ", "-", "  ", " - ", "\n", "'", "’", "", ", ", ".", "s ", "x"]
    checked = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 5)):
            place = rng.choice(places)
            if rng.random() < 0.3:
                place = place.replace(" ", rng.choice(["-", "  ", " -", "\t"]))
            if rng.random() < 0.2:
                place = place.replace("'", rng.choice(["", "’"]))
            if rng.random() < 0.2:
                place = place[: rng.randint(1, len(place))]
            parts += [place, rng.choice(glue)]
        text = "".join(parts)
        found = _spans(flat, text)
        assert _spans(recognizer_pattern, text) == found, text
        checked += bool(found)
    assert checked > 1000  # most texts hold a place: the comparison is not empty


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She moved from Milton Keynes last year.", "Milton Keynes"),
        ("She moved from Milton-Keynes last year.", "Milton-Keynes"),
        ("Seen in Bishops Waltham on Friday.", "Bishops Waltham"),
        ("Seen in Bishop’s Waltham on Friday.", "Bishop’s Waltham"),
        ("Stayed at Chandler's Ford overnight.", "Chandler's Ford"),
    ],
)
def test_a_place_of_several_words_is_masked_whole(anonymiser, text, value):
    result = anonymiser.anonymise(text, return_mapping=True)
    assert any(text[e.start : e.end] == value for e in result.entities)
    assert value not in result.text


@pytest.mark.parametrize(
    ("order", "text"),
    [
        (["case no", "case", "crime"], "Case No 12, CASE 4, crime ref, case  no 7, CaSe"),
        (["a&b", "a", "ab"], "A&B a ab AB"),
        (["k", "s"], "\u212a \u017f k s"),  # the Kelvin sign and the long s match "k" and "s"
    ],
)
def test_small_lists_ignoring_case_match_as_the_flat_alternation(order, text):
    flat = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in order)
    tree = factored_alternation(
        [phrase_atoms(p, separator=r"\s+") for p in order], separator=r"\s+", ignore_case=True
    )
    found = _spans(re.compile(rf"(?<!\w)(?:{flat})(?!\w)", re.IGNORECASE), text)
    assert found
    assert _spans(re.compile(rf"(?<!\w)(?:{tree})(?!\w)", re.IGNORECASE), text) == found


def test_the_reference_label_pattern_matches_as_the_flat_alternation():
    """Labels in any case and spacing, cut short, with codes and connectors: the label and
    code the recognizer's pattern finds are the flat alternation's."""
    recognizer = LabelledReferenceRecognizer()
    labels = sorted(recognizer.type_of, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in labels)
    flat = re.compile(
        rf"(?<![\w&])(?P<label>{body})\.?(?![\w&]){_CONNECTOR}(?P<code>{_CODE})(?![\w/])",
        re.IGNORECASE,
    )
    rng = random.Random(3)
    codes = ["12345", "HC/2024/01234", "SF 98/123456E", "10pm", "ab12", "2301-04567", "7"]
    found_any = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            label = rng.choice(labels)
            label = rng.choice([label, label.upper(), label.title()])
            if rng.random() < 0.2:
                label = label.replace(" ", rng.choice(["  ", "\t", "-", "\n"]))
            if rng.random() < 0.2:
                label = label[: rng.randint(1, len(label))]
            parts += [label, rng.choice(["", ".", " ", ": ", " no. ", " #", "-"])]
            parts += [rng.choice(codes), rng.choice([" ", ". ", "\n", "/", ""])]
        text = "".join(parts)
        found = [(m.span("label"), m.span("code")) for m in flat.finditer(text)]
        assert [
            (m.span("label"), m.span("code")) for m in recognizer.pattern.finditer(text)
        ] == found, text
        found_any += bool(found)
    assert found_any > 1000


@pytest.mark.parametrize("inline_ignore_case", [False, True])
def test_lower_case_shape_word_lists_match_as_the_flat_alternation(inline_ignore_case):
    """lower_case_shapes writes its word lists (leads, kinds, pubs) as prefix trees; inside a
    larger pattern with backtracking, cased or in `(?i:...)`, they match as the flat list."""
    words = ["community centre", "community hall", "centre", "church hall", "church", "hall"]
    words += ["red lion", "red", "Red House", "the", "st", "st.", "saint"]
    flat = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )
    tree = _alternatives(words)
    wrap = "(?i:{})" if inline_ignore_case else "{}"
    shape = r"(?<![\w'’-])((?:[a-z][a-z'’-]*\s+){{1,3}}?)({})(?![\w'’-])"
    text = (
        "the community  centre, oak community hall and the church hall. st. marys church; "
        "RED LION red house the Red House saint st the red\ncommunity centre"
    )
    found = [(m.span(), m.groups()) for m in re.finditer(shape.format(wrap.format(flat)), text)]
    assert found
    assert [
        (m.span(), m.groups()) for m in re.finditer(shape.format(wrap.format(tree)), text)
    ] == found
