"""Remembering a cluster's Raft membership while it is healthy, and the recovery plan
when it has lost quorum (F28). Nothing here imports Qt."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import replace

from adminui.api.errors import VaultError
from adminui.api.kuma import KumaError
from adminui.api.kuma_models import RaftProbe
from adminui.api.vault_models import HealthRole
from adminui.core.cluster import ClusterKind, Snapshot
from adminui.core.recovery_plan import (
    Candidate,
    RaftMemory,
    RecoveryPlan,
    RememberedServer,
    kuma_plan,
    openbao_plan,
    rank,
)
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.openbao_watch import normalise
from adminui.profiles.raft_memory_store import RaftMemoryStore


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
            normalise(n.url): n.applied_index for n in snapshot.nodes if n.applied_index is not None
        }
        if not seen or all(memory.applied.get(url) == index for url, index in seen.items()):
            return None
        applied = dict(memory.applied)
        applied.update({url: int(index) for url, index in seen.items() if index is not None})
        memory = replace(memory, applied=applied, seen_at=time.time())
        self.store.save(memory)
        return memory

    async def remember_indexes(self, snapshot: Snapshot) -> RaftMemory | None:
        """:meth:`note_indexes` in a worker thread: a file read and written, which a
        disk busy with the cluster's own Raft log can make slow."""
        return await asyncio.to_thread(self.note_indexes, snapshot)

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
            n.cluster_address.removeprefix("https://").lower(): normalise(n.api_address)
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
        answering = {normalise(u) for u, r in zip(urls, roles, strict=True) if r is not None}
        active = next((u for u, r in zip(urls, roles, strict=True) if r is HealthRole.ACTIVE), "")
        return answering, active

    async def plan(self) -> RecoveryPlan:
        """The plan for the cluster's kind (OpenBao/Vault or KUMA Core)."""
        if self.connection.kind is ClusterKind.CORE:
            return await self.core_plan()
        return await self.openbao_plan()

    async def core_plan(self) -> RecoveryPlan:
        """KUMA Core: keep the answering node with the highest applied index (from its
        health endpoint, else as last seen), reset it to a cluster of one."""
        profile = self.connection.profile
        urls = list(profile.node_urls)
        health_urls = list(profile.health_urls) or [""] * len(urls)

        async def probe(url: str, health_url: str) -> RaftProbe | None:
            async with self.connection.kuma(node=url) as kuma:
                try:
                    return await kuma.probe_raft(health_url or url)
                except KumaError:
                    return None

        probes = await asyncio.gather(
            *(probe(u, h) for u, h in zip(urls, health_urls, strict=True))
        )
        memory = self.store.load(self.cluster)
        candidates = []
        for url, found in zip(urls, probes, strict=True):
            applied = found.applied_index if found is not None else None
            if applied is None:
                applied = memory.applied.get(normalise(url))
            name = (found.node_id if found is not None else None) or url
            candidates.append(
                Candidate(RememberedServer(name, "", url), applied, found is not None)
            )
        ranked = tuple(sorted(candidates, key=rank, reverse=True))
        # A leader that has just lost its majority still says "leader" for a moment.
        has_leader = any(
            p is not None and p.role == "leader" and p.has_quorum is not False for p in probes
        )
        answering = {c.server.node_id for c in ranked if c.answers}
        return kuma_plan(
            [c.server.node_id for c in ranked],
            answering,
            ranked[0].server.node_id if ranked else "",
            has_leader,
            ranked,
        )

    async def openbao_plan(self) -> RecoveryPlan:
        """Learn the membership again when the cluster is healthy, then make the plan."""
        answering, active = await self.answering()
        memory = self.store.load(self.cluster)
        if active:
            # Otherwise the plan is made from what was remembered.
            with contextlib.suppress(VaultError):
                memory = await self.learn(active)
        return openbao_plan(memory, answering, bool(active))
