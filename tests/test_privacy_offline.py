"""Offline by construction: the guard refuses every way off the machine, and real runs try none.

The suite-wide fixture in conftest.py keeps the guard on and fails the session if anything was
refused at all (so a library that swallows the error is still caught). Probes here aim only at
TEST-NET-1 and ".invalid" names, which the fixture expects.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import textwrap

import pytest

from tips_nlp.offline import NetworkBlockedError, blocked_attempts, is_local_host, offline_guard

PROBE_IP = "192.0.2.7"
PROBE_NAME = "tips-nlp-probe.invalid"


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("0.0.0.0", True),
        ("", True),
        (None, True),
        ("192.0.2.7", False),
        ("10.0.0.1", False),
        ("::2", False),
        ("::ffff:8.8.8.8", False),
        ("localhost.example.com", False),
        ("127.0.0.1.nip.io", False),
        ("example.com", False),
    ],
)
def test_local_hosts_are_only_loopback_and_localhost(host, local):
    assert is_local_host(host) is local


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: socket.create_connection((PROBE_IP, 80), timeout=1),
        lambda: socket.socket().connect((PROBE_IP, 443)),
        lambda: socket.socket().connect_ex((PROBE_IP, 443)),
        lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", (PROBE_IP, 53)),
        lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).connect((PROBE_IP, 53)),
        lambda: socket.socket(socket.AF_INET6).connect(("::ffff:" + PROBE_IP, 80)),
        lambda: socket.getaddrinfo(PROBE_NAME, 443),
        lambda: socket.gethostbyname(PROBE_NAME),
        lambda: socket.gethostbyname_ex(PROBE_NAME),
        lambda: socket.create_connection((PROBE_NAME, 80), timeout=1),
    ],
    ids=[
        "create_connection",
        "connect",
        "connect_ex",
        "udp_sendto",
        "udp_connect",
        "ipv6_mapped",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "create_connection_by_name",
    ],
)
def test_every_way_off_the_machine_is_refused_and_recorded(attempt):
    before = len(blocked_attempts())
    with pytest.raises(NetworkBlockedError):
        attempt()
    assert len(blocked_attempts()) == before + 1


def test_a_swallowed_refusal_is_still_recorded():
    before = len(blocked_attempts())
    with contextlib.suppress(OSError):  # what a careless library would do
        socket.create_connection((PROBE_IP, 80), timeout=1)
    assert blocked_attempts()[before:] == [f"connect {PROBE_IP}"]


def test_loopback_and_local_lookups_still_work():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        with offline_guard():  # nested inside the suite's guard
            client = socket.create_connection(server.getsockname(), timeout=1)
            client.close()
            assert socket.getaddrinfo("localhost", 80)
            assert socket.getaddrinfo("127.0.0.1", 80)
            assert socket.getaddrinfo(None, 80)  # binding: no name to look up
        assert socket.socket.connect.__name__ == "_guarded_connect"  # outer guard still on
    finally:
        server.close()


FRESH_PROCESS_PROBE = textwrap.dedent(
    """
    import socket, sys
    attempts = []
    def record(kind):
        def refuse(*args, **kwargs):
            attempts.append(kind)
            raise OSError("network blocked by test")
        return refuse
    socket.socket.connect = record("connect")
    socket.socket.connect_ex = record("connect_ex")
    socket.socket.sendto = record("sendto")
    socket.create_connection = record("create_connection")
    real_getaddrinfo = socket.getaddrinfo
    def getaddrinfo(host, *args, **kwargs):
        if host not in (None, "localhost", "127.0.0.1", "::1"):
            attempts.append("getaddrinfo")
        return real_getaddrinfo(host, *args, **kwargs)
    socket.getaddrinfo = getaddrinfo
    from tips_nlp.cli import main
    from tips_nlp.offline import blocked_attempts
    codes = [main(argv) for argv in ARGVS]
    print("CODES", codes, file=sys.stderr)
    print("ATTEMPTS", attempts + blocked_attempts(), file=sys.stderr)
    """
)


def test_cli_in_a_fresh_process_never_reaches_for_the_network(tmp_path):
    """A cold process (nothing cached, empty HOME) runs the CLI; nothing may try to connect."""
    note = tmp_path / "note.txt"
    note.write_text("Kyle O'Brien rang 07700 900123 from PO9 1AB.\n", encoding="utf-8")
    argvs = [["anonymise", str(note)], ["anonymise", "--format", "json", "--example"]]
    script = f"ARGVS = {argvs!r}\n" + FRESH_PROCESS_PROBE
    home = tmp_path / "home"
    home.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "CODES [0, 0]" in proc.stderr
    assert "ATTEMPTS []" in proc.stderr
    assert "[PERSON 1] rang [PHONE 1] from [POSTCODE 1]." in proc.stdout
    assert not any(home.iterdir()), "nothing may be written to the user's home"
