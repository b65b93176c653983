"""`tips_nlp.review(text)`: the anonymiser's and the coach's results from a single parse."""

from __future__ import annotations

from spacy.language import Language

import tips_nlp

TEXT = 'Kyle O\'Brien kicked off when PC Hughes arrived; his mum said "he kicked off again".'


def test_review_equals_anonymise_and_check_with_one_parse(monkeypatch):
    expected_text = tips_nlp.anonymise(TEXT).text
    expected_findings = tips_nlp.check(TEXT).findings
    parses = []
    real_call = Language.__call__

    def counting_call(self, text, *args, **kwargs):
        parses.append(len(text))
        return real_call(self, text, *args, **kwargs)

    monkeypatch.setattr(Language, "__call__", counting_call)
    result = tips_nlp.review(TEXT)

    assert parses == [len(TEXT)]
    assert result.anonymised.text == expected_text
    assert result.check.findings == expected_findings
    assert [f.text for f in result.check.findings] == ["kicked off"]  # not the quoted one
    assert set(result.to_dict()) == {"anonymised", "check"}
