"""Where the bundled data lives: `rules/` and `models/` at the repository root, shipped in the
wheel as `tips_nlp.rules` and `tips_nlp.models`."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

import yaml


def _package_dir(package: str) -> Path:
    with as_file(files(package)) as path:
        return Path(path)


# libyaml's parser reads our data files ~10x faster than the pure-Python one (recognizers.yml
# and names.yml were a tenth of the anonymiser's cold start); PyYAML wheels ship it, and the
# pure-Python SafeLoader is the fallback. Both build the same objects (tested).
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load_yaml(text: str) -> object:
    """yaml.safe_load, through libyaml when PyYAML has it."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader


def rules_dir() -> Path:
    """The `rules/` folder (repository root in a checkout, package data in a wheel)."""
    return _package_dir("tips_nlp.rules")


def models_dir() -> Path:
    """The `models/` folder."""
    return _package_dir("tips_nlp.models")


def example_text(name: str = "case_study") -> str:
    """A bundled, fictional example text."""
    return (files("tips_nlp") / "examples" / f"{name}.txt").read_text(encoding="utf-8")


class ConfigError(RuntimeError):
    """A configuration file is missing or malformed; the message names the file."""


def read_config_yaml(path: Path) -> object:
    """A YAML data file under rules/; a missing or unparsable file is a ConfigError."""
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    try:
        return safe_load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc.__class__.__name__})") from exc


def read_word_lists(path: Path, keys: tuple[str, ...]) -> dict[str, list[str]]:
    """A YAML data file holding a non-empty list of strings under each of `keys`."""
    conf = read_config_yaml(path)
    if not isinstance(conf, dict) or not all(
        isinstance(conf.get(k), list) and conf[k] and all(isinstance(w, str) for w in conf[k])
        for k in keys
    ):
        raise ConfigError(f"{path}: expected lists {', '.join(keys)}")
    return {k: conf[k] for k in keys}
