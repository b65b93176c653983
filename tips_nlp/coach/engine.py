"""The language coach: rule findings, classifier findings and document notes for one text.

>>> from tips_nlp.coach.engine import get_coach
>>> [f.rule_id for f in get_coach().check("He kicked off in custody.").findings]
['kicked-off']
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.attrs import IS_ALPHA
from spacy.language import Language
from spacy.tokens import Doc, Span

from tips_nlp.coach.notes import (
    describe_not_label_note,
    load_note_config,
    name_the_actor_note,
    own_words_notes,
)
from tips_nlp.coach.quotes import inside_quotes, mask_quotes, quoted_spans
from tips_nlp.coach.result import CheckResult, Finding, Note
from tips_nlp.coach.rules import (
    Category,
    RuleMatch,
    RuleMatcher,
    get_rule_matcher,
    load_categories,
)

CLASSIFIER_ID = "classifier"
CLASSIFIER_SOURCE = "tips-nlp sentence classifier (models/)"
CLASSIFIER_SEVERITY = "suggestion"
# The pipeline component that finds entities (PERSON, NORP, ...).
ENTITY_COMPONENT = "ner"


class Coach:
    """Rules (always) and a sentence classifier (when given) over one shared spaCy Doc.

    Args:
        classifier: an object with `.predict(sentences, masked=True) -> list[Prediction]`
            (sentences with quoted speech already masked), or None for rules only.
        matcher: the compiled rules (default: the bundled rules, built once).
        categories: category id -> reason/alternatives shown for classifier findings.
    """

    def __init__(
        self,
        *,
        classifier: Any | None = None,
        matcher: RuleMatcher | None = None,
        categories: dict[str, Category] | None = None,
    ) -> None:
        self.matcher = matcher or get_rule_matcher()
        self.categories = categories or load_categories()
        self.classifier = classifier
        self.notes_config = load_note_config()

    def check(self, text: str) -> CheckResult:
        """Coach `text` (parsed with the shared pipeline).

        The entity recogniser costs more than the rest of the parse and the coach reads
        entities only now and then (a rule on an entity type, the name-the-actor note), so the
        text is parsed without it and the recogniser runs on the Doc only when asked for.
        """
        from tips_nlp.nlp import get_nlp

        nlp = get_nlp()
        if ENTITY_COMPONENT not in nlp.pipe_names:
            return self.check_doc(nlp(text))
        doc = nlp(text, disable=[ENTITY_COMPONENT])
        return self._check(doc, ensure_entities=_entity_filler(nlp))

    def check_doc(
        self, doc: Doc, *, use_rules: bool = True, use_classifier: bool = True
    ) -> CheckResult:
        """Coach an already-parsed Doc (e.g. the one the anonymiser used)."""
        return self._check(doc, use_rules=use_rules, use_classifier=use_classifier)

    def _check(
        self,
        doc: Doc,
        *,
        use_rules: bool = True,
        use_classifier: bool = True,
        ensure_entities: Callable[[Doc], object] | None = None,
    ) -> CheckResult:
        quotes = quoted_spans(doc.text)
        findings: list[Finding] = []
        quoted_matches = 0
        denials: list[Span] = []
        if use_rules:
            matches, denials = self.matcher.matches_and_denials(
                doc, ensure_entities=ensure_entities
            )
            for match in matches:
                if inside_quotes(match.span.start_char, match.span.end_char, quotes):
                    quoted_matches += 1
                    continue
                findings.append(_rule_finding(match))
        if use_classifier and self.classifier is not None:
            findings.extend(self._classifier_findings(doc, findings, quotes, denials))
        findings.sort(key=lambda f: (f.start, f.end))
        notes = self._notes(doc, findings, quotes, quoted_matches, ensure_entities)
        return CheckResult(findings, notes)

    def _classifier_findings(
        self,
        doc: Doc,
        findings: list[Finding],
        quotes: list[tuple[int, int]],
        denials: list[Span] = (),
    ) -> list[Finding]:
        """The merge point with the classifier: one finding per flagged sentence that no rule
        already flagged. Quoted speech is masked before the model sees it.

        A sentence holding a label the writer denies ("not a lifestyle choice", "she is not
        to blame") is flagged only if it is still flagged without the denied words: the
        model sees the label's words, not the "not" that rejects them."""
        words_before = _words_before(doc)
        sentences = [
            sent
            for sent in doc.sents
            if words_before[sent.end] - words_before[sent.start] >= _MIN_WORDS
            and not inside_quotes(sent.start_char, sent.end_char, quotes)
            and not any(sent.start_char <= f.start < sent.end_char for f in findings)
        ]
        if not sentences:
            return []
        text = doc.text
        masked = [_masked(s, quotes, text) for s in sentences]
        predictions = self.classifier.predict(masked, masked=True)
        flagged = [
            (sent, prediction)
            for sent, prediction in zip(sentences, predictions, strict=True)
            if prediction.flag
        ]
        denied_in = {
            i: inside
            for i, (sent, _) in enumerate(flagged)
            if (inside := [d for d in denials if sent.start <= d.start and d.end <= sent.end])
        }
        if denied_in:
            rescored = self.classifier.predict(
                [_masked(flagged[i][0], quotes, text, removed=d) for i, d in denied_in.items()],
                masked=True,
            )
            for i, prediction in zip(list(denied_in), rescored, strict=True):
                if not prediction.flag:
                    flagged[i] = (flagged[i][0], None)
        return [self._sentence_finding(s, p) for s, p in flagged if p is not None]

    def _sentence_finding(self, sent: Span, prediction: Any) -> Finding:
        category = self.categories.get(prediction.category) or self.categories["other-deficit"]
        text = sent.text.rstrip()
        return Finding(
            start=sent.start_char,
            end=sent.start_char + len(text),
            text=text,
            rule_id=CLASSIFIER_ID,
            category=category.id,
            principle=category.principle,
            severity=CLASSIFIER_SEVERITY,
            reason=category.reason,
            alternatives=list(category.alternatives),
            source=CLASSIFIER_SOURCE,
            score=round(float(prediction.score), 4),
        )

    def _notes(
        self,
        doc: Doc,
        findings: list[Finding],
        quotes: list[tuple[int, int]],
        quoted_matches: int,
        ensure_entities: Callable[[Doc], object] | None,
    ) -> list[Note]:
        config = self.notes_config
        return [
            *own_words_notes(doc, quotes, quoted_matches, config),
            *describe_not_label_note(doc, findings, config),
            *name_the_actor_note(doc, config, quotes, ensure_entities=ensure_entities),
        ]


def _entity_filler(nlp: Language) -> Callable[[Doc], None]:
    """Runs the shared pipeline's entity recogniser on a Doc parsed without it, once. The
    recogniser has its own token vectors, so its entities equal those of a full parse."""
    recogniser = nlp.get_pipe(ENTITY_COMPONENT)

    def ensure_entities(doc: Doc) -> None:
        if not doc.has_annotation("ENT_IOB"):
            recogniser(doc)

    return ensure_entities


# Two or more words: a splitter's fragment ("[" cut from "[02:14] Male: ...") or a lone label
# says nothing about how a person is framed, and the model's score on it is noise.
_MIN_WORDS = 2


def _words_before(doc: Doc) -> list[int]:
    """How many alphabetic tokens come before each token index (and the end): a sentence's
    word count is two look-ups, not a Token object per word."""
    return list(itertools.accumulate(doc.to_array(IS_ALPHA).tolist(), initial=0))


def _masked(
    sent: Span,
    quotes: list[tuple[int, int]],
    text: str,
    placeholder: str = "QUOTE",
    removed: list[Span] = (),
) -> str:
    """The sentence with every part of a quoted passage replaced, using the quotes found in the
    whole document: a quote the sentence splitter cut in two is still masked; and `removed`
    stretches (denied labels) left out.

    `text` is the Doc's text, passed in: `Doc.text` rebuilds the string on every access.
    """
    cuts = [(start, end, f'"{placeholder}"') for start, end in quotes]
    cuts += [(span.start_char, span.end_char, "") for span in removed]
    out, pos = [], sent.start_char
    for start, end, replacement in sorted(cuts):
        start, end = max(start, sent.start_char, pos), min(end, sent.end_char)
        if start >= end:
            continue
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos : sent.end_char])
    return mask_quotes("".join(out), placeholder)


def _rule_finding(match: RuleMatch) -> Finding:
    rule, span = match.rule, match.span
    return Finding(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        rule_id=rule.id,
        category=rule.category,
        principle=rule.principle,
        severity=rule.severity,
        reason=rule.reason,
        alternatives=list(rule.alternatives),
        source=rule.source,
    )


def load_default_classifier() -> Any | None:
    """The trained sentence classifier, or None while `tips_nlp.coach.classifier` is not
    part of this build. Errors inside an existing classifier are raised, not hidden."""
    try:
        classifier_module = importlib.import_module("tips_nlp.coach.classifier")
    except ModuleNotFoundError as exc:
        if exc.name != "tips_nlp.coach.classifier":
            raise
        return None
    return classifier_module.load_classifier()


@lru_cache(maxsize=1)
def get_coach() -> Coach:
    """The shared Coach: rules and (when available) the classifier, built once."""
    return Coach(classifier=load_default_classifier())
