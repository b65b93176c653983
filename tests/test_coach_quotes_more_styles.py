"""Quote styles and speech leads police notes use beyond plain quote marks: the person's own
voice is found whether it is in guillemets, low-9 quotes, doubled single quotes, backticks, a
quote never closed, after "Reply -" or "A:", or in a self-description ("described herself as")."""

from __future__ import annotations

import pytest

from tips_nlp.coach.quotes import mask_quotes, quoted_spans


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # other quote marks
        ("He said «i'm a junkie» and sat down.", ["«i'm a junkie»"]),
        ("She said „I'm a nutter“ twice.", ["„I'm a nutter“"]),
        ("She said „I'm a nutter” twice.", ["„I'm a nutter”"]),
        ("dp shouting ''im not a crackhead'' at the hatch", ["''im not a crackhead''"]),
        ("He said `i kicked off' and laughed.", ["`i kicked off'"]),
        ("He said `i kicked off` and laughed.", ["`i kicked off`"]),
        # a lone mark with no closer is not a quote
        ("The « mark and a ` tick stand alone.", []),
        # a double quote never closed: to the end of its line only
        ('dp shouting "im not a junkie\nHe was taken to cell 4.', ['"im not a junkie']),
        ("She said “he's a psycho\nShe was calm.", ["“he's a psycho"]),
        # inches are not an opening quote
        ("He is about 5'10\" tall.", []),
        # speech after a dash
        ("Reply - no comment. He was bailed.", ["no comment."]),
        (
            "He replied – I'm a smackhead, what do you expect.",
            ["I'm a smackhead, what do you expect."],
        ),
        ("Note - she was drunk.", []),
        ("A well-known drug user was seen.", []),
        # interview answer lines are the person's; question lines are the officer's
        ("Q: why did you go there?\nA: i'm a junkie innit\nQ: ok", ["i'm a junkie innit"]),
        ("The A: road was closed.", []),
        # the person's own words or self-description, to the end of the sentence
        ("In her own words she is a junkie. She was calm.", ["she is a junkie."]),
        ("In Kyle's words, he is a waste of space.", ["he is a waste of space."]),
        (
            "He described himself as a nutter who kicks off. Officers stayed.",
            ["a nutter who kicks off."],
        ),
        ("She calls herself a piss head.", ["a piss head."]),
        ("She used the words slag and slapper about herself.", ["slag and slapper about herself."]),
        ("He went to what he called a crack den. He was found later.", ["a crack den."]),
        # somebody else's label in the writer's voice is not the person's own words
        ("He was described as a nutter by neighbours.", []),
        ("Described as aggressive by staff.", []),
        ("DP stated that he was a junkie.", []),
    ],
)
def test_quoted_spans_more_styles(text, quoted):
    assert [text[s:e] for s, e in quoted_spans(text)] == quoted


def test_mask_quotes_guillemets():
    assert mask_quotes("He said «i'm a junkie» to us.") == 'He said "QUOTE" to us.'
