"""Wording a sentence answers itself is not coached: a label the same sentence names as the
harm it is ("... is rape in law", "... is the exploitation itself", "cannot consent to ..."), a
relationship word whose sentence says what the adult does to her, a decision made after her
options were talked through, and "agitated" beside the feeling it goes with. The plain labels,
and the same words with anything else, are still coached (dev-clean11 alternative kinds)."""

from __future__ import annotations

import pytest

from tips_nlp.coach.principles import RulesError
from tips_nlp.coach.rules import load_reframes


@pytest.mark.parametrize(
    "text",
    [
        # the label named as the harm it is, after it
        "Sexual activity with a 13-year-old is rape in law; he was charged the same day.",
        "What the school calls her lifestyle is the exploitation itself.",
        "Her lifestyle, as the referral puts it, is criminal exploitation by the men running it.",
        "Sexual contact with a child of 12 amounts to rape.",
        # ... or just before it
        "A child cannot consent to sexual activity with an adult; he abused her.",
        "A 13-year-old can't consent to any sexual relationship with a grown man.",
        "She was unable to consent to sexual contact with him as she was unconscious.",
        # the adult's harm named in the sentence with the relationship word
        "Her boyfriend, who is 23, had been hurting her for months.",
        "She told us her boyfriend, aged 26, raped her at his flat.",
        "Her boyfriend who is 25 threatened to share the photos.",
        # her decision after her options were talked through
        "The IDVA went through her options with her and she decided to stay with her mum.",
        "After we discussed her options she chose to go to the refuge in the morning.",
        # a state described beside its feeling
        "He was scared and agitated after the restraint and settled once his dad arrived.",
        "She became agitated and tearful when the door was forced.",
    ],
)
def test_answered_wording_is_not_flagged(rule_flags, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sexual activity with the 14-year-old was consensual.",
            [("sexual-activity-with", "Sexual activity with")],
        ),
        (
            "She was in a sexual relationship with the 19-year-old.",
            [("sexual-activity-with", "sexual relationship with")],
        ),
        ("Her lifestyle puts her at risk.", [("lifestyle-choice", "Her lifestyle")]),
        ("Her lifestyle is the reason she goes missing.", [("lifestyle-choice", "Her lifestyle")]),
        ("This is abuse; her lifestyle puts her at risk.", [("lifestyle-choice", "her lifestyle")]),
        (
            "Her boyfriend, who is 24, buys her phones and cigarettes.",
            [("boyfriend-aged", "boyfriend, who is 24")],
        ),
        ("She chose to go with him.", [("chose-to", "chose to go")]),
        ("She decided to go back to him.", [("chose-to", "decided to go")]),
        (
            "Despite being offered a refuge she chose to go back to him.",
            [("chose-to", "chose to go")],
        ),
        ("He was agitated and aggressive.", [("irate", "agitated"), ("aggressive", "aggressive")]),
        ("DP was agitated in the cell.", [("irate", "agitated")]),
    ],
)
def test_plain_label_is_still_flagged(rule_flags, text, expected):
    assert rule_flags(text) == expected


def test_bundled_named_as_harm_lists_load():
    reframes = load_reframes()
    assert ("is", "rape") in reframes.named_as_harm_after
    assert "cannot consent to" in reframes.named_as_harm_before
    assert "exploitation" in reframes.named_as_harm_categories


@pytest.mark.parametrize(
    "named_as_harm",
    [
        "",  # the section is missing
        "named_as_harm: {categories: [exploitation], after: [is rape], max_gap: 8}\n",
        "named_as_harm: {categories: [], after: [is rape], before: [cannot consent to], "
        "max_gap: 8}\n",
        "named_as_harm: {categories: [exploitation], after: [is rape], "
        "before: [cannot consent to], max_gap: -2}\n",
    ],
)
def test_malformed_named_as_harm_names_the_file(tmp_path, named_as_harm):
    path = tmp_path / "reframes.yml"
    path.write_text(
        "explained: {categories: [labelling-behaviour], phrases: [response to]}\n"
        "harm_named: {rules: [boyfriend-aged], phrases: [grooming]}\nmax_gap: 6\n" + named_as_harm,
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match="reframes.yml"):
        load_reframes(path)


def test_valid_named_as_harm_section_loads(tmp_path):
    path = tmp_path / "reframes.yml"
    path.write_text(
        "explained: {categories: [labelling-behaviour], phrases: [response to]}\n"
        "harm_named: {rules: [boyfriend-aged], phrases: [grooming]}\nmax_gap: 6\n"
        "named_as_harm: {categories: [exploitation], after: [Is  Rape], "
        "before: [Cannot   consent to], max_gap: 8}\n",
        encoding="utf-8",
    )
    reframes = load_reframes(path)
    assert reframes.named_as_harm_after == (("is", "rape"),)
    assert reframes.named_as_harm_before == ("cannot consent to",)
    assert reframes.named_as_harm_gap == 8
