"""How long a person waits in the app, against the engines alone on the same texts.

Run: .venv/bin/python benchmarks/app_latency.py
Prints the cold start (first run of the app script, model included) and, for each bundled
example, the app's rerun time after pasting it, next to a baseline measured in the same run:
the anonymiser and coach called directly. The ratio is the app's own overhead.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tips_nlp.anonymise import get_anonymiser
from tips_nlp.resources import example_text
from tips_nlp.wording import coach_checker

APP = Path(__file__).resolve().parent.parent / "app.py"
GENRES = ("debrief", "case_study", "ppn1", "custody", "stop_search", "bwv_review")
REPEATS = 3


def main() -> None:
    start = time.perf_counter()
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    print(f"cold start (first run, model loaded): {time.perf_counter() - start:.2f} s")
    engine, check = get_anonymiser(), coach_checker()
    print(f"{'example':<12} {'engines ms':>10} {'app ms':>8} {'ratio':>6}")
    for genre in GENRES:
        text = example_text(genre)
        baseline, app = [], []
        for round_ in range(REPEATS):
            variant = text + " " * (round_ + 1)  # a new text each time: no memo hit
            t0 = time.perf_counter()
            engine.anonymise(variant)
            if check is not None:
                check(variant)
                engine.anonymise(variant)  # the case-study tab anonymises again
            baseline.append(time.perf_counter() - t0)
            for key in ("anon_text", "check_text", "case_text"):
                at.text_area(key=key).set_value(variant)
            t0 = time.perf_counter()
            at.run()
            app.append(time.perf_counter() - t0)
            assert not at.exception
        b, a = statistics.median(baseline) * 1000, statistics.median(app) * 1000
        print(f"{genre:<12} {b:>10.0f} {a:>8.0f} {a / b:>6.1f}")


if __name__ == "__main__":
    main()
