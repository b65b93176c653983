"""`tips-nlp check`: text and JSON output, exit 0 with or without findings."""

from __future__ import annotations

import io
import json

from tips_nlp.cli import main


def test_check_text_output_lists_findings_notes_and_counts(tmp_path, capsys):
    path = tmp_path / "ppn1.txt"
    path.write_text(
        "Officers attended a domestic dispute.\nHe kicked off when his mum said no.\n",
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert '1:21  "domestic dispute"  (Safety, suggestion)' in out
    assert '2:4  "kicked off"  (Trust, suggestion)' in out
    assert "Try: domestic abuse incident" in out
    assert out.rstrip().endswith("By principle: Safety 1, Trust 1")


def test_check_json_from_stdin(monkeypatch, capsys):
    stdin = io.TextIOWrapper(io.BytesIO(b"She claims he hit her."), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["check", "-", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(f["rule_id"], f["start"], f["end"]) for f in data["findings"]] == [("claims", 4, 10)]
    assert data["counts_by_principle"] == {"Trust": 1}


def test_check_clean_text_exits_zero_with_encouragement(tmp_path, capsys):
    path = tmp_path / "ok.txt"
    path.write_text("She told us he hit her.", encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert "No wording to suggest changes to" in capsys.readouterr().out


def test_check_missing_file_is_a_one_line_error(capsys):
    assert main(["check", "/nonexistent/ppn1.txt"]) == 1
    assert capsys.readouterr().err.strip() == "tips-nlp: error: no such file: /nonexistent/ppn1.txt"
