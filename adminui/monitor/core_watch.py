"""One look at every node of a KUMA Core cluster, turned into a Snapshot.

KUMA documents no API that tells leader from follower: the role comes from a node's
health endpoint where one answers with Raft state, and is "unknown" where none does.
A follower whose named leader does not answer as leader is a candidate.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

from adminui.api import errors
from adminui.api.kuma import KumaClient, KumaError, KumaTimeout, KumaTLSError, KumaUnreachable
from adminui.api.kuma_models import RaftProbe
from adminui.core.clock import OffsetEstimator
from adminui.core.cluster import ClusterSpec, NodeState, Role, Snapshot
from adminui.core.sentence import Sentence

_ROLES = {"leader": Role.LEADER, "follower": Role.FOLLOWER, "candidate": Role.CANDIDATE}


class CoreWatch:
    """Probes each Core node's health endpoint; one Snapshot per :meth:`look`."""

    def __init__(self, spec: ClusterSpec, client: KumaClient) -> None:
        self.spec = spec
        self.client = client
        self._clocks: dict[str, OffsetEstimator] = {}
        #: Each node's name as it last gave it, by URL (kept while the node is down).
        self._names: dict[str, str] = {}

    async def _look_at(self, url: str, health_url: str) -> tuple[NodeState, str]:
        sent = time.time()
        try:
            probe = await self.client.probe_raft(health_url)
        except (KumaUnreachable, KumaTimeout, KumaTLSError) as exc:
            error = Sentence(
                "The Core node {0} did not answer its health check: {1}.", url, exc.message
            )
            return NodeState(
                url,
                Role.UNREACHABLE,
                error=error,
                reason=errors.short_reason(exc),
                balancer_answer=Sentence("no answer"),
            ), ""
        except KumaError as exc:
            error = Sentence(
                "The Core node {0} answered its health check with an error: {1}.", url, exc.message
            )
            return NodeState(
                url,
                Role.UNKNOWN,
                error=error,
                reason=errors.short_reason(exc),
                balancer_answer=Sentence("error"),
            ), ""
        offset = None
        if probe.server_time is not None:
            clock = self._clocks.setdefault(url, OffsetEstimator())
            offset = clock.add(probe.server_time, sent, sent + probe.latency).estimate
        return _node_state(url, probe, offset), probe.self_address or ""

    async def still_leads(self, url: str) -> bool:
        """One health probe of node ``url``: does it still say it leads?"""
        health_urls = self.spec.health_urls or tuple("" for _ in self.spec.node_urls)
        by_node = dict(zip(self.spec.node_urls, health_urls, strict=True))
        if url not in by_node:
            return False
        try:
            probe = await self.client.probe_raft(by_node[url])
        except KumaError:
            return False
        return _ROLES.get(probe.role) is Role.LEADER

    async def look(self) -> Snapshot:
        health_urls = self.spec.health_urls or tuple("" for _ in self.spec.node_urls)
        looks = await asyncio.gather(
            *(self._look_at(u, h) for u, h in zip(self.spec.node_urls, health_urls, strict=True))
        )
        raft_leaders = {addr for node, addr in looks if node.role is Role.LEADER and addr}
        nodes = []
        for node, _addr in looks:
            if node.role is Role.FOLLOWER and node.leader_hint not in raft_leaders:
                node = replace(node, role=Role.CANDIDATE)
            if node.name:
                self._names[node.url] = node.name
            nodes.append(replace(node, name=self._names.get(node.url, "")))
        return Snapshot(self.spec.name, time.time(), tuple(nodes))


def node_name(probe: RaftProbe) -> str:
    """A Core node's short name: the first label of its FQDN, else its node ID."""
    fqdn = (probe.fqdn or "").strip().rstrip(".")
    if fqdn and not fqdn.replace(".", "").isdigit():
        return fqdn.split(".", 1)[0]
    return (probe.node_id or "").strip()


def _node_state(url: str, probe: RaftProbe, offset: float | None) -> NodeState:
    return NodeState(
        url,
        _ROLES.get(probe.role, Role.UNKNOWN),
        term=probe.term,
        commit_index=probe.commit_index,
        applied_index=probe.applied_index,
        version=probe.version or "",
        latency_s=probe.latency,
        voter=True if probe.known else None,
        leader_hint=probe.leader or "",
        clock_offset_s=offset,
        balancer_answer=Sentence("answers") if probe.known else Sentence("answers (role unknown)"),
        name=node_name(probe),
    )
