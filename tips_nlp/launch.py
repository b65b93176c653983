"""Start the Streamlit app on this machine only, with the private settings, and print its URL.

`make run` calls this. The same options are in `.streamlit/config.toml`; passing them on the
command line as well means they hold even if that file is missing or overridden.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

HOST = "127.0.0.1"
DEFAULT_PORT = 8501
APP_PATH = Path(__file__).resolve().parent.parent / "app.py"

SAFE_OPTIONS: dict[str, str] = {
    "server.address": HOST,
    "server.headless": "true",
    "server.maxUploadSize": "5",
    "server.fileWatcherType": "none",
    "server.runOnSave": "false",
    "server.enableXsrfProtection": "true",
    "browser.gatherUsageStats": "false",
    "browser.serverAddress": HOST,
    "client.showErrorDetails": "none",
    "client.toolbarMode": "viewer",
    "global.developmentMode": "false",
    "runner.magicEnabled": "false",
    "theme.base": "light",
}


def free_port(preferred: int = DEFAULT_PORT) -> int:
    """`preferred` if nothing listens there on 127.0.0.1, else any free port."""
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((HOST, port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise OSError("no free port on 127.0.0.1")


def streamlit_command(port: int, *, app: Path = APP_PATH) -> list[str]:
    """The `streamlit run` command line with every safe option set explicitly."""
    options = {**SAFE_OPTIONS, "server.port": str(port), "browser.serverPort": str(port)}
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        *(f"--{key}={value}" for key, value in options.items()),
    ]


def main() -> int:
    if not APP_PATH.is_file():
        print(f"tips-nlp: the app is not in this install ({APP_PATH} missing)", file=sys.stderr)
        return 1
    port = free_port()
    print(f"tips-nlp app: open http://{HOST}:{port} in your browser (Ctrl+C to stop)", flush=True)
    process = subprocess.Popen(streamlit_command(port), cwd=APP_PATH.parent)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()


if __name__ == "__main__":
    sys.exit(main())
