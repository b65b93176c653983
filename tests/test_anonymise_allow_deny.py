"""Allow-list file, per-call allow/deny, and propagation of detected strings."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise import Anonymiser, ConfigError, PiiConfig
from tips_nlp.anonymise.allow import load_allow_list


def test_bundled_allow_list_loads():
    phrases = load_allow_list(PiiConfig.default().allow)
    assert "CAMHS" in phrases and "Mum" in phrases


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- just a list\n", "expected a mapping"),
        ("roles: [Mum, 3]\n", "must be a list of non-empty phrases"),
        ("roles: [Mum, mum]\n", "listed twice"),
        ("roles: [\n", "not valid YAML"),
    ],
)
def test_bad_allow_list_names_the_file(tmp_path, content, message):
    path = tmp_path / "allow.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=f"allow.yml: .*{message}"):
        load_allow_list(path)


def test_missing_allow_list_is_a_config_error(tmp_path, nlp):
    default = PiiConfig.default()
    config = PiiConfig(default.recognizers, default.placeholders, tmp_path / "allow.yml")
    with pytest.raises(ConfigError, match="allow.yml: configuration file not found"):
        Anonymiser(config=config, nlp=nlp)


def test_deny_masks_every_occurrence_case_insensitively(anonymiser):
    text = "Zorvak came in. Later ZORVAK left; zorvak's bag stayed."
    result = anonymiser.anonymise(text, deny=["zorvak"])
    assert result.text == "[PERSON 1] came in. Later [PERSON 1] left; [PERSON 1]'s bag stayed."


def test_deny_with_a_type(anonymiser):
    result = anonymiser.anonymise("They sat in the Blue Den.", deny=[("Blue Den", "LOCATION")])
    assert result.text == "They sat in the [PLACE 1]."


def test_deny_with_an_unknown_type_is_a_value_error(anonymiser):
    with pytest.raises(ValueError, match="unknown entity type"):
        anonymiser.anonymise("text", deny=[("x", "NOPE")])


def test_allow_keeps_a_string_everywhere(anonymiser):
    text = "Kyle O'Brien rang. Kyle said he was fine."
    result = anonymiser.anonymise(text, allow=["Kyle"])
    assert "Kyle said" in result.text and "O'Brien" not in result.text


def test_allow_list_words_inside_a_guess_are_cut_off_the_front(anonymiser):
    result = anonymiser.anonymise("Mum contacted CAMHS and Children's Services.")
    assert result.text == "Mum contacted CAMHS and Children's Services."


def test_detected_name_masks_its_later_parts(anonymiser):
    text = "Kyle O'Brien was stopped. Kyle was calm. Later O'Brien left."
    result = anonymiser.anonymise(text)
    assert "Kyle" not in result.text and "O'Brien" not in result.text


def test_name_that_is_a_word_propagates_only_when_capitalised(anonymiser):
    text = "Will Smith was there. She will call. Will came back."
    result = anonymiser.anonymise(text)
    assert result.text == "[PERSON 1] was there. She will call. [PERSON 1] came back."


def test_family_plural_is_masked(anonymiser):
    text = "Patrick Joyce was the keeper. The Joyces are a Traveller family."
    assert "Joyce" not in anonymiser.anonymise(text).text


def test_top_level_api_and_cli_take_allow_and_deny(capsys):
    from tips_nlp import anonymise
    from tips_nlp.cli import main

    assert anonymise("Zorvak rang.", deny=["Zorvak"]).text == "[PERSON 1] rang."
    path = None
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("Zorvak rang Kyle O'Brien at Blue Den.")
        path = f.name
    code = main(
        ["anonymise", path, "--deny", "Zorvak", "--deny", "Blue Den=LOCATION", "--allow", "Kyle"]
    )
    assert code == 0
    assert capsys.readouterr().out == "[PERSON 1] rang Kyle [PERSON 2] at [PLACE 1].\n"
