"""Nodes are called by their names (Raft node id, host name), not by bare URLs, and a
node that goes down keeps the name it had."""

from __future__ import annotations

import asyncio

import httpx

from adminui.api.kuma import KumaClient
from adminui.api.transport import VaultTransport
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind, ClusterSpec, NodeState, Role, Snapshot, host_port
from adminui.core.transitions import diff
from adminui.monitor.core_watch import CoreWatch
from adminui.monitor.openbao_watch import OpenBaoWatch

BAO = ("http://bao-a:8200", "http://bao-b:8200", "http://bao-c:8200")
CLUSTER_ADDR = {url: f"{host_port(url).split(':')[0]}:8201" for url in BAO}


def test_a_label_is_the_name_else_host_and_port() -> None:
    assert NodeState("https://10.0.0.5:8200/", Role.LEADER).label == "10.0.0.5:8200"
    assert NodeState("https://10.0.0.5:8200", Role.LEADER, name="vault-1").label == "vault-1"
    snapshot = Snapshot("c", 0.0, (NodeState("http://x:1", Role.LEADER, name="x1"),))
    assert (snapshot.label_of("http://x:1"), snapshot.label_of("http://y:2")) == ("x1", "y:2")


def test_events_say_nodes_by_name() -> None:
    def look(at: float, leader: int) -> Snapshot:
        nodes = tuple(
            NodeState(url, Role.LEADER if i == leader else Role.FOLLOWER, name=f"node{i + 1}")
            for i, url in enumerate(BAO)
        )
        return Snapshot("c", at, nodes)

    (change,) = [t for t in diff(look(0, 0), look(1, 1)) if t.before]
    assert (change.before, change.after) == (BAO[0], BAO[1])  # the data keeps the URLs
    assert change.describe() == "Leader changed from node1 to node2"


def _openbao_handler(down: set[str]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        url = f"{request.url.scheme}://{request.url.host}:{request.url.port}"
        if url in down:
            raise httpx.ConnectError("connection refused", request=request)
        active = url == BAO[0]
        path = request.url.path
        if path == "/v1/sys/health":
            body = {"initialized": True, "sealed": False, "standby": not active}
            return httpx.Response(200 if active else 429, json=body)
        if path == "/v1/sys/seal-status":
            return httpx.Response(200, json={"sealed": False, "storage_type": "raft"})
        if path == "/v1/sys/ha-status":
            nodes = [
                {"api_address": u, "cluster_address": f"https://{CLUSTER_ADDR[u]}"} for u in BAO
            ]
            return httpx.Response(200, json={"nodes": nodes})
        if path == "/v1/sys/storage/raft/autopilot/state":
            servers = {
                f"raft-{i}": {
                    "id": f"raft-{i}",
                    "name": f"vault-{i}",
                    "address": CLUSTER_ADDR[u],
                    "status": "leader" if i == 0 else "voter",
                    "healthy": True,
                    "last_index": 10,
                    "last_term": 2,
                }
                for i, u in enumerate(BAO)
            }
            body = {"healthy": True, "failure_tolerance": 1, "servers": servers}
            return httpx.Response(200, json={"data": body})
        return httpx.Response(404, json={"errors": []})

    return httpx.MockTransport(answer)


def test_openbao_nodes_take_their_raft_names_and_keep_them_when_down() -> None:
    down: set[str] = set()

    async def looks() -> tuple[Snapshot, Snapshot]:
        async with httpx.AsyncClient(transport=_openbao_handler(down)) as http:
            clients = {u: VaultClient(VaultTransport(u, token="t", client=http)) for u in BAO}
            watch = OpenBaoWatch(ClusterSpec("bao", ClusterKind.OPENBAO, BAO), clients)
            first = await watch.look()
            down.add(BAO[2])
            return first, await watch.look()

    first, second = asyncio.run(looks())
    assert [n.label for n in first.nodes] == ["vault-0", "vault-1", "vault-2"]
    assert first.leader is not None and first.leader.label == "vault-0"
    assert second.nodes[2].role is Role.UNREACHABLE
    assert second.nodes[2].label == "vault-2"


def test_openbao_nodes_without_a_token_are_called_by_host_and_port() -> None:
    async def look() -> Snapshot:
        async with httpx.AsyncClient(transport=_openbao_handler(set())) as http:
            clients = {u: VaultClient(VaultTransport(u, client=http)) for u in BAO}
            return await OpenBaoWatch(ClusterSpec("bao", ClusterKind.OPENBAO, BAO), clients).look()

    snapshot = asyncio.run(look())
    assert [n.label for n in snapshot.nodes] == ["bao-a:8200", "bao-b:8200", "bao-c:8200"]


CORE = ("http://10.1.0.1:7223", "http://10.1.0.2:7223")
CORE_HEALTH = ("http://10.1.0.1:7224/health", "http://10.1.0.2:7224/health")


def test_core_nodes_take_their_host_name_else_their_id_and_keep_it_when_down() -> None:
    down: set[str] = set()

    def answer(request: httpx.Request) -> httpx.Response:
        host = request.url.host
        if host in down:
            raise httpx.ConnectError("connection refused", request=request)
        first = host == "10.1.0.1"
        body = {
            "id": "5c1e0c7e-0000-4000-8000-000000000001" if first else "core-b-id",
            "fqdn": "kuma-core-1.example.org" if first else "10.1.0.2",
            "role": "leader" if first else "follower",
            "term": 3,
            "leader": "10.1.0.1:7210",
            "self": "10.1.0.1:7210" if first else "10.1.0.2:7210",
        }
        return httpx.Response(200, json=body)

    async def looks() -> tuple[Snapshot, Snapshot]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
            spec = ClusterSpec("Core", ClusterKind.CORE, CORE, CORE_HEALTH)
            watch = CoreWatch(spec, KumaClient(CORE[0], "t", client=http))
            first = await watch.look()
            down.add("10.1.0.1")
            return first, await watch.look()

    first, second = asyncio.run(looks())
    assert [n.label for n in first.nodes] == ["kuma-core-1", "core-b-id"]
    assert second.nodes[0].role is Role.UNREACHABLE and second.nodes[0].label == "kuma-core-1"
