"""The replicated registry: a PySyncObj consumer around :class:`ServiceTable`."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from typing import Any

from pysyncobj import SyncObjConsumer, replicated

from adminui.lab.core_node.state import Outcome, ServiceTable


class Registry(SyncObjConsumer):  # type: ignore[misc]
    """Services and Core membership, the same on every node.

    Methods marked ``@replicated`` are Raft commands: called on any node they go to the
    leader, and run on every node once committed. Pass ``sync=True, timeout=...`` to
    wait for the outcome, or ``callback=`` for an asynchronous call.
    """

    def __init__(self) -> None:
        # Set before the base initialiser so it is not part of the replicated dump.
        self._lock = threading.RLock()
        super().__init__()
        self.table = ServiceTable()

    # -- local reads (thread-safe copies) ------------------------------------

    def snapshot(self) -> ServiceTable:
        with self._lock:
            return self.table.copy()

    def services(self) -> list[dict[str, Any]]:
        with self._lock:
            return self.table.all_public(time.time())

    def members(self) -> dict[str, str]:
        with self._lock:
            return dict(self.table.members)

    def _public(self, outcome: Outcome) -> Outcome:
        if outcome.service is None:
            return outcome
        sid = str(outcome.service["id"])
        if sid in self.table.services:
            return Outcome(service=self.table.public(sid, time.time()))
        return Outcome(service=dict(outcome.service))

    # -- replicated commands -------------------------------------------------

    @replicated  # type: ignore[untyped-decorator]
    def create(self, record: dict[str, Any]) -> Outcome:
        with self._lock:
            return self._public(self.table.create(record))

    @replicated  # type: ignore[untyped-decorator]
    def bind(
        self, sid: str, raft_addr: str, now_iso: str, now: float, extra: dict[str, str]
    ) -> Outcome:
        with self._lock:
            return self._public(self.table.bind(sid, raft_addr, now_iso, now, extra))

    @replicated  # type: ignore[untyped-decorator]
    def unbind(self, sid: str, raft_addr: str, now_iso: str) -> Outcome:
        with self._lock:
            return self._public(self.table.unbind(sid, raft_addr, now_iso))

    @replicated  # type: ignore[untyped-decorator]
    def register_core(self, record: dict[str, Any], raft_addr: str, now: float) -> Outcome:
        with self._lock:
            return self._public(self.table.register_core(record, raft_addr, now))

    @replicated  # type: ignore[untyped-decorator]
    def set_statuses(self, changes: Mapping[str, str], now_iso: str, now: float) -> Outcome:
        with self._lock:
            return self.table.set_statuses(changes, now_iso, now)

    @replicated  # type: ignore[untyped-decorator]
    def reload(self, sid: str, now_iso: str) -> Outcome:
        with self._lock:
            return self._public(self.table.reload(sid, now_iso))

    @replicated  # type: ignore[untyped-decorator]
    def restart(self, sid: str, now_iso: str, now: float) -> Outcome:
        with self._lock:
            return self._public(self.table.restart(sid, now_iso, now))

    @replicated  # type: ignore[untyped-decorator]
    def delete(self, sid: str) -> Outcome:
        with self._lock:
            return self._public(self.table.delete(sid))
