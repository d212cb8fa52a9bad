"""One look at one node: its role and Raft position, never raising.

A node that does not answer within the timeout is reported unreachable; one look
costs at most one timeout, whatever the node does.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from adminui.core.cluster import ClusterKind, ClusterSpec, NodeState, Role, Snapshot

PROBE_TIMEOUT = httpx.Timeout(1.5, connect=0.5)

_BAO_HEALTH_ROLES = {
    200: Role.LEADER,
    429: Role.FOLLOWER,
    472: Role.FOLLOWER,
    473: Role.FOLLOWER,
    503: Role.SEALED,
    501: Role.UNKNOWN,
}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


async def _get_json(client: httpx.AsyncClient, url: str) -> tuple[int, dict[str, Any]]:
    response = await client.get(url, timeout=PROBE_TIMEOUT)
    try:
        data = response.json()
    except ValueError:
        data = {}
    return response.status_code, data if isinstance(data, dict) else {}


async def probe_openbao(client: httpx.AsyncClient, url: str) -> NodeState:
    """Role from ``sys/health``'s status code; indexes from ``sys/leader``."""
    started = time.monotonic()
    try:
        status, health = await _get_json(client, f"{url}/v1/sys/health")
        latency = time.monotonic() - started
        role = _BAO_HEALTH_ROLES.get(status, Role.UNKNOWN)
        commit = applied = None
        if role in (Role.LEADER, Role.FOLLOWER):
            _, leader = await _get_json(client, f"{url}/v1/sys/leader")
            commit = _int(leader.get("raft_committed_index"))
            applied = _int(leader.get("raft_applied_index"))
    except httpx.HTTPError as exc:
        return NodeState(url, Role.UNREACHABLE, error=type(exc).__name__)
    return NodeState(
        url,
        role,
        commit_index=commit,
        applied_index=applied,
        version=str(health.get("version", "")),
        latency_s=latency,
    )


async def probe_core(client: httpx.AsyncClient, url: str, health_url: str) -> NodeState:
    """Role, term and indexes from a Core node's health endpoint."""
    started = time.monotonic()
    try:
        status, health = await _get_json(client, health_url)
    except httpx.HTTPError as exc:
        return NodeState(url, Role.UNREACHABLE, error=type(exc).__name__)
    latency = time.monotonic() - started
    if status != 200:
        return NodeState(url, Role.UNKNOWN, latency_s=latency, error=f"health answered {status}")
    try:
        role = Role(str(health.get("role", "unknown")))
    except ValueError:
        role = Role.UNKNOWN
    return NodeState(
        url,
        role,
        term=_int(health.get("term")),
        commit_index=_int(health.get("commit_index")),
        applied_index=_int(health.get("applied_index")),
        version=str(health.get("version", "")),
        latency_s=latency,
    )


async def snapshot(client: httpx.AsyncClient, spec: ClusterSpec) -> Snapshot:
    """Probe every node of ``spec`` concurrently."""
    import asyncio

    if spec.kind is ClusterKind.OPENBAO:
        probes = [probe_openbao(client, url) for url in spec.node_urls]
    else:
        probes = [
            probe_core(client, url, health)
            for url, health in zip(spec.node_urls, spec.health_urls, strict=True)
        ]
    nodes = await asyncio.gather(*probes)
    return Snapshot(spec.name, time.time(), tuple(nodes))
