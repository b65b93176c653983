"""Measure tips-nlp against annotated data (anonymiser corpora; later the coach sets)."""

from tips_nlp.evaluate.corpus import CorpusError, Document, GoldSpan, load_corpus, parse_markup

__all__ = ["CorpusError", "Document", "GoldSpan", "load_corpus", "parse_markup"]
