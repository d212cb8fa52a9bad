"""The report of a step-down or failover drill: the record, its figures, its verdict,
and its Markdown and JSON forms. Pure: no I/O (the history store and the PDF writer
live in other layers).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from adminui.core.drill import (
    FAULT_TITLES,
    DrillEvent,
    Fault,
    LeaderSpan,
    Observation,
    ProbeKind,
    ProbeSample,
    availability,
    first_agreed_leader,
    first_full_recovery,
    first_new_leader,
    leader_spans,
    longest_outage,
    time_without_leader,
)
from adminui.core.drill_preflight import Check
from adminui.core.sentence import Sentence, from_json, json_value, rounded

REPORT_VERSION = 1

#: The faults' titles (:data:`~adminui.core.drill.FAULT_TITLES`) as sentences, so the
#: report can show them in the interface language.
FAULT_SENTENCES = {
    Fault.STEP_DOWN: Sentence("Step down the active node"),
    Fault.KILL_LEADER: Sentence("Kill the leader (lab)"),
    Fault.KILL_FOLLOWER: Sentence("Kill a follower (lab)"),
    Fault.KILL_TWO: Sentence("Kill two nodes: quorum loss, then restore (lab)"),
}


def fault_title(fault: Fault) -> str:
    """What ``fault`` is called, for people (a Sentence for the known faults)."""
    return FAULT_SENTENCES.get(fault) or FAULT_TITLES.get(fault, str(fault))


class StepDownOutcome:
    """What a step-down did, in the words the console shows."""

    MOVED = "moved"
    NOT_MOVED = "not_moved"  # the same node stayed leader throughout
    REELECTED = "reelected"  # there was an election, and the same node won it
    NO_LEADER = "no_leader"  # no leader known by all nodes when the wait ended
    FAILED = "failed"  # the request itself failed

    TEXT: ClassVar[dict[str, str]] = {
        MOVED: "Leadership moved from {old} to {new} in {elapsed}.",
        NOT_MOVED: "Leadership did not move: {old} is still the leader after {elapsed}.",
        REELECTED: "The same node was re-elected: {old} is the leader again after {elapsed}.",
        NO_LEADER: "No new leader was known by all nodes within {elapsed}.",
        FAILED: "The step-down request failed: {error}",
    }

    @classmethod
    def describe(
        cls, outcome: str, old: str, new: str, elapsed_s: float | None, error: str = ""
    ) -> str:
        """The outcome in a sentence (the English of :attr:`TEXT`, kept for translation)."""
        none = Sentence("(none)")
        was, now, elapsed = old or none, new or none, format_seconds(elapsed_s)
        if outcome == cls.MOVED:
            return Sentence("Leadership moved from {0} to {1} in {2}.", was, now, elapsed)
        if outcome == cls.NOT_MOVED:
            return Sentence(
                "Leadership did not move: {0} is still the leader after {1}.", was, elapsed
            )
        if outcome == cls.REELECTED:
            return Sentence(
                "The same node was re-elected: {0} is the leader again after {1}.", was, elapsed
            )
        if outcome == cls.NO_LEADER:
            return Sentence("No new leader was known by all nodes within {0}.", elapsed)
        if outcome == cls.FAILED:
            return Sentence("The step-down request failed: {0}", error)
        return Sentence("{0} → {1}", was, now)


@dataclass(frozen=True)
class DrillReport:
    """Everything one drill recorded. Figures are derived with :func:`figures`."""

    id: str
    cluster: str
    cluster_kind: str
    fault: Fault
    objective_s: float
    hypothesis: str
    started_at: float
    fault_at: float | None = None
    restored_at: float | None = None
    ended_at: float | None = None
    old_leader: str = ""
    targets: tuple[str, ...] = ()  # the nodes the fault was applied to
    preflight: tuple[Check, ...] = ()
    post_checks: tuple[Check, ...] = ()
    events: tuple[DrillEvent, ...] = ()
    observations: tuple[Observation, ...] = ()
    samples: tuple[ProbeSample, ...] = ()
    outcome: str = ""  # step-down outcome (StepDownOutcome) or '' for kills
    outcome_text: str = ""
    aborted: bool = False
    abort_reason: str = ""
    error: str = ""
    notes: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def title(self) -> str:
        return f"{fault_title(self.fault)} — {self.cluster}"

    def to_dict(self) -> dict[str, Any]:
        figs = figures(self)
        judged = verdict(self)
        return {
            "version": REPORT_VERSION,
            "id": self.id,
            "cluster": self.cluster,
            "cluster_kind": self.cluster_kind,
            "fault": str(self.fault),
            "objective_s": self.objective_s,
            "hypothesis": json_value(self.hypothesis),
            "started_at": self.started_at,
            "fault_at": self.fault_at,
            "restored_at": self.restored_at,
            "ended_at": self.ended_at,
            "old_leader": self.old_leader,
            "targets": list(self.targets),
            "preflight": [c.to_dict() for c in self.preflight],
            "post_checks": [c.to_dict() for c in self.post_checks],
            "events": [e.to_dict() for e in self.events],
            "observations": [o.to_dict() for o in self.observations],
            "samples": [s.to_dict() for s in self.samples],
            "outcome": self.outcome,
            "outcome_text": json_value(self.outcome_text),
            "aborted": self.aborted,
            "abort_reason": json_value(self.abort_reason),
            "error": json_value(self.error),
            "notes": dict(self.notes),
            "figures": figs.to_dict(),
            "verdict": {"passed": judged.passed, "reasons": list(judged.reasons)},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DrillReport:
        """A report from :meth:`to_dict` output (figures are recomputed, not trusted)."""

        def items(key: str) -> list[dict[str, Any]]:
            value = data.get(key) or []
            return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

        def opt(key: str) -> float | None:
            value = data.get(key)
            return float(value) if isinstance(value, int | float) else None

        return cls(
            id=str(data.get("id", "")),
            cluster=str(data.get("cluster", "")),
            cluster_kind=str(data.get("cluster_kind", "")),
            fault=Fault(str(data.get("fault", Fault.STEP_DOWN))),
            objective_s=float(data.get("objective_s") or 0.0),
            hypothesis=from_json(data.get("hypothesis", "")),
            started_at=float(data.get("started_at") or 0.0),
            fault_at=opt("fault_at"),
            restored_at=opt("restored_at"),
            ended_at=opt("ended_at"),
            old_leader=str(data.get("old_leader", "")),
            targets=tuple(str(t) for t in data.get("targets") or []),
            preflight=tuple(Check.from_dict(c) for c in items("preflight")),
            post_checks=tuple(Check.from_dict(c) for c in items("post_checks")),
            events=tuple(DrillEvent.from_dict(e) for e in items("events")),
            observations=tuple(Observation.from_dict(o) for o in items("observations")),
            samples=tuple(ProbeSample.from_dict(s) for s in items("samples")),
            outcome=str(data.get("outcome", "")),
            outcome_text=from_json(data.get("outcome_text", "")),
            aborted=bool(data.get("aborted")),
            abort_reason=from_json(data.get("abort_reason", "")),
            error=from_json(data.get("error", "")),
            notes=dict(data.get("notes") or {}),
        )

    def with_(self, **changes: Any) -> DrillReport:
        return replace(self, **changes)


@dataclass(frozen=True)
class DrillFigures:
    """The numbers of a drill (seconds; None where they do not apply or never happened)."""

    read_availability_pct: float | None
    write_availability_pct: float | None
    reads: int
    writes: int
    time_without_leader_s: float
    time_to_new_leader_s: float | None
    new_leader: str
    time_to_full_recovery_s: float | None
    recovery_after_restore_s: float | None
    longest_write_outage_s: float
    longest_read_outage_s: float
    recovery_s: float | None  # the figure compared with the objective
    recovery_measure: str  # what ``recovery_s`` measures, in words
    term_before: int | None
    term_after: int | None
    answered_by: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "read_availability_pct": self.read_availability_pct,
            "write_availability_pct": self.write_availability_pct,
            "reads": self.reads,
            "writes": self.writes,
            "time_without_leader_s": self.time_without_leader_s,
            "time_to_new_leader_s": self.time_to_new_leader_s,
            "new_leader": self.new_leader,
            "time_to_full_recovery_s": self.time_to_full_recovery_s,
            "recovery_after_restore_s": self.recovery_after_restore_s,
            "longest_write_outage_s": self.longest_write_outage_s,
            "longest_read_outage_s": self.longest_read_outage_s,
            "recovery_s": self.recovery_s,
            "recovery_measure": self.recovery_measure,
            "term_before": self.term_before,
            "term_after": self.term_after,
            "answered_by": dict(self.answered_by),
        }


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reasons: tuple[str, ...]


def _term_at(observations: tuple[Observation, ...], before: float | None) -> int | None:
    terms = [
        o.term for o in observations if o.term is not None and (before is None or o.at <= before)
    ]
    return terms[-1] if terms else None


def figures(report: DrillReport) -> DrillFigures:
    """Availability, leaderless time and recovery times of ``report``."""
    start = report.fault_at if report.fault_at is not None else report.started_at
    end = report.ended_at if report.ended_at is not None else start
    obs = report.observations
    during = [s for s in report.samples if start <= s.at <= end]

    new_leader_obs = None
    if report.fault in (Fault.STEP_DOWN, Fault.KILL_LEADER):
        new_leader_obs = first_new_leader(obs, start, report.old_leader)
    elif report.fault is Fault.KILL_TWO:
        new_leader_obs = first_agreed_leader(obs, start)
    time_to_new_leader = new_leader_obs.at - start if new_leader_obs else None

    disturbed = next(
        (o for o in sorted(obs, key=lambda o: o.at) if o.at >= start and not o.all_back), None
    )
    full = first_full_recovery(obs, disturbed.at) if disturbed else None
    time_to_full = full.at - start if full else None

    after_restore = None
    if report.restored_at is not None:
        back = first_agreed_leader(obs, report.restored_at, excluding_gap=False)
        after_restore = back.at - report.restored_at if back else None

    write_outage = longest_outage(during, ProbeKind.WRITE)
    recovery: float | None
    measure: str
    if report.fault is Fault.KILL_FOLLOWER:
        recovery, measure = write_outage, Sentence("longest write outage")
    elif report.fault is Fault.KILL_TWO:
        recovery = after_restore
        measure = Sentence("time from restore to a leader known by all nodes")
    else:
        recovery, measure = time_to_new_leader, Sentence("time to a new leader known by all nodes")

    answered = Counter(s.node for s in during if s.ok and s.node)
    term_after_obs = [o.term for o in obs if o.term is not None]
    return DrillFigures(
        read_availability_pct=availability(during, ProbeKind.READ),
        write_availability_pct=availability(during, ProbeKind.WRITE),
        reads=sum(1 for s in during if s.kind is ProbeKind.READ),
        writes=sum(1 for s in during if s.kind is ProbeKind.WRITE),
        time_without_leader_s=time_without_leader(obs, start, end),
        time_to_new_leader_s=time_to_new_leader,
        new_leader=new_leader_obs.leader if new_leader_obs else "",
        time_to_full_recovery_s=time_to_full,
        recovery_after_restore_s=after_restore,
        longest_write_outage_s=write_outage,
        longest_read_outage_s=longest_outage(during, ProbeKind.READ),
        recovery_s=recovery,
        recovery_measure=measure,
        term_before=_term_at(obs, start),
        term_after=term_after_obs[-1] if term_after_obs else None,
        answered_by=dict(sorted(answered.items())),
    )


def verdict(report: DrillReport) -> Verdict:
    """Pass or fail against the objective, with every reason for a failure."""
    figs = figures(report)
    reasons: list[str] = []
    if report.error:
        reasons.append(Sentence("The drill failed: {0}", report.error))
    if report.aborted:
        # Every abort reason is a sentence of its own, ending in a full stop.
        reasons.append(
            Sentence("The drill was aborted: {0}", report.abort_reason or Sentence("by the user."))
        )
    if (
        report.fault is Fault.STEP_DOWN
        and report.outcome
        and report.outcome != StepDownOutcome.MOVED
    ):
        reasons.append(report.outcome_text or Sentence("Leadership did not move."))
    if figs.recovery_s is None:
        reasons.append(Sentence("No recovery was observed ({0}).", figs.recovery_measure))
    elif figs.recovery_s > report.objective_s:
        reasons.append(
            Sentence(
                "Recovery took {0} ({1}), more than the objective of {2}.",
                format_seconds(figs.recovery_s),
                figs.recovery_measure,
                format_seconds(report.objective_s),
            )
        )
    failed_post = [c for c in report.post_checks if c.blocking and not c.ok]
    reasons.extend(Sentence("Post-check failed: {0}", c.detail) for c in failed_post)
    if not report.post_checks and not report.aborted and not report.error:
        reasons.append(Sentence("No post-checks were run."))
    if not reasons:
        return Verdict(
            True,
            (
                Sentence(
                    "Recovered in {0} ({1}), within the objective of {2}.",
                    format_seconds(figs.recovery_s),
                    figs.recovery_measure,
                    format_seconds(report.objective_s),
                ),
            ),
        )
    return Verdict(False, tuple(reasons))


# ----- text -----------------------------------------------------------------------------


def format_seconds(value: float | None) -> str:
    """A duration: "1.23 s" (a Sentence, so the interface can show "1,23 с")."""
    if value is None:
        return "—"
    value = float(value)
    return Sentence("{0:.2f} s", value) if value < 100 else Sentence("{0:.0f} s", value)


def format_pct(value: float | None) -> str:
    """A percentage: "99.5 %" (a Sentence, so the interface can show "99,5 %")."""
    return "—" if value is None else Sentence("{0:.1f} %", float(value))


def clock(at: float) -> str:
    """Local wall-clock time with milliseconds."""
    return time.strftime("%H:%M:%S", time.localtime(at)) + f".{int(at * 1000) % 1000:03d}"


def stamp(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(at))


def relative(at: float, origin: float | None) -> str:
    """Seconds since ``origin``: "+1.50 s" (a Sentence); '' without an origin."""
    if origin is None:
        return ""
    return Sentence("{0:+.2f} s", rounded(at - origin, 2))


def spans(report: DrillReport) -> list[LeaderSpan]:
    return leader_spans(report.observations, report.ended_at)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines.extend("| " + " | ".join(cell(c) for c in row) + " |" for row in rows)
    return lines


def to_markdown(
    report: DrillReport, chart: str | None = None, say: Callable[[str], str] = str
) -> str:
    """The report as Markdown (``chart``: an image path or URL to embed, if any).

    ``say`` renders each text: ``str`` gives the English report; the interface passes
    ``adminui.ui.i18n.say`` for the report in its language.
    """
    figs = figures(report)
    judged = verdict(report)
    origin = report.fault_at
    none = "—"
    heading = Sentence("Failover drill: {0} — {1}", fault_title(report.fault), report.cluster)
    out: list[str] = ["# " + say(heading), ""]
    passed = Sentence("Verdict: PASS") if judged.passed else Sentence("Verdict: FAIL")
    out.append("**" + say(passed) + "**")
    out.append("")
    out.extend(f"* {say(reason)}" for reason in judged.reasons)
    out.append("")
    out.extend(
        _table(
            [say(Sentence("Item")), say(Sentence("Value"))],
            [
                [say(Sentence("Cluster")), f"{report.cluster} ({report.cluster_kind})"],
                [say(Sentence("Fault")), say(fault_title(report.fault))],
                [say(Sentence("Target nodes")), ", ".join(report.targets) or none],
                [say(Sentence("Started")), stamp(report.started_at)],
                [say(Sentence("Leader before")), report.old_leader or none],
                [say(Sentence("Recovery objective")), say(format_seconds(report.objective_s))],
                [say(Sentence("Drill id")), report.id],
            ],
        )
    )
    if report.outcome_text:
        outcome = say(Sentence("Outcome"))
        out += ["", f"**{outcome}:** {say(report.outcome_text)}"]
    hypothesis = say(Sentence("Hypothesis"))
    out += ["", f"## {hypothesis}", "", say(report.hypothesis) or none, ""]
    out += ["## " + say(Sentence("Preflight")), ""]
    ok, failed, note = Sentence("ok"), Sentence("FAILED"), Sentence("note")
    check_header = [say(Sentence("Check")), say(Sentence("Result")), say(Sentence("Detail"))]
    out += _table(
        check_header,
        [
            [say(c.title), say(ok if c.ok else (failed if c.blocking else note)), say(c.detail)]
            for c in report.preflight
        ],
    )
    out += ["", "## " + say(Sentence("Figures")), ""]
    answered = ", ".join(f"{node}: {count}" for node, count in figs.answered_by.items())
    out += _table(
        [say(Sentence("Figure")), say(Sentence("Value"))],
        [
            [
                say(Sentence("Read availability")),
                say(
                    Sentence("{0} of {1} reads", format_pct(figs.read_availability_pct), figs.reads)
                ),
            ],
            [
                say(Sentence("Write availability")),
                say(
                    Sentence(
                        "{0} of {1} writes", format_pct(figs.write_availability_pct), figs.writes
                    )
                ),
            ],
            [
                say(Sentence("Time without a leader")),
                say(format_seconds(figs.time_without_leader_s)),
            ],
            [
                say(Sentence("Time to a new leader (known by all nodes)")),
                say(format_seconds(figs.time_to_new_leader_s)),
            ],
            [say(Sentence("New leader")), figs.new_leader or none],
            [
                say(Sentence("Longest write outage")),
                say(format_seconds(figs.longest_write_outage_s)),
            ],
            [
                say(Sentence("Longest read outage")),
                say(format_seconds(figs.longest_read_outage_s)),
            ],
            [
                say(Sentence("Time to full recovery (all nodes back)")),
                say(format_seconds(figs.time_to_full_recovery_s)),
            ],
            [
                say(Sentence("Recovery after restore")),
                say(format_seconds(figs.recovery_after_restore_s)),
            ],
            [
                say(Sentence("Raft term before → after")),
                f"{_opt(figs.term_before)} → {_opt(figs.term_after)}",
            ],
            [say(Sentence("Probes answered by")), answered or none],
        ],
    )
    timeline = say(Sentence("Leader timeline"))
    out += ["", "## " + timeline, ""]
    if chart:
        out += [f"![{timeline}]({chart})", ""]
    no_leader = say(Sentence("no leader"))
    out += _table(
        [
            say(Sentence("From")),
            say(Sentence("To")),
            say(Sentence("Duration")),
            say(Sentence("Leader")),
        ],
        [
            [
                say(relative(s.start, origin)) or clock(s.start),
                say(relative(s.end, origin)) or clock(s.end),
                say(format_seconds(s.duration_s)),
                s.leader or no_leader,
            ]
            for s in spans(report)
        ],
    )
    out += ["", "## " + say(Sentence("Events")), ""]
    out += _table(
        [
            say(Sentence("Time")),
            say(Sentence("Since fault")),
            say(Sentence("Kind")),
            say(Sentence("Event")),
        ],
        [
            [clock(e.at), say(relative(e.at, origin)), say(e.label), say(e.text)]
            for e in report.events
        ],
    )
    out += ["", "## " + say(Sentence("Post-checks")), ""]
    if report.post_checks:
        out += _table(
            check_header,
            [
                [say(c.title), say(ok if c.ok else failed), say(c.detail)]
                for c in report.post_checks
            ],
        )
    else:
        out.append(say(Sentence("No post-checks were run.")))
    out.append("")
    return "\n".join(out)


def _opt(value: int | None) -> str:
    return "—" if value is None else str(value)


def classify_step_down(
    observations: list[Observation] | tuple[Observation, ...],
    requested_at: float,
    old_leader: str,
    *,
    settle_s: float = 2.0,
    final: bool = False,
) -> tuple[str, str, float | None]:
    """(outcome, new leader, seconds) of a step-down sent at ``requested_at``.

    MOVED as soon as a different leader is known by every reachable node. The same node
    leading again after a gap (no agreed leader, or a higher term) for ``settle_s`` is
    REELECTED. Otherwise the outcome is '' (keep waiting) until ``final``, when it is
    NOT_MOVED (the old leader never stopped leading) or NO_LEADER.
    """
    after = sorted((o for o in observations if o.at >= requested_at), key=lambda o: o.at)
    moved = first_new_leader(after, requested_at, old_leader)
    if moved is not None:
        return StepDownOutcome.MOVED, moved.leader, moved.at - requested_at
    if not after:
        return ("" if not final else StepDownOutcome.NO_LEADER), "", None
    before_terms = [o.term for o in observations if o.at < requested_at and o.term is not None]
    term0 = before_terms[-1] if before_terms else None
    gap_at = next((o.at for o in after if not (o.leader and o.agreed)), None)
    if gap_at is None and term0 is not None:
        gap_at = next((o.at for o in after if o.term is not None and o.term > term0), None)
    last = after[-1]
    if gap_at is not None and last.leader == old_leader and last.agreed:
        back = next(
            (o for o in after if o.at > gap_at and o.leader == old_leader and o.agreed), last
        )
        if final or last.at - back.at >= settle_s:
            return StepDownOutcome.REELECTED, old_leader, back.at - requested_at
    if not final:
        return "", "", None
    elapsed = last.at - requested_at
    if last.leader == old_leader and last.agreed:
        return StepDownOutcome.NOT_MOVED, old_leader, elapsed
    return StepDownOutcome.NO_LEADER, "", elapsed
