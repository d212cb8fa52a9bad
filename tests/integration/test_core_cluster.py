"""A real Core cluster of lab nodes (PySyncObj Raft), driven through the KUMA client.

The module starts its own three nodes; the tests run in order and share them (kills,
restarts and joins change the cluster as they would in a drill).
"""

from __future__ import annotations

import asyncio
import secrets
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from adminui.api.kuma import (
    KumaAuthError,
    KumaClient,
    KumaConflict,
    KumaNoQuorum,
    KumaNotFound,
    KumaTimeouts,
    KumaUnreachable,
    ServiceFilter,
)
from adminui.lab.core_node import FIRST_CORE_ID, CorePorts, core_node_argv
from adminui.lab.procs import ProcessRecord, free_ports, kill, log_tail, spawn, stop, wait_until

pytestmark = pytest.mark.lab

T = TypeVar("T")
TIMEOUTS = KumaTimeouts(connect=1.0, read=8.0)


@dataclass
class Node:
    name: str
    node_id: str
    fqdn: str
    ports: CorePorts
    directory: Path
    join: str | None = None
    record: ProcessRecord | None = None


class Cluster:
    """Lab nodes started by this module; every process is stopped by PID at the end."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.token = secrets.token_urlsafe(24)
        self.token_file = root / "token"
        self.token_file.touch(mode=0o600)
        self.token_file.write_text(self.token, encoding="utf-8")
        self.nodes: dict[str, Node] = {}
        self.records: list[ProcessRecord] = []

    def add(self, name: str, node_id: str, join: str | None = None) -> Node:
        node = Node(
            name,
            node_id,
            f"{name}.lab.local",
            CorePorts.from_list(free_ports(4)),
            self.root / name,
            join,
        )
        self.nodes[name] = node
        return node

    def argv(self, node: Node) -> list[str]:
        peers = (
            []
            if node.join
            else [n.ports.raft_addr for n in self.nodes.values() if n is not node and not n.join]
        )
        return core_node_argv(
            sys.executable,
            node.directory,
            node.node_id,
            node.fqdn,
            node.ports,
            self.token_file,
            peers=peers,
            join=node.join,
        )

    def start(self, node: Node) -> None:
        node.record = spawn(node.name, self.argv(node), node.directory / "core.log")
        self.records.append(node.record)
        if not wait_until(lambda: health(node) is not None, timeout=20, interval=0.05):
            pytest.fail(f"{node.name} did not start:\n{log_tail(node.directory / 'core.log')}")

    def kill(self, node: Node) -> None:
        assert node.record is not None
        kill(node.record)

    def stop_all(self) -> None:
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda r: stop(r, sig=signal.SIGTERM, timeout=5), self.records))

    def running(self) -> list[Node]:
        return [n for n in self.nodes.values() if health(n) is not None]

    def leaders(self) -> list[Node]:
        return [n for n in self.running() if (health(n) or {}).get("role") == "leader"]

    def wait_stable(self, count: int, timeout: float = 15.0) -> Node:
        """Wait for one leader that ``count`` running nodes follow, all connected."""

        def stable() -> bool:
            states = [health(n) for n in self.nodes.values()]
            live = [s for s in states if s is not None]
            leaders = [s for s in live if s["role"] == "leader"]
            return (
                len(live) == count
                and len(leaders) == 1
                and all(s["leader"] == leaders[0]["self"] for s in live)
                and all(p["connected"] for p in leaders[0]["peers"])
                and len(leaders[0]["peers"]) == count - 1
            )

        assert wait_until(stable, timeout=timeout, interval=0.1), self.describe()
        return self.leaders()[0]

    def describe(self) -> str:
        return "\n".join(f"{n.name}: {health(n)}" for n in self.nodes.values())

    def client(self, node: Node, token: str | None = None) -> KumaClient:
        return KumaClient(
            node.ports.rest_url, self.token if token is None else token, timeouts=TIMEOUTS
        )


def health(node: Node) -> dict[str, Any] | None:
    try:
        response = httpx.get(node.ports.health_url, timeout=httpx.Timeout(1.0, connect=0.3))
    except httpx.HTTPError:
        return None
    data = response.json()
    return data if response.status_code == 200 and isinstance(data, dict) else None


def call(client: KumaClient, action: Callable[[KumaClient], Awaitable[T]]) -> T:
    async def run() -> T:
        async with client:
            return await action(client)

    return asyncio.run(run())


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    the_cluster = Cluster(tmp_path_factory.mktemp("core"))
    try:
        for i in (1, 2, 3):
            the_cluster.add(f"core{i}", FIRST_CORE_ID if i == 1 else str(uuid.uuid4()))
        for node in the_cluster.nodes.values():
            the_cluster.start(node)
        the_cluster.wait_stable(3)
        yield the_cluster
    finally:
        the_cluster.stop_all()


def core_services(cluster: Cluster, node: Node) -> dict[str, Any]:
    services = call(cluster.client(node), lambda c: c.list_services(ServiceFilter(kinds=["core"])))
    return {s.id: s for s in services}


def test_three_nodes_elect_exactly_one_leader(cluster: Cluster) -> None:
    leader = cluster.wait_stable(3)
    states = [health(n) for n in cluster.nodes.values()]
    assert sorted(s["role"] for s in states if s) == ["follower", "follower", "leader"]
    assert len({s["term"] for s in states if s}) == 1

    def all_green() -> bool:
        found = core_services(cluster, leader)
        return len(found) == 3 and all(s.colour == "green" for s in found.values())

    assert wait_until(all_green, timeout=10)
    probe = call(cluster.client(leader), lambda c: c.probe_raft(leader.ports.health_url))
    assert probe.role == "leader" and probe.has_quorum is True
    assert probe.leader == leader.ports.raft_addr and probe.leader_id == leader.node_id
    assert {p.id for p in probe.peers} == {n.node_id for n in cluster.nodes.values()} - {
        leader.node_id
    }
    found = core_services(cluster, leader)
    assert found[FIRST_CORE_ID].name == "core-1"
    assert found[cluster.nodes["core2"].node_id].name == "core-core2.lab.local"


def test_client_operations_on_a_follower(cluster: Cluster) -> None:
    leader = cluster.wait_stable(3)
    follower = next(n for n in cluster.running() if n is not leader)

    async def scenario(c: KumaClient) -> None:
        me = await c.whoami()
        assert me.login == "admin"
        tenants = await c.tenants()
        assert any(t.main for t in tenants)
        created = await c.create_service(
            "res-1", kind="collector", name="Syslog-EU", status="purple"
        )
        assert created.status == "purple" and created.tenant_name == "Main"
        found = await c.list_services(ServiceFilter(ids=[created.id, "nope"]))
        assert [s.id for s in found] == [created.id]
        assert [s.id for s in await c.list_services(ServiceFilter(name="^syslog-eu$"))] == [
            created.id
        ]
        await c.reload_service(created.id)
        (reloaded,) = await c.list_services(ServiceFilter(ids=[created.id]))
        assert reloaded.colour == "green"
        await c.restart_service(created.id)
        await c.delete_service(created.id)
        assert await c.list_services(ServiceFilter(ids=[created.id])) == []
        with pytest.raises(KumaNotFound):
            await c.reload_service(created.id)
        with pytest.raises(KumaNotFound):
            await c.delete_service(str(uuid.uuid4()))

    call(cluster.client(follower), scenario)


def test_bad_tokens_give_typed_auth_errors(cluster: Cluster) -> None:
    node = cluster.nodes["core2"]
    with pytest.raises(KumaAuthError) as wrong:
        call(cluster.client(node, token="wrong-" + cluster.token), lambda c: c.whoami())
    assert wrong.value.status == 403 and cluster.token not in repr(wrong.value) + str(wrong.value)
    with pytest.raises(KumaAuthError) as empty:
        call(cluster.client(node, token=""), lambda c: c.tenants())
    assert empty.value.status == 400 and "invalid authorization header" in empty.value.message


def test_pagination_over_more_than_one_page(cluster: Cluster) -> None:
    leader = cluster.wait_stable(3)
    total = 260

    async def scenario(c: KumaClient) -> list[str]:
        gate = asyncio.Semaphore(32)

        async def one(i: int) -> str:
            async with gate:
                return (await c.create_service(f"res-{i}", kind="storage")).id

        ids = await asyncio.gather(*(one(i) for i in range(total)))
        listed = await c.list_services(ServiceFilter(kinds=["storage"]))
        assert sorted(s.id for s in listed) == sorted(ids)
        return ids

    ids = call(cluster.client(leader), scenario)
    assert len(set(ids)) == total
    raw = httpx.get(
        f"{leader.ports.rest_url}/api/v3/services",
        params=[("kind", "storage"), ("page", "2")],
        headers={"Authorization": f"Bearer {cluster.token}"},
    )
    assert len(raw.json()) == total - 250


def test_probe_without_a_health_endpoint_is_unknown(cluster: Cluster) -> None:
    node = cluster.nodes["core1"]
    probe = call(cluster.client(node), lambda c: c.probe_raft(f"{node.ports.rest_url}/health"))
    assert probe.role == "unknown" and not probe.known
    (closed,) = free_ports(1)
    with pytest.raises(KumaUnreachable):
        call(cluster.client(node), lambda c: c.probe_raft(f"http://127.0.0.1:{closed}/health"))


def test_killed_leader_is_replaced_and_comes_back_as_follower(cluster: Cluster) -> None:
    leader = cluster.wait_stable(3)
    marker = call(cluster.client(leader), lambda c: c.create_service("marker", kind="agent"))
    old_term = health(leader)["term"]  # type: ignore[index]
    killed_at = time.monotonic()
    cluster.kill(leader)
    survivors = [n for n in cluster.nodes.values() if n is not leader]

    def new_leader() -> bool:
        return any((health(n) or {}).get("role") == "leader" for n in survivors)

    assert wait_until(new_leader, timeout=8, interval=0.05), cluster.describe()
    elected_after = time.monotonic() - killed_at
    new = next(n for n in survivors if (health(n) or {}).get("role") == "leader")
    assert health(new)["term"] > old_term  # type: ignore[index]
    assert elected_after < 5.0

    cluster.start(leader)
    cluster.wait_stable(3)
    assert health(leader)["role"] == "follower"  # type: ignore[index]
    ids = {s.id for s in call(cluster.client(leader), lambda c: c.list_services())}
    assert marker.id in ids
    assert wait_until(lambda: core_services(cluster, new)[leader.node_id].colour == "green", 5)


def test_lost_quorum_refuses_writes_with_the_documented_error(cluster: Cluster) -> None:
    cluster.wait_stable(3)
    survivor, *others = list(cluster.nodes.values())
    for node in others:
        cluster.kill(node)
    assert wait_until(lambda: health(survivor)["has_quorum"] is False, timeout=5)  # type: ignore[index]
    started = time.monotonic()
    assert health(survivor) is not None
    assert time.monotonic() - started < 0.5
    with pytest.raises(KumaNoQuorum) as refused:
        call(cluster.client(survivor), lambda c: c.create_service("lost", kind="agent"))
    assert "not enough healthy nodes" in refused.value.message
    assert refused.value.status is not None and refused.value.status >= 500
    assert wait_until(lambda: health(survivor)["role"] != "leader", timeout=5)  # type: ignore[index]
    for node in others:
        cluster.start(node)
    cluster.wait_stable(3)


def test_join_by_id_grows_the_cluster_to_five_voters(cluster: Cluster) -> None:
    leader = cluster.wait_stable(3)
    first = cluster.nodes["core1"]
    for name in ("core4", "core5"):
        service = call(
            cluster.client(leader),
            lambda c, name=name: c.create_service(  # type: ignore[misc]
                f"res-{name}", kind="core", fqdn=f"{name}.lab.local"
            ),
        )
        assert service.colour == "red" and service.name == f"core-{name}.lab.local"
        cluster.start(cluster.add(name, service.id, join=first.ports.join_addr))
    leader = cluster.wait_stable(5, timeout=20)
    assert all(len(health(n)["peers"]) == 4 for n in cluster.nodes.values())  # type: ignore[index]

    def joined_green() -> bool:
        found = core_services(cluster, leader)
        return all(found[cluster.nodes[n].node_id].colour == "green" for n in ("core4", "core5"))

    assert wait_until(joined_green, timeout=8)
    assert len(core_services(cluster, cluster.nodes["core5"])) == 5


def run_joiner(
    cluster: Cluster, node_id: str, raft_port: int | None = None
) -> subprocess.CompletedProcess[str]:
    ports = CorePorts.from_list(free_ports(4))
    if raft_port is not None:
        ports = CorePorts(raft_port, ports.internal, ports.rest, ports.health)
    argv = core_node_argv(
        sys.executable,
        cluster.root / f"joiner-{node_id[:8]}",
        node_id,
        "joiner.lab.local",
        ports,
        cluster.token_file,
        join=cluster.nodes["core2"].ports.join_addr,
    )
    return subprocess.run(argv, capture_output=True, text=True, timeout=40, check=False)


def test_join_with_an_unknown_id_is_refused(cluster: Cluster) -> None:
    cluster.wait_stable(len(cluster.nodes))
    result = run_joiner(cluster, str(uuid.uuid4()))
    assert result.returncode == 2
    assert "unknown service ID" in result.stderr


def test_second_core_on_one_host_is_refused(cluster: Cluster) -> None:
    leader = cluster.wait_stable(len(cluster.nodes))
    with pytest.raises(KumaConflict) as same_fqdn:
        call(
            cluster.client(leader),
            lambda c: c.create_service("again", kind="core", fqdn="CORE4.lab.local"),
        )
    assert "already exists" in same_fqdn.value.message
    spare = call(
        cluster.client(leader),
        lambda c: c.create_service("spare", kind="core", fqdn="spare.lab.local"),
    )
    result = run_joiner(cluster, spare.id, raft_port=cluster.nodes["core3"].ports.raft)
    assert result.returncode == 2
    assert "already runs on" in result.stderr
