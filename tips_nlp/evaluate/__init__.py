"""Accuracy measurements for the anonymiser (annotated corpora) and the language coach."""

from tips_nlp.evaluate.corpus import CorpusError, Document, GoldSpan, load_corpus, parse_markup

__all__ = ["CorpusError", "Document", "GoldSpan", "load_corpus", "parse_markup"]
