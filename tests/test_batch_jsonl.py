"""`tips-nlp anonymise --jsonl IN --output OUT`: ids kept, text anonymised, never the original;
results in input order whatever the number of workers."""

from __future__ import annotations

import json
import subprocess
import sys

from tips_nlp.batch import anonymise_jsonl

RECORD = "Mrs Janet O'Brien rang 07700 900123 from PO7 5DE."


def test_jsonl_keeps_ids_and_reports_bad_lines_by_number(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "case-7", "text": RECORD, "officer": "PC Kyle Hughes"}),
        "",  # blank lines are not documents
        '{"id": "case-8", "text": "Janet O\'Brien, not closed',
        json.dumps({"text": "She rang 07700 900123."}),
        json.dumps({"id": 9, "body": "Janet O'Brien"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out" / "anonymised.jsonl"

    proc = subprocess.run(
        [sys.executable, "-m", "tips_nlp.cli", "anonymise", "--jsonl", str(source)]
        + ["--output", str(out), "--no-progress"],
        capture_output=True,
        timeout=300,
    )

    assert proc.returncode == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [list(r) for r in records] == [
        ["id", "line", "text", "entities"],
        ["line", "text", "entities"],
    ]
    first, second = records
    assert (first["id"], first["line"]) == ("case-7", 1)
    assert first["text"] == "Mrs [PERSON 1] rang [PHONE 1] from [POSTCODE 1]."
    found = [(RECORD[e["start"] : e["end"]], e["entity_type"]) for e in first["entities"]]
    assert found == [
        ("Janet O'Brien", "PERSON"),
        ("07700 900123", "PHONE_NUMBER"),
        ("PO7 5DE", "UK_POSTCODE"),
    ]
    assert (second["line"], second["text"]) == (4, "She rang [PHONE 1].")
    output = out.read_text(encoding="utf-8")
    for original in ("Janet", "O'Brien", "07700", "PO7", "Kyle", "officer"):
        assert original not in output
    assert proc.stderr.decode().splitlines() == [
        "tips-nlp: skipped line 3: not valid JSON",
        'tips-nlp: skipped line 5: not a JSON object with a "text" string',
        "tips-nlp: 2 anonymised, 2 failed",
    ]


def test_two_workers_keep_input_order_and_give_the_same_results(tmp_path):
    # Long documents first, so with one document per chunk the short ones would finish first.
    texts = [
        " ".join(f"Kyle Hughes rang 07700 900{i:03d} about the flat in PO7 5DE." for _ in range(n))
        for i, n in enumerate([40, 30, 20, 10, 1, 1, 1, 1, 1])
    ]
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"

    first = anonymise_jsonl(source, one, workers=1, batch_size=1, progress=False)
    second = anonymise_jsonl(source, two, workers=2, batch_size=1, progress=False)

    assert first.ok and second.ok and second.anonymised == len(texts)
    ids = [json.loads(line)["id"] for line in two.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"r{i}" for i in range(len(texts))]
    assert two.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    assert "[PHONE 1]" in json.loads(two.read_text(encoding="utf-8").splitlines()[4])["text"]


def test_resume_skips_a_finished_jsonl_output(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": RECORD}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("finished earlier\n", encoding="utf-8")

    summary = anonymise_jsonl(source, out, resume=True, progress=False)

    assert (summary.anonymised, summary.already_done) == (0, 1)
    assert out.read_text(encoding="utf-8") == "finished earlier\n"
