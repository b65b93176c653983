"""Which rule fires on which row of a coach sentence set (rules only, no classifier).

    .venv/bin/python data/coach/rule_hits.py data/coach/homonyms-tuning.csv [--kinds homonym]
    .venv/bin/python data/coach/rule_hits.py data/coach/dev-clean3.csv --aggregate

Prints one line per ok row a rule flags (rule id, matched words, row text) and every flag row
no rule flags; `--aggregate` prints only the per-kind rates, never a row (for sets whose rows
must not be read, such as dev-clean3).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from tips_nlp.coach.engine import Coach
from tips_nlp.coach.sentence_set import read_sentence_set
from tips_nlp.nlp import get_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--kinds", nargs="*", help="only ok rows of these kinds")
    parser.add_argument("--aggregate", action="store_true", help="rates only, no rows")
    parser.add_argument("--misses", action="store_true", help="also list unflagged flag rows")
    args = parser.parse_args()
    rows = read_sentence_set(Path(args.path))
    coach = Coach(classifier=None)
    flagged_by_kind: Counter[str] = Counter()
    total_by_kind: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for row, doc in zip(rows, get_nlp().pipe(r.text for r in rows), strict=True):
        findings = [
            f for f in coach.check_doc(doc, use_classifier=False).findings if f.severity != "info"
        ]
        total_by_kind[row.kind] += 1
        flagged_by_kind[row.kind] += bool(findings)
        if args.aggregate:
            continue
        if row.is_flag:
            if args.misses and not findings:
                print(f"MISS\t{row.category}\t{row.text}")
            continue
        if args.kinds and row.kind not in args.kinds:
            continue
        for f in findings:
            fired[f.rule_id] += 1
            print(f"{row.kind}\t{f.rule_id}\t[{f.text}]\t{row.text}")
    for kind in sorted(total_by_kind):
        n = total_by_kind[kind]
        print(f"# {kind}: {flagged_by_kind[kind]}/{n} flagged = {flagged_by_kind[kind] / n:.3f}")
    if fired:
        print("# rules: " + ", ".join(f"{r} {n}" for r, n in fired.most_common()))


if __name__ == "__main__":
    main()
