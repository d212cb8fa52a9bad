"""The replicated state of a Core cluster: services and Core membership.

Plain data and deterministic rules only: every node applies the same commands in the
same order, so every input that varies (IDs, clocks) comes in as an argument.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from adminui.lab.core_node.apierror import ApiError
from adminui.lab.core_node.launch import FIRST_CORE_ID

CORE_KIND = "core"
STATUSES = ("green", "red", "yellow", "purple", "gray")
MAIN_TENANT = {"id": "00000000-0000-0000-0000-00000000000a", "name": "Main"}
SHARED_TENANT = {"id": "00000000-0000-0000-0000-00000000000b", "name": "Shared"}
TENANTS = (MAIN_TENANT, SHARED_TENANT)
PRIVATE = "_started"  # epoch seconds of the last start; not shown to clients


def core_name(service_id: str, fqdn: str) -> str:
    """How KUMA names a Core service: ``core-1`` for the first, ``core-<FQDN>`` else."""
    return "core-1" if service_id == FIRST_CORE_ID else f"core-{fqdn}"


@dataclass(frozen=True)
class Outcome:
    """The result of one command: the service it touched, or the error."""

    service: dict[str, Any] | None = None
    error: ApiError | None = None


def _fail(status: int, message: str, details: Any = None) -> Outcome:
    return Outcome(error=ApiError(status, message, details))


class ServiceTable:
    """Services by ID (in creation order) and Core node addresses by service ID."""

    def __init__(self) -> None:
        self.services: dict[str, dict[str, Any]] = {}
        self.members: dict[str, str] = {}

    # -- reads ---------------------------------------------------------------

    def public(self, service_id: str, now: float) -> dict[str, Any]:
        """One service as clients see it (uptime computed for ``now``)."""
        record = dict(self.services[service_id])
        started = record.pop(PRIVATE, None)
        running = record.get("status") != "red" and isinstance(started, (int, float))
        record["uptime"] = max(0, int(now - started)) if running and started else 0
        return record

    def all_public(self, now: float) -> list[dict[str, Any]]:
        return [self.public(sid, now) for sid in self.services]

    def core_by_fqdn(self, fqdn: str) -> str | None:
        wanted = fqdn.casefold()
        for sid, rec in self.services.items():
            if rec.get("kind") == CORE_KIND and str(rec.get("fqdn", "")).casefold() == wanted:
                return sid
        return None

    def owner_of(self, raft_addr: str) -> str | None:
        return next((sid for sid, addr in self.members.items() if addr == raft_addr), None)

    def copy(self) -> ServiceTable:
        twin = ServiceTable()
        twin.services = copy.deepcopy(self.services)
        twin.members = dict(self.members)
        return twin

    # -- commands ------------------------------------------------------------

    def create(self, record: Mapping[str, Any]) -> Outcome:
        """Add a service built by the caller (ID, timestamps and defaults filled in)."""
        sid = str(record["id"])
        if sid in self.services:
            return _fail(409, "service already exists", sid)
        if record.get("kind") == CORE_KIND:
            fqdn = str(record.get("fqdn") or "")
            if not fqdn:
                return _fail(400, "fqdn is required for a core service")
            taken = self.core_by_fqdn(fqdn)
            if taken is not None:
                return _fail(409, f"a core service for {fqdn} already exists", taken)
        self.services[sid] = dict(record)
        return Outcome(service=self.services[sid])

    def bind(
        self,
        sid: str,
        raft_addr: str,
        now_iso: str,
        now: float,
        extra: Mapping[str, str] | None = None,
    ) -> Outcome:
        """Give Core service ``sid`` its node at ``raft_addr`` (a join).

        ``extra`` may set the node's ``address`` and ``apiPort``.
        """
        rec = self.services.get(sid)
        if rec is None:
            return _fail(404, "unknown service ID: create the core service first", sid)
        if rec.get("kind") != CORE_KIND:
            return _fail(400, f"service {sid} is a {rec.get('kind')}, not a core", sid)
        if self.members.get(sid) == raft_addr:
            return Outcome(service=rec)  # the same node again (a restart): nothing to do
        if sid in self.members:
            return _fail(409, f"core service {sid} already has a node", self.members[sid])
        owner = self.owner_of(raft_addr)
        if owner is not None:
            return _fail(409, f"a core node already runs on {raft_addr}", owner)
        self.members[sid] = raft_addr
        rec.update({k: str(v) for k, v in (extra or {}).items() if k in ("address", "apiPort")})
        rec.update(status="green", updated=now_iso, **{PRIVATE: now})
        return Outcome(service=rec)

    def unbind(self, sid: str, raft_addr: str, now_iso: str) -> Outcome:
        """Undo :meth:`bind` (a join that could not finish)."""
        if self.members.get(sid) == raft_addr:
            del self.members[sid]
            self.services[sid].update(status="red", updated=now_iso)
        return Outcome(service=self.services.get(sid))

    def register_core(self, record: Mapping[str, Any], raft_addr: str, now: float) -> Outcome:
        """A bootstrap node registers its own Core service (created when missing)."""
        sid = str(record["id"])
        if sid not in self.services:
            created = self.create(record)
            if created.error is not None:
                return created
        extra = {k: str(record.get(k, "")) for k in ("address", "apiPort")}
        return self.bind(sid, raft_addr, str(record["updated"]), now, extra)

    def set_statuses(self, changes: Mapping[str, str], now_iso: str, now: float) -> Outcome:
        """Set status colours (unknown IDs and colours are ignored)."""
        for sid, status in changes.items():
            rec = self.services.get(sid)
            if rec is None or status not in STATUSES or rec.get("status") == status:
                continue
            rec.update(status=status, updated=now_iso)
            if status == "green":
                rec[PRIVATE] = now
        return Outcome()

    def reload(self, sid: str, now_iso: str) -> Outcome:
        """Apply a changed configuration: purple turns green."""
        rec = self.services.get(sid)
        if rec is None:
            return _fail(404, "service not found", sid)
        if rec.get("status") == "purple":
            rec["status"] = "green"
        rec["updated"] = now_iso
        return Outcome(service=rec)

    def restart(self, sid: str, now_iso: str, now: float) -> Outcome:
        """Restart: uptime starts again; a purple service comes back green."""
        outcome = self.reload(sid, now_iso)
        if outcome.service is not None and outcome.service.get("status") != "red":
            outcome.service[PRIVATE] = now
        return outcome

    def delete(self, sid: str) -> Outcome:
        rec = self.services.pop(sid, None)
        if rec is None:
            return _fail(404, "service not found", sid)
        self.members.pop(sid, None)
        return Outcome(service=rec)
