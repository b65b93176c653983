"""Presidio wiring: our recognizer registry, the shared spaCy pipeline, and rendering."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from spacy.language import Language
from spacy.tokens import Doc

from tips_nlp.anonymise import spans
from tips_nlp.anonymise.address_heads import address_heads
from tips_nlp.anonymise.allow import PhraseSet, load_allow_list
from tips_nlp.anonymise.artifacts import DocArtifacts, is_keyword_lemma
from tips_nlp.anonymise.body_names import people_that_are_bodies
from tips_nlp.anonymise.capitals_names import capitals_names
from tips_nlp.anonymise.capitals_surnames import capitals_surnames_alone
from tips_nlp.anonymise.chat_speakers import chat_speakers
from tips_nlp.anonymise.collar_numbers import (
    numbers_beside_bracketed_names,
    recurring_collar_numbers,
)
from tips_nlp.anonymise.context import IndexedContextEnhancer
from tips_nlp.anonymise.given_name_abbreviations import abbreviated_given_names
from tips_nlp.anonymise.helpline_numbers import helpline_numbers
from tips_nlp.anonymise.identifier_extents import identifier_extents
from tips_nlp.anonymise.initials_forms import (
    apostrophe_initials,
    dotted_initial_names,
    initial_and_short_surname,
    lower_case_initial_speakers,
    signed_off_initials,
)
from tips_nlp.anonymise.kin_appositions import names_after_kin_words
from tips_nlp.anonymise.lead_words import drop_lead_word_guesses
from tips_nlp.anonymise.lower_months import drop_timeless_lower_months
from tips_nlp.anonymise.lower_nicknames import quoted_lower_nicknames
from tips_nlp.anonymise.lower_venues import lower_case_venues
from tips_nlp.anonymise.month_phrases import part_of_month_dates
from tips_nlp.anonymise.name_lists_with_ages import names_listed_with_ages
from tips_nlp.anonymise.name_structures import (
    field_names_acting,
    people_by_name_structure,
    word_surnames_again,
)
from tips_nlp.anonymise.named_in_full import hyphenated_initials, names_given_in_full
from tips_nlp.anonymise.ordinary_capitals import drop_ordinary_capitals
from tips_nlp.anonymise.organisation_heads import organisation_heads
from tips_nlp.anonymise.organisation_initials import (
    initials_of_names_in_view,
    organisation_initials,
)
from tips_nlp.anonymise.pattern_loading import (
    InvalidPatternError,
    compile_patterns,
    defer_patterns,
    restore_patterns,
)
from tips_nlp.anonymise.pattern_runs import thin_pattern_loops
from tips_nlp.anonymise.people_lists import people_list_items
from tips_nlp.anonymise.person_heads import trim_person_heads
from tips_nlp.anonymise.pets import pet_names
from tips_nlp.anonymise.place_tails import (
    extend_over_place_tails,
    section_numbers,
    shopping_sites,
)
from tips_nlp.anonymise.pseudonyms import assign_placeholders
from tips_nlp.anonymise.quoted_list_names import quoted_names_in_lists
from tips_nlp.anonymise.rank_number_names import surnames_after_rank_numbers
from tips_nlp.anonymise.recognizers import OfflineEmailRecognizer
from tips_nlp.anonymise.recognizers.names import drop_word_names, fold, name_lists
from tips_nlp.anonymise.recognizers.phone import freephone_spans, is_freephone
from tips_nlp.anonymise.record_nicknames import record_nicknames, slashed_aliases
from tips_nlp.anonymise.recurrences import bullet_led_recurrences, lower_case_recurrences
from tips_nlp.anonymise.regex_timeouts import fail_closed_on_regex_timeout
from tips_nlp.anonymise.result import (
    AnonymisationError,
    AnonymisedText,
    ConfigError,
    Entity,
    read_config_yaml,
)
from tips_nlp.anonymise.role_word_names import names_after_roles
from tips_nlp.anonymise.self_introductions import self_introduced_names
from tips_nlp.anonymise.surname_endings import people_by_surname_ending
from tips_nlp.anonymise.surname_nicknames import surname_nicknames
from tips_nlp.anonymise.terms_of_address import terms_of_address
from tips_nlp.collection_pause import collection_paused
from tips_nlp.limits import check_length
from tips_nlp.nlp import MODEL_PACKAGE, get_nlp
from tips_nlp.resources import rules_dir

logger = logging.getLogger(__name__)

Operator = Literal["placeholder", "redact", "mask", "type"]
OPERATORS: tuple[str, ...] = ("placeholder", "redact", "mask", "type")

# spaCy labels -> Presidio entity types. NORP (nationality, religion) is left out: it carries
# the meaning of a case ("a Polish family") and identifies nobody on its own.
_NER_MAPPING = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}


_KEYWORD_CACHE_SIZE = 200_000  # distinct lemmas remembered; a year of narratives has fewer


class SharedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over the project's one pipeline; it never loads or downloads."""

    def __init__(self, nlp: Language) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": MODEL_PACKAGE}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=_NER_MAPPING,
                labels_to_ignore=["NORP", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"],
            ),
        )
        self.nlp = {"en": nlp}
        self._keyword_lemmas: dict[str, bool] = {}

    def load(self) -> None:  # already loaded: Presidio's load() would download a missing model
        return None

    def artifacts(self, doc: Doc) -> NlpArtifacts:
        """Presidio's view of a Doc we already parsed (parse once, use twice)."""
        return self._doc_to_nlp_artifact(doc, "en")

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # Presidio reads doc.ents twice (entities, then a default score for each); each read
        # walks every token, so it is read once here.
        ents = doc.ents
        entities, scores = self._get_updated_entities(
            ents, [self.ner_model_configuration.default_score] * len(ents)
        )
        return DocArtifacts(
            doc=doc, entities=entities, scores=scores, nlp_engine=self, language=language
        )

    def is_keyword_lemma(self, lemma: str, language: str) -> bool:
        """Presidio's test of a keyword lemma (not a stop word, punctuation, "-PRON-" or "be"),
        remembered per lemma: the vocabulary look-up costs more than the rest of the test."""
        keep = self._keyword_lemmas.get(lemma)
        if keep is None:
            if len(self._keyword_lemmas) >= _KEYWORD_CACHE_SIZE:
                self._keyword_lemmas.clear()
            keep = self._keyword_lemmas[lemma] = is_keyword_lemma(self, lemma, language)
        return keep


