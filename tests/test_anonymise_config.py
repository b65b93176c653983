"""A bad or missing config file is an error naming the file, never a silent fall-back."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise import Anonymiser, ConfigError, PiiConfig


@pytest.fixture()
def config_copy(tmp_path):
    default = PiiConfig.default()
    recognizers = tmp_path / "recognizers.yml"
    placeholders = tmp_path / "placeholders.yml"
    recognizers.write_text(default.recognizers.read_text(encoding="utf-8"), encoding="utf-8")
    placeholders.write_text(default.placeholders.read_text(encoding="utf-8"), encoding="utf-8")
    return PiiConfig(recognizers=recognizers, placeholders=placeholders)


def test_missing_recognizer_file_names_the_file(config_copy, nlp):
    config_copy.recognizers.unlink()
    with pytest.raises(ConfigError, match="recognizers.yml: configuration file not found"):
        Anonymiser(config=config_copy, nlp=nlp)


def test_malformed_yaml_names_the_file(config_copy, nlp):
    config_copy.recognizers.write_text("recognizers: [\n  - name: x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="recognizers.yml: not valid YAML"):
        Anonymiser(config=config_copy, nlp=nlp)


def test_unknown_recognizer_names_the_file(config_copy, nlp):
    config_copy.recognizers.write_text(
        "supported_languages: [en]\n"
        "recognizers:\n  - name: NoSuchRecognizer\n    type: predefined\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="recognizers.yml: invalid recognizer configuration"):
        Anonymiser(config=config_copy, nlp=nlp)


def test_empty_recognizer_list_is_refused(config_copy, nlp):
    config_copy.recognizers.write_text("supported_languages: [en]\nrecognizers: []\n")
    with pytest.raises(ConfigError, match="recognizers.yml: expected 'recognizers:'"):
        Anonymiser(config=config_copy, nlp=nlp)


def test_bad_placeholder_file_names_the_file(config_copy, nlp):
    config_copy.placeholders.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="placeholders.yml: expected a mapping"):
        Anonymiser(config=config_copy, nlp=nlp)


def test_valid_copy_of_config_loads_and_detects(config_copy, nlp):
    anonymiser = Anonymiser(config=config_copy, nlp=nlp)
    assert anonymiser.anonymise("Ring 07700 900123.").text == "Ring [PHONE 1]."
