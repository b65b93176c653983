"""Document-level notes on a narrative: own words recorded, described not labelled, actor named.

The word lists and messages live in `rules/coach/notes.yml`. Passives are found with the
tagger alone (the shared pipeline has no parser): a form of "be"/"get", optional adverbs,
then a past participle of a harm verb, with no "by" after it in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

from tips_nlp.coach.principles import PRINCIPLE_NAMES, RulesError
from tips_nlp.coach.quotes import inside_quotes
from tips_nlp.coach.result import SEVERITIES, Finding, Note
from tips_nlp.resources import rules_dir, safe_load_yaml

# Adverbs and "being"/"been" may sit between the auxiliary and the participle:
# "was repeatedly hit", "had been sexually assaulted", "was being groomed".
_BETWEEN_TAGS = {"RB", "RBR", "RBS", "VBN", "VBG"}
_MAX_GAP = 3


@dataclass(frozen=True)
class NoteConfig:
    raw: dict
    min_sentences: int

    def words(self, *keys: str) -> frozenset[str]:
        node = self.raw
        for key in keys:
            node = node[key]
        return frozenset(w.lower() for w in node)

    def note(self, *keys: str, **fields: str) -> Note:
        node = self.raw
        for key in keys:
            node = node[key]
        message = " ".join(node["message"].split())
        return Note(node["id"], node["principle"], node["severity"], message.format(**fields))


@lru_cache(maxsize=1)
def load_note_config(path: Path | None = None) -> NoteConfig:
    """The notes configuration; a malformed file raises RulesError naming it."""
    path = path or rules_dir() / "coach" / "notes.yml"
    try:
        raw = safe_load_yaml(path.read_text(encoding="utf-8"))
        config = NoteConfig(raw, int(raw["min_sentences"]))
        notes = [
            raw["own_words"]["recorded"],
            raw["own_words"]["missing"],
            raw["own_words"]["quoted_matches"],
            raw["describe_not_label"],
            raw["name_the_actor"],
        ]
        for node in notes:
            if node["principle"] not in PRINCIPLE_NAMES or node["severity"] not in SEVERITIES:
                raise RulesError(f"{path.name}: note '{node['id']}': bad principle or severity")
        for keys in (
            ("own_words", "speech_verbs"),
            ("describe_not_label", "label_categories"),
            ("describe_not_label", "observation_verbs"),
            ("name_the_actor", "harm_verbs"),
            ("name_the_actor", "auxiliaries"),
            ("name_the_actor", "others"),
        ):
            config.words(*keys)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise RulesError(f"{path.name}: cannot load notes ({exc.__class__.__name__})") from exc
    return config


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def own_words_notes(
    doc: Doc, quotes: list[tuple[int, int]], quoted_matches: int, config: NoteConfig
) -> list[Note]:
    """Whether the person's own words are recorded (quoted speech beside a speech verb)."""
    notes = []
    speech = config.words("own_words", "speech_verbs")
    attributed = False
    for sent in doc.sents:
        has_quote = any(
            sent.start_char < q_end and q_start < sent.end_char for q_start, q_end in quotes
        )
        if has_quote and any(
            _is(t, speech) and not inside_quotes(t.idx, t.idx + len(t), quotes) for t in sent
        ):
            attributed = True
            break
    long_enough = sum(1 for _ in doc.sents) >= config.min_sentences
    if attributed:
        notes.append(config.note("own_words", "recorded"))
    elif long_enough:
        notes.append(config.note("own_words", "missing"))
    if quoted_matches:
        notes.append(config.note("own_words", "quoted_matches"))
    return notes


def describe_not_label_note(doc: Doc, findings: list[Finding], config: NoteConfig) -> list[Note]:
    """Many labels and few observations: suggest describing what was seen and heard."""
    if sum(1 for _ in doc.sents) < config.min_sentences:
        return []
    labels = config.words("describe_not_label", "label_categories")
    n_labels = sum(1 for f in findings if f.category in labels and f.severity != "info")
    minimum = int(config.raw["describe_not_label"]["min_labels"])
    if n_labels < minimum:
        return []
    verbs = config.words("describe_not_label", "observation_verbs")
    n_observed = sum(1 for t in doc if t.pos_ in {"VERB", "AUX"} and _is(t, verbs))
    if n_observed >= n_labels:
        return []
    return [config.note("describe_not_label")]


def agentless_passives(
    doc: Doc, config: NoteConfig, quotes: list[tuple[int, int]] = ()
) -> list[str]:
    """Phrases like "was hit" / "had been raped" with no "by ..." later in the sentence.

    Passives inside quotes are the person's own words and are left alone."""
    harm = config.words("name_the_actor", "harm_verbs")
    auxiliaries = config.words("name_the_actor", "auxiliaries")
    found = []
    for token in doc:
        if token.tag_ not in {"VBN", "VBD"} or not _is(token, harm):
            continue
        if inside_quotes(token.idx, token.idx + len(token), list(quotes)):
            continue
        aux = None
        for back in range(1, _MAX_GAP + 2):
            i = token.i - back
            if i < token.sent.start:
                break
            prev = doc[i]
            if prev.lemma_.lower() in auxiliaries or prev.lower_ in auxiliaries:
                aux = prev
                break
            if prev.tag_ not in _BETWEEN_TAGS:
                break
        if aux is None:
            continue
        rest = doc[token.i + 1 : token.sent.end]
        if any(t.lower_ == "by" for t in rest):
            continue
        found.append(doc[aux.i : token.i + 1].text)
    return found


def name_the_actor_note(
    doc: Doc,
    config: NoteConfig,
    quotes: list[tuple[int, int]] = (),
    *,
    ensure_entities: Callable[[Doc], object] | None = None,
) -> list[Note]:
    """Agentless harm passives in a text that names other people.

    `ensure_entities(doc)` is called before PERSON entities are read, and only when no word
    already shows that others are named (a Doc parsed without the entity recogniser).
    """
    phrases = agentless_passives(doc, config, quotes)
    if not phrases:
        return []
    others = config.words("name_the_actor", "others")
    names_others = any(_is(t, others) for t in doc)
    if not names_others:
        if ensure_entities is not None:
            ensure_entities(doc)
        names_others = any(ent.label_ == "PERSON" for ent in doc.ents)
    if not names_others:
        return []
    shown = ", ".join(f'"{p}"' for p in dict.fromkeys(phrases))
    return [config.note("name_the_actor", phrases=shown)]
