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

from tips_nlp.anonymise.recognizers.factored_alternation import factored_alternation, phrase_atoms
from tips_nlp.anonymise.recognizers.lower_case_shapes import LowerCaseShapes
from tips_nlp.anonymise.recognizers.token_table import doc_tokens
from tips_nlp.anonymise.result import ConfigError, read_word_lists
from tips_nlp.resources import rules_dir

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "’": "'"})
# Where a capital letter says nothing (a new sentence, a line, a quote, a list item).
_OPENERS = frozenset(
    {".", "!", "?", ":", ";", '"', "“", "‘", "'", "(", "[", "-", "–", "—", "•", "*"}
)
_VERB_POS = frozenset({"VERB", "AUX"})
_NOT_NAME_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "ADV", "AUX"})
# Little words before a lower-case word that make it the ordinary word ("the summer", "is hope").
_LEADS_ORDINARY = frozenset(STOP_WORDS) - {"and", "with", "to", "by", "for", "from", "then"}
# Verbs whose object is a person ("told ivy", "asked grace"), and verbs of talking or being with
# to someone before "to"/"with" ("spoke to ivy"; not "went with grace", an idiom).
_PERSON_OBJECT_VERBS = frozenset(
    {
        "told",
        "asked",
        "met",
        "texted",
        "rang",
        "phoned",
        "messaged",
        "hugged",
        "thanked",
        "reassured",
        "warned",
        "visited",
        "tell",
        "ask",
        "text",
        "phone",
        "message",
        "contact",
        "contacted",
    }
)
_TALK_VERBS = frozenset(
    {"spoke", "speak", "speaking", "talked", "talk", "talking", "chatted", "chat", "explained"}
)
# Verbs of speech after a lower-case word that make it a name ("reuben said", "ivy - said").
_SPEECH_VERBS = frozenset(
    {"said", "says", "told", "disclosed", "stated", "texted", "explained", "replied", "asked"}
)
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
    # abstract nouns made from a word: "Adultification", "Criminalisation", "Hopelessness"
    ("ification", ""),
    ("ification", "ify"),
    ("isation", "ise"),
    ("isation", ""),
    ("ization", "ize"),
    ("ization", ""),
    ("ness", ""),
    ("ment", ""),
)
# Entities of the model that are not people ("Eritrean", "Tigrinya", "2021").
_NOT_PEOPLE_LABELS = frozenset(
    {"NORP", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL"}
)
_NAME_JOINERS = frozenset({"-", "'", "’"})
# An initial with its full stop: valid "m." in "pc m. hussain"; invalid "m" (no stop), "mr.".
_INITIAL_DOT = re.compile(r"[A-Za-z]\.")
# The marks that join the parts of a name: "O'Brien", "O’Neill", "Kelly-Moore".
_NAME_PARTS = re.compile(r"['’-]")
# Gaelic surname prefixes: valid "mcallister", "McGUIRE", "o'driscoll"; invalid "o'clock" (a
# word), "mcs" (too short).
_MAC_NAME = re.compile(r"(?:[Mm][Cc][A-Za-z]{3,}|[Oo]['’](?!clock)[A-Za-z]{3,})")
# Little words inside names ("Maria da Silva", "Ahmed bin Said", "Ludwig van Beek").
NAME_PARTICLES = frozenset(
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
        "ab",
        "ni",
        "nic",
        "binti",
    }
)
# Particles that join a surname in capitals ("DE LA CRUZ", "VAN DER MERWE"); not "DI", "DO",
# "AB", "AP": ranks, roles and blood groups in capitals.
_CAPITAL_PARTICLES = NAME_PARTICLES - {"di", "do", "ab", "ap", "bint", "binti"}
# Words a record calls a person by, before the surname in capitals ("detainee OKONJO").
_RECORD_ROLES = frozenset(
    {
        "detainee",
        "prisoner",
        "dp",
        "suspect",
        "subject",
        "victim",
        "ip",
        "offender",
        "witness",
        "complainant",
        "misper",
        "casualty",
        "deceased",
        "driver",
        "passenger",
        "occupant",
        "nurse",  # "HCP NURSE ADEOLA SEEN DP"
        "name",  # "GIVES NAME SEUN", "name Olamide"
    }
)
# Field labels and headings a person's name fills ("CASE STUDY: JORDAN MILLS").
_PERSON_FIELDS = frozenset(
    {
        "case study",
        "name",
        "full name",
        "subject",
        "person searched",
        "detainee",
        "detained person",
        "young person",
        "yp",
        "dp",
        "ip",
        "child",
        "victim",
        "suspect",
        "misper",
        "re",
        "surname",
        "forename",
        "forenames",
    }
)
# Little words that start a surname only after a title ("Mr St John", "Mr ap Rhys").
_TITLE_PARTICLES = NAME_PARTICLES | {"st"}
_BETWEEN_DASHES = re.compile(
    r"(?m)(?<=\S)[ \t]+[-–—][ \t]+([A-Za-z][a-z'’]{1,19})[ \t]+[-–—](?=[ \t])"
)
_CHAT_LABEL = re.compile(r"(?m)^[ \t]*([a-z][a-z0-9_.'’-]{0,19}):[ \t]+\S")
_NAME_FROM_TEAM = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t-]*([A-Z][a-z]+)(?= from (?:the |our )?(?:[\w&'’-]+ ){0,3}"
    r"(?:team|unit|service|services|department|desk|office|hub|charity|project)\b)"
)
_NICKNAME_BEFORE_REAL = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s*\((?:real\s+name|aka|a\.k\.a\.?|real\s+name\s+is)\b",
)
_LETTER_COMPOUND = re.compile(r"(?<![\w-])[A-Z]{1,2}-[A-Z][a-z]{1,12}(?![\w-])")
_GAELIC_SURNAME = re.compile(
    r"\b(?:Mac|Mic|Nic|Mhic|Ó|Ní|Uí|Ua)\s+(?:(?:an|na|a['’])\s+)?(?:t|h|n|bh|mh|g)?[A-ZÁÉÍÓÚ][\w'’-]+"
)


# A letter the text declares as a person's stand-in, then used bare: "child X (referred to as
# R in these minutes)", "known as 'B' in this report". invalid: "known as B12" (no letter alone).
_LETTER_ALIAS = re.compile(
    r"\b(?i:referred\s+to\s+as|known\s+as|called|named|hereafter|hereinafter|anonymised\s+as)"
    r"\s+[\"'‘“]?([A-Z])[\"'’”]?(?=[\s,;)])"
    r"(?=[\"'’”]?\s*(?:[,;)]|in\s+(?:this|these|the)\b|for\s+(?:this|these|the)\b"
    r"|throughout\b|below\b|hereafter\b))",
)
# Initials at the start of a minutes line that own an action, a role in brackets allowed:
# valid "- CM to feed back", "JvdB to arrange", "AK/RT to meet", "2. JS (social worker) to
# arrange", "Actions: DW to chase"; invalid "- Kyle to attend" (a name: the gazetteer's).
_INITIALS = re.compile(r"[A-Z][a-z]{0,3}[A-Z](?:[a-z]{0,3}[A-Z]){0,2}")
_ACTION_INITIALS = re.compile(
    r"(?m)^[ \t]*(?:[-–•*]|\d{1,2}[.)]|(?i:actions?)[ \t]*[:\-–]?)?[ \t]*"
    rf"((?:{_INITIALS.pattern})(?:[ \t]*(?:/|&|,|and)[ \t]*{_INITIALS.pattern})*)"
    r"(?=(?:[ \t]*\([A-Za-z][A-Za-z &/'’-]{1,40}\))?[ \t]+(?:to|will)[ \t]+[a-z])"
)
# An attendee line: capitalised words, a dash, then a role. valid "Tamil Selvi Arumugam - DSL,
# Kingsmere School", "Dr Sunita Raman - paediatrician"; invalid "ACTIONS - AGREED" (capitals).
_ATTENDEE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-•*][ \t]*)?((?:[A-Z][\w'’.-]*[ \t]+){1,4}[A-Z][\w'’-]+)[ \t]+[-–—][ \t]+\S"
)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# The writer's own name in brackets after "me": valid "who was there: me (amber), sgt keane",
# "me (Tash, TIP)"; invalid "me (tip)" (a role), "me (again)" (an English word, checked below).
_ME_BRACKET = re.compile(r"\b[Mm]e[ \t]*\([ \t]*([A-Za-z][a-z'’-]{1,19})[ \t]*(?=[),])")
# One or two initials before a surname in capitals: valid "M J OKONJO", "R. T. ADEYEMI",
# "K O'NEILL"; invalid "A BMW" (checked: an acronym is no name), "I SAW" (an English word).
_INITIALS_CAPITALS = re.compile(
    r"(?<![\w.'’-])((?:[A-Z]\.?[ \t]){1,2})([A-Z]{3,}(?:['’-][A-Z]+)*)(?![\w'’-])"
)
# A surname in capitals first, then a comma and the given names, in a person's field: valid
# "DETAINED PERSON: KING, Tyrell Marcus", "Name: STREET, Amy", "NAME: MOLDOVAN,
# Florin-Alexandru", "DETAINEE: MAJOR, DELROY WINSTON"; invalid "Name: NOT GIVEN".
_SURNAME_FIRST_FIELD = re.compile(
    r"\b(?i:detained[ \t]+person|detainee|full[ \t]+name|name|subject|person[ \t]+searched"
    r"|surname|victim|suspect|misper|casualty|dp|ip|yp)[ \t]*:[ \t]*"
    r"([A-Z][A-Z'’-]+),[ \t]*(?=[A-Z][A-Za-z])"
)
# A people field of minutes, its names listed: valid "Apologies: Autumn Price (CAMHS)",
# "Present: Rose Street, Will Baker (SW)"; invalid "Present: Children's Services".
_PEOPLE_FIELD = re.compile(
    r"(?im)^[ \t]*(?:apologies|present|attendees|attending|in[ \t]+attendance|chair|minutes"
    r"|minute[ \t]+taker|note[ \t]+taker)[ \t]*:[ \t]*([^\n]+)"
)
_LISTED_PERSON = re.compile(r"(?:[A-Z][a-z'’.-]*[ \t]+){1,3}[A-Z][a-z'’-]+(?=[ \t]*(?:[(,;]|$))")

# A lone capital after a title, where the letter stands for the person: valid "PC W: right",
# "PC S = PC 880 Storm Akinola", "Miss D said", "Mr K's"; invalid "PC W Greenaway" (an
# initial before a surname: the run takes it), "PC A&E", "DC I." (the pronoun).
_TITLED_LETTER = re.compile(
    r"(?<![\w-])([A-Z][A-Za-z]{1,4})\.?[ \t]+([A-HJ-Z])"
    r"(?=[ \t]*[:=,;)]|[ \t]*$|[ \t]+[a-z]|['’]s\b)",
    re.MULTILINE,
)

# The words in brackets right after a rank and number: valid "PC 3301 (J S Flanagan)",
# "pc 1098 (mo)"; invalid "PC 4521 (driver, 2 yrs in)" (too long, a comma).
_AFTER_OFFICER = re.compile(
    r"(?i)\b(?:pc|pcso|dc|ds|ps|sgt|insp|spc|sc)\.?[ \t]?\d{3,6}[ \t]*\("
    r"([a-z][a-z'’.-]*(?:[ \t]+[a-z][a-z'’.-]*){0,3})\)"
)
# "the Bakers": a capitalised plural after "the", no capitalised word after it.
_FAMILY_PLURAL = re.compile(r"(?<=\b[Tt]he )[A-Z][a-z]{2,}s\b(?!['’]?[ \t]+[A-Z])")


# Before a quoted nickname: a list of people or an owner ('incl. "Major" and "Snipes"',
# 'belonged to "Scooby"'); the quoted words must still be capitalised and no service words.
# Rules whose lead words said a name follows: clean_people keeps their ordinary words.
EXPLICIT_NAME_SOURCE = "ExplicitNameRule"


def explicit_person(start: int, end: int) -> RecognizerResult:
    """A person the text's own words declare (a field, a list, a speaker label): one score and
    source for every rule that adds such a name, so later steps treat them alike."""
    return RecognizerResult(
        "PERSON", start, end, 0.86, recognition_metadata={"recognizer_name": EXPLICIT_NAME_SOURCE}
    )


# Metadata key of a name the text itself declares: a person's field ("NAME: MOLDOVAN,
# Florin") or a quoted nickname given to a person ('a man called "Gaffer"'): the allow list's
# nationality, role or word ("Moldovan", "King", "Gaffer") does not take it back.
FIELD_NAME = "person_field"
# People a quoted nickname is given to: 'a man called "Gaffer"', 'someone known as "Boss"'.
_NAMED_PEOPLE = frozenset(
    {
        *("someone", "somebody", "man", "woman", "lad", "boy", "girl", "guy", "bloke", "male"),
        *("female", "person", "youth", "kid", "lady", "dealer", "fella", "geezer", "character"),
        *("teenager", "friend", "mate", "associate", "individual", "cousin", "contact"),
    }
)
_LIST_OR_OWNER_WORDS = frozenset({"and", "&", "or", "incl", "incl.", "including", "to", "with"})
# Two words before a quoted name that give it, last word first: 'known as "X"', 'his name
# was "X"', 'goes by "X"', 'contact with "X"', 'saved as "X"'.
_NAMING_PAIRS = frozenset(
    {
        ("as", "known"),
        ("as", "knew"),
        ("as", "saved"),
        ("with", "contact"),
        ("was", "name"),
        ("is", "name"),
        ("are", "names"),
        ("by", "goes"),
        ("by", "went"),
    }
)
# Adverbs inside a naming phrase: 'known only as "X"', 'known locally as', 'goes simply by'.
_NAMING_ADVERBS = frozenset({"only", "simply", "just", "locally", "mainly", "mostly", "also"})
# Words just before a quoted name, or before "him"/"her" and the name, that give it:
# 'nicknamed "tank"', 'everyone calls him "tank"'.
_NAMING_LEADS = frozenset({"called", "calls", "call", "named", "nicknamed", "aka"})
# An owner before a relation before a quoted nickname: 'his mate "Gringo"', 'her cousin "Tee"'.
_OWNERS = frozenset({"his", "her", "their", "my", "your", "our", "a", "the", "mum's", "dad's"})
# Labels and self-naming phrases that give the quoted words after them as a name, whole: an
# alias keeps its kin word or rank ('calling himself "Uncle Karwan"', 'Aka: "Sarge"').
_ALIAS_LABELS = frozenset({"aka", "a.k.a", "a.k.a.", "alias", "aliases"})
_SELF_WORDS = frozenset({"himself", "herself", "themselves", "themself"})
_SELF_NAMING_VERBS = frozenset({"calling", "calls", "called", "call", "naming", "names", "named"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "everyone", "people", "kids"})


