"""The rule files read the same through libyaml (fast) as through the pure-Python parser, and
both keep YAML 1.2 booleans ("off", "yes" stay words)."""

from __future__ import annotations

import pytest
import yaml

from tips_nlp.coach.rules import _rules_loader
from tips_nlp.resources import rules_dir

LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if yaml.__with_libyaml__ else [])
RULE_FILES = sorted((rules_dir() / "language").glob("*.yml")) + [
    rules_dir() / "coach" / "categories.yml"
]


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.name)
def test_both_parsers_read_each_rule_file_the_same(path):
    text = path.read_text(encoding="utf-8")
    read = [yaml.load(text, Loader=_rules_loader(base)) for base in LOADERS]  # noqa: S506
    assert read[0]
    assert all(r == read[0] and repr(r) == repr(read[0]) for r in read)


@pytest.mark.parametrize("base", LOADERS, ids=lambda b: b.__name__)
def test_only_true_and_false_are_booleans(base):
    text = "a: off\nb: yes\nc: true\nd: [kicked off, On]\ne: False\n"
    assert yaml.load(text, Loader=_rules_loader(base)) == {  # noqa: S506
        "a": "off",
        "b": "yes",
        "c": True,
        "d": ["kicked off", "On"],
        "e": False,
    }
