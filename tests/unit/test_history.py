from __future__ import annotations

import math

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory, SharedTexts
from adminui.core.sentence import Sentence

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


def test_chart_series_give_latency_lag_and_the_leader() -> None:
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
    history.add(Snapshot("c", 2, (NodeState(A, Role.UNREACHABLE),)))  # B not reported
    assert list(history.chart_times()) == [0, 1, 2]
    latency, lag = history.chart_node(B)
    assert latency[0] == 0.02 and math.isnan(latency[1]) and math.isnan(latency[2])
    assert lag[0] == 5 and math.isnan(lag[1]) and math.isnan(lag[2])
    assert list(history.chart_leaders((A, B))) == [1, 1, 0]
    assert list(history.chart_leaders((B, A))) == [2, 2, 0]  # numbered as the chart lists
    assert list(history.chart_leaders((B,))) == [0, 0, 0]  # a leader the chart does not show
    never = history.chart_node("http://never")
    assert len(never[0]) == 3 and all(math.isnan(v) for v in never[0])


def test_chart_arrays_wrap_around_and_match_the_snapshots_kept() -> None:
    """After many times its capacity, the arrays hold exactly the snapshots kept, oldest
    first, in memory allocated once."""
    history = ClusterHistory(capacity=7)
    column_ids = None
    for t in range(40):
        history.add(snap(t, A if t % 5 else B, t, lag_b=t % 4))
        if t == 0:
            column_ids = {id(c) for c in history._charts._columns.values()}
    assert {id(c) for c in history._charts._columns.values()} == column_ids  # no new arrays
    kept = history.snapshots()
    assert list(history.chart_times()) == [s.taken_at for s in kept]
    latency, lag = history.chart_node(B)
    assert list(lag) == [float(100 - s.node(B).applied_index) for s in kept]  # type: ignore[union-attr]
    assert list(latency) == [0.02] * 7
    assert list(history.chart_leaders((A, B))) == [1.0 if s.leader.url == A else 2.0 for s in kept]  # type: ignore[union-attr]
    assert not history.chart_times().flags.writeable  # a view the chart cannot spoil


def fresh(text: str) -> str:
    """An equal text in a new object, as each look parses its answers anew."""
    return "".join(list(text))


def down_look(t: float) -> Snapshot:
    return Snapshot(
        fresh("c"),
        t,
        (
            NodeState(fresh(A), Role.LEADER, 3, 100, 100, version=fresh("2.1.0")),
            NodeState(
                fresh(B),
                Role.UNREACHABLE,
                error=Sentence("{0} does not answer: {1}.", fresh(B), "connection refused"),
                reason=fresh("refused"),
                balancer_answer=Sentence("no answer"),
            ),
        ),
        storage=fresh("raft"),
    )


def test_kept_snapshots_share_one_copy_of_each_text_and_say_the_same() -> None:
    history = ClusterHistory()
    looks = [down_look(t) for t in range(50)]
    for look in looks:
        history.add(look)
    kept = history.snapshots()
    assert kept == looks  # equal, field by field
    first, last = kept[0], kept[-1]
    assert first.cluster is last.cluster and first.storage is last.storage
    for a, b in zip(first.nodes, last.nodes, strict=True):
        for name in ("url", "version", "error", "reason", "balancer_answer"):
            assert getattr(a, name) is getattr(b, name), name
    assert last.nodes[0].url is not looks[-1].nodes[0].url  # the look's own copy let go
    error = last.nodes[1].error
    assert isinstance(error, Sentence) and error.template == "{0} does not answer: {1}."


def test_texts_that_read_the_same_but_translate_differently_are_kept_apart() -> None:
    shared = SharedTexts()
    plain, sentence = "no answer", Sentence("no answer")
    other = Sentence("{0}", "no answer")
    held = [shared.text(t) for t in (plain, sentence, other)]
    assert held[0] is plain and held[1] is sentence and held[2] is other
    assert shared.text(Sentence("no answer")) is sentence


def test_the_table_of_texts_starts_again_past_its_limit() -> None:
    shared = SharedTexts(limit=10)
    for n in range(25):
        assert shared.text(f"error {n}") == f"error {n}"
        assert len(shared) <= 10
    again = fresh("error 24")
    assert shared.text(again) is not again  # still held since the last start
