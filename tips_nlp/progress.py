"""A plain-text progress counter for batch runs, on stderr.

It shows counts and rates only: never a file name or any text from a document.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """`anonymise: 120/1000 (12%) 35.1 docs/s, 2 failed`, redrawn in place on a terminal.

    When stderr is not a terminal (a log file, a pipe) a line is printed at most every
    `log_every` seconds, plus a last one when the run ends.
    """

    def __init__(
        self,
        total: int | None,
        *,
        label: str = "anonymise",
        stream: TextIO | None = None,
        enabled: bool = True,
        log_every: float = 10.0,
    ) -> None:
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._interactive = bool(getattr(self.stream, "isatty", lambda: False)())
        self._interval = 0.2 if self._interactive else log_every
        self._last_drawn = self.started if not self._interactive else 0.0
        self._dirty = False

    def advance(self, *, failed: bool = False) -> None:
        """Count one document (done or failed)."""
        self.done += 1
        self.failed += int(failed)
        self._dirty = True
        now = time.monotonic()
        if now - self._last_drawn >= self._interval:
            self._draw(now)

    def line(self) -> str:
        """The current counter, e.g. "anonymise: 12/40 (30%) 4.0 docs/s"."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        if self.total:
            count = f"{self.done}/{self.total} ({100 * self.done // self.total}%)"
        else:
            count = str(self.done)
        text = f"{self.label}: {count} {self.done / elapsed:.1f} docs/s"
        if self.failed:
            text += f", {self.failed} failed"
        return text

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self._dirty or self.done == 0:
            self._draw(time.monotonic())
        if self.enabled and self._interactive:
            self.stream.write("\n")
            self.stream.flush()

    def note(self, message: str) -> None:
        """Print a message on its own line without garbling the counter."""
        if self.enabled and self._interactive and self._last_drawn:
            self.stream.write("\r\x1b[K")
        self.stream.write(message + "\n")
        if self.enabled and self._interactive and self._last_drawn:
            self.stream.write(self.line())
        self.stream.flush()

    def _draw(self, now: float) -> None:
        self._last_drawn = now
        self._dirty = False
        if not self.enabled:
            return
        if self._interactive:
            self.stream.write("\r\x1b[K" + self.line())
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()