def letter_aliases(text: str) -> list[tuple[int, int]]:
    """A single capital letter the text declares as a person's stand-in, and every bare use
    of it: "child X (referred to as R in these minutes) ... R was in his bedroom"."""
    return bare_letter_spans(text, {m.group(1) for m in _LETTER_ALIAS.finditer(text)})


def bare_letter_spans(text: str, letters: set[str]) -> list[tuple[int, int]]:
    """Every bare use of capital letters that stand for people: "K told us", "about Y yet";
    not "K-Dog", "K.", "B12", "A/B" (part of a word or a code), never "I" or "A"."""
    found = []
    for letter in letters - {"I", "A"}:  # the pronoun and the article: too common to follow
        bare = re.compile(rf"(?<![\w.'’&/-]){letter}(?![\w'’&/-]|\.\w)")
        found += [m.span() for m in bare.finditer(text)]
    return found


def _is_name_word(token: Token) -> bool:
    """Could be an unlisted name after a title ("mrs faadumo"): a letters-only non-verb."""
    return (
        token.text.isalpha()
        and token.pos_ in {"PROPN", "NOUN", "X"}
        and token.text.lower() not in STOP_WORDS
    )


@lru_cache(maxsize=65_536)  # called for every token many times over; words repeat
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
    text = path.read_text(encoding="utf-8")
    if text.isascii():  # fold is casefold on ASCII: the whole file at once (50,000 lines)
        lines = text.casefold().splitlines()
        return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
    # Most lines of a list with accents are ASCII too: those are folded together, as above.
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    plain = "\n".join(w for w in words if w.isascii()).casefold().split("\n")
    return frozenset(plain) - {""} | frozenset(fold(w) for w in words if not w.isascii())


class NameLists:
    """The name gazetteers and the rules of names.yml, loaded once."""

    def __init__(self, base: Path | None = None) -> None:
        base = base or rules_dir() / "pii"
        self.first = read_word_list(base / "first_names.txt")
        self.last = read_word_list(base / "surnames.txt")
        self.words = read_word_list(base / "name_words.txt")  # names that are also words
        self.common = read_word_list(base / "common_words.txt")  # ordinary English words
        conf = read_word_lists(
            base / "names.yml",
            (
                "titles",
                "not_names",
                "lower_case_name_before",
                "name_before_verbs",
                "name_after_words",
                "hyphen_prefixes",
                "hyphen_particles",
                "generic_words",
                "duty_posts",
                "role_title_heads",
                "kin_words",
                "bracket_roles",
                "letter_compounds",
                "nickname_prefixes",
                "sign_off_words",
            ),
        )
        self.nickname_prefixes = frozenset(conf["nickname_prefixes"])  # as written: "Big"
        self.sign_off_words = frozenset(fold(w) for w in conf["sign_off_words"])
        self.letter_compounds = frozenset(fold(w) for w in conf["letter_compounds"])
        self.role_title_heads = frozenset(fold(w) for w in conf["role_title_heads"])
        self.duty_posts = frozenset(fold(w) for w in conf["duty_posts"])
        self.kin_words = frozenset(fold(w) for w in conf["kin_words"])
        self.bracket_roles = frozenset(fold(w) for w in conf["bracket_roles"])
        self.titles = frozenset(fold(w) for w in conf["titles"])
        self.not_names = frozenset(fold(w) for w in conf["not_names"]) | {
            w for w in STOP_WORDS if w not in self.words
        }
        self.lower_before = frozenset(fold(w) for w in conf["lower_case_name_before"])
        self.verbs_after = frozenset(fold(w) for w in conf["name_before_verbs"])
        self.after_words = frozenset(fold(w) for w in conf["name_after_words"])
        self.hyphen_prefixes = frozenset(fold(w) for w in conf["hyphen_prefixes"])
        self.hyphen_particles = frozenset(fold(w) for w in conf["hyphen_particles"])
        self.generic = frozenset(fold(w) for w in conf["generic_words"])
        # Unions the passes ask about per token, built once here rather than at each question.
        self.generic_titles_not_names = self.generic | self.titles | self.not_names
        self.titles_not_names_roles = self.titles | self.not_names | self.bracket_roles
        self.after_or_kin = self.after_words | self.kin_words
        self.after_or_lower_before = self.after_words | self.lower_before
        self.titles_or_generic = self.titles | self.generic
        self.role_words = (
            self.titles | self.after_words | self.role_title_heads | self.bracket_roles
        )
        self.role_or_kin = self.role_words | self.kin_words
        self.verbs_after_speech = _SPEECH_VERBS | self.verbs_after
        self.verbs_after_person = _SPEECH_VERBS | _PERSON_VERBS | self.verbs_after
        self.object_verbs_or_lower_before = _PERSON_OBJECT_VERBS | self.lower_before

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
            and key not in self.generic  # "Hypervigilance", "Foodbank"
        )

    def is_name(self, word: str) -> bool:
        key = fold(word)
        return (key in self.first or key in self.last) and key not in self.not_names


# A person's initials given as their name: valid "KB", "JMT"; invalid "Kb", "K", "KBMT".
_INITIALS_ALIAS = re.compile(r"[A-Z]{2,3}")
_VOWELS = frozenset("aeiouy")


def initials_alias(value: str, lists: NameLists) -> bool:
    """Capitals a person goes by ("KB", "JMT") whose lower-case form is no English word:
    notes repeat them in lower case anywhere ("praise for kb"). valid "KB", "TJ" (no vowel),
    "JMT"; invalid "ED", "AM" (a word or name), "PC", "DP" (a rank or role's letters)."""
    if not _INITIALS_ALIAS.fullmatch(value):
        return False
    key = fold(value)
    if key in STOP_WORDS or key in lists.words or key in lists.generic_titles_not_names:
        return False
    if key in lists.role_or_kin or key in lists.first:
        return False
    return not (_VOWELS & set(key)) or not lists.is_common(key)


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


# A lower-case word between one of these and one of _PERSON_VERBS is a person ("where jade
# lives"); the verbs need a person as their subject, so "where hope lies" stays.
_CLAUSE_OPENERS = frozenset({"where", "when", "cos", "coz", "cuz", "because", "until", "once"})
_PERSON_VERBS = frozenset(
    {
        "lives",
        "lived",
        "stays",
        "stayed",
        "works",
        "worked",
        "sleeps",
        "slept",
        "said",
        "says",
        "told",
        "texted",
        "rang",
        "phoned",
        "messaged",
        "knows",
        "knew",
        "wants",
        "wanted",
        "thinks",
        "thought",
        "goes",
        "went",
        "hangs",
        "dealt",
        "deals",
        "shouted",
    }
)
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
# Possessives that open a kin or role after "is": "gabe is my cousin", "kez was her mate".
_OWNERS = frozenset({"my", "her", "his", "their", "our", "your", "ur"})
# States only a person is in after "is"/"was": "(autumn is booked in", "hope was arrested".
_PERSON_STATES = frozenset(
    {
        "booked",
        "arrested",
        "detained",
        "bailed",
        "released",
        "charged",
        "remanded",
        "interviewed",
        "referred",
        "discharged",
        "sectioned",
        "excluded",
        "cautioned",
        "sentenced",
        "convicted",
        "rostered",
    }
)
# Titles a letter standing for a person follows: "Miss D", "Mr K"; not "PC A" (a rank).
_COURTESY_TITLES = frozenset({"mr", "mrs", "miss", "ms", "mx"})
# Seasons take a verb of coming and going like a person: "summer came", "spring began".
_SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
# Verbs a season or a thing can take as well as a person: "summer came", "hope was".
_LIGHT_VERBS = frozenset({"is", "was", "has", "had", "did", "does", "came", "went"})
# Verbs whose object is then told to act: "ask fi to add", "told kez to ring".
_ASKING_VERBS = frozenset({"ask", "asked", "tell", "told", "remind", "reminded"})
# Verbs a thing does as readily as a person, so no sign of one: "05:10 rain starts".
_PROCESS_VERBS = frozenset(
    {"starts", "started", "stops", "stopped", "begins", "began", "ends", "ended", "continues"}
    | {"continued", "falls", "fell", "eases", "eased", "gets", "got", "comes", "goes"}
)
# Words that open a new clause in a note, its subject next: "then ranjit came out".
_THEN_WORDS = frozenset({"then", "and", "but", "so", "while", "whilst", "after", "before"})
# A clock time before a word in a log: "0:22 makuach", "04:12 kwabena", "2310hrs tash".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\d{4}(?:hrs?)?")
# Words before a quoted capital letter that make it a label, not a person: "plan "B"".
_LETTER_LABELS = frozenset(
    {
        "plan",
        "grade",
        "letter",
        "size",
        "category",
        "class",
        "section",
        "form",
        "type",
        "level",
        "part",
        "block",
        "wing",
        "cell",
        "option",
        "appendix",
        "annex",
        "list",
        "tier",
        "group",
    }
)


def _quoted_alone(doc, token: Token) -> bool:  # noqa: ANN001
    """The word alone in quotes, as a nickname is given: 'known as "Rich" or "Richie"'."""
    i = token.i
    return 0 < i < len(doc) - 1 and doc[i - 1].text in _QUOTES and doc[i + 1].text in _QUOTES


def _quoted_initial(doc, token: Token) -> bool:  # noqa: ANN001
    """A capital letter alone in quotes used for a person: 'CASE STUDY: "R"'; not 'plan "B"'."""
    if not (len(token.text) == 1 and token.text.isupper() and _quoted_alone(doc, token)):
        return False
    before = doc[token.i - 2].text.lower() if token.i > 1 else ""
    return before not in _LETTER_LABELS and token.text not in {"I", "A"}


def _verb_after_clock(token: Token) -> bool:
    """A verb of the present or past after a log line's subject: "pulls", "crouches"; the
    tagger reads some as plural nouns ("03:00 harris radios for", "12:04 grace reassures")."""
    if token.tag_ in {"VBD", "VBZ"}:
        return True
    return token.tag_ == "NNS" and token.text.isalpha() and token.text.islower()


