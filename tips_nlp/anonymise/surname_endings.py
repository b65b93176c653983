"""A surname known by its origin's ending, after a capitalised given name: "Wiktoria
Zielińska", "Oleksandr Kovalenko", "Dimitrios Papadopoulos", "Mehmet Yıldızoğlu".

Name lists miss many of these, and the NER model calls some of them a place ("Wiktoria
Zielińska" as a town). These endings belong to surnames, not to English words or UK places, so
a capitalised word before one is a person's given name and the pair is a person.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, explicit_person, fold

# Polish (-ski, -ska, -cki, -wicz, -czyk), Czech and Slovak (-ová), Ukrainian (-enko, -chuk),
# Serbian and Croatian (-ović), Romanian (-escu), Greek (-opoulos, -akis, -idis), Turkish
# (-oğlu), Lithuanian (-aitė, -ienė, -auskas). valid "Wiktoria Zielińska", "Jan Kowalski",
# "Ana Petrović", "Ioana Popescu"; invalid "the Kowalski" (a word before it that is no given
# name), "Ab Ski" (too short: three letters before the ending and two in the given name).
_ENDINGS = (
    r"(?:ski|ska|cki|cka|dzki|dzka|wicz|czyk|czak|owa|ová|ovā|enko|chuk|czuk|ović|evič|ević"
    r"|escu|opoulos|opoulou|akis|idis|oğlu|oglu|aitė|aite|ienė|iene|auskas|evičius|avičius)"
)
_PAIR = re.compile(
    rf"(?<![\w'’-])([A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][a-zà-öø-ÿąćęłńóśźż]{{2,}})[ \t]+"
    rf"([A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w]{{2,}}{_ENDINGS})(?![\w'’-])"
)
# Words before such a surname that make it a body or a place, not a person.
_NOT_GIVEN = frozenset(
    {"the", "street", "road", "hotel", "restaurant", "cafe", "bar", "club", "shop", "church"}
)


def people_by_surname_ending(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add a given name and a surname with an origin's ending as a person; a place or body
    guess on exactly that span is dropped. An English word before the surname is left out
    ("Met Kowalski": the surname alone is the name recognizer's call)."""
    added = []
    spans = set()
    for m in _PAIR.finditer(text):
        given = fold(m.group(1))
        if given in _NOT_GIVEN or (lists.is_common(given) and given not in lists.first):
            continue
        spans.add((m.start(), m.end()))
        added.append(explicit_person(m.start(), m.end()))
    if not added:
        return results
    kept = [
        r
        for r in results
        if not (r.entity_type in {"LOCATION", "ORGANIZATION"} and (r.start, r.end) in spans)
    ]
    return kept + added
