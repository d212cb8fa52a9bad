"""The lab's Core cluster: three KUMA-compatible Core nodes on real Raft (PySyncObj).

Each node is a process of :mod:`adminui.lab.core_node` with four ports on 127.0.0.1:
Raft, internal (joins), REST API v3 and health. The first three nodes bootstrap as one
static cluster; further nodes join by service ID as in KUMA.
"""

from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

from adminui.lab.core_node.launch import FIRST_CORE_ID, CorePorts, core_node_argv
from adminui.lab.procs import (
    LabError,
    ProcessRecord,
    ensure_ports_free,
    spawn,
    wait_started,
    wait_until,
    write_private,
)
from adminui.lab.state import LabState

HOST = "127.0.0.1"
INITIAL_NODES = 3
PORTS_PER_NODE = 4
TOKEN_FILE = "core-token"


def initial_names() -> list[str]:
    return [f"core{i}" for i in range(1, INITIAL_NODES + 1)]


@dataclass(frozen=True)
class CoreNode:
    """One Core node of the lab."""

    name: str
    node_id: str
    fqdn: str
    raft_port: int
    internal_port: int
    rest_port: int
    health_port: int
    directory: Path

    @property
    def raft_addr(self) -> str:
        return f"{HOST}:{self.raft_port}"

    @property
    def join_addr(self) -> str:
        return f"{HOST}:{self.internal_port}"

    @property
    def rest_url(self) -> str:
        return f"http://{HOST}:{self.rest_port}"

    @property
    def health_url(self) -> str:
        return f"http://{HOST}:{self.health_port}/health"

    @property
    def log_path(self) -> Path:
        return self.directory / "core.log"


def assign_ports(state: LabState, ports: list[int]) -> None:
    """Record ports and identities of the initial nodes in ``state``."""
    for i, name in enumerate(initial_names()):
        chunk = ports[i * PORTS_PER_NODE : (i + 1) * PORTS_PER_NODE]
        state.ports[name] = dict(zip(("raft", "internal", "rest", "health"), chunk, strict=True))
        node_id = FIRST_CORE_ID if i == 0 else str(uuid.uuid4())
        state.extra.setdefault("core_ids", {})[name] = node_id


def nodes_from_state(state: LabState, root: Path) -> list[CoreNode]:
    ids: dict[str, str] = state.extra.get("core_ids", {})
    nodes = []
    for name, node_id in ids.items():
        ports = state.ports[name]
        nodes.append(
            CoreNode(
                name,
                node_id,
                f"{name}.lab.local",
                ports["raft"],
                ports["internal"],
                ports["rest"],
                ports["health"],
                root / name,
            )
        )
    return nodes


def node_by_name(nodes: list[CoreNode], name: str) -> CoreNode | None:
    return next((n for n in nodes if n.name == name), None)


def argv(node: CoreNode, token_file: Path, peers: list[CoreNode]) -> list[str]:
    """The bootstrap command line of ``node``, with the other initial nodes as peers."""
    return core_node_argv(
        sys.executable,
        node.directory,
        node.node_id,
        node.fqdn,
        CorePorts(node.raft_port, node.internal_port, node.rest_port, node.health_port),
        token_file,
        peers=[p.raft_addr for p in peers if p.name != node.name],
    )


def _token_file(root: Path, state: LabState) -> Path:
    path = root / TOKEN_FILE
    if not path.exists():
        write_private(path, state.secrets["core_token"])
    return path


def start_node(node: CoreNode, state: LabState) -> ProcessRecord:
    root = node.directory.parent
    node.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    peers = nodes_from_state(state, root)
    ensure_ports_free(
        node.name, (node.raft_port, node.internal_port, node.rest_port, node.health_port)
    )
    record = spawn(node.name, argv(node, _token_file(root, state), peers), node.log_path)
    wait_started(record, lambda: _health(node) is not None, 20.0, f"answering {node.health_url}")
    return record


def start_initial(state: LabState, root: Path) -> list[ProcessRecord]:
    return [start_node(node, state) for node in nodes_from_state(state, root)]


def _health(node: CoreNode) -> dict[str, object] | None:
    try:
        response = httpx.get(node.health_url, timeout=httpx.Timeout(2.0, connect=0.5))
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    data = response.json()
    return data if isinstance(data, dict) else None


def role(node: CoreNode) -> str:
    """'leader', 'follower', 'candidate' or 'unreachable'."""
    health = _health(node)
    return str(health.get("role", "unknown")) if health else "unreachable"


def wait_ready(nodes: list[CoreNode], timeout: float) -> None:
    """Wait until exactly one node leads and every node knows it."""

    def ready() -> bool:
        healths = [_health(n) for n in nodes]
        if any(h is None for h in healths):
            return False
        leaders = [h for h in healths if h and h.get("role") == "leader"]
        return len(leaders) == 1 and all(h and h.get("leader") for h in healths)

    if not wait_until(ready, timeout=timeout, interval=0.1):
        details = ", ".join(f"{n.name}: {role(n)}" for n in nodes)
        raise LabError(f"The Core cluster elected no leader within {timeout:.0f} s ({details}).")
