"""Consistent, numbered placeholders: the same person is "[PERSON 1]" everywhere in a document.

Alias linking (a separate step from detection) decides which PERSON mentions are one person:

- mentions are compared without case, accents, possessive 's or titles
  ("Kyle O'Brien", "KYLE O'BRIEN", "Kyle O'Brien's" are one key);
- a full name (two or more words) is a person;
- a single word ("Kyle", "O'Brien") or initials ("K.O'B", "K.O.") joins the one full name
  it is part of; so does an initial and a shortened surname ("K. HOPE", "L. O'C", "S NB",
  "J Smith") when one full name fits it;
- the family rule: when a single word fits two or more full names (a surname shared by
  "Janet O'Brien" and "Kyle O'Brien", or two Kyles), it is NOT attributed to either; it gets
  a placeholder of its own, the same for every such mention. A wrong link would put one
  person's words or acts on another; a separate label only costs the reader a guess.
- a single word that fits no full name is its own person.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

# "Kyle's" -> "Kyle", "Jones'" -> "Jones"; not "Rose" -> "Ro"
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "fr",
        "rev",
        "revd",
        "cllr",
        "sister",
        "dc",
        "ds",
        "di",
        "dci",
        "pc",
        "pcso",
        "ps",
        "sgt",
        "insp",
        "det",
        "officer",
    ]
)


def normalise_value(value: str) -> str:
    """The key two mentions share when they name the same thing ("Kyle's" ~ "kyle")."""
    value = _SPACES.sub(" ", value.strip().replace("’", "'"))
    value = _POSSESSIVE.sub("", value)
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _name_words(key: str) -> list[str]:
    words = [w.strip(".,") for w in key.split(" ")]
    return [w for w in words if w and w.rstrip(".") not in _TITLES]


def _initials(key: str) -> str | None:
    """'j.s.' / 'j. s.' -> 'js'; None when the mention is not initials."""
    compact = key.replace(" ", "")
    if re.fullmatch(r"(?:[a-z]\.){1,3}[a-z]?\.?", compact):
        return compact.replace(".", "")
    return None


def link_people(values: Sequence[str]) -> dict[str, str]:
    """Map each PERSON mention's key to the key of the person it refers to (rules above)."""
    keys = {normalise_value(v) for v in values}
    # "APF" written in capitals may be initials ("Ana Paula Ferreira (APF)"); "Apf" is not
    capitals = {normalise_value(v) for v in values if _CAPITALS.fullmatch(v.strip())}
    words_of = {k: _name_words(k) for k in keys}
    full = sorted(
        {" ".join(w) for w in words_of.values() if len(w) >= 2 and not _initials(" ".join(w))}
    )
    link: dict[str, str] = {}
    for key, words in words_of.items():
        joined = " ".join(words)
        if len(words) == 2 and len(words[0]) == 1:  # "k. hope", "l. o'c": a given name's initial
            given = [f for f in full if len(f.split(" ")[0]) > 1]
            owners = short_form_owners(words[0], words[1], given)
            if len(owners) == 1:
                link[key] = owners[0]
                continue
        if joined in full:
            link[key] = joined
            continue
        initials = _initials(key)
        if initials:
            owners = [f for f in full if "".join(w[0] for w in f.split(" ")) == initials]
        elif len(words) == 1:
            owners = [f for f in full if words[0] in f.split(" ")]
            if not owners and key in capitals:
                owners = initials_owners(words[0], full)
        else:
            owners = []
        if len(owners) == 1:
            link[key] = owners[0]
        elif len(owners) > 1:
            link[key] = "shared: " + joined  # the family rule: never guess between people
        else:
            link[key] = joined or key
    return link


_CAPITALS = re.compile(r"[A-Z]{2,4}")


def initials_owners(word: str, full: Sequence[str]) -> list[str]:
    """Full names whose words' first letters (all, or first and last) spell `word`: "apf" ->
    ["ana paula ferreira"]; "af" also fits it (first and last); "jb" fits no "ana ferreira"."""
    owners = []
    for name in full:
        letters = "".join(w[0] for w in name.split(" "))
        if word in {letters, letters[0] + letters[-1]}:
            owners.append(name)
    return owners


def short_form_owners(initial: str, surname: str, full: Sequence[str]) -> list[str]:
    """Full names an initial and a shortened surname stand for: "k" + "hope" -> "kerry hope",
    "l" + "o'c" -> "liam o'connell", "s" + "nb" -> "siobhan ni bhriain"; "k" + "ho" fits no
    "kerry hope" (a cut surname needs its O'/D' apostrophe)."""
    owners = []
    for name in full:
        first, *rest = name.split(" ")
        if not rest or first[0] != initial:
            continue
        last = rest[-1]
        if (
            surname == " ".join(rest)
            or (re.fullmatch(r"[od]'[a-z]", surname) and last.startswith(surname))
            or (len(rest) >= 2 and surname == "".join(w[0] for w in rest))
        ):
            owners.append(name)
    return owners


def assign_placeholders(spans: Iterable[tuple[str, str]], labels: Mapping[str, str]) -> list[str]:
    """Number each (entity_type, value) in order of first appearance, per label.

    PERSON mentions are linked first (see the module docstring), so "Kyle" and "Kyle O'Brien"
    share a placeholder. Returns one placeholder per input span, e.g. "[PERSON 1]", "[PHONE 1]".
    """
    spans = list(spans)
    people = link_people([v for t, v in spans if t == "PERSON"])
    counters: dict[str, int] = {}
    seen: dict[tuple[str, str], str] = {}
    placeholders = []
    for entity_type, value in spans:
        label = labels.get(entity_type, entity_type.replace("_", " "))
        key = normalise_value(value)
        if entity_type == "PERSON":
            key = people[key]
        if (label, key) not in seen:
            counters[label] = counters.get(label, 0) + 1
            seen[(label, key)] = f"[{label} {counters[label]}]"
        placeholders.append(seen[(label, key)])
    return placeholders
