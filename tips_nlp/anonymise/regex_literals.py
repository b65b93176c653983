"""Literals every match of a pattern needs: a text without them is not searched at all.

Most of our ~190 patterns can only match where a fixed word is ("PC", "flat", "ref", "road")
or a digit is, yet the regex engine tries each at every position of every text. Here the
pattern is read once (Python's own regex parser over the pattern text) and reduced to a few
clauses, each a set of alternatives that every match must contain at least one of: a lower-
case ASCII string or DIGIT (any character `\\d` matches). A text is searched only when every
clause has an alternative in it, checked with `in` on the lower-cased text.

The derivation only ever forgets constraints, never invents them, so a match is never lost:
- a literal character, or a class of a few ASCII characters, is the set of its characters;
  anything else (`.`, `\\w`, a negated or large class, a back-reference) constrains nothing;
  a class of digits only is DIGIT;
- a run of such items in a row is the set of their concatenations (every match holds one
  as a substring); a run too large to enumerate is closed and a new one started;
- a repeat at least once keeps what its body needs; an optional one keeps nothing (or, a few
  copies at most, the set of its possible strings, "" included, which ends no clause);
- an alternation needs one of its branches' clauses (each branch contributes its best);
- a positive look-around's content is in the text too (beside the match, not inside it),
  so its clauses count, but it breaks a run; a negative one constrains nothing.
Case is dropped (the text and the literals are lower-cased), which only widens a clause, and
only ASCII literals are kept: the four non-ASCII characters that IGNORECASE lets match an
ASCII letter but that do not lower-case to it (`IGNORECASE_ODDITIES`) turn the gate off.
A pattern using syntax Python's parser reads differently from the `regex` module (POSIX
classes, fuzzy counts, nested sets) or cannot read gets no gate and is searched as before.
valid: r"(?<=\\bPC\\s)\\d{3,5}" -> [{"pc"}, {DIGIT}]; r"(?:flat|apartment) \\d+" ->
[{"flat ", "apartment "}, {DIGIT}]; invalid (no gate): r"[A-Z]\\w+", r"(?:ref)?\\w+".
"""

from __future__ import annotations

import warnings
from itertools import product
from re import _constants as sre_constants
from re import _parser as sre_parse

import regex

DIGIT = "\0d"  # the clause element "some character `\d` matches" (no literal holds "\0")
# Non-ASCII characters that a case-insensitive ASCII literal matches but whose lower case is
# not that literal ("ſ" matches "s", "K" the Kelvin sign matches "k"): a text holding one is
# searched without a gate (tests check this list against every code point).
IGNORECASE_ODDITIES = "\u0130\u0131\u017f\u212a"
_ODDITY = regex.compile(f"[{IGNORECASE_ODDITIES}]")
_DIGIT_RE = regex.compile(r"\d")
# Flags whose meaning Python's parser shares (IGNORECASE, MULTILINE, DOTALL, ...); not
# VERBOSE, whose whitespace in classes the two parsers may read differently.
_KNOWN_FLAGS = regex.I | regex.M | regex.S | regex.U | regex.A
# Syntax the `regex` module reads differently: POSIX or nested classes, fuzzy matching or
# counts with spaces ("{e<=1}", "{1, 3}"), inline flags (VERBOSE, or any version flag).
_OTHER_SYNTAX = regex.compile(
    r"\[\[|\[([:=.])\^?\w+\1\]|\{(?!\d*,?\d*\})|\(\?[a-zA-Z]*[xXVrbefwpL0-9]"
)
_MAX_STRINGS = 64  # strings a set may enumerate
_MAX_COPIES = 4  # copies of a bounded repeat enumerated
_MAX_CLASS = 10  # characters of a class enumerated
_MAX_CLAUSES = 4  # clauses kept per pattern (the most selective)

Clause = frozenset  # of str: lower-case ASCII literals, or DIGIT
_ANY = sre_constants.MAXREPEAT


class _Info:
    """What a piece of pattern needs: `exact`, the set of strings it can match (None: too
    many or unknown); `clauses`, sets of which every match holds one element each."""

    __slots__ = ("exact", "clauses")

    def __init__(self, exact: frozenset | None, clauses: list[Clause]) -> None:
        self.exact = exact
        self.clauses = clauses


def _selectivity(clause: Clause) -> tuple[int, int]:
    """Longer alternatives first (a digit counts as one character), then fewer of them."""
    return (min(1 if s == DIGIT else len(s) for s in clause), -len(clause))


def _holds(element: str, other: str) -> bool:
    """Whether a text holding `other` holds `element` too."""
    if element == DIGIT:
        return other == DIGIT or any("0" <= c <= "9" for c in other)
    return other != DIGIT and element in other


def _best(clauses: list[Clause]) -> list[Clause]:
    """The most selective clauses, without one that a clause kept before already implies."""
    kept: list[Clause] = []
    for clause in sorted(set(clauses), key=_selectivity, reverse=True):
        if not any(all(any(_holds(e, o) for e in clause) for o in k) for k in kept):
            kept.append(clause)
    return kept[:_MAX_CLAUSES]


def _as_clause(exact: frozenset | None) -> Clause | None:
    if exact is None or "" in exact or not exact:
        return None
    return Clause(exact)


