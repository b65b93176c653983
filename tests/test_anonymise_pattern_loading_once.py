"""Our YAML patterns are compiled once, at load, in the form they are searched in; the registry
is the one Presidio builds from the same YAML; an invalid regex is still refused at load."""

from __future__ import annotations

import pytest
from presidio_analyzer import PatternRecognizer
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

from tips_nlp.anonymise import Anonymiser, ConfigError, PiiConfig
from tips_nlp.anonymise.pattern_loading import defer_patterns, restore_patterns
from tips_nlp.anonymise.regex_timeouts import FailClosedRegex
from tips_nlp.resources import read_config_yaml


def _yaml_patterns(conf: dict) -> list[tuple[str, str, str]]:
    return [
        (entry["name"], pattern["name"], pattern["regex"])
        for entry in conf["recognizers"]
        if entry.get("type", "custom") == "custom"
        for pattern in entry["patterns"]
    ]


def test_defer_patterns_stands_in_for_custom_regexes_only():
    conf = {
        "recognizers": [
            {"name": "UrlRecognizer", "type": "predefined"},
            {"name": "A", "type": "custom", "patterns": [{"name": "p", "regex": "x+", "score": 1}]},
            {"name": "B", "patterns": [{"name": "q", "regex": "y", "score": 1}, "odd"]},
        ]
    }
    deferred_conf, deferred = defer_patterns(conf)
    a, b = deferred_conf["recognizers"][1:]
    assert deferred_conf["recognizers"][0] == {"name": "UrlRecognizer", "type": "predefined"}
    assert deferred == {a["patterns"][0]["regex"]: "x+", b["patterns"][0]["regex"]: "y"}
    assert b["patterns"][1] == "odd"  # left for Presidio to refuse
    assert conf["recognizers"][1]["patterns"][0]["regex"] == "x+"  # the input is not changed


def test_registry_equals_presidios_own_and_patterns_are_compiled_at_load(anonymiser, nlp):
    config = PiiConfig.default()
    conf = read_config_yaml(config.recognizers)
    presidio = RecognizerRegistryProvider(
        registry_configuration=conf, nlp_engine=anonymiser.nlp_engine
    ).create_recognizer_registry()
    ours = anonymiser.analyzer.registry.recognizers[: len(presidio.recognizers)]
    assert [r.to_dict() for r in ours] == [r.to_dict() for r in presidio.recognizers]
    loaded = [
        (r.name, p.name, p.regex, p.compiled_regex)
        for r in ours
        if isinstance(r, PatternRecognizer)
        for p in r.patterns
        if r.name in {name for name, _, _ in _yaml_patterns(conf)}
    ]
    assert [row[:3] for row in loaded] == _yaml_patterns(conf)
    for *_, compiled in loaded:
        assert isinstance(compiled, FailClosedRegex)
        assert compiled._compiled is not None  # compiled at load, not on first use


def test_restore_patterns_ignores_patterns_that_were_not_deferred():
    from presidio_analyzer import Pattern

    recognizer = PatternRecognizer("X", patterns=[Pattern("p", r"\d+", 0.5)])
    assert restore_patterns([recognizer], {"(?#tips-nlp pattern 0)": "x"}) == []
    assert recognizer.patterns[0].regex == r"\d+"


@pytest.fixture()
def config_with(tmp_path):
    default = PiiConfig.default()
    placeholders = tmp_path / "placeholders.yml"
    placeholders.write_text(default.placeholders.read_text(encoding="utf-8"), encoding="utf-8")

    def write(recognizers_yaml: str) -> PiiConfig:
        recognizers = tmp_path / "recognizers.yml"
        recognizers.write_text(recognizers_yaml, encoding="utf-8")
        return PiiConfig(recognizers=recognizers, placeholders=placeholders)

    return write


def test_invalid_regex_is_refused_at_load_naming_recognizer_and_pattern(config_with, nlp):
    config = config_with(
        "supported_languages: [en]\n"
        "recognizers:\n"
        "  - name: SpacyRecognizer\n"
        "    type: predefined\n"
        "  - name: BrokenRecognizer\n"
        "    supported_entity: OTHER_ID\n"
        "    patterns:\n"
        "      - name: unclosed group\n"
        "        regex: '(ab'\n"
        "        score: 0.5\n"
    )
    with pytest.raises(
        ConfigError, match="recognizers.yml: pattern 'unclosed group' of BrokenRecognizer"
    ):
        Anonymiser(config=config, nlp=nlp)


def test_custom_pattern_detects_after_its_regex_is_restored(config_with, nlp):
    config = config_with(
        "supported_languages: [en]\n"
        "global_regex_flags: 26\n"
        "recognizers:\n"
        "  - name: SpacyRecognizer\n"
        "    type: predefined\n"
        "  - name: WidgetRecognizer\n"
        "    supported_entity: OTHER_ID\n"
        "    patterns:\n"
        "      - name: widget code\n"
        "        regex: '\\bwdg-\\d{4}\\b'\n"
        "        score: 0.9\n"
    )
    anonymiser = Anonymiser(config=config, nlp=nlp)
    found = anonymiser.analyse_doc(nlp("Seized item WDG-1234 from the car."))
    assert [(r.entity_type, r.start, r.end) for r in found] == [("OTHER_ID", 12, 20)]