class SharedAnalyzerEngine(AnalyzerEngine):
    """Presidio's AnalyzerEngine without a pass it does not need here.

    Before the context enhancer, Presidio gives each recognizer its own results to enhance,
    filtering all results once per recognizer (recognizers x results, and the recognizer id is
    rebuilt on every look). None of ours enhances its own results, so the results only need
    the order that pass leaves them in: grouped by recognizer, in registry order.
    """

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN202
        if any(
            type(r).enhance_using_context is not EntityRecognizer.enhance_using_context
            for r in recognizers
        ):
            return super()._enhance_using_context(
                text, raw_results, nlp_artifacts, recognizers, context
            )
        order = {recognizer.id: rank for rank, recognizer in enumerate(recognizers)}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        grouped = sorted(
            (r for r in raw_results if r.recognition_metadata[key] in order),
            key=lambda r: order[r.recognition_metadata[key]],
        )
        return self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=grouped,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )


@dataclass(frozen=True)
class PiiConfig:
    """Paths of the anonymiser's data files (all in rules/pii/ unless overridden)."""

    recognizers: Path
    placeholders: Path
    allow: Path | None = None

    @classmethod
    def default(cls) -> PiiConfig:
        base = rules_dir() / "pii"
        return cls(
            recognizers=base / "recognizers.yml",
            placeholders=base / "placeholders.yml",
            allow=base / "allow.yml",
        )


