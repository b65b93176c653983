"""Pre-checks in front of slow patterns: same matches as the pattern alone, and only on the
pattern text they were proven for."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from presidio_analyzer import Pattern, PatternRecognizer

from tips_nlp.anonymise.regex_prechecks import PRECHECKS, pattern_hash, precheck
from tips_nlp.anonymise.regex_timeouts import FailClosedRegex, fail_closed_on_regex_timeout
from tips_nlp.evaluate.corpus import load_corpus

DATA = Path(__file__).resolve().parent.parent / "data"

# (pattern name, text, what the pattern finds): valid and invalid examples of each entry.
EXAMPLES = [
    ("Quoted URL", 'see "https://bit.ly/x" now', ['"https://bit.ly/x"']),
    ("Quoted URL", "link 'HTTP://Example.com/a'", ["'HTTP://Example.com/a'"]),
    ("Quoted URL", 'he said "hello" then left', []),
    ("Quoted URL", "at https://bit.ly/x with no quote", []),
    ("Quoted Non-schema URL", "went to 'www.example.com'", ["'www.example.com'"]),
    ("Quoted Non-schema URL", 'posted "Bit.LY/abc"', ['"Bit.LY/abc"']),
    ("Quoted Non-schema URL", "at 9 'a.m.' sharp", []),
    ("Quoted Non-schema URL", 'the word "hello"', []),
    ("IPv6", "from 2001:db8::1 at", ["2001:db8::1"]),
    ("IPv6", "loopback ::1 only", ["::1"]),
    ("IPv6", "link fe80::1%eth0 up", ["fe80::1%eth0"]),
    ("IPv6", "FE80:0:0:0:0:0:0:1", ["FE80:0:0:0:0:0:0:1"]),
    ("IPv6", "the beef was fine", []),
    ("IPv6", "note: meet at 14:30", []),
    ("name before pub or shop", "went to the Red Lion pub after", ["the Red Lion pub"]),
    ("name before pub or shop", "The Swan pub", ["The Swan pub"]),
    ("name before pub or shop", "outside Fareham College today", ["Fareham College"]),
    ("name before pub or shop", "an ARC shop", ["ARC shop"]),
    ("name before pub or shop", "at a local pub", []),
    ("name before pub or shop", "the pub", []),
    ("number and street", "She lives at 12 acacia avenue, Fareham.", ["12 acacia avenue, Fareham"]),
    ("number and street", "Flat 3, Oak Court, 14 Elm Road", ["Flat 3, Oak Court, 14 Elm Road"]),
    ("number and street", "Gosport, 7 Harbour Way", ["Gosport, 7 Harbour Way"]),
    ("number and street", "no. 4 mill lane", ["no. 4 mill lane"]),
    ("number and street", "x12 elm road", []),
    ("number and street", "the 2023 review", []),
    ("labelled nino, any prefix letters", "NI number AB 12 34 56 C", ["AB 12 34 56 C"]),
    ("labelled nino, any prefix letters", "nino: qq123456c", ["qq123456c"]),
    ("labelled nino, any prefix letters", "ni no.AB123456", ["AB123456"]),
    ("labelled nino, any prefix letters", "national insurance AB-12-34-56", ["AB-12-34-56"]),
    ("labelled nino, any prefix letters", "NI number is pending", []),
    (
        "capitalised name and a lower-case landmark word",
        "met at Hayling Island seafront",
        ["Hayling Island seafront"],
    ),
    (
        "capitalised name and a lower-case landmark word",
        "River Itchen towpath",
        ["River Itchen towpath"],
    ),
    ("capitalised name and a lower-case landmark word", "by Southsea common", ["Southsea common"]),
    ("capitalised name and a lower-case landmark word", "near The park", []),
    ("capitalised name and a lower-case landmark word", "the bus station", []),
    (
        "a named service, scheme or programme",
        "referred to the Compass service",
        ["Compass service"],
    ),
    (
        "a named service, scheme or programme",
        "on the Pathways Project programme",
        ["Pathways Project programme"],
    ),
    ("a named service, scheme or programme", "Ambulance service", []),
    ("a named service, scheme or programme", "via the youth hub", []),
    (
        "a named housing, advocacy or community project",
        "Bridges Housing Association",
        ["Bridges Housing Association"],
    ),
    (
        "a named housing, advocacy or community project",
        "with Hope Homes Fareham",
        ["Hope Homes Fareham"],
    ),
    ("a named housing, advocacy or community project", "Social Housing", []),
    ("a named housing, advocacy or community project", "council housing", []),
    (
        "a named nursery, pre-school or club after its kind word",
        "nursery called Little Acorns",
        ["Little Acorns"],
    ),
    (
        "a named nursery, pre-school or club after its kind word",
        "school at The Crescent Academy",
        ["The Crescent Academy"],
    ),
    ("a named nursery, pre-school or club after its kind word", "club called friday nights", []),
    ("a named nursery, pre-school or club after its kind word", "nursery named The time", []),
    ("NINO (medium)", "ni AB 12 34 56 C today", ["AB 12 34 56 C"]),
    ("NINO (medium)", "JG103759A", ["JG103759A"]),
    ("NINO (medium)", "about 12 34 56 c", []),
    ("nino any grouping", "ab-123-456-c", ["ab-123-456-c"]),
    ("nino any grouping", "AB.12.34.56.D", ["AB.12.34.56.D"]),
    ("nino any grouping", "abc123456c", []),
    ("UK Postcode", "lives in SO17 1BJ now", ["SO17 1BJ"]),
    ("UK Postcode", "S1 2AB and po1 2ab", ["S1 2AB", "po1 2ab"]),
    ("UK Postcode", "GIR 0AA", ["GIR 0AA"]),
    ("UK Postcode", "Q1 2AB", []),
    ("current format, any case and spacing", "vrm ab12 cde seen", ["ab12 cde"]),
    ("current format, any case and spacing", "KM 19 XYZ", ["KM 19 XYZ"]),
    ("current format, any case and spacing", "at 12 noon", []),
    ("initials in capitals where a person stands", "seen by JT and", ["JT"]),
    ("initials in capitals where a person stands", "told KB.", ["KB"]),
    ("initials in capitals where a person stands", 'said "RJ"', ["RJ"]),
    ("initials in capitals where a person stands", "with PC today", []),
    ("initials in capitals where a person stands", "by jt.", []),
    ("number and street", "unit 4 mill lane", ["4 mill lane"]),
    (
        "number and street",
        "the flat above the shop on 9 high street",
        ["the flat above the shop on 9 high street"],
    ),
    ("number and street", "maisonette 2b, 5 park road", ["maisonette 2b, 5 park road"]),
    ("number and street", "room 3, 22 acacia avenue", ["room 3, 22 acacia avenue"]),
    ("number and street", "number 12 elm road", ["number 12 elm road"]),
    ("number and street", "Block B 3 mill lane", ["Block B 3 mill lane"]),
    ("number and street", "bedsit 1, 4 mill lane", ["bedsit 1, 4 mill lane"]),
    (
        "number and street",
        "house over the chip shop on 12 elm road",
        ["house over the chip shop on 12 elm road"],
    ),
    ("title and name", "Mr Smith", ["Smith"]),
    ("title and name", "spoke to PC O'Neil today", ["O'Neil"]),
    ("title and name", "DC McAllister-Jones", ["McAllister-Jones"]),
    ("title and name", "Mr smith", []),
    ("charities and support services without a telling suffix", "the Red Cross", ["Red Cross"]),
    (
        "charities and support services without a telling suffix",
        "the Society of St James",
        ["the Society of St James"],
    ),
    ("charities and support services without a telling suffix", "Fareham Mind", ["Fareham Mind"]),
    ("charities and support services without a telling suffix", "with Kooth today", ["Kooth"]),
    ("charities and support services without a telling suffix", "kooth", []),
    ("Non schema URL", "see bit.ly/abc for it", ["bit.ly/abc"]),
    ("Non schema URL", "www2.gov.uk", ["www2.gov.uk"]),
    ("Non schema URL", "WWW.EXAMPLE.COM", ["WWW.EXAMPLE.COM"]),
    ("Non schema URL", "my-site.co.uk/page", ["my-site.co.uk/page"]),
    ("Non schema URL", "at 1.30pm, a.m.", []),
    ("Non schema URL", "e.g. this", []),
    ("labelled date of birth", "DOB: 3rd May 2009", ["3rd May 2009"]),
    ("labelled date of birth", "born on the 4th of June 2010", ["the 4th of June 2010"]),
    ("labelled date of birth", "birthday is March 3rd, 2011", ["March 3rd, 2011"]),
    ("labelled date of birth", "birthday is3/4/2009", ["3/4/2009"]),
    ("labelled date of birth", "d.o.b.12/03/2010", ["12/03/2010"]),
    ("labelled date of birth", "dob (2009-05-03)", ["2009-05-03"]),
    ("labelled date of birth", "b. 12 3 09", ["12 3 09"]),
    ("labelled date of birth", "DOB-12.03.10", ["12.03.10"]),
    ("labelled date of birth", "dob unknown", []),
    ("labelled date of birth, in words", "dob is the tenth of June", ["the tenth of June"]),
    ("labelled date of birth, in words", "dob tenth June", ["tenth June"]),
    (
        "labelled date of birth, in words",
        "date of birth given as twenty-first March 2009",
        ["twenty-first March 2009"],
    ),
    ("labelled date of birth, in words", "DOB=eleventh Feb", ["eleventh Feb"]),
    ("labelled date of birth, in words", "birthday: Sept the first", ["Sept the first"]),
    ("labelled date of birth, in words", "dob was second of may", ["second of may"]),
    ("labelled date of birth, in words", "DOB (2009.05.03)", ["2009.05.03"]),
    ("labelled date of birth, in words", "dob unknown", []),
    (
        "a named custody suite and its town",
        "taken to Southampton Custody, Hampshire",
        ["Southampton Custody, Hampshire"],
    ),
    ("a named custody suite and its town", "custody suite: Eastleigh", ["Eastleigh"]),
    ("a named custody suite and its town", "remained in custody", []),
    ("a name before aka", "Jordan Smith aka Jojo", ["Jordan Smith"]),
    ("a name before aka", "he aka", []),
    ("a system's reference with its name and label", "Mosaic ref 12345", ["Mosaic ref 12345"]),
    ("a system's reference with its name and label", "footage ref BWV123", ["footage ref BWV123"]),
    ("a system's reference with its name and label", "exhibit no. AB12", ["exhibit no. AB12"]),
    ("a system's reference with its name and label", "camera ref 4567", ["camera ref 4567"]),
    ("a system's reference with its name and label", "bwv id 00123", ["bwv id 00123"]),
    ("a system's reference with its name and label", "clip no 778", ["clip no 778"]),
    ("a system's reference with its name and label", "item 12/3", ["item 12/3"]),
    (
        "a system's reference with its name and label",
        "property ref 2024-01",
        ["property ref 2024-01"],
    ),
    ("a system's reference with its name and label", "the ref 123", []),
    ("shop chain after a place word", "met outside Greggs", ["Greggs"]),
    ("shop chain after a place word", "at the co-op Fareham", ["co-op Fareham"]),
    ("shop chain after a place word", "by One Stop", ["One Stop"]),
    ("shop chain after a place word", "near the Spar", ["Spar"]),
    ("shop chain after a place word", "round the back of the lidl", ["lidl"]),
    ("shop chain after a place word", "Greggs was shut", []),
]


def _bundled_patterns(anonymiser) -> dict[tuple[str, str], tuple[str, int]]:
    return {
        (r.name, p.name): (p.regex, r.global_regex_flags)
        for r in anonymiser.analyzer.registry.recognizers
        if isinstance(r, PatternRecognizer)
        for p in r.patterns
    }


def test_every_precheck_is_proven_for_the_bundled_pattern(anonymiser):
    """A changed pattern loses its pre-check: this names the entries to prove again."""
    bundled = _bundled_patterns(anonymiser)
    stale = [
        key
        for key, (_, proven) in PRECHECKS.items()
        if key not in bundled or pattern_hash(bundled[key][0]) != proven
    ]
    assert stale == []


def test_every_precheck_has_examples():
    assert {name for _, name in PRECHECKS} == {name for name, _, _ in EXAMPLES}


@pytest.mark.parametrize(("name", "text", "expected"), EXAMPLES)
def test_precheck_keeps_every_match_of_its_pattern(anonymiser, name, text, expected):
    key = next(k for k in PRECHECKS if k[1] == name)
    pattern, flags = _bundled_patterns(anonymiser)[key]
    alone = [m.group() for m in regex.finditer(pattern, text, flags=flags)]
    checked = FailClosedRegex(precheck(*key, pattern) + pattern, flags)
    assert alone == expected
    assert [m.group() for m in checked.finditer(text)] == expected


def test_precheck_is_dropped_when_the_pattern_changes():
    key = ("UkNamedOrganisationRecognizer", "a named service, scheme or programme")
    assert precheck(*key, r"(?-i:[a-z]+) service") == ""
    assert precheck("SomeRecognizer", "some pattern", r"\d+") == ""


def test_wrapped_pattern_starts_with_its_precheck_only_when_proven():
    proven = PatternRecognizer(
        supported_entity="ADDRESS",
        name="UkAddressRecognizer",
        patterns=[Pattern("number and street", r"\d+ \w+ road", 0.5)],
    )
    fail_closed_on_regex_timeout([proven])
    # not the bundled pattern text: no pre-check, the pattern runs as written
    assert proven.patterns[0].compiled_regex.pattern_text == r"\d+ \w+ road"


def test_bundled_patterns_run_with_their_prechecks(anonymiser):
    wrapped = {
        (r.name, p.name): p.compiled_regex.pattern_text
        for r in anonymiser.analyzer.registry.recognizers
        if isinstance(r, PatternRecognizer)
        for p in r.patterns
    }
    for key, (first, _) in PRECHECKS.items():
        pattern, _ = _bundled_patterns(anonymiser)[key]
        assert wrapped[key] == first + pattern


def test_prechecks_find_what_their_patterns_find_on_every_data_text(anonymiser):
    """Over every anonymiser data text, each pre-checked pattern finds the same spans as the
    pattern alone (the examples above show each alternative; this shows real text)."""
    texts = [
        d.text
        for folder in sorted((DATA / "anonymiser").iterdir())
        if folder.is_dir()
        for d in load_corpus(folder)
    ]
    bundled = _bundled_patterns(anonymiser)
    for key, (first, _) in PRECHECKS.items():
        pattern, flags = bundled[key]
        alone, checked = regex.compile(pattern, flags), regex.compile(first + pattern, flags)
        differ = [
            i
            for i, text in enumerate(texts)
            if [m.span() for m in alone.finditer(text)]
            != [m.span() for m in checked.finditer(text)]
        ]
        assert differ == [], key
