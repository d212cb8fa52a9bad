"""ACL policies through the API layer: list, read, save without lost updates, delete,
and what a token may do on paths. Nothing here imports Qt.

OpenBao keeps no version of a policy and has no check-and-set for it, so a save reads
the policy again right before it writes and refuses (:class:`PolicyMoved`) when the text
is no longer the one the user confirmed the save against.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from adminui.api.errors import NotFound
from adminui.api.vault import VaultClient
from adminui.api.vault_models import Ack, Capabilities, KeyList, Policy
from adminui.core.policy_diff import same_policy
from adminui.core.sentence import Sentence

#: Opens a client acting in a namespace; the caller closes it (a connection's ``vault``).
ClientFactory = Callable[[str], VaultClient]


class PolicyMoved(Exception):
    """The policy's text on the server is not the one the save was confirmed against;
    ``server`` is the text there now ('' when the policy is gone)."""

    def __init__(self, name: str, server: str) -> None:
        super().__init__(
            Sentence("Policy {0} changed on the server since it was read; not saved.", name)
        )
        self.server = server


class PolicyService:
    """Every policy request of the policies page; each method is a coroutine for the loop."""

    def __init__(self, clients: ClientFactory) -> None:
        self._clients = clients

    async def list(self, namespace: str) -> KeyList:
        async with self._clients(namespace) as vault:
            return await vault.policies.list()

    async def read(self, namespace: str, name: str) -> Policy | None:
        """Policy ``name`` (None when there is none)."""
        async with self._clients(namespace) as vault:
            return await _read(vault, name)

    async def text(self, namespace: str, name: str) -> str:
        """The text of policy ``name`` ('' when there is none)."""
        policy = await self.read(namespace, name)
        return policy.policy if policy is not None else ""

    async def save(self, namespace: str, name: str, text: str, shown: str) -> Ack:
        """Write ``text`` unless the server's text moved away from ``shown`` (what the
        user confirmed the save against) meanwhile: then :class:`PolicyMoved`."""
        async with self._clients(namespace) as vault:
            now = await _read(vault, name)
            server = now.policy if now is not None else ""
            if not same_policy(server, shown):
                raise PolicyMoved(name, server)
            return await vault.policies.write(name, text)

    async def delete(self, namespace: str, name: str) -> Ack:
        async with self._clients(namespace) as vault:
            return await vault.policies.delete(name)

    async def capabilities(
        self, namespace: str, paths: Sequence[str], token: str = ""
    ) -> Capabilities:
        """What ``token`` (the console's own when '') may do on ``paths``."""
        async with self._clients(namespace) as vault:
            if token:
                return await vault.token.capabilities(token, list(paths))
            return await vault.token.capabilities_self(list(paths))


async def _read(vault: VaultClient, name: str) -> Policy | None:
    try:
        return await vault.policies.read(name)
    except NotFound:
        return None
