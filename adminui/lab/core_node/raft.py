"""The Raft side of a node: PySyncObj set-up and a snapshot of its state."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pysyncobj import SyncObj, SyncObjConf

from adminui.lab.core_node.registry import Registry

ROLES = {0: "follower", 1: "candidate", 2: "leader"}
MEMBERS_FILE = "members.json"


def raft_conf(data_dir: Path) -> Any:
    """PySyncObj settings: persistent journal and fast elections on loopback.

    A dead leader's followers see its connection drop at once and vote after
    0.5–1.0 s; a leader that hears no majority for 1.5 s steps down.
    """
    return SyncObjConf(
        dynamicMembershipChange=True,
        journalFile=str(data_dir / "raft.journal"),
        fullDumpFile=str(data_dir / "raft.dump"),
        useFork=False,
        raftMinTimeout=0.5,
        raftMaxTimeout=1.0,
        appendEntriesPeriod=0.1,
        connectionTimeout=1.5,
        connectionRetryTime=0.5,
        leaderFallbackTimeout=1.5,
        autoTickPeriod=0.05,
    )


def start_raft(self_addr: str, partners: Iterable[str], data_dir: Path, registry: Registry) -> Any:
    """Start PySyncObj (it ticks in a thread of its own)."""
    others = sorted({p for p in partners if p and p != self_addr})
    return SyncObj(self_addr, others, conf=raft_conf(data_dir), consumers=[registry])


@dataclass(frozen=True)
class Peer:
    address: str
    connected: bool


@dataclass(frozen=True)
class RaftView:
    """What one node knows about Raft at one tick."""

    role: str
    term: int
    commit_index: int
    applied_index: int
    leader: str | None
    has_quorum: bool
    self_addr: str
    peers: tuple[Peer, ...]

    @property
    def is_leader(self) -> bool:
        return self.role == "leader"

    @property
    def members(self) -> frozenset[str]:
        return frozenset({self.self_addr, *(p.address for p in self.peers)})

    @classmethod
    def starting(cls, self_addr: str) -> RaftView:
        return cls("follower", 0, 0, 0, None, False, self_addr, ())


def _addr(node: Any) -> str | None:
    return None if node is None else str(getattr(node, "id", node))


def view_of(syncobj: Any) -> RaftView:
    """Read PySyncObj's status (call from its tick thread)."""
    status: dict[str, Any] = syncobj.getStatus()
    prefix = "partner_node_status_server_"
    peers = tuple(
        sorted(
            (
                Peer(key[len(prefix) :], value == 2)
                for key, value in status.items()
                if key.startswith(prefix)
            ),
            key=lambda p: p.address,
        )
    )
    return RaftView(
        role=ROLES.get(int(status["state"]), "unknown"),
        term=int(status["raft_term"]),
        commit_index=int(status["commit_idx"]),
        applied_index=int(status["last_applied"]),
        leader=_addr(status["leader"]),
        has_quorum=bool(status["has_quorum"]),
        self_addr=str(_addr(status["self"])),
        peers=peers,
    )


def load_members(data_dir: Path) -> list[str]:
    """Raft addresses this node last knew as members ([] when never saved)."""
    try:
        data = json.loads((data_dir / MEMBERS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(a) for a in data] if isinstance(data, list) else []


def save_members(data_dir: Path, members: Iterable[str]) -> None:
    """Remember the members, so a restarted node finds its cluster again."""
    tmp = data_dir / (MEMBERS_FILE + ".tmp")
    tmp.write_text(json.dumps(sorted(members)), encoding="utf-8")
    os.replace(tmp, data_dir / MEMBERS_FILE)
