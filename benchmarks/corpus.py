"""The texts every benchmark in one run shares.

The anonymiser dev corpora (data/anonymiser/dev*/*.txt, `[[TYPE|text]]` markup stripped) when
they are there, each text once if they hold `min_words` (repeated texts would flatter anything
that remembers answers), else cycled; otherwise the seeded narratives of benchmarks/narratives.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from narratives import generate

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPORA = ROOT / "data" / "anonymiser"
_MARKUP = re.compile(r"\[\[[A-Z_]+\|(.*?)\]\]", re.DOTALL)


def word_count(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def strip_markup(raw: str) -> str:
    """`[[PERSON|Kyle]]` -> `Kyle` (the corpus's own parser when it is installed)."""
    try:
        from tips_nlp.evaluate.corpus import parse_markup
    except ImportError:
        return _MARKUP.sub(r"\1", raw)
    return parse_markup(raw)[0]


def bench_texts(min_words: int, folder: Path | None = None) -> tuple[list[str], str]:
    """(texts, a one-line description of where they came from)."""
    if folder is not None:
        files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        where = f"{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}"
    else:
        files = sorted(DEV_CORPORA.glob("dev*/*.txt"))
        where = "data/anonymiser/dev*"
    if files:
        corpus = [strip_markup(path.read_text(encoding="utf-8")) for path in files]
        texts = list(corpus)
        while word_count(texts) < min_words:
            texts += corpus
        shown = "each once" if len(texts) == len(corpus) else f"cycled to {len(texts)}"
        return texts, f"{len(files)} dev corpus documents ({where}), {shown}"
    count = 1
    while word_count(generate(count)) < min_words:
        count = count * 2 if count < 16 else count + 8
    return generate(count), f"{count} seeded generated narratives (benchmarks/narratives.py)"
