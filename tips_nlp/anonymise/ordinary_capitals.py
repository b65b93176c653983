"""Word-names that a sentence uses as ordinary words although a detection covers them: "Rich
or poor, ...", "Will need a strategy meeting", "late summer"."""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc

from tips_nlp.anonymise.recognizers.names import NameLists, fold
from tips_nlp.anonymise.recognizers.token_table import doc_text

# Where a sentence or note entry starts: text start, a line start, ". ", "! ", "? ", "- ".
_ENTRY_START = re.compile(r"(?:\A|[\n.!?]|\s[-–•*])[ \t\"'“‘]*\Z")
# A word-name then "or"/"and" and a lower-case word: valid "Rich or poor", "Young and old";
# invalid "Rich and Kyle" (a name after), "Rich said" (no pair), "Angel and his nan" (a
# possessive: a second person, so the first is one too).
_PAIRED = re.compile(r"[ \t]+(?:or|and|nor)[ \t]+(?!(?:his|her|their|my|our|your)\b)([a-z]+)\b")
_MODAL_NAMES = frozenset({"will", "may"})
# A word before a capitals word-name that makes it an adjective: valid "BEING FRANK", "ONE LONG
# SHIFT", "A FRANK TALK", "VERY GRACEFUL"; invalid "UNCLE LONG", "SAID FRANK" (a name there).
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:BEING|VERY|SO|TOO|QUITE|REALLY|ONE|A|AN|THE|SUCH|MORE|MOST|LESS|RATHER|FAIRLY)"
    r"[ \t]+\Z"
)
_SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
# A season after a word that makes it a time of year: valid "late summer", "this winter",
# "in the autumn"; invalid "with summer" (a name where it stands), "summer said".
_SEASON_BEFORE = re.compile(
    r"\b(?:late|early|mid|high|this|last|next|that|the|in|over|during|all|every|each|since)"
    r"[ \t-]+\Z",
    re.IGNORECASE,
)


def drop_ordinary_capitals(
    doc: Doc, results: list[RecognizerResult], lists: NameLists, *, text: str | None = None
) -> list[RecognizerResult]:
    """Drop a one-word person detection that the sentence uses as a word:

    - an English word at an entry's start, paired with a lower-case English word ("Rich or
      poor", "Young and old");
    - "Will" or "May" at an entry's start before a verb's base form: the modal ("Will need a
      strategy meeting"; not "Will needs", "Will said");
    - a season in lower case after a time word ("late summer", "in the winter").

    text: the Doc's text when the caller has it (a Doc rebuilds its text on every read).
    """
    text = doc_text(doc) if text is None else text
    kept = []
    for r in results:
        value = text[r.start : r.end]
        if r.entity_type in {"PERSON", "PROPER_NOUN"} and value.isalpha():
            at_start = _ENTRY_START.search(text, max(0, r.start - 6), r.start) is not None
            paired = _PAIRED.match(text, r.end)
            if (
                at_start
                and paired
                and lists.is_common(value)
                and lists.is_common(paired.group(1))
                and not lists.is_name(paired.group(1))
            ):
                continue
            if at_start and fold(value) in _MODAL_NAMES and _base_verb_after(doc, r.end):
                continue
            if (
                value.isupper()
                and fold(value) in lists.words
                and _ADJECTIVE_BEFORE.search(text, max(0, r.start - 12), r.start)
            ):
                continue  # "BEING FRANK HE IS", "ONE LONG SHIFT AHEAD"
            if (
                value.islower()
                and value in _SEASONS
                and _SEASON_BEFORE.search(text, max(0, r.start - 12), r.start)
            ):
                continue
        kept.append(r)
    return kept


def _base_verb_after(doc: Doc, end: int) -> bool:
    """The next word is a lower-case verb in its base form ("need", "be", "check"); the
    tagger calls any verb after "will" a base form, so a past form ("will got down to his
    level": Will is a person) is told apart by the lemmatizer's irregular forms."""
    token = next((t for t in doc if t.idx >= end), None)  # rare: "Will"/"May" at a start
    return (
        token is not None
        and token.text.islower()
        and token.tag_ == "VB"
        and token.lower_ not in _irregular_verb_forms()
    )


@lru_cache(maxsize=1)
def _irregular_verb_forms() -> frozenset[str]:
    """Irregular past and participle forms ("got", "went", "saw"), from the shared pipeline's
    lemmatizer exceptions: the forms that differ from their lemma."""
    from tips_nlp.nlp import get_nlp

    nlp = get_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc", {})
    verbs = table.get("verb", {}) if table else {}
    return frozenset(form for form, lemmas in verbs.items() if form not in lemmas)
