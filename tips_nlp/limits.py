"""Size limits on what tips-nlp accepts, in one place; every entry point checks them.

Refusing early with a clear message beats parsing for minutes or running out of memory: spaCy
needs roughly 1 GB of working memory per 100,000 characters and Presidio's context step grows
with (detections x tokens). 100,000 characters is about 15,000 words or 30 pages, far beyond
a debrief, PPN1 or case study; a longer file should be split.
"""

from __future__ import annotations

MAX_CHARS = 100_000
# spaCy's tokenizer is quadratic in the length of a run without spaces made of affix
# characters (brackets, quotes, emoji); longer runs are cut into pieces this long.
MAX_RUN_CHARS = 100
# Presidio gives each recognizer pattern 60 s and then silently skips it; ours fail closed
# after this long (ordinary patterns take milliseconds on MAX_CHARS of prose).
REGEX_TIMEOUT_SECONDS = 10
# A .txt of MAX_CHARS characters is at most 4 bytes per character in UTF-8.
MAX_TEXT_BYTES = 4 * MAX_CHARS
# A Word file: the upload itself, the sum of its unpacked parts, how far any one part may
# expand (ordinary XML packs about 5-20x; a zip bomb packs 1,000x or more) and how many
# parts it may hold.
MAX_DOCX_BYTES = 5 * 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_DOCX_RATIO = 100
MAX_DOCX_PARTS = 1_000


class InputRejectedError(ValueError):
    """The input was refused before any processing; the message names the limit, never text."""


class TextTooLongError(InputRejectedError):
    """The text is longer than MAX_CHARS."""


def check_length(text: str) -> None:
    """Raise TextTooLongError if `text` is over MAX_CHARS (the message gives both lengths)."""
    if len(text) > MAX_CHARS:
        raise TextTooLongError(
            f"text is {len(text):,} characters; the limit is {MAX_CHARS:,}: "
            "split it into parts and process each one"
        )
