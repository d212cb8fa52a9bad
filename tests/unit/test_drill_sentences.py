"""Drill and step-down texts are Sentences: English as before, translatable in the UI,
and still Sentences after a trip through the drill history on disk."""

from __future__ import annotations

import json
from pathlib import Path

from adminui.core.drill import DrillEvent, EventKind, Fault, Observation
from adminui.core.drill_preflight import Check, ClusterFacts, VoterFacts, preflight
from adminui.core.drill_report import (
    DrillReport,
    StepDownOutcome,
    figures,
    format_seconds,
    verdict,
)
from adminui.core.sentence import Sentence
from adminui.monitor.drill_runner import DrillPlan
from adminui.profiles.drill_history import DrillHistory

A, B = "http://a:1", "http://b:1"


def _facts(**changes: object) -> ClusterFacts:
    base = ClusterFacts(
        "Lab",
        A,
        3,
        3,
        (VoterFacts("n1", True, 0, None), VoterFacts("n2", True, 3, 0.2)),
        1,
        True,
    )
    return ClusterFacts(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_preflight_details_are_sentences_with_the_old_english() -> None:
    checks = preflight(
        _facts(
            voters=(
                VoterFacts("n1", False),
                VoterFacts("n2", True, 5000, 6.5),
                VoterFacts("n3", True, 700),
            ),
            failure_tolerance=0,
        ),
        Fault.KILL_TWO,
    ).checks
    details = {c.name: c.detail for c in checks}
    assert all(isinstance(d, Sentence) for d in details.values()), details
    assert details["voters"] == "1 of 3 voters are not healthy: n1."
    assert details["lag"] == (
        "Lagging behind the leader: n2 (5000 entries behind, last contact 6.5 s ago), "
        "n3 (700 entries behind). Wait until they catch up."
    )
    assert details["lag"].template == "Lagging behind the leader: {0}. Wait until they catch up."
    assert details["tolerance"] == (
        "Failure tolerance is 0: losing a node now would stop the cluster."
    )
    assert details["fault"] == "Killing nodes is only possible in the local lab."
    # Check names stay keys; their titles are sentences of their own.
    assert [c.title for c in checks][:2] == ["leader", "voters"]
    assert isinstance(checks[0].title, Sentence)


def test_durations_outcomes_and_hypotheses_are_sentences() -> None:
    took = format_seconds(1.234)
    assert took == "1.23 s" and isinstance(took, Sentence) and took.template == "{0:.2f} s"
    assert format_seconds(150) == "150 s" and format_seconds(None) == "—"
    text = StepDownOutcome.describe(StepDownOutcome.MOVED, A, B, 0.5)
    assert text == f"Leadership moved from {A} to {B} in 0.50 s."
    assert isinstance(text, Sentence) and text.args[2] == "0.50 s"
    assert StepDownOutcome.describe(StepDownOutcome.NO_LEADER, A, "", None) == (
        "No new leader was known by all nodes within —."
    )
    hypothesis = DrillPlan(Fault.KILL_FOLLOWER, objective_s=4).default_hypothesis()
    assert isinstance(hypothesis, Sentence) and "longer than 4.00 s;" in hypothesis


def _report() -> DrillReport:
    def o(at: float, leader: str, term: int) -> Observation:
        roles = tuple((u, "leader" if u == leader else "follower") for u in (A, B))
        return Observation(at, leader, bool(leader), term, 2, 2 if leader else 0, 2, roles)

    return DrillReport(
        id="sentences",
        cluster="Lab",
        cluster_kind="openbao",
        fault=Fault.STEP_DOWN,
        objective_s=1.0,
        hypothesis=DrillPlan(Fault.STEP_DOWN, objective_s=1.0).default_hypothesis(),
        started_at=0.0,
        fault_at=1.0,
        ended_at=5.0,
        old_leader=A,
        preflight=tuple(preflight(_facts()).checks),
        post_checks=(Check("one leader", False, Sentence("{0} leads.", B)),),
        events=(
            DrillEvent(1.0, EventKind.FAULT, Sentence("Step-down sent to {0}.", A)),
            DrillEvent(1.1, EventKind.INFO, "an old plain event"),
        ),
        observations=(o(0, A, 1), o(1.5, "", 1), o(3.0, B, 2)),
        outcome=StepDownOutcome.REELECTED,
        outcome_text=StepDownOutcome.describe(StepDownOutcome.REELECTED, A, A, 2.0),
        aborted=True,
        abort_reason=Sentence("Aborted by the user."),
        error=Sentence("The step-down request failed: {0}", Sentence("permission denied")),
    )


def test_drill_history_round_trip_keeps_sentences(tmp_path: Path) -> None:
    history = DrillHistory(tmp_path)
    report = _report()
    history.save(report)
    again = history.load(report.id)
    assert again.to_dict() == report.to_dict()
    for before, after in [
        (report.hypothesis, again.hypothesis),
        (report.outcome_text, again.outcome_text),
        (report.abort_reason, again.abort_reason),
        (report.error, again.error),
        (report.events[0].text, again.events[0].text),
        (report.preflight[0].detail, again.preflight[0].detail),
        (report.post_checks[0].detail, again.post_checks[0].detail),
    ]:
        assert isinstance(before, Sentence) and isinstance(after, Sentence), after
        assert after == before and after.template == before.template
        assert after.args == before.args
    assert isinstance(again.error, Sentence) and isinstance(again.error.args[0], Sentence)
    assert again.events[1].text == "an old plain event"
    assert not isinstance(again.events[1].text, Sentence)
    # The verdict and the figures read the loaded sentences.
    reasons = verdict(again).reasons
    assert all(isinstance(r, Sentence) for r in reasons)
    assert reasons[0] == "The drill failed: The step-down request failed: permission denied"
    assert "The drill was aborted: Aborted by the user." in reasons  # one full stop
    assert any(r == f"Post-check failed: {B} leads." for r in reasons)
    assert isinstance(figures(again).recovery_measure, Sentence)


def test_old_history_records_of_plain_text_still_load(tmp_path: Path) -> None:
    data = _report().to_dict()
    data = json.loads(json.dumps(data))
    data["hypothesis"] = "an old hypothesis"
    data["error"] = "an old error"
    data["events"] = [{"at": 1.0, "kind": "fault", "text": "Step-down sent to x."}]
    data["preflight"] = [{"name": "leader", "ok": True, "detail": "x is the active node."}]
    (tmp_path / "drills").mkdir()
    (tmp_path / "drills" / "old.json").write_text(json.dumps({**data, "id": "old"}))
    history = DrillHistory(tmp_path)
    old = history.load("old")
    assert old.hypothesis == "an old hypothesis" and old.error == "an old error"
    assert old.events[0].text == "Step-down sent to x."
    assert old.preflight[0].detail == "x is the active node."
    assert [s.id for s in history.summaries()] == ["old"]
