"""Framing markers: signs that a sentence is written the recommended way.

The classifier learned topic words ("exploited", "drugs", "self-harm", "missing") as signs of
deficit framing, so sentences written the recommended way on those topics were flagged. These
markers name the framing instead (the harm with its agent, person-first wording, the person's
own account, and the rules' own alternatives) and are appended to the classifier's input as
tokens, so one weight per marker generalises to wordings no training row holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tips_nlp.resources import ConfigError, read_config_yaml, read_word_lists, rules_dir

# Appended token for each marker: letters only, so the word and char vectorisers keep it whole.
TOKEN_PREFIX = "framingmark"
RECOMMENDED = "recommended"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@lru_cache(maxsize=1)
def framing_markers() -> dict[str, re.Pattern]:
    """Marker name -> compiled regex, from rules/coach/framing.yml."""
    path = _framing_path()
    conf = read_config_yaml(path)
    markers = conf.get("markers") if isinstance(conf, dict) else None
    if not isinstance(markers, dict) or not markers:
        raise ConfigError(f"{path}: expected a mapping 'markers'")
    return {name: re.compile(pattern, re.IGNORECASE) for name, pattern in markers.items()}


def _framing_path():
    return rules_dir() / "coach" / "framing.yml"


def _alternative_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted((rules_dir() / "language").glob("*.yml")):
        for record in read_config_yaml(path) or []:
            texts.extend(str(a) for a in record.get("alternatives", []))
    for record in read_config_yaml(rules_dir() / "coach" / "categories.yml") or []:
        texts.extend(str(a) for a in record.get("alternatives", []))
    return texts


@lru_cache(maxsize=1)
def recommended_trigrams() -> frozenset[tuple[str, ...]]:
    """Word trigrams of the rules' alternatives holding a content word; placeholders
    ("[person]") and writer instructions ("describe what ...") split the text."""
    lists = read_word_lists(_framing_path(), ("function_words", "instructions"))
    function_words, instructions = set(lists["function_words"]), set(lists["instructions"])
    found: set[tuple[str, ...]] = set()
    for text in _alternative_texts():
        for segment in re.split(r"\[[^\]]*\]|[;,/:()\"]|\be\.g\.", text.lower()):
            words = _WORD.findall(segment)
            if words and words[0] in instructions:
                continue
            for i in range(len(words) - 2):
                gram = tuple(words[i : i + 3])
                if any(w not in function_words for w in gram):
                    found.add(gram)
    return frozenset(found)


def framing_tokens(text: str) -> list[str]:
    """One token per marker found in `text` (e.g. "framingmarkpassiveagent")."""
    names = [name for name, regex in framing_markers().items() if regex.search(text)]
    words = _WORD.findall(text.lower())
    trigrams = recommended_trigrams()
    if any(tuple(words[i : i + 3]) in trigrams for i in range(len(words) - 2)):
        names.append(RECOMMENDED)
    return [TOKEN_PREFIX + re.sub(r"[^a-z]", "", name) for name in names]
