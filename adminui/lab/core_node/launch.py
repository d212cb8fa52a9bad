"""How to start a Core node process: its ports and its command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
FIRST_CORE_ID = "00000000-0000-0000-0000-000000000000"


def reset_marker(data_dir: Path) -> Path:
    """KUMA's ``<core dir>/raft/.reset``: touched, the node restarts as a cluster of one."""
    return data_dir / "raft" / ".reset"


@dataclass(frozen=True)
class CorePorts:
    """The four ports of one Core node (all on 127.0.0.1)."""

    raft: int
    internal: int
    rest: int
    health: int

    @classmethod
    def from_list(cls, ports: Sequence[int]) -> CorePorts:
        """Build from four ports in the order raft, internal, rest, health."""
        raft, internal, rest, health = ports
        return cls(raft, internal, rest, health)

    @property
    def raft_addr(self) -> str:
        return f"{HOST}:{self.raft}"

    @property
    def join_addr(self) -> str:
        """The address other nodes give to ``--raft-join``."""
        return f"{HOST}:{self.internal}"

    @property
    def rest_url(self) -> str:
        return f"http://{HOST}:{self.rest}"

    @property
    def health_url(self) -> str:
        return f"http://{HOST}:{self.health}/health"


def core_node_argv(
    python: str,
    data_dir: Path,
    node_id: str,
    fqdn: str,
    ports: CorePorts,
    token_file: Path,
    *,
    peers: Sequence[str] = (),
    join: str | None = None,
) -> list[str]:
    """The command line of one Core node.

    ``peers`` are the Raft addresses (``host:port``) of the other bootstrap members;
    ``join`` is the internal address (``host:port``) of a running node to join through.
    Give one or the other (a lone bootstrap node gets neither).
    """
    if peers and join:
        raise ValueError("give peers or join, not both")
    argv = [
        python, "-m", "adminui.lab.core_node",
        "--data-dir", str(data_dir),
        "--id", node_id,
        "--fqdn", fqdn,
        "--raft-port", str(ports.raft),
        "--internal-port", str(ports.internal),
        "--rest-port", str(ports.rest),
        "--health-port", str(ports.health),
        "--token-file", str(token_file),
    ]  # fmt: skip
    if peers:
        argv += ["--peers", ",".join(peers)]
    if join:
        argv += ["--raft-join", join]
    return argv
