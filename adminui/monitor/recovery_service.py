"""Remembering a cluster's Raft membership while it is healthy, and the recovery plan
when it has lost quorum (F28). Nothing here imports Qt."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import replace

from adminui.api.errors import VaultError
from adminui.api.vault_models import HealthRole
from adminui.core.cluster import Snapshot
from adminui.core.recovery_plan import RaftMemory, RecoveryPlan, RememberedServer, openbao_plan
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.raft_memory_store import RaftMemoryStore


def _normal(url: str) -> str:
    return url.strip().rstrip("/").lower()


class RecoveryService:
    """The Raft memory of ``connection``'s cluster and its recovery plan."""

    def __init__(self, connection: ClusterConnection, store: RaftMemoryStore | None = None):
        self.connection = connection
        self.store = store or RaftMemoryStore()

    @property
    def cluster(self) -> str:
        return self.connection.profile.name

    def memory(self) -> RaftMemory:
        return self.store.load(self.cluster)

    def note_indexes(self, snapshot: Snapshot) -> RaftMemory | None:
        """Keep each answering node's applied index from a live-view tick (returns the
        memory when it changed and was saved)."""
        memory = self.store.load(self.cluster)
        seen = {
            _normal(n.url): n.applied_index for n in snapshot.nodes if n.applied_index is not None
        }
        if not seen or all(memory.applied.get(url) == index for url, index in seen.items()):
            return None
        applied = dict(memory.applied)
        applied.update({url: int(index) for url, index in seen.items() if index is not None})
        memory = replace(memory, applied=applied, seen_at=time.time())
        self.store.save(memory)
        return memory

    async def learn(self, node: str | None = None) -> RaftMemory:
        """Read the Raft configuration, ha-status and autopilot from the active node
        (``node``, else the preferred one), and remember them (VaultError when the
        cluster cannot say them now)."""
        async with self.connection.vault(node=node) as vault:
            configuration = await vault.raft.configuration()
            ha = await vault.sys.ha_status()
            try:
                state = await vault.raft.autopilot_state()
            except VaultError:
                state = None
        api_of = {
            n.cluster_address.removeprefix("https://").lower(): _normal(n.api_address)
            for n in ha.nodes
            if n.cluster_address
        }
        servers = tuple(
            RememberedServer(s.node_id, s.address, api_of.get(s.address.lower(), ""), s.voter)
            for s in configuration.servers
        )
        memory = self.store.load(self.cluster)
        applied = dict(memory.applied)
        if state is not None:
            for server in state.servers:
                api = api_of.get(server.address.lower(), "")
                if api and server.last_index is not None:
                    applied[api] = server.last_index
        memory = RaftMemory(self.cluster, servers, applied, time.time())
        self.store.save(memory)
        return memory

    async def answering(self) -> tuple[set[str], str]:
        """The nodes that answer now (API URLs) and the active one ('' when none is)."""
        urls = list(self.connection.profile.node_urls)

        async def role_of(url: str) -> HealthRole | None:
            async with self.connection.vault(node=url) as vault:
                try:
                    return (await vault.sys.health()).role
                except VaultError:
                    return None

        roles = await asyncio.gather(*(role_of(u) for u in urls))
        answering = {_normal(u) for u, r in zip(urls, roles, strict=True) if r is not None}
        active = next((u for u, r in zip(urls, roles, strict=True) if r is HealthRole.ACTIVE), "")
        return answering, active

    async def plan(self) -> RecoveryPlan:
        """Learn the membership again when the cluster is healthy, then make the plan."""
        answering, active = await self.answering()
        memory = self.store.load(self.cluster)
        if active:
            # Otherwise the plan is made from what was remembered.
            with contextlib.suppress(VaultError):
                memory = await self.learn(active)
        return openbao_plan(memory, answering, bool(active))
