"""Where quoted speech is: the person's own voice, recorded, never "corrected".

Police notes quote in many ways: double quotes, curly quotes, straight single quotes
('she's a scrote' he said), guillemets, low-9 quotes, doubled single quotes, backticks, a double
quote never closed before the line ends, no quote marks at all after "said:" / "Reply -" / "A:",
the person's self-description ("described herself as ...", "in his words ..."), a transcript
line in the first or second person ("DP: you lot ..."), a pasted message ("Text from V at 0215:
..."; the lists are in `rules/coach/quotes.yml`), and quotes broken by a hard line wrap. Each
is found here; an apostrophe ("didn't", "Kyle's", "Jones'") never opens a quote.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from tips_nlp.coach.principles import RulesError
from tips_nlp.resources import ConfigError, read_word_lists, rules_dir

# A quote may run over one hard line break but never over a blank line (a new paragraph), so an
# unbalanced quote mark cannot swallow the rest of the document.
_ANY = r"(?:[^{close}\n]|\n(?!\s*\n))"

# Double quotes, straight or curly: 'She said "I kicked off"' -> '"I kicked off"'.
_DOUBLE = (
    r"\"" + _ANY.format(close='"') + r"{1,1000}\"" + "|“" + _ANY.format(close="”") + "{1,1000}”"
)

# Curly single quotes; a ’ followed by a letter is an apostrophe inside the quote ("he’s").
# A typed note mixes styles: a ‘ may close with a straight ' (autocorrect curls the opener only).
# valid: ‘he’s an addict’, ‘I'm a slag to them' ; invalid (no opening mark): Kyle’s mum’s car
_CURLY_SINGLE = r"‘(?:[^’'\n]|\n(?!\s*\n)|[’'](?=\w)){1,1000}(?:’|(?<=\S)')(?!\w)"

# Straight single quotes. An opener follows a space, start or opening punctuation and is not an
# elision ('cos, 'em, wrong 'un, rock 'n' roll, the '90s); a closer follows a non-space and is
# not followed by a letter, so "didn't", "Kyle's" and "i'm" inside the quote never close it; a
# curly ’ closes it too (mixed styles).
# valid: he said 'i'm a nutter me' twice ; invalid: Kyle's mum and the lads' bikes ; 'cos he's
_ELISIONS = r"(?:cos|coz|cause|em|til|till|tis|twas|un|uns|n|bout)\b"
_STRAIGHT_SINGLE = (
    r"(?<![\w'’])'(?!" + _ELISIONS + r")(?=[^\s\d'])"
    r"(?:[^'\n]|\n(?!\s*\n)|'(?=\w)){0,1000}?(?<=\S)['’](?!\w)"
)

# Other marks a pasted or typed note uses: «guillemets», „low-9“ (closed by “ or ”), ''doubled
# single quotes'', ``typeset quotes'' and `backticks` (closed by ` or '; an apostrophe before a
# letter, as in `what's', does not close). invalid: a lone « or `` with no closer.
_OTHER = (
    "«" + _ANY.format(close="»") + "{1,1000}»"
    # typed guillemets: <<i'm a junkie>> (a lone << or >> is not a quote)
    "|<<" + r"(?:[^>\n]|>(?!>)|\n(?!\s*\n)){1,1000}>>"
    "|„" + _ANY.format(close="“”") + "{1,1000}[“”]"
    "|''" + r"(?:[^'\n]|'(?!')|\n(?!\s*\n)){1,1000}''"
    "|``" + r"(?:[^`'\n]|'(?!')|\n(?!\s*\n)){1,1000}(?:''|``)"
    "|`" + r"(?:[^`'\n]|'(?=\w)|\n(?!\s*\n)){1,1000}[`']"
)

# A double quote opened after a space and never closed: the speech runs to the end of the line.
# valid: 'dp shouting "im not a junkie' (end of line) ; invalid: a closed "quote" on the line.
_UNCLOSED = r"(?<!\S)\"[^\"\n]{1,1000}(?=\n|$)|(?<!\S)“[^”“\n]{1,1000}(?=\n|$)"

_MARKED = re.compile(
    f"{_DOUBLE}|{_CURLY_SINGLE}|{_OTHER}|{_STRAIGHT_SINGLE}|{_UNCLOSED}", re.IGNORECASE
)

# Ways of speaking beyond "said": the words after them, once marked by a colon, a dash or an
# opening quote, are the person's. valid: "He muttered: I'm just a junkie to you".
_MORE_SPEECH_VERBS = (
    r"muttered|mutters|whispered|whispers|mumbled|mumbles|sobbed|sobs|shrieked|shrieks|"
    r"chanted|chants|exclaimed|remarked|remarks|blurted(?:[ \t]+out)?|snapped|sneered|taunted|"
    r"jeered|boasted|bragged|pleaded|begged|hissed|spat|slurred|messaged|posted"
)
# Words that are speech only with a colon straight after them (each has an ordinary sense that
# a colon may follow a few words later: "went to the address: no reply").
_SPEECH_ONLY_BEFORE_COLON = (
    r"went|goes|go|cried|cries|admitted|admits|insisted|insists|continued|called[ \t]+out|"
    r"interjected|volunteered|asked|asks|demanded|claimed|claims"
)

# Reported speech with no quote marks: a speech verb, a colon, then the words up to the end of
# the sentence or line. valid: "dp said: i'm a junkie" -> "i'm a junkie"; "Reply: no comment".
# invalid (not speech): "Supervisor review: he was rude", "Note: she was drunk".
_SPEECH_LEAD = re.compile(
    r"\b(?:(?:said|says|say|stated|states|state|replied|replies|reply|shouted|shouts|screamed|"
    r"screams|yelled|yells|added|adds|explained|explains|disclosed|discloses|reported|"
    r"wrote|writes|texted|answered|responded|repeated|repeats|commented|"
    rf"{_MORE_SPEECH_VERBS}|"
    r"words to the effect(?: of)?)(?:(?:[ \t]+[\w'’]+){1,3}[ \t]*:|[ \t]*(?::|[-–—](?=[ \t]))"
    # a dash after the person spoken to: "said to the custody sergeant — I'm a smackhead";
    # only an addressee (to/at + up to three words), so "said she was fine — officers ..."
    # never makes the writer's narrative speech.
    r"|[ \t]+(?:to|at|towards)(?:[ \t]+[\w'’]+){1,3}[ \t]*[-–—](?=[ \t]))"
    # a verb that is speech only when the colon follows at once: "He went: you're a grass",
    # "she admitted: ..."; invalid: "went to the address: no reply", "admitted to custody: ..."
    rf"|(?:{_SPEECH_ONLY_BEFORE_COLON})[ \t]*:"
    # "told officers -", "asked him:", and the person's reply to caution, charge or arrest.
    r"|(?:told|tells|asked|asks)(?:[ \t]+[\w'’]+){1,3}[ \t]*(?::|[-–—](?=[ \t]))"
    r"|(?:reply|replies|response|answer|comment)[ \t]+(?:after|on|to|when)[ \t]+"
    r"(?:caution|cautioned|charge|charged|arrest|arrested|interview)[ \t]*(?::|[-–—](?=[ \t]))"
    r")[ \t]*(?=\S)"
    r"|\([ \t]*verbatim[ \t]*\)[ \t]*:[ \t]*(?=\S)"
    # "He said, and I quote, ...", "quote: ..." (a builder's "quote of £300" has no comma/colon),
    # "she was quote unquote a crackhead".
    r"|\b(?:and[ \t]+i[ \t]+)?quote(?:[ \t]*[,:]|[ \t,]+unquote\b[ \t]*,?)[ \t]*(?=\S)"
    # "Her exact words were:", "his reply was -": what follows the colon or dash is the person's.
    r"|\b(?:words|reply|response|answer)[ \t]+(?:was|were)[ \t]*(?::|[-–—](?=[ \t]))[ \t]*(?=\S)"
    # An interview answer: "A: i was just there" at the start of a line or after the question
    # on the same line.
    r"|(?:^[ \t]*|(?<=[?.!])[ \t]+)(?:A|Answer)[ \t]*:[ \t]*(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
# Speech with no marks at all, known by its first word: a speech verb followed at once by the
# first or second person, so the words cannot be the writer's narrative of someone else ("DP
# replied I'm a nutter me", "she said you lot think I'm a slag", "he told officers I'm off my
# face", "he said, no, I'm not", "she whispered that's because ..." - a reported clause never
# starts "that's"). Reported speech in the third person ("she stated that she was a junkie")
# is the writer's framing: the writer chose those words, so it stays coached. So do the
# writer's and officers' own words (`writer_side` in rules/coach/quotes.yml, checked in
# _first_person_speech): "I told him you'll be here all night" is what the coach reviews.
# invalid: "she said she was a junkie", "he said that I was rude" ("that": reported).
_FIRST_PERSON_SPEECH = re.compile(
    r"\b(?P<verb>said|says|replied|replies|answered|responded|stated|states|shouted|shouts|"
    r"screamed|screams|yelled|yells|added|adds|repeated|repeats|texted|wrote|cried|"
    # "kept saying I'm a slag", "was shouting you're all pigs", "heard to shout you're ..."
    r"(?:kept|keeps|was|were|is|are|started|began|been|continued)[ \t]+(?:on[ \t]+)?"
    r"(?:saying|shouting|screaming|yelling|repeating|muttering|chanting)|"
    r"(?:heard|overheard)[ \t]+to[ \t]+(?:say|shout|scream|yell)|"
    # "told officers I'm ...", "told me you lot ...": the person spoken to, one to three words
    rf"{_MORE_SPEECH_VERBS}|(?P<told>told|tells)(?:[ \t]+[\w’]+(?![\w’])){{1,3}}?)"
    r"[ \t]*[,:\-–—]?[ \t]*(?:(?:no|yeah|yes|nah|look|well|cos|coz|oh|listen)[ \t]*,?[ \t]+)?"
    r"(?<![\w'’])(?=(?:i(?:['’](?:m|ve|ll|d))?|im|ive|my|me|you(?:['’](?:re|ve|ll|d))?|youre"
    r"|u|ur|your|ya|yous|we(?:['’](?:re|ve|ll|d))?|our|that['’]?s)(?![\w'’]))",
    re.IGNORECASE,
)
# The words before a speech verb, back to the start of its sentence or clause.
_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’]*")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n(\[]")


def _first_person_speech(text: str) -> list[re.Match[str]]:
    """The leads of _FIRST_PERSON_SPEECH whose speaker is named before the verb and is neither
    the writer nor an officer ("DP replied I'm ..."; not "I told him you ...", "PC said you're
    ...", "Told him we'd ..." with no speaker, or "she was told you ...")."""
    writer_side = writer_side_words()
    leads = []
    for lead in _FIRST_PERSON_SPEECH.finditer(text):
        clause_start = max(
            (
                m.end()
                for m in _CLAUSE_BREAK.finditer(text, max(0, lead.start() - 80), lead.start())
            ),
            default=max(0, lead.start() - 80),
        )
        before = [w.lower() for w in _WORDS_BEFORE.findall(text, clause_start, lead.start())][-4:]
        if not before or not writer_side.isdisjoint(before):
            continue
        if lead["told"] and before[-1] in {"was", "were", "been", "being", "be", "get", "got"}:
            continue
        leads.append(lead)
    return leads


# The person's own words or self-description, no colon needed, to the end of the sentence.
# valid: "in her own words she is a junkie", "described himself as a nutter", "used the words
# ...", "what she called a crack den". invalid: "described as aggressive by staff" (no self).
_SELF_WORDS = re.compile(
    r"(?i)\b(?:in (?:his|her|their|(?:the )?[a-z][\w'’]*['’]s?)(?: own)? words"
    r"|(?:described|describes|describing|calls|called|calling|referred to|refers to)[ \t]+"
    r"(?:herself|himself|themselves|themself)(?:[ \t]+as)?"
    r"|used the (?:words?|phrase|expression)(?:[ \t]+that)?"
    # "her exact words were", "his words to the call handler were"
    r"|(?:his|her|their|(?:the )?[a-z][\w'’]*['’]s?)(?: exact| own| actual)? words"
    r"(?:[ \t]+(?:to|for|in|on)[ \t]+[^,.;:!?\n'‘\"“]{1,40}?)? (?:were|was)"
    r"|what (?:she|he|they) (?:called|calls|described as|describes as|referred to as)"
    # how the person says they felt, in indirect speech: "She said she felt she had no choice
    # but to go back to him"; the same pronoun both sides. invalid: "she said he felt".
    r"|(?P<who>she|he|they)[ \t]+(?:said|says|explained|explains|disclosed|discloses"
    r"|told[ \t]+[\w'’]+(?:[ \t]+[\w'’]+)?)(?:[ \t]+that)?[ \t]+(?P=who)[ \t]+(?:felt|feels))"
    r"[ \t]*[:,\-–—]?[ \t]*(?=\S)",
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
# A transcript turn ends at the line end or at " / " before the next speaker's turn.
_LINE_OR_TURN_END = re.compile(r"\n|[ \t]/[ \t]")
# Words marked as the person's own AFTER them: "she said she was a slag (her words)", "he is
# a junkie (sic)". The passage runs back to the start of its clause (sentence start, a colon,
# semicolon or dash) or to the speech verb before it. valid: "(his own words)", "(in mum's
# words)", "(verbatim)", "(quote)", "(direct quote)"; invalid: "(see notes)", "(in words)".
_MARKED_AFTER = re.compile(
    r"[ \t]*\((?:(?:in[ \t]+)?(?:his|her|their|[a-z][\w'’]*['’]s?)(?:[ \t]+own|[ \t]+exact)?"
    r"[ \t]+words|(?:direct[ \t]+)?quote|verbatim|sic)\)(?![ \t]*:)",  # "(verbatim):" leads
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"(?:^|[.!?:;]\s|\s[-–—]\s|\n"
    r"|\b(?:said|says|stated|states|told[ \t]+\w+|described[ \t]+\w+[ \t]+as)"
    r"(?:[ \t]+that)?[ \t]+)",
    re.IGNORECASE,
)
# An interview record: a question line answered on the same or the next line. Both sides are
# recorded speech the writer cannot reword ("Q: why did you go back? A: cos I owed them").
# Records typed with full stops ("Q. Did anyone force you? A. No one forced me") pair "Q." with
# "A." the same way; a capital "Q."/"A." only, so an initial or "a." in prose is not a turn.
# invalid: a "Q:" line with no answer after it (a note's own question, "Q: refer to MASH?").
_QUESTION = re.compile(
    r"(?:^[ \t]*|(?<=[.!?\"”’'])[ \t]+)"
    r"(?:(?i:Q|Question)[ \t]*\d*[ \t]*:|Q[ \t]*\d*\.(?=[ \t]))[ \t]*(?=\S)",
    re.M,
)
_ANSWER = re.compile(
    r"(?:^|(?<=[?.!\"”’'])[ \t]+)[ \t]*(?:(?i:A|Answer)[ \t]*\d*[ \t]*:|A[ \t]*\d*\.(?=[ \t]))",
    re.M,
)


# A single quote opened after a speech verb and never closed on its line, often with
# apostrophes inside: the person's words run to the end of the line. The closer test is
# _STRAIGHT_SINGLE's (after a non-space, not before a letter). After a speech verb a quote may
# also open on an elision ('cos, 'em) that _STRAIGHT_SINGLE never takes for an opener; such a
# quote counts only once it is closed on its line.
# valid: "she screamed 'he's going to kill me, he's lost it" (end of line), "he replied 'cos
# I'm a scrote, that's what you think.'" (closed); invalid: "she said 'no' and he's lost it"
# (closed, found by _STRAIGHT_SINGLE), "he's lost it" (no speech verb), "he said 'cos he was
# scared" (an elision never closed: the writer's own 'cos).
_SINGLE_QUOTE_LEAD = re.compile(
    r"\b(?:said|says|say|stated|states|replied|replies|shouted|shouts|screamed|screams|yelled|"
    r"yells|added|adds|explained|explains|disclosed|discloses|texted|wrote|writes|whispered|"
    r"cried|sobbed|muttered|repeated|repeats|answered|responded|"
    rf"{_MORE_SPEECH_VERBS}|(?:told|asked)(?:[ \t]+[\w’]+){{1,3}}"
    r"|words\b[^'‘\n.!?]{0,60}?\b(?:were|was)|(?:reply|response|answer)[ \t]+was)"
    r"[ \t]*[:,\-–—]?[ \t]*(?<![\w'’])(?P<open>['‘])(?=[^\s'‘])"
    r"(?P<elision>" + _ELISIONS + r")?",
    re.IGNORECASE,
)
_SINGLE_CLOSER = {"'": re.compile(r"(?<=\S)['’](?!\w)"), "‘": re.compile(r"(?:’|(?<=\S)')(?!\w)")}


# Where a sentence ends inside a line: "... kill me. Officers ...".
_SENTENCE_BREAK = re.compile(r"[.!?]+(?=[ \t]+\S)")


def _single_quotes_after_speech(text: str, speaking_word: re.Pattern[str]) -> list[tuple[int, int]]:
    """A quote opened on an elision after a speech verb runs to its closer. A quote never
    closed runs to the end of its line, sentence by sentence while the next sentence still
    speaks (first or second person): "'i'm scared. he's lost it" is all hers, "'he's lost it.
    Officers found her drunk" stops before the writer's narrative."""
    spans = []
    for lead in _SINGLE_QUOTE_LEAD.finditer(text):
        start = lead.start("open")
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        closer = _SINGLE_CLOSER[lead["open"]].search(text, start + 1, line_end)
        if closer or lead["elision"]:
            if closer and lead["elision"]:
                spans.append((start, closer.end()))
            continue
        stop = line_end
        for brk in _SENTENCE_BREAK.finditer(text, start + 1, line_end):
            following = _SENTENCE_BREAK.search(text, brk.end(), line_end)
            if not speaking_word.search(
                text, brk.end(), following.end() if following else line_end
            ):
                stop = brk.end()
                break
        spans.append((start, stop))
    return spans


# A message export's time stamp: "[14:02]", "(14:02)", "14:02", "[14/03/2024, 14:02:11]",
# "14/03/24, 2:02 pm -". invalid: "Flat 12", "aged 14".
_TIME_STAMP = (
    r"(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[ \t]*[ap]\.?m\.?)?"
)
# A line of a message export: a time stamp, then the name the app shows, a colon and the words.
# The line may open with a short label saying where the export came from, before a bracketed
# time stamp ("Download from the handset: [02:31] Unknown: ...", "Screenshot 2: (21:15) Tash:").
# valid: "[14:02] Jay: u still ...", "14:02 - Kez Smith: yeah", "[09:40] [PERSON 2]: at his";
# invalid: "14:02 attended the address: no reply" (more than three words before the colon),
# "Note: 14:02 Jay: ..." (a label before an unbracketed time is a log entry's own time).
_EXPORT_LABEL = r"(?:[^\W\d_][^\n:.!?\[\]()]{0,50}:[ \t]*)"
_TIMED_NAME_LINE = re.compile(
    r"^[ \t]*(?:[-•*>][ \t]*)?"
    rf"(?:{_EXPORT_LABEL}?\[[ \t]*{_TIME_STAMP}[ \t]*\]"
    rf"|{_EXPORT_LABEL}?\([ \t]*{_TIME_STAMP}[ \t]*\)|{_TIME_STAMP})"
    r"[ \t]*(?:[-–—,][ \t]*)?"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}|\[[A-Z_]+(?:[ \t]+\d+)?\])"
    r"[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE,
)
# The same with the name first: "Jay [14:02]: ...", "Kez (2:03 pm): ...".
_NAME_TIMED_LINE = re.compile(
    r"^[ \t]*(?:[-•*>][ \t]*)?"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}|\[[A-Z_]+(?:[ \t]+\d+)?\])"
    rf"[ \t]*(?:\[[ \t]*{_TIME_STAMP}[ \t]*\]|\([ \t]*{_TIME_STAMP}[ \t]*\))"
    r"[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE,
)


