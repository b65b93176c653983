"""`tips-nlp anonymise --input-dir D --output-dir O`: every .txt under D, same relative path
under O; bad documents are skipped and reported by name only; --resume skips finished outputs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tips_nlp.batch import BatchError, anonymise_folder

PHONE = "She gave her number as 07700 900123.\n"
PHONE_OUT = "She gave her number as [PHONE 1].\n"
POSTCODE = "The flat is in PO7 5DE and the door was open.\n"
POSTCODE_OUT = "The flat is in [POSTCODE 1] and the door was open.\n"
SECRET = "Janet O'Brien rang 07700 900999"

# Every stderr line a batch run may print: the counter, a skipped file, the summary.
ALLOWED_STDERR = re.compile(
    r"anonymise: \d+(/\d+ \(\d+%\))? \d+\.\d docs/s(, \d+ failed)?"
    r"|tips-nlp: skipped [\w/.-]+: [\w ,().-]+"
    r"|tips-nlp: \d+ anonymised, \d+ failed(, \d+ already done \(skipped\))?"
    r"|anonymisation failed \(\w+\)"
)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tips_nlp.cli", "anonymise", *args],
        capture_output=True,
        timeout=300,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    source = tmp_path / "in"
    (source / "2024" / "march").mkdir(parents=True)
    (source / "a.txt").write_text(PHONE, encoding="utf-8")
    (source / "2024" / "march" / "b.txt").write_text(POSTCODE, encoding="utf-8")
    (source / "notes.md").write_text(PHONE, encoding="utf-8")  # not .txt: left alone
    return source


def test_folder_mode_mirrors_the_tree_and_reports_bad_files_by_name_only(tree, tmp_path):
    (tree / "utf16.txt").write_bytes(SECRET.encode("utf-16"))
    (tree / "binary.txt").write_bytes(b"\x00\x01" + SECRET.encode())
    out = tmp_path / "out"
    proc = run_cli("--input-dir", str(tree), "--output-dir", str(out))

    assert proc.returncode == 1  # a document failed
    assert proc.stdout == b""
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["2024/march/b.txt", "a.txt"]
    assert (out / "a.txt").read_text(encoding="utf-8") == PHONE_OUT
    assert (out / "2024" / "march" / "b.txt").read_text(encoding="utf-8") == POSTCODE_OUT

    stderr = proc.stderr.decode()
    assert "tips-nlp: skipped binary.txt: binary, not text" in stderr
    assert "tips-nlp: skipped utf16.txt: not UTF-8 text" in stderr
    assert stderr.rstrip().endswith("tips-nlp: 2 anonymised, 2 failed")
    for word in ("Janet", "O'Brien", "07700", "900123", "PO7", "number"):
        assert word not in stderr
    for line in stderr.splitlines():
        assert ALLOWED_STDERR.fullmatch(line), line


def test_resume_skips_outputs_that_exist(tree, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("done before\n", encoding="utf-8")
    stale = out / ".tips-nlp-abc123.tmp"
    stale.write_text("[PHONE 1] left by a killed run\n", encoding="utf-8")

    proc = run_cli("--input-dir", str(tree), "--output-dir", str(out), "--resume", "--no-progress")

    assert proc.returncode == 0, proc.stderr
    assert (out / "a.txt").read_text(encoding="utf-8") == "done before\n"
    assert (out / "2024" / "march" / "b.txt").read_text(encoding="utf-8") == POSTCODE_OUT
    assert not stale.exists()
    assert proc.stderr.decode() == "tips-nlp: 1 anonymised, 0 failed, 1 already done (skipped)\n"


def test_output_folder_inside_the_input_folder_is_refused(tree):
    with pytest.raises(BatchError, match="must not be the input folder"):
        anonymise_folder(tree, tree / "anonymised", progress=False)
    with pytest.raises(BatchError, match="must not be the input folder"):
        anonymise_folder(tree, tree, progress=False)
    assert not (tree / "anonymised").exists()


def test_batch_options_without_a_batch_input_are_a_usage_error(tmp_path):
    proc = run_cli("--workers", "2")
    assert proc.returncode == 1
    assert "need --input-dir or --jsonl" in proc.stderr.decode()
