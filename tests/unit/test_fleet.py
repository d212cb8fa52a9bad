"""The fleet's rows: figures from a cluster's last look, and the worst state first."""

from __future__ import annotations

from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.core.fleet import (
    ATTENTION,
    HEALTHY,
    NO_LEADER,
    NO_TOLERANCE,
    NODES_DOWN,
    QUORUM_LOST,
    WAITING,
    fleet_row,
)

A, B, C = "http://a:8200", "http://b:8200", "http://c:8200"


def snap(*roles: Role, tolerance: int | None = None, skew: float = 0.1) -> Snapshot:
    nodes = tuple(
        NodeState(url, role, voter=True, clock_offset_s=skew)
        for url, role in zip((A, B, C), roles, strict=True)
    )
    return Snapshot("c", 0.0, nodes, failure_tolerance=tolerance)


def row(snapshot: Snapshot | None, **extra: object) -> tuple[int, str]:
    found = fleet_row("c", ClusterKind.OPENBAO, "PROD", snapshot, **extra)  # type: ignore[arg-type]
    return found.severity, found.state


def test_each_state_has_its_place_worst_first() -> None:
    assert row(None) == (WAITING, "waiting for an answer")
    assert row(snap(Role.CANDIDATE, Role.UNREACHABLE, Role.UNREACHABLE)) == (
        QUORUM_LOST,
        "quorum lost",
    )
    assert row(snap(Role.CANDIDATE, Role.FOLLOWER, Role.UNREACHABLE))[0] == NO_LEADER
    assert row(snap(Role.LEADER, Role.FOLLOWER, Role.UNREACHABLE, tolerance=0))[0] == (NO_TOLERANCE)
    assert row(snap(Role.LEADER, Role.FOLLOWER, Role.SEALED, tolerance=1)) == (
        NODES_DOWN,
        "1 node not serving",
    )
    assert row(snap(Role.LEADER, Role.UNREACHABLE, Role.SEALED, tolerance=1)) == (
        NODES_DOWN,
        "2 nodes not serving",
    )
    assert row(snap(Role.LEADER, Role.FOLLOWER, Role.FOLLOWER, tolerance=1, skew=3.0))[0] == (
        ATTENTION
    )
    assert row(snap(Role.LEADER, Role.FOLLOWER, Role.FOLLOWER, tolerance=1), cert_days=12.0)[0] == (
        ATTENTION
    )
    assert row(snap(Role.LEADER, Role.FOLLOWER, Role.FOLLOWER, tolerance=1)) == (
        HEALTHY,
        "healthy",
    )
    assert QUORUM_LOST < NO_LEADER < NO_TOLERANCE < NODES_DOWN < ATTENTION < HEALTHY < WAITING


def test_the_figures_of_a_row() -> None:
    found = fleet_row(
        "prod",
        ClusterKind.OPENBAO,
        "PROD",
        snap(Role.LEADER, Role.FOLLOWER, Role.SEALED, tolerance=0, skew=-2.5),
        cert_days=40.0,
        last_event="12:00:00 node down",
    )
    assert (found.leader, found.voters, found.quorum, found.tolerance) == ("a:8200", 3, 2, 0)
    assert (found.sealed, found.unreachable, found.worst_skew_s) == (1, 0, 2.5)
    assert found.cert_days == 40.0 and found.last_event == "12:00:00 node down"
