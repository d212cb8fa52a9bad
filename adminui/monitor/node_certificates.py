"""The TLS certificate each node of a cluster presents, read from its own handshake
(F31): subject, issuer, the names it is valid for and when it runs out. Nodes reached
over plain HTTP have none. Nothing here imports Qt."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from adminui.api.errors import VaultError
from adminui.core.cert_expiry import Expiry, expiry_of, soonest
from adminui.monitor.peer_certificate import PeerCertificate, fetch_certificate
from adminui.profiles.store import Profile

#: How often the overview reads the certificates again.
REFRESH_S = 6 * 3600


@dataclass(frozen=True)
class NodeCertificate:
    """One node's certificate (None: plain HTTP, or ``problem`` says why not read)."""

    url: str
    certificate: PeerCertificate | None = None
    problem: str = ""

    def expiry(self, now: float) -> Expiry | None:
        if self.certificate is None or not self.certificate.not_after_ts:
            return None
        return expiry_of(self.certificate.not_after_ts, now)


def uses_tls(profile: Profile) -> bool:
    return any(url.lower().startswith("https://") for url in profile.node_urls)


async def read_certificates(profile: Profile) -> list[NodeCertificate]:
    """Every node's certificate, in the profile's order."""

    async def one(url: str) -> NodeCertificate:
        if not url.lower().startswith("https://"):
            return NodeCertificate(url)
        try:
            return NodeCertificate(url, await fetch_certificate(url, profile.tls_server_name))
        except VaultError as exc:
            return NodeCertificate(url, None, str(exc.user_message))

    return list(await asyncio.gather(*(one(url) for url in profile.node_urls)))


def soonest_expiry(found: list[NodeCertificate], now: float | None = None) -> Expiry | None:
    at = time.time() if now is None else now
    return soonest([e for c in found if (e := c.expiry(at)) is not None])
