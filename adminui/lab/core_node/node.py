"""One running Core node: Raft state, housekeeping on each tick, writes and joins."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pysyncobj import SyncObjException

from adminui.lab.core_node.apierror import ApiError, no_quorum, not_ready
from adminui.lab.core_node.clock import now_pair
from adminui.lab.core_node.launch import HOST, CorePorts
from adminui.lab.core_node.raft import RaftView, save_members, view_of
from adminui.lab.core_node.records import VERSION, own_core_record
from adminui.lab.core_node.registry import Registry
from adminui.lab.core_node.state import CORE_KIND, Outcome

log = logging.getLogger("core_node")

WRITE_TIMEOUT = 5.0
HOUSEKEEPING_PERIOD = 0.5
MEMBERSHIP_ATTEMPTS = 20


@dataclass(frozen=True)
class NodeConfig:
    """Settings of one node, from its command line."""

    data_dir: Path
    node_id: str
    fqdn: str
    ports: CorePorts
    token: str = field(repr=False)
    peers: tuple[str, ...] = ()
    join: str | None = None

    @property
    def raft_addr(self) -> str:
        return self.ports.raft_addr


class CoreNode:
    """The node's behaviour; the HTTP handlers call into it."""

    def __init__(self, config: NodeConfig, registry: Registry) -> None:
        self.config = config
        self.registry = registry
        self.syncobj: Any = None
        self._view = RaftView.starting(config.raft_addr)
        self._next_housekeeping = 0.0
        self._saved_members: frozenset[str] = frozenset()
        self._busy: set[str] = set()
        self._last_problem = ""

    def attach(self, syncobj: Any) -> None:
        """Start following ``syncobj``'s ticks."""
        self.syncobj = syncobj
        syncobj.addOnTickCallback(self._on_tick)

    @property
    def view(self) -> RaftView:
        return self._view

    # -- tick thread ---------------------------------------------------------

    def _on_tick(self) -> None:
        old = self._view
        self._view = view = view_of(self.syncobj)
        if (old.role, old.leader, old.term) != (view.role, view.leader, view.term):
            log.info("raft: %s, term %d, leader %s", view.role, view.term, view.leader)
        if time.monotonic() < self._next_housekeeping:
            return
        self._next_housekeeping = time.monotonic() + HOUSEKEEPING_PERIOD
        if view.members != self._saved_members and view.role != "candidate":
            save_members(self.config.data_dir, view.members)
            self._saved_members = view.members
        if view.leader is not None:
            self._register_self()
            if view.is_leader:
                self._update_statuses(view)

    def _async(self, name: str, command: Callable[..., Any], *args: Any) -> None:
        """Send a command unless the previous one of that name is still under way."""
        if name in self._busy:
            return
        self._busy.add(name)

        def done(result: Any, error: Any) -> None:
            self._busy.discard(name)
            problem = ""
            if error:
                problem = f"{name} failed (raft error {error})"
            elif isinstance(result, Outcome) and result.error is not None:
                problem = f"{name} refused: {result.error.message}"
            if problem and problem != self._last_problem:
                log.warning("%s", problem)
            self._last_problem = problem

        command(*args, callback=done)

    def _register_self(self) -> None:
        cfg = self.config
        if self.registry.members().get(cfg.node_id) == cfg.raft_addr:
            return
        now_iso, now = now_pair()
        address = f"{HOST}:{cfg.ports.internal}"
        record = own_core_record(cfg.node_id, cfg.fqdn, address, cfg.ports.rest, now_iso, now)
        self._async("register", self.registry.register_core, record, cfg.raft_addr, now)

    def _update_statuses(self, view: RaftView) -> None:
        connected = {p.address for p in view.peers if p.connected} | {view.self_addr}
        services = {s["id"]: s for s in self.registry.services()}
        changes: dict[str, str] = {}
        for sid, addr in self.registry.members().items():
            svc = services.get(sid)
            if svc is None or svc.get("kind") != CORE_KIND:
                continue
            wanted = "green" if addr in connected else "red"
            if svc.get("status") != wanted:
                changes[sid] = wanted
        if changes:
            now_iso, now = now_pair()
            self._async("statuses", self.registry.set_statuses, changes, now_iso, now)

    # -- request threads -----------------------------------------------------

    def check_writable(self) -> None:
        view = self._view
        if not view.has_quorum:
            raise no_quorum(f"{self.config.raft_addr} reaches too few Raft members")
        if view.leader is None:
            raise not_ready()

    def write(self, command: Callable[..., Any], *args: Any) -> dict[str, Any]:
        """Run a replicated command through the leader and wait for its outcome."""
        self.check_writable()
        try:
            outcome = command(*args, sync=True, timeout=WRITE_TIMEOUT)
        except SyncObjException as exc:
            raise not_ready(f"the command was not committed ({exc})") from None
        if not isinstance(outcome, Outcome):
            raise not_ready("the command was not applied")
        if outcome.error is not None:
            raise outcome.error
        return outcome.service or {}

    def _membership(self, change: Callable[..., Any], addr: str) -> bool:
        """Run a membership change; retried while an earlier change is uncommitted."""
        for _ in range(MEMBERSHIP_ATTEMPTS):
            done = threading.Event()
            errors: list[Any] = []

            def callback(
                _result: Any, error: Any, done: threading.Event = done, errors: list[Any] = errors
            ) -> None:
                errors.append(error)
                done.set()

            change(addr, callback=callback)
            if done.wait(WRITE_TIMEOUT) and errors and not errors[0]:
                return True
            time.sleep(0.25)
        return False

    def join(self, sid: str, raft_addr: str, extra: dict[str, str]) -> dict[str, Any]:
        """Bind Core service ``sid`` to a new node and add the node to the cluster."""
        self.check_writable()
        table = self.registry.snapshot()
        view = self._view
        if table.members.get(sid) != raft_addr:
            owner = table.owner_of(raft_addr)
            if raft_addr in view.members or owner is not None:
                raise ApiError(409, f"a core node already runs on {raft_addr}", owner)
            now_iso, now = now_pair()
            service = self.write(self.registry.bind, sid, raft_addr, now_iso, now, extra)
        else:
            service = self.registry.snapshot().public(sid, time.time())
        if raft_addr not in self._view.members and not self._membership(
            self.syncobj.addNodeToCluster, raft_addr
        ):
            now_iso, _ = now_pair()
            self.registry.unbind(sid, raft_addr, now_iso, sync=True, timeout=WRITE_TIMEOUT)
            raise not_ready(f"could not add {raft_addr} to the Raft cluster")
        members = set(self._view.members) | set(self.registry.members().values())
        members.discard(raft_addr)
        log.info("core service %s joined from %s", sid, raft_addr)
        return {"members": sorted(members), "service": service}

    def delete(self, sid: str) -> dict[str, Any]:
        """Delete a service; a Core service's node also leaves the cluster."""
        self.check_writable()
        addr = self.registry.members().get(sid)
        if addr is not None and addr in self._view.members:
            if addr == self._view.leader:
                raise ApiError(409, "cannot remove the leader's own node; stop it first", addr)
            if not self._membership(self.syncobj.removeNodeFromCluster, addr):
                raise not_ready(f"could not remove {addr} from the Raft cluster")
        return self.write(self.registry.delete, sid)

    def health(self) -> dict[str, Any]:
        """The health endpoint's JSON."""
        view = self._view
        owners = {addr: sid for sid, addr in self.registry.members().items()}
        owners[view.self_addr] = self.config.node_id
        return {
            "id": self.config.node_id,
            "fqdn": self.config.fqdn,
            "role": view.role,
            "term": view.term,
            "commit_index": view.commit_index,
            "applied_index": view.applied_index,
            "leader": view.leader,
            "leader_id": owners.get(view.leader) if view.leader else None,
            "has_quorum": view.has_quorum,
            "self": view.self_addr,
            "peers": [
                {"address": p.address, "connected": p.connected, "id": owners.get(p.address)}
                for p in view.peers
            ],
            "version": VERSION,
        }
