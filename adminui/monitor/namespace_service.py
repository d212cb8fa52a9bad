"""Every request of the namespaces page, on the cluster's connection. Nothing here
imports Qt; each method is a coroutine for the loop and closes the clients it opened."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from adminui.api.vault import VaultClient
from adminui.api.vault_models import Ack, Namespace, NamespaceLock
from adminui.core.namespaces import NamespaceEntry, NamespaceIndex
from adminui.core.namespaces_blueprint import BlueprintSpec
from adminui.monitor import namespace_load, namespace_ops, namespace_tree
from adminui.monitor.blueprint import BlueprintResult, OnStep, run_blueprint
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.namespace_ops import Progress
from adminui.monitor.namespace_tree import ContentSummary

T = TypeVar("T")


class NamespaceService:
    """The namespace tree and its changes, through the leading node of ``connection``."""

    def __init__(self, connection: ClusterConnection) -> None:
        self.connection = connection

    @contextlib.asynccontextmanager
    async def _client(self) -> AsyncIterator[VaultClient]:
        client = self.connection.vault()
        try:
            yield client
        finally:
            await client.aclose()

    async def _with(self, action: Callable[[VaultClient], Awaitable[T]]) -> T:
        async with self._client() as client:
            return await action(client)

    # ----- reading ------------------------------------------------------------------------
    async def load_tree(self) -> NamespaceIndex:
        """The whole tree (one SCAN), or its first level when SCAN is refused."""
        return await self._with(namespace_tree.load_tree)

    async def relist(self, listed: list[str]) -> NamespaceIndex:
        """A lazily listed tree read again, level by level, for the levels in ``listed``."""
        index = NamespaceIndex(complete=False)
        async with self._client() as client:
            for path in listed:
                if path and path not in index.entries:
                    continue
                entries = await namespace_tree.list_children(client, path)
                index = index.with_children(path, entries)
        return index

    async def list_children(self, path: str) -> list[NamespaceEntry]:
        return await self._with(lambda c: namespace_tree.list_children(c, path))

    async def summarize(self, path: str) -> ContentSummary:
        """What deleting ``path`` would remove."""
        return await self._with(lambda c: namespace_tree.summarize(c, path))

    async def measure_load(self, known: list[str], window_s: float) -> namespace_load.LoadRanking:
        """Requests per namespace on every node over ``window_s`` seconds."""
        clients = [self.connection.vault(node=url) for url in self.connection.node_order()]
        try:
            return await namespace_load.measure(clients, known, window_s)
        finally:
            for client in clients:
                await client.aclose()

    # ----- changing -----------------------------------------------------------------------
    async def create(self, path: str, metadata: dict[str, str] | None) -> Namespace:
        """Create ``path`` (refused when it exists: its metadata is never replaced)."""
        return await self._with(lambda c: namespace_ops.create_one(c, path, metadata))

    async def delete_subtree(self, path: str, descendants: list[str], progress: Progress) -> int:
        return await self._with(
            lambda c: namespace_ops.delete_subtree(c, path, descendants, progress)
        )

    async def lock(self, path: str) -> NamespaceLock:
        return await self._with(lambda c: namespace_ops.lock(c, path))

    async def unlock(self, path: str, key: str | None) -> Ack:
        return await self._with(lambda c: namespace_ops.unlock(c, path, key))

    async def blueprint(self, spec: BlueprintSpec, on_step: OnStep) -> BlueprintResult:
        """Lay out a tenant; a failure rolls back what this run made."""
        return await self._with(lambda c: run_blueprint(c, spec, on_step))
