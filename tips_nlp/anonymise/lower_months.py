"""A month alone in lower case is a date in a narrative of events, not in a general remark.

"brook says Carol died in december", "robbed near the station in august", "the car reg was in
the log in march" tell when something happened; "that's half the island in november" (dark
clothing) says what is true every year and identifies nobody. The recognizer
(rules/pii/recognizers.yml, LowerCaseMonthRecognizer) finds the month; this pass keeps it only
in a sentence that tells of an event: a past-tense verb, a modal, or a word of an appointment;
"since" before the month dates a state from an event ("in HMP Winchester since august").
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc

from tips_nlp.anonymise.recognizers.token_table import doc_text

_EVENT_TAGS = frozenset({"VBD", "VBN", "MD"})
_EVENT_WORDS = frozenset(
    {"due", "court", "hearing", "appointment", "booked", "next", "last", "trial", "review", "since"}
)


def _lower_month_alone(value: str) -> bool:
    return value.isalpha() and value.islower()


def drop_timeless_lower_months(doc: Doc, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop a lower-case month alone in a sentence that tells of no event.

    valid (kept): "she died in december", "court in june"; dropped: "that's half the island
    in november".
    """
    text = doc_text(doc)
    kept = []
    for r in results:
        if r.entity_type == "DATE_TIME" and _lower_month_alone(text[r.start : r.end]):
            # the sentence by its punctuation: lower-case notes defeat the sentence splitter
            start = max(text.rfind(c, 0, r.start) for c in ".!?;\n") + 1
            ends = [e for c in ".!?;\n" if (e := text.find(c, r.end)) != -1]
            sentence = doc.char_span(start, min(ends, default=len(text)), alignment_mode="expand")
            if sentence is not None and not any(
                t.tag_ in _EVENT_TAGS or t.lower_ in _EVENT_WORDS for t in sentence
            ):
                continue
        kept.append(r)
    return kept
