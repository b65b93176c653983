"""Every bundled rule file validates; broken files fail loudly, naming the file and the rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tips_nlp.coach import PRINCIPLE_NAMES, SEVERITIES, RulesError
from tips_nlp.coach.rules import RuleMatcher, load_categories, load_rules
from tips_nlp.resources import rules_dir

ISSUE_CATEGORIES = {
    "labelling-behaviour",
    "victim-blaming",
    "exploitation",
    "domestic-abuse-minimising",
    "disbelief",
    "substance-use",
    "mental-health",
    "disability",
    "cultural-slur",
    "canteen-slang",
    "coercive-phrasing",
    "sexual-abuse-minimising",
    "other-deficit",
}


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def test_bundled_rules_validate_and_cover_every_category(rules):
    assert len(rules) >= 150
    assert {r.category for r in rules} == ISSUE_CATEGORIES
    assert set(load_categories()) == ISSUE_CATEGORIES
    for rule in rules:
        assert rule.principle in PRINCIPLE_NAMES
        assert rule.severity in SEVERITIES
        assert rule.alternatives and all(a.strip() for a in rule.alternatives)
        assert rule.source.strip() and rule.reason.strip()
        assert "\n" not in rule.reason


def test_sources_are_addresses_not_inventions(rules):
    for rule in rules:
        for source in rule.source.split(" ; "):
            assert source.startswith(("https://", "http://", "github:")), rule.id


def test_every_phrase_pattern_matches_itself(rules, nlp):
    """Catches phrases the tokenizer splits differently from the pattern, and over-eager
    exclusions, which would make a rule silently dead."""
    matcher = RuleMatcher(rules, nlp)
    for rule in rules:
        for pattern in rule.patterns:
            if not isinstance(pattern, str):
                continue
            ids = {m.rule.id for m in matcher.matches(nlp(pattern))}
            assert rule.id in ids, (rule.id, pattern, ids)


def _rules_copy(tmp_path: Path) -> tuple[Path, dict]:
    directory = tmp_path / "language"
    directory.mkdir()
    shutil.copy(rules_dir() / "language" / "disbelief.yml", directory / "disbelief.yml")
    return directory, load_categories()


GOOD = """
- id: {id}
  category: canteen-slang
  principle: {principle}
  severity: suggestion
  patterns: [{pattern}]
  alternatives: {alternatives}
  reason: A reason.
{source}"""


def _write(directory: Path, *records: dict) -> None:
    text = ""
    for rec in records:
        fields = {
            "id": "made-up",
            "principle": "Trust",
            "pattern": '"made up word"',
            "alternatives": '["another word"]',
            "source": "  source: https://example.org/guide",
        }
        fields.update(rec)
        text += GOOD.format(**fields)
    (directory / "canteen-slang.yml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("records", "problem"),
    [
        (({"id": "dup"}, {"id": "dup", "pattern": '"other phrase"'}), "duplicate id"),
        (({"id": "bad-principle", "principle": "Kindness"},), "principle must be one of"),
        (({"id": "no-alternatives", "alternatives": "[]"},), "alternatives"),
        (({"id": "no-source", "source": ""},), "source is missing"),
        (({"id": "claims-twice", "pattern": '"claimed"'},), "pattern 'claimed' is already"),
    ],
    ids=["duplicate-id", "bad-principle", "empty-alternatives", "missing-source", "pattern-twice"],
)
def test_broken_rule_file_names_file_and_rule(tmp_path, records, problem):
    directory, categories = _rules_copy(tmp_path)
    _write(directory, *records)
    with pytest.raises(RulesError) as err:
        load_rules(directory, categories=categories)
    message = str(err.value)
    assert "canteen-slang.yml" in message
    assert f"'{records[-1]['id']}'" in message
    assert problem in message


def test_rule_in_the_wrong_file_is_an_error(tmp_path):
    directory, categories = _rules_copy(tmp_path)
    (directory / "disability.yml").write_text(
        GOOD.format(
            id="wrong-file",
            principle="Trust",
            pattern='"another made up word"',
            alternatives='["x"]',
            source="  source: https://example.org",
        ),
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"^disability.yml: rule 'wrong-file': category must"):
        load_rules(directory, categories=categories)


def test_unparseable_file_names_the_file(tmp_path):
    directory, categories = _rules_copy(tmp_path)
    (directory / "canteen-slang.yml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"^canteen-slang.yml: cannot load"):
        load_rules(directory, categories=categories)


def test_off_and_yes_stay_words_not_booleans(tmp_path):
    """YAML 1.1 reads `off` as False; "kicked off" must still be a phrase."""
    directory, categories = _rules_copy(tmp_path)
    _write(directory, {"id": "switched", "pattern": "[{LOWER: switched}, {LOWER: off}]"})
    rule = {r.id: r for r in load_rules(directory, categories=categories)}["switched"]
    assert rule.patterns == (({"LOWER": "switched"}, {"LOWER": "off"}),)
