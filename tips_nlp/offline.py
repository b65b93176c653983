"""The offline guard: while it is on, nothing in this process can reach another machine.

tips-nlp needs no network at run time. The CLI and the app run under this guard so that a
library that tries to phone home (usage statistics, a model or suffix-list download, a DNS
lookup) fails loudly instead of sending anything. Blocked attempts are also recorded, so a
library that swallows the error is still caught by the test suite.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

logger = logging.getLogger(__name__)

# Names that resolve on this machine without asking a DNS server.
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


class NetworkBlockedError(ConnectionError):
    """Raised when code under the offline guard tries to leave the machine."""


_lock = threading.RLock()
_depth = 0
_originals: dict[str, Callable | None] = {}
_blocked: list[str] = []


def _host_of(address: object) -> str | None:
    """The host part of a socket address; None for an AF_UNIX path (which stays local)."""
    if isinstance(address, tuple) and address:
        host = address[0]
        return host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
    if isinstance(address, (str, bytes, bytearray)):
        return None
    return repr(type(address))  # unknown kind of address: treated as remote


def is_local_host(host: str | None) -> bool:
    """True for loopback and "any" addresses and localhost names; False for anything else.

    Local: "127.0.0.1", "::1", "::ffff:127.0.0.1", "localhost", "0.0.0.0", "" (bind-any).
    Not local: "192.0.2.1", "localhost.example.com", "127.0.0.1.nip.io", "example.com".
    """
    if host is None:
        return True
    name = host.strip().strip("[]").split("%", 1)[0].rstrip(".").lower()
    if name in _LOCAL_NAMES or name == "":
        return True
    try:
        ip = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_unspecified


def _is_numeric(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def _real(name: str) -> Callable:
    """The socket method the guard stands in front of (ours if shadowed, else the C one)."""
    return _originals.get(name) or getattr(socket.socket.__mro__[1], name)


def _refuse(what: str, host: str | None) -> None:
    _blocked.append(f"{what} {host}")
    raise NetworkBlockedError(f"tips-nlp works offline: {what} to another machine refused")


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not is_local_host(_host_of(address)):
        _refuse("connect", _host_of(address))
    return _real("connect")(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not is_local_host(_host_of(address)):
        _refuse("connect", _host_of(address))
    return _real("connect_ex")(self, address)


def _guarded_sendto(self: socket.socket, data: bytes, *args: object) -> int:
    address = args[-1]  # sendto(data, address) or sendto(data, flags, address)
    if not is_local_host(_host_of(address)):
        _refuse("sendto", _host_of(address))
    return _real("sendto")(self, data, *args)


def _guarded_create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
    if not is_local_host(_host_of(address)):
        _refuse("connect", _host_of(address))
    return _originals["create_connection"](address, *args, **kwargs)


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
    """Resolve only names that need no DNS server: a lookup itself tells the network a name."""
    name = host.decode("ascii", "replace") if isinstance(host, bytes) else host
    if name is not None and not (is_local_host(str(name)) or _is_numeric(str(name))):
        _refuse("DNS lookup", str(name))
    return _originals["getaddrinfo"](host, *args, **kwargs)


def _guarded_gethostbyname(host: str) -> str:
    if not (is_local_host(host) or _is_numeric(host)):
        _refuse("DNS lookup", host)
    return _originals["gethostbyname"](host)


def _guarded_gethostbyname_ex(host: str) -> tuple:
    if not (is_local_host(host) or _is_numeric(host)):
        _refuse("DNS lookup", host)
    return _originals["gethostbyname_ex"](host)


_SOCKET_METHODS = {
    "connect": _guarded_connect,
    "connect_ex": _guarded_connect_ex,
    "sendto": _guarded_sendto,
}
_MODULE_FUNCTIONS = {
    "create_connection": _guarded_create_connection,
    "getaddrinfo": _guarded_getaddrinfo,
    "gethostbyname": _guarded_gethostbyname,
    "gethostbyname_ex": _guarded_gethostbyname_ex,
}


def _install() -> None:
    for name, guarded in _SOCKET_METHODS.items():
        # Most socket methods live on the C base class: remember whether ours shadowed one.
        _originals[name] = socket.socket.__dict__.get(name)
        setattr(socket.socket, name, guarded)
    for name, guarded in _MODULE_FUNCTIONS.items():
        _originals[name] = getattr(socket, name)
        setattr(socket, name, guarded)


def _uninstall() -> None:
    for name in _SOCKET_METHODS:
        own = _originals[name]
        if own is None:
            delattr(socket.socket, name)
        else:
            setattr(socket.socket, name, own)
    for name in _MODULE_FUNCTIONS:
        setattr(socket, name, _originals[name])


def blocked_attempts() -> list[str]:
    """Every attempt refused so far in this process ("connect 192.0.2.1", "DNS lookup x.org")."""
    with _lock:
        return list(_blocked)


@contextmanager
def offline_guard() -> Iterator[None]:
    """Refuse every connection, datagram and DNS lookup that would leave this machine.

    Re-entrant and thread-safe: nested or concurrent guards (two app sessions, the CLI inside
    the test suite) share one installation, removed when the last one ends.
    """
    global _depth
    with _lock:
        if _depth == 0:
            _install()
        _depth += 1
        seen = len(_blocked)
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _uninstall()
            refused = len(_blocked) - seen
        if refused:
            logger.warning("offline guard refused %d network attempt(s)", refused)
