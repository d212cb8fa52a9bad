"""Seal status and the unseal ceremony of an OpenBao/Vault cluster (F25).

Each node is unsealed on its own with the threshold of key shares. A share is sent the
moment it is given (to one node, or to every sealed node for the whole cluster) and is
not kept: nothing here stores, logs or returns it, and the audit log records only that
``sys/unseal`` was called. Nothing here imports Qt.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from adminui.api.errors import VaultError
from adminui.api.vault_models import Ack, SealStatus
from adminui.core.capability_rules import allows_all
from adminui.core.sentence import Sentence
from adminui.monitor.connection import ClusterConnection


@dataclass(frozen=True)
class NodeSeal:
    """One node's seal state as last read (``status`` None: it did not answer)."""

    url: str
    status: SealStatus | None = None
    problem: str = ""

    @property
    def sealed(self) -> bool:
        return self.status is not None and self.status.sealed

    @property
    def progress_text(self) -> str:
        """ "2 of 3" shares given so far on a sealed node; '' otherwise."""
        if self.status is None or not self.status.sealed:
            return ""
        return Sentence("{0} of {1}", self.status.progress, self.status.threshold)


class SealService:
    """Reads and changes the seal of each node of ``connection``'s cluster."""

    def __init__(self, connection: ClusterConnection) -> None:
        self.connection = connection

    async def status(self, url: str) -> NodeSeal:
        async with self.connection.vault(node=url) as vault:
            try:
                return NodeSeal(url, await vault.sys.seal_status())
            except VaultError as exc:
                return NodeSeal(url, None, str(exc.user_message))

    async def statuses(self) -> list[NodeSeal]:
        """Every node's seal state, in the profile's order."""
        urls = self.connection.profile.node_urls
        return list(await asyncio.gather(*(self.status(url) for url in urls)))

    async def give_share(self, share: str, urls: list[str]) -> list[NodeSeal]:
        """Send one key share to each node of ``urls`` (the caller names the sealed ones);
        returns what each of them says afterwards (its progress, or unsealed)."""
        results: list[NodeSeal] = []
        for url in urls:
            async with self.connection.vault(node=url) as vault:
                try:
                    results.append(NodeSeal(url, await vault.sys.unseal(share)))
                except VaultError as exc:
                    results.append(NodeSeal(url, None, str(exc.user_message)))
        return results

    async def reset(self, urls: list[str]) -> list[NodeSeal]:
        """Forget the shares given so far to each node of ``urls``."""
        results: list[NodeSeal] = []
        for url in urls:
            async with self.connection.vault(node=url) as vault:
                results.append(NodeSeal(url, await vault.sys.unseal_reset()))
        return results

    async def seal(self, url: str) -> Ack:
        """Seal node ``url`` (needs ``sudo`` on ``sys/seal``; it stops serving at once)."""
        async with self.connection.vault(node=url) as vault:
            return await vault.sys.seal()

    async def may_seal(self) -> bool:
        """Whether the token holds ``sudo`` and ``update`` on ``sys/seal``."""
        async with self.connection.vault() as vault:
            caps = await vault.token.capabilities_self(["sys/seal"])
        return allows_all(caps.of("sys/seal"), {"sudo", "update"})
