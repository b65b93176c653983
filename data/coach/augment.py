"""Templated augmentation for the coach training set (train side only, source ids template-*).

Small slot-filling grammar: a person, a framing, a context. Each deficit framing is paired with a
neutral description of the same situation, so the model learns the framing, not the topic.
Deterministic (seeded sample of the full product).
"""

from __future__ import annotations

import random

SEED = 7
PEOPLE = [
    "The male",
    "The female",
    "Child A",
    "Mum",
    "Dad",
    "The young person",
    "The detainee",
    "The victim",
    "The suspect",
    "The 15-year-old",
    "Her partner",
    "The adult at risk",
]
CONTEXTS = [
    "when officers arrived",
    "at the address",
    "in custody",
    "at the scene",
    "during the visit",
    "on the estate",
    "last night",
    "at school",
]
# (category, principle, framing) -> a deficit/blaming predicate.
FLAG_FRAMES = [
    ("labelling-behaviour", "Trust", "was being a complete nightmare"),
    ("labelling-behaviour", "Trust", "was acting up as usual"),
    ("labelling-behaviour", "Trust", "was being awkward for the sake of it"),
    ("labelling-behaviour", "Trust", "threw a strop"),
    ("canteen-slang", "Empowerment", "is a proper scrote"),
    ("canteen-slang", "Empowerment", "is just another low-life"),
    ("substance-use", "Empowerment", "is a drunk who cannot be helped"),
    ("substance-use", "Empowerment", "is a druggie as always"),
    ("mental-health", "Empowerment", "was acting like a lunatic"),
    ("mental-health", "Empowerment", "is a nutter"),
    ("disbelief", "Trust", "is probably lying again"),
    ("disbelief", "Trust", "claims to have been hurt but we have heard it all before"),
    ("coercive-phrasing", "Choice", "refused to engage as usual"),
    ("coercive-phrasing", "Choice", "was non-compliant and unhelpful"),
    ("victim-blaming", "Safety", "brought it on themselves"),
    ("victim-blaming", "Safety", "only has themselves to blame"),
    ("other-deficit", "Empowerment", "is a waste of police time"),
    ("other-deficit", "Empowerment", "is a hopeless case"),
]
NEUTRAL_FRAMES = [
    "shouted and banged on the door",
    "was crying and said they were scared",
    "said they had been drinking",
    "told us they had used cannabis earlier",
    "said they had been hit",
    "did not want to speak with officers",
    "asked for a solicitor",
    "had a cut to the left hand",
    "was taken to hospital by ambulance",
    "said they had not slept for two days",
    "was given a hot drink and a blanket",
    "said they were hearing voices",
]
ALTERNATIVE_FRAMES = [
    "became distressed and raised their voice",
    "declined to speak with officers at this time",
    "uses alcohol and told us they want support",
    "told us they were hurt and this was recorded",
    "was frightened and asked for help",
    "was being exploited by older adults",
]
QUOTE_FRAMES = [
    "said",
    "shouted",
    "told officers",
    "told the nurse",
]
QUOTED_WORDS = [
    "I'm a junkie",
    "I kicked off",
    "I'm a nutter",
    "she brought it on herself",
    "he's a scrote",
    "I'm a drunk",
    "she's attention seeking",
    "it was just a domestic",
]


def augmented_rows() -> list[dict[str, str]]:
    """The templated rows, in a fixed order."""
    rng = random.Random(SEED)
    flags = [
        (p, c, frame) for p in PEOPLE for c in CONTEXTS for frame in FLAG_FRAMES
    ]  # 12 * 8 * 18
    neutral = [(p, c, frame) for p in PEOPLE for c in CONTEXTS for frame in NEUTRAL_FRAMES]
    alternative = [(p, c, frame) for p in PEOPLE for c in CONTEXTS for frame in ALTERNATIVE_FRAMES]
    quoted = [(p, verb, words) for p in PEOPLE for verb in QUOTE_FRAMES for words in QUOTED_WORDS]
    rows = []
    for person, context, (category, principle, frame) in rng.sample(flags, 190):
        rows.append(_row(f"{person} {frame} {context}.", "flag", "blaming", "template-a"))
        rows[-1].update(category=category, principle=principle)
    for person, context, frame in rng.sample(neutral, 130):
        rows.append(_row(f"{person} {frame} {context}.", "ok", "neutral", "template-b"))
    for person, context, frame in rng.sample(alternative, 70):
        rows.append(_row(f"{person} {frame} {context}.", "ok", "alternative", "template-b"))
    for person, verb, words in rng.sample(quoted, 60):
        rows.append(_row(f'{person} {verb} "{words}".', "ok", "quoted", "template-c"))
    return rows


def _row(text: str, label: str, kind: str, source: str) -> dict[str, str]:
    return {
        "text": text,
        "label": label,
        "kind": kind,
        "category": "",
        "principle": "",
        "source": source,
    }
