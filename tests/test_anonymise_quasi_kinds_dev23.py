"""The quasi kinds (dates, organisations, places) dev23 showed missing, through the whole real
pipeline: dates in capitals with short day and month names, a court or custody unit named by
its town in capitals, councils after a town in lower case, firms named with their trade in
capitals, shop chains that are words written in capitals, countries and Channel ports in
capitals, Hampshire villages named by a phrase, and a GP practice named with English words."""

from __future__ import annotations

import pytest
from detections import covered


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a date in capitals with a short day and month name
        ("INCIDENT DATE: FRI 6 MAR 2026 AT 22:40. NIL FURTHER.", "FRI 6 MAR 2026"),
        ("REVIEWED ON TUES 2 DEC BY THE DUTY INSPECTOR.", "TUES 2 DEC"),
        # a court or custody unit named by its town, in capitals
        ("BAILED TO ATTEND BASINGSTOKE MAGISTRATES ON THE DATE GIVEN.", "BASINGSTOKE MAGISTRATES"),
        ("DP MOVED TO SOUTHAMPTON CUSTODY UNIT FOR INTERVIEW.", "SOUTHAMPTON CUSTODY UNIT"),
        # a council after its town, in lower case
        ("tenancy is with havant borough council, rent arrears.", "havant borough council"),
        ("called winchester city council out of hours.", "winchester city council"),
        # a firm named with its trade, in capitals
        ("REPRESENTED BY MR K OSEI (HARBOURSIDE LEGAL) AT 14:00.", "HARBOURSIDE LEGAL"),
        ("STATES HE IS EMPLOYED BY SOLENT VIEW AUTOS AS A FITTER.", "SOLENT VIEW AUTOS"),
        ("WAGES FROM MEON BRIDGE ROOFING PAID CASH.", "MEON BRIDGE ROOFING"),
        # a chain that is also a word, in capitals, with a shop cue
        ("THEFT OF RAZORS (BOOTS, ABOVE BAR STREET).", "BOOTS"),
        ("SEEN COMING OUT OF COSTA ON THE PRECINCT.", "COSTA"),
        # countries and Channel ports written in capitals
        ("DP STATES HE TRAVELLED THROUGH ERITREA AND SUDAN.", "ERITREA"),
        ("DP STATES HE TRAVELLED THROUGH ERITREA AND SUDAN.", "SUDAN"),
        ("HE WAITED SIX MONTHS IN DUNKIRK BEFORE THE BOAT.", "DUNKIRK"),
        # Hampshire villages and estates named by a phrase
        ("She moved from Old Basing to Hatch Warren last spring.", "Old Basing"),
        ("She moved from Old Basing to Hatch Warren last spring.", "Hatch Warren"),
        ("AREA: BRIGHTON HILL, BASINGSTOKE.", "BRIGHTON HILL"),
        # a GP practice named with English words after a GP label
        ("contacts: gp oak lane surgery, school nurse", "oak lane surgery"),
        ("registered with church view medical centre since 2019", "church view medical centre"),
    ],
)
def test_dev23_quasi_kind_is_covered(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # words a firm, chain, date or village pattern must leave alone
        ("DP DECLINED FREE LEGAL ADVICE AT 10:00.", "LEGAL"),
        ("DP REQUESTED LEGAL REP, DUTY SOLICITOR CALLED.", "REQUESTED"),
        ("MUD ON HIS BOOTS AND GLOVES.", "BOOTS"),
        ("SEIZED: A PAIR OF BOOTS, A HOODIE.", "BOOTS"),
        ("HIS TYRES WERE BALD ON BOTH AXLES.", "TYRES"),
        ("She got four marks out of ten in the test.", "four marks"),
        ("the gp said surgery was not needed", "said"),
        ("3 DECKS OF CARDS FOUND IN THE CELL.", "DECKS"),
    ],
)
def test_dev23_quasi_words_are_kept(touched, text, word):
    assert not touched(text, word)
