"""One look at every node of an OpenBao/Vault cluster, turned into a Snapshot.

Per node (concurrently, no token needed): ``sys/health`` — its status code is the role
and what a load balancer sees — and ``sys/leader`` for the leader it names and its
Raft indexes. With a token, the leader is also asked for ``autopilot/state`` (term,
voter flag, last contact, health, failure tolerance) and ``ha-status`` (to match
autopilot's cluster addresses to the API URLs we know).

A reachable standby that names no leader, or names one that does not answer, is a
**candidate**: with two of three nodes down the survivor still names the dead leader.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from dataclasses import dataclass, replace
from typing import Any

from adminui.api import errors
from adminui.api.vault import VaultClient
from adminui.api.vault_models import AutopilotState, HaStatus, Health, HealthRole, Leader
from adminui.core.clock import OffsetEstimator
from adminui.core.cluster import ClusterSpec, NodeState, Role, Snapshot
from adminui.core.sentence import Sentence

_ROLE_OF_HEALTH = {
    HealthRole.ACTIVE: Role.LEADER,
    HealthRole.STANDBY: Role.FOLLOWER,
    HealthRole.PERFORMANCE_STANDBY: Role.FOLLOWER,
    HealthRole.DR_SECONDARY: Role.FOLLOWER,
    HealthRole.SEALED: Role.SEALED,
}


HA_STATUS_EVERY = 20
_ANSWERS_LEADER = (HealthRole.ACTIVE, HealthRole.STANDBY, HealthRole.PERFORMANCE_STANDBY)


def normalise(url: str) -> str:
    return url.strip().rstrip("/").lower()


@dataclass(frozen=True)
class _NodeLook:
    url: str
    health: Health | None
    leader: Leader | None
    latency_s: float | None
    clock_offset_s: float | None
    error: str = ""
    unreachable: bool = False
    reason: str = ""


def _knows_live_leader(node: NodeState, by_url: dict[str, NodeState], live_leader: str) -> bool:
    """Whether the leader ``node`` names is one that answers as leader."""
    if not node.leader_hint:
        return False
    named = by_url.get(normalise(node.leader_hint))
    if named is not None:
        return named.role is Role.LEADER
    # It names a node outside the profile: trust it only while some node leads.
    return bool(live_leader)


class OpenBaoWatch:
    """Keeps one API client per node and builds a Snapshot per call of :meth:`look`."""

    def __init__(self, spec: ClusterSpec, clients: dict[str, VaultClient]) -> None:
        self.spec = spec
        self.clients = clients
        self._cluster_to_api: dict[str, str] = {}
        self._clocks: dict[str, OffsetEstimator] = {}
        self._looks = 0
        self._storage = ""  # the nodes' storage type, once a node has said it
        self._voters_unread = ""  # why autopilot was not read at the last look
        #: Each node's Raft node id as autopilot last named it, by API URL (kept while
        #: the node is down, so a dead node keeps its name).
        self._names: dict[str, str] = {}

    async def _look_at(self, url: str) -> _NodeLook:
        client = self.clients[url]
        sent = time.time()
        started = time.monotonic()
        try:
            health = await client.sys.health()
        except (errors.Unreachable, errors.Timeout, errors.TLSError) as exc:
            return _NodeLook(
                url,
                None,
                None,
                None,
                None,
                exc.user_message,
                unreachable=True,
                reason=errors.short_reason(exc),
            )
        except errors.VaultError as exc:
            latency = time.monotonic() - started
            reason = errors.short_reason(exc)
            return _NodeLook(url, None, None, latency, None, exc.user_message, reason=reason)
        latency = time.monotonic() - started
        offset = None
        if health.server_time_utc is not None:
            clock = self._clocks.setdefault(url, OffsetEstimator())
            offset = clock.add(health.server_time_utc, sent, sent + latency).estimate
        return _NodeLook(url, health, None, latency, offset)

    async def still_leads(self, url: str) -> bool:
        """One ``sys/health`` of node ``url``: is it still the active, unsealed node?"""
        client = self.clients.get(url)
        if client is None:
            return False
        try:
            health = await client.sys.health()
        except errors.VaultError:
            return False
        return health.role is HealthRole.ACTIVE

    async def _leader_view(self, look: _NodeLook) -> _NodeLook:
        """``look`` with the node's own ``sys/leader`` answer (the leader it names)."""
        if look.health is None or look.health.role not in _ANSWERS_LEADER:
            return look
        try:
            leader = await self.clients[look.url].sys.leader()
        except errors.VaultError:
            return look
        return replace(look, leader=leader)

    async def _storage_of(self, looks: list[_NodeLook]) -> str:
        """The storage type a node reports (asked once; no token needed)."""
        if self._storage:
            return self._storage
        for look in looks:
            if look.health is None:
                continue
            try:
                self._storage = (await self.clients[look.url].sys.seal_status()).storage_type
            except errors.VaultError:
                continue
            break
        return self._storage

    async def _cluster_view(self, leader_url: str) -> tuple[AutopilotState | None, HaStatus | None]:
        client = self.clients[leader_url]
        if not client.transport.has_token:
            self._voters_unread = "no token"
            return None, None
        # Cluster addresses rarely change: map them again only now and then.
        self._looks += 1
        ask_ha = not self._cluster_to_api or self._looks % HA_STATUS_EVERY == 0
        calls: list[Coroutine[Any, Any, object]] = [client.raft.autopilot_state()]
        if ask_ha:
            calls.append(client.sys.ha_status())
        answers = await asyncio.gather(*calls, return_exceptions=True)
        autopilot = answers[0] if isinstance(answers[0], AutopilotState) else None
        refused = isinstance(answers[0], errors.PermissionDenied)
        self._voters_unread = "refused" if refused else ""
        ha = answers[1] if ask_ha and isinstance(answers[1], HaStatus) else None
        return autopilot, ha

    async def look(self) -> Snapshot:
        """Health of every node; then, with a leader and a token, autopilot from the
        leader (term, indexes, voters, contact for all); otherwise each node's
        ``sys/leader`` (the leader it names, its indexes)."""
        looks = list(await asyncio.gather(*(self._look_at(u) for u in self.spec.node_urls)))
        active = [k.url for k in looks if k.health and k.health.role is HealthRole.ACTIVE]
        autopilot = None
        storage = await self._storage_of(looks)
        if len(active) == 1 and storage in ("", "raft"):
            autopilot, ha = await self._cluster_view(active[0])
            if ha is not None:
                self._cluster_to_api.update(
                    {
                        n.cluster_address.removeprefix("https://"): normalise(n.api_address)
                        for n in ha.nodes
                        if n.cluster_address
                    }
                )
        if autopilot is None or not self._cluster_to_api:
            looks = list(await asyncio.gather(*(self._leader_view(k) for k in looks)))
        taken_at = time.time()
        nodes = [self._node_state(look) for look in looks]
        live_leader = active[0] if len(active) == 1 else ""
        if autopilot is not None and self._cluster_to_api:
            nodes = self._with_autopilot(nodes, autopilot, live_leader)
        nodes = [replace(n, name=self._names.get(normalise(n.url), "")) for n in nodes]
        by_url = {normalise(n.url): n for n in nodes}
        # Standbys that know no live leader are candidates.
        for i, node in enumerate(nodes):
            if node.role is Role.FOLLOWER and not _knows_live_leader(node, by_url, live_leader):
                nodes[i] = replace(node, role=Role.CANDIDATE)
        tolerance = autopilot.failure_tolerance if autopilot is not None else None
        return Snapshot(
            self.spec.name,
            taken_at,
            tuple(nodes),
            failure_tolerance=tolerance,
            storage=storage,
            voters_unread=self._voters_unread if storage in ("", "raft") else "",
        )

    def _with_autopilot(
        self, nodes: list[NodeState], state: AutopilotState, leader_url: str
    ) -> list[NodeState]:
        """Term, voter flag, last contact, health and log index of each node, as the
        leader's autopilot sees them; followers it reports are following that leader."""
        by_api: dict[str, NodeState] = {normalise(n.url): n for n in nodes}
        updated = dict(by_api)
        leader_index = next(
            (
                s.last_index
                for s in state.servers
                if self._cluster_to_api.get(s.address) == normalise(leader_url)
            ),
            None,
        )
        for server in state.servers:
            api = self._cluster_to_api.get(server.address)
            if api is None or api not in by_api:
                continue
            node = by_api[api]
            self._names[api] = server.name or server.id
            answered = node.role is not Role.UNREACHABLE
            updated[api] = replace(
                node,
                term=server.last_term or None,  # 0: not known to autopilot yet
                voter=server.status in ("leader", "voter"),
                last_contact_s=server.last_contact if answered or server.last_contact else None,
                healthy=server.healthy,
                commit_index=leader_index if answered else None,
                applied_index=server.last_index if answered else None,
                leader_hint=leader_url if answered else node.leader_hint,
            )
        return [updated[normalise(n.url)] for n in nodes]

    @staticmethod
    def _node_state(look: _NodeLook) -> NodeState:
        if look.health is None:
            role = Role.UNREACHABLE if look.unreachable else Role.UNKNOWN
            return NodeState(
                look.url,
                role,
                latency_s=look.latency_s,
                error=look.error,
                reason=look.reason,
                balancer_answer=Sentence("no answer") if look.unreachable else Sentence("error"),
            )
        health = look.health
        role = _ROLE_OF_HEALTH.get(health.role, Role.UNKNOWN)
        leader = look.leader
        return NodeState(
            look.url,
            role,
            commit_index=leader.raft_committed_index if leader else None,
            applied_index=leader.raft_applied_index if leader else None,
            version=health.version,
            latency_s=look.latency_s,
            leader_hint=leader.leader_address if leader else "",
            clock_offset_s=look.clock_offset_s,
            balancer_answer=str(health.status_code),
        )
