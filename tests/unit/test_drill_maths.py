"""The pure drill maths: availability, leaderless time, recovery, verdict, preflight."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.drill import (
    FAULT_TITLES,
    Fault,
    Observation,
    ProbeKind,
    ProbeSample,
    availability,
    failure_windows,
    first_new_leader,
    leader_spans,
    longest_outage,
    observe,
    time_without_leader,
)
from adminui.core.drill_preflight import Check, ClusterFacts, VoterFacts, preflight
from adminui.core.drill_report import (
    FAULT_SENTENCES,
    DrillReport,
    StepDownOutcome,
    classify_step_down,
    figures,
    to_markdown,
    verdict,
)
from adminui.core.sentence import Sentence

A, B, C = "http://a:1", "http://b:1", "http://c:1"


def obs(
    at: float, leader: str, agreed: bool = True, serving: int = 3, term: int = 1
) -> Observation:
    roles = tuple((u, "leader" if u == leader else "follower") for u in (A, B, C))
    return Observation(at, leader, agreed and bool(leader), term, 3, serving, 3, roles)


def sample(at: float, ok: bool, kind: ProbeKind = ProbeKind.WRITE) -> ProbeSample:
    return ProbeSample(at, kind, ok, 0.01, A)


def test_availability_counts_only_the_kind_and_window() -> None:
    samples = [sample(0, True), sample(1, False), sample(2, True), sample(3, True, ProbeKind.READ)]
    assert availability(samples, ProbeKind.WRITE) == 200 / 3
    assert availability(samples, ProbeKind.WRITE, start=1, end=1) == 0.0
    assert availability(samples, ProbeKind.READ) == 100.0
    assert availability([], ProbeKind.READ) is None


def test_failure_windows_and_longest_outage() -> None:
    samples = [sample(t / 10, ok) for t, ok in enumerate([1, 0, 0, 1, 0, 1, 1, 0])]
    assert failure_windows(samples, ProbeKind.WRITE) == [(0.1, 0.3), (0.4, 0.5), (0.7, 0.7)]
    assert abs(longest_outage(samples, ProbeKind.WRITE) - 0.2) < 1e-9
    assert longest_outage([sample(0, True)], ProbeKind.WRITE) == 0.0


def test_time_without_leader_holds_each_state_until_the_next() -> None:
    timeline = [obs(0, A), obs(1, ""), obs(1.5, ""), obs(3, B), obs(4, "")]
    assert time_without_leader(timeline, 0, 5) == 3.0  # 1→3 and 4→5
    assert time_without_leader(timeline, 2, 3.5) == 1.0  # the state before 2 is "none"
    assert time_without_leader(timeline, 5, 5) == 0.0


@given(
    st.lists(st.tuples(st.floats(0, 100, allow_nan=False), st.booleans()), min_size=1, max_size=40),
    st.floats(0, 50),
    st.floats(0, 60),
)
def test_time_without_leader_is_bounded_by_the_window(
    points: list[tuple[float, bool]], start: float, length: float
) -> None:
    timeline = [obs(t, A if led else "") for t, led in points]
    gap = time_without_leader(timeline, start, start + length)
    assert -1e-9 <= gap <= length + 1e-9
    if all(led for _, led in points):
        assert gap == 0.0
    if not any(led for _, led in points):
        assert abs(gap - length) < 1e-6


@given(st.lists(st.booleans(), max_size=60))
def test_availability_matches_the_share_of_successes(results: list[bool]) -> None:
    samples = [sample(i * 0.1, ok) for i, ok in enumerate(results)]
    value = availability(samples, ProbeKind.WRITE)
    if not results:
        assert value is None
    else:
        assert value is not None and abs(value - 100 * sum(results) / len(results)) < 1e-9
        assert longest_outage(samples, ProbeKind.WRITE) <= 0.1 * len(results)


def test_leader_spans_merge_repeats() -> None:
    spans = leader_spans([obs(0, A), obs(1, A), obs(2, ""), obs(3, B)], end=5)
    assert [(s.leader, s.start, s.end) for s in spans] == [(A, 0, 2), ("", 2, 3), (B, 3, 5)]


def test_first_new_leader_needs_agreement() -> None:
    timeline = [obs(0, A), obs(1, B, agreed=False), obs(1.2, B)]
    found = first_new_leader(timeline, 0.5, A)
    assert found is not None and found.at == 1.2


def test_observe_marks_candidates_as_not_agreed() -> None:
    snap = Snapshot(
        "c",
        10.0,
        (
            NodeState(A, Role.LEADER, term=4),
            NodeState(B, Role.CANDIDATE),
            NodeState(C, Role.UNREACHABLE),
        ),
    )
    o = observe(snap)
    assert o.leader == A and not o.agreed and o.answering == 2 and o.term == 4
    assert o.quorum_reachable and not o.all_back


def _report(**changes: object) -> DrillReport:
    timeline = (obs(0, A, term=3), obs(1.0, "", serving=2), obs(2.5, B, term=4), obs(4, B, term=4))
    samples = tuple(sample(t / 10, not (10 <= t < 25)) for t in range(0, 40))
    base = DrillReport(
        id="d1",
        cluster="Lab",
        cluster_kind="openbao",
        fault=Fault.KILL_LEADER,
        objective_s=2.0,
        hypothesis="h",
        started_at=0.0,
        fault_at=0.9,
        ended_at=4.0,
        old_leader=A,
        observations=timeline,
        samples=samples,
        post_checks=(Check("all nodes back", True, "ok"),),
    )
    return base.with_(**changes)


def test_figures_of_a_kill_leader_drill() -> None:
    figs = figures(_report())
    assert abs(figs.time_to_new_leader_s - 1.6) < 1e-9  # type: ignore[operator]
    assert figs.new_leader == B
    assert abs(figs.time_without_leader_s - 1.5) < 1e-9
    assert abs(figs.longest_write_outage_s - 1.5) < 1e-9
    assert figs.term_before == 3 and figs.term_after == 4
    assert figs.time_to_full_recovery_s is not None


def test_verdict_against_the_objective() -> None:
    assert verdict(_report(objective_s=2.0)).passed
    slow = verdict(_report(objective_s=1.0))
    assert not slow.passed and "more than the objective" in slow.reasons[0]
    assert not verdict(_report(aborted=True, abort_reason="x")).passed
    failed_post = _report(post_checks=(Check("one leader", False, "two leaders"),))
    assert any("two leaders" in r for r in verdict(failed_post).reasons)


def test_step_down_that_did_not_move_fails() -> None:
    report = _report(
        fault=Fault.STEP_DOWN, outcome=StepDownOutcome.NOT_MOVED, outcome_text="did not move"
    )
    assert not verdict(report).passed


def test_report_round_trips_through_json_and_markdown() -> None:
    report = _report()
    data = json.loads(json.dumps(report.to_dict()))
    again = DrillReport.from_dict(data)
    assert again.to_dict() == report.to_dict()
    text = to_markdown(report, "chart.png")
    assert "**Verdict: PASS**" in text and "![Leader timeline](chart.png)" in text
    assert "| Time without a leader | 1.50 s |" in text


def test_markdown_is_english_by_default_and_rendered_through_say() -> None:
    report = _report(preflight=(Check("lag", False, "n2 lags", blocking=False),))
    text = to_markdown(report)
    assert text.startswith("# Failover drill: Kill the leader (lab) — Lab\n\n**Verdict: PASS**\n")
    for line in (
        "| Fault | Kill the leader (lab) |",
        "| Recovery objective | 2.00 s |",
        "| lag | note | n2 lags |",
        "| Read availability | — of 0 reads |",
        "| Write availability | 51.6 % of 31 writes |",
        "| +0.10 s | +1.60 s | 1.50 s | no leader |",
        "| all nodes back | ok | ok |",
    ):
        assert line in text.splitlines(), line
    assert to_markdown(report, say=str) == text
    # Every text of the report goes through ``say``: headings, labels, values, reasons.
    shouted = to_markdown(report, say=lambda t: str(t).upper())
    assert shouted.startswith("# FAILOVER DRILL: KILL THE LEADER (LAB) — LAB\n\n**VERDICT: PASS**")
    assert "| LAG | NOTE | N2 LAGS |" in shouted and "## LEADER TIMELINE" in shouted
    assert "| WRITE AVAILABILITY | 51.6 % OF 31 WRITES |" in shouted


def test_fault_sentences_read_as_the_fault_titles() -> None:
    assert {f: str(t) for f, t in FAULT_SENTENCES.items()} == FAULT_TITLES
    assert all(isinstance(t, Sentence) for t in FAULT_SENTENCES.values())


def test_classify_step_down_outcomes() -> None:
    moved = [obs(0, A, term=2), obs(0.5, ""), obs(0.7, B, term=3)]
    assert classify_step_down(moved, 0.1, A)[:2] == (StepDownOutcome.MOVED, B)
    stuck = [obs(t, A, term=2) for t in (0, 1, 2, 3)]
    assert classify_step_down(stuck, 0.1, A)[0] == ""
    outcome, _, elapsed = classify_step_down(stuck, 0.1, A, final=True)
    assert outcome == StepDownOutcome.NOT_MOVED and elapsed is not None
    assert "did not move" in StepDownOutcome.describe(outcome, A, "", elapsed).lower()
    again = [obs(0, A, term=2), obs(0.5, ""), obs(1.0, A, term=3), obs(3.5, A, term=3)]
    assert classify_step_down(again, 0.1, A)[0] == StepDownOutcome.REELECTED
    lost = [obs(0, A), obs(1, ""), obs(2, "")]
    assert classify_step_down(lost, 0.1, A, final=True)[0] == StepDownOutcome.NO_LEADER


def _facts(**changes: object) -> ClusterFacts:
    base = ClusterFacts(
        "Lab",
        A,
        3,
        3,
        (
            VoterFacts("n1", True, 0, None),
            VoterFacts("n2", True, 3, 0.2),
            VoterFacts("n3", True, 1, 0.3),
        ),
        1,
        True,
    )
    return ClusterFacts(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_preflight_passes_on_a_healthy_cluster() -> None:
    assert preflight(_facts()).passed


def test_preflight_names_each_problem() -> None:
    assert not preflight(_facts(failure_tolerance=0)).passed
    assert not preflight(_facts(token_allowed=False)).passed
    lagging = _facts(voters=(VoterFacts("n1", True), VoterFacts("n2", True, 5000, 0.1)))
    result = preflight(lagging)
    assert [c.name for c in result.failures] == ["lag"] and "n2" in result.failures[0].detail
    unhealthy = preflight(_facts(voters=(VoterFacts("n1", True), VoterFacts("n3", False))))
    assert "n3" in unhealthy.failures[0].detail
    assert not preflight(_facts(), Fault.KILL_LEADER).passed  # no lab control
    assert preflight(_facts(can_inject=True), Fault.KILL_TWO).passed
