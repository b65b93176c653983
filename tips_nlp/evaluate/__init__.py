"""Accuracy measurements for the anonymiser and the language coach."""
