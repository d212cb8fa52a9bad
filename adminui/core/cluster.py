"""Records describing clusters and the state of their nodes (pure data, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ClusterKind(StrEnum):
    OPENBAO = "openbao"
    CORE = "core"


class Role(StrEnum):
    """What a node is in its Raft cluster, as far as the console can tell."""

    LEADER = "leader"
    FOLLOWER = "follower"  # OpenBao calls it a standby
    CANDIDATE = "candidate"  # reachable, but knows no live leader
    SEALED = "sealed"
    UNREACHABLE = "unreachable"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ClusterSpec:
    """A cluster the console watches: its kind, name and node URLs."""

    name: str
    kind: ClusterKind
    node_urls: tuple[str, ...]
    health_urls: tuple[str, ...] = ()  # Core nodes: the Raft health endpoint per node
    environment: str = ""


@dataclass(frozen=True)
class NodeState:
    """One node at one moment."""

    url: str
    role: Role
    term: int | None = None
    commit_index: int | None = None
    applied_index: int | None = None
    version: str = ""
    latency_s: float | None = None
    error: str = ""
    voter: bool | None = None  # None: the node does not say
    leader_hint: str = ""  # the leader this node names, if any


@dataclass(frozen=True)
class Snapshot:
    """All nodes of one cluster at one tick."""

    cluster: str
    taken_at: float
    nodes: tuple[NodeState, ...] = field(default_factory=tuple)

    @property
    def leaders(self) -> list[NodeState]:
        return [n for n in self.nodes if n.role is Role.LEADER]
