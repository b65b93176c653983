"""Language rules: load and validate `rules/language/*.yml`, and match them on a spaCy Doc.

One file per category (`<category>.yml`); the categories themselves, with the reason and
alternatives the classifier uses, live in `rules/coach/categories.yml`. Every problem in a
file raises `RulesError` naming the file and the rule id: a rule is never skipped silently.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from tips_nlp.coach.literal_patterns import (
    LiteralIndex,
    Step,
    TokenValues,
    literal_sequences,
    required_steps,
)
from tips_nlp.coach.principles import PRINCIPLE_NAMES, RulesError
from tips_nlp.coach.result import SEVERITIES
from tips_nlp.resources import rules_dir

# kebab-case: "kicked-off", "child-prostitute-2"; not "Kicked_Off" or "-x"
_RULE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_REQUIRED = ("id", "category", "principle", "severity", "patterns", "alternatives", "reason")
_OPTIONAL = ("source", "exclude_when", "note")
_EXCLUDE_KEYS = ("before", "after", "window", "object_follows", "thing_subject", "thing_follows")
_DEFAULT_WINDOW = 3
# Straight and curly apostrophes both occur in pasted text: "what's" / "what’s".
_APOSTROPHES = ("'", "\u2019")
# Expanding LOWER-IN alternatives into concrete phrases for the duplicate check stops here.
_MAX_EXPANSION = 5000


@dataclass(frozen=True)
class ExcludeWhen:
    """An ordinary sense: skip the match when one of these words is near it.

    `before`/`after` words are compared with each token's lower-case form and lemma, within
    `window` tokens of the match and inside the same sentence.
    """

    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    window: int = _DEFAULT_WINDOW
    # A thing, not a clause, follows: "claimed his property back" (not "claimed her mum hit her").
    object_follows: bool = False
    # The subject just before is a thing, not one of these person nouns: "the match kicked off".
    thing_subject: frozenset[str] = frozenset()
    # The match describes the thing named just after it, not a person: "a stubborn stain".
    thing_follows: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Category:
    """A category of language, with the text the classifier's sentence findings show."""

    id: str
    principle: str
    reason: str
    alternatives: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    principle: str
    severity: str
    patterns: tuple[str | tuple[dict, ...], ...]
    alternatives: tuple[str, ...]
    reason: str
    source: str
    exclude_when: tuple[ExcludeWhen, ...] = ()
    note: str = ""
    file: str = field(default="", compare=False)


@dataclass(frozen=True)
class RuleMatch:
    """One rule matched on tokens [start, end) of a Doc."""

    rule: Rule
    span: Span


def _rules_loader(base: type) -> type:
    """A YAML loader on `base` with YAML 1.2 booleans only: in YAML 1.1 the words
    on/off/yes/no are booleans, and "kicked off" must stay a word."""
    resolvers = {
        key: [(tag, regexp) for tag, regexp in entries if tag != "tag:yaml.org,2002:bool"]
        for key, entries in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader = type("RulesLoader", (base,), {"yaml_implicit_resolvers": resolvers})
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    return loader


# libyaml's parser reads the rule files ~10x faster than the pure-Python one (most of the
# coach's load time); PyYAML wheels ship it, the pure-Python parser is the fallback.
_RulesLoader = _rules_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _fail(path: Path, rule_id: str | None, problem: str) -> RulesError:
    where = f"{path.name}: rule '{rule_id}'" if rule_id else path.name
    return RulesError(f"{where}: {problem}")


def _read_yaml(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_RulesLoader)  # noqa: S506
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, None, f"cannot load ({exc.__class__.__name__})") from exc


def load_categories(path: Path | None = None) -> dict[str, Category]:
    """Category id -> Category from `rules/coach/categories.yml`."""
    path = path or rules_dir() / "coach" / "categories.yml"
    records = _read_yaml(path)
    if not isinstance(records, list) or not records:
        raise _fail(path, None, "must be a non-empty list of categories")
    categories: dict[str, Category] = {}
    for record in records:
        cid = record.get("id") if isinstance(record, dict) else None
        if not isinstance(cid, str) or not _RULE_ID.match(cid):
            raise _fail(path, str(cid), "category id must be kebab-case")
        if cid in categories:
            raise _fail(path, cid, "duplicate category id")
        if record.get("principle") not in PRINCIPLE_NAMES:
            raise _fail(path, cid, f"principle must be one of {', '.join(PRINCIPLE_NAMES)}")
        alternatives = record.get("alternatives")
        if not _non_empty_strings(alternatives) or not str(record.get("reason", "")).strip():
            raise _fail(path, cid, "needs a reason and non-empty alternatives")
        categories[cid] = Category(
            cid, record["principle"], record["reason"].strip(), tuple(alternatives)
        )
    return categories


def _non_empty_strings(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, str) and v.strip() for v in value)
    )


