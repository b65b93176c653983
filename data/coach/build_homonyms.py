"""Build data/coach/homonyms-tuning.csv from data/coach/homonyms/hom-<batch>.txt.

One sentence a line; every row is `ok`, kind `homonym`, source `hom-<batch>`. Duplicates
(case-insensitive) are an error. Run from the repository root; deterministic.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
FIELDS = ["text", "label", "kind", "category", "principle", "source"]


def main() -> None:
    rows: list[list[str]] = []
    seen: set[str] = set()
    for path in sorted((HERE / "homonyms").glob("hom-*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip()
            if not text:
                continue
            if text.lower() in seen:
                raise SystemExit(f"{path.name}: duplicate row")
            seen.add(text.lower())
            rows.append([text, "ok", "homonym", "", "", path.stem])
    with (HERE / "homonyms-tuning.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(FIELDS)
        writer.writerows(rows)
    print(f"{len(rows)} rows")


if __name__ == "__main__":
    main()
