"""spaCy's CLI is not imported with tips_nlp, and still works when asked for (fresh processes:
this test session has imported spaCy already)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_import_and_first_result_leave_spacy_cli_unimported():
    out = run(
        "import sys, tips_nlp\n"
        "print(tips_nlp.anonymise('Kyle Hughes rang 07700 900123.').text)\n"
        "print(sorted(m for m in ('typer', 'weasel', 'jinja2', 'spacy.cli.download')"
        " if m in sys.modules))"
    )
    assert out.splitlines() == ["[PERSON 1] rang [PHONE 1].", "[]"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # spacy.info: the real function's answer
        ("import tips_nlp, spacy; print('spacy_version' in spacy.info())", "True"),
        # attribute access loads the real package, as `import spacy` would have
        (
            "import tips_nlp, spacy;"
            " print(spacy.cli.download.__module__, type(spacy.cli).__name__)",
            "spacy.cli.download module",
        ),
        (
            "import tips_nlp; from spacy.cli import init_config; print(init_config.__name__)",
            "init_config",
        ),
        # a submodule imported directly, before the package: the same objects as in spaCy
        (
            "import tips_nlp, sys; import spacy.cli.download as d; from spacy.cli import download;"
            " print(d is download, sys.modules['spacy.cli.download'].download is download)",
            "True True",
        ),
    ],
)
def test_spacy_cli_works_when_first_used(code: str, expected: str):
    assert run(code) == expected


def test_spacy_imported_first_is_left_alone():
    out = run(
        "import spacy, sys, tips_nlp\n"
        "print(type(sys.modules['spacy.cli']).__name__, 'typer' in sys.modules)"
    )
    assert out == "module True"
