"""Kinds an independent probe set of plainly written alternatives showed
(data/coach/qa-probes20.csv): the recommended wording often names the hard fact beside what
explains it, and someone's own account is reported rather than adopted."""

from __future__ import annotations

import pytest

from tips_nlp import check


def rule_ids(text: str) -> set[str]:
    return {f.rule_id for f in check(text).findings}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("He did not report it at the time as he was frightened of the older boys.", "late-report"),
        ("She didn't scream and did not fight back; she said she froze.", "regrets-it"),
        ("No independent evidence yet; CCTV enquiries are under way.", "word-against-word"),
        ("Dad asked if he would lose his kids if he told us about the drinking.", "unless-you"),
        ("She has had to repeat her story to four different officers.", "her-story"),
        ("He was agitated and pacing the corridor, asking for his mum.", "irate"),
        ("The suspect told officers he only grabbed her arm to stop her leaving.", "only-slapped"),
    ],
)
def test_the_fact_with_what_explains_it_or_an_account_reported_is_not_flagged(text, rule):
    assert rule not in rule_ids(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("She only reported it because she wanted him out of the flat.", "late-report"),
        ("The victim did not fight back at any point.", "regrets-it"),
        ("There is no independent evidence to support what she says.", "word-against-word"),
        ("I told her she could lose her children if she did not engage.", "unless-you"),
        ("Her story changed between the first and second interview.", "her-story"),
        ("He was agitated and rude with the staff.", "irate"),
        ("He only pushed her and she fell.", "only-slapped"),
        ("The lad is known to tell tall tales about his family.", "tall-tales"),
    ],
)
def test_the_same_rules_still_coach_the_writers_own_framing(text, rule):
    assert rule in rule_ids(text)