def _class_info(members: list) -> _Info:
    chars: set[str] = set()
    digits_only, enumerable = True, True
    for op, av in members:
        if op is sre_constants.LITERAL:
            chars.add(chr(av))
            digits_only = digits_only and chr(av).isdigit() and chr(av).isascii()
        elif op is sre_constants.RANGE:
            lo, hi = av
            digits_only = digits_only and ord("0") <= lo <= hi <= ord("9")
            if hi - lo < _MAX_CLASS:
                chars.update(chr(c) for c in range(lo, hi + 1))
            else:
                enumerable = False
        elif op is sre_constants.CATEGORY and av is sre_constants.CATEGORY_DIGIT:
            enumerable = False
        else:  # NEGATE, other categories: anything goes
            return _Info(None, [])
    if digits_only and members:
        return _Info(None, [Clause({DIGIT})])
    if (
        not enumerable
        or len(chars) > _MAX_CLASS
        or not all(c.isascii() and c != "\0" for c in chars)
    ):
        return _Info(None, [])
    return _Info(frozenset(c.lower() for c in chars), [])


def _repeat_info(lo: int, hi: int, body: _Info) -> _Info:
    exact = None
    if (
        body.exact is not None
        and hi != _ANY
        and hi <= _MAX_COPIES
        and sum(len(body.exact) ** k for k in range(lo, hi + 1)) <= _MAX_STRINGS
    ):
        strings: set[str] = set()
        for copies in range(lo, hi + 1):
            strings.update("".join(p) for p in product(sorted(body.exact), repeat=copies))
        exact = frozenset(strings)
    clauses = list(body.clauses) if lo >= 1 else []
    if lo >= 1 and exact is None and (clause := _as_clause(body.exact)):
        clauses.append(clause)
    return _Info(exact, clauses)


def _branch_info(branches: list[_Info]) -> _Info:
    exact: set[str] | None = set()
    for branch in branches:
        if exact is not None and branch.exact is not None:
            exact |= branch.exact
        else:
            exact = None
    if exact is not None and len(exact) > _MAX_STRINGS:
        exact = None
    union: set[str] = set()
    for branch in branches:
        own = _best([*branch.clauses, *filter(None, [_as_clause(branch.exact)])])
        if not own:
            return _Info(frozenset(exact) if exact is not None else None, [])
        union |= own[0]
    clauses = [Clause(union)] if len(union) <= _MAX_STRINGS else []
    return _Info(frozenset(exact) if exact is not None else None, clauses)


def _sequence_info(items: list) -> _Info:
    clauses: list[Clause] = []
    run: set[str] | None = {""}
    whole_exact = True
    for op, av in items:
        info = _item_info(op, av)
        clauses += info.clauses
        if info.exact is None:
            whole_exact = False
            if clause := _as_clause(frozenset(run) if run is not None else None):
                clauses.append(clause)
            run = {""}
            continue
        joined = {a + b for a in run for b in info.exact}
        if len(joined) > _MAX_STRINGS:
            whole_exact = False
            if clause := _as_clause(frozenset(run)):
                clauses.append(clause)
            joined = set(info.exact)
        run = joined
    if clause := _as_clause(frozenset(run)):
        clauses.append(clause)
    return _Info(frozenset(run) if whole_exact else None, _best(clauses))


def _item_info(op, av) -> _Info:  # noqa: ANN001 - sre internals
    if op is sre_constants.LITERAL:
        char = chr(av)
        return _Info(frozenset({char.lower()}) if char.isascii() and char != "\0" else None, [])
    if op is sre_constants.IN:
        return _class_info(av)
    if op is sre_constants.AT or op is sre_constants.ASSERT_NOT:
        return _Info(frozenset({""}), [])  # zero width: matches nothing, needs nothing
    if op is sre_constants.ASSERT:
        return _Info(None, _sequence_info(av[1]).clauses)
    if op is sre_constants.SUBPATTERN:
        return _sequence_info(av[3])
    if op is sre_constants.ATOMIC_GROUP:
        return _sequence_info(av)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        lo, hi, body = av
        return _repeat_info(lo, hi, _sequence_info(body))
    if op is sre_constants.BRANCH:
        return _branch_info([_sequence_info(branch) for branch in av[1]])
    return _Info(None, [])  # ANY, NOT_LITERAL, back-references, conditionals: anything goes


def required_clauses(pattern: str, flags: int) -> list[Clause]:
    """Clauses every match of `pattern` (compiled by `regex` with `flags`) satisfies in the
    text it is found in; [] when nothing is known (the pattern is always searched)."""
    if flags & ~_KNOWN_FLAGS or _OTHER_SYNTAX.search(pattern):
        return []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = sre_parse.parse(pattern, flags & ~(regex.U | regex.A))
    except Exception:  # noqa: BLE001 - syntax only the `regex` module reads: no gate
        return []
    return _sequence_info(list(parsed)).clauses


class TextFacts:
    """The lower-cased text and each clause's answer, made once per text for every gate."""

    __slots__ = ("text", "lowered", "oddities", "_answers", "_present")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self.oddities = _ODDITY.search(text) is not None
        self._answers: dict[Clause, bool] = {}  # patterns share clauses (a digit, "the")
        self._present: dict[str, bool] = {}  # and clauses share elements (a digit, " (")

    def has(self, element: str) -> bool:
        present = self._present.get(element)
        if present is None:
            if element == DIGIT:
                present = _DIGIT_RE.search(self.text) is not None
            else:
                present = element in self.lowered
            self._present[element] = present
        return present

    def satisfies(self, clause: Clause) -> bool:
        answer = self._answers.get(clause)
        if answer is None:
            answer = self._answers[clause] = any(self.has(element) for element in clause)
        return answer


_last: TextFacts | None = None


def facts(text: str) -> TextFacts:
    """TextFacts of `text`, remembered for the last text (every pattern sees the same one)."""
    global _last
    last = _last
    if last is None or last.text is not text:
        last = _last = TextFacts(text)
    return last


def may_match(clauses: list[Clause], text: str) -> bool:
    """False only when `text` lacks every alternative of some clause (so nothing matches)."""
    if not clauses:
        return True
    known = facts(text)
    if known.oddities:
        return True
    return all(map(known.satisfies, clauses))
