from __future__ import annotations

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.sentence import Sentence, from_json, json_value
from adminui.core.transitions import Transition, TransitionKind, diff, quorum_of

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
    assert changes[0].describe().endswith("to b")  # said by name


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


def test_events_are_sentences_with_the_same_english() -> None:
    up = Transition(TransitionKind.NODE_UP, 1.0, A, Role.UNREACHABLE, Role.FOLLOWER)
    text = up.describe()
    assert text == "http://a is reachable again (follower)"
    assert isinstance(text, Sentence) and text.template == "{0} is reachable again ({1})"
    role = text.args[1]
    assert isinstance(role, Sentence) and role.template == "follower"
    assert from_json(json_value(text)) == text
    english = {
        Transition(TransitionKind.LEADER_CHANGED, 1.0, B, "", B): "Leader changed from none to "
        "http://b",
        Transition(TransitionKind.LEADER_CHANGED, 1.0, B, A, B): "Leader changed from http://a "
        "to http://b",
        Transition(TransitionKind.LEADER_LOST, 1.0, A, A, ""): "No leader (was http://a)",
        Transition(TransitionKind.TERM_CHANGED, 1.0, "", "4", "5"): "Term 4 → 5",
        Transition(TransitionKind.NODE_DOWN, 1.0, A): "http://a is unreachable",
        Transition(TransitionKind.NODE_SEALED, 1.0, A): "http://a is sealed",
        Transition(
            TransitionKind.NODE_UNSEALED, 1.0, A, Role.SEALED, Role.LEADER
        ): "http://a is unsealed (leader)",
        Transition(TransitionKind.QUORUM_LOST, 1.0): "Quorum lost: not enough healthy nodes",
        Transition(TransitionKind.QUORUM_REGAINED, 1.0): "Quorum regained",
    }
    for transition, expected in english.items():
        described = transition.describe()
        assert isinstance(described, Sentence)
        assert described == expected
