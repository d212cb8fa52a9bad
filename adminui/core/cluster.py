"""Records describing clusters and the state of their nodes (pure data, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from adminui.core.sentence import Sentence


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


#: A role as people read it (the interface shows it in its language).
ROLE_NAMES = {
    Role.LEADER: Sentence("leader"),
    Role.FOLLOWER: Sentence("follower"),
    Role.CANDIDATE: Sentence("candidate"),
    Role.SEALED: Sentence("sealed"),
    Role.UNREACHABLE: Sentence("unreachable"),
    Role.UNKNOWN: Sentence("unknown"),
}


def role_name(value: str) -> str:
    """The role ``value`` (a :class:`Role` or its text) as a sentence; other text as it is."""
    try:
        return ROLE_NAMES[Role(value)]
    except ValueError:
        return value


def host_port(url: str) -> str:
    """``https://10.0.0.5:8200/`` as ``10.0.0.5:8200``; text that is no URL as it is."""
    text = url.strip()
    try:
        return urlsplit(text).netloc or text
    except ValueError:
        return text


@dataclass(frozen=True)
class ClusterSpec:
    """A cluster the console watches: its kind, name and node URLs."""

    name: str
    kind: ClusterKind
    node_urls: tuple[str, ...]
    health_urls: tuple[str, ...] = ()  # Core nodes: the Raft health endpoint per node
    environment: str = ""


@dataclass(frozen=True, slots=True)
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
    reason: str = ""  # a few words on why it does not serve ("timeout", "TLS: untrusted")
    voter: bool | None = None  # None: the node does not say
    leader_hint: str = ""  # the leader this node names, if any
    last_contact_s: float | None = None  # since the leader last heard from it
    clock_offset_s: float | None = None  # node clock minus ours
    balancer_answer: str = ""  # what a load balancer's health check sees
    healthy: bool | None = None  # the cluster's own health verdict (autopilot)
    #: The node's own name: its Raft node id (OpenBao) or host name (KUMA Core); "" unknown.
    name: str = ""

    @property
    def label(self) -> str:
        """How people call the node: its name, else its host and port."""
        return self.name or host_port(self.url)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """All nodes of one cluster at one tick."""

    cluster: str
    taken_at: float
    nodes: tuple[NodeState, ...] = field(default_factory=tuple)
    failure_tolerance: int | None = None  # as the cluster reports it, when it does
    #: The storage the nodes keep their data in ("raft", "inmem", "file"…; "" not known).
    storage: str = ""
    #: The cluster's own view of its voters (OpenBao's autopilot) could not be read with
    #: this token: "" read (or not a question, as for KUMA), "refused", "no token".
    voters_unread: str = ""

    @property
    def replicated(self) -> bool:
        """Whether the cluster keeps a Raft quorum (False: one node, other storage)."""
        return self.storage in ("", "raft")

    @property
    def quorum_known(self) -> bool:
        """Whether voters, quorum and failure tolerance were read, not guessed."""
        return self.replicated and not self.voters_unread

    @property
    def leaders(self) -> list[NodeState]:
        return [n for n in self.nodes if n.role is Role.LEADER]

    @property
    def leader(self) -> NodeState | None:
        """The one leader, or None when there is none (or, briefly, two)."""
        leaders = self.leaders
        return leaders[0] if len(leaders) == 1 else None

    def node(self, url: str) -> NodeState | None:
        return next((n for n in self.nodes if n.url == url), None)

    def label_of(self, url: str) -> str:
        """The name of the node at ``url`` (its host and port when it has none)."""
        node = self.node(url)
        return node.label if node is not None else host_port(url)