def _message_export(text: str, speaking_word: re.Pattern[str]) -> list[tuple[int, int]]:
    """Each line of a message export, after "Name:", when the export speaks (some line of it
    is in the first or second person): the whole line is that person's voice. Lines next to
    each other form one export; a log entry ("14:02 Update: ...") or an officer ("[09:31] DC
    Rivers: ...") is never the person's voice."""
    not_names = not_display_names()
    lines = []
    leads = [*_TIMED_NAME_LINE.finditer(text), *_NAME_TIMED_LINE.finditer(text)]
    for lead in sorted(leads, key=lambda m: m.start()):
        stop = text.find("\n", lead.end())
        stop = len(text) if stop < 0 else stop
        name_words = {w.strip(".").lower() for w in lead["name"].strip("[]").split()}
        person = name_words.isdisjoint(not_names)
        lines.append((lead.start(), lead.end(), stop, person))
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int, int, bool]] = []
    for line in [*lines, None]:
        if line and block and not text[block[-1][2] : line[0]].strip():
            block.append(line)
            continue
        if any(speaking_word.search(text, start, stop) for _, start, stop, _ in block):
            spans.extend((start, stop) for _, start, stop, person in block if person)
        block = [line] if line else []
    return spans


# A dialogue typed with the speakers' own names and no time stamps ("Kez: ur a grass" on one
# line, "Jay: shut up u slag" on the next, or " / " between turns). One such line alone reads
# as a form field ("Circumstances: I attended ..."), so it counts only as a run of two or more
# turns by two or more names. valid: "Kez: ...\nJay: ..."; invalid: "Name: Kyle\nAge: 14".
_NAMED_TURN = re.compile(
    r"(?:^[ \t]*|[ \t]/[ \t]+)(?:[-•*>][ \t]*)?"
    r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE,
)


