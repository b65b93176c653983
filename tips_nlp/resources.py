"""Where the bundled data lives: `rules/` and `models/` at the repository root, shipped in the
wheel as `tips_nlp.rules` and `tips_nlp.models`."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def _package_dir(package: str) -> Path:
    with as_file(files(package)) as path:
        return Path(path)


def rules_dir() -> Path:
    """The `rules/` folder (repository root in a checkout, package data in a wheel)."""
    return _package_dir("tips_nlp.rules")


def models_dir() -> Path:
    """The `models/` folder."""
    return _package_dir("tips_nlp.models")


def example_text(name: str = "case_study") -> str:
    """A bundled, fictional example text."""
    return (files("tips_nlp") / "examples" / f"{name}.txt").read_text(encoding="utf-8")
