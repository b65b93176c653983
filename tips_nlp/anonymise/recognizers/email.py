"""Presidio's email recognizer, with its domain check kept offline."""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

# Presidio's EmailRecognizer calls the module-level tldextract.extract, which downloads the
# Public Suffix List on first use and caches it on disk. This extractor uses only the snapshot
# that ships inside tldextract: no network, no cache file.
_OFFLINE_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


class OfflineEmailRecognizer(EmailRecognizer):
    """Email addresses, validated against the bundled public-suffix snapshot."""

    def validate_result(self, pattern_text: str) -> bool:
        return _OFFLINE_EXTRACT(pattern_text).fqdn != ""
