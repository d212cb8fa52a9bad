"""Alert rules fire once per event, not once per look; the notification log keeps them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adminui.core.alert_rules import Alert, AlertKind, AlertRules
from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot, host_port
from adminui.core.sentence import Sentence, rounded
from adminui.profiles import notification_log
from adminui.profiles.notification_log import NotificationLog

A, B, C = "https://a:8200", "https://b:8200", "https://c:8200"
OPENBAO = ClusterKind.OPENBAO


def look(at: float, *roles: Role, offset: float | None = None) -> Snapshot:
    nodes = tuple(
        NodeState(url, role, voter=True, clock_offset_s=offset)
        for url, role in zip((A, B, C), roles, strict=True)
    )
    return Snapshot("prod", at, nodes, storage="raft")


HEALTHY = (Role.LEADER, Role.FOLLOWER, Role.FOLLOWER)


def kinds(alerts: list[Alert]) -> list[AlertKind]:
    return sorted(a.kind for a in alerts)


def test_a_healthy_cluster_raises_nothing_look_after_look() -> None:
    rules = AlertRules()
    for at in range(5):
        assert rules.observe(look(at, *HEALTHY), OPENBAO) == []


def test_a_leader_lost_and_replaced_raises_each_alert_once() -> None:
    rules = AlertRules()
    rules.observe(look(0, *HEALTHY), OPENBAO)
    # The leader dies: a node unreachable, no leader yet (no quorum alert: an election).
    down = rules.observe(look(1, Role.UNREACHABLE, Role.FOLLOWER, Role.FOLLOWER), OPENBAO)
    assert kinds(down) == [AlertKind.NODE_UNREACHABLE]
    assert down[0].node == A
    # Ten more looks of the same state: nothing new.
    for at in range(2, 12):
        assert (
            rules.observe(look(at, Role.UNREACHABLE, Role.FOLLOWER, Role.FOLLOWER), OPENBAO) == []
        )
    # B is elected: the leader changed, and one more loss stops the cluster.
    elected = rules.observe(look(12, Role.UNREACHABLE, Role.LEADER, Role.FOLLOWER), OPENBAO)
    assert kinds(elected) == [AlertKind.LEADER_CHANGE, AlertKind.QUORUM_AT_RISK]
    change = next(a for a in elected if a.kind is AlertKind.LEADER_CHANGE)
    assert (host_port(A) in change.text, host_port(B) in change.text, change.node) == (
        True,
        True,
        B,
    )
    assert rules.observe(look(13, Role.UNREACHABLE, Role.LEADER, Role.FOLLOWER), OPENBAO) == []
    # A comes back: everything clears; it goes again later: a new event, a new alert.
    assert rules.observe(look(14, Role.FOLLOWER, Role.LEADER, Role.FOLLOWER), OPENBAO) == []
    again = rules.observe(look(15, Role.UNREACHABLE, Role.LEADER, Role.FOLLOWER), OPENBAO)
    assert kinds(again) == [AlertKind.NODE_UNREACHABLE, AlertKind.QUORUM_AT_RISK]


def test_quorum_lost_sealed_nodes_and_clock_skew() -> None:
    rules = AlertRules(skew_s=2.0)
    rules.observe(look(0, *HEALTHY), OPENBAO)
    lost = rules.observe(look(1, Role.UNREACHABLE, Role.SEALED, Role.FOLLOWER), OPENBAO)
    assert kinds(lost) == [
        AlertKind.NODE_SEALED,
        AlertKind.NODE_UNREACHABLE,
        AlertKind.QUORUM_LOST,
    ]
    skewed = rules.observe(look(2, *HEALTHY, offset=3.5), OPENBAO)
    assert kinds(skewed) == [AlertKind.CLOCK_SKEW] * 3
    assert rules.observe(look(3, *HEALTHY, offset=3.6), OPENBAO) == []


def test_certificates_alert_at_30_days_and_again_at_7() -> None:
    rules = AlertRules()
    assert rules.observe(look(0, *HEALTHY), OPENBAO, cert_days=40) == []
    first = rules.observe(look(1, *HEALTHY), OPENBAO, cert_days=29.5)
    assert kinds(first) == [AlertKind.CERT_EXPIRING]
    assert "29" in first[0].text
    assert rules.observe(look(2, *HEALTHY), OPENBAO, cert_days=20) == []
    assert kinds(rules.observe(look(3, *HEALTHY), OPENBAO, cert_days=6.9)) == [
        AlertKind.CERT_EXPIRING
    ]
    assert rules.observe(look(4, *HEALTHY), OPENBAO, cert_days=6) == []


def test_credentials_expiring_then_expired() -> None:
    rules = AlertRules()
    assert rules.observe(look(0, *HEALTHY), OPENBAO, credentials="ok") == []
    soon = rules.observe(look(1, *HEALTHY), OPENBAO, credentials="warning")
    assert kinds(soon) == [AlertKind.CREDENTIALS_EXPIRING]
    assert rules.observe(look(2, *HEALTHY), OPENBAO, credentials="warning") == []
    gone = rules.observe(look(3, *HEALTHY), OPENBAO, credentials="expired")
    assert [a.text for a in gone] == ["Your sign-in has expired."]


def test_clusters_are_remembered_apart_and_forgotten() -> None:
    rules = AlertRules()
    rules.observe(look(0, *HEALTHY), OPENBAO)
    other = Snapshot("stage", 0, (NodeState(A, Role.SEALED),))
    sealed = [AlertKind.NODE_SEALED, AlertKind.QUORUM_LOST]
    assert kinds(rules.observe(other, OPENBAO)) == sealed
    assert rules.observe(look(1, *HEALTHY), OPENBAO) == []
    assert rules.observe(other, OPENBAO) == []
    rules.forget("stage")
    assert kinds(rules.observe(other, OPENBAO)) == sealed


def alert(at: float, text: str = "Node x is sealed.") -> Alert:
    return Alert("prod", AlertKind.NODE_SEALED, Sentence("Node {0} is sealed.", "x"), at, "x")


def test_the_log_keeps_alerts_across_restarts_and_skips_a_torn_line(tmp_path: Path) -> None:
    path = tmp_path / "notifications.jsonl"
    NotificationLog(path).append(alert(1.0))
    with path.open("a", encoding="utf-8") as out:
        out.write('{"cluster": "prod", "kind": "node-se')  # a write cut short
    NotificationLog(path).append(alert(2.0))
    read = NotificationLog(path).read()
    assert [(e.cluster, e.at, e.node) for e in read] == [("prod", 1.0, "x")]
    # The torn line swallowed the next record's start; later records read again.
    NotificationLog(path).append(alert(3.0))
    assert [e.at for e in NotificationLog(path).read()][-1] == 3.0
    assert isinstance(read[0].text, Sentence) and read[0].text.args == ("x",)


def test_the_log_is_trimmed_to_the_newest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notification_log, "KEEP", 5)
    log = NotificationLog(tmp_path / "n.jsonl")
    for at in range(12):
        log.append(alert(float(at)))
    kept = [e.at for e in log.read()]
    assert kept[0] >= 5.0 and kept[-1] == 11.0 and len(kept) <= 10
    lines = (tmp_path / "n.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["cluster"] == "prod" for line in lines)


def test_a_log_that_cannot_be_written_keeps_the_alert_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    log = NotificationLog(blocked / "notifications.jsonl")  # its folder is a file
    log.append(alert(1.0))
    assert log.problem
    assert [e.at for e in log.read()] == [1.0]


def test_a_tiny_negative_offset_is_never_shown_as_minus_zero() -> None:
    assert f"{rounded(-0.03):+.1f}" == "+0.0"
    assert f"{rounded(-0.26):+.1f}" == "-0.3"
    assert f"{rounded(-0.004, 2):+.2f}" == "+0.00"
    rules = AlertRules(skew_s=2.0)
    skewed = rules.observe(look(0, *HEALTHY, offset=-2.04), OPENBAO)
    assert skewed and all("-2.0 s off" in a.text for a in skewed)
