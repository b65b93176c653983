"""No network at import or run time: the whole anonymiser runs with sockets blocked."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap

import pytest

from tips_nlp.nlp import NetworkBlockedError, offline_guard

ISSUE_EXAMPLE = (
    "Mrs Janet O'Brien (07700 900123, janet.obrien@example.com) of PO7 5DE, NHS 943 476 5919."
)


def test_fresh_process_anonymises_with_every_connection_refused(tmp_path):
    """Import, load and anonymise in a new process where any connect() raises and is recorded.

    A fresh process matters: tldextract and Presidio reach the network on first use, which an
    already-warm test process would hide. HOME points at an empty folder so no cache helps.
    """
    script = textwrap.dedent(
        f"""
        import socket, sys
        attempts = []
        def refuse(self, address, *a, **k):
            attempts.append(repr(address))
            raise OSError("network blocked by test")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = lambda address, *a, **k: refuse(None, address)
        from tips_nlp import anonymise
        result = anonymise({ISSUE_EXAMPLE!r})
        types = sorted({{e.entity_type for e in result.entities}})
        print(",".join(types))
        print("ATTEMPTS", len(attempts))
        """
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.strip().splitlines()
    assert lines[-1] == "ATTEMPTS 0"
    assert lines[-2] == "EMAIL_ADDRESS,PERSON,PHONE_NUMBER,UK_NHS,UK_POSTCODE"
    assert not any(tmp_path.iterdir()), "nothing may be written to the user's home"


def test_offline_guard_refuses_outbound_but_allows_loopback():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        with offline_guard():
            with pytest.raises(NetworkBlockedError):
                socket.create_connection(("192.0.2.1", 80), timeout=1)
            client = socket.create_connection(server.getsockname(), timeout=1)
            client.close()
    finally:
        server.close()


def test_offline_guard_restores_socket_afterwards():
    """In a fresh process (the suite itself runs under the guard): on inside, gone after."""
    script = textwrap.dedent(
        """
        import socket
        from tips_nlp.offline import offline_guard
        before = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
        with offline_guard():
            with offline_guard():
                pass
            inside = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
        after = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
        print(all(a is not b for a, b in zip(inside, before)), after == before)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["True", "True"]
