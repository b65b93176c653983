"""Loading pauses the cyclic collector and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from tips_nlp.anonymise import get_anonymiser
from tips_nlp.collection_pause import collection_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_left_as_found(enabled: bool):
    (gc.enable if enabled else gc.disable)()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), collection_paused():
            raise ValueError
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_collector_running_after_import_and_load():
    # A fresh build through the undecorated function: clearing the process-wide cache would
    # leave other tests holding a different anonymiser from the one the API uses.
    built = get_anonymiser.__wrapped__()
    assert built.anonymise("Kyle Hughes rang 07700 900123.").text == "[PERSON 1] rang [PHONE 1]."
    assert gc.isenabled()
