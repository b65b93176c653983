"""Quote styles and speech leads police notes use beyond plain quote marks: the person's own
voice is found whether it is in guillemets, low-9 quotes, doubled single quotes, backticks, a
quote never closed, after "Reply -" or "A:", or in a self-description ("described herself as")."""

from __future__ import annotations

import pytest

from tips_nlp.coach.principles import RulesError
from tips_nlp.coach.quotes import listed_leads, mask_quotes, quoted_spans


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
        ("He said ``what's wrong with you?'' and left.", ["``what's wrong with you?''"]),
        ("He said `they're a troublemaker' twice.", ["`they're a troublemaker'"]),
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
        # an interview record: the answer and the question it answers are recorded speech; a
        # question with no answer after it is the note's own
        (
            "Q: why did you go there?\nA: i'm a junkie innit\nQ: ok",
            ["why did you go there?", "i'm a junkie innit"],
        ),
        ("The A: road was closed.", []),
        (
            "Q: how are you? A: a junkie, I suppose. Q: ok",
            ["how are you?", "a junkie, I suppose."],
        ),
        ("Q: refer to MASH?\nSupervisor agreed.", []),
        ("Grade A: good work.", []),
        # "her exact words were ...", "his reply was -": the person's words follow
        ("Her exact words were: I kicked off. She cried.", ["I kicked off."]),
        ("The victim's words were that she is a slag.", ["that she is a slag."]),
        ("His reply was - no comment, I'm a junkie.", ["no comment, I'm a junkie."]),
        ("Kind words were said about her.", []),
        ("He said, and I quote, i'm a junkie. He left.", ["i'm a junkie."]),
        ("She said, quote, a slag, unquote.", ["a slag, unquote."]),
        ("The quote for the new door was £300.", []),
        ("The response was quick.", []),
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
        # the person's words after a speech verb and up to three words, or a reply to caution
        ("She texted him: u r a slag. He left.", ["u r a slag."]),
        ("He shouted at the officers: you're all scum", ["you're all scum"]),
        ("Reply after caution: i'm a junkie, so what", ["i'm a junkie, so what"]),
        ("Comment on arrest - he's a grass", ["he's a grass"]),
        ("Complainant (verbatim): he's a psycho", ["he's a psycho"]),
        ("Supervisor comment: she is a junkie.", []),
        ("She stated she was fine - she was drunk.", []),
        # a transcript line that speaks in the first or second person is the speaker's own
        ("BWV review\nDP: you lot think im a junkie\nPC: ok", ["you lot think im a junkie"]),
        (
            "- Mum (on phone): i can't cope with her kicking off",
            ["i can't cope with her kicking off"],
        ),
        ("[PERSON 1]: leave me alone you nonce", ["leave me alone you nonce"]),
        # a line said to be shouted is speech even in the third person
        ("DP (shouting): paedos the lot of them!\nPC: calm down", ["paedos the lot of them!"]),
        ("Mother (on phone): she is a junkie", []),
        ("Voice of the child: I feel like a slag", ["I feel like a slag"]),
        ("Voice of the child: she was not seen alone", []),
        # a form field in the writer's voice is not speech, nor is an officer's line
        ("Suspect: known drug user, aggressive", []),
        ("Mother: Sarah, alcoholic", []),
        ("PC 1234: you have to come with us", []),
        # a time stamp before the speaker, and a dash after it, as transcripts are typed
        ("BWV 00:03:12 DP: im not a junkie", ["im not a junkie"]),
        ("[00:03:12] DP: you lot think im a nutter", ["you lot think im a nutter"]),
        ("0214 - DP: you're all scum", ["you're all scum"]),
        ("14:32 Mum: he's a junkie and i cant cope", ["he's a junkie and i cant cope"]),
        ("Mum (crying) - my daughter is a slag", ["my daughter is a slag"]),
        ("Mum - known drinker", []),
        # where the transcript is from, and numbered speakers
        (
            "BWV transcript, MALE 1: Yeah I went off on one, so what.",
            ["Yeah I went off on one, so what."],
        ),
        ("BWV, SUSPECT: she's a psycho, ask anyone.", ["she's a psycho, ask anyone."]),
        ("999 call - Caller: he's off his head", ["he's off his head"]),
        ("Witness 2 - I think she's a junkie", ["I think she's a junkie"]),
        ("BWV, PC 1234: you have to come with us", []),
        ("Male 1: known drug user, aggressive", []),
        ("Room 12: he kicked off", []),
        # a turn after another on the same line, and a third-person turn that speaks
        (
            "[00:52] PC 4418: who did that? / Female: I walked into a door, I'm clumsy.",
            ["I walked into a door, I'm clumsy."],
        ),
        ("Female: I fell / PC 1234: you have to come with us", ["I fell"]),
        ("Operator: anyone hurt? Caller: he's off his head", ["he's off his head"]),
        ("Caller: he's kicking off, please come quick", ["he's kicking off, please come quick"]),
        ("He was arrested. Mum: known drinker.", []),
        ("12:30 Outcome: he kicked off", []),
        ("0214 - PC: you have to come with us", []),
        # words marked as the person's own after them: back to the clause or the speech verb
        ("She said she was a slag (her words). She cried.", ["she was a slag (her words)"]),
        (
            "Officers felt she was rude; she said she was a junkie (her own words).",
            ["she was a junkie (her own words)"],
        ),
        ("Young person stated she was a slag (quote).", ["she was a slag (quote)"]),
        ("He is a junkie (sic) and left.", ["He is a junkie (sic)"]),
        ("He was rude (see notes) and left.", []),
        ("Spelt in words (in words) not figures.", []),
        # a pasted message is the sender's words
        ("Text from V at 0215: im a slag i know. She was crying.", ["im a slag i know."]),
        ("Snapchat message read - ur a grass", ["ur a grass"]),
        ("She got a message saying she was a slag.", ["she was a slag."]),
        ("Her Facebook post read: junkie scum", ["junkie scum"]),
        ("Email from school: he is a nightmare", ["he is a nightmare"]),
        ("The text was sent at 0215.", []),
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


@pytest.mark.parametrize(
    "content",
    [
        "speakers: [dp]\nmessage_words: [text]\n",
        "speakers: [dp]\nmessage_words: []\nspeaking_words: [i]\n",
        "[: not yaml",
    ],
)
def test_malformed_quote_lists_name_the_file(tmp_path, content):
    path = tmp_path / "quotes.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError, match="quotes.yml"):
        listed_leads(path)
