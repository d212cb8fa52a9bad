"""Alerts (F30): what in a cluster's looks is worth a desktop notification, once per
event and not once per look. Pure.

Most alerts are *conditions* (a node sealed, quorum at risk, a certificate close to
expiry): one fires when its condition starts, and may fire again only after it has
ended. A leader change is an *event*: it fires when a look names a leader other than
the last one named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from adminui.core.cluster import ClusterKind, Role, Snapshot
from adminui.core.fleet import NO_TOLERANCE, QUORUM_LOST, SKEW_WARN_S, fleet_row
from adminui.core.sentence import Sentence, rounded

#: A node certificate this close to its end is worth an alert (days), and again at the
#: second, more urgent mark.
CERT_WARN_DAYS = (30.0, 7.0)


class AlertKind(StrEnum):
    LEADER_CHANGE = "leader-change"
    QUORUM_AT_RISK = "quorum-at-risk"
    QUORUM_LOST = "quorum-lost"
    NODE_SEALED = "node-sealed"
    NODE_UNREACHABLE = "node-unreachable"
    CLOCK_SKEW = "clock-skew"
    CERT_EXPIRING = "certificate-expiring"
    CREDENTIALS_EXPIRING = "credentials-expiring"


#: How bad each kind is: "error" (act now), "warning" (soon) or "info".
SEVERITY = {
    AlertKind.LEADER_CHANGE: "info",
    AlertKind.QUORUM_AT_RISK: "warning",
    AlertKind.QUORUM_LOST: "error",
    AlertKind.NODE_SEALED: "error",
    AlertKind.NODE_UNREACHABLE: "error",
    AlertKind.CLOCK_SKEW: "warning",
    AlertKind.CERT_EXPIRING: "warning",
    AlertKind.CREDENTIALS_EXPIRING: "warning",
}


@dataclass(frozen=True)
class Alert:
    cluster: str
    kind: AlertKind
    text: Sentence
    at: float
    #: The node it is about ('' for the cluster as a whole).
    node: str = ""

    @property
    def severity(self) -> str:
        return SEVERITY[self.kind]


@dataclass
class _ClusterMemory:
    leader: str = ""
    leader_label: str = ""
    active: set[tuple[AlertKind, str]] = field(default_factory=set)


def _conditions(
    snapshot: Snapshot,
    kind: ClusterKind,
    cert_days: float | None,
    credentials: str,
    skew_s: float,
) -> dict[tuple[AlertKind, str], Sentence]:
    """The conditions that hold at this look, by (kind, node or mark)."""
    found: dict[tuple[AlertKind, str], Sentence] = {}
    row = fleet_row(snapshot.cluster, kind, "", snapshot)
    if row.severity == QUORUM_LOST:
        found[AlertKind.QUORUM_LOST, ""] = Sentence(
            "Quorum lost: no leader can be elected until nodes come back."
        )
    elif row.severity == NO_TOLERANCE:
        found[AlertKind.QUORUM_AT_RISK, ""] = Sentence(
            "Quorum at risk: one more node lost and the cluster stops."
        )
    for node in snapshot.nodes:
        if node.role is Role.SEALED:
            found[AlertKind.NODE_SEALED, node.url] = Sentence("Node {0} is sealed.", node.label)
        elif node.role is Role.UNREACHABLE:
            found[AlertKind.NODE_UNREACHABLE, node.url] = Sentence(
                "Node {0} does not answer.", node.label
            )
        if node.clock_offset_s is not None and abs(node.clock_offset_s) > skew_s:
            off = f"{rounded(node.clock_offset_s):+.1f}"
            found[AlertKind.CLOCK_SKEW, node.url] = Sentence(
                "The clock of node {0} is {1} s off.", node.label, off
            )
    if cert_days is not None:
        marks = [mark for mark in CERT_WARN_DAYS if cert_days <= mark]
        if marks:
            mark = min(marks)
            found[AlertKind.CERT_EXPIRING, f"{mark:g}"] = Sentence(
                "A node's TLS certificate expires in {0} days.", max(0, int(cert_days))
            )
    if credentials in ("warning", "expired"):
        found[AlertKind.CREDENTIALS_EXPIRING, credentials] = (
            Sentence("Your sign-in has expired.")
            if credentials == "expired"
            else Sentence("Your sign-in expires soon.")
        )
    return found


class AlertRules:
    """Remembers each cluster's last conditions and leader; :meth:`observe` gives the
    alerts a new look brings."""

    def __init__(self, *, skew_s: float = SKEW_WARN_S) -> None:
        self.skew_s = skew_s
        self._memory: dict[str, _ClusterMemory] = {}

    def forget(self, cluster: str) -> None:
        self._memory.pop(cluster, None)

    def observe(
        self,
        snapshot: Snapshot,
        kind: ClusterKind,
        *,
        cert_days: float | None = None,
        credentials: str = "ok",
    ) -> list[Alert]:
        """The alerts that ``snapshot`` of a ``kind`` cluster brings, given its nearest
        certificate's days left and the sign-in state ("ok", "warning" or "expired")."""
        memory = self._memory.setdefault(snapshot.cluster, _ClusterMemory())
        at = snapshot.taken_at
        alerts: list[Alert] = []
        leader = snapshot.leader.url if snapshot.leader is not None else ""
        if leader and memory.leader and leader != memory.leader:
            alerts.append(
                Alert(
                    snapshot.cluster,
                    AlertKind.LEADER_CHANGE,
                    Sentence(
                        "The leader changed from {0} to {1}.",
                        memory.leader_label,
                        snapshot.label_of(leader),
                    ),
                    at,
                    leader,
                )
            )
        if leader:
            memory.leader, memory.leader_label = leader, snapshot.label_of(leader)
        found = _conditions(snapshot, kind, cert_days, credentials, self.skew_s)
        for key, text in found.items():
            if key not in memory.active:
                alert_kind, subject = key
                node = subject if alert_kind not in _MARKED else ""
                alerts.append(Alert(snapshot.cluster, alert_kind, text, at, node))
        memory.active = set(found)
        return alerts


#: Kinds whose second key part is a mark (days, a sign-in state), not a node.
_MARKED = (AlertKind.CERT_EXPIRING, AlertKind.CREDENTIALS_EXPIRING, AlertKind.QUORUM_LOST)