def _named_dialogue(text: str, speaking_word: re.Pattern[str]) -> list[tuple[int, int]]:
    """Each person's turn of a named dialogue that speaks (first or second person somewhere in
    it). Names are capitalised as names are ("Kez", "JAY", "Kez Smith"); a turn headed by a
    word of `not_display_names` (an officer, a log or form field) stays the writer's."""
    not_names = not_display_names()
    turns = []
    for lead in _NAMED_TURN.finditer(text):
        name = lead["name"]
        if not all(w[0].isupper() for w in name.split()):
            continue
        stop = _LINE_OR_TURN_END.search(text, lead.end())
        stop = stop.start() if stop else len(text)
        words = {w.strip(".").lower() for w in name.split()}
        turns.append((lead.start(), lead.end(), stop, name.lower(), words.isdisjoint(not_names)))
    spans: list[tuple[int, int]] = []
    block: list[tuple[int, int, int, str, bool]] = []
    for turn in [*turns, None]:
        if turn and block and text[block[-1][2] : turn[0]].strip(" \t\n/") == "":
            block.append(turn)
            continue
        if len({t[3] for t in block}) >= 2 and any(
            speaking_word.search(text, start, stop) for _, start, stop, _, _ in block
        ):
            spans.extend((start, stop) for _, start, stop, _, person in block if person)
        block = [turn] if turn else []
    return spans


