"""Broken rules or a tampered model stop the CLI at start-up with one line naming the file.

Each case runs the real CLI in a fresh process over a copy of rules/ and models/ with one
thing broken; nothing is printed on stdout and no finding is ever produced from partial rules.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN_WITH_DATA = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import tips_nlp.resources as resources
    real_files = resources.files
    data = {"tips_nlp.rules": Path(sys.argv[1]), "tips_nlp.models": Path(sys.argv[2])}
    resources.files = lambda package: data.get(package) or real_files(package)
    from tips_nlp.cli import main
    sys.exit(main(sys.argv[3:]))
    """
)


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", RUN_WITH_DATA, str(tmp_path / "rules"), str(tmp_path / "models")]
        + list(args),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "models", tmp_path / "models")
    (tmp_path / "note.txt").write_text("Janet O'Brien kicked off again.\n", encoding="utf-8")
    return tmp_path


def test_the_copied_data_works(data_copy):
    """The harness itself: with nothing broken, check runs and flags the phrase."""
    proc = run_cli(data_copy, "check", str(data_copy / "note.txt"))
    assert proc.returncode == 0, proc.stderr
    assert "kicked off" in proc.stdout


def _break_yaml(root: Path) -> Path:
    path = root / "rules" / "language" / "labelling-behaviour.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n- id: [unclosed\n", encoding="utf-8")
    return path


def _break_principle(root: Path) -> Path:
    path = root / "rules" / "language" / "labelling-behaviour.yml"
    text = path.read_text(encoding="utf-8")
    for name in ("Trust", "Safety", "Choice", "Collaboration", "Empowerment"):
        if f"principle: {name}" in text:
            path.write_text(text.replace(f"principle: {name}", "principle: Obedience", 1), "utf-8")
            return path
    raise AssertionError("no principle to break")


def _tamper_model(root: Path) -> Path:
    path = root / "models" / "coach.skops"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _break_pii_registry(root: Path) -> Path:
    path = root / "rules" / "pii" / "recognizers.yml"
    path.write_text("recognizers: [\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("breaker", "command"),
    [
        (_break_yaml, "check"),
        (_break_principle, "check"),
        (_tamper_model, "check"),
        (_break_pii_registry, "anonymise"),
    ],
    ids=["malformed-yaml", "unknown-principle", "tampered-model", "malformed-pii-registry"],
)
def test_broken_data_stops_the_cli_with_one_line_naming_the_file(data_copy, breaker, command):
    broken = breaker(data_copy)
    proc = run_cli(data_copy, command, str(data_copy / "note.txt"))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("tips-nlp: error: ")
    assert broken.name in proc.stderr
    assert "Janet" not in proc.stderr
