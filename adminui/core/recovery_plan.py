"""Recovery plans for a Raft cluster that lost quorum (F28).

For OpenBao/Vault the console remembers the last Raft configuration it saw (each
server's id, cluster address, API address, voter flag) and each node's last applied
index. When a majority of the voters is gone, :func:`openbao_plan` names the node to keep
(the highest applied index, among the nodes still running when any are), the
``raft/peers.json`` that makes it a cluster of one, and the steps in order. For KUMA Core,
:func:`kuma_plan` is the documented procedure: on the node kept, ``raft/.reset`` and a
start without ``--raft.join``; the others removed and joined again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from adminui.core.quorum import quorum_size
from adminui.core.sentence import Sentence


@dataclass(frozen=True)
class RememberedServer:
    """One server of the last Raft configuration seen."""

    node_id: str
    cluster_address: str  # host:port, as the Raft configuration names it
    api_url: str = ""  # '' when ha-status did not name it
    voter: bool = True


@dataclass(frozen=True)
class RaftMemory:
    """What the console last knew about a cluster's Raft membership."""

    cluster: str
    servers: tuple[RememberedServer, ...] = ()
    applied: dict[str, int] = field(default_factory=dict)  # API URL → last applied index
    seen_at: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "cluster": self.cluster,
            "servers": [
                {
                    "node_id": s.node_id,
                    "cluster_address": s.cluster_address,
                    "api_url": s.api_url,
                    "voter": s.voter,
                }
                for s in self.servers
            ],
            "applied": dict(self.applied),
            "seen_at": self.seen_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> RaftMemory:
        servers = data.get("servers") or []
        applied = data.get("applied") or {}
        if not isinstance(servers, list) or not isinstance(applied, dict):
            raise ValueError("not a Raft memory")
        return cls(
            str(data["cluster"]),
            tuple(
                RememberedServer(
                    str(s["node_id"]),
                    str(s["cluster_address"]),
                    str(s.get("api_url", "")),
                    bool(s.get("voter", True)),
                )
                for s in servers
            ),
            {str(k): int(v) for k, v in applied.items()},
            float(data.get("seen_at", 0.0)),  # type: ignore[arg-type]
        )

    @property
    def voters(self) -> list[RememberedServer]:
        return [s for s in self.servers if s.voter]


@dataclass(frozen=True)
class Candidate:
    """A voter that could be kept: its last applied index and whether it runs now."""

    server: RememberedServer
    applied: int | None
    answers: bool


@dataclass(frozen=True)
class RecoveryPlan:
    """Which node to keep, the file that makes it a cluster of one, and the steps."""

    needed: bool
    why: str
    keep: Candidate | None = None
    candidates: tuple[Candidate, ...] = ()
    peers_json: str = ""
    steps: tuple[str, ...] = ()


def rank(candidate: Candidate) -> tuple[int, int, str]:
    """The order in which nodes are worth keeping: running first, then by applied index."""
    return (int(candidate.answers), candidate.applied or -1, candidate.server.node_id)


def openbao_plan(memory: RaftMemory, answering: set[str], has_leader: bool) -> RecoveryPlan:
    """The plan for an OpenBao/Vault cluster; ``answering``: API URLs of the nodes that
    answer now; ``has_leader``: whether one of them is the active node."""
    voters = memory.voters
    if not voters:
        return RecoveryPlan(
            False,
            Sentence(
                "The console has not seen this cluster's Raft configuration yet: open this "
                "plan once while the cluster is healthy so that it can remember it."
            ),
        )
    alive = [v for v in voters if v.api_url in answering]
    needed = quorum_size(len(voters))
    candidates = tuple(
        sorted(
            (Candidate(v, memory.applied.get(v.api_url), v.api_url in answering) for v in voters),
            key=rank,
            reverse=True,
        )
    )
    if has_leader or len(alive) >= needed:
        return RecoveryPlan(
            False,
            Sentence(
                "{0} of {1} voters answer and {2} are needed: the cluster has quorum, no "
                "recovery is needed.",
                len(alive),
                len(voters),
                needed,
            ),
            candidates=candidates,
        )
    keep = candidates[0]
    peers = [
        {"id": keep.server.node_id, "address": keep.server.cluster_address, "non_voter": False}
    ]
    others = [c.server.node_id for c in candidates[1:]]
    name = keep.server.node_id
    steps = [
        Sentence(
            "Make sure the lost nodes ({0}) stay stopped: if they come back during the "
            "recovery they would form a second cluster.",
            ", ".join(others) or "—",
        ),
        Sentence("Stop OpenBao on {0} ({1}).", name, keep.server.api_url or name),
        Sentence(
            'On {0}, write the file below as raft/peers.json inside the storage "raft" '
            "path of its configuration (owned by the OpenBao user).",
            name,
        ),
        Sentence(
            "Start OpenBao on {0} and unseal it: it reads peers.json (and removes it) and "
            "becomes the active node of a cluster of one.",
            name,
        ),
        Sentence("Check that {0} is active and that recent data reads back.", name),
        Sentence(
            "On each other node: stop it, move its Raft data directory aside, start it, "
            "join it to {0} (Raft peers → Join a node) and unseal it.",
            name,
        ),
        Sentence("Save a fresh snapshot once the cluster is healthy again."),
    ]
    why = Sentence(
        "Quorum lost: {0} of {1} voters answer and {2} are needed; no node can become "
        "active. Keep {3}: it has the highest applied index ({4}){5}.",
        len(alive),
        len(voters),
        needed,
        name,
        "?" if keep.applied is None else keep.applied,
        Sentence(" and still runs") if keep.answers else "",
    )
    return RecoveryPlan(
        True, why, keep, candidates, json.dumps(peers, indent=2) + "\n", tuple(steps)
    )


def kuma_plan(
    node_ids: list[str],
    answering: set[str],
    keep: str,
    has_leader: bool = False,
    candidates: tuple[Candidate, ...] = (),
) -> RecoveryPlan:
    """The documented recovery of a KUMA Core cluster that lost its majority, keeping
    Core node ``keep``; ``node_ids``: every Core node; ``answering``: those that answer
    now; ``candidates``: the nodes with their applied indexes, the one kept first."""
    others = [n for n in node_ids if n != keep]
    steps = [
        Sentence(
            "On {0}: create the empty file raft/.reset in the Core's directory "
            "(touch <core directory>/raft/.reset).",
            keep,
        ),
        Sentence(
            "On {0}: remove --raft.join from the Core unit's command line, run systemctl "
            "daemon-reload and start the Core: it starts as a cluster of one with its data.",
            keep,
        ),
        Sentence("Check that {0} leads and that the Core's data reads back.", keep),
        Sentence(
            "Remove the lost Core services ({0}) in the console (Core services → Remove); "
            "on each of their hosts stop kuma-core-<ID>.service and delete its unit and "
            "directory.",
            ", ".join(others) or "—",
        ),
        Sentence("Add new Core services and join them to {0}.", keep),
    ]
    needed = quorum_size(len(node_ids))
    alive = [n for n in node_ids if n in answering]
    why = Sentence(
        "{0} of {1} Core nodes answer and {2} are needed.", len(alive), len(node_ids), needed
    )
    if has_leader or len(alive) >= needed:
        why = Sentence(
            "{0} of {1} Core nodes answer and {2} are needed: the cluster has quorum, no "
            "recovery is needed.",
            len(alive),
            len(node_ids),
            needed,
        )
        return RecoveryPlan(False, why, candidates=candidates)
    kept = next((c for c in candidates if c.server.node_id == keep), None)
    return RecoveryPlan(True, why, kept, candidates, steps=tuple(steps))
