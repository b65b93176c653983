"""The URL pre-check (regex_timeouts.URL_REQUIRED) never loses a URL Presidio's patterns find."""

from __future__ import annotations

import re

import pytest
import regex
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from tips_nlp.anonymise.regex_timeouts import URL_REQUIRED, FailClosedRegex, required_text

FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE  # rules/pii/recognizers.yml's 26

TEXTS = [
    "See www.janet-obrien.example.com for the post.",
    "link: https://bit.ly/3xYz9 sent at 10.",
    "HTTP://WWW.EXAMPLE.CO.UK/PAGE",
    "her page 'tiktok.com/@kyle_b07' was shared",
    '"hampshire.police.uk"',
    "mail to kyle.b@example.org please",
    "www2.site.io/a?b=c",
    "the site foo-bar.net.",
    "x..com and -.uk",
    "a letter K (Kelvin) after a dot: example.\u212ae and example.\u017fh",
    "ExAmPlE.CoM",
    "1.2.3.4 is an address, not a URL",
    "at 1.30pm, a.m., e.g. D.O.B. 1.3.08",
    "no dots at all",
    "a.b c.d",
    "end. Start of the next sentence.Then no space",
    "",
]


def _url_spans(text: str, compiled) -> list[tuple[int, int]]:  # noqa: ANN001
    return [m.span() for m in compiled.finditer(text)]


def test_every_top_level_domain_is_two_or_more_ascii_letters():
    base = UrlRecognizer.BASE_URL_REGEX
    assert "[a-z0-9.\\-]{1,253}[.](?:(?:com)|" in base  # a character, a dot, then the domain
    domains = re.findall(r"\(\?:([^()]*)\)", base)
    assert len(domains) > 100
    assert [d for d in domains if not re.fullmatch(r"[a-z]{2,}", d)] == []


@pytest.mark.parametrize("pattern", UrlRecognizer.PATTERNS, ids=lambda p: p.name)
def test_each_url_pattern_requires_the_pre_check(pattern):
    assert required_text(pattern.regex) == URL_REQUIRED


@pytest.mark.parametrize("pattern", UrlRecognizer.PATTERNS, ids=lambda p: p.name)
@pytest.mark.parametrize("text", TEXTS)
def test_the_pre_check_finds_what_the_full_pattern_finds(pattern, text):
    full = regex.compile(pattern.regex, flags=FLAGS)
    checked = FailClosedRegex(pattern.regex, FLAGS, regex.compile(URL_REQUIRED, flags=FLAGS))
    assert _url_spans(text, checked) == _url_spans(text, full)


@pytest.mark.parametrize(
    "text", ["at 1.30pm, a.m., e.g. D.O.B. 1.3.08", "no dots at all", "a.b c.d", "end. Then"]
)
def test_a_text_without_a_dot_and_two_letters_is_not_searched(text):
    assert regex.compile(URL_REQUIRED, flags=FLAGS).search(text) is None


def test_the_anonymisers_url_patterns_are_pre_checked(anonymiser):
    (urls,) = [r for r in anonymiser.analyzer.registry.recognizers if isinstance(r, UrlRecognizer)]
    assert [p.compiled_regex.required.pattern for p in urls.patterns] == [URL_REQUIRED] * 4
    for text in TEXTS:
        found = [(r.start, r.end) for r in urls.analyze(text, ["URL"])]
        expected = [(r.start, r.end) for r in UrlRecognizer().analyze(text, ["URL"])]
        assert found == expected
