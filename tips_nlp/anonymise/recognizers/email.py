"""Presidio's email recognizer, with its domain check kept offline and lenient."""

from __future__ import annotations

import re

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

# Presidio's EmailRecognizer calls the module-level tldextract.extract, which downloads the
# Public Suffix List on first use and caches it on disk. This extractor uses only the snapshot
# that ships inside tldextract: no network, no cache file.
_OFFLINE_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

# A last domain label of letters: new or reserved top-level domains the snapshot lacks
# (".example", ".test", ".local", an intranet's ".police") still end an address.
# valid: "b.adeyemi@havenbury-cs.gov.example"; invalid: "kyle@2024" (no dotted domain).
_LETTER_TLD = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}$")


class OfflineEmailRecognizer(EmailRecognizer):
    """Email addresses: a known public suffix, or any domain ending in a label of letters
    (recall first: an address on an unlisted domain still identifies its owner)."""

    def validate_result(self, pattern_text: str) -> bool:
        return (
            _OFFLINE_EXTRACT(pattern_text).fqdn != ""
            or _LETTER_TLD.search(pattern_text) is not None
        )
