"""The app starts on this machine only, with statistics off and no error details."""

from __future__ import annotations

import socket
import tomllib
from pathlib import Path

from tips_nlp.launch import APP_PATH, SAFE_OPTIONS, free_port, streamlit_command

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {
    "browser.gatherUsageStats": "false",
    "server.address": "127.0.0.1",
    "client.showErrorDetails": "none",
    "server.maxUploadSize": "5",
    "server.fileWatcherType": "none",
    "client.toolbarMode": "viewer",
}


def test_launch_command_sets_every_safe_option():
    command = streamlit_command(8765)
    assert command[1:5] == ["-m", "streamlit", "run", str(APP_PATH)]
    for key, value in {**REQUIRED, "server.port": "8765", "server.headless": "true"}.items():
        assert f"--{key}={value}" in command


def test_config_file_agrees_with_the_launch_command():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    flat = {
        f"{section}.{key}": str(value).lower() if isinstance(value, bool) else str(value)
        for section, values in config.items()
        for key, value in values.items()
    }
    for key, value in REQUIRED.items():
        assert flat[key] == value
        assert SAFE_OPTIONS[key] == value


def test_free_port_is_on_loopback_and_usable():
    port = free_port(0)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
