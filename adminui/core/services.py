"""Pure helpers of the Core "Active services" page: status meanings, change tracking,
checks before adding a Core service, and the documented install command.

No Qt and no I/O here: services are described by plain values (ID, kind, FQDN, status).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from adminui.core.sentence import Sentence
from adminui.core.transitions import Transition, TransitionKind

CORE_KIND = "core"

#: Status colours of "Active services" and what they mean (KUMA online help). The UI
#: shows these sentences with ``say``; the keys are the lowercase status strings (assumed).
STATUS_MEANINGS: dict[str, str] = {
    "green": Sentence("Running and reachable from the Core."),
    "red": Sentence("Stopped, or the Core cannot reach it."),
    "yellow": Sentence("Running, but with errors in its log or metric alerts."),
    "purple": Sentence("Running, but its configuration changed: reload or restart it."),
    "gray": Sentence("Belongs to a deleted tenant."),
}
UNKNOWN_MEANING = Sentence("A status KUMA does not document.")
STATUS_ORDER = ("green", "yellow", "purple", "red", "gray")

#: Documented ports of a Core node (KUMA 4.0 help).
RAFT_PORT = 7209
HEALTH_PORT = 7208
INTERNAL_PORT = 7210
WEB_PORT = 7220
CYBERTRACE_PORT = 7222
REST_PORT = 7223
#: The join port of ``--raft.join``: the help implies the Raft port, a community guide
#: writes the internal port (7210). The user may change it.
DEFAULT_JOIN_PORT = RAFT_PORT

_FQDN = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
)


def meaning(status: str) -> str:
    """What a status colour means (a Sentence: the UI shows it with ``say``)."""
    return STATUS_MEANINGS.get(status.lower(), UNKNOWN_MEANING)


def status_rank(status: str) -> int:
    """A sort key: healthy first, then degraded, stopped, gray, unknown."""
    status = status.lower()
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


# -- changes since the last look ------------------------------------------------------


def changed_since(baseline: Mapping[str, str], current: Mapping[str, str]) -> set[str]:
    """IDs whose status differs from ``baseline`` (ID -> status), new IDs included.

    Services that disappeared are not listed: they are no longer rows to highlight.
    """
    return {sid for sid, status in current.items() if baseline.get(sid) != status}


@dataclass(frozen=True)
class StatusDiff:
    """What changed between two looks at the services (ID -> status)."""

    added: frozenset[str]
    removed: frozenset[str]
    changed: frozenset[str]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def diff_statuses(before: Mapping[str, str], after: Mapping[str, str]) -> StatusDiff:
    return StatusDiff(
        added=frozenset(after.keys() - before.keys()),
        removed=frozenset(before.keys() - after.keys()),
        changed=frozenset(k for k in after.keys() & before.keys() if after[k] != before[k]),
    )


# -- filtering ------------------------------------------------------------------------


def matches(
    fields: Iterable[str], status: str, kind: str, *, statuses: set[str], kinds: set[str], text: str
) -> bool:
    """True when a row passes the filters (empty sets and empty text pass everything).

    ``text`` is searched case-insensitively in every field.
    """
    if statuses and status.lower() not in statuses:
        return False
    if kinds and kind.lower() not in kinds:
        return False
    needle = text.strip().casefold()
    return not needle or any(needle in f.casefold() for f in fields)


# -- adding a Core service --------------------------------------------------------------


def valid_fqdn(fqdn: str) -> bool:
    return bool(_FQDN.match(fqdn.strip()))


def core_for_host(cores: Iterable[tuple[str, str]], fqdn: str) -> str | None:
    """The ID of the Core service already on host ``fqdn`` ((id, fqdn) pairs), or None."""
    wanted = fqdn.strip().casefold().rstrip(".")
    for sid, host in cores:
        if host.strip().casefold().rstrip(".") == wanted and wanted:
            return sid
    return None


def even_after_adding(core_count: int) -> bool:
    """True when one more Core service would leave an even number (Raft wants odd)."""
    return (core_count + 1) % 2 == 0


def default_core_name(fqdn: str) -> str:
    """How KUMA names a peer Core service: ``core-<FQDN>``."""
    return f"core-{fqdn.strip()}"


def documented_flags() -> list[str]:
    """The other flags of the documented ``kuma core`` command (KUMA 4.0 help)."""
    return [
        "--raft.node.listen", f"0.0.0.0:{RAFT_PORT}",
        "--raft.node.addr", f'"$(hostname -f):{RAFT_PORT}"',
        "--health", f"0.0.0.0:{HEALTH_PORT}",
        "--internal", f"0.0.0.0:{INTERNAL_PORT}",
        "--private", f"0.0.0.0:{WEB_PORT}",
        "--cybertrace", f"0.0.0.0:{CYBERTRACE_PORT}",
        "--rest", f"0.0.0.0:{REST_PORT}",
    ]  # fmt: skip


def install_command(
    leader_fqdn: str, join_port: int, service_id: str, *, with_documented_flags: bool = False
) -> str:
    """The command to run on the new Core's host:
    ``kuma core --raft.join <leader-fqdn>:<port> --id <ID> --install``.

    With ``with_documented_flags`` the documented listen/port flags come before
    ``--install``.
    """
    parts = ["kuma", "core", "--raft.join", f"{leader_fqdn.strip()}:{join_port}"]
    parts += ["--id", service_id.strip()]
    if with_documented_flags:
        parts += documented_flags()
    parts.append("--install")
    return " ".join(parts)


# -- Core members: the sidebar's count and the join/leave events ----------------------


def never_started(status: str, uptime: int | None, created: str, updated: str) -> bool:
    """A Core service registered but never started: red, no uptime, and its record not
    changed since it was created.

    Assumed: KUMA stamps ``updated`` when a service's status changes (the lab does), so a
    node that ran and stopped has ``updated`` after ``created``.
    """
    if status.strip().lower() != "red" or uptime:
        return False
    return not updated or updated == created


@dataclass(frozen=True)
class CoreMember:
    """One Core service as the membership sees it."""

    id: str
    fqdn: str
    started: bool  # False while it is registered but has never run


@dataclass(frozen=True)
class CoreMembers:
    """The Core services of a cluster: the nodes (started at least once) and those
    registered but not started yet."""

    members: tuple[CoreMember, ...]

    @property
    def nodes(self) -> int:
        return sum(1 for m in self.members if m.started)

    @property
    def not_started(self) -> int:
        return sum(1 for m in self.members if not m.started)

    def by_id(self) -> dict[str, CoreMember]:
        return {m.id: m for m in self.members}


def core_members(
    services: Iterable[tuple[str, str, str, int | None, str, str]],
) -> CoreMembers:
    """Members from Core services given as (id, fqdn, status, uptime, created, updated)."""
    return CoreMembers(
        tuple(
            CoreMember(sid, fqdn, not never_started(status, uptime, created, updated))
            for sid, fqdn, status, uptime, created, updated in services
        )
    )


def member_events(before: CoreMembers | None, after: CoreMembers, at: float) -> list[Transition]:
    """What changed in the membership: added (not started), joined (started, or added
    already running) and left (removed). None ``before`` (the first look): no events."""
    if before is None:
        return []
    old = before.by_id()
    found: list[Transition] = []
    for member in after.members:
        name = member.fqdn or member.id
        was = old.get(member.id)
        if member.started and (was is None or not was.started):
            found.append(Transition(TransitionKind.MEMBER_JOINED, at, name, after=member.id))
        elif was is None:
            found.append(Transition(TransitionKind.MEMBER_ADDED, at, name, after=member.id))
    gone: Sequence[CoreMember] = [m for m in before.members if m.id not in after.by_id()]
    for member in gone:
        found.append(
            Transition(TransitionKind.MEMBER_LEFT, at, member.fqdn or member.id, before=member.id)
        )
    return found


def format_uptime(seconds: int | None) -> str:
    """``3d 04:05:06`` / ``04:05:06``; empty when unknown."""
    if seconds is None or seconds < 0:
        return ""
    days, rest = divmod(int(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return Sentence("{0}d {1}", days, clock) if days else clock
