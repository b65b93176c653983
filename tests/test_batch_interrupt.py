"""An interrupted batch leaves no partial output and no temporary file; a failed document is
never written anywhere."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tips_nlp import batch
from tips_nlp.progress import Progress

TEXT = "Kyle Hughes rang 07700 900123 from the flat in PO7 5DE.\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp"))


def make_inputs(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        (folder / f"doc{i:02d}.txt").write_text(TEXT, encoding="utf-8")


def test_folder_run_stopped_mid_batch_leaves_only_complete_outputs(tmp_path, monkeypatch):
    make_inputs(tmp_path / "in", 5)
    out = tmp_path / "out"
    real_replace = os.replace
    renames = []

    def replace_then_interrupt(src, dst):  # Ctrl-C arrives while the third output is written
        if len(renames) == 2:
            raise KeyboardInterrupt
        renames.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(batch.os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        batch.anonymise_folder(tmp_path / "in", out, progress=False)

    assert sorted(p.name for p in out.iterdir()) == ["doc00.txt", "doc01.txt"]
    for path in out.iterdir():
        assert (
            path.read_text(encoding="utf-8")
            == "[PERSON 1] rang [PHONE 1] from the flat in [POSTCODE 1].\n"
        )
    assert leftovers(tmp_path) == []


def test_jsonl_run_stopped_mid_batch_leaves_no_output_file(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": TEXT}) + "\n")
    out = tmp_path / "out" / "anonymised.jsonl"

    def advance_then_interrupt(self, *, failed=False):
        raise KeyboardInterrupt

    monkeypatch.setattr(Progress, "advance", advance_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        batch.anonymise_jsonl(source, out, progress=False)

    assert not out.exists()
    assert list(out.parent.iterdir()) == []


COUNT = 400


def test_ctrl_c_on_the_cli_leaves_no_partial_or_temporary_file(tmp_path):
    make_inputs(tmp_path / "in", 1)
    # Outputs are written a chunk (batch.BATCH_SIZE documents) at a time: the interrupt lands
    # while a later chunk is being anonymised. Enough documents that a busy host cannot finish
    # them all before this process sees the first output and sends the signal.
    long_text = TEXT * 30
    for i in range(1, COUNT):
        (tmp_path / "in" / f"doc{i:02d}.txt").write_text(long_text, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tips_nlp.cli", "anonymise", "--no-progress"]
        + ["--input-dir", str(tmp_path / "in"), "--output-dir", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 240
    while not (out / "doc00.txt").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)

    assert proc.returncode == 130, stderr
    assert stderr.decode() == "tips-nlp: interrupted\n"
    assert leftovers(tmp_path) == []
    done = sorted(out.iterdir())
    assert 1 <= len(done) < COUNT
    for path in done[1:]:  # every output there is complete
        text = path.read_text(encoding="utf-8")
        assert text.count("[PHONE 1]") == 30 and text.endswith(".\n")


def test_a_document_that_fails_to_anonymise_is_not_written(tmp_path):
    make_inputs(tmp_path / "in", 2)
    # Over spaCy's max_length, but under our byte limit: the parse fails for this file only.
    (tmp_path / "in" / "huge.txt").write_text("a " * 300_000 + "b" * 1000 + "\n")
    from tips_nlp.nlp import get_nlp

    nlp = get_nlp()
    limit = nlp.max_length
    nlp.max_length = 500_000
    messages: list[str] = []
    try:
        summary = batch.anonymise_folder(
            tmp_path / "in", tmp_path / "out", progress=False, report=messages.append
        )
    finally:
        nlp.max_length = limit

    assert (summary.anonymised, summary.failed) == (2, 1)
    assert messages == [
        "tips-nlp: skipped huge.txt: text is 601,001 characters; the limit is 100,000: "
        "split it into parts and process each one"
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["doc00.txt", "doc01.txt"]


def test_a_full_disk_stops_the_run_with_complete_outputs_only(tmp_path, monkeypatch):
    make_inputs(tmp_path / "in", 3)
    out = tmp_path / "out"

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(batch.os, "replace", disk_full)
    with pytest.raises(batch.BatchError, match=r"cannot write the output for doc00.txt \(No space"):
        batch.anonymise_folder(tmp_path / "in", out, progress=False)
    assert list(out.iterdir()) == []
