"""The Raft side of a node: PySyncObj set-up and a snapshot of its state."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pysyncobj import SyncObj, SyncObjConf
from pysyncobj.journal import FileJournal
from pysyncobj.transport import Transport

from adminui.lab.core_node.launch import reset_marker
from adminui.lab.core_node.registry import Registry

ROLES = {0: "follower", 1: "candidate", 2: "leader"}
MEMBERS_FILE = "members.json"
JOURNAL = "raft.journal"
DUMP = "raft.dump"
# Everything PySyncObj keeps on disk (it stores term and commit index next to the journal).
RAFT_FILES = (JOURNAL, JOURNAL + ".meta", DUMP)
RESET_TIMEOUT = 10.0


def raft_conf(data_dir: Path, **overrides: Any) -> Any:
    """PySyncObj settings: persistent journal and fast elections on loopback.

    A dead leader's followers see its connection drop at once and vote after
    0.5–1.0 s; a leader that hears no majority for 1.5 s steps down.
    """
    settings: dict[str, Any] = {
        "dynamicMembershipChange": True,
        "journalFile": str(data_dir / JOURNAL),
        "fullDumpFile": str(data_dir / DUMP),
        "useFork": False,
        "raftMinTimeout": 0.5,
        "raftMaxTimeout": 1.0,
        "appendEntriesPeriod": 0.1,
        "connectionTimeout": 1.5,
        "connectionRetryTime": 0.5,
        "leaderFallbackTimeout": 1.5,
        "autoTickPeriod": 0.05,
    }
    return SyncObjConf(**(settings | overrides))


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


# -- reset to a cluster of one (KUMA: touch <core dir>/raft/.reset) ------------------


class _Offline(Transport):  # type: ignore[misc]
    """A transport that reaches no one: a reset reads and writes journals alone."""

    def send(self, node: Any, message: Any) -> bool:
        return False


def _offline(self_addr: str | None, data_dir: Path, registry: Registry) -> Any:
    """A SyncObj on the files in ``data_dir`` that ticks only when told (``None``: read-only)."""
    conf = raft_conf(
        data_dir, autoTick=False, appendEntriesPeriod=0.01, raftMinTimeout=0.05, raftMaxTimeout=0.1
    )
    return SyncObj(self_addr, [], conf=conf, consumers=[registry], transportClass=_Offline)


def _tick_until(syncobj: Any, done: Callable[[], bool], what: str) -> None:
    """Tick at least once (the full dump loads on the first tick), then until ``done``."""
    deadline = time.monotonic() + RESET_TIMEOUT
    syncobj.doTick(0.0)
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"raft reset: {what} did not finish in {RESET_TIMEOUT:.0f} s")
        syncobj.doTick(0.01)


def _commit_whole_journal(data_dir: Path) -> None:
    """Mark every entry of the journal in ``data_dir`` committed, so a replay applies all.

    PySyncObj stores the commit index about once a second, so the last writes a client saw
    succeed may lie beyond it; and had this node won an election with this journal, Raft
    would have committed all of it anyway.
    """
    journal = FileJournal(str(data_dir / JOURNAL))
    if len(journal):
        journal.setRaftCommitIndex(journal[-1][1])
        journal.onOneSecondTimer()  # stores the meta file
    journal._destroy()


def _build_single(self_addr: str, old: Path, new: Path) -> None:
    """Replay the journal and dump in ``old``; write a one-member journal to ``new``.

    The new journal's first leader is this node alone and its full dump holds the state,
    so a later restart (and any node that joins later) gets the state from the dump.
    """
    _commit_whole_journal(old)
    registry = Registry()
    replay = _offline(None, old, registry)
    _tick_until(replay, lambda: replay.raftLastApplied >= replay.raftCommitIndex, "replay")
    replay.destroy()
    fresh = _offline(self_addr, new, registry)

    def dumped() -> bool:
        if view_of(fresh).is_leader and fresh.raftLastApplied >= fresh.raftCommitIndex:
            fresh.forceLogCompaction()
        return (new / DUMP).exists()

    _tick_until(fresh, dumped, "the new journal")
    fresh.destroy()


def reset_to_single(self_addr: str, data_dir: Path) -> None:
    """Apply ``raft/.reset``: make this node a cluster of one that keeps its data.

    Starting with no partners is not enough: PySyncObj keeps the members in its full dump
    and joins in its journal, and replaying them would bring the lost members back. So the
    journal is rebuilt (:func:`_build_single`, on copies, in ``raft/reset.tmp``) and the
    finished set is renamed to ``raft/reset.ready`` before it replaces the live files.
    The marker goes last, so a crash at any step is resumed by the next start.
    """
    marker = reset_marker(data_dir)
    ready = marker.parent / "reset.ready"
    if not ready.is_dir():
        work = marker.parent / "reset.tmp"
        shutil.rmtree(work, ignore_errors=True)
        (work / "old").mkdir(parents=True)
        (work / "new").mkdir()
        for name in RAFT_FILES:
            if (data_dir / name).exists():
                shutil.copy2(data_dir / name, work / "old" / name)
        _build_single(self_addr, work / "old", work / "new")
        os.replace(work / "new", ready)
        shutil.rmtree(work)
    for name in RAFT_FILES:  # all three are written; one moved already is no longer there
        if (ready / name).exists():
            os.replace(ready / name, data_dir / name)
    save_members(data_dir, [self_addr])
    shutil.rmtree(ready)
    marker.unlink(missing_ok=True)
