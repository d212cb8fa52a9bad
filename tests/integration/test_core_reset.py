"""KUMA's recovery after the majority of Core nodes is lost: ``<core dir>/raft/.reset``.

The test starts three nodes of its own: two bootstrap with ``--peers`` and the third
joins by service ID (so the survivor's journal holds a membership change, which a plain
restart without partners would replay). It loses two of them and resets the survivor.
"""

from __future__ import annotations

import json
import secrets
import signal
import sys
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from adminui.lab.core_node.apierror import NO_QUORUM
from adminui.lab.core_node.launch import FIRST_CORE_ID, CorePorts, core_node_argv, reset_marker
from adminui.lab.procs import ProcessRecord, free_ports, kill, log_tail, spawn, stop, wait_until

pytestmark = [pytest.mark.lab, pytest.mark.slow]

TIMEOUT = httpx.Timeout(8.0, connect=1.0)


@dataclass
class Node:
    name: str
    node_id: str
    ports: CorePorts
    directory: Path
    record: ProcessRecord | None = None


class Lab:
    """Nodes started by this test; each is stopped by its PID at the end."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.token = secrets.token_urlsafe(24)
        self.token_file = root / "token"
        self.token_file.touch(mode=0o600)
        self.token_file.write_text(self.token, encoding="utf-8")
        self.records: list[ProcessRecord] = []

    def node(self, name: str, node_id: str) -> Node:
        return Node(name, node_id, CorePorts.from_list(free_ports(4)), self.root / name)

    def spawn(self, node: Node, peers: Sequence[Node] = (), join: Node | None = None) -> None:
        argv = core_node_argv(
            sys.executable,
            node.directory,
            node.node_id,
            f"{node.name}.lab.local",
            node.ports,
            self.token_file,
            peers=[p.ports.raft_addr for p in peers],
            join=join.ports.join_addr if join else None,
        )
        node.record = spawn(node.name, argv, node.directory / "core.log")
        self.records.append(node.record)

    def wait_up(self, node: Node) -> None:
        if not wait_until(lambda: health(node) is not None, timeout=20, interval=0.05):
            pytest.fail(f"{node.name} did not start:\n{log_tail(node.directory / 'core.log')}")

    def stop_all(self) -> None:
        for record in self.records:
            stop(record, sig=signal.SIGTERM, timeout=5)

    def rest(self, node: Node, method: str, path: str, body: Any = None) -> httpx.Response:
        return httpx.request(
            method,
            f"{node.ports.rest_url}{path}",
            json=body,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=TIMEOUT,
        )


def health(node: Node) -> dict[str, Any] | None:
    try:
        response = httpx.get(node.ports.health_url, timeout=httpx.Timeout(1.0, connect=0.3))
    except httpx.HTTPError:
        return None
    data = response.json()
    return data if response.status_code == 200 and isinstance(data, dict) else None


def stable(nodes: list[Node]) -> bool:
    """One leader that every node follows, connected to all the others."""
    states = [health(n) for n in nodes]
    if any(s is None for s in states):
        return False
    leaders = [s for s in states if s and s["role"] == "leader"]
    return (
        len(leaders) == 1
        and all(s and s["leader"] == leaders[0]["self"] for s in states)
        and len(leaders[0]["peers"]) == len(nodes) - 1
        and all(p["connected"] for p in leaders[0]["peers"])
    )


def resource_ids(lab: Lab, node: Node) -> set[str]:
    response = lab.rest(node, "GET", "/api/v3/services")
    assert response.status_code == 200, response.text
    return {s["resourceID"] for s in response.json()}


def create(lab: Lab, node: Node, **body: str) -> httpx.Response:
    return lab.rest(node, "POST", "/api/v3/services/create", body)


def wait_leads_alone(node: Node) -> None:
    """Wait until ``node`` leads a cluster of one (it has quorum and no peers)."""

    def alone() -> bool:
        state = health(node) or {}
        return state.get("role") == "leader" and state.get("has_quorum") is True

    if not wait_until(alone, timeout=10, interval=0.05):
        pytest.fail(f"{node.name} did not lead:\n{log_tail(node.directory / 'core.log')}")
    assert health(node)["peers"] == []  # type: ignore[index]


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    the_lab = Lab(tmp_path)
    try:
        yield the_lab
    finally:
        the_lab.stop_all()


def three_nodes(lab: Lab) -> tuple[Node, Node, Node]:
    """core1 and core2 bootstrap with --peers; core3 joins by its service ID (so the
    survivor's journal holds a membership change); returns once one leader leads all."""
    core1, core2 = lab.node("core1", FIRST_CORE_ID), lab.node("core2", str(uuid.uuid4()))
    lab.spawn(core1, peers=[core2])
    lab.spawn(core2, peers=[core1])
    lab.wait_up(core1)
    lab.wait_up(core2)
    assert wait_until(lambda: stable([core1, core2]), timeout=15, interval=0.1)
    service = create(lab, core1, resourceID="res-core3", kind="core", fqdn="core3.lab.local")
    assert service.status_code == 200, service.text
    core3 = lab.node("core3", service.json()["id"])
    lab.spawn(core3, join=core1)
    lab.wait_up(core3)
    assert wait_until(lambda: stable([core1, core2, core3]), timeout=15, interval=0.1)
    return core1, core2, core3


def test_reset_turns_the_survivor_into_a_cluster_of_one_with_its_data(lab: Lab) -> None:
    core1, core2, core3 = three_nodes(lab)

    kept = create(lab, core2, resourceID="res-kept", kind="collector", name="Kept")
    assert kept.status_code == 200, kept.text
    assert wait_until(lambda: "res-kept" in resource_ids(lab, core1), timeout=5)

    # The majority is lost: the survivor refuses writes.
    for lost in (core2, core3):
        assert lost.record is not None
        kill(lost.record)
    assert wait_until(lambda: (health(core1) or {}).get("has_quorum") is False, timeout=5)
    refused = create(lab, core1, resourceID="res-lost", kind="agent")
    assert refused.status_code == 503 and refused.json()["message"] == NO_QUORUM

    # KUMA's recovery: stop it, touch raft/.reset, start it without --peers / --raft-join.
    assert core1.record is not None
    stop(core1.record, sig=signal.SIGTERM, timeout=5)
    marker = reset_marker(core1.directory)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    lab.spawn(core1)
    lab.wait_up(core1)

    wait_leads_alone(core1)
    assert not marker.exists()
    members = json.loads((core1.directory / "members.json").read_text(encoding="utf-8"))
    assert members == [core1.ports.raft_addr]
    assert "cluster of one" in (core1.directory / "core.log").read_text(encoding="utf-8")
    ids = resource_ids(lab, core1)
    assert {"res-kept", "res-core3"} <= ids and "res-lost" not in ids
    after = create(lab, core1, resourceID="res-after", kind="agent")
    assert after.status_code == 200, after.text

    # A later restart (marker gone) keeps the one-node cluster and all the data.
    stop(core1.record, sig=signal.SIGTERM, timeout=5)
    lab.spawn(core1)
    lab.wait_up(core1)
    wait_leads_alone(core1)
    assert {"res-kept", "res-after"} <= resource_ids(lab, core1)
    assert create(lab, core1, resourceID="res-again", kind="agent").status_code == 200
    assert (core1.directory / "core.log").read_text(encoding="utf-8").count("cluster of one") == 1