def _parse_pattern(path: Path, rule_id: str, pattern: object) -> str | tuple[dict, ...]:
    if isinstance(pattern, str):
        if not pattern.strip():
            raise _fail(path, rule_id, "empty pattern")
        return pattern.strip()
    if isinstance(pattern, list) and pattern and all(isinstance(t, dict) and t for t in pattern):
        return tuple(pattern)
    raise _fail(path, rule_id, "a pattern is a phrase or a non-empty list of token dicts")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for people and their conduct (`rules/coach/person-nouns.yml`): a thing_subject or
    thing_follows exclusion never applies next to one of them."""
    path = rules_dir() / "coach" / "person-nouns.yml"
    record = _read_yaml(path)
    people = record.get("people") if isinstance(record, dict) else None
    if not _non_empty_strings(people):
        raise _fail(path, None, "needs a non-empty list 'people'")
    return frozenset(w.lower() for w in people)


def _people(path: Path, rule_id: str, key: str, value: object) -> frozenset[str]:
    """`true` is the shared person nouns; a list adds the rule's own words to them."""
    if value is None or value is False:
        return frozenset()
    if value is True:
        return person_nouns()
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise _fail(path, rule_id, f"exclude_when.{key} must be true or a list of words")
    return person_nouns() | {w.lower() for w in value}


