from __future__ import annotations

import math

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory

A, B = "http://a", "http://b"


def snap(t: float, leader: str, term: int, lag_b: int = 0) -> Snapshot:
    return Snapshot(
        "c",
        t,
        (
            NodeState(
                A, Role.LEADER if leader == A else Role.FOLLOWER, term, 100, 100, latency_s=0.01
            ),
            NodeState(
                B,
                Role.LEADER if leader == B else Role.FOLLOWER,
                term,
                100,
                100 - lag_b,
                latency_s=0.02,
            ),
        ),
    )


def test_leader_periods_follow_changes() -> None:
    history = ClusterHistory()
    for t in range(5):
        history.add(snap(t, A, 3))
    history.add(Snapshot("c", 5, (NodeState(A, Role.UNREACHABLE), NodeState(B, Role.CANDIDATE))))
    for t in range(6, 9):
        history.add(snap(t, B, 4))
    periods = history.leader_periods()
    assert [(p.leader, p.start, p.end, p.term) for p in periods] == [
        (A, 0, 5, 3),
        ("", 5, 6, None),
        (B, 6, 8, 4),
    ]
    assert periods[1].duration_s == 1


def test_ring_buffer_keeps_capacity_and_at_finds_the_state_in_force() -> None:
    history = ClusterHistory(capacity=3)
    for t in range(10):
        history.add(snap(t, A, 1))
    assert len(history) == 3 and history.span == (7, 9)
    assert history.at(8.5) is not None and history.at(8.5).taken_at == 8
    assert history.at(1) is None


def test_series_gives_latency_and_lag() -> None:
    history = ClusterHistory()
    history.add(snap(0, A, 1, lag_b=5))
    history.add(
        Snapshot(
            "c",
            1,
            (
                NodeState(A, Role.LEADER, 1, 100, 100, latency_s=0.01),
                NodeState(B, Role.UNREACHABLE),
            ),
        )
    )
    times, latency, lag = history.series(B)
    assert times == [0, 1]
    assert latency[0] == 0.02 and math.isnan(latency[1])
    assert lag[0] == 5 and math.isnan(lag[1])
