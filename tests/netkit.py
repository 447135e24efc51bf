"""Loopback ports for tests that need a connection refused."""

from __future__ import annotations

import socket


class ClosedPort:
    """A port on `host` where nothing listens, for as long as this object is open.

    The port stays bound (without SO_REUSEADDR, never listening), so a connection to it is
    refused and no other server (of this suite, another process, a browser) can take it
    meanwhile: a port merely found free and released could be given to the next server that
    binds port 0, and the "refused" host would then answer.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind((host, 0))
        self.port: int = self._socket.getsockname()[1]

    def close(self) -> None:
        self._socket.close()

    def __enter__(self) -> ClosedPort:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
