"""spaCy's command line, imported when first used instead of with spaCy.

`import spacy` imports its whole CLI (typer, requests, weasel, jinja2 and ~200 more modules,
about a tenth of a cold start) only to offer `spacy.info`. tips-nlp never runs spaCy's CLI, so
before spaCy is first imported, `spacy.cli` and `spacy.cli.info` are stood in for by modules that
import the real ones on first use: `spacy.info()`, `spacy.cli.download(...)` and
`from spacy.cli import ...` still work as before, only later.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


class _StandIn(types.ModuleType):
    """A module that imports the real one, and answers from it, on first attribute read.

    Every attribute but the dunders (read by the import system and by tools probing modules)
    comes from the real module, so what the import system sets here (`spacy.cli.download`,
    the submodule) does not hide what the real package holds (the function).
    """

    def __getattribute__(self, name: str) -> object:
        if name.startswith("__"):
            return super().__getattribute__(name)
        own = super().__getattribute__("__name__")
        if own == _INFO and name == "info":  # read by `import spacy` itself
            return info
        return getattr(_real(own), name)


def _real(name: str) -> types.ModuleType:
    """The real module `name`, imported now in place of the stand-ins."""
    for stand_in in (_INFO, _CLI):
        if isinstance(sys.modules.get(stand_in), _StandIn):
            del sys.modules[stand_in]
    return importlib.import_module(name)  # also sets the real `spacy.cli` on `spacy`


def info(*args: object, **kwargs: object) -> object:
    """spacy.info: the real one, imported on this first call."""
    return _real(_INFO).info(*args, **kwargs)


def install() -> None:
    """Stand in for spaCy's CLI modules, if spaCy is not imported yet and is laid out as
    expected (spacy/cli/info.py); otherwise leave everything as it is."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")  # finds, does not import
    if spec is None or not spec.submodule_search_locations:
        return
    cli_dir = Path(next(iter(spec.submodule_search_locations))) / "cli"
    if not (cli_dir / "info.py").is_file():
        return
    cli = _StandIn(_CLI)
    cli.__path__ = [str(cli_dir)]  # submodules (spacy.cli.download) import as usual
    cli.__package__ = _CLI
    info_module = _StandIn(_INFO)
    info_module.__package__ = _CLI
    sys.modules[_CLI], sys.modules[_INFO] = cli, info_module
    try:
        import spacy
    except BaseException:
        for name in (_INFO, _CLI):
            if isinstance(sys.modules.get(name), _StandIn):
                del sys.modules[name]
        raise
    if not hasattr(spacy, "cli"):  # found in sys.modules, so not set on its package
        spacy.cli = cli
