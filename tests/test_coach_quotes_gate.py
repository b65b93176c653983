"""quoted_spans skips a text with nothing a quote or speech lead needs (_MAY_HOLD_QUOTE); the
answer is the one the full search gives, on every data text and on each kind of quote."""

from __future__ import annotations

import csv
import re

import pytest

from tips_nlp.coach import quotes
from tips_nlp.coach.quotes import quoted_spans
from tips_nlp.resources import rules_dir

DATA = rules_dir().parent / "data"


def _texts() -> list[str]:
    texts = []
    for path in sorted((DATA / "coach").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            texts += [row["text"] for row in csv.DictReader(f) if row.get("text")]
    for path in sorted((DATA / "anonymiser").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += [text, *text.splitlines()]
    return texts


# One text per kind of quote and lead; each must still be found through the gate.
KINDS = [
    ('she said "I kicked off" twice', [(9, 23)]),
    ("he said “no” then left", [(8, 12)]),
    ("‘he’s an addict’ she said", [(0, 16)]),
    ("he said 'i'm a nutter me' twice", [(8, 25)]),
    ("«non» and „ja“ and ''fine'' and `ok`", [(0, 5), (10, 14), (19, 27), (32, 36)]),
    ('dp shouting "im not a junkie', [(12, 28)]),
    ("dp said: i'm a junkie", [(9, 21)]),
    ("She told officers - leave me alone.", [(20, 35)]),
    ("A: i was just there", [(3, 19)]),
    ("(verbatim): get off me", [(12, 22)]),
    ("in her own words she is a junkie.", [(17, 33)]),
    ("He DESCRIBED HIMSELF AS a nutter.", [(24, 33)]),
    ("she used the words i am done.", [(19, 29)]),
    ("what she called a crack den.", [(16, 28)]),
    ("a message saying come now.", [(17, 26)]),
    ("DP: you lot are pigs", [(4, 20)]),
    ("he is a junkie (sic)", [(0, 20)]),
    ("she was a slag (verbatim)", [(0, 25)]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS, ids=[k[0][:20] for k in KINDS])
def test_each_kind_of_quote_passes_the_gate(text, expected):
    assert quoted_spans(text) == expected


@pytest.mark.parametrize(
    "text", ["Kyle's mum's car was parked outside.", "He walked home at 11pm with his friend."]
)
def test_a_sentence_without_quote_marks_or_leads_is_skipped(text):
    assert quotes._MAY_HOLD_QUOTE.search(text) is None
    assert quoted_spans(text) == []


def test_gate_never_changes_the_answer_on_the_data_texts(monkeypatch):
    texts = _texts()
    gated = [quoted_spans(t) for t in texts]
    skipped = sum(quotes._MAY_HOLD_QUOTE.search(t) is None for t in texts)
    monkeypatch.setattr(quotes, "_MAY_HOLD_QUOTE", re.compile(""))  # matches every text
    assert gated == [quoted_spans(t) for t in texts]
    assert skipped > len(texts) // 4  # the gate was exercised, not only passed
