"""Build data/coach/train.csv and dev.csv from the hand-written batches (and the templated
augmentation), splitting BY SOURCE: every row of a batch goes to the side its source is listed on.

Run from the repository root: `.venv/bin/python data/coach/build_sets.py`. Deterministic.

Batch format (data/coach/batches/<source>.txt, one row per line):
    # comment
    @<category> [<principle>]   category (and optional principle) for the F lines that follow
    F <text>                    flag / blaming (a literal \n in any text is a hard line break)
    N <text>                    ok / neutral
    Q <text>                    ok / quoted
    A <text>                    ok / alternative
    H <text>                    ok / homonym
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from augment import augmented_rows  # noqa: E402

from tips_nlp.coach.principles import PRINCIPLE_NAMES  # noqa: E402

# Clean dev batches: written after the rules and model existed, by looking at nothing but the
# kinds of text; no rule, phrase or training row was ever derived from them.
CLEAN_DEV_SOURCES = ("ppn1-e", "debrief-e", "custody-e", "casestudy-e")
# Whole sources held out for dev (about 20 % of hand-written rows); everything else trains.
# dev.csv (threshold choice) holds the first dev sources; dev-clean.csv holds the clean ones and
# is used for measurement only, so the threshold never sees it either.
DEV_SOURCES = ("ppn1-c", "debrief-c", "custody-c", "bwv-c", "casestudy-c")
HELD_FROM_TRAIN = (*DEV_SOURCES, *CLEAN_DEV_SOURCES)

# Default principle of each category (a row may override it after the category name).
PRINCIPLE_OF = {
    "labelling-behaviour": "Trust",
    "victim-blaming": "Safety",
    "exploitation": "Safety",
    "domestic-abuse-minimising": "Safety",
    "disbelief": "Trust",
    "substance-use": "Empowerment",
    "mental-health": "Empowerment",
    "disability": "Empowerment",
    "cultural-slur": "Cultural Considerations",
    "canteen-slang": "Empowerment",
    "coercive-phrasing": "Choice",
    "sexual-abuse-minimising": "Safety",
    "other-deficit": "Empowerment",
}
PRINCIPLES = set(PRINCIPLE_NAMES)
KINDS = {"F": "blaming", "N": "neutral", "Q": "quoted", "A": "alternative", "H": "homonym"}
# Any quote mark, or a speech verb followed by a colon ("dp said: ...").
_QUOTE_MARK = re.compile(r"[\"“”‘’']|\b(?:said|says|stated|states|told \w+):")
COLUMNS = ["text", "label", "kind", "category", "principle", "source"]


def read_batch(path: Path) -> list[dict[str, str]]:
    """Rows of one batch file; a malformed line raises ValueError naming file and line."""
    source = path.stem
    category = principle = ""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        if line.startswith("@"):
            name, _, override = line[1:].partition(" ")
            if name not in PRINCIPLE_OF:
                raise ValueError(f"{where}: unknown category {name!r}")
            category, principle = name, override.strip() or PRINCIPLE_OF[name]
            if principle not in PRINCIPLES:
                raise ValueError(f"{where}: unknown principle {principle!r}")
            continue
        code, _, text = line.partition(" ")
        if code not in KINDS or not text.strip():
            raise ValueError(f"{where}: expected 'F|N|Q|A|H <text>'")
        if code == "F" and not category:
            raise ValueError(f"{where}: flag row before any @category line")
        text = text.replace("\\n", "\n")  # a literal \n in a batch is a hard line break
        if code == "Q" and not _QUOTE_MARK.search(text):
            raise ValueError(f"{where}: quoted row without quote marks or 'said:'")
        flag = code == "F"
        rows.append(
            {
                "text": text.strip(),
                "label": "flag" if flag else "ok",
                "kind": KINDS[code],
                "category": category if flag else "",
                "principle": principle if flag else "",
                "source": source,
            }
        )
    return rows


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    train: list[dict[str, str]] = []
    dev: list[dict[str, str]] = []
    clean_dev: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for path in sorted((HERE / "batches").glob("*.txt")):
        for row in read_batch(path):
            key = row["text"].lower()
            if key in seen:
                raise ValueError(f"{path.name}: duplicate of a row in {seen[key]}: {row['text']}")
            seen[key] = path.name
            if row["source"] in CLEAN_DEV_SOURCES:
                clean_dev.append(row)
            else:
                (dev if row["source"] in DEV_SOURCES else train).append(row)
    hand_sources = {row["source"] for row in train}
    for row in augmented_rows():
        if row["text"].lower() in seen or row["source"] in hand_sources:
            continue
        seen[row["text"].lower()] = row["source"]
        train.append(row)
    write_csv(HERE / "train.csv", train)
    write_csv(HERE / "dev.csv", dev)
    write_csv(HERE / "dev-clean.csv", clean_dev)
    print(f"train: {len(train)} rows, dev: {len(dev)} rows, dev-clean: {len(clean_dev)} rows")


if __name__ == "__main__":
    main()
