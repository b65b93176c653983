"""Lower-case recurrences of a name the text has already given as a person.

"her foster mum Carol died ... amadi asks about carol": once a string is a person's name, every
other occurrence of it is masked, also in lower case when it stands where a name stands.
The general propagation (spans.propagate) is strict with a capitalised name that is also an
English word, so that "Hope ... there is hope" stays; this pass adds the lower-case mentions a
preposition, a conjunction or a verb of contact leads ("about carol", "and dawn", "rang carol"),
or a phrasal verb of care ("looked after hope").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc

from tips_nlp.anonymise.recognizers.names import EXPLICIT_NAME_SOURCE, NameLists, fold
from tips_nlp.anonymise.recognizers.token_table import doc_text

# Words before a lower-case name that leave it a name: prepositions that take a person,
# conjunctions of a list, verbs of contact. Not "of", "in", "without" ("a sign of hope", "in
# hope"), nor determiners, pronouns, numbers, adjectives or "to" before a verb.
_NAME_LEADS = frozenset(
    {
        "about",
        "with",
        "for",
        "from",
        "at",
        "by",
        "and",
        "or",
        "but",
        "than",
        "like",
        "to",
        "towards",
        "beside",
        "behind",
        "near",
        "told",
        "tell",
        "tells",
        "asked",
        "ask",
        "asks",
        "met",
        "meets",
        "rang",
        "rings",
        "phoned",
        "phones",
        "called",
        "calls",
        "texted",
        "texts",
        "messaged",
        "visited",
        "visits",
        "saw",
        "sees",
        "hugged",
        "thanked",
        "reassured",
        "contacted",
        "contacts",
        "mentions",
        "mentioned",
        "misses",
        "missed",
        "loves",
        "loved",
    }
)
# Looser leads ("with", "for", "to", "and") do not make a name of a word that is a name only
# sometimes and a common noun or verb often ("with hope", "to will", "and grace"): those are
# left to the general propagation, which reads the words after them.
_LOOSE_LEADS = frozenset({"with", "for", "to", "and", "or", "but", "than", "like", "at", "by"})
# Tags of the word itself that make it the English word: a verb or modal ("to hope", "will").
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBP", "VBZ", "VBN", "VBG"})
# For a name that is seldom a word ("carol"), any preposition, conjunction or verb before it
# leaves it a name ("sat beside carol", "hugged carol"), except these.
_OBJECT_LEAD_TAGS = frozenset({"IN", "CC", "VB", "VBD", "VBP", "VBZ", "VBG"})
_NOT_NAME_LEADS = frozenset({"of", "in", "into", "without", "that", "if", "whether", "as"})
_SHAPE = re.compile(r"[A-Z][a-z]{2,}")
# Phrasal verbs of care whose object is a person: "i looked after hope", "she cares for
# grace"; the particle alone ("after hope faded", "for will") or another verb ("looked for
# hope") is no sure lead.
_CARE_VERBS = {
    "after": frozenset({"look", "looks", "looked", "looking"}),
    "for": frozenset({"care", "cares", "cared", "caring"}),
}


def _care_lead(doc: Doc, i: int) -> bool:
    """The two words before token i are a verb of care and its particle ("looked after")."""
    if i < 2:
        return False
    verbs = _CARE_VERBS.get(doc[i - 1].text.lower())
    return verbs is not None and doc[i - 2].text.lower() in verbs


def _names_given(text: str, results: list[RecognizerResult], lists: NameLists) -> set[str]:
    """One-word names, given capitalised as a person, that are also English words."""
    names = set()
    for r in results:
        if r.entity_type != "PERSON":
            continue
        for part in text[r.start : r.end].split():
            part = part.strip("\"'“”‘’()[],.:;")
            if part.endswith(("'s", "’s")):
                part = part[:-2]
            if not _SHAPE.fullmatch(part):
                continue
            key = fold(part)
            if key in lists.titles or key in lists.generic or key in lists.kin_words:
                continue
            if lists.is_common(key) or key in lists.words:
                names.add(key)
    return names


def lower_case_recurrences(
    doc: Doc, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add lower-case mentions of a capitalised person's name that is also a word, where a
    preposition, a conjunction or a verb of contact leads it ("asks about carol").

    valid: "Carol died ... asks about carol", "Dawn ... rang dawn"; invalid: "Hope ... no hope
    of bail" (a determiner), "Rose ... a rose bush", "Will ... she will" (a modal), "Hope ...
    to hope" (a verb).
    """
    text = doc_text(doc)
    names = _names_given(text, results, lists)
    if not names:
        return results
    low = text.lower()
    covered = [(r.start, r.end) for r in results]
    added = []
    for name in names:
        if name not in low:  # cheap: most names never recur in lower case
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            start, end = m.span()
            if any(s <= start and end <= e for s, e in covered):
                continue
            span = doc.char_span(start, end)
            if span is None or len(span) != 1 or span[0].tag_ in _VERB_TAGS:
                continue
            token = span[0]
            if token.i == 0:
                continue
            prev = doc[token.i - 1]
            lead = prev.text.lower()
            if _care_lead(doc, token.i):
                pass  # "looked after hope": a person is cared for
            elif name in lists.words:  # a name that is often a word: only the surest leads
                if lead not in _NAME_LEADS or lead in _LOOSE_LEADS:
                    continue  # "with hope", "and grace": the general propagation's call
            elif lead not in _NAME_LEADS and (
                prev.tag_ not in _OBJECT_LEAD_TAGS or lead in _NOT_NAME_LEADS
            ):
                continue  # "a carol", "the carol service", "in carol"
            added.append(RecognizerResult("PERSON", start, end, 0.8))
    return results + added if added else results


# A bullet item's first word: "- rich ok, been in 20 yrs", "* guy quiet".
_BULLET_LEAD = re.compile(r"^[ \t]*[-–•*][ \t]+([A-Za-z][\w'’-]*)", re.MULTILINE)
# The word after a name that opens an item: not a noun it would qualify ("- rich people").
_NOUN_TAGS = frozenset({"NN", "NNS"})


def bullet_led_recurrences(
    doc: Doc, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add a name the text gave as a person that opens a bullet item, in a run of items that
    open with people: "- amber shaking after / - rich ok, been in 20 yrs / - jonesy angry".

    invalid: "- rich people get away with it" (a noun after it), "- will be there" (a modal),
    a bullet list in which no other item opens with a person.
    """
    text = doc_text(doc)
    if "\n" not in text:
        return results
    people = [r for r in results if r.entity_type == "PERSON"]
    given = {fold(text[r.start : r.end]) for r in people}
    leads = [m for m in _BULLET_LEAD.finditer(text)]
    opened = [fold(m.group(1)) in given for m in leads]  # by a name given as a person
    added = []
    for k, m in enumerate(leads):
        if not opened[k] or any(p.start <= m.start(1) < p.end for p in people):
            continue
        neighbours = opened[max(0, k - 2) : k] + opened[k + 1 : k + 3]
        if not any(neighbours):
            continue
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or len(span) != 1 or span[0].tag_ in _VERB_TAGS:
            continue
        nxt = doc[span[0].i + 1] if span[0].i + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ in _NOUN_TAGS and nxt.text.islower():
            continue
        added.append(
            RecognizerResult(
                "PERSON",
                m.start(1),
                m.end(1),
                0.8,
                recognition_metadata={"recognizer_name": EXPLICIT_NAME_SOURCE},
            )
        )
    return results + added if added else results
