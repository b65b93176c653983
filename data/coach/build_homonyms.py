"""Build data/coach/homonyms-tuning.csv (from data/coach/homonyms/hom-<batch>.txt) and
data/coach/homonyms-check.csv (from check-<batch>.txt, written after the rule fixes and never
tuned on).

One sentence a line; every row is `ok`, kind `homonym`, source `hom-<batch>`. Duplicates
(case-insensitive, across both files) are an error. Run from the repository root; deterministic.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = ["text", "label", "kind", "category", "principle", "source"]


def build(prefix: str, out_name: str, seen: set[str]) -> None:
    rows: list[list[str]] = []
    for path in sorted((HERE / "homonyms").glob(f"{prefix}-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if not text:
                continue
            if text.lower() in seen:
                raise SystemExit(f"{path.name}: duplicate row")
            seen.add(text.lower())
            rows.append([text, "ok", "homonym", "", "", "hom-" + path.stem.split("-", 1)[1]])
    with (HERE / out_name).open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        writer.writerows(rows)
    print(f"{out_name}: {len(rows)} rows")


def main() -> None:
    seen: set[str] = set()
    build("hom", "homonyms-tuning.csv", seen)
    build("check", "homonyms-check.csv", seen)


if __name__ == "__main__":
    main()
