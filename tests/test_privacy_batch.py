"""Batch runs (folder and JSON Lines) on a mix of good and bad inputs: bad ones are skipped by
name only, nothing of theirs is written, and no identifier reaches stderr.

The batch helper's own tests cover atomic writes, resume and interruption; these add the
size limit, bad encodings and leaks through the run's messages.
"""

from __future__ import annotations

import json

from privacy_samples import NOTE, leaked

from tips_nlp.cli import main
from tips_nlp.limits import MAX_CHARS

LIMIT = f"the limit is {MAX_CHARS:,}: split it into parts and process each one"


def bad_inputs(folder):
    folder.mkdir()
    (folder / "good.txt").write_text(NOTE, encoding="utf-8")
    (folder / "long.txt").write_text((NOTE + "\n") * (MAX_CHARS // len(NOTE) + 1), "utf-8")
    (folder / "latin1.txt").write_bytes(NOTE.replace("'", "\u2019").encode("cp1252") + b"\xe9")
    (folder / "binary.txt").write_bytes(b"Janet O'Brien\x00\x01\x02" * 50)
    (folder / "empty.txt").write_bytes(b"")


def test_folder_run_skips_bad_files_by_name_and_leaks_nothing(tmp_path, capfd):
    bad_inputs(tmp_path / "in")
    code = main(
        ["anonymise", "--input-dir", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out")]
        + ["--no-progress"]
    )
    out, err = capfd.readouterr()
    assert code == 1
    assert out == ""
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["empty.txt", "good.txt"]
    assert leaked((tmp_path / "out" / "good.txt").read_text(encoding="utf-8")) == []
    lines = err.splitlines()
    assert lines[-1] == "tips-nlp: 2 anonymised, 3 failed"
    skipped = sorted(lines[:-1])
    assert skipped[0].startswith("tips-nlp: skipped binary.txt: ")
    assert skipped[1].startswith("tips-nlp: skipped latin1.txt: not UTF-8")
    assert skipped[2].startswith("tips-nlp: skipped long.txt: text is ")
    assert skipped[2].endswith(LIMIT)
    assert len(skipped) == 3
    assert leaked(err) == []


def test_jsonl_run_writes_only_anonymised_records(tmp_path, capfd):
    source = tmp_path / "notes.jsonl"
    records = [
        {"id": "a", "text": NOTE},
        {"id": "b", "text": (NOTE + " ") * (MAX_CHARS // len(NOTE) + 1)},
        {"id": "c", "text": "<p>Janet O\u2019Brien of <i>PO9 1AB</i></p> \U0001f622"},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    code = main(["anonymise", "--jsonl", str(source), "--output", str(output), "--no-progress"])
    out, err = capfd.readouterr()
    assert code == 1
    assert out == ""
    written = output.read_text(encoding="utf-8")
    assert [json.loads(line)["id"] for line in written.splitlines()] == ["a", "c"]
    assert leaked(written) == []
    assert "O\u2019Brien" not in written
    assert leaked(err) == [] and "O\u2019Brien" not in err
    assert LIMIT in err