def _parse_exclude(path: Path, rule_id: str, value: object) -> tuple[ExcludeWhen, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(path, rule_id, "exclude_when must be a list")
    conditions = []
    for cond in value:
        if not isinstance(cond, dict) or not cond or set(cond) - set(_EXCLUDE_KEYS):
            raise _fail(path, rule_id, f"exclude_when entries use only {_EXCLUDE_KEYS}")
        words = {}
        for key in ("before", "after"):
            items = cond.get(key, [])
            if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
                raise _fail(path, rule_id, f"exclude_when.{key} must be a list of words")
            words[key] = frozenset(w.lower() for w in items)
        window = cond.get("window", _DEFAULT_WINDOW)
        if not isinstance(window, int) or window < 1:
            raise _fail(path, rule_id, "exclude_when.window must be a positive integer")
        object_follows = cond.get("object_follows", False)
        if not isinstance(object_follows, bool):
            raise _fail(path, rule_id, "exclude_when.object_follows must be true or false")
        conditions.append(
            ExcludeWhen(
                words["before"],
                words["after"],
                window,
                object_follows,
                _people(path, rule_id, "thing_subject", cond.get("thing_subject")),
                _people(path, rule_id, "thing_follows", cond.get("thing_follows")),
            )
        )
    return tuple(conditions)


def _parse_rule(path: Path, record: object, category: str) -> Rule:
    rule_id = record.get("id") if isinstance(record, dict) else None
    if not isinstance(record, dict):
        raise _fail(path, None, "every rule must be a mapping")
    if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
        raise _fail(path, str(rule_id), "id must be kebab-case")
    missing = [key for key in _REQUIRED if key not in record]
    if missing:
        raise _fail(path, rule_id, f"missing {', '.join(missing)}")
    unknown = set(record) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise _fail(path, rule_id, f"unknown field(s) {', '.join(sorted(unknown))}")
    if record["category"] != category:
        raise _fail(path, rule_id, f"category must be '{category}' (the file's name)")
    if record["principle"] not in PRINCIPLE_NAMES:
        raise _fail(path, rule_id, f"principle must be one of {', '.join(PRINCIPLE_NAMES)}")
    if record["severity"] not in SEVERITIES:
        raise _fail(path, rule_id, f"severity must be one of {', '.join(SEVERITIES)}")
    if not _non_empty_strings(record["alternatives"]):
        raise _fail(path, rule_id, "alternatives must be a non-empty list of phrases")
    if not isinstance(record["reason"], str) or not record["reason"].strip():
        raise _fail(path, rule_id, "reason must be a non-empty line")
    source = record.get("source")
    if not isinstance(source, str) or not source.strip():
        raise _fail(path, rule_id, "source is missing: say where the guidance comes from")
    patterns = record["patterns"]
    if not isinstance(patterns, list) or not patterns:
        raise _fail(path, rule_id, "patterns must be a non-empty list")
    return Rule(
        id=rule_id,
        category=category,
        principle=record["principle"],
        severity=record["severity"],
        patterns=tuple(_parse_pattern(path, rule_id, p) for p in patterns),
        alternatives=tuple(a.strip() for a in record["alternatives"]),
        reason=" ".join(record["reason"].split()),
        source=source.strip(),
        exclude_when=_parse_exclude(path, rule_id, record.get("exclude_when")),
        note=str(record.get("note", "")).strip(),
        file=path.name,
    )


@lru_cache(maxsize=16384)
def _phrase_tokens(nlp: Language, phrase: str) -> tuple[str, ...]:
    # Cached: loading checks every phrase's claims, then compiles it (two tokenisations).
    return tuple(t.lower_ for t in nlp.make_doc(phrase))


def token_pattern(nlp: Language, pattern: str | tuple[dict, ...]) -> list[dict]:
    """A spaCy Matcher pattern: a phrase matches token by token, case-insensitively."""
    if not isinstance(pattern, str):
        return list(pattern)
    specs: list[dict] = []
    for word in _phrase_tokens(nlp, pattern):
        if any(a in word for a in _APOSTROPHES):
            variants = sorted({word.replace("\u2019", "'"), word.replace("'", "\u2019")})
            specs.append({"LOWER": {"IN": variants}})
        else:
            specs.append({"LOWER": word})
    return specs


def _claims(nlp: Language, pattern: str | tuple[dict, ...]) -> set[str]:
    """The concrete phrases (or, for lemma/tag patterns, a canonical form) a pattern claims."""
    specs = token_pattern(nlp, pattern)
    options: list[list[str]] = []
    for spec in specs:
        lower = spec.get("LOWER") if set(spec) == {"LOWER"} else None
        if isinstance(lower, str):
            options.append([lower.replace("\u2019", "'")])
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            options.append(sorted({w.lower().replace("\u2019", "'") for w in lower["IN"]}))
        else:
            return {json.dumps(specs, sort_keys=True)}
    size = 1
    for opt in options:
        size *= len(opt)
    if size > _MAX_EXPANSION:
        return {json.dumps(specs, sort_keys=True)}
    return {" ".join(words) for words in itertools.product(*options)}


def load_rules(
    directory: Path | None = None, *, categories: dict[str, Category] | None = None
) -> tuple[Rule, ...]:
    """Every rule in `directory` (default rules/language), validated; RulesError if not."""
    from tips_nlp.nlp import get_nlp

    directory = directory or rules_dir() / "language"
    categories = categories if categories is not None else load_categories()
    paths = sorted(directory.glob("*.yml"))
    if not paths:
        raise RulesError(f"{directory.name}: no rule files (*.yml)")
    nlp = get_nlp()
    rules: list[Rule] = []
    seen_ids: dict[str, str] = {}
    claimed: dict[str, str] = {}
    for path in paths:
        category = path.stem
        if category not in categories:
            raise _fail(path, None, f"'{category}' is not a category in categories.yml")
        records = _read_yaml(path)
        if not isinstance(records, list) or not records:
            raise _fail(path, None, "must be a non-empty list of rules")
        for record in records:
            rule = _parse_rule(path, record, category)
            if rule.id in seen_ids:
                raise _fail(path, rule.id, f"duplicate id (also in {seen_ids[rule.id]})")
            seen_ids[rule.id] = path.name
            for pattern in rule.patterns:
                for claim in _claims(nlp, pattern):
                    owner = claimed.get(claim)
                    if owner is not None:
                        raise _fail(
                            path,
                            rule.id,
                            f"pattern '{claim}' is already claimed by '{owner}' "
                            f"({seen_ids[owner]})",
                        )
                    claimed[claim] = rule.id
            rules.append(rule)
    return tuple(rules)


_LINE_BREAK = {"IS_SPACE": True, "OP": "*"}


def allow_line_breaks(specs: list[dict]) -> list[dict]:
    """Let a phrase run across a hard line break ("putting herself at\\nrisk"): spaCy keeps
    newlines as whitespace tokens, so an optional whitespace token may sit between words."""
    out: list[dict] = []
    for i, spec in enumerate(specs):
        if i:
            out.append(_LINE_BREAK)
        out.append(spec)
    return out


@dataclass(frozen=True)
class _GatedPattern:
    """A non-literal pattern in a Matcher of its own, run only on a Doc holding its required
    words (none: always run); `needs_entities` when it reads the entity recogniser's output."""

    matcher: Matcher
    required: tuple[Step, ...]
    needs_entities: bool


class RuleMatcher:
    """All language rules, compiled once: literal patterns into a first-word index
    (`literal_patterns`), every other pattern into a spaCy Matcher of its own.

    Args:
        literal_index: False puts every pattern in one spaCy Matcher run on every Doc, as
            before the index (the reference the fast path is tested against).
    """

    def __init__(
        self, rules: tuple[Rule, ...], nlp: Language, *, literal_index: bool = True
    ) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self._order = {rule.id: i for i, rule in enumerate(rules)}
        self._index = LiteralIndex()
        self._gated: list[_GatedPattern] = []
        self._attrs: set[int] = set()
        if not literal_index:
            matcher = Matcher(nlp.vocab, validate=True)
            patterns = [[token_pattern(nlp, p) for p in rule.patterns] for rule in rules]
            for rule, specs_list in zip(rules, patterns, strict=True):
                _add(matcher, rule, specs_list)
            needs = any(_reads_entities(specs) for specs_list in patterns for specs in specs_list)
            self._gated.append(_GatedPattern(matcher, (), needs))
            return
        for rule in rules:
            for pattern in rule.patterns:
                specs = token_pattern(nlp, pattern)
                sequences = literal_sequences(specs)
                if sequences:
                    self._index.add(rule.id, sequences)
                    continue
                required = tuple(required_steps(specs))
                self._attrs.update(attr for attr, _ in required)
                matcher = Matcher(nlp.vocab, validate=True)
                _add(matcher, rule, [specs])
                self._gated.append(_GatedPattern(matcher, required, _reads_entities(specs)))
        self._attrs |= self._index.attrs

    def matches(
        self, doc: Doc, *, ensure_entities: Callable[[Doc], object] | None = None
    ) -> list[RuleMatch]:
        """Longest non-overlapping matches, ordinary senses removed, in text order.

        `ensure_entities(doc)` is called before a pattern that reads entity types runs: a Doc
        parsed without the entity recogniser gets it only when such a pattern may match.
        """
        return self.matches_and_denials(doc, ensure_entities=ensure_entities)[0]

    def matches_and_denials(
        self, doc: Doc, *, ensure_entities: Callable[[Doc], object] | None = None
    ) -> tuple[list[RuleMatch], list[Span]]:
        """`matches`, and the stretches the writer denies: from the denial to the end of a
        match it excuses ("not from her own choices"), a reframed label, or a match on a thing
        in its ordinary sense ("the boiler was playing up"), so the classifier can be asked
        about the sentence without them."""
        words = TokenValues(doc, self._attrs)
        candidates = set(self._index.matches(words))
        strings = doc.vocab.strings
        for gated in self._gated:
            if all(words.has(step) for step in gated.required):
                if gated.needs_entities and ensure_entities is not None:
                    ensure_entities(doc)
                candidates.update((strings[k], s, e) for k, s, e in gated.matcher(doc))
        order = self._order
        # Longest first, then the earlier rule, then the earlier match (as the Matcher gives them).
        ranked = sorted(candidates, key=lambda c: (c[1] - c[2], order[c[0]], c[1]))
        taken: set[int] = set()
        kept = []
        denials: list[Span] = []
        for rule_id, start, end in ranked:
            tokens = range(start, end)
            if not taken.isdisjoint(tokens):
                continue
            rule = self.rules[rule_id]
            span = doc[start:end]
            denial = denial_start(span)
            if denial is not None:  # before the rule's own exclusions: "not her fault" is both
                denials.append(doc[denial:end])
                continue
            sense = _excluded(rule, span)
            if sense is not None:
                # a thing, not a person, is what the words describe: nor is the classifier asked
                # about them ("the boiler was playing up"); a word-list exclusion is cruder
                # ("a nightmare AND ..."), so the classifier still reads those words
                if sense == THING_SENSE:
                    denials.append(span)
                continue
            if reframed(rule, span):  # the classifier is asked about the sentence without it
                denials.append(span)
                continue
            taken.update(tokens)
            kept.append(RuleMatch(rule, span))
        return sorted(kept, key=lambda m: m.span.start), denials + denied_ideas(doc, taken)


# Token pattern keys read from the entity recogniser's output ("_" extensions may read anything).
_ENTITY_KEYS = {"ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID", "_"}


def _reads_entities(specs: list[dict]) -> bool:
    return any(str(key).upper() in _ENTITY_KEYS for spec in specs for key in spec)


def _add(matcher: Matcher, rule: Rule, patterns: list[list[dict]]) -> None:
    """Add some of a rule's patterns to a validating Matcher; a bad pattern names the rule."""
    try:
        matcher.add(rule.id, [allow_line_breaks(specs) for specs in patterns])
    except (ValueError, KeyError) as exc:
        raise RulesError(f"{rule.file}: rule '{rule.id}': bad token pattern") from exc


def _near(tokens: Span | list, words: frozenset[str]) -> bool:
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens)


