"""A long alternation of phrases rewritten as a prefix tree that matches the same.

Python's `re` tries the alternatives of `(?:A|B|...)` one after another at every place it
looks: the place list (about 1,800 names) was tried whole at every word start of every text.
Written as a tree ("B(?:a(?:th|...)|r(?:...))") it follows one branch per character instead.

The tree keeps the first-match answer of the flat alternation exactly, by two rewrites that
keep the order in which the regex engine tries things:
- alternatives next to each other whose first atoms can never match the same character (two
  different letters) are swapped: at any place at most one of them gets past its first atom;
- alternatives next to each other that start with the same one-character literal share it:
  `aX|aY` is `a(?:X|Y)`. A separator run (`[\\s-]+`, `\\s+`) is shared only when every branch
  after it starts with a letter or digit, so the run always takes every separator before one.
Anything else (an optional apostrophe first, an alternative that ends here) keeps its place.
"""

from __future__ import annotations

import re

# The optional apostrophe (either form) of the place list: "Bishops Waltham" is "Bishop's".
APOSTROPHE = "['’]?"


def phrase_atoms(phrase: str, *, separator: str, optional_apostrophe: bool = False) -> list[str]:
    """`phrase` as regex atoms: a space is `separator` (a run of separators), an apostrophe
    optional when asked, other characters literal (escaped as `re.escape` does).
    valid: "St Ives" -> S, t, [\\s-]+, I, v, e, s."""
    atoms = []
    for char in phrase:
        if char == " ":
            atoms.append(separator)
        elif char == "'" and optional_apostrophe:
            atoms.append(APOSTROPHE)
        else:
            atoms.append(re.escape(char))
    return atoms


def _one_character(atom: str) -> bool:
    """A literal that always matches exactly one character (a letter, digit or escaped mark)."""
    return len(atom) == 1 or (len(atom) == 2 and atom[0] == "\\")


def _letter(atom: str) -> bool:
    """A letter or digit: never a space or a "-", whatever the separator."""
    return len(atom) == 1 and atom.isalnum()


class _Factoring:
    def __init__(self, separator: str, ignore_case: bool) -> None:
        self.separator = separator
        self.ignore_case = ignore_case

    def disjoint(self, a: str, b: str) -> bool:
        """Two different first atoms that can never match the same character."""
        if a == self.separator or b == self.separator:
            return _letter(b if a == self.separator else a)
        if not (_one_character(a) and _one_character(b)):
            return False
        if self.ignore_case:  # "a" and "A" match the same; so may "k" and the Kelvin sign
            return a.isascii() and b.isascii() and a.lower() != b.lower()
        return True

    def movable(self, first: str) -> bool:
        return first == self.separator or (first != "" and _one_character(first))

    def tree(self, alternatives: list[list[str]]) -> str:
        # Runs of alternatives whose order may change, each as groups sharing a first atom;
        # an alternative that starts otherwise (optional, or empty: it ends here) stands alone.
        runs: list[dict[str, list[list[str]]] | list[str]] = []
        for atoms in alternatives:
            first = atoms[0] if atoms else ""
            if not self.movable(first):
                runs.append(atoms)
                continue
            run = runs[-1] if runs and isinstance(runs[-1], dict) else None
            if run is not None and all(k == first or self.disjoint(k, first) for k in run):
                run.setdefault(first, []).append(atoms)
            else:
                runs.append({first: [atoms]})
        branches = []
        for run in runs:
            if isinstance(run, dict):
                branches += [self.shared_first(group) for group in run.values()]
            else:
                branches.append("".join(run))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def shared_first(self, group: list[list[str]]) -> str:
        """Alternatives that start with the same atom, in priority order, the atom written
        once (a separator run only when a letter follows it in every one)."""
        if len(group) == 1:
            return "".join(group[0])
        rests = [atoms[1:] for atoms in group]
        if group[0][0] == self.separator and not all(r and _letter(r[0]) for r in rests):
            return "(?:" + "|".join("".join(atoms) for atoms in group) + ")"
        return group[0][0] + self.tree(rests)


def factored_alternation(
    alternatives: list[list[str]], *, separator: str, ignore_case: bool = False
) -> str:
    """The regex of `(?:alt1|alt2|...)` (each a list of atoms from `phrase_atoms`, in
    priority order) as a prefix tree with the same first match at every position.
    ignore_case: the pattern is compiled with re.IGNORECASE (or the alternation is inside
    `(?i:...)`). No alternatives: "", as "|".join([]) is."""
    if not alternatives:
        return ""
    return _Factoring(separator, ignore_case).tree(alternatives)
