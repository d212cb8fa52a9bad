from __future__ import annotations

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.transitions import TransitionKind, diff, quorum_of

A, B, C = "http://a", "http://b", "http://c"


def snap(t: float, *nodes: NodeState) -> Snapshot:
    return Snapshot("c", t, tuple(nodes))


STEADY = snap(
    1, NodeState(A, Role.LEADER, 4), NodeState(B, Role.FOLLOWER, 4), NodeState(C, Role.FOLLOWER, 4)
)


def kinds(before: Snapshot | None, after: Snapshot) -> list[TransitionKind]:
    return [t.kind for t in diff(before, after)]


def test_first_snapshot_and_no_change_give_nothing() -> None:
    assert diff(None, STEADY) == []
    assert diff(STEADY, STEADY) == []


def test_leader_killed_then_new_leader() -> None:
    gone = snap(
        2,
        NodeState(A, Role.UNREACHABLE),
        NodeState(B, Role.FOLLOWER, 4),
        NodeState(C, Role.FOLLOWER, 4),
    )
    assert kinds(STEADY, gone) == [TransitionKind.NODE_DOWN, TransitionKind.LEADER_LOST]
    elected = snap(
        3,
        NodeState(A, Role.UNREACHABLE),
        NodeState(B, Role.LEADER, 5),
        NodeState(C, Role.FOLLOWER, 5),
    )
    changes = diff(gone, elected)
    assert [t.kind for t in changes] == [TransitionKind.LEADER_CHANGED, TransitionKind.TERM_CHANGED]
    assert changes[0].after == B and changes[1].before == "4" and changes[1].after == "5"
    assert "to http://b" in changes[0].describe()


def test_two_down_loses_quorum_and_back_regains_it() -> None:
    lost = snap(
        2,
        NodeState(A, Role.UNREACHABLE),
        NodeState(B, Role.UNREACHABLE),
        NodeState(C, Role.CANDIDATE),
    )
    assert not quorum_of(lost).has_quorum
    assert TransitionKind.QUORUM_LOST in kinds(STEADY, lost)
    assert TransitionKind.QUORUM_REGAINED in kinds(lost, STEADY)


def test_seal_and_unseal() -> None:
    sealed = snap(
        2, NodeState(A, Role.LEADER, 4), NodeState(B, Role.SEALED), NodeState(C, Role.FOLLOWER, 4)
    )
    assert kinds(STEADY, sealed) == [TransitionKind.NODE_SEALED]
    assert kinds(sealed, STEADY) == [TransitionKind.NODE_UNSEALED]


def test_non_voters_do_not_count_towards_quorum() -> None:
    s = snap(
        1,
        NodeState(A, Role.LEADER, voter=True),
        NodeState(B, Role.FOLLOWER, voter=False),
        NodeState(C, Role.UNREACHABLE, voter=True),
    )
    q = quorum_of(s)
    assert (q.voters, q.healthy, q.has_quorum) == (2, 1, False)


def test_an_election_after_losing_the_leader_keeps_quorum() -> None:
    electing = snap(
        2,
        NodeState(A, Role.UNREACHABLE),
        NodeState(B, Role.CANDIDATE),
        NodeState(C, Role.CANDIDATE),
    )
    assert quorum_of(electing).has_quorum
    assert TransitionKind.QUORUM_LOST not in kinds(STEADY, electing)
