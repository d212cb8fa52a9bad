"""Long-lived HTTP clients of one cluster, one per node, on the console's event loop.

A page action asks its cluster's connection for a client; without a pool each would open
a new HTTP client (a new TCP connection and TLS handshake, the trust store loaded again).
The pool keeps one client per node and TLS setting for as long as the cluster is open,
on the one loop it was given (the window's); on any other loop (a test's own
``asyncio.run``, a command-line call) it gives nothing and callers make their own.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import httpx

from adminui.api.transport import http_client
from adminui.profiles.store import Profile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TlsSettings:
    """What a node's client is made with: a change of any of them needs a new client."""

    ca_bundle: str
    client_cert: tuple[str, str] | None
    insecure: bool

    @classmethod
    def of(cls, profile: Profile) -> TlsSettings:
        return cls(profile.ca_bundle or "", profile.client_certificate, profile.insecure)


class NodePool:
    """One shared HTTP client per node, used only on ``loop``."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._clients: dict[str, tuple[TlsSettings, httpx.AsyncClient]] = {}
        self._closing: set[asyncio.Task[None]] = set()

    def client(self, node: str, profile: Profile) -> httpx.AsyncClient | None:
        """The shared client for ``node`` when called on the pool's loop, else None."""
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            return None
        if running is not self.loop or self.loop.is_closed():
            return None
        settings = TlsSettings.of(profile)
        held = self._clients.get(node)
        if held is not None and held[0] == settings:
            return held[1]
        if held is not None:  # the profile's TLS settings changed: retire the old client
            task = self.loop.create_task(held[1].aclose())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)
        client = http_client(
            ca_bundle=settings.ca_bundle or None,
            client_cert=settings.client_cert,
            insecure=settings.insecure,
        )
        self._clients[node] = (settings, client)
        log.debug("%s: a shared HTTP client for this node", node)
        return client

    def __len__(self) -> int:
        return len(self._clients)

    async def aclose(self) -> None:
        """Close every client (on the pool's loop); the pool may be used again after."""
        held, self._clients = list(self._clients.values()), {}
        for _settings, client in held:
            await client.aclose()
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)
