"""Names beyond the small NER model: gazetteer words used as names, and places from a list."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from tips_nlp.anonymise.result import ConfigError
from tips_nlp.resources import rules_dir

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "’": "'"})
# Where a capital letter says nothing (a new sentence, a line, a quote, a list item).
_OPENERS = frozenset(
    {".", "!", "?", ":", ";", '"', "“", "‘", "'", "(", "[", "-", "–", "—", "•", "*"}
)
_VERB_POS = frozenset({"VERB", "AUX"})
# Inflections tried when a word is not in the common-word list (suffix, replacement).
_SUFFIXES = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("ers", ""),
    ("'d", ""),
    ("’d", ""),
)
# Entities of the model that are not people ("Eritrean", "Tigrinya", "2021").
_NOT_PEOPLE_LABELS = frozenset(
    {"NORP", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL"}
)
_NAME_JOINERS = frozenset({"-", "'", "’"})
# Little words inside names ("Maria da Silva", "Ahmed bin Said", "Ludwig van Beek").
_PARTICLES = frozenset(
    {
        "da",
        "de",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "le",
        "la",
        "ter",
        "ten",
        "mac",
        "ap",
    }
)


def _is_name_word(token: Token) -> bool:
    """Could be an unlisted name after a title ("mrs faadumo"): a letters-only non-verb."""
    return (
        token.text.isalpha()
        and token.pos_ in {"PROPN", "NOUN", "X"}
        and token.text.lower() not in STOP_WORDS
    )


def fold(word: str) -> str:
    """Lower case without accents ("Łukasz" -> "lukasz", "O’Brien" -> "o'brien")."""
    word = word.translate(_FOLD)
    if word.isascii():  # nothing to decompose (most words; fold runs on every token)
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def read_word_list(path: Path) -> frozenset[str]:
    """One word a line, '#' comments; folded for look-up. Names the file on error."""
    if not path.is_file():
        raise ConfigError(f"{path}: word list not found")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


class NameLists:
    """The name gazetteers and the rules of names.yml, loaded once."""

    def __init__(self, base: Path | None = None) -> None:
        import yaml

        base = base or rules_dir() / "pii"
        self.first = read_word_list(base / "first_names.txt")
        self.last = read_word_list(base / "surnames.txt")
        self.words = read_word_list(base / "name_words.txt")  # names that are also words
        self.common = read_word_list(base / "common_words.txt")  # ordinary English words
        path = base / "names.yml"
        try:
            conf = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"{path}: cannot read ({exc.__class__.__name__})") from exc
        keys = (
            "titles",
            "not_names",
            "lower_case_name_before",
            "name_before_verbs",
            "name_after_words",
            "hyphen_prefixes",
            "hyphen_particles",
        )
        if not isinstance(conf, dict) or not all(
            isinstance(conf.get(k), list) and all(isinstance(w, str) for w in conf[k]) for k in keys
        ):
            raise ConfigError(f"{path}: expected lists {', '.join(keys)}")
        self.titles = frozenset(fold(w) for w in conf["titles"])
        self.not_names = frozenset(fold(w) for w in conf["not_names"]) | {
            w for w in STOP_WORDS if w not in self.words
        }
        self.lower_before = frozenset(fold(w) for w in conf["lower_case_name_before"])
        self.verbs_after = frozenset(fold(w) for w in conf["name_before_verbs"])
        self.after_words = frozenset(fold(w) for w in conf["name_after_words"])
        self.hyphen_prefixes = frozenset(fold(w) for w in conf["hyphen_prefixes"])
        self.hyphen_particles = frozenset(fold(w) for w in conf["hyphen_particles"])

    def is_common(self, word: str, lemma: str = "") -> bool:
        """An English word, also when inflected or in British spelling ("Signposted",
        "Anonymised", "Referrals")."""
        key = fold(word)
        if key in self.common or fold(lemma) in self.common:
            return True
        for suffix, repl in _SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= 3:
                stem = key[: len(key) - len(suffix)] + repl
                if stem in self.common or stem.replace("is", "iz") in self.common:
                    return True
        return key.replace("is", "iz") in self.common or key.replace("our", "or") in self.common

    def is_unknown_word(self, word: str, lemma: str = "") -> bool:
        """Not an English word, a listed non-name or a title: a capitalised one is a name."""
        key = fold(word)
        return (
            len(key) > 1
            and not self.is_common(word, lemma)
            and key not in self.not_names
            and key not in self.titles
            and key not in STOP_WORDS
        )

    def is_name(self, word: str) -> bool:
        key = fold(word)
        return (key in self.first or key in self.last) and key not in self.not_names


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    """The bundled name lists (shared by the recognizer and the propagation step)."""
    return NameLists()


@lru_cache(maxsize=65_536)  # asked of every token several times; words repeat
def _shape(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "other"
    if all(c.isupper() for c in letters):
        return "upper" if len(letters) > 1 else "title"
    if letters[0].isupper():
        return "title"
    if all(c.islower() for c in letters):
        return "lower"
    return "other"


def _starts_sentence(token: Token) -> bool:
    if token.i == 0 or token.is_sent_start:
        return True
    prev = token.doc[token.i - 1]
    return prev.text in _OPENERS or "\n" in prev.text or "\n" in prev.whitespace_ + prev.text


class NameGazetteerRecognizer(EntityRecognizer):
    """First names and surnames of many origins, when the text uses them as names.

    A listed word counts as a name when it is capitalised mid-sentence; at a sentence start or
    in capitals only when it is not also an ordinary word (or there is evidence: a title
    before, a possessive, a neighbouring name); in lower case only when it is a first name
    that is not an ordinary word and stands where names stand ("kyle said", "with jayden").
    Neighbouring name words make one span ("Kyle O'Brien").
    """

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("supported_entities", ["PERSON", "PROPER_NOUN"])
        kwargs.setdefault("name", "NameGazetteerRecognizer")
        kwargs.setdefault("supported_language", "en")
        kwargs.pop("supported_entity", None)
        super().__init__(**kwargs)

    def load(self) -> None:
        self.lists = name_lists()
        self._lower_title = False

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return []
        doc = nlp_artifacts.tokens  # the spaCy Doc itself
        ner_people = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
        other_ents = {t.i for ent in doc.ents if ent.label_ in _NOT_PEOPLE_LABELS for t in ent}
        hyphen_names = self._hyphenated_given_names(doc)
        flags = [
            self._is_name(doc, t, ner_people)
            or self._is_unknown_capitalised(t, other_ents)
            or t.i in hyphen_names
            for t in doc
        ]
        unknown = [
            f and not self._is_name(doc, t, ner_people) for f, t in zip(flags, doc, strict=True)
        ]
        results = []
        i = 0
        while i < len(doc):
            if not flags[i]:
                i += 1
                continue
            start = end = i
            # "Kyle O'Brien", "Mary-Jane", "Abdi Hassan Farah": consecutive name words.
            while end + 1 < len(doc) and (
                flags[end + 1]
                or (fold(doc[end + 1].text) in _PARTICLES and end + 2 < len(doc) and flags[end + 2])
                or (  # "kai-jordan pereira": listed words joined to a name in lower case
                    doc[end + 1].text.islower()
                    and self.lists.is_name(doc[end + 1].text)
                    and fold(doc[end + 1].text) not in self.lists.words
                    and doc[end].text.islower()
                )
                or (
                    doc[end + 1].text in _NAME_JOINERS
                    and not doc[end].whitespace_
                    and end + 2 < len(doc)
                    and self.lists.is_name(doc[end + 2].text)
                )
                or (  # "Dariusz Zielonka": a listed first name, then an unlisted surname
                    fold(doc[end].text) in self.lists.first
                    and _shape(doc[end].text) == "title"
                    and _shape(doc[end + 1].text) == "title"
                    and doc[end + 1].text.isalpha()
                    and fold(doc[end + 1].text) not in self.lists.not_names
                    and not _starts_sentence(doc[end + 1])
                )
                or (  # "Hyun-woo Park": a capitalised word after a hyphenated given name
                    end in hyphen_names
                    and _shape(doc[end + 1].text) == "title"
                    and doc[end + 1].text.isalpha()
                    and not _starts_sentence(doc[end + 1])
                )
                or (  # "dave p", "Sarah T." : a surname initial
                    len(doc[end + 1].text) == 1
                    and doc[end + 1].text.isalpha()
                    and doc[end + 1].text not in {"a", "I", "A"}
                )
                or (
                    doc[end + 1].text in _NAME_JOINERS
                    and end + 2 < len(doc)
                    and flags[end + 2]
                    and not doc[end].whitespace_
                )
            ):
                end += 1
            # A run of only unknown capitalised words with nothing that says "person" is a
            # proper noun of unknown kind ("Greggs", "Olamide"): masked all the same.
            entity = "PERSON"
            if all(unknown[k] or not flags[k] for k in range(start, end + 1)) and not (
                self._after_title(doc, doc[start]) or self._has_evidence(doc, doc[end], ner_people)
            ):
                entity = "PROPER_NOUN"
            results.append(
                # 0.86: above the NER model, so an identical span keeps this source
                RecognizerResult(entity, doc[start].idx, doc[end].idx + len(doc[end]), 0.86)
            )
            i = end + 1
        return results

    def _hyphenated_given_names(self, doc) -> set[int]:  # noqa: ANN001
        """Token indices of short hyphenated given names: "Hyun-woo", "Ji-ho", "Mei-ling".

        Both syllables are short and often ordinary words on their own, so neither list sees
        them. Compounds that start with a prefix ("Mid-July", "Co-op", "Ex-partner") or end in
        a particle ("Set-up", "Lay-by", "Drop-in") are not names.
        valid: "Hyun-woo Park", "with Seo-yeon"; invalid: "Follow-up", "Hi-vis", "Ex-con".
        """
        found: set[int] = set()
        for i in range(len(doc) - 2):
            first, joiner, second = doc[i], doc[i + 1], doc[i + 2]
            if (
                joiner.text == "-"
                and not first.whitespace_
                and not joiner.whitespace_
                and _shape(first.text) == "title"
                and first.text.isalpha()
                and second.text.isalpha()
                and 2 <= len(first.text) <= 5
                and 2 <= len(second.text) <= 5
                and fold(first.text) not in self.lists.hyphen_prefixes
                and fold(second.text) not in self.lists.hyphen_particles
                and fold(first.text) not in self.lists.not_names
            ):
                found.update((i, i + 2))
        return found

    def _is_unknown_capitalised(self, token: Token, other_ents: set[int]) -> bool:
        """A capitalised word that is no English word ("Olamide", "Oduya", "Greggs").

        All-capitals words are left to the gazetteer (acronyms), and so are nationalities and
        languages the model recognises ("Tigrinya", "Eritrean").
        """
        word = token.text
        if _shape(word) != "title" or not word[0].isupper() or token.i in other_ents:
            return False
        if not all(c.isalpha() or c in "'’-" for c in word) or word.isupper():
            return False
        parts = [p for p in re.split(r"['’-]", word) if p]
        lemma = token.lemma_ if len(parts) == 1 else ""
        return any(self.lists.is_unknown_word(p, lemma) for p in parts if len(p) > 1) and not any(
            fold(p) in self.lists.not_names for p in parts
        )

    def _is_name(self, doc, token: Token, ner_people: set[int]) -> bool:  # noqa: ANN001
        lists = self.lists
        word = token.text
        shape = _shape(word)
        # "pc rebecca o'neill"; an unlisted word only after a lower-case title
        # ("mrs faadumo hassan"), not "DP calm".
        if (
            shape == "lower"
            and self._after_title(doc, token)
            and (
                (lists.is_name(word) and fold(word) not in lists.words)
                or (
                    _is_name_word(token) and fold(word) not in lists.not_names and self._lower_title
                )
            )
        ):
            return True
        if len(word) < 2 or not lists.is_name(word):
            return False
        key = fold(word)
        ambiguous = key in lists.words
        if shape == "title":
            if not _starts_sentence(token) or not ambiguous:
                return True
            return self._has_evidence(doc, token, ner_people)
        if shape == "upper":
            # In capitals the model's guesses are unreliable ("CALM TONE", "WILL FOLLOW UP"):
            # a name that is also an English word needs evidence of its own or a clear name
            # beside it ("JOHN BAKER").
            if not ambiguous and (key not in lists.common or key in lists.first):
                return len(word) > 2  # "NATE", "JOHN"; not the surname-only "BRICK"
            return len(word) > 2 and (
                self._has_evidence(doc, token, set()) or self._upper_name_beside(doc, token)
            )
        if shape == "lower":
            if len(word) < 3 and not self._named_by_position(doc, token):
                return False
            if not ambiguous and key not in lists.common:
                return True  # "okafor", "lindqvist": a listed name and no English word
            if ambiguous:
                return self._named_by_position(doc, token)
            if key not in lists.first:
                return False
            return self._lower_name_position(doc, token)
        return False

    def _upper_name_beside(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A listed name in capitals that is no English word next to this one."""
        for i in (token.i - 1, token.i + 1):
            if 0 <= i < len(doc) and _shape(doc[i].text) == "upper" and len(doc[i].text) > 2:
                key = fold(doc[i].text)
                if (
                    self.lists.is_name(doc[i].text)
                    and key not in self.lists.words
                    and (key not in self.lists.common or key in self.lists.first)
                ):
                    return True
        return False

    def _after_title(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A title, or a title and name words, just before this word."""
        i = token.i - 1
        while i >= 0 and token.i - i <= 5:
            prev = doc[i]
            if fold(prev.text.rstrip(".")) in self.lists.titles:
                self._lower_title = prev.text.islower()
                return i == token.i - 1 or _is_name_word(doc[i + 1]) or doc[i + 1].text.isdigit()
            if not (
                (prev.text.isdigit() and i == token.i - 1)  # "pcso 18234 dean harper"
                or prev.text in _NAME_JOINERS
                or self.lists.is_name(prev.text)
                or fold(prev.text) in _PARTICLES
                or _is_name_word(prev)
            ):
                return False
            i -= 1
        return False

    def _has_evidence(self, doc, token: Token, ner_people: set[int]) -> bool:  # noqa: ANN001
        lists = self.lists
        if token.i in ner_people:
            return True
        if token.i > 0 and fold(doc[token.i - 1].text.rstrip(".")) in lists.titles:
            return True
        if token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            if nxt.text.lower() in {"'s", "’s"} or fold(nxt.text) in lists.verbs_after:
                return True
            if _shape(nxt.text) == "title" and lists.is_name(nxt.text):
                return fold(nxt.text) not in lists.words or nxt.i in ner_people
            if (  # "Temperance Oduya": a listed first name before an unknown capitalised word
                _shape(nxt.text) == "title"
                and fold(token.text) in lists.first
                and nxt.text.isalpha()
                and lists.is_unknown_word(nxt.text, nxt.lemma_)
            ):
                return True
        return False

    def _named_by_position(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A lower-case word that is also a name, where only a name stands: "her friend
        hope", "grace's mum", "summer atkinson-lee", "called mo", "reuben said"."""
        if token.pos_ in _VERB_POS or token.pos_ in {"ADP", "DET", "PRON", "CCONJ", "ADV"}:
            return False
        if token.i > 0 and fold(doc[token.i - 1].text) in self.lists.after_words:
            return True
        if token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            if nxt.text.lower() in {"'s", "’s"}:
                return True
            if nxt.text.islower() and self.lists.is_name(nxt.text):
                key = fold(nxt.text)
                return key in self.lists.last and key not in self.lists.common
            if fold(nxt.text) in {"said", "says", "told", "disclosed", "stated", "texted"}:
                return True
        return False

    def _lower_name_position(self, doc, token: Token) -> bool:  # noqa: ANN001
        if _starts_sentence(token):
            return True
        if fold(doc[token.i - 1].text) in self.lists.lower_before:
            return True
        if token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            if nxt.pos_ in _VERB_POS or nxt.text.lower() in {"'s", "’s", "-", ")"}:
                return True
            if self.lists.is_name(nxt.text) and fold(nxt.text) in self.lists.last:
                return True
        return False


class PlaceGazetteerRecognizer(EntityRecognizer):
    """Towns, villages, districts and estates from rules/pii/places.txt, written capitalised."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("supported_entities", ["LOCATION"])
        kwargs.setdefault("name", "PlaceGazetteerRecognizer")
        kwargs.setdefault("supported_language", "en")
        kwargs.pop("supported_entity", None)
        super().__init__(**kwargs)

    def load(self) -> None:
        path = rules_dir() / "pii" / "places.txt"
        if not path.is_file():
            raise ConfigError(f"{path}: word list not found")
        lines = path.read_text(encoding="utf-8").splitlines()
        entries = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
        places: set[str] = set()
        for entry in entries:
            name = entry.rstrip(" *")
            places |= {name, name.upper()}
            if not entry.endswith("*"):  # "*": also an ordinary word, so capitalised only
                places.add(name.lower())
        places = sorted(places, key=len, reverse=True)
        alternatives = "|".join(
            re.escape(p).replace(r"\ ", r"[\s-]+").replace("'", "['’]?") for p in places
        )
        # Case-sensitive: "Fleet" and "Hook" are places, "fleet" and "hook" are words.
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult("LOCATION", m.start(), m.end(), 0.6)
            for m in self.pattern.finditer(text)
        ]
