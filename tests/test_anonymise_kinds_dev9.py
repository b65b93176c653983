"""Kinds an independent set (dev9) showed: a title-like word used as a given name after a full
name in brackets, hyphenated surname initials, handles before their platform, national
services and other meaning words kept, places and bodies a detection only half covered,
bodies typed as people, and bracketed initials sharing the full name's placeholder."""

import pytest


def _found(anonymiser, text: str) -> list[tuple[str, str]]:
    results = anonymiser.analyse_doc(anonymiser.nlp(text))
    return [(text[r.start : r.end], r.entity_type) for r in results]


def _covered(anonymiser, text: str, phrase: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    spans = [(r.start, r.end) for r in anonymiser.analyse_doc(anonymiser.nlp(text))]
    return any(s <= start and start + len(phrase) <= e for s, e in spans)


def _touched(anonymiser, text: str, phrase: str) -> bool:
    start = text.index(phrase)
    spans = [(r.start, r.end) for r in anonymiser.analyse_doc(anonymiser.nlp(text))]
    return any(s < start + len(phrase) and start < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "phrase", "nth"),
    [
        ("Subject: King (King Solomon Ashby, 23), custody.", "King Solomon Ashby", 0),
        ("Subject: King (King Solomon Ashby, 23), custody.", "King", 0),
        ('Subject: King (King Solomon Ashby, 23). He said "alright King" to me.', "King", 2),
        ("Subject: Prince Kofi Mensah\nPrince was calm throughout.", "Prince", 1),
        ("Person searched: Major Tom Okafor. Major said he was cold.", "Major", 1),
        ("stop search Kwame A-B - me + Jade (TIP)", "Kwame A-B", 0),
        ('called "Storm" (Storm Hadley, stormz.x on Snapchat), robbed him', "stormz.x", 0),
        ("He added kai_b on Insta and tia99 on TikTok.", "tia99", 0),
        ("She is on Insta: liv.x_2 now.", "liv.x_2", 0),
        ("Found at McDonald's, Festival Place with an adult male.", "McDonald's", 0),
        ("Found at McDonald's, Festival Place with an adult male.", "Festival Place", 0),
        ("£300 withdrawn at Lloyds in Ashby Market.", "Ashby Market", 0),
        ("Public order at Riverside Retail Park, Hamble Vale - Sat", "Hamble Vale", 0),
        ("Strategy meeting 20/2 10:00 at Southmere Civic Offices.", "Southmere Civic Offices", 0),
        ("s60 auth in place (Section 60, Leigh Park, 1800-0600).", "Leigh Park", 0),
    ],
)
def test_identifier_kind_is_masked(anonymiser, text, phrase, nth):
    assert _covered(anonymiser, text, phrase, nth)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('Subject: King (King Solomon Ashby, 23). "you\'re the king of this yard"', "king of"),
        ("Oduya said (Youth Offending Team) would call.", "Youth Offending Team"),
        ("He messaged him on Snapchat at 11pm.", "him"),
        ("s60 auth in place (Section 60, Leigh Park).", "Section 60"),
        ("Fraud crime report via Action Fraud.", "Action Fraud"),
        ("referred to Turning Point (drug & alcohol service).", "Turning Point"),
        ("We referred him to Op Courage.", "Op Courage"),
        ("also gave him the Cruse number.", "Cruse"),
        ("nothing till his Universal Credit comes through.", "Universal Credit"),
        ("Housing Options referral made via the Duty to Refer today.", "Duty to Refer"),
        ("I will raise the bed-wait issue with the ICB.", "ICB"),
        ("Share it at the next CPD session.", "CPD"),
        ("community trust issue - raise at IAG.", "IAG"),
        ("Self-defined ethnicity: Black British - Ghanaian heritage.", "Ghanaian"),
        ("The glovebox contained a Qur'an and prayer beads.", "Qur'an"),
        ("He shows his steward lanyard.", "steward"),
        ("Spoke with him via thebigword interpreter.", "thebigword"),
        ("Children's words in the PPN1, as Voice of the Child.", "Voice of the Child"),
        ("It was late summer when the rabbit was bought.", "summer"),
        ("Rich or poor, everyone was spoken to the same way.", "Rich"),
        ("Will said he would call. Will need a strategy meeting soon.", "Will need"),
    ],
)
def test_meaning_word_is_kept(anonymiser, text, phrase):
    assert not _touched(anonymiser, text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "entity_type"),
    [
        ("School: St Aldhelm's C of E Secondary, year 9.", "St Aldhelm's", "ORGANIZATION"),
        ("Mariam attended for the Somali Women's Forum.", "Women's Forum", "ORGANIZATION"),
        ("Strategy meeting at Southmere Civic Offices.", "Southmere Civic Offices", "ORGANIZATION"),
    ],
)
def test_body_is_typed_as_an_organisation(anonymiser, text, phrase, entity_type):
    found = _found(anonymiser, text)
    assert any(phrase in value and kind == entity_type for value, kind in found), found


def test_a_local_named_body_is_still_masked(anonymiser):
    text = "Eze, Trauma Informed Practitioner, Turning Point Southampton, called."
    assert _covered(anonymiser, text, "Southampton")


@pytest.mark.parametrize(
    ("text", "same", "different"),
    [
        ("Ana Paula Ferreira (APF) chaired. APF agreed.", ["Ana Paula Ferreira", "APF"], []),
        ("Kyle O'Brien (KO) spoke. Jade Li (JL) spoke. JL left.", ["Jade Li", "JL"], ["KO"]),
    ],
)
def test_initials_share_the_full_names_placeholder(anonymiser, text, same, different):
    out = anonymiser.anonymise(text, return_mapping=True)
    owner = {v: p for p, values in out.mapping.items() for v in values}
    assert len({owner[v] for v in same}) == 1
    assert all(owner[d] != owner[same[0]] for d in different)