@lru_cache(maxsize=1)
def writer_side_words(path: Path | None = None) -> frozenset[str]:
    """Words naming the writer or an officer before a speech verb (`rules/coach/quotes.yml`)."""
    path = path or rules_dir() / "coach" / "quotes.yml"
    try:
        lists = read_word_lists(path, ("writer_side",))
    except ConfigError as exc:
        raise RulesError(str(exc)) from exc
    return frozenset(w.lower() for w in lists["writer_side"])


@lru_cache(maxsize=1)
def not_display_names(path: Path | None = None) -> frozenset[str]:
    """Words that never name the person in a timed message line (`rules/coach/quotes.yml`)."""
    path = path or rules_dir() / "coach" / "quotes.yml"
    try:
        lists = read_word_lists(path, ("not_display_names",))
    except ConfigError as exc:
        raise RulesError(str(exc)) from exc
    return frozenset(w.lower() for w in lists["not_display_names"])


def _alternation(words: list[str]) -> str:
    """Whole words or phrases, longest first; a space in a phrase matches any run of blanks."""
    return "|".join(
        r"[ \t]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def listed_leads(
    path: Path | None = None,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Transcript speaker lines, pasted-message leads and first/second-person words, built
    from `rules/coach/quotes.yml` once; a malformed file raises RulesError naming it."""
    path = path or rules_dir() / "coach" / "quotes.yml"
    keys = ("speakers", "message_words", "speaking_words")
    try:
        lists = read_word_lists(path, keys)
    except ConfigError as exc:  # a coach data file: the coach's error, still naming the file
        raise RulesError(str(exc)) from exc
    speakers, messages, speaking = (_alternation(lists[k]) for k in keys)
    # "DP: ...", "- Mum (on phone): ...", "[PERSON 1]: ..." at the start of a line; a
    # parenthesis that says how the words were spoken ("DP (shouting): ...") is captured.
    speaker_line = re.compile(
        # at the start of a line, or after the previous speaker's sentence or a " / " on the
        # same line ("PC: who did that? / Female: I fell")
        r"(?:^[ \t]*|(?<=[.!?])[ \t]+|[ \t]/[ \t]+)(?:[-•*>][ \t]*)?"
        # where the transcript is from: "BWV transcript, MALE 1:", "999 call - Caller:"
        # or "Transcript 999:", "Transcript of the 999 call -"
        r"(?:(?:transcript|bwv|cad|999|call|clip|audio|footage|recording)"
        r"(?:[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:transcript|bwv|999|call|clip|footage"
        r"|audio|recording)){0,2}[ \t]*[,:\-–—]?[ \t]*)?"
        # a transcript's time stamp: "BWV 00:03:12 DP:", "[00:03:12] DP:", "0214 - DP:"
        r"(?:[\[(]?\d{1,2}[:.]?\d{2}(?:[:.]\d{2})?(?:[ \t]*hrs)?[\])]?"
        r"[ \t]*(?:[-–—][ \t]*)?)?"
        r"(?:(?:the|her|his|their)[ \t]+)?"
        # a numbered speaker: "MALE 1:", "Witness 2 -"
        rf"(?:(?:{speakers})(?:[ \t]*\d{{1,2}}(?!\d))?|\[[A-Z_]+(?:[ \t]+\d+)?\])"
        r"(?:[ \t]*\((?:[ \t]*(?P<spoken>(?:shout|scream|yell|cry|sob|whisper|shriek|"
        r"mutter|chant|sing|repeat)\w*|verbatim)[ \t]*|[^()\n]{0,30})\))?"
        # how the speaker was heard, without brackets: "Mum on the phone:", "Caller via
        # interpreter -", "Male in the background:"
        r"(?:[ \t]+(?:on|over|via|through|in|from|by)(?:[ \t]+(?:the|a|an|her|his|their))?"
        r"[ \t]+[^\W\d_]+)?"
        r"[ \t]*(?::|[-–—](?=[ \t]))[ \t]*(?=\S)",
        re.IGNORECASE | re.MULTILINE,
    )
    # "Text from V at 0215: ...", "snapchat msg read - ...", "a message saying ...": the
    # sender's words, to the end of the sentence.
    message_lead = re.compile(
        rf"\b(?:{messages})\b[^:.!?\n]{{0,40}}?(?::|\b(?:read|reads|said|says)[ \t]*[-–—](?=[ \t])"
        r"|\b(?:saying|stating|reading)\b)[ \t]*(?=\S)",
        re.IGNORECASE,
    )
    speaking_word = re.compile(rf"(?<![\w'’])(?:{speaking})(?![\w'’])", re.IGNORECASE)
    return speaker_line, message_lead, speaking_word


@lru_cache(maxsize=1)
def labelled_statement_leads(
    path: Path | None = None,
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The form labels of `rules/coach/quotes.yml` that head a person's words: a custody
    record's "Unsolicited comment: ..." (always the person's) and a statement extract's "MG11
    extract: ..." (the person's when it speaks in the first or second person; "Statement: she
    was drunk" is the writer's summary). A malformed file raises RulesError naming it."""
    path = path or rules_dir() / "coach" / "quotes.yml"
    keys = ("own_words_labels", "statement_labels")
    try:
        lists = read_word_lists(path, keys)
    except ConfigError as exc:
        raise RulesError(str(exc)) from exc
    # the label, then up to a few words before the colon or dash: "From her MG11:",
    # "Statement (MG11) para 4:", "Comments made on arrest -"
    tail = r"\b[^:\n.!?]{0,40}?[ \t]*(?::|[-–—](?=[ \t]))[ \t]*(?=\S)"
    own, statement = (
        re.compile(rf"\b(?:{_alternation(lists[k])}){tail}", re.IGNORECASE) for k in keys
    )
    return own, statement


def _answer_span(text: str, start: int, speaking_word: re.Pattern[str]) -> tuple[int, int]:
    """An interview answer after "A:" / "A.": its first sentence, then each further sentence on
    the line while it still speaks (first or second person), up to the next question.
    valid: "A. No one forced me. I'm fine." (both); invalid: "A. no. She then left." (the
    writer's narrative after the answer is not the person's)."""
    while start < len(text) and text[start] in " \t":
        start += 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    question = re.compile(r"(?<=[.!?\"”’'])[ \t]+(?:(?i:Q|Question)[ \t]*\d*[ \t]*:|Q\.[ \t])")
    next_question = question.search(text, start, line_end)
    line_end = next_question.start() if next_question else line_end
    first = _SENTENCE_BREAK.search(text, start, line_end)
    stop = first.end() if first else line_end
    while stop < line_end:
        following = _SENTENCE_BREAK.search(text, stop, line_end)
        end = following.end() if following else line_end
        if not speaking_word.search(text, stop, end):
            break
        stop = end
    if stop == line_end and text[start:stop].rstrip() != text[start:stop]:
        stop = start + len(text[start:stop].rstrip())
    return start, stop


def _unmarked_speech(text: str) -> list[tuple[int, int]]:
    speaker_line, message_lead, speaking_word = listed_leads()
    spans = []
    # A transcript line is speech to its end when it speaks in the first or second person or
    # says it was shouted; otherwise it is a form field in the writer's voice ("Suspect: known
    # drug user").
    for lead in speaker_line.finditer(text):
        stop = _LINE_OR_TURN_END.search(text, lead.end())
        stop = stop.start() if stop else len(text)
        if lead["spoken"] or speaking_word.search(text, lead.end(), stop):
            spans.append((lead.end(), stop))
    spans.extend(_message_export(text, speaking_word))
    spans.extend(_named_dialogue(text, speaking_word))
    spans.extend(_single_quotes_after_speech(text, speaking_word))
    for lead in _QUESTION.finditer(text):
        stop = text.find("\n", lead.end())
        stop = len(text) if stop < 0 else stop
        after = text.find("\n", stop + 1)
        answer = _ANSWER.search(text, lead.end(), len(text) if after < 0 else after)
        if answer:
            spans.append((lead.end(), min(stop, answer.start())))
            start, stop = _answer_span(text, answer.end(), speaking_word)
            if stop > start:  # "A:" with nothing after it on its line
                spans.append((start, stop))
    for mark in _MARKED_AFTER.finditer(text):
        window = max(0, mark.start() - 300)
        clauses = _CLAUSE_START.finditer(text, window, mark.start())
        start = max((c.end() for c in clauses), default=window)
        if mark.start() > start:
            spans.append((start, mark.end()))
    own_words_label, statement_label = labelled_statement_leads()
    for lead in statement_label.finditer(text):
        start, stop = _answer_span(text, lead.end(), speaking_word)
        if speaking_word.search(text, start, stop):
            spans.append((start, stop))
    leads = [
        *_SPEECH_LEAD.finditer(text),
        *_first_person_speech(text),
        *_SELF_WORDS.finditer(text),
        *message_lead.finditer(text),
        *own_words_label.finditer(text),
    ]
    for lead in leads:
        start = lead.end()
        end = _SENTENCE_END.search(text, start)
        stop = end.end() if end and text[end.start()] != "\n" else end.start() if end else len(text)
        if stop > start:
            spans.append((start, stop))
    return spans


# What every quote or lead above needs somewhere in the text: a quote mark that can open one
# (an apostrophe after a letter never does), a colon or dash (speech verbs, speaker lines,
# message leads), or a word of the leads that need neither ("saying", "in her own WORDS",
# "describes herSELf", "USED the words", "WHAT she called", "and I QUOTE,", "she said she
# FELT"). Same flags as the leads, so IGNORECASE folds the same letters. Most sentences of a
# narrative have none, and the coach looks for quotes in each sentence twice. A new lead must
# add its word here: test_coach_quotes_gate.py compares spans with and without this gate.
# valid: "dp said: no", "'yes'"; invalid: "Kyle's car".
_MAY_HOLD_QUOTE = re.compile(
    r"[\"“‘«„`:\-–—]|(?<![\w'’])'|''|<<|saying|stating|reading|words|sel|used|what|quote|verbatim"
    r"|\(sic\)|(?<!\w)q[ \t]*\d*\.|felt|feels"
    # a speech verb before the first or second person, no mark at all ("DP replied I'm ...")
    rf"|{_FIRST_PERSON_SPEECH.pattern}",
    re.IGNORECASE,
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, quote marks included, in text order; overlapping
    passages (a quote after "said:") are merged."""
    if not _MAY_HOLD_QUOTE.search(text):
        return []
    spans = sorted([m.span() for m in _MARKED.finditer(text)] + _unmarked_speech(text))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside_quotes(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) lies within one quoted passage."""
    return any(q_start <= start and end <= q_end for q_start, q_end in spans)


def mask_quotes(text: str, placeholder: str = "QUOTE") -> str:
    """The text with each quoted passage replaced by `placeholder` (for the classifier)."""
    out, pos = [], 0
    for start, end in quoted_spans(text):
        out.append(text[pos:start])
        out.append(f'"{placeholder}"')
        pos = end
    out.append(text[pos:])
    return "".join(out)
