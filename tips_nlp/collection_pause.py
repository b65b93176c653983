"""The cyclic garbage collector paused while the libraries and models load.

Loading builds about a million long-lived objects and frees almost none, so the collector's
passes over them during start-up (hundreds, three of them full) find nothing to free and cost
about a tenth of a second of CPU. Reference counting still frees everything as usual; the
collector runs again as soon as loading ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector is left as it was found after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