class Anonymiser:
    """Detect personal data with Presidio and replace it; built once, used for many texts."""

    def __init__(self, *, config: PiiConfig | None = None, nlp: Language | None = None) -> None:
        config = config or PiiConfig.default()
        self.nlp = nlp or get_nlp()
        self.nlp_engine = SharedSpacyNlpEngine(self.nlp)
        self.labels = self._load_labels(config.placeholders)
        self.priority = {entity_type: rank for rank, entity_type in enumerate(self.labels)}
        self.analyzer = SharedAnalyzerEngine(
            registry=self._load_registry(config.recognizers),
            nlp_engine=self.nlp_engine,
            supported_languages=["en"],
            context_aware_enhancer=IndexedContextEnhancer(),
        )
        fail_closed_on_regex_timeout(self.analyzer.registry.recognizers)
        try:  # once, here: Presidio only stood in for them (pattern_loading)
            compile_patterns(self._restored)
        except InvalidPatternError as exc:
            raise ConfigError(f"{config.recognizers}: {exc}") from None
        thin_pattern_loops(self.analyzer.registry.recognizers)
        self.anonymizer = AnonymizerEngine()
        self.names = name_lists()
        self.allowed = PhraseSet(
            load_allow_list(config.allow) if config.allow else [],
            cased_acronyms=True,
            any_case=self._acronym_in_any_case,
        )
        # Words that label an identifier ("email", "landline", "NHS") are not personal data.
        self.label_words = frozenset(
            word.casefold()
            for recognizer in self.analyzer.registry.recognizers
            for phrase in (getattr(recognizer, "context", None) or [])
            for word in re.findall(r"\w+", phrase)
        )

    def _acronym_in_any_case(self, acronym: str) -> bool:
        """An acronym of four letters or more that is no name, no English word and no name
        word ("MARAC", "IDVA", "CAMHS"): lower-case notes write it so and mean the same;
        "STORM" or "RHI" in lower or title case may be a person."""
        return (
            len(acronym) >= 4
            and acronym.isalpha()
            and acronym.isupper()
            and self.names.is_unknown_word(acronym)
            and not self.names.is_name(acronym)
            and fold(acronym) not in self.names.words
        )

    @staticmethod
    def _load_labels(path: Path) -> dict[str, str]:
        labels = read_config_yaml(path)
        if not isinstance(labels, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in labels.items()
        ):
            raise ConfigError(f"{path}: expected a mapping of ENTITY_TYPE: LABEL")
        return labels

    def _load_registry(self, path: Path):  # noqa: ANN202 - Presidio type
        conf = read_config_yaml(path)  # checked here: Presidio silently falls back to defaults
        if not isinstance(conf, dict) or not conf.get("recognizers"):
            raise ConfigError(f"{path}: expected 'recognizers:' with at least one recognizer")
        conf, deferred = defer_patterns(conf)  # compiled once, later: see pattern_loading
        try:
            registry = RecognizerRegistryProvider(
                registry_configuration=conf, nlp_engine=self.nlp_engine
            ).create_recognizer_registry()
        except Exception as exc:
            raise ConfigError(f"{path}: invalid recognizer configuration: {exc}") from exc
        self._restored = restore_patterns(registry.recognizers, deferred)
        registry.add_recognizer(OfflineEmailRecognizer())
        return registry

    # -- detection ---------------------------------------------------------------------------

    def analyse_doc(
        self,
        doc: Doc,
        *,
        allow: Iterable[str] = (),
        deny: Iterable[str | tuple[str, str]] = (),
    ) -> list[RecognizerResult]:
        """All detections on an already-parsed Doc, overlaps merged, in text order.

        allow: strings never masked (on top of rules/pii/allow.yml); deny: strings the
        caller knows are personal data, every occurrence masked (as PERSON unless given as
        (string, ENTITY_TYPE)).
        """
        return self._analyse(doc, doc.text, allow=allow, deny=deny)

    def _analyse(
        self,
        doc: Doc,
        text: str,
        *,
        allow: Iterable[str] = (),
        deny: Iterable[str | tuple[str, str]] = (),
    ) -> list[RecognizerResult]:
        """analyse_doc with the Doc's text given: a Doc rebuilds its text on every read."""
        results = self.analyzer.analyze(
            text=text, language="en", nlp_artifacts=self.nlp_engine.artifacts(doc)
        )
        results = [r for r in results if not _is_freephone_result(text, r)]
        allow = list(allow)
        allowed = (
            PhraseSet(
                [*self.allowed.phrases, *allow],
                cased_acronyms=True,
                any_case=self._acronym_in_any_case,
            )
            if allow
            else self.allowed
        )
        found = spans.split_model_guesses(text, results)
        found = spans.tidy_model_guesses(text, found, self.names)
        found = [t for r in found if (t := spans.trim_to_word_characters(text, r))]
        found = spans.keep_specific_dates(text, found)
        found = drop_timeless_lower_months(doc, found)  # "half the island in november"
        found = part_of_month_dates(text, found)  # "Mid-February", "in early March"
        found = spans.carve_guesses_around_identifiers(text, found, self.label_words)
        found = spans.clean_people(text, found, self.names)
        found = spans.drop_capitalised_words_at_entry_start(text, found, self.names)
        found = drop_lead_word_guesses(text, found, allowed)  # "Chase MASH"
        allowed_here = allowed.spans(text) if allowed else []  # searched once, used twice
        allowed_here += freephone_spans(text)  # a helpline's number is not a date or a name
        found = spans.apply_allow_list(text, found, allowed, occurrences=allowed_here)
        denied = spans.deny_spans(text, self._deny_pairs(deny))
        found = spans.take_article(text, found, denied) + denied
        found = people_by_surname_ending(
            text, found, self.names
        )  # "Wiktoria Zielińska" (not a town)
        found = spans.initials_after_names(text, found)  # "Ana Ferreira (AF)"
        found = spans.initials_of_named_people(text, found)  # "SW" for Storm Whittaker
        found = self._document_shapes(text, found)
        found = lower_case_venues(doc, found)  # "the harbour view hostel", "lives in cork"
        found = quoted_lower_nicknames(text, found)  # 'names: "k-dog", "little t"'
        found = self_introduced_names(text, found, self.names)  # '"hiya, i'm danny"'
        found = names_after_roles(text, found, self.names)  # "student officer will"
        found = apostrophe_initials(text, signed_off_initials(text, found))  # "-HMK", "SO'D"
        found = quoted_names_in_lists(text, found)  # 'Liam O'Hara, "Spider", Nabil'
        found = people_by_name_structure(text, found, self.names)  # "Noor ul-Ain", "HALL, Jade"
        found = capitals_names(text, found, self.names)  # "SGT AMARA OKONJO 2815", "SMITH, LIAM"
        found = surnames_after_rank_numbers(doc, found, self.names)  # "pc 5531 ng +"
        found = record_nicknames(text, found)  # 'CELL 6 - "SPIKE" - refuses name'
        found = names_listed_with_ages(text, found, self.names)  # "kids: Arman 6, Leyla 3"
        found = people_list_items(text, found, self.names)  # "me (amber), will from the"
        found = names_after_kin_words(text, found, self.names)  # "the baby, Tinker,"
        found = capitals_surnames_alone(text, found)  # 'Lee "Chalky" WHITE ... WHITE returned'
        found = chat_speakers(text, found, self.names)  # '"King 👑"', "  King: u coming out"
        found = abbreviated_given_names(text, found)  # "Ma. Cristina Dela Cruz"
        found = initial_and_short_surname(text, found)  # "K. HOPE", "L. O'C", "S NB"
        found = dotted_initial_names(text, found, self.names)  # "f.begum"
        found = lower_case_initial_speakers(text, found)  # "k said" (Kacper)
        found = spans.propagate(text, found, self.names)
        found = word_surnames_again(text, found, self.names)  # "Marlena Ward ... WARD"
        found = field_names_acting(text, found, self.names)  # "STORM WAS ANGRY"
        found = numbers_beside_bracketed_names(text, found)  # "(Ó Ceallaigh 7741)"
        found = recurring_collar_numbers(text, found)  # "pc 7741 ... (7741)"
        found = lower_case_recurrences(doc, found, self.names)  # "Carol ... about carol"
        found = surname_nicknames(text, found, self.names)  # "ps jones ... jonesy angry"
        found = slashed_aliases(text, found)  # '"Smudge" / Kai Summers ... Kai/smudge'
        found = organisation_initials(text, found, self.names)  # "Antelope House ... at AH"
        found = organisation_heads(text, found, self.names)  # "Westquay Shopping Centre, Westquay"
        found = initials_of_names_in_view(text, found)  # "Mental Health Triage (MHT)"
        found = spans.apply_allow_list(text, found, allowed, occurrences=allowed_here)
        found = drop_word_names(doc, found, self.names)  # "a Frank conversation"
        found = pet_names(text, found, self.names, allowed_here)  # "her rabbit, [PET 1]"
        found = drop_ordinary_capitals(doc, found, self.names, text=text)  # "Rich or poor"
        found = bullet_led_recurrences(doc, found, self.names)  # "- rich ok, been in 20 yrs"
        found = terms_of_address(text, found)  # '"alright sonny, ..."' (a Sonny named too)
        found = helpline_numbers(text, found, allowed_here)  # "Shout 85258", "Jo (0800 ...)"
        found = extend_over_place_tails(text, found)  # "[NAME 1] Market"
        found = address_heads(text, found)  # "flat 11, 3rd floor, " + "Kingsland House, ..."
        found = identifier_extents(text, found)  # "(EA 4471903)", "ext. 4457 1190"
        found = spans.extend_over_labels(text, spans.merge_overlaps(found, self.priority))
        found = spans.join_adjacent_people(text, spans.merge_overlaps(found, self.priority))
        found = spans.join_name_parts(text, found, self.names, allowed_here)  # "van der"
        found = trim_person_heads(text, found, self.names)  # "Toddler Alfie", "23:24 Paramedic"
        return people_that_are_bodies(text, found)  # "School: St Aldhelm's"

    def _document_shapes(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Names and places the layout of a document shows, found before propagation spreads
        them: "Kwame A-B", "(King Solomon Ashby, 23)", "McDonald's, Festival Place", and a
        section number taken for a house number ("Section 60, Leigh Park")."""
        found = hyphenated_initials(text, found)
        found = names_given_in_full(text, found, self.names)
        found = shopping_sites(text, found)
        return section_numbers(text, found)

    def _deny_pairs(self, deny: Iterable[str | tuple[str, str]]) -> list[tuple[str, str]]:
        pairs = []
        for item in deny:
            phrase, entity_type = (item, "PERSON") if isinstance(item, str) else item
            if not isinstance(phrase, str) or not phrase.strip():
                raise ValueError("deny entries must be non-empty strings")
            if entity_type not in self.labels:
                raise ValueError(
                    f"unknown entity type {entity_type!r} for deny; "
                    f"choose one of {', '.join(self.labels)}"
                )
            pairs.append((phrase, entity_type))
        return pairs

    # -- rendering ---------------------------------------------------------------------------

    def render(
        self,
        text: str,
        results: list[RecognizerResult],
        *,
        operator: Operator = "placeholder",
        return_mapping: bool = False,
    ) -> AnonymisedText:
        """Replace each detection; entities keep their offsets in the original text."""
        values = [text[r.start : r.end] for r in results]
        placeholders = assign_placeholders(
            ((r.entity_type, v) for r, v in zip(results, values, strict=True)), self.labels
        )
        operators = self._operators(operator, results, values, placeholders)
        # Presidio would otherwise merge same-type spans with only spaces between into one
        # value, which no longer matches its placeholder ("07700 07700" from two references).
        new_text = self.anonymizer.anonymize(
            text=text,
            analyzer_results=results,
            operators=operators,
            merge_entities_with_spaces=False,
        ).text
        entities = [
            Entity(r.start, r.end, r.entity_type, round(float(r.score), 4), p)
            for r, p in zip(results, placeholders, strict=True)
        ]
        mapping = None
        if return_mapping:
            mapping = {}
            for placeholder, value in zip(placeholders, values, strict=True):
                mapping.setdefault(placeholder, [])
                if value not in mapping[placeholder]:
                    mapping[placeholder].append(value)
        return AnonymisedText(text=new_text, entities=entities, mapping=mapping)

    @staticmethod
    def _operators(
        operator: Operator,
        results: list[RecognizerResult],
        values: list[str],
        placeholders: list[str],
    ) -> dict[str, OperatorConfig]:
        """Presidio operator per entity type; placeholders are looked up by the span's value."""
        operators: dict[str, OperatorConfig] = {}
        if operator == "placeholder":
            by_type: dict[str, dict[str, str]] = {}
            for result, value, placeholder in zip(results, values, placeholders, strict=True):
                by_type.setdefault(result.entity_type, {})[value] = placeholder
            for entity_type, lookup in by_type.items():
                operators[entity_type] = OperatorConfig("custom", {"lambda": lookup.__getitem__})
        elif operator == "redact":
            operators["DEFAULT"] = OperatorConfig("replace", {"new_value": "[REDACTED]"})
        elif operator == "mask":
            for result in results:
                operators.setdefault(
                    result.entity_type,
                    OperatorConfig(
                        "mask", {"masking_char": "█", "chars_to_mask": 10_000, "from_end": False}
                    ),
                )
        # "type": Presidio's default replace shows "<ENTITY_TYPE>".
        return operators

    def anonymise(
        self,
        text: str,
        *,
        operator: Operator = "placeholder",
        return_mapping: bool = False,
        allow: Iterable[str] = (),
        deny: Iterable[str | tuple[str, str]] = (),
    ) -> AnonymisedText:
        """Anonymise one text. Raises AnonymisationError (never returns the input) on failure.

        allow: strings never to mask; deny: strings to mask everywhere (PERSON unless given
        as (string, ENTITY_TYPE)).
        """
        if not isinstance(text, str):
            raise TypeError("anonymise() takes a str")
        _check_operator(operator)
        check_length(text)
        deny = list(deny)
        self._deny_pairs(deny)  # a bad entry is the caller's error, raised before any work
        return self.anonymise_doc(
            self.parse(text),
            operator=operator,
            return_mapping=return_mapping,
            allow=allow,
            deny=deny,
        )

    def parse(self, text: str) -> Doc:
        """The shared pipeline's Doc for `text`, for callers that anonymise and coach one parse.

        Fails closed: raises AnonymisationError naming only the error class.
        """
        error = None
        try:
            doc = self.nlp(text)
        except Exception as exc:
            error = _failed(exc)
        if error is not None:
            raise error  # outside the handler: the library's exception is not attached
        return doc

    def anonymise_doc(
        self,
        doc: Doc,
        *,
        operator: Operator = "placeholder",
        return_mapping: bool = False,
        allow: Iterable[str] = (),
        deny: Iterable[str | tuple[str, str]] = (),
    ) -> AnonymisedText:
        """Anonymise an already-parsed Doc (so a caller that also coaches parses once)."""
        _check_operator(operator)
        deny = list(deny)
        self._deny_pairs(deny)
        error = None
        try:
            text = doc.text
            results = self._analyse(doc, text, allow=allow, deny=deny)
            return self.render(text, results, operator=operator, return_mapping=return_mapping)
        except Exception as exc:
            error = _failed(exc)
        raise error  # outside the handler: the library's exception is not attached


def _is_freephone_result(text: str, r: RecognizerResult) -> bool:
    """A phone detection that is a UK freephone number: a helpline's, kept (phone.is_freephone)."""
    return r.entity_type == "PHONE_NUMBER" and is_freephone(text[r.start : r.end])


def _check_operator(operator: str) -> None:
    if operator not in OPERATORS:
        raise ValueError(f"unknown operator {operator!r}; choose one of {', '.join(OPERATORS)}")


def _failed(exc: Exception) -> AnonymisationError:
    """Fail closed: name the error class only; messages of library errors can quote the text."""
    logger.error("anonymisation failed (%s)", exc.__class__.__name__)
    return AnonymisationError(
        f"anonymisation failed ({exc.__class__.__name__}); no text was returned"
    )


@lru_cache(maxsize=1)
def get_anonymiser() -> Anonymiser:
    """The process-wide anonymiser with the bundled configuration."""
    with collection_paused():  # loading frees nothing for the collector to find
        return Anonymiser()


# Kept importable from here for callers of the first version.
trim_to_word_characters = spans.trim_to_word_characters
carve_guesses_around_identifiers = spans.carve_guesses_around_identifiers
merge_overlaps = spans.merge_overlaps
