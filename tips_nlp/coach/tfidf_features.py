"""The classifier's TF-IDF features: the numbers of the fitted scikit-learn FeatureUnion, faster.

scikit-learn's `transform` rebuilds every character n-gram of every word of every sentence and
validates its input three times; on a 500-word note that is most of the classifier's time. Here
the n-grams of a word are worked out once and kept (as vocabulary columns) for the next time the
word comes up, and the counts of a whole batch become one sparse matrix in one step. The TF-IDF
weighting and the l2 norm are done by the same operations, in the same order, as scikit-learn, so
the matrix is equal bit for bit: `SentenceClassifier` checks this on probe sentences at load and
uses scikit-learn's own `transform` if it ever is not (e.g. after a scikit-learn upgrade).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

# A word's columns are kept for the next sentence; past this many words the memo starts again,
# so memory stays small (a few MB) however much text a process checks.
MAX_WORDS = 50_000


class UnsupportedFeaturesError(ValueError):
    """The fitted features use an option this module does not reproduce."""


def _check_vectoriser(vectoriser: object) -> str:
    """The analyser ("word" or "char_wb") when `vectoriser` is a TfidfVectorizer set up the way
    tips-nlp trains it; raises UnsupportedFeaturesError otherwise."""
    params = vectoriser.get_params()
    plain = {
        "input": "content",
        "preprocessor": None,
        "tokenizer": None,
        "stop_words": None,
        "strip_accents": None,
        "binary": False,
        "norm": "l2",
        "use_idf": True,
        "dtype": np.float64,
    }
    if type(vectoriser).__name__ != "TfidfVectorizer" or any(
        params.get(key) != value for key, value in plain.items()
    ):
        raise UnsupportedFeaturesError(type(vectoriser).__name__)
    if params["analyzer"] not in ("word", "char_wb"):
        raise UnsupportedFeaturesError(f"analyzer={params['analyzer']!r}")
    return params["analyzer"]


class TfidfFeatures:
    """`transform(texts)` equal to `union.transform(texts)` for a fitted FeatureUnion of
    TfidfVectorizers (word and char_wb analysers, l2 norm, no transformer weights).

    Raises UnsupportedFeaturesError when `union` is built in any other way.
    """

    def __init__(self, union: object) -> None:
        if type(union).__name__ != "FeatureUnion" or union.transformer_weights is not None:
            raise UnsupportedFeaturesError(type(union).__name__)
        self._blocks = []
        for _, vectoriser in union.transformer_list:
            analyser = _check_vectoriser(vectoriser)
            self._blocks.append(
                {
                    "analyser": analyser,
                    "vocabulary": vectoriser.vocabulary_,
                    "size": len(vectoriser.vocabulary_),
                    "idf": vectoriser.idf_,
                    "sublinear": bool(vectoriser.sublinear_tf),
                    "ngram_range": tuple(vectoriser.ngram_range),
                    "preprocess": vectoriser.build_preprocessor(),
                    "analyse": vectoriser.build_analyzer(),
                    "white_spaces": vectoriser._white_spaces,
                    "memo": {},
                }
            )

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return sp.hstack([self._block(block, texts) for block in self._blocks], format="csr")

    def _block(self, block: dict, texts: list[str]) -> sp.csr_matrix:
        if block["analyser"] == "char_wb":
            columns = [self._char_columns(block, text) for text in texts]
        else:
            vocabulary, analyse = block["vocabulary"], block["analyse"]
            columns = [
                np.fromiter(
                    (c for c in map(vocabulary.get, analyse(text)) if c is not None),
                    dtype=np.int64,
                )
                for text in texts
            ]
        return _weighted(block, columns)

    @staticmethod
    def _char_columns(block: dict, text: str) -> np.ndarray:
        """Vocabulary columns of the text's char_wb n-grams, repeats included."""
        memo = block["memo"]
        words = block["white_spaces"].sub(" ", block["preprocess"](text)).split()
        parts = []
        for word in words:
            found = memo.get(word)
            if found is None:
                if len(memo) >= MAX_WORDS:
                    memo.clear()
                found = memo[word] = _word_columns(word, block)
            parts.append(found)
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)


def _word_columns(word: str, block: dict) -> np.ndarray:
    """scikit-learn's `_char_wb_ngrams` for one word, mapped to vocabulary columns."""
    vocabulary = block["vocabulary"]
    min_n, max_n = block["ngram_range"]
    padded = " " + word + " "
    length = len(padded)
    columns = []
    for n in range(min_n, max_n + 1):
        offset = 0
        columns.append(vocabulary.get(padded[offset : offset + n]))
        while offset + n < length:
            offset += 1
            columns.append(vocabulary.get(padded[offset : offset + n]))
        if offset == 0:  # a short word (shorter than n) is counted once
            break
    return np.array([c for c in columns if c is not None], dtype=np.int64)


def _weighted(block: dict, columns: list[np.ndarray]) -> sp.csr_matrix:
    """Counts -> TF-IDF, as CountVectorizer + TfidfTransformer do it (same operations, same order:
    sorted columns, log + 1, times idf, row l2 norm)."""
    size = block["size"]
    rows = np.repeat(np.arange(len(columns), dtype=np.int64), [len(c) for c in columns])
    flat = np.concatenate([*columns, np.empty(0, dtype=np.int64)])
    keys, counts = np.unique(rows * size + flat, return_counts=True)
    indptr = np.searchsorted(keys, np.arange(len(columns) + 1, dtype=np.int64) * size)
    matrix = sp.csr_matrix(
        (counts.astype(np.float64), (keys % size).astype(np.int32), indptr.astype(np.int32)),
        shape=(len(columns), size),
    )
    if block["sublinear"]:
        np.log(matrix.data, matrix.data)
        matrix.data += 1.0
    matrix.data *= block["idf"][matrix.indices]
    inplace_csr_row_normalize_l2(matrix)
    return matrix
