"""What tips-nlp and its libraries may log: never the text being processed.

Presidio logs at DEBUG/INFO (recognizer counts, merge decisions), at ERROR with the matched
text when an IBAN fails to validate, and its "decision_process" tracer writes whole NLP
artefacts to stderr when switched on. Their loggers are held at WARNING and, whatever level a
host application sets, each record keeps only where it was logged from.
"""

from __future__ import annotations

import logging

LIBRARY_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process")


class WithholdDetails(logging.Filter):
    """Replace a library's log record by where it came from; its message may quote the text.

    Arguments, tracebacks and stack are dropped too, and so is the message itself: a library
    may format text into it before logging (an f-string), where no argument can be stripped.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = (
            f"{record.name} {record.levelname.lower()} at {record.module}:{record.lineno} "
            "(message withheld: it may quote the text)"
        )
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def quiet_library_loggers() -> None:
    """Hold the libraries' loggers at WARNING and strip their details; safe to call again."""
    for name in LIBRARY_LOGGERS:
        library_logger = logging.getLogger(name)
        library_logger.setLevel(logging.WARNING)
        if not any(isinstance(f, WithholdDetails) for f in library_logger.filters):
            library_logger.addFilter(WithholdDetails())
    # A library leaves output to the application: without a handler of our own, Python's
    # last-resort handler would print our warnings on the CLI's stderr next to its one line.
    ours = logging.getLogger("tips_nlp")
    if not any(isinstance(h, logging.NullHandler) for h in ours.handlers):
        ours.addHandler(logging.NullHandler())
