"""What tips-nlp and its libraries may log: never the text being processed.

Presidio logs at DEBUG/INFO (recognizer counts, merge decisions), at ERROR with the matched
text when an IBAN fails to validate, and its "decision_process" tracer writes whole NLP
artefacts to stderr when switched on. Their loggers are held at WARNING and, whatever level a
host application sets, lose their arguments and tracebacks, which is where text would be.
"""

from __future__ import annotations

import logging

LIBRARY_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process")


class WithholdDetails(logging.Filter):
    """Keep a record's fixed message; drop its arguments, traceback and stack (may quote text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args or record.exc_info or record.exc_text or record.stack_info:
            record.msg = f"{record.msg} (details withheld: they may quote the text)"
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