# Why a match is an ordinary sense: a word near it, or the parse shows a thing is described.
WORD_SENSE = "word"
THING_SENSE = "thing"


def _excluded(rule: Rule, span: Span) -> str | None:
    """WORD_SENSE or THING_SENSE when one of the rule's exclusions holds, else None."""
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    for cond in rule.exclude_when:
        before = doc[max(sent.start, span.start - cond.window) : span.start]
        after = doc[span.end : min(sent.end, span.end + cond.window)]
        if cond.before and _near(before, cond.before):
            return WORD_SENSE
        if cond.after and _near(after, cond.after):
            return WORD_SENSE
        if cond.object_follows and _object_follows(span, sent):
            return THING_SENSE
        if cond.thing_subject and _thing_subject(span, sent, cond.thing_subject):
            return THING_SENSE
        if cond.thing_follows and _thing_follows(span, sent, cond.thing_follows):
            return THING_SENSE
    return None


_NOUN_PHRASE_LEFT = {"DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "POS", "HYPH"}


def _noun_after(
    span: Span, sent: Span, skip_tags: tuple[str, ...], max_skipped: int | None = None
) -> tuple[Token | None, int]:
    """The last common noun of the noun run after the match, past up to `max_skipped` words
    tagged `skip_tags` (determiners, adjectives), and the index just after that run."""
    doc = span.doc
    i, limit = span.end, sent.end if max_skipped is None else min(sent.end, span.end + max_skipped)
    while i < limit and doc[i].tag_ in skip_tags:
        i += 1
    head = None
    while i < sent.end and doc[i].tag_ in ("NN", "NNS"):
        head = doc[i]
        i += 1
    return head, i


def _object_follows(span: Span, sent: Span) -> bool:
    """A noun phrase with a common-noun head follows, and no verb after it (so it is an object,
    not the subject of a reported clause). valid: "claimed the bike as his own";
    invalid: "claimed her mum had hit her", "claimed he was", "claimed to be"."""
    doc = span.doc
    head, i = _noun_after(span, sent, ("DT", "PRP$", "JJ", "CD"))
    if head is None:
        return False
    # A participle after the noun phrase qualifies it ("claimed the dog found on the common").
    if i >= sent.end or doc[i].tag_ == "VBN":
        return True
    return not (doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD")


# A copula or auxiliary between a subject and the match: "the dog WAS out of control", "the
# evidence HAD NOT BEEN tampered with", "the phone WAS GOING crazy".
_LINKING_LEMMAS = frozenset(
    [
        "be",
        "have",
        "do",
        "get",
        "become",
        "seem",
        "appear",
        "look",
        "remain",
        "stay",
        "go",
        "turn",
        "grow",
        "sound",
        "feel",
        "keep",
    ]
)


# Words tagged IN that open a clause, so the noun after them is a subject: "before the match
# kicked off"; any other IN opens a prepositional phrase: "the man AT the door was aggressive".
_SUBORDINATORS = frozenset(
    [
        "before",
        "after",
        "until",
        "till",
        "while",
        "whilst",
        "when",
        "because",
        "as",
        "since",
        "although",
        "though",
        "if",
        "unless",
        "once",
        "whereas",
        "that",
        "so",
        "whether",
    ]
)


def _thing_subject(span: Span, sent: Span, people: frozenset[str]) -> bool:
    """The words just before (past adverbs and linking verbs) are a determiner + common noun
    that names no person. valid: "The match finally kicked off", "the fire was out of
    control", "the traffic at the junction was chaotic", "dog was kicking off"; invalid: "The
    lad kicked off", "kyle kicked off", "her behaviour was aggressive", "the man at the door
    was aggressive"."""
    doc = span.doc
    i = span.start - 1
    while i >= sent.start and (
        doc[i].tag_ in ("RB", "RBR")
        or (
            (doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD")
            and doc[i].lemma_.lower() in _LINKING_LEMMAS
        )
    ):
        i -= 1
    while True:
        if i < sent.start or doc[i].tag_ not in ("NN", "NNS"):
            return False
        head = doc[i]
        if head.lower_ in people or head.lemma_.lower() in people:
            return False
        while i >= sent.start and doc[i].tag_ in _NOUN_PHRASE_LEFT:
            if doc[i].tag_ in ("DT", "PRP$"):
                break
            i -= 1
        else:
            # a bare noun opening a note's sentence is a subject too: "dog was kicking off"
            return i < sent.start
        if i == sent.start or doc[i - 1].tag_ != "IN" or doc[i - 1].lower_ in _SUBORDINATORS:
            return True
        # the noun was the object of a preposition: judge the noun the phrase hangs from
        i -= 2


def _thing_follows(span: Span, sent: Span, people: frozenset[str]) -> bool:
    """The match modifies a common noun just after it (past adjectives and noun modifiers)
    that names no person. valid: "a stubborn stain", "crazy golf course", "lazy river";
    invalid: "a stubborn child", "aggressive behaviour", "she was stubborn."."""
    head, _ = _noun_after(span, sent, ("JJ", "HYPH", "VBG"), max_skipped=3)
    if head is None:
        return False
    return head.lower_ not in people and head.lemma_.lower() not in people


@dataclass(frozen=True)
class Negation:
    """Words that deny a label (`rules/coach/negation.yml`)."""

    negators: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    limiters: frozenset[str]
    bridges: frozenset[str]
    max_gap: int
    ideas: frozenset[str] = frozenset()
    mentions: tuple[tuple[str, ...], ...] = ()
    reported: frozenset[str] = frozenset()
    corrections: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_negation(path: Path | None = None) -> Negation:
    """The denial words, read once; a malformed file raises RulesError naming it."""
    path = path or rules_dir() / "coach" / "negation.yml"
    record = _read_yaml(path)
    keys = ("negators", "negator_phrases", "limiters", "bridge_words")
    if not isinstance(record, dict) or not all(_non_empty_strings(record.get(k)) for k in keys):
        raise _fail(path, None, f"needs non-empty lists {', '.join(keys)}")
    gap = record.get("max_gap")
    if not isinstance(gap, int) or isinstance(gap, bool) or gap < 0:
        raise _fail(path, None, "max_gap must be a whole number >= 0")
    corrected = record.get("corrected_mentions") or {}
    if not isinstance(corrected, dict) or (
        corrected
        and not all(_non_empty_strings(corrected.get(k)) for k in ("reported", "corrections"))
    ):
        raise _fail(path, None, "corrected_mentions needs non-empty lists reported, corrections")
    return Negation(
        negators=frozenset(w.lower() for w in record["negators"]),
        phrases=tuple(tuple(p.lower().split()) for p in record["negator_phrases"]),
        limiters=frozenset(w.lower() for w in record["limiters"]),
        bridges=frozenset(w.lower() for w in record["bridge_words"]),
        max_gap=gap,
        ideas=frozenset(w.lower() for w in record.get("denied_ideas") or ()),
        mentions=tuple(tuple(p.lower().split()) for p in record.get("mention_phrases") or ()),
        reported=frozenset(w.lower() for w in corrected.get("reported") or ()),
        corrections=frozenset(w.lower() for w in corrected.get("corrections") or ()),
    )


# Tags that may stand between a denial and what it denies: "not FROM HER own choices",
# "not A lifestyle choice", "not TO blame", "is not about her BEING difficult".
_BRIDGE_TAGS = frozenset({"DT", "IN", "TO", "PRP$", "PRP", "POS"})


def denial_start(span: Span, negation: Negation | None = None) -> int | None:
    """The index of the first token of the denial when the writer denies the match: a
    negator (or "rather than") before it in the same clause, past only small bridge words, not
    followed by a limiter ("not just"), or a phrase that names the match as wording not to
    use ("instead of writing that she was aggressive"); else None.

    valid (denied): "not from her own choices", "is not a lifestyle choice", "not to blame",
    "not about her being difficult", "he was not aggressive";
    invalid (still coached): "not compliant" (the negation is the rule's own words), "does
    not help herself" (a verb is denied: the blame is the negation), "not just attention
    seeking", "not engaging, she is a lifestyle choice" (another clause).
    """
    negation = negation or load_negation()
    doc = span.doc
    words = [t.lower_ for t in span]
    if any(w in negation.negators for w in words):
        return None
    reported = _starts_with_verb(span)  # only a mention excuses it: "instead of saying he ..."
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    corrected = _corrected_mention(span, sent, negation)
    if corrected is not None:
        return corrected
    i, gap = span.start - 1, 0
    while i >= sent.start:
        token = doc[i]
        for phrase in negation.mentions:  # "instead of writing that ...": no limiter here
            first = i - len(phrase) + 1
            if first >= sent.start and tuple(t.lower_ for t in doc[first : i + 1]) == phrase:
                return first
        if not reported and token.lower_ in negation.negators:
            return i if _denies(doc, i + 1, span.start, negation) else None
        for phrase in () if reported else negation.phrases:
            first = i - len(phrase) + 1
            if first >= sent.start and tuple(t.lower_ for t in doc[first : i + 1]) == phrase:
                return first if _denies(doc, i + 1, span.start, negation) else None
        bridge = (
            token.tag_ in _BRIDGE_TAGS
            or token.lower_ in negation.bridges
            or token.lemma_.lower() == "be"
        )
        if not bridge or gap >= negation.max_gap:
            return None
        gap += 1
        i -= 1
    return None


def _corrected_mention(span: Span, sent: Span, negation: Negation) -> int | None:
    """The index of a writing verb before the match when a correcting verb follows it in the
    same sentence: the label is reported as what a record said, then put right.
    valid: "I wrote that he was aggressive, but ... I have rewritten the note", "The note said
    she made poor choices; we rewrote it"; invalid: "I wrote that he was aggressive"."""
    if not negation.corrections:
        return None
    doc = span.doc
    corrections = negation.corrections
    if not any(
        t.lemma_.lower() in corrections or t.lower_ in corrections for t in doc[span.end : sent.end]
    ):
        return None
    for i in range(span.start - 1, sent.start - 1, -1):
        if doc[i].lemma_.lower() in negation.reported and doc[i].tag_.startswith("VB"):
            return i
    return None


def denied_ideas(doc: Doc, taken: set[int] = frozenset()) -> list[Span]:
    """Denied blame ideas outside rule matches, each from its denial to the end of its clause:
    "not from choices she is making", "none of this is her fault". A noun only: "she does not
    choose to" reports what she does.

    valid: "The risk comes from the men, not from choices she is making" -> "not from choices
    she is making"; invalid: "She is making poor choices" (no denial), "not just her choices".
    """
    negation = load_negation()
    out: list[Span] = []
    for token in doc:
        if (
            token.i in taken
            or token.tag_ not in ("NN", "NNS")
            or token.lemma_.lower() not in negation.ideas
        ):
            continue
        start = denial_start(doc[token.i : token.i + 1], negation)
        if start is None:
            continue
        sent = token.sent if doc.has_annotation("SENT_START") else doc[:]
        end = token.i + 1
        while end < sent.end and not doc[end].is_punct:
            end += 1
        out.append(doc[start:end])
    return out


def _denies(doc: Doc, after: int, start: int, negation: Negation) -> bool:
    """The negator before token `after` denies the match at `start`: no limiter follows it."""
    return not (after < start and doc[after].lower_ in negation.limiters)


def _starts_with_verb(span: Span) -> bool:
    """A match led by a verb other than "be" reports what the person does, so a negation
    before it is part of the blame ("does not help herself", "never takes responsibility")."""
    first = span[0]
    return (first.tag_.startswith("VB") or first.tag_ == "MD") and first.lemma_.lower() != "be"


@dataclass(frozen=True)
class Reframes:
    """Phrases that explain or answer a label in the same sentence (`rules/coach/reframes.yml`)."""

    explained_categories: frozenset[str]
    explained: tuple[tuple[str, ...], ...]
    harm_named_rules: frozenset[str]
    harm_named: tuple[tuple[str, ...], ...]
    max_gap: int
    named_as_harm_categories: frozenset[str] = frozenset()
    named_as_harm_after: tuple[tuple[str, ...], ...] = ()
    named_as_harm_before: tuple[str, ...] = ()
    named_as_harm_gap: int = 0
    named_earlier_rules: frozenset[str] = frozenset()
    named_earlier: tuple[tuple[str, ...], ...] = ()
    disclosed_rules: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    speakers: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_reframes(path: Path | None = None) -> Reframes:
    """The reframing phrases, read once; a malformed file raises RulesError naming it."""
    path = path or rules_dir() / "coach" / "reframes.yml"
    record = _read_yaml(path)
    sections = {
        "explained": ("categories", "phrases"),
        "harm_named": ("rules", "phrases"),
        "named_as_harm": ("categories", "after", "before"),
    }
    if not isinstance(record, dict) or not all(
        isinstance(record.get(name), dict)
        and all(_non_empty_strings(record[name].get(key)) for key in keys)
        for name, keys in sections.items()
    ):
        raise _fail(
            path,
            None,
            "needs explained (categories, phrases), harm_named (rules, phrases), "
            "named_as_harm (categories, after, before)",
        )
    gaps = (record.get("max_gap"), record["named_as_harm"].get("max_gap"))
    if not all(isinstance(g, int) and not isinstance(g, bool) and g >= 0 for g in gaps):
        raise _fail(path, None, "max_gap must be a whole number >= 0")

    def phrases(name: str, key: str = "phrases") -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.lower().split()) for p in record[name][key])

    earlier = record["named_as_harm"].get("earlier") or {}
    disclosed = record.get("disclosed") or {}
    optional = {
        "named_as_harm.earlier": (earlier, ("rules", "phrases")),
        "disclosed": (disclosed, ("rules", "speech_verbs", "speakers")),
    }
    for name, (section, keys) in optional.items():
        if not isinstance(section, dict) or (
            section and not all(_non_empty_strings(section.get(k)) for k in keys)
        ):
            raise _fail(path, None, f"{name} needs non-empty lists {', '.join(keys)}")

    def words(section: dict, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in section.get(key) or ())

    return Reframes(
        explained_categories=frozenset(record["explained"]["categories"]),
        explained=phrases("explained"),
        harm_named_rules=frozenset(record["harm_named"]["rules"]),
        harm_named=phrases("harm_named"),
        max_gap=gaps[0],
        named_as_harm_categories=frozenset(record["named_as_harm"]["categories"]),
        named_as_harm_after=phrases("named_as_harm", "after"),
        named_as_harm_before=tuple(
            " ".join(p.lower().split()) for p in record["named_as_harm"]["before"]
        ),
        named_as_harm_gap=gaps[1],
        named_earlier_rules=frozenset(earlier.get("rules") or ()),
        named_earlier=tuple(tuple(p.lower().split()) for p in earlier.get("phrases") or ()),
        disclosed_rules=frozenset(disclosed.get("rules") or ()),
        speech_verbs=words(disclosed, "speech_verbs"),
        speakers=words(disclosed, "speakers"),
    )


def reframed(rule: Rule, span: Span, reframes: Reframes | None = None) -> bool:
    """The same sentence explains the label as a response to harm, after it and close by ("her
    risk-taking is a response to trauma"), names what the label hides as the harm it is ("sexual
    activity with a 12-year-old is rape in law", "a child cannot consent to sexual activity
    with an adult"), or, for a relationship word, names the adult as the one causing harm ("her
    boyfriend, who is 24, had been controlling her").

    invalid (still coached): "his aggressive behaviour has increased since ...", "in response to
    his aggression officers ...", "an older boyfriend aged 24 who buys her phones".
    """
    reframes = reframes or load_reframes()
    if rule.id in reframes.named_earlier_rules and _phrase_before(span, reframes.named_earlier):
        return True
    if rule.id in reframes.disclosed_rules and _disclosed(span, reframes):
        return True
    if rule.category in reframes.named_as_harm_categories and (
        _phrase_after(span, reframes.named_as_harm_after, reframes.named_as_harm_gap)
        or _text_before(span, reframes.named_as_harm_before)
    ):
        return True
    if rule.category in reframes.explained_categories:
        return _phrase_after(span, reframes.explained, reframes.max_gap)
    if rule.id in reframes.harm_named_rules:
        return _phrase_after(span, reframes.harm_named, None)
    return False


# Words that may stand between "cannot consent to" and the label: "cannot consent to ANY
# sexual activity with".
_BEFORE_BRIDGE_TAGS = frozenset({"DT", "JJ", "RB"})


def _text_before(span: Span, phrases: tuple[str, ...]) -> bool:
    """One of `phrases` ends just before the span in the same sentence, past at most two small
    words; compared as lower-case text, so "cannot" and "can't" are written as they are typed.
    valid: "A child cannot consent to sexual activity with an adult"; invalid: "she said she
    could consent, and the sexual activity with him" (not just before)."""
    if not phrases:
        return False
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    k = span.start
    for _ in range(3):
        before = " ".join(doc[sent.start : k].text.lower().split())
        for phrase in phrases:
            if before.endswith(phrase) and (
                len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()
            ):
                return True
        if k <= sent.start or doc[k - 1].tag_ not in _BEFORE_BRIDGE_TAGS:
            return False
        k -= 1
    return False


def _phrase_before(span: Span, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of `phrases` ends before the span in the same sentence (anywhere before it).
    valid: "She was sexually exploited by men who gave her vapes in return for sex";
    invalid: "She gave sex in return for vapes and was exploited by them" (after)."""
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    words = [t.lower_ for t in doc[sent.start : span.start]]
    return any(
        tuple(words[i : i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1)
    )


def _disclosed(span: Span, reframes: Reframes) -> bool:
    """The match is in a disclosure reported in indirect speech: a speaker ("she", "the
    victim") and a speech verb before it in the same sentence, the same pronoun within four
    words after the verb. valid: "She said she had been forced to have sex by her partner",
    "he told officers that he ..."; invalid: "she claims she was forced" (not a speech verb),
    "forced to have sex, she said" (nothing before)."""
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    people = person_nouns()
    for i in range(sent.start + 1, span.start):
        verb = doc[i]
        if verb.lemma_.lower() not in reframes.speech_verbs or not verb.tag_.startswith("VB"):
            continue
        speaker = doc[i - 1].lower_
        if speaker not in reframes.speakers and speaker not in people:
            continue
        after = [t.lower_ for t in doc[i + 1 : min(span.start, i + 5)]]
        pronoun = speaker if speaker in reframes.speakers else None
        if any(w == pronoun if pronoun else w in reframes.speakers for w in after):
            return True
    return False


def _phrase_after(span: Span, phrases: tuple[tuple[str, ...], ...], max_gap: int | None) -> bool:
    """One of `phrases` starts within `max_gap` words after the span (None: anywhere after it)
    in the same sentence, not led by "in" ("in response to" says what others did)."""
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    last = sent.end if max_gap is None else min(sent.end, span.end + max_gap + 1)
    if last <= span.end:
        return False
    # The words from the span's last one to the sentence's end, read once (a Token per word
    # per phrase was most of the coach's time on a long sentence); words[k] is doc[base + k].
    base = span.end - 1
    words = [t.lower_ for t in doc[base : sent.end]]
    starting = _by_first_word(phrases)
    for k in range(1, last - base):
        if words[k - 1] == "in":
            continue
        for phrase in starting.get(words[k], ()):
            if tuple(words[k : k + len(phrase)]) == phrase:  # shorter at the sentence's end
                return True
    return False


@lru_cache(maxsize=16)
def _by_first_word(
    phrases: tuple[tuple[str, ...], ...],
) -> dict[str, list[tuple[str, ...]]]:
    """The phrases grouped by their first word."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return grouped


@lru_cache(maxsize=1)
def get_rule_matcher() -> RuleMatcher:
    """The bundled rules, validated and compiled once per process."""
    from tips_nlp.nlp import get_nlp

    return RuleMatcher(load_rules(), get_nlp())