def _proper_prefixes(names: set[str]) -> dict[str, list[str]]:
    """Each name under every prefix of two letters or more that is shorter than it: "kirsty"
    under "ki", "kir", ..., "kirst" (the clipped forms _clipped looks for)."""
    longer: dict[str, list[str]] = {}
    for name in names:
        for end in range(2, len(name)):
            longer.setdefault(name[:end], []).append(name)
    return longer


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
        # The spaCy Doc read once into plain records every pass below shares (token_table)
        doc = doc_tokens(nlp_artifacts.tokens, text)
        ner_people = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
        other_ents = {t.i for ent in doc.ents if ent.label_ in _NOT_PEOPLE_LABELS for t in ent}
        hyphen_names = self._hyphenated_given_names(doc)
        listed = [self._is_name(doc, t, ner_people) for t in doc]  # once per token
        flags = [
            is_name
            # a capital first (what _is_unknown_capitalised asks first, and most words fail)
            or (t.text[:1].isupper() and self._is_unknown_capitalised(t, other_ents))
            or t.i in hyphen_names
            for is_name, t in zip(listed, doc, strict=True)
        ]
        unknown = [f and not is_name for f, is_name in zip(flags, listed, strict=True)]
        for i in self._lower_mentions(doc, flags, unknown, ner_people):
            flags[i] = True
        for t in reversed(doc[:-2]):  # "kirst and jas (sgt)": an unknown word joined to a name
            if (
                not flags[t.i]
                and t.text.islower()
                and t.text.isalpha()
                and len(t.text) > 1
                and doc[t.i + 1].text.lower() in {"and", "&"}
                and flags[t.i + 2]
                and doc[t.i + 2].text.islower()
                and self.lists.is_unknown_word(t.text, t.lemma_)
            ):
                flags[t.i] = True
        # "in shirley", "the abbey estate", "st mary's newport": a lower-case place or
        # organisation the place recognizer reports; its words are not names here.
        for start, end, _ in lower_case_shapes().find(text):
            for t in doc.char_span(start, end, alignment_mode="expand") or ():
                if t.text.islower():
                    flags[t.i] = False
        results = []
        i = 0
        while i < len(doc):
            if not flags[i]:
                i += 1
                continue
            start = end = i
            # "detainee tyrese mcallister-nwosu": an unlisted lower-case given name before a
            # lower-case surname (no English word, no little word, no role)
            while (
                start > 0
                and doc[start].text.islower()
                and doc[start - 1].text.isalpha()
                and doc[start - 1].text.islower()
                and len(doc[start - 1].text) > 2
                and self.lists.is_unknown_word(doc[start - 1].text, doc[start - 1].lemma_)
                and fold(doc[start - 1].text) not in self.lists.generic
                and not flags[start - 1]
            ):
                start -= 1
            # "Mr ap Rhys", "Ms de la Cruz", "Mr St John": particles between a title and a name
            first = start
            while first > 0 and fold(doc[first - 1].text) in _TITLE_PARTICLES:
                first -= 1
            if 0 < first < start and fold(doc[first - 1].text.rstrip(".")) in self.lists.titles:
                start = first
            # "detainee DE LA CRUZ", "MAC AN BHAIRD": particles in capitals before a surname
            # in capitals, as custody records write one (not "DI JONES": a rank)
            first = start
            while (
                first > 0
                and doc[first].text.isupper()
                and doc[first - 1].text.isupper()
                and doc[first - 1].text.isalpha()
                and (
                    fold(doc[first - 1].text) in _CAPITAL_PARTICLES
                    or (
                        fold(doc[first - 1].text) in {"an", "na"}
                        and first > 1
                        and fold(doc[first - 2].text) in {"mac", "mhic", "nic"}
                    )
                )
            ):
                first -= 1
            if _shape(doc[start].text) == "upper":
                start = first
            # "pc m. hussain", "K. wójcik": an initial just before the name
            # "Signed: F Davies": a bare capital (_bare_initial)
            if start > 0 and (
                _INITIAL_DOT.fullmatch(doc[start - 1].text)
                or _bare_initial(doc[start - 1], self.lists)
            ):
                start -= 1
            # "Kyle O'Brien", "Mary-Jane", "Abdi Hassan Farah": consecutive name words.
            while end + 1 < len(doc) and (
                flags[end + 1]
                or (
                    fold(doc[end + 1].text) in NAME_PARTICLES
                    and end + 2 < len(doc)
                    and flags[end + 2]
                )
                or (  # "NGUYEN VAN AN": a particle, then a short given name ends the run
                    _shape(doc[end].text) == "upper"
                    and end + 2 < len(doc)
                    and doc[end + 1].text.isupper()
                    and fold(doc[end + 1].text) in _CAPITAL_PARTICLES
                    and self._short_capital_close(doc, end + 2)
                )
                or (  # the short given name after the particle taken above
                    end > start
                    and doc[end].text.isupper()
                    and fold(doc[end].text) in _CAPITAL_PARTICLES
                    and self._short_capital_close(doc, end + 1)
                )
                or (  # "kai-jordan pereira": listed words joined to a name in lower case
                    doc[end + 1].text.islower()
                    and self.lists.is_name(doc[end + 1].text)
                    and fold(doc[end + 1].text) not in self.lists.words
                    and doc[end].text.islower()
                )
                or (  # "O'ROURKE-PIEKARSKI", "mcallister-nwosu": the whole compound
                    doc[end + 1].text in _NAME_JOINERS
                    and not doc[end].whitespace_
                    and not doc[end + 1].whitespace_
                    and end + 2 < len(doc)
                    and doc[end + 2].text.isalpha()
                    and (
                        self.lists.is_name(doc[end + 2].text)
                        or fold(doc[end + 2].text) not in self.lists.hyphen_particles
                    )
                )
                or (  # the word after a joiner taken above
                    end > start
                    and doc[end].text in _NAME_JOINERS
                    and not doc[end].whitespace_
                    and doc[end + 1].text.isalpha()
                )
                or (  # "dawn fairweather": an unlisted lower-case surname that is no word
                    doc[end + 1].text.islower()
                    and doc[end].text.islower()
                    and doc[end + 1].text.isalpha()
                    and len(doc[end + 1].text) > 2
                    and self.lists.is_unknown_word(doc[end + 1].text, doc[end + 1].lemma_)
                )
                or (  # "may lin": a lower-case surname that is no English word
                    doc[end + 1].text.islower()
                    and doc[end].text.islower()
                    and fold(doc[end + 1].text) in self.lists.last
                    and not self.lists.is_common(doc[end + 1].text)
                    and fold(doc[end + 1].text) not in self.lists.not_names
                )
                or (  # "Nghệ An", "Nguyen Thi An": a capitalised little word inside a name
                    _shape(doc[end + 1].text) == "title"
                    and not doc[end + 1].text.isupper()
                    and doc[end + 1].text.isalpha()
                    and len(doc[end + 1].text) <= 3
                    and doc[end + 1].text.lower() in STOP_WORDS
                    and doc[end + 1].text not in {"I", "A"}
                    and not _starts_sentence(doc[end + 1])
                    and _shape(doc[end].text) == "title"
                )
                or (  # "Dariusz Zielonka": a listed first name, then an unlisted surname
                    fold(doc[end].text) in self.lists.first
                    and _shape(doc[end].text) == "title"
                    and _shape(doc[end + 1].text) == "title"
                    and doc[end + 1].text.isalpha()
                    and fold(doc[end + 1].text) not in self.lists.not_names
                    and not _starts_sentence(doc[end + 1])
                )
                or (  # "Agata JANKOWSKA", "Tyrese GRANT": a given name, then a capitals surname
                    _shape(doc[end].text) == "title"
                    and fold(doc[end].text) in self.lists.first
                    and _shape(doc[end + 1].text) == "upper"
                    and doc[end + 1].text.isalpha()
                    and len(doc[end + 1].text) > 2
                    and fold(doc[end + 1].text) not in self.lists.not_names
                    and fold(doc[end + 1].text) not in self.lists.titles
                    and (
                        self.lists.is_name(doc[end + 1].text)
                        or self.lists.is_unknown_word(doc[end + 1].text)
                    )
                )
                or (  # "Hyun-woo Park": a capitalised word after a hyphenated given name
                    end in hyphen_names
                    and _shape(doc[end + 1].text) == "title"
                    and doc[end + 1].text.isalpha()
                    and not _starts_sentence(doc[end + 1])
                )
                or (  # "daisy-mae pike": a listed surname after a hyphenated given name
                    end in hyphen_names
                    and doc[end].text.islower()
                    and doc[end + 1].text.isalpha()
                    and doc[end + 1].text.islower()
                    and fold(doc[end + 1].text) in self.lists.last
                    and fold(doc[end + 1].text) not in self.lists.not_names
                    and doc[end + 1].pos_ not in _VERB_POS
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
        results.extend(self._nicknamed(doc))
        results.extend(self._quoted_nicknames(doc))
        results.extend(nickname_short_forms(doc, self.lists))
        results.extend(sign_off_initials(doc, self.lists))
        surnames_first = self._surnames_first(text)
        if surnames_first:  # the same span found by a flag would win Presidio's de-duplication
            taken = {(r.start, r.end) for r in surnames_first}
            results = [r for r in results if (r.start, r.end) not in taken] + surnames_first
        results.extend(
            RecognizerResult("PERSON", start, end, 0.86) for start, end in self._shaped(text)
        )
        return results

    @staticmethod
    def _short_capital_close(doc, i: int) -> bool:  # noqa: ANN001
        """A short word in capitals that ends a run of capitals: "AN" in "NGUYEN VAN AN (",
        not "AN" in "VAN AN OFFICER"."""
        word = doc[i].text
        return (
            word.isupper()
            and word.isalpha()
            and 2 <= len(word) <= 4
            and (i + 1 >= len(doc) or not doc[i + 1].text.isupper())
        )

    def _name_like(self, word: str) -> bool:
        """A word that may be a name when its place says so: listed, or no English word."""
        key = fold(word)
        return (
            self.lists.is_name(word) or self.lists.is_unknown_word(word)
        ) and key not in self.lists.generic_titles_not_names

    def _shaped(self, text: str) -> list[tuple[int, int]]:
        """Names shown by the layout of a note rather than by the words round them."""
        found = []
        # "bwv review - meena - for PS X": one word alone between dashes (a note's author)
        for m in _BETWEEN_DASHES.finditer(text):
            word = m.group(1)  # "s&s - foot - Winnall": an English word is the note's subject
            if self._name_like(word) and (
                not self.lists.is_common(word) or fold(word) in self.lists.first
            ):
                found.append(m.span(1))
        # "tj: bro we still going" / "sandy: ye after": speaker labels of a pasted chat
        labels = list(_CHAT_LABEL.finditer(text))
        for k, m in enumerate(labels):
            block = [
                o
                for o in labels[max(0, k - 3) : k + 4]
                if abs(text.count("\n", 0, o.start()) - text.count("\n", 0, m.start())) <= 3
            ]
            names = {fold(o.group(1)) for o in block}
            # every label a name: form fields ("grounds:", "outcome:") are no chat
            if len(block) >= 2 and len(names) >= 2 and all(self._name_like(n) for n in names):
                found.append(m.span(1))
        # "Will from the welfare team": a listed first name opening a sentence
        for m in _NAME_FROM_TEAM.finditer(text):
            if fold(m.group(1)) in self.lists.first:
                found.append(m.span(1))
        # "Little T (real name ...)": the nickname given before the real name
        found += [m.span(1) for m in _NICKNAME_BEFORE_REAL.finditer(text)]
        # "K-Dog said": a letter joined to a capitalised word, a street name
        found += [
            m.span()
            for m in _LETTER_COMPOUND.finditer(text)
            if fold(m.group()) not in self.lists.letter_compounds
        ]
        # "Sgt 1620 Mac an tSaoir", "Ó Briain", "Ní Bhriain": Irish and Scots particles
        found += [m.span() for m in _GAELIC_SURNAME.finditer(text)]
        found += self._minutes_names(text)
        found += self._written_names(text)
        # "PC W: right, everyone calm down": a title and a letter; propagation finds the rest
        found += [
            m.span(2)
            for m in _TITLED_LETTER.finditer(text)
            if fold(m.group(1)) in self.lists.titles
        ]
        return found

    def _written_names(self, text: str) -> list[tuple[int, int]]:
        """Names a note's wording gives: the writer "me (amber)", initials before a capitals
        surname "M J OKONJO", the names listed after "Apologies:" or "Present:"."""
        lists = self.lists
        found = []
        for m in _ME_BRACKET.finditer(text):
            word = m.group(1)
            if fold(word) not in lists.role_or_kin and (
                lists.is_name(word) or lists.is_unknown_word(word)
            ):
                found.append(m.span(1))
        for m in _INITIALS_CAPITALS.finditer(text):
            initials, word = m.group(1), m.group(2)
            parts = [p for p in _NAME_PARTS.split(word) if p]
            if initials.strip(" .\t") in {"A", "I"} or fold(word) in lists.generic_titles_not_names:
                continue
            if not lists.is_common(word) and any(
                len(p) > 3 and (lists.is_name(p) or lists.is_unknown_word(p)) for p in parts
            ):
                found.append(m.span())
        if ":" in text:
            for m in _PEOPLE_FIELD.finditer(text):
                for item in _LISTED_PERSON.finditer(m.group(1)):
                    words = item.group().split()
                    while words and fold(words[0].rstrip(".")) in lists.titles:
                        words = words[1:]
                    keys = [fold(_POSSESSIVE_END.sub("", w)) for w in words]
                    if (
                        len(words) >= 2
                        and not any(k in lists.generic_titles_not_names for k in keys)
                        and any(lists.is_name(w) for w in words)
                    ):
                        end = m.start(1) + item.end()
                        found.append((end - len(" ".join(words)), end))
        return found

    def _surnames_first(self, text: str) -> list[RecognizerResult]:
        """A surname in capitals before a comma and given names in a person's field: "KING,
        Tyrell Marcus"; the field says it is a name, so a word ("KING") stays one."""
        return [
            RecognizerResult(
                "PERSON",
                *m.span(1),
                0.86,
                recognition_metadata={"recognizer_name": EXPLICIT_NAME_SOURCE, FIELD_NAME: True},
            )
            for m in _SURNAME_FIRST_FIELD.finditer(text)
        ]

    def _minutes_names(self, text: str) -> list[tuple[int, int]]:
        """Names that minutes, attendee lists and officer lines show by their layout."""
        return (
            letter_aliases(text)
            + self._action_initials(text)
            + self._attendee_names(text)
            + self._bracketed_after_officer(text)
            + self._family_plurals(text)
        )

    def _action_initials(self, text: str) -> list[tuple[int, int]]:
        """Initials that own an action in minutes: "- CM to feed back", "JvdB to arrange",
        "AK/RT to meet"; not "- GP to review" (a service) nor "- DS to attend" (a rank)."""
        found = []
        for m in _ACTION_INITIALS.finditer(text):
            for initials in _INITIALS.finditer(m.group(1)):
                key = fold(initials.group())
                if key in self.lists.titles_not_names_roles:
                    continue
                if key in self.lists.generic:
                    continue
                found.append((m.start(1) + initials.start(), m.start(1) + initials.end()))
        return found

    def _attendee_names(self, text: str) -> list[tuple[int, int]]:
        """A line that opens with a capitalised name and then a dash and a role, as attendee
        lists give them: "Tamil Selvi Arumugam - DSL, X School" (a name that starts with a
        language word), "Dr Sunita Raman - paediatrician"; not "Royal Solent Infirmary - A&E"
        nor "Children's Services - referral" (place and service words)."""
        found = []
        for m in _ATTENDEE_LINE.finditer(text):
            words = list(re.finditer(r"[^\s]+", m.group(1)))
            while words and fold(words[0].group().rstrip(".")) in self.lists.titles:
                words = words[1:]
            if len(words) < 2 or any(w.group().isupper() for w in words):
                continue
            keys = [fold(_POSSESSIVE_END.sub("", w.group())) for w in words]
            if any(
                k in self.lists.not_names or k in self.lists.generic or k in self.lists.titles
                for k in keys
            ):
                continue
            if not any(self.lists.is_name(w.group()) for w in words):
                continue
            found.append((m.start(1) + words[0].start(), m.start(1) + words[-1].end()))
        return found

    def _bracketed_after_officer(self, text: str) -> list[tuple[int, int]]:
        """The name in brackets after a rank and number: "PC 3301 (J S Flanagan)", "pc 1098
        (mo)"; not "PC 4521 (driver)" or "PC 4521 (OIC)" (a role: an English word)."""
        found = []
        for m in _AFTER_OFFICER.finditer(text):
            words = re.findall(r"[A-Za-z][\w'’-]*", m.group(1))
            if not words or any(fold(w) in self.lists.titles_not_names_roles for w in words):
                continue
            if all(
                len(w) == 1 or self.lists.is_name(w) or self.lists.is_unknown_word(w) for w in words
            ):
                found.append(m.span(1))
        return found

    def _family_plurals(self, text: str) -> list[tuple[int, int]]:
        """A family by its surname in the plural: "the Bakers", "the Kowalskis"; not "the
        Police", "the Saints Foundation" (a capitalised word follows)."""
        found = []
        for m in _FAMILY_PLURAL.finditer(text):
            word = m.group()
            stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
            if (
                any(
                    fold(s) in self.lists.last and fold(s) not in self.lists.not_names
                    for s in stems
                )
                and fold(word) not in self.lists.not_names
            ):
                found.append(m.span())
        return found

    def _quoted_nicknames(self, doc) -> list[RecognizerResult]:  # noqa: ANN001
        """A nickname in quotes where a person is named: 'by "Ghost"', 'a lad called "Little
        T"', 'contact with "Chance"', 'his sponsor from AA, "Big Frank"'.

        invalid: 'said "fine"' (no lead), 'by "the back door"' (lower case), 'called "CAMHS
        Duty"' is masked only if a word is no service word.
        """
        found = []
        for q in doc:
            if q.text not in _QUOTES or q.i == 0 or q.i + 2 >= len(doc):
                continue
            close = next(
                (k for k in range(q.i + 2, min(q.i + 5, len(doc))) if doc[k].text in _QUOTES),
                None,
            )
            if close is None:
                continue
            inner = doc[q.i + 1 : close]
            if not all(
                t.text[:1].isupper() and (t.text.isalpha() or t.text.replace("-", "").isalpha())
                for t in inner
            ):
                continue
            given = self._given_to_a_person(doc, q.i)
            if not given and all(
                fold(t.text) in self.lists.generic or fold(t.text) in self.lists.role_words
                for t in inner
            ):
                continue
            if given or self._names_a_person(doc, q.i):
                # its own source: the lead word said a name follows, so ordinary words stay
                # ('owes "BIG MAN"', 'his mate "Tiny"')
                meta = {"recognizer_name": EXPLICIT_NAME_SOURCE}
                if given:  # 'a man called "Gaffer"': a role word given as a name stays masked
                    meta[FIELD_NAME] = True
                found.append(
                    RecognizerResult(
                        "PERSON",
                        inner[0].idx,
                        inner[-1].idx + len(inner[-1]),
                        0.95 if given else 0.86,  # given: wins over a pattern's same span
                        recognition_metadata=meta,
                    )
                )
        return found

    @staticmethod
    def _given_to_a_person(doc, quote: int) -> bool:  # noqa: ANN001
        """A person, a naming verb, then the opening quote: 'a man called "Gaffer"', 'a lad
        known as "Boss"', 'someone nicknamed "Sarge"'. invalid: 'a service called "Duty"' (no
        person), 'the man said "Gaffer"' (no naming verb)."""
        if quote < 2:
            return False
        verb = fold(doc[quote - 1].text)
        person = quote - 2
        if verb in _ALIAS_LABELS or (  # 'Aka: "Sarge"', 'alias "Uncle T"': a label for a name
            verb in {":", "-"} and fold(doc[quote - 2].text).rstrip(".") in _ALIAS_LABELS
        ):
            return True
        if verb in _SELF_WORDS and fold(doc[quote - 2].text) in _SELF_NAMING_VERBS:
            return True  # 'a man calling himself "Uncle Karwan"'
        if verb == "as" and fold(doc[quote - 2].text) == "known":
            person = quote - 3
        elif (
            verb == "as"
            and quote > 2
            and fold(doc[quote - 2].text) in _NAMING_ADVERBS
            and fold(doc[quote - 3].text) == "known"
        ):
            person = quote - 4  # 'a male known only as "Tiny"'
        elif verb not in {"called", "named", "nicknamed"}:
            return False
        elif fold(doc[person].text) in _SUBJECT_PRONOUNS:  # 'a man she called "Uncle Minh"'
            person -= 1
        return person >= 0 and fold(doc[person].text) in _NAMED_PEOPLE

    def _names_a_person(self, doc, quote: int) -> bool:  # noqa: ANN001
        """Words before an opening quote that say a name follows: "by", "called", "named",
        "known as", "contact with", or a relation or role and a comma ("his sponsor, ")."""
        before = fold(doc[quote - 1].text)
        if before in {"by", "called", "named", "nicknamed", "aka", "calls", "call", "owes", "owed"}:
            return True
        if before in _LIST_OR_OWNER_WORDS:  # 'incl. "Major" and "Snipes"', 'belonged to "Scooby"'
            return True
        two = fold(doc[quote - 2].text) if quote > 1 else ""
        if two in _NAMING_ADVERBS and quote > 2:  # 'known only as "Tiny"', 'goes simply by'
            two = fold(doc[quote - 3].text)
        if before in self.lists.after_or_kin and (two in _OWNERS or two in {"'s", "’s"}):
            return True  # 'his mate "Gringo"', 'Dean's mate "Tiny"'
        if (before, two) in _NAMING_PAIRS:  # 'known as', 'his name was "King"', 'goes by'
            return True
        if before == ":" and self._after_person_field(doc, quote):
            return True  # 'Subject: "Ghost"': a person's field holds it
        if before == "(" and two.isalpha() and self.lists.is_name(two):
            return True  # 'brandon ("Bran") Kelleher': a nickname in brackets after a name
        if before == ",":
            window = doc[max(0, quote - 6) : quote - 1]
            relations = self.lists.after_or_kin
            return any(fold(t.text) in relations for t in window)
        return False

    def _nicknamed(self, doc) -> list[RecognizerResult]:  # noqa: ANN001
        """A full name with a nickname in quotes inside: the whole run is the name.

        valid: 'ben "bugsy" haworth', 'Darius "D" Hosseini'; invalid: 'will "help" out' (no
        listed given name before), 'kyle "the boss" said' (no surname after).
        """
        found = []
        for t in doc:
            if not (
                t.text.isalpha()
                and fold(t.text) in self.lists.first
                and fold(t.text) not in self.lists.not_names
                and t.i + 3 < len(doc)
                and doc[t.i + 1].text in _QUOTES
            ):
                continue
            close = next(
                (k for k in range(t.i + 2, min(t.i + 5, len(doc))) if doc[k].text in _QUOTES),
                None,
            )
            if close is None or close == t.i + 2 or close + 1 >= len(doc):
                continue
            last = doc[close + 1]
            word = last.text
            if (
                word.isalpha()
                and len(word) > 1
                and fold(word) not in self.lists.not_names
                and (
                    _MAC_NAME.fullmatch(word)
                    or (fold(word) in self.lists.last and last.pos_ not in _VERB_POS)
                    or self.lists.is_unknown_word(word, last.lemma_)
                )
            ):
                end = last.i
                # "o'driscoll", "smith-jones": the rest of a joined surname
                while (
                    end + 2 < len(doc)
                    and doc[end + 1].text in _NAME_JOINERS
                    and not doc[end].whitespace_
                    and not doc[end + 1].whitespace_
                    and doc[end + 2].text.isalpha()
                ):
                    end += 2
                found.append(RecognizerResult("PERSON", t.idx, doc[end].idx + len(doc[end]), 0.86))
        return found

    def _lower_mentions(
        self,
        doc,  # noqa: ANN001
        flags: list[bool],
        unknown: list[bool],
        ner_people: set[int],
    ) -> list[int]:
        """Lower-case mentions of a name this document uses as a name, in the word's name
        sense: "Grace Kelly-Moore ... obs: grace is at risk", "ivy - said ... ivy went quiet";
        not the ordinary sense: "summer holidays", "a rose bush", "there is hope", "she will".

        A mention counts at a sentence start, before a verb or punctuation, after a name
        position word, or anywhere when the document writes names in lower case.
        """
        names = {
            fold(t.text)
            for t in doc
            if (flags[t.i] and not unknown[t.i]) or t.i in ner_people
            if t.text.isalpha() and len(t.text) > 2
        }
        if not names:
            return []
        lower_doc = any(
            flags[t.i]
            and t.text.islower()
            and len(t.text) > 2
            and self.lists.is_name(t.text)
            and not self.lists.is_common(t.text)
            for t in doc
        )
        longer = _proper_prefixes(names)
        found = []
        for t in doc:
            if flags[t.i] or not t.text.islower():
                continue
            if fold(t.text) not in names and not self._clipped(t, longer):
                continue
            if t.tag_ == "MD" or fold(t.text) in self.lists.not_names:
                continue
            prev = doc[t.i - 1] if t.i > 0 and not _starts_sentence(t) else None
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if prev is not None and (
                prev.pos_ in {"DET", "PRON", "AUX"} or prev.text.lower() in _LEADS_ORDINARY
            ):
                continue  # "the summer", "there is hope", "she will"
            if nxt is not None and nxt.pos_ in {"NOUN", "NUM"} and nxt.text.isalpha():
                continue  # "summer holidays", "rose bush"
            if (
                lower_doc
                or prev is None
                or nxt is None
                or nxt.pos_ in _VERB_POS
                or not nxt.text[0].isalnum()
                or fold(prev.text) in self.lists.after_or_lower_before
            ):
                found.append(t.i)
        return found

    def _clipped(self, token: Token, longer: dict[str, list[str]]) -> bool:
        """A name of this document cut short, as informal notes write it: "kirst" for
        Kirsty, "jas" for Jasmine, "gem" for Gemma; an English word only when it is at least
        half the name ("pat" for Patrick is not taken), never under 3 letters.

        longer: the document's names by each of their proper prefixes (_proper_prefixes)."""
        word = fold(token.text)
        if len(word) < 3 or not word.isalpha() or word in self.lists.not_names:
            return False
        stem = word[:-1]
        cut = longer.get(word, ())
        # a pet form, cut short with a "z" or "s" added: "jordz" for Jordan, "kez" for Kerry
        pet = (
            [n for n in longer.get(stem, ()) if len(n) > len(stem) + 1] if word[-1] in "zs" else []
        )
        if not cut and not pet:
            return False  # no name of the document starts so: the word test is not needed
        unknown = self.lists.is_unknown_word(token.text, token.lemma_)
        if any(unknown or 2 * len(word) >= len(n) for n in cut):
            return True
        return unknown and len(stem) >= 2 and bool(pet)

    def _hyphenated_given_names(self, doc) -> set[int]:  # noqa: ANN001
        """Token indices of short hyphenated given names: "Hyun-woo", "Ji-ho", "Mei-ling".

        Both syllables are short and often ordinary words on their own, so neither list sees
        them. Compounds that start with a prefix ("Mid-July", "Co-op", "Ex-partner") or end in
        a particle ("Set-up", "Lay-by", "Drop-in") are not names.
        valid: "Hyun-woo Park", "with Seo-yeon"; invalid: "Follow-up", "Hi-vis", "Ex-con".
        """
        lists = self.lists

        def plain_name(t: Token) -> bool:  # a listed name word, not a prefix or particle
            key = fold(t.text)
            return (
                key not in lists.not_names
                and key not in lists.hyphen_prefixes
                and key not in lists.hyphen_particles
            )

        found: set[int] = set()
        for i in range(len(doc) - 2):
            first, joiner, second = doc[i], doc[i + 1], doc[i + 2]
            if not (
                joiner.text == "-"
                and not first.whitespace_
                and not joiner.whitespace_
                and first.text.isalpha()
                and second.text.isalpha()
            ):
                continue
            title = _shape(first.text) == "title"
            if (
                (  # "Hyun-woo": two short syllables
                    title
                    and 2 <= len(first.text) <= 5
                    and 2 <= len(second.text) <= 5
                    and fold(first.text) not in lists.hyphen_prefixes
                    and fold(second.text) not in lists.hyphen_particles
                    and fold(first.text) not in lists.not_names
                )
                or (  # "Autumn-Leigh", "Lily-Mae": two listed given names, capitalised
                    title
                    and _shape(second.text) in {"title", "lower"}
                    and all(fold(t.text) in lists.first and plain_name(t) for t in (first, second))
                )
                or (  # "summer-leigh", "daisy-mae": two listed names in lower case
                    first.text.islower()
                    and second.text.islower()
                    and all(lists.is_name(t.text) and plain_name(t) for t in (first, second))
                    and (fold(first.text) in lists.first or fold(second.text) in lists.first)
                    # not "rose-gold", "jack-knife": two English words
                    and not (lists.is_common(first.text) and lists.is_common(second.text))
                )
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
        parts = [p for p in _NAME_PARTS.split(word) if p]
        lemma = token.lemma_ if len(parts) == 1 else ""
        return any(self.lists.is_unknown_word(p, lemma) for p in parts if len(p) > 1) and not any(
            fold(p) in self.lists.not_names for p in parts
        )

    def _is_name(self, doc, token: Token, ner_people: set[int]) -> bool:  # noqa: ANN001
        lists = self.lists
        word = token.text
        shape = _shape(word)
        if shape == "other" and not word.isupper():
            # Punctuation, numbers, "eBay": no test below but the prefix one can hold (the
            # capital-letter tests need word.isupper(), the rest a lower, title or upper shape)
            return (
                _MAC_NAME.fullmatch(word) is not None
                and not lists.is_common(word)
                and fold(word) not in lists.not_names
            )
        # "pc rebecca o'neill"; an unlisted word only after a lower-case title
        # ("mrs faadumo hassan"), not "DP calm".
        if (
            shape == "lower"
            # every test below needs one of these: asked first, as the walk back to a title
            # costs more (its _lower_title is only read after it answers True)
            and (
                lists.is_name(word)
                or _is_name_word(token)
                or lists.is_unknown_word(word, token.lemma_)
            )
            and self._after_title(doc, token)
            and (
                (lists.is_name(word) and fold(word) not in lists.words)
                or (  # "dc fairclough", "mrs faadumo"; not "dp tearful" (a feeling)
                    (_is_name_word(token) or lists.is_unknown_word(word, token.lemma_))
                    and fold(word) not in lists.not_names
                    and fold(word) not in lists.generic
                    and self._lower_title
                )
                or (  # "pc will ashdown": a name word, then a lower-case word that is no word
                    lists.is_name(word)
                    and token.i + 1 < len(doc)
                    and doc[token.i + 1].text.isalpha()
                    and doc[token.i + 1].text.islower()
                    and len(doc[token.i + 1].text) > 2
                    and lists.is_unknown_word(doc[token.i + 1].text, doc[token.i + 1].lemma_)
                )
                or (  # "pc will (pc 5098 williams)": the officer's rank and number follow
                    lists.is_name(word) and self._rank_number_in_bracket(doc, token)
                )
                or (  # "pc 2775 dan hope": listed name words after a rank and a number
                    lists.is_name(word) and self._after_rank_number(doc, token)
                )
                or (  # "pc 4480 may lin": a name word, then a surname that is no word
                    lists.is_name(word)
                    and token.i + 1 < len(doc)
                    and fold(doc[token.i + 1].text) in lists.last
                    and not lists.is_common(doc[token.i + 1].text)
                )
            )
        ):
            return True
        if (
            _MAC_NAME.fullmatch(word)
            and not lists.is_common(word)
            and fold(word) not in lists.not_names
        ):
            return True  # "mcallister", "MCGUIRE", "O'Driscoll": the prefix says surname
        if shape == "upper" and self._surname_first(doc, token, ner_people):
            return True
        if shape != "lower" and _quoted_initial(doc, token):  # both need word.isupper()
            return True
        if shape == "lower" and self._unknown_lower_name(doc, token):
            return True
        if shape == "lower" and (
            self._asked_to_act(doc, token) or self._unlisted_surname_follows(doc, token)
        ):
            return True
        if (  # 'gabe is my cousin': a word the model reads as a name, then a relation
            shape == "lower"
            and token.pos_ == "PROPN"
            and len(word) > 1
            and fold(word) not in lists.not_names
            and fold(word) not in lists.generic
            and self._kin_follows(doc, token)
        ):
            return True
        if shape != "lower" and self._initials_subject(doc, token):
            return True
        if shape == "upper" and (
            self._upper_after_record_role(doc, token)
            or self._upper_name_in_field(doc, token)
            or self._upper_after_rank_number(doc, token)
            or self._upper_unknown_after_given(doc, token)
        ):
            return True
        if len(word) < 2 or not lists.is_name(word):
            return False
        key = fold(word)
        ambiguous = key in lists.words
        if shape == "title":
            if ambiguous and self._in_a_body_name(doc, token):
                return self._has_evidence(doc, token, ner_people)
            if not _starts_sentence(token) or not ambiguous:
                return True
            return self._has_evidence(doc, token, ner_people)
        if shape == "upper":
            # In capitals the model's guesses are unreliable ("CALM TONE", "WILL FOLLOW UP"):
            # a name that is also an English word needs evidence of its own or a clear name
            # beside it ("JOHN BAKER").
            if not ambiguous and (key not in lists.common or key in lists.first):
                return len(word) > 2  # "NATE", "JOHN"; not the surname-only "BRICK"
            if (
                not ambiguous
                and key in lists.last
                and len(word) > 2
                and self._alone_in_capitals(doc, token)
            ):
                return True  # "KHAN on passport": a surname in capitals, as records write one
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
                # a surname that is also a word: only where a person alone stands, "03:00
                # harris radios", "pritesh, who"
                prev = doc[token.i - 1] if token.i > 0 else None
                return (
                    prev is not None
                    and _CLOCK.fullmatch(prev.text) is not None
                    and self._acts_first(doc, token)
                ) or self._who_follows(doc, token)
            return self._lower_name_position(doc, token)
        return False

    def _asked_to_act(self, doc, token: Token) -> bool:  # noqa: ANN001
        """The one asked or told to do something in an action note: "ask fi to add to
        training", "told kez to ring back"; not "ask staff to", "told mum to" (a role or
        kin word), "ask them to" (a pronoun), "asked housing to" (an English word).
        """
        i = token.i
        word = token.text
        if not (0 < i < len(doc) - 2 and word.isalpha() and 2 <= len(word) <= 10):
            return False
        key = fold(word)
        asked = fold(doc[i - 1].text) in _ASKING_VERBS
        if (
            not (asked or doc[i - 1].text.lower() == "for")  # "waiting for darnell to arrive"
            or doc[i + 1].text.lower() != "to"
            or doc[i + 2].tag_ != "VB"
            or key in STOP_WORDS
            or key in self.lists.generic_titles_not_names
            or key in self.lists.role_or_kin
        ):
            return False
        if not asked:
            return self.lists.is_unknown_word(word, token.lemma_) and not self.lists.is_name(word)
        return len(key) <= 3 or self.lists.is_name(word) or self.lists.is_unknown_word(word)

    def _rank_number_in_bracket(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A rank and a number in brackets just after the word: "pc will (pc 5098 williams)",
        "sgt hope (ps 2211)"; not "will (see below)" nor "hope (2023)" (no rank)."""
        i = token.i + 1
        return (
            i + 2 < len(doc)
            and doc[i].text == "("
            and fold(doc[i + 1].text.rstrip(".")) in self.lists.titles
            and doc[i + 2].text.isdigit()
        )

    @staticmethod
    def _after_person_field(doc, i: int) -> bool:  # noqa: ANN001
        """A person's field label and a colon just before token i: "DETAINED PERSON: "."""
        if i < 2 or doc[i - 1].text != ":":
            return False
        label = [fold(t.text) for t in doc[max(0, i - 3) : i - 1]]
        return any(" ".join(label[k:]) in _PERSON_FIELDS for k in range(len(label)))

    def _upper_name_in_field(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A name in capitals that fills a person's field or heading: "CASE STUDY: JORDAN
        MILLS", "PERSON SEARCHED: DESHAWN OKORO-BELL"; not "CASE STUDY: SUDDEN DEATH" (words)
        nor "NAME: NOT GIVEN"."""
        i = token.i
        while i > 0 and (doc[i - 1].text.isupper() or doc[i - 1].text in _NAME_JOINERS):
            i -= 1
        if i < 2 or doc[i - 1].text not in {":", "-", "–"}:
            return False
        label = [fold(t.text) for t in doc[max(0, i - 3) : i - 1]]
        if not any(" ".join(label[k:]) in _PERSON_FIELDS for k in range(len(label))):
            return False
        end = token.i
        while end + 1 < len(doc) and (
            doc[end + 1].text.isupper() or doc[end + 1].text in _NAME_JOINERS
        ):
            end += 1
        words = [t.text for t in doc[i : end + 1] if t.text.isalpha()]
        return 0 < len(words) <= 4 and all(
            fold(w) not in self.lists.generic_titles_not_names
            and (self.lists.is_name(w) or self.lists.is_unknown_word(w))
            for w in words
        )

    def _upper_unknown_after_given(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A capitals word that is no English word straight after a capitals given name: the
        surname of a full name in capitals, "partner ALINA ROTARU on", "VISITOR: OLENA
        HRYTSENKO,"; not "JOHN NFA" (an acronym: under four letters)."""
        word = token.text
        i = token.i
        if i == 0 or len(word) < 4 or not word.isalpha():
            return False
        prev = doc[i - 1].text
        key = fold(prev)
        return (
            _shape(prev) == "upper"
            and key in self.lists.first
            and key not in self.lists.words
            and not self.lists.is_common(prev)
            and self.lists.is_unknown_word(word)
        )

    def _upper_after_rank_number(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A surname in capitals straight after a rank and a collar number: "Pc 2208
        D'SOUZA", "PS 1456 OKAFOR"; not "PC 2208 NFA" (an acronym) nor "PC 4521 ON SCENE"."""
        word = token.text
        i = token.i
        if not (
            i > 1
            and len(word) > 2
            and doc[i - 1].text.isdigit()
            and fold(doc[i - 2].text.rstrip(".")) in self.lists.titles
        ):
            return False
        parts = [p for p in _NAME_PARTS.split(word) if p]
        return (
            all(p.isalpha() for p in parts)
            and fold(word) not in self.lists.generic_titles_not_names
            and (
                self.lists.is_name(word)
                or any(  # a part of four letters or more: not "NFA", "OIC" (acronyms)
                    len(p) > 3 and (self.lists.is_name(p) or self.lists.is_unknown_word(p))
                    for p in parts
                )
            )
            and not self.lists.is_common(word)
        )

    def _upper_after_record_role(self, doc, token: Token) -> bool:  # noqa: ANN001
        """An unlisted surname in capitals after the word a record calls a person by, with
        any capital particles between: "detainee VAN DER MERWE", "DP OKONJO-BELL"; not
        "detainee CARE PLAN" (English words) nor "suspect VAN" (a particle alone).
        """
        word = token.text
        if not (word.isalpha() and len(word) > 2 and self.lists.is_unknown_word(word)):
            return False
        i = token.i - 1
        while i >= 0 and doc[i].text.isupper() and fold(doc[i].text) in _CAPITAL_PARTICLES:
            i -= 1
        return i >= 0 and fold(doc[i].text) in _RECORD_ROLES

    def _in_a_body_name(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A word-name inside the name of a service or body: "Youth Justice", "Ministry of
        Justice", "Criminal Justice Board"; not "Officer Hope" (a title) or "told Hope"."""
        if token.i == 0 or _starts_sentence(token):
            return False
        prev = doc[token.i - 1]
        if prev.text.lower() in {"of", "for"} and token.i > 1:
            return _shape(doc[token.i - 2].text) == "title" and not _starts_sentence(prev)
        key = fold(prev.text)
        return (
            _shape(prev.text) == "title"
            and key in self.lists.generic
            and (key not in self.lists.titles)
        )

    def _initials_subject(self, doc, token: Token) -> bool:  # noqa: ANN001
        """One or two capitals as the subject of a verb of speech or after a courtesy title:
        "TJ said", "KB told me", "Y said", "is Miss D working"; one capital opening a clause
        before a verb: "K is vulnerable", "1. J was searched".

        invalid: "DP said" (a title), "OK said", "PC said", "I said", "Mr A" (the article),
        "plan B said", "B. Summary" (a list letter).
        """
        word = token.text
        if len(word) == 1 and word.isupper() and word not in {"I", "A"}:
            prev = fold(doc[token.i - 1].text.rstrip(".")) if token.i > 0 else ""
            nxt = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
            if prev in _COURTESY_TITLES:
                return True
            if fold(nxt) in _SPEECH_VERBS:
                return prev not in _LETTER_LABELS
            following = doc[token.i + 1] if nxt else None
            # "1. J was strip-searched", "Officer's view: K is vulnerable": a clause's subject
            return (
                following is not None
                and _starts_sentence(token)
                and following.pos_ in _VERB_POS
                and following.tag_ in {"VBZ", "VBD"}
            )
        return (
            len(word) == 2
            and word.isalpha()
            and word.isupper()
            and token.i + 1 < len(doc)
            and fold(doc[token.i + 1].text) in _SPEECH_VERBS
            and fold(word) not in self.lists.titles
            and fold(word) not in self.lists.not_names
        )

    @staticmethod
    def _alone_in_capitals(doc, token: Token) -> bool:  # noqa: ANN001
        """A word in capitals between words that are not: "KHAN on passport", not "CALL KHAN
        NOW" (a shouted line) or "MASH" in "MASH/CAMHS"."""
        for i in (token.i - 1, token.i + 1):
            if 0 <= i < len(doc):
                near = doc[i]
                if _shape(near.text) == "upper" or near.text in {"/", "&"}:
                    return False
        return True

    def _surname_first(self, doc, token: Token, ner_people: set[int]) -> bool:  # noqa: ANN001
        """A surname in capitals before a comma and a given name, as records write them.

        valid: "Detainee: KOWALCZYK, Radosław", "NGUYEN, Van An"; invalid: "NOTE, Kyle said"
        (an English word), "CAMHS, Kyle" (an acronym is caught by the allow-list).
        """
        word = token.text
        if _shape(word) != "upper" or len(word) < 2 or not word.isalpha():
            return False
        if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
            return False
        given = doc[token.i + 2]
        if _shape(given.text) != "title" or not given.text.isalpha():
            return False
        key = fold(word)
        if (  # "DETAINED PERSON: KING, Tyrell": a person's field, surname first
            key in self.lists.last
            and self._after_person_field(doc, token.i)
            and (self.lists.is_name(given.text) or self.lists.is_unknown_word(given.text))
        ):
            return True
        if key in self.lists.not_names or key in self.lists.titles:
            return False
        if self.lists.is_common(word):  # "BAKER, John" at the start of a line or after a label
            return (
                key in self.lists.last
                and _starts_sentence(token)
                and (
                    fold(given.text) in self.lists.first
                    or (  # "DETAINED PERSON: KING, Tyrell": an unlisted given name
                        token.i > 0
                        and doc[token.i - 1].text == ":"
                        and self.lists.is_unknown_word(given.text, given.lemma_)
                    )
                )
            )
        return (
            self.lists.is_name(given.text)
            or given.i in ner_people
            or self.lists.is_unknown_word(given.text, given.lemma_)
        )

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
                prev.text.isdigit()  # "pcso 18234 dean harper"
                or _INITIAL_DOT.fullmatch(prev.text)  # "pc m. hussain"
                or prev.text in _NAME_JOINERS
                or self.lists.is_name(prev.text)
                or fold(prev.text) in NAME_PARTICLES
                or _is_name_word(prev)
            ):
                return False
            i -= 1
        return False

    def _has_evidence(self, doc, token: Token, ner_people: set[int]) -> bool:  # noqa: ANN001
        lists = self.lists
        if token.i in ner_people or self._role_follows(doc, token) or _quoted_alone(doc, token):
            return True
        if token.i > 0 and fold(doc[token.i - 1].text.rstrip(".")) in lists.titles:
            return True
        if (  # "Midwife: Rose at the Princess Anne", "Social worker - Hope Adams"
            token.i > 1
            and doc[token.i - 1].text in {":", "-", "–"}
            and fold(doc[token.i - 2].text) in lists.role_or_kin
        ):
            return True
        if token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            if nxt.text.lower() in {"'s", "’s"} or fold(nxt.text) in lists.verbs_after:
                return True
            if (  # "Angel and his nan to meet": one of a pair with a relation of his own
                nxt.text.lower() in {"and", "&"}
                and token.i + 3 < len(doc)
                and fold(doc[token.i + 2].text) in _OWNERS
                and fold(doc[token.i + 3].text) in lists.kin_words
            ):
                return True
            if _shape(nxt.text) == "title" and lists.is_name(nxt.text):
                if fold(token.text) in lists.kin_words:
                    return False  # "Son Kacper", "Nan Pat": a kin word labels the name
                return fold(nxt.text) not in lists.words or nxt.i in ner_people
            if (  # "Blessing OKORIE-DANSO", "Hope OKAFOR": a surname in capitals follows
                fold(token.text) in lists.first
                and fold(token.text) not in lists.kin_words
                and _shape(nxt.text) == "upper"
                and nxt.text.isalpha()
                and len(nxt.text) > 2
                and fold(nxt.text) not in lists.generic_titles_not_names
                and (
                    (lists.is_name(nxt.text) and fold(nxt.text) not in lists.common)
                    or (  # an unlisted surname joined to another: "OKORIE-DANSO"
                        nxt.i + 2 < len(doc)
                        and doc[nxt.i + 1].text == "-"
                        and not nxt.whitespace_
                        and _shape(doc[nxt.i + 2].text) == "upper"
                        and lists.is_unknown_word(nxt.text)
                    )
                )
            ):
                return True
            if (  # "Temperance Oduya": a listed first name before an unknown capitalised word
                _shape(nxt.text) == "title"
                and fold(token.text) in lists.first
                and nxt.text.isalpha()
                and lists.is_unknown_word(nxt.text, nxt.lemma_)
            ):
                return True
        return False

    def _unlisted_surname_follows(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A lower-case given name that is also a word, then a surname that is none, hyphened
        or long: "sunny adeyemi-cole", "hope okonkwo"; not "the summer okonkwo" (a little word
        before), "grace lol" (short), "rose bush" (a word)."""
        i = token.i
        if (
            (fold(token.text) not in self.lists.first and fold(token.text) not in self.lists.words)
            or token.pos_ in _VERB_POS | _NOT_NAME_POS  # "said jayden": a verb, then a name
            or fold(token.text) in self.lists.verbs_after_person
            or i + 1 >= len(doc)
            or (i > 0 and (doc[i - 1].pos_ in {"DET", "PRON"}))
            or (i > 0 and doc[i - 1].pos_ == "AUX" and not self._named_as_complement(doc, i))
            or (
                i > 0
                and doc[i - 1].text.lower() in _LEADS_ORDINARY
                and not self._named_as_complement(doc, i)
            )
        ):
            return False
        nxt = doc[i + 1]
        if not (nxt.text.isalpha() and nxt.text.islower() and token.whitespace_):
            return False
        key = fold(nxt.text)
        if (
            not self.lists.is_unknown_word(nxt.text, nxt.lemma_)
            or key in self.lists.generic
            or (key in self.lists.first and key not in self.lists.last)  # another person
        ):
            return False
        hyphened = (
            i + 3 < len(doc)
            and doc[i + 2].text in _NAME_JOINERS
            and not nxt.whitespace_
            and doc[i + 3].text.isalpha()
        )
        return hyphened or len(nxt.text) >= 5

    @staticmethod
    def _named_as_complement(doc, i: int) -> bool:  # noqa: ANN001
        """A two-word lower-case name after "is"/"was" that ends the clause: "vp is precious
        adjei, 31", "ip was hope okonkwo."; the caller still wants a surname that is no word."""
        return (
            i > 0
            and doc[i - 1].text.lower() in {"is", "was"}
            and i + 2 < len(doc)
            and doc[i + 2].text in {",", "(", ".", ";"}
        )

    def _named_by_position(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A lower-case word that is also a name, where only a name stands: "her friend
        hope", "her carer (gift)", "grace's mum", "summer atkinson-lee", "called mo",
        "reuben said", "maria - said", "the eldest (princess, 11)"."""
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.tag_ == "MD" or (nxt is not None and nxt.tag_ == "VB"):
            return False  # "her friend will help", "husband may come"
        if token.i > 0:
            before = doc[token.i - 1]
            if before.text == "(" and token.i > 1:
                before = doc[token.i - 2]
                if (
                    fold(before.text) in self.lists.kin_words
                    and nxt is not None
                    and nxt.text == ")"
                ):
                    return True  # "nan (pearl)": the relation's name alone in brackets
            if self._unlisted_surname_follows(doc, token):
                return True
            if (
                fold(before.text) in self.lists.after_words
                and token.pos_ not in _NOT_NAME_POS
                and fold(token.text) not in self.lists.verbs_after_person
            ):
                return True  # a verb tag is allowed: "her friend hope from church"
            if (  # "spoke to ivy and her nan", "told hope"
                token.pos_ not in _NOT_NAME_POS
                and (nxt is None or nxt.pos_ not in {"NOUN", "NUM"})
                and (
                    fold(before.text) in _PERSON_OBJECT_VERBS
                    or (
                        fold(before.text) in {"to", "with"}
                        and token.i > 1
                        and fold(doc[token.i - 2].text) in _TALK_VERBS
                    )
                )
            ):
                return True
        if (
            self._kin_follows(doc, token)
            or self._acts_first(doc, token)
            or self._who_follows(doc, token)
        ):
            return True
        if nxt is not None:
            if nxt.text.lower() in {"'s", "’s"} or self._role_follows(doc, token):
                return True
            if (
                _quoted_alone(doc, token)
                and fold(token.text) in self.lists.first
                and token.i > 1
                and doc[token.i - 2].pos_ not in {"DET", "PRON", "AUX"}
                and doc[token.i - 2].text.lower() not in _LEADS_ORDINARY
            ):  # 'kept asking for "frank"'; not 'there is "hope"', 'said "fine"' (no name)
                return True
            said = nxt
            if nxt.text in {"-", "–", ":"} and nxt.i + 1 < len(doc):
                said = doc[nxt.i + 1]  # "maria - said she was ok"
            if fold(said.text) in _SPEECH_VERBS:
                return True
            if self._age_follows(doc, token):
                return True
            if (  # "me (summer k)", "dan p." : a name word and a surname initial
                len(nxt.text) == 1
                and nxt.text.isalpha()
                and nxt.text.lower() not in {"a", "i"}
                and (nxt.i + 1 == len(doc) or not doc[nxt.i + 1].text[0].isalnum())
                and token.i > 0
                and doc[token.i - 1].pos_ not in {"DET", "PRON", "AUX"}
                and doc[token.i - 1].text.lower() not in _LEADS_ORDINARY
            ):
                return True
            if (  # "i no where jade lives", "when hope texted": a clause with a person's verb
                token.i > 0
                and doc[token.i - 1].text.lower() in _CLAUSE_OPENERS
                and fold(nxt.text) in _PERSON_VERBS
            ):
                return True
        if token.pos_ in _VERB_POS or token.pos_ in _NOT_NAME_POS:
            return False
        if nxt is not None and nxt.text.islower() and self.lists.is_name(nxt.text):
            key = fold(nxt.text)
            return key in self.lists.last and key not in self.lists.common
        return False

    def _role_follows(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A role in brackets or a post just after the word, as notes name a worker.

        valid: "jade (tip)", "hope (tip, portsmouth)", "amber on the desk", "Guy on nights";
        invalid: "summer (2023)", "hope on the way", "will on the day".
        """
        i = token.i + 1
        if i + 1 >= len(doc):
            return False
        if doc[i].text == "(" and doc[i + 1].text in {"DO", "DDO", "CDO", "PDO"}:
            return True  # "kez (DO)": a (designated) detention officer
        if (  # "(Joy, PC 9034)", "hope, pc 2211,": the officer's rank and number follow
            doc[i].text in {",", "-", "–"}
            and i + 2 < len(doc)
            and fold(doc[i + 1].text.rstrip(".")) in self.lists.titles
            and doc[i + 2].text.isdigit()
        ):
            return True
        if doc[i].text in {"-", "–", ","}:
            # "tendai - custody sgt - was great", "hope, social worker, rang": a role set off
            # between dashes or commas; not "hope - sgt jones agreed" (no closing mark)
            words = []
            j = i + 1
            while j < len(doc) and j - i <= 3 and doc[j].text.isalpha():
                words.append(fold(doc[j].text))
                j += 1
            return (
                bool(words)
                and j < len(doc)
                and (doc[j].text == doc[i].text or doc[j].text == ")" or "\n" in doc[j].text)
                and any(w in self.lists.role_words for w in words)
                and not any(self.lists.is_name(w) and w not in self.lists.common for w in words)
            )
        if doc[i].text == "(":
            # "(sgt)", "(the gp)", "(joy's son, 15)"; not "(she attends church)"
            inside = [fold(t.text) for t in doc[i + 1 : i + 5]]
            if len(inside) > 2 and inside[1] == "-" and not doc[i + 1].whitespace_:
                inside = ["-".join(inside[::2][:2])] + inside[3:]  # "(note-taker, admin)"
            if inside[:1] in (["the"], ["a"], ["an"], ["our"], ["their"]):
                inside = inside[1:]
            elif inside[1:2] == ["'s"]:
                inside = inside[2:]
            role = bool(inside) and inside[0] in self.lists.role_words
            return role or self._full_name_in(doc, i + 1)
        # "Grace from the ambulance service", "sunita from idva"; not "back from school"
        if doc[i].text.lower() == "from" and (
            token.text[:1].isupper() or not self.lists.is_common(token.text, token.lemma_)
        ):
            post = (
                doc[i + 2] if doc[i + 1].text.lower() == "the" and i + 2 < len(doc) else doc[i + 1]
            )
            return fold(post.text) in self.lists.bracket_roles
        if doc[i].text.lower() != "on":
            return False
        post = doc[i + 2] if doc[i + 1].text.lower() == "the" and i + 2 < len(doc) else doc[i + 1]
        return fold(post.text) in self.lists.duty_posts

    def _full_name_in(self, doc, i: int) -> bool:  # noqa: ANN001
        """A full name just inside a bracket: "Storm (Storm Hendry)", "King (Kingsley Boateng)".

        invalid: "summer (2023)", "storm (Met Office)" (English words), "hope (CAMHS)".
        """
        if i + 1 >= len(doc):
            return False
        first, second = doc[i], doc[i + 1]
        if not all(_shape(t.text) == "title" and t.text.isalpha() for t in (first, second)):
            return False
        if any(fold(t.text) in self.lists.not_names for t in (first, second)):
            return False
        return (
            fold(first.text) in self.lists.first or self.lists.is_unknown_word(first.text)
        ) and (self.lists.is_name(second.text) or self.lists.is_unknown_word(second.text))

    def _after_rank_number(self, doc, token: Token) -> bool:  # noqa: ANN001
        """Lower-case name words after a rank and a number: "pc 2775 dan hope"; not a verb
        after a capitalised name ("PC 4418 Smith said": "Said" is also a given name)."""
        i = token.i - 1
        while i >= 0 and token.i - i <= 3 and self.lists.is_name(doc[i].text):
            i -= 1
        if token.text.islower() and (
            fold(token.text) in _SPEECH_VERBS | _TALK_VERBS
            or any(not doc[j].text.islower() for j in range(i + 1, token.i))
        ):
            return False
        return (
            i > 0
            and doc[i].text.isdigit()
            and fold(doc[i - 1].text.rstrip(".")) in self.lists.titles
        )

    def _unknown_lower_name(self, doc, token: Token) -> bool:  # noqa: ANN001
        """A lower-case word that is no English word, where only a person stands: a clipped
        or unlisted name in an informal note.

        valid: "sees jas at the cmht", "jas (sgt)", "ask jo to", "kez said"; invalid:
        "sees ppl at the hub" (a listed abbreviation), "told obs" (not_names), "asked nfa".
        """
        word = token.text
        if not (word.isalpha() and 2 <= len(word) <= 10):
            return False
        if not self.lists.is_unknown_word(word, token.lemma_) or self.lists.is_name(word):
            return False
        if self._role_follows(doc, token):
            return True
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        said = nxt
        if nxt is not None and nxt.text in {"-", "–", ":"} and nxt.i + 1 < len(doc):
            said = doc[nxt.i + 1]
        if said is not None and fold(said.text) in _SPEECH_VERBS:
            return True
        if (  # "kj's mum turned up": the word owns a relation
            nxt is not None
            and nxt.text.lower() in {"'s", "’s"}
            and token.i + 2 < len(doc)
            and fold(doc[token.i + 2].text) in self.lists.kin_words
        ):
            return True
        if (
            self._kin_follows(doc, token)
            or self._acts_first(doc, token)
            or self._who_follows(doc, token)
        ):
            return True
        prev = doc[token.i - 1] if token.i > 0 else None
        if prev is not None and fold(prev.text) in self.lists.after_or_kin:
            return True  # "her boyfriend deshawn", "uncle vusi": a relation, then no word
        if (  # "spoke to okonjo at the door", "talked with dilnoza rakhimova"
            prev is not None
            and token.i > 1
            and prev.text.lower() in {"to", "with"}
            and fold(doc[token.i - 2].text) in _TALK_VERBS
            and self._name_run_ends(doc, token)
        ):
            return True
        if (  # custody logs: "visit - kez, no concerns", "rousing check by tash."
            prev is not None
            and token.i > 1
            and (prev.text in {"-", "–", ":"} or prev.text.lower() == "by")
            and fold(doc[token.i - 2].text)
            in {"visit", "visited", "check", "checked", "by", "roused"}
            and (nxt is None or not nxt.text[0].isalnum())
        ):
            return True
        return (
            prev is not None
            and fold(prev.text) in self.lists.object_verbs_or_lower_before
            and fold(prev.text)
            not in {
                "and",
                "to",
                "for",
                "by",
                "from",
                "with",
                "that",
                "if",
                "as",
                "but",
                "via",
                "then",
                "when",
                "after",
                "before",
            }
            and self._name_run_ends(doc, token)
        )

    def _name_run_ends(self, doc, token: Token) -> bool:  # noqa: ANN001
        """The word, and up to two more lower-case words that are no English word, end where a
        name ends: punctuation, a number, the end, or a little word of place or topic.

        valid: "told kez earlier", "contact tek bahadur rai 07700", "rang dilnoza rakhimova.";
        invalid: "told obs were fine" (a verb follows), "contact details for".
        """
        i = token.i + 1
        while (
            i < len(doc)
            and i - token.i <= 2
            and doc[i].text.isalpha()
            and doc[i].text.islower()
            and len(doc[i].text) > 1
            and self.lists.is_unknown_word(doc[i].text, doc[i].lemma_)
        ):
            i += 1
        if i - token.i > 1 and i < len(doc) and doc[i].text[0].isdigit():
            return True  # "contact tek bahadur rai 07700900461": a full name, then a number
        if i >= len(doc):
            return i > token.i + 1 or token.i + 1 == len(doc)
        nxt = doc[i]
        return (
            not nxt.text[0].isalnum()
            or nxt.text.lower() in {"to", "at", "about", "and", "from", "on", "re"}
            or nxt.pos_ in {"ADV", "SCONJ"}  # "told kez earlier"
        )

    @staticmethod
    def _who_follows(doc, token: Token) -> bool:  # noqa: ANN001
        """A relative clause of a person after the word: "sorry, pritesh, who was in shock";
        not "the hope, which" (no person) nor "hope who" (no comma)."""
        i = token.i
        return (
            i + 2 < len(doc)
            and doc[i + 1].text == ","
            and doc[i + 2].text.lower() in {"who", "whose"}
            and (i == 0 or doc[i - 1].pos_ not in {"DET", "PRON"})
        )

    def _kin_follows(self, doc, token: Token) -> bool:  # noqa: ANN001
        """The word is someone's relation or role: "gabe is my cousin's boyfriend", "kez was
        her mate"; not "home is my nan's house" (a thing) nor "this is my cousin" (a pronoun).
        """
        i = token.i + 1
        if i + 2 >= len(doc) or fold(doc[i].text) not in {"is", "was", "'s"}:
            return False
        if fold(doc[i + 1].text) not in _OWNERS:
            return False
        j = i + 2
        while True:
            if fold(doc[j].text) not in self.lists.role_or_kin:
                return False
            if j + 2 < len(doc) and doc[j + 1].text in {"'s", "’s"}:
                j += 2  # "my cousin's boyfriend": the chain goes on
                continue
            after = doc[j + 1] if j + 1 < len(doc) else None
            return after is None or after.pos_ not in {"NOUN", "PROPN"}

    def _acts_first(self, doc, token: Token) -> bool:  # noqa: ANN001
        """The word opens a clause, a bracket or a log line and a person's verb follows it:
        "mo kept the crowd back", "(autumn is booked in", "0:22 makuach (4521) pulls"
        (the bracket is the officer's number); not "summer came early" (a season) nor "hope
        was lost" (no person's state).
        """
        i = token.i
        prev = doc[i - 1] if i > 0 else None
        clock = prev is not None and (
            _CLOCK.fullmatch(prev.text) is not None
            or (  # "22:15 - sunny says"
                prev.text in {"-", "–", ":"}
                and i > 1
                and _CLOCK.fullmatch(doc[i - 2].text) is not None
            )
        )
        opens = (
            prev is None
            or _starts_sentence(token)
            or prev.text in {"(", "-", "–", ":"} | _QUOTES
            or fold(prev.text) in _CLAUSE_OPENERS | _THEN_WORDS  # "then ranjit came out"
            or clock
        )
        if not opens or i + 1 >= len(doc):
            return False
        nxt = doc[i + 1]
        if nxt.text == "(" and i + 3 < len(doc) and doc[i + 2].text.isdigit():
            nxt = doc[i + 4] if i + 4 < len(doc) and doc[i + 3].text == ")" else nxt
        if fold(nxt.text) in {"is", "was", "'s"} and nxt.i + 1 < len(doc):
            return fold(doc[nxt.i + 1].text) in _PERSON_STATES
        key = fold(token.text)
        if key in self.lists.words or key in _SEASONS:
            # a name that is also a word needs a verb only a person does, "mo kept", or a
            # log line's clock before it: "05:10 dan crouches down"
            if clock and _verb_after_clock(nxt) and key not in _SEASONS:
                return fold(nxt.text) not in _LIGHT_VERBS | _PROCESS_VERBS
            return (
                nxt.tag_ == "VBD"
                and fold(nxt.text) in self.lists.verbs_after
                and fold(nxt.text) not in _LIGHT_VERBS
                and key not in _SEASONS
            )
        if nxt.tag_ in {"VBD", "VBZ"}:
            return True  # '"li does this"', "0:22 makuach pulls"
        return clock and _verb_after_clock(nxt)

    @staticmethod
    def _age_follows(doc, token: Token) -> bool:  # noqa: ANN001
        """An age straight after the word, as notes give one after a name.

        valid: "princess, 11)", "summer (13)", "hope, 15 yrs"; invalid: "summer, 2023" (a
        year), "spring, 12 people".
        """
        i = token.i + 1
        if i + 1 >= len(doc) or doc[i].text not in {",", "("}:
            return False
        number = doc[i + 1]
        if not (number.text.isdigit() and len(number.text) <= 2):
            return False
        after = doc[number.i + 1].text.lower() if number.i + 1 < len(doc) else ""
        return after in {"", ")", ",", ".", ";", "yrs", "years", "yo", "y/o"} or "\n" in after

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


# A short form after a nickname prefix: "T", "TJ", or a short given name ("Mo", "Kaz").
_SHORT_FORM = re.compile(r"[A-Z]{1,3}|[A-Z][a-z]{1,3}")
# A lone capital (not "A" or "I": an article and a pronoun) or initials ending a line.
_SIGN_OFF_INITIALS = re.compile(r"[A-Z]{1,2}\.?")


def _bare_initial(token: Token, lists: NameLists) -> bool:
    """A capital letter without a dot just before a capitalised name: "Signed: F Davies",
    "- J Okafor (PS 2291)"; "A" and "I" only after a rank, a colon or a dash ("Reviewed by:
    A Nowak", "R Powell / A Chukwu"), since "A Polish man" and "I Davies" are no initials."""
    if not (len(token.text) == 1 and token.text.isupper() and token.whitespace_):
        return False
    nxt = token.doc[token.i + 1]
    if _shape(nxt.text) != "title":
        return False
    if token.text not in {"A", "I"}:
        return token.i == 0 or token.doc[token.i - 1].text not in {"(", "["}
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is not None and (
        prev.text in {":", "-", "–"}
        or fold(prev.text.rstrip(".")) in lists.titles
        or (prev.text == "/" and prev.i > 0 and _shape(token.doc[prev.i - 1].text) == "title")
    )  # "Signed R Powell / A Chukwu": a list of signatures


# Words before "LITTLE"/"BIG" that make it an adjective, not a nickname's head: "A LITTLE MARK",
# "THE BIG MAN", "SO LITTLE HOPE".
_ADJECTIVE_LEADS = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "some",
        "such",
        "very",
        "so",
        "too",
        "quite",
        "his",
        "her",
        "their",
        "my",
        "your",
        "our",
        "its",
        "one",
        "no",
        "bit",
        "not",
    }
)


def _capitals_nickname(t, n, lists: NameLists) -> bool:  # noqa: ANN001 - spaCy tokens
    """A street nickname in capitals: a nickname prefix and a name or a coined word ("LIL
    BANDZ", "LITTLE WILL", "BIG MO"); not "A LITTLE MARK", "BIG DEAL", "LITTLE BOY" (an
    adjective after an article, or an English word that is no given name)."""
    if not (
        t.text.isupper()
        and len(t.text) > 1
        and t.text.capitalize() in lists.nickname_prefixes
        and t.whitespace_
        and n.text.isupper()
        and n.text.isalpha()
        and len(n.text) >= 2
    ):
        return False
    key = fold(n.text)
    if key in lists.not_names or key in lists.titles_or_generic or key in lists.role_or_kin:
        return False
    if lists.is_common(n.text) and key not in lists.first:
        return False
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return prev is None or fold(prev.text) not in _ADJECTIVE_LEADS


def nickname_short_forms(doc, lists: NameLists) -> list[RecognizerResult]:  # noqa: ANN001
    """A street nickname ("Little T", "Big Mo", "Young K") and every bare use of its short
    form in the same document ("T is known to the YOT"): the same person.

    valid: "Little T ... T ran", "Big Mo ... Mo told her"; invalid: "Little Acorns Nursery",
    "The Big Word" (the second word is an English word), "(a) T-shirt", "Plan T" (a list
    letter or a label), a short form inside another word.
    """
    found: list[RecognizerResult] = []
    short_forms: dict[str, int] = {}
    for t in doc[:-1]:
        n = doc[t.i + 1]
        if _capitals_nickname(t, n, lists):  # "LIL BANDZ", "ME AND LITTLE WILL"
            found.append(RecognizerResult("PERSON", t.idx, n.idx + len(n), 0.86))
            if _SHORT_FORM.fullmatch(n.text) and n.text not in {"A", "I"}:
                short_forms.setdefault(n.text, n.i)
            continue
        if t.text not in lists.nickname_prefixes and not (  # "big mike": a listed given name
            t.text.islower()
            and t.text.capitalize() in lists.nickname_prefixes
            and n.text.islower()
            and n.tag_ != "MD"
            and fold(n.text) in lists.first
            and fold(n.text) not in lists.not_names
            and not (n.pos_ == "NOUN" and fold(n.text) in lists.words)  # "little patience"
        ):
            continue
        if n.text.islower() and t.text.islower():
            pass  # checked above
        elif n.text in {"A", "I"} or not (
            _SHORT_FORM.fullmatch(n.text)
            or (_shape(n.text) == "title" and fold(n.text) in lists.first)  # "Big Mike"
        ):
            continue
        if n.text[1:].islower() and (
            lists.is_common(n.text)
            and fold(n.text) not in lists.first
            or fold(n.text) in lists.not_names
        ):
            continue  # "Big Word", "Little Acorns": an English word, not a name
        found.append(RecognizerResult("PERSON", t.idx, n.idx + len(n), 0.86))
        short_forms.setdefault(n.text, n.i)
    for u in doc:
        if u.text not in short_forms or short_forms[u.text] == u.i:
            continue
        prev = doc[u.i - 1] if u.i > 0 else None
        nxt = doc[u.i + 1] if u.i + 1 < len(doc) else None
        if prev is not None and (
            prev.text in {"(", "["}
            or fold(prev.text) in _LETTER_LABELS
            or prev.text in lists.nickname_prefixes
        ):
            continue  # "(T)", "plan T", the nickname itself
        if nxt is not None and not u.whitespace_ and nxt.text in {")", "]", "-", "’", "'", "&"}:
            continue  # "T)", "T-shirt", "T&Cs"
        found.append(RecognizerResult("PERSON", u.idx, u.idx + len(u), 0.86))
    return found


def sign_off_initials(doc, lists: NameLists) -> list[RecognizerResult]:  # noqa: ANN001
    """Initials that sign a note off: the last word of the document after a full stop or a
    line end ("I will bring biscuits. R"), or alone on the line after a sign-off ("Thanks\\nJS").

    invalid: "risk: H" (after a colon), "grade A" (no sentence end before), "TIP" (a role).
    """
    words = [t for t in doc if not t.is_space and not (t.is_punct and t.text != ".")]
    found = []
    for k, t in enumerate(words):
        if not _SIGN_OFF_INITIALS.fullmatch(t.text) or t.text.rstrip(".") in {"I", "A"}:
            continue
        if fold(t.text.rstrip(".")) in lists.titles_or_generic:
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        if prev is None:
            continue
        line_start = "\n" in prev.text or "\n" in prev.whitespace_
        last = k == len(words) - 1 or (k == len(words) - 2 and words[-1].text == ".")
        after_sentence = prev.text in {".", "!", "?", ","} or line_start
        if last and after_sentence:
            pass
        elif line_start and _line_ends_here(t):
            before = [w for w in doc[: t.i] if w.is_alpha][-2:]
            if not any(fold(w.text) in lists.sign_off_words for w in before):
                continue
        else:
            continue
        end = t.idx + len(t.text.rstrip("."))
        found.append(RecognizerResult("PERSON", t.idx, end, 0.86))
    return found


def _line_ends_here(token: Token) -> bool:
    doc = token.doc
    return (
        token.i + 1 >= len(doc)
        or "\n" in token.whitespace_
        or "\n" in doc[token.i + 1].text
        or (doc[token.i + 1].text == "," and "\n" in doc[token.i + 1].whitespace_)
    )


# A collar number, alone ("4418", after its rank token) or glued to its rank ("PC4418").
_RANK_NUMBER = re.compile(r"([A-Za-z]{1,5})?\d{2,6}")


def word_names_as_words(doc, lists: NameLists) -> set[int]:  # noqa: ANN001
    """Token indices of word-names used as ordinary words: "a Frank conversation", "kitchen
    knife", "There is real hope", "- Mark as learning" (an instruction at a bullet's start).

    Only where the document never uses the word as a name with a title ("Mr Frank"), a
    surname ("Frank Doyle"), a possessive ("Frank's") or a speech verb ("Frank said").
    """
    named: set[str] = set()
    for t in doc:
        if not t.is_alpha:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        prev = doc[t.i - 1] if t.i > 0 else None
        if (
            (prev is not None and fold(prev.text.rstrip(".")) in lists.titles)
            or (  # "PC 4418 Smith writing", "PC4418 Smith": a rank and collar number before
                prev is not None
                and (match := _RANK_NUMBER.fullmatch(prev.text)) is not None
                and fold(match.group(1) or (doc[t.i - 2].text if t.i > 1 else "")) in lists.titles
            )
            or (nxt is not None and nxt.text in {"'s", "’s", "'", "’"})
            or (
                nxt is not None
                and _shape(nxt.text) == "title"
                and not t.text.islower()
                and lists.is_name(nxt.text)
                and not lists.is_common(nxt.text)
            )
            or (nxt is not None and fold(nxt.text) in lists.verbs_after_speech)
            or (  # "her sister, Crystal,": a relation's name given beside it
                prev is not None
                and prev.text == ","
                and t.i > 1
                and fold(doc[t.i - 2].text) in lists.after_or_kin
                and not t.text.islower()
            )
            or (  # 'everyone calls him "tank"', 'known as "tank"': the text says it is a name
                prev is not None
                and prev.text in _QUOTES
                and t.i > 1
                and (
                    fold(doc[t.i - 2].text) in _NAMING_LEADS
                    or (
                        t.i > 2
                        and (fold(doc[t.i - 2].text), fold(doc[t.i - 3].text)) in _NAMING_PAIRS
                    )
                    or (t.i > 2 and fold(doc[t.i - 3].text) in _NAMING_LEADS)
                )
            )
            or (  # "harvey draws taser": the subject of a verb, not after an article
                nxt is not None
                and nxt.pos_ == "VERB"
                and (prev is None or prev.pos_ not in {"DET", "ADJ"})
            )
            or (  # "12:04 grace reassures her": a log line's subject, the verb read as a noun
                nxt is not None
                and prev is not None
                and _CLOCK.fullmatch(prev.text) is not None
                and _verb_after_clock(nxt)
            )
        ):
            named.add(fold(t.text))
    words: set[int] = set()
    not_noun_pos = _VERB_POS | _NOT_NAME_POS | {"ADP", "SCONJ", "PART"}
    for t in doc:
        key = fold(t.text)
        if key in named and _word_name_before_plural(doc, t, lists):
            words.add(t.i)  # "* Storm warnings -", "Precious moments like that" (a name too)
            continue
        if not t.is_alpha or not lists.is_common(t.text):
            continue
        if key not in lists.words and not t.text.islower():
            continue  # a capitalised common word that is no name-word: left to the rules
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if key in named:
            # "BROOK STATED ... FROM THE BROOK BEHIND": after "the" the word is the word,
            # though the text names someone by it elsewhere
            if (
                prev is not None
                and prev.text.lower() == "the"
                and key in lists.words
                and (
                    nxt is None
                    or (
                        nxt.text not in {"'s", "’s", "'", "’"}
                        and fold(nxt.text) not in lists.verbs_after_speech
                    )
                )
            ):
                words.add(t.i)
            continue
        before_noun = (
            nxt is not None
            and nxt.text.islower()
            and nxt.is_alpha
            and lists.is_common(nxt.text, nxt.lemma_)
            and not lists.is_name(nxt.text)
            and nxt.pos_ not in not_noun_pos
            and fold(nxt.text) not in lists.after_or_kin
            and key not in _ASKING_VERBS  # "ask fi to add": a verb and its person
        )
        after_article = prev is not None and (
            prev.pos_ == "DET"
            or (prev.pos_ == "ADJ" and prev.i > 0 and doc[prev.i - 1].pos_ in {"DET", "AUX"})
        )
        bullet_instruction = (
            prev is not None
            and prev.text in {"-", "*", "•", "–"}
            and (prev.i == 0 or "\n" in doc[prev.i - 1].text + doc[prev.i - 1].whitespace_)
            and nxt is not None
            and nxt.text.lower() in {"as", "the", "a", "an", "this", "that", "all", "any"}
        )
        if before_noun or after_article or bullet_instruction:
            words.add(t.i)
            # "kitchen knife": the noun goes with it, unless the text names someone by it
            # elsewhere ("and brook ... brook said")
            if before_noun and not (fold(nxt.text) in named and fold(nxt.text) in lists.words):
                words.add(nxt.i)
    return words


_ITEM_MARKS = frozenset({"-", "*", "•", "–"})


def _word_name_before_plural(doc, token: Token, lists: NameLists) -> bool:  # noqa: ANN001
    """A capitalised word-name opening a sentence or an item before a lower-case plural noun
    qualifies it, even in a note that uses the word as a name elsewhere: "Storm warnings",
    "Precious moments like that" (the model reads a noun or adjective); not "Storm said",
    "Dawn kneels" (a name to the model), "Precious texts her mum" (a verb and its object)."""
    if not token.is_alpha or token.text.islower() or fold(token.text) not in lists.words:
        return False
    if token.pos_ not in {"NOUN", "ADJ"}:
        return False  # "Dawn kneels and talks": the model reads a name, the verb as a plural
    prev = doc[token.i - 1] if token.i > 0 else None
    if not (token.is_sent_start or prev is None or prev.text in _ITEM_MARKS):
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        nxt is not None
        and nxt.is_alpha
        and nxt.text.islower()
        and nxt.tag_ == "NNS"
        and lists.is_common(nxt.text, nxt.lemma_)
        and not lists.is_name(nxt.text)
        and fold(nxt.text) not in lists.verbs_after_person
        and not _also_a_verb(fold(nxt.text), lists)  # "Precious shouts and pulls away"
        and not (  # "Precious texts her mum": an object after it makes the word a verb
            nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in {"PRON", "DET", "PROPN"}
        )
    )


def _also_a_verb(plural: str, lists: NameLists) -> bool:
    """A word in -s whose stem has a past tense: the model tags "shouts", "asks" as plural
    nouns after a name it reads as an adjective. valid "shouts" (shouted), "moves" (moved),
    "pushes" (pushed); invalid "warnings", "moments" (no "warninged", "momented")."""
    stems = [plural[:-1]] + ([plural[:-2]] if plural.endswith("es") else [])
    return any(stem + "ed" in lists.common or stem + "d" in lists.common for stem in stems)


def drop_word_names(
    doc, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:  # noqa: ANN001, E501
    """Detections of a person that are only word-names used as ordinary words
    (word_names_as_words) are dropped; any other word in the span keeps it."""
    table = doc_tokens(doc)  # the table the name passes built
    words = word_names_as_words(table, lists)
    if not words:
        return results
    text = table.text
    initials = {  # '("KB") ... praise for kb': a person's initials, in any case, stay theirs
        fold(value)
        for r in results
        if r.entity_type == "PERSON" and initials_alias(value := text[r.start : r.end], lists)
    }
    kept = []
    for r in results:
        if initials and fold(text[r.start : r.end]) in initials:
            kept.append(r)
            continue
        if r.entity_type in {"PERSON", "PROPER_NOUN"} or (
            r.entity_type == "ORGANIZATION"
            and text[r.start : r.end].islower()
            and text[r.start : r.end].isalpha()
        ):  # the model reads one lower-case word-name as a body too ("alright honey")
            span = doc.char_span(r.start, r.end, alignment_mode="expand")
            if span is not None and len(span) and all(t.i in words for t in span):
                continue
        kept.append(r)
    return kept


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
        lines += (path.parent / "world_places.txt").read_text(encoding="utf-8").splitlines()
        entries = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
        places = _read_places(entries)
        places = sorted(places, key=len, reverse=True)
        # As a prefix tree: the same first match as the flat "|".join, one branch followed
        # per character instead of every place tried at every word (factored_alternation).
        atoms = [phrase_atoms(p, separator=r"[\s-]+", optional_apostrophe=True) for p in places]
        alternatives = factored_alternation(atoms, separator=r"[\s-]+")
        # Case-sensitive: "Fleet" and "Hook" are places, "fleet" and "hook" are words.
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        self.lower_place = _lower_place_pattern(rules_dir() / "pii" / "place_shapes.yml")
        self.lower_org = _lower_org_pattern(rules_dir() / "pii" / "lower_case_orgs.yml")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        found = [
            # 0.86: above the NER model, whose lower-case guesses are dropped later
            RecognizerResult("LOCATION", m.start(), m.end(), 0.86)
            for m in self.pattern.finditer(text)
        ]
        lists = name_lists()
        for m in self.lower_place.finditer(text):
            if lists.is_unknown_word(m.group(1)):
                found.append(RecognizerResult("LOCATION", m.start(1), m.end(1), 0.86))
        for m in self.lower_org.finditer(text):
            # The name is the unknown words just before the institution word: "attends
            # thornfield academy" -> "thornfield academy".
            start = None
            for word in reversed(list(re.finditer(r"[a-z]+", m.group(1)))):
                if not lists.is_unknown_word(word.group()):
                    break
                start = m.start(1) + word.start()
            if start is not None:
                found.append(RecognizerResult("ORGANIZATION", start, m.end(), 0.86))
        for start, end, entity in lower_case_shapes().find(text):
            found.append(RecognizerResult(entity, start, end, 0.86))
        return found


def _lower_org_pattern(path: Path) -> re.Pattern:
    """One or two lower-case words, then an institution word (rules/pii/lower_case_orgs.yml).
    valid: "pelham medical practice"; invalid (the caller's word check): "the local hostel"."""
    words = read_word_lists(path, ("institution_words",))["institution_words"]
    kinds = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    # The second name word is lazy, so "oakhanger primary school" is name + "primary school".
    return re.compile(rf"(?<![\w'’-])([a-z]{{3,}}(?:\s+[a-z]{{3,}})??)\s+(?:{kinds})(?![\w'’-])")


def _read_places(entries: list[str]) -> set[str]:
    """places.txt entries as matched: as written and in capitals; in lower case unless starred
    (also an ordinary word: "Fleet", "Hook")."""
    places: set[str] = set()
    for entry in entries:
        name = entry.rstrip(" *")
        places |= {name, name.upper()}
        if not entry.endswith("*"):
            places.add(name.lower())
    return places


@lru_cache(maxsize=1)
def lower_case_shapes() -> LowerCaseShapes:
    """The lower-case place and organisation finders, shared by the place recognizer (which
    reports them) and the name recognizer (which leaves their words alone)."""
    path = rules_dir() / "pii" / "places.txt"
    if not path.is_file():
        raise ConfigError(f"{path}: word list not found")
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    starred = {e.rstrip(" *").lower() for e in entries if e.endswith("*")}
    lists = name_lists()
    return LowerCaseShapes(
        rules_dir() / "pii",
        is_unknown=lists.is_unknown_word,
        is_name=lists.is_name,
        lower_places=frozenset({p.lower() for p in _read_places(entries)} | starred),
        # A starred town that is no English word ("ryde", "cowes"; not "fleet", "reading")
        # is a place in lower case too after a lead word: "from ryde"; one that is also a
        # given name ("shirley") only after a word of position: "in shirley", not "and shirley".
        starred=sorted(w for w in starred if not lists.is_common(w)),
        given_names=lists.first,
    )


def _lower_place_pattern(path: Path) -> re.Pattern:
    """A lead word, then a lower-case word of 5+ letters ending like an English place name
    (rules/pii/place_shapes.yml). valid: "lives in kingsmead" -> "kingsmead"; invalid (the
    caller's word check): "in support"."""
    conf = read_word_lists(path, ("lead_words", "endings"))
    words = sorted((w for w in conf["lead_words"] if w.isalpha()), key=len, reverse=True)
    marks = [w for w in conf["lead_words"] if not w.isalpha()]  # "," needs no word boundary
    leads = "|".join(
        [rf"(?<![\w'’-])(?i:{'|'.join(map(re.escape, words)) or '(?!)'})"]
        + [re.escape(mark) for mark in marks]
    )
    endings = "|".join(sorted((re.escape(w) for w in conf["endings"]), key=len, reverse=True))
    return re.compile(rf"(?:{leads})\s+([a-z]{{2,}}(?:{endings}))(?<=[a-z]{{5}})(?![\w'’-])")
