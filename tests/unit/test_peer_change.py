"""What-if of Raft membership changes, and the autopilot settings' checks."""

from __future__ import annotations

import pytest

from adminui.core.autopilot_rules import settings_from
from adminui.core.peer_change import Peer, PeerAction, what_if

THREE = [
    Peer("node1", voter=True, leader=True, healthy=True),
    Peer("node2", voter=True, healthy=True),
    Peer("node3", voter=True, healthy=False),
]


def figures(peers: list[Peer], action: PeerAction, node: str) -> tuple[int, int, int, int]:
    outcome = what_if(peers, action, node)
    return (
        outcome.before.voters,
        outcome.after.voters,
        outcome.after.quorum,
        outcome.after.tolerance_now,
    )


def test_removing_a_dead_voter_of_three_leaves_two_and_asks_twice_for_the_even_count() -> None:
    outcome = what_if(THREE, PeerAction.REMOVE, "node3")
    assert (outcome.before.voters, outcome.before.healthy) == (3, 2)
    assert (outcome.after.voters, outcome.after.healthy, outcome.after.quorum) == (2, 2, 2)
    assert outcome.after.tolerance_now == 0 and outcome.refused == ""
    assert outcome.needs_second_confirmation
    assert len(outcome.risks) == 1 and "even number of voters (2)" in outcome.risks[0]
    assert outcome.lines[0] == "Voters: 3 → 2"


def test_removing_a_healthy_voter_when_one_is_dead_loses_quorum() -> None:
    outcome = what_if(THREE, PeerAction.REMOVE, "node2")
    assert outcome.before.has_quorum and not outcome.after.has_quorum
    assert any("loses quorum" in risk for risk in outcome.risks)


def test_the_leader_is_never_removed_or_demoted_and_unknown_nodes_are_refused() -> None:
    assert "step it down first" in what_if(THREE, PeerAction.REMOVE, "node1").refused
    assert "step it down first" in what_if(THREE, PeerAction.DEMOTE, "node1").refused
    assert "not a member" in what_if(THREE, PeerAction.PROMOTE, "node9").refused
    assert "already a voter" in what_if(THREE, PeerAction.PROMOTE, "node2").refused
    assert "already a member" in what_if(THREE, PeerAction.JOIN, "node2").refused


def test_promoting_a_non_voter_to_make_five_is_plain_and_a_join_counts_once_promoted() -> None:
    five = [
        *THREE,
        Peer("node4", voter=True, healthy=True),
        Peer("node5", voter=False, healthy=True),
    ]
    outcome = what_if(five, PeerAction.PROMOTE, "node5")
    assert (outcome.after.voters, outcome.after.tolerance_now) == (5, 1)
    assert not outcome.needs_second_confirmation
    assert figures(THREE, PeerAction.JOIN, "node4") == (3, 4, 3, 0)
    assert what_if(THREE, PeerAction.JOIN, "node4").needs_second_confirmation


def test_unknown_health_counts_as_healthy_and_is_said() -> None:
    peers = [Peer("a", leader=True), Peer("b"), Peer("c")]
    outcome = what_if(peers, PeerAction.DEMOTE, "c")
    assert outcome.health_unknown and outcome.before.healthy == 3
    assert "not known" in outcome.lines[-1]


@pytest.mark.parametrize(
    ("texts", "sent", "problem"),
    [
        ({"last_contact_threshold": "2s"}, {"last_contact_threshold": "2s"}, ""),
        (
            {"dead_server_last_contact_threshold": "90m"},
            {"dead_server_last_contact_threshold": "90m"},
            "",
        ),
        ({"dead_server_last_contact_threshold": "30s"}, {}, "at least 1m"),
        ({"last_contact_threshold": "abc"}, {}, "a duration such as"),
        ({"min_quorum": "2"}, {}, "0 (not set) or at least 3"),
        ({"min_quorum": "3", "max_trailing_logs": "0"}, {"min_quorum": 3}, "at least 1"),
        ({"cleanup_dead_servers": "true"}, {"cleanup_dead_servers": True}, ""),
    ],
)
def test_autopilot_settings_are_checked_before_sending(
    texts: dict[str, str], sent: dict[str, object], problem: str
) -> None:
    settings, problems = settings_from(texts)
    assert settings == sent
    assert (problem in problems[0]) if problem else problems == []
