"""The batch progress counter shows counts and rates only."""

from __future__ import annotations

import io
import re

from tips_nlp.progress import Progress


def test_counter_lines_hold_counts_only():
    stream = io.StringIO()
    bar = Progress(3, stream=stream, log_every=0)
    bar.advance()
    bar.advance(failed=True)
    bar.note("tips-nlp: skipped b.txt: not UTF-8 text")
    bar.advance()
    bar.close()
    lines = stream.getvalue().splitlines()
    pattern = r"anonymise: (\d)/3 \(\d+%\) \d+\.\d docs/s(, 1 failed)?"
    counts = [re.fullmatch(pattern, line).group(1) for line in lines if line.startswith("anon")]
    assert counts[0] == "1" and counts[-1] == "3"
    assert "tips-nlp: skipped b.txt: not UTF-8 text" in lines
    assert lines[-1].endswith(", 1 failed")


def test_disabled_counter_prints_nothing():
    stream = io.StringIO()
    bar = Progress(2, stream=stream, enabled=False, log_every=0)
    bar.advance()
    bar.close()
    assert stream.getvalue() == ""
