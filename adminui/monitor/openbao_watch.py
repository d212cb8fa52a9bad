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
from dataclasses import dataclass, replace

from adminui.api import errors
from adminui.api.vault import VaultClient
from adminui.api.vault_models import AutopilotState, HaStatus, Health, HealthRole, Leader
from adminui.core.clock import OffsetEstimator
from adminui.core.cluster import ClusterSpec, NodeState, Role, Snapshot

_ROLE_OF_HEALTH = {
    HealthRole.ACTIVE: Role.LEADER,
    HealthRole.STANDBY: Role.FOLLOWER,
    HealthRole.PERFORMANCE_STANDBY: Role.FOLLOWER,
    HealthRole.DR_SECONDARY: Role.FOLLOWER,
    HealthRole.SEALED: Role.SEALED,
}


HA_STATUS_EVERY = 20


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

    async def _look_at(self, url: str) -> _NodeLook:
        client = self.clients[url]
        sent = time.time()
        started = time.monotonic()
        try:
            health = await client.sys.health()
        except (errors.Unreachable, errors.Timeout, errors.TLSError) as exc:
            return _NodeLook(url, None, None, None, None, exc.user_message, unreachable=True)
        except errors.VaultError as exc:
            return _NodeLook(url, None, None, time.monotonic() - started, None, exc.user_message)
        latency = time.monotonic() - started
        offset = None
        if health.server_time_utc is not None:
            clock = self._clocks.setdefault(url, OffsetEstimator())
            offset = clock.add(health.server_time_utc, sent, sent + latency).estimate
        leader = None
        if health.role in (HealthRole.ACTIVE, HealthRole.STANDBY, HealthRole.PERFORMANCE_STANDBY):
            try:
                leader = await client.sys.leader()
            except errors.VaultError:
                leader = None
        return _NodeLook(url, health, leader, latency, offset)

    async def _cluster_view(self, leader_url: str) -> tuple[AutopilotState | None, HaStatus | None]:
        client = self.clients[leader_url]
        if not client.transport.has_token:
            return None, None
        autopilot, ha = await asyncio.gather(
            client.raft.autopilot_state(), client.sys.ha_status(), return_exceptions=True
        )
        return (
            autopilot if isinstance(autopilot, AutopilotState) else None,
            ha if isinstance(ha, HaStatus) else None,
        )

    async def look(self) -> Snapshot:
        looks = await asyncio.gather(*(self._look_at(u) for u in self.spec.node_urls))
        taken_at = time.time()
        nodes = [self._node_state(look) for look in looks]
        by_url = {normalise(n.url): n for n in nodes}
        active = [n for n in nodes if n.role is Role.LEADER]
        live_leader = active[0].url if len(active) == 1 else ""
        # Standbys that know no live leader are candidates.
        for i, node in enumerate(nodes):
            if node.role is Role.FOLLOWER and not _knows_live_leader(node, by_url, live_leader):
                nodes[i] = replace(node, role=Role.CANDIDATE)
        tolerance = None
        if live_leader:
            autopilot, ha = await self._cluster_view(live_leader)
            if ha is not None:
                self._cluster_to_api.update(
                    {
                        n.cluster_address.removeprefix("https://"): normalise(n.api_address)
                        for n in ha.nodes
                        if n.cluster_address
                    }
                )
            if autopilot is not None:
                tolerance = autopilot.failure_tolerance
                nodes = self._with_autopilot(nodes, autopilot)
        return Snapshot(self.spec.name, taken_at, tuple(nodes), failure_tolerance=tolerance)

    def _with_autopilot(self, nodes: list[NodeState], state: AutopilotState) -> list[NodeState]:
        by_api: dict[str, NodeState] = {normalise(n.url): n for n in nodes}
        updated = dict(by_api)
        for server in state.servers:
            api = self._cluster_to_api.get(server.address)
            if api is None or api not in by_api:
                continue
            node = by_api[api]
            answered = node.role is not Role.UNREACHABLE
            updated[api] = replace(
                node,
                term=server.last_term or None,  # 0: not known to autopilot yet
                voter=server.status in ("leader", "voter"),
                last_contact_s=server.last_contact if answered or server.last_contact else None,
                healthy=server.healthy,
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
                balancer_answer="no answer" if look.unreachable else "error",
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
