"""Every cluster at a glance (F29): one row per cluster from its last look, with how bad
its state is so that the worst comes first. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from adminui.core.cluster import ClusterKind, Role, Snapshot
from adminui.core.quorum import quorum_size
from adminui.core.sentence import Sentence

#: A clock offset past this is worth a look (Raft needs NTP on every node).
SKEW_WARN_S = 2.0

#: Severity, worst first: what sorts a row to the top.
QUORUM_LOST, NO_LEADER, NO_TOLERANCE, NODES_DOWN, ATTENTION, HEALTHY, WAITING = range(7)


@dataclass(frozen=True)
class FleetRow:
    """One cluster's line: its figures from the last look, and how bad its state is."""

    name: str
    kind: ClusterKind
    environment: str = ""
    leader: str = ""
    voters: int | None = None
    quorum: int | None = None
    tolerance: int | None = None
    sealed: int = 0
    unreachable: int = 0
    worst_skew_s: float | None = None
    cert_days: float | None = None
    last_event: str = ""
    #: The sign-in's state in a few words ("expires in 20 min"), and its tone.
    credentials: str = ""
    credentials_tone: str = "ok"
    severity: int = WAITING
    state: str = ""  # a few words for people


def _voters(snapshot: Snapshot) -> int:
    known = [n for n in snapshot.nodes if n.voter is not None]
    if known:
        return sum(1 for n in known if n.voter)
    return len(snapshot.nodes)


def fleet_row(
    name: str,
    kind: ClusterKind,
    environment: str,
    snapshot: Snapshot | None,
    *,
    cert_days: float | None = None,
    last_event: str = "",
    credentials: str = "",
    credentials_tone: str = "ok",
) -> FleetRow:
    """The row of cluster ``name`` from its last snapshot (None: not looked at yet)."""
    if snapshot is None:
        return FleetRow(
            name,
            kind,
            environment,
            cert_days=cert_days,
            credentials=credentials,
            credentials_tone=credentials_tone,
            state=Sentence("waiting for an answer"),
        )
    sealed = sum(1 for n in snapshot.nodes if n.role is Role.SEALED)
    unreachable = sum(1 for n in snapshot.nodes if n.role is Role.UNREACHABLE)
    offsets = [abs(n.clock_offset_s) for n in snapshot.nodes if n.clock_offset_s is not None]
    skew = max(offsets) if offsets else None
    leader = snapshot.leader
    voters = _voters(snapshot) if snapshot.replicated else None
    quorum = quorum_size(voters) if voters else None
    # Voters that answer and are not sealed can still form a quorum (a candidate too).
    answering = (Role.LEADER, Role.FOLLOWER, Role.CANDIDATE)
    healthy = sum(
        1
        for n in snapshot.nodes
        if n.role in answering and n.voter is not False and n.healthy is not False
    )
    tolerance = snapshot.failure_tolerance
    if tolerance is None and voters and quorum:
        tolerance = max(0, healthy - quorum) if snapshot.quorum_known else None
    severity, state = HEALTHY, Sentence("healthy")
    if voters and quorum and healthy < quorum and leader is None:
        severity, state = QUORUM_LOST, Sentence("quorum lost")
    elif leader is None:
        severity, state = NO_LEADER, Sentence("no leader")
    elif snapshot.replicated and tolerance == 0 and (voters or 0) > 1:
        severity, state = NO_TOLERANCE, Sentence("no failure tolerated")
    elif sealed or unreachable:
        down = sealed + unreachable
        severity, state = (
            NODES_DOWN,
            (
                Sentence("1 node not serving")
                if down == 1
                else Sentence("{0} nodes not serving", down)
            ),
        )
    elif (
        (skew is not None and skew > SKEW_WARN_S)
        or (cert_days is not None and cert_days <= 30)
        or credentials_tone != "ok"
    ):
        severity, state = ATTENTION, Sentence("needs attention")
    if snapshot.replicated and voters and voters % 2 == 0 and severity == HEALTHY:
        severity, state = ATTENTION, Sentence("even number of voters")
    return FleetRow(
        name,
        kind,
        environment,
        leader.label if leader is not None else "",
        voters,
        quorum,
        tolerance,
        sealed,
        unreachable,
        skew,
        cert_days,
        last_event,
        credentials,
        credentials_tone,
        severity,
        state,
    )
