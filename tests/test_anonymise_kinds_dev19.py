"""The kinds dev19 showed missing or over-masked, through the whole real pipeline: a bare house
number closing quoted speech, initials and a date signing a note's last line, a chain of quoted
nicknames, a quoted name after "identified as", a name-word as a bulleted attendee, role words
and log times in front of a name, initials of a name left in view, ethnicity codes, national
silent-call schemes, "since" before a lower-case month, workplaces before their kind, the second
word of a town and a capitals custody suite after its field label."""

from __future__ import annotations

import pytest
from detections import covered, touched


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # a house number alone, where quoted speech ends
        ('Her dad said "we\'re at number 14" and shut the door.', "number 14", 0),
        ("He shouted 'I live at no. 3' twice.", "no. 3", 0),
        # initials and a date on the note's last line
        ("Visit went well, he engaged.\n\nRK 04/11/24, mob 07700 900456\n", "RK", 0),
        ("Plan agreed with school.\n- TMW 12.01.2025", "TMW", 0),
        # quoted nicknames one after another after a name
        ('Subject: OSEI, Kwabena "KB" / "Big K"   DOB 02/02/2007', "Big K", 0),
        ('Detained: Liam Corr "Corky", "Little L" (16).', "Little L", 0),
        # a quoted name after "identified as" or "gave his name as"
        ('A third male (identified only as "Jonno") ran off.', "Jonno", 0),
        ('The driver gave his name as "Deano" and refused more.', "Deano", 0),
        # a name that is a word, listed as a bulleted attendee beside named people
        (
            "Present:\n- DC Sarah Holt 3321\n- Amber from the Youth Offending Team\n\n"
            "Amber and I will visit on Friday.",
            "Amber",
            0,
        ),
        ("Attendees\n1. Sgt Ravi Sood\n2. Will, school nurse\n", "Will", 0),
        # "since" dates a lower-case month
        ("nan in hospital since october. kids with their aunt.", "october", 0),
        # a workplace named before its kind in lower case
        ("He drove a forklift at the Brambley Foods warehouse until May.", "Brambley Foods", 0),
        ("Dad worked at the Tidemill paper works for years.", "Tidemill", 0),
        # a town of two words whose second word the model leaves out
        ("She grew up in Ebbw Vale before moving south.", "Ebbw Vale", 0),
        # a custody suite in capitals after its field label
        ("CUSTODY RECORD   SUITE: EASTGATE HUB CUSTODY\nDP: Lee Grant", "EASTGATE HUB", 0),
    ],
)
def test_dev19_identifier_kind_is_covered(anonymiser, text, word, occurrence):
    assert covered(anonymiser, text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # role words and log times in front of a name stay readable
        ("Door opened by a neighbour. Toddler Kayden asleep upstairs.", "Toddler"),
        ("Partner Dean Fowler in the kitchen, calm.", "Partner"),
        ("14:02:10 Paramedic Joanne Pryce: assessed, fit.", "Paramedic"),
        ("14:02:10 Paramedic Joanne Pryce: assessed, fit.", "14:02:10"),
        ('"My landlord Yusuf rang the police."', "landlord"),
        # a generic service's initials after its name in view
        ("* Street Triage Team (STT) advised by phone.", "STT"),
        # ethnicity codes
        ("Male, 30s, self-defined B2, officer-defined IC3.", "B2"),
        ("Male, 30s, self-defined B2, officer-defined IC3.", "IC3"),
        # a national silent-call scheme
        ("She was told about the Silent Solution and Make Yourself Heard.", "Silent Solution"),
        # a month in a timeless remark, and a heading in capitals
        ("it's always dark by five in november", "november"),
        ("SAFEGUARDING ACTIONS\nChildren's Services told.", "SAFEGUARDING"),
    ],
)
def test_dev19_keep_kind_stays(anonymiser, text, word):
    assert not touched(anonymiser, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a name after a role word, a given name that is also a word, a name after a time
        ("Partner Dean Fowler in the kitchen, calm.", "Dean Fowler"),
        ("14:02:10 Paramedic Joanne Pryce: assessed, fit.", "Joanne Pryce"),
        ("Victim Hope Adeyemi said she was scared.", "Hope Adeyemi"),
        # initials of a masked organisation stay masked
        ("Referred to Kestrelmoor Recovery Hub (KRH); KRH called back.", "KRH"),
    ],
)
def test_dev19_name_after_role_is_still_covered(anonymiser, text, word):
    assert covered(anonymiser, text, word)


def test_dev19_road_names_are_not_ethnicity_codes(anonymiser):
    """A3 and M3 are roads as well as codes: they stay to the place recognizers."""
    text = "Pursuit went north on the M3 past junction 9."
    assert covered(anonymiser, text, "M3")
