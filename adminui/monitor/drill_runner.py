"""Failover drill runner (F16): preflight, steady state, fault, probes, restore, report.

No Qt, no lab import: lab faults come through an injected
:data:`~adminui.monitor.drill_faults.FaultInjector`. Use on one asyncio loop:

    runner = DrillRunner(connection, DrillPlan(Fault.KILL_LEADER, objective_s=10),
                         fault_injector=lab_fault_injector(lab), on_progress=print)
    checks = await runner.preflight()
    report = await runner.run()            # always returns a report, even when aborted

During the drill the cluster is observed every ``tick_s`` and probed (one read and one
write) every ``probe_interval_s``. ``abort()`` (thread-safe) stops the drill and restores
what it damaged; so does a failed safety check (quorum lost in a drill that did not
intend it, or no leader for far longer than the objective).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce

from adminui.api import errors
from adminui.api.kuma import KumaError
from adminui.core.cluster import ClusterKind, Role
from adminui.core.drill import (
    FAULT_TITLES,
    LAB_FAULTS,
    QUORUM_LOSS_FAULTS,
    DrillEvent,
    EventKind,
    Fault,
    Observation,
    ProbeKind,
    ProbeSample,
    observe,
)
from adminui.core.drill_preflight import Check, Preflight, preflight
from adminui.core.drill_report import (
    DrillReport,
    StepDownOutcome,
    classify_step_down,
    format_seconds,
)
from adminui.core.sentence import Sentence
from adminui.core.transitions import Transition
from adminui.monitor.cluster_monitor import ClusterMonitor
from adminui.monitor.connection import ClusterConnection, OnConnection
from adminui.monitor.drill_facts import core_facts, openbao_facts, probe_kuma_client
from adminui.monitor.drill_faults import KILL_NODE, RESTART_NODE, FaultInjector, can_inject
from adminui.monitor.drill_probes import Probes, make_probes
from adminui.monitor.stepdown import admin_client, send_step_down

Clock = Callable[[], float]


@dataclass(frozen=True)
class DrillPlan:
    """What to do and what counts as success."""

    fault: Fault
    objective_s: float = 10.0  # the user's recovery objective
    hypothesis: str = ""  # '' → a default sentence for the fault
    steady_s: float = 1.0  # probes before the fault (steady state)
    hold_s: float = 3.0  # how long a killed follower / lost quorum is left alone
    trailing_s: float = 1.0  # probes after recovery
    leader_timeout_s: float = 30.0  # wait for a new leader before restoring anyway
    recovery_timeout_s: float = 60.0  # wait for every node to be back
    settle_s: float = 30.0  # retry a preflight that failed only on transient checks
    probe_interval_s: float = 0.1
    tick_s: float = 0.1

    def default_hypothesis(self) -> str:
        objective = format_seconds(self.objective_s)
        if self.fault in QUORUM_LOSS_FAULTS:
            return Sentence(
                "While a majority of nodes is down, writes fail and reads may be served by "
                "the survivor; once the nodes are restored, a leader known by all nodes is "
                "back within {0}, and every node rejoins.",
                objective,
            )
        if self.fault is Fault.KILL_FOLLOWER:
            return Sentence(
                "Losing one follower does not interrupt reads or writes for longer than "
                "{0}; the leader stays, and the follower rejoins when restarted.",
                objective,
            )
        return Sentence(
            "Reads and writes succeed before the fault; after it a new leader is known by "
            "all nodes within {0}, and the cluster returns to all nodes healthy "
            "with one leader and a higher term.",
            objective,
        )


@dataclass(frozen=True)
class DrillProgress:
    """What a running drill reports to its viewer (called on the asyncio loop)."""

    phase: str
    at: float
    fault_at: float | None = None
    observation: Observation | None = None
    event: DrillEvent | None = None
    sample: ProbeSample | None = None
    samples: tuple[int, int] = (0, 0)  # (ok, failed) so far
    report: DrillReport | None = None


ProgressCallback = Callable[[DrillProgress], None]


class DrillAborted(Exception):
    """Raised inside the runner when the drill must stop."""


@dataclass
class _State:
    observations: list[Observation] = field(default_factory=list)
    samples: list[ProbeSample] = field(default_factory=list)
    events: list[DrillEvent] = field(default_factory=list)
    killed: list[str] = field(default_factory=list)
    fault_at: float | None = None
    restored_at: float | None = None


class DrillRunner(OnConnection):
    """One drill on one cluster."""

    def __init__(
        self,
        connection: ClusterConnection,
        plan: DrillPlan,
        *,
        fault_injector: FaultInjector | None = None,
        on_progress: ProgressCallback | None = None,
        clock: Clock = time.time,
        drill_id: str | None = None,
    ) -> None:
        self.connection = connection
        self.plan = plan
        self.injector = fault_injector
        self.on_progress = on_progress
        self.clock = clock
        self.id = drill_id or time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
        self._abort_reason = ""
        self._abort_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._aborted: asyncio.Event | None = None
        self._state = _State()
        self._phase = "idle"
        self._preflight: Preflight | None = None
        #: The leader the last preflight found ('' when none, or before any preflight).
        self.leader_url = ""
        #: The leader's name, as the confirmation asks for it.
        self.leader_label = ""

    # ----- control ------------------------------------------------------------------------
    def abort(self, reason: str = "") -> None:
        """Stop the drill and restore what it damaged (callable from any thread)."""
        reason = reason or Sentence("Aborted by the user.")
        with self._abort_lock:
            if not self._abort_reason:
                self._abort_reason = reason
        loop, event = self._loop, self._aborted
        if loop is None or event is None:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            event.set()
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(event.set)

    @property
    def aborted(self) -> bool:
        return bool(self._abort_reason)

    # ----- reporting ----------------------------------------------------------------------
    def _emit(self, **kwargs: object) -> None:
        if self.on_progress is None:
            return
        ok = sum(1 for s in self._state.samples if s.ok)
        progress = DrillProgress(
            self._phase,
            self.clock(),
            self._state.fault_at,
            samples=(ok, len(self._state.samples) - ok),
            **kwargs,  # type: ignore[arg-type]
        )
        with contextlib.suppress(Exception):
            self.on_progress(progress)

    def _event(self, kind: EventKind, text: str) -> None:
        event = DrillEvent(self.clock(), kind, text)
        self._state.events.append(event)
        self._emit(event=event)

    def _set_phase(self, phase: str) -> None:
        self._phase = phase
        self._emit()

    # ----- preflight ----------------------------------------------------------------------
    async def preflight(self) -> Preflight:
        """The preflight checks for this plan (also run at the start of :meth:`run`)."""
        monitor = ClusterMonitor(self.connection)
        try:
            snapshot = (await monitor.tick()).snapshot
        finally:
            await monitor.aclose()
        injectable = can_inject(self.injector)
        leader = snapshot.leader
        if self.profile.kind is ClusterKind.OPENBAO:
            if leader is None:
                facts = await openbao_facts(self.profile.name, snapshot, None, self.plan.fault)  # type: ignore[arg-type]
            else:
                async with admin_client(self.profile, self.token, leader.url) as client:
                    facts = await openbao_facts(
                        self.profile.name,
                        snapshot,
                        client,
                        self.plan.fault,
                        can_inject=injectable,
                        read_only=self.profile.read_only,
                    )
        else:
            url = leader.url if leader else self.profile.node_urls[0]
            kuma = probe_kuma_client(self.profile, self.token, url)
            try:
                facts = await core_facts(
                    self.profile.name,
                    snapshot,
                    kuma,
                    can_inject=injectable,
                    read_only=self.profile.read_only,
                )
            finally:
                await kuma.aclose()
        self._preflight = preflight(facts, self.plan.fault)
        self.leader_url = facts.leader
        self.leader_label = snapshot.label_of(facts.leader) if facts.leader else ""
        return self._preflight

    # ----- the drill ----------------------------------------------------------------------
    async def run(self) -> DrillReport:
        """Run the drill to its end (or abort) and return its report."""
        self._loop = asyncio.get_running_loop()
        self._aborted = asyncio.Event()
        if self._abort_reason:
            self._aborted.set()
        state = self._state = _State()
        started_at = self.clock()
        self._set_phase("preflight")
        checks = await self.preflight()
        settle_until = time.monotonic() + self.plan.settle_s
        if not checks.passed and checks.may_settle and not self.aborted:
            self._event(
                EventKind.INFO, Sentence("Waiting for the cluster to settle before the drill.")
            )
        while not checks.passed and checks.may_settle and time.monotonic() < settle_until:
            if self._aborted.is_set():
                break
            await asyncio.sleep(0.5)
            checks = await self.preflight()
        for check in checks.checks:
            kind = EventKind.INFO if check.ok or not check.blocking else EventKind.ERROR
            self._event(kind, Sentence("Preflight {0}: {1}", check.title, check.detail))
        base = DrillReport(
            id=self.id,
            cluster=self.profile.name,
            cluster_kind=str(self.profile.kind),
            fault=self.plan.fault,
            objective_s=self.plan.objective_s,
            hypothesis=self.plan.hypothesis or self.plan.default_hypothesis(),
            started_at=started_at,
            preflight=checks.checks,
        )
        if not checks.passed:
            # One failure after the other, separated by "; ".
            reasons = reduce(
                lambda text, more: Sentence("{0}; {1}", text, more),
                [c.detail for c in checks.failures],
            )
            report = base.with_(
                ended_at=self.clock(),
                error=Sentence("Preflight failed, the fault was not injected: {0}", reasons),
                events=tuple(state.events),
            )
            self._finish(report)
            return report

        monitor = ClusterMonitor(self.connection)
        probes = make_probes(self.profile, self.token, self.id, self._leader_hint, clock=self.clock)
        watcher: asyncio.Task[None] | None = None
        prober: asyncio.Task[None] | None = None
        error = ""
        outcome, outcome_text, old_leader = "", "", ""
        targets: list[str] = []
        post: list[Check] = []
        try:
            self._set_phase("setup")
            try:
                await probes.setup()
            except (errors.VaultError, KumaError) as exc:
                raise _Failed(
                    Sentence("The probes could not be set up: {0}", _message(exc))
                ) from None
            watcher = asyncio.create_task(self._watch(monitor))
            await self._first_observation()
            prober = asyncio.create_task(self._probe_loop(probes))
            self._set_phase("steady state")
            self._event(EventKind.INFO, Sentence("Measuring the steady state."))
            await self._sleep(self.plan.steady_s)
            self._check_steady_state()
            old_leader = state.observations[-1].leader
            self._set_phase("fault")
            targets = self._choose_targets(old_leader)
            outcome, outcome_text = await self._inject(old_leader, targets)
            self._set_phase("recovery")
            await self._restore()
            await self._wait_recovered()
            self._set_phase("trailing")
            await self._sleep(self.plan.trailing_s)
        except DrillAborted:
            self._event(EventKind.ABORT, Sentence("Drill aborted: {0}", self._abort_reason))
            self._set_phase("restoring")
            await self._restore(force=True)
            with contextlib.suppress(DrillAborted):
                await self._wait_recovered(abortable=False)
        except _Failed as exc:
            error = exc.text
            self._event(EventKind.ERROR, error)
            await self._restore(force=True)
        except Exception as exc:  # the report must be written whatever happened
            error = Sentence("Unexpected error: {0}", repr(exc))
            self._event(EventKind.ERROR, error)
            await self._restore(force=True)
        except asyncio.CancelledError:
            # The console is closing: bring back what was killed before giving up.
            self._event(EventKind.ABORT, Sentence("Drill cancelled: restarting the killed nodes."))
            with contextlib.suppress(BaseException):
                await self._restore(force=True)
            raise
        finally:
            if prober is not None:
                prober.cancel()
                await asyncio.gather(prober, return_exceptions=True)
            with contextlib.suppress(Exception):
                post = await self._post_checks(monitor, old_leader)
            if watcher is not None:
                watcher.cancel()
                await asyncio.gather(watcher, return_exceptions=True)
            try:
                await probes.teardown()
            except Exception as exc:  # the report says so; the drill's figures still count
                self._event(
                    EventKind.ERROR,
                    Sentence("The drill's scratch data could not be removed: {0}", _message(exc)),
                )
            await probes.aclose()
            await monitor.aclose()
        report = base.with_(
            fault_at=state.fault_at,
            restored_at=state.restored_at,
            ended_at=self.clock(),
            old_leader=old_leader,
            targets=tuple(targets),
            post_checks=tuple(post),
            events=tuple(sorted(state.events, key=lambda e: e.at)),
            observations=tuple(state.observations),
            samples=tuple(sorted(state.samples, key=lambda s: s.at)),
            outcome=outcome,
            outcome_text=outcome_text,
            aborted=self.aborted,
            abort_reason=self._abort_reason,
            error=error,
        )
        self._finish(report)
        return report

    def _finish(self, report: DrillReport) -> None:
        self._phase = "done"
        self._emit(report=report)

    def _leader_hint(self) -> str:
        for obs in reversed(self._state.observations[-3:]):
            if obs.leader:
                return obs.leader
        return ""

    async def _sleep(self, seconds: float, *, abortable: bool = True) -> None:
        """Sleep, but wake up and raise DrillAborted when the drill is aborted."""
        assert self._aborted is not None
        if not abortable:
            await asyncio.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._aborted.wait(), seconds)
        if self._aborted.is_set():
            raise DrillAborted

    async def _first_observation(self) -> None:
        deadline = time.monotonic() + 10
        while not self._state.observations:
            if time.monotonic() > deadline:
                raise _Failed(Sentence("The cluster could not be observed."))
            await self._sleep(0.02)

    # ----- observation and safety -------------------------------------------------------
    async def _watch(self, monitor: ClusterMonitor) -> None:
        previous: Observation | None = None
        while True:
            started = time.monotonic()
            try:
                tick = await monitor.tick()
            except Exception as exc:  # a failed look must not end the drill
                self._event(
                    EventKind.ERROR, Sentence("The cluster could not be observed: {0}", repr(exc))
                )
                await asyncio.sleep(self.plan.tick_s)
                continue
            obs = observe(tick.snapshot, self.clock())
            self._state.observations.append(obs)
            for transition in tick.transitions:
                if str(transition.kind).startswith("quorum"):
                    continue  # it counts candidates as down; ours below counts answers
                self._event(_transition_kind(transition), transition.describe())
            if previous is not None and previous.quorum_reachable != obs.quorum_reachable:
                self._event(
                    EventKind.SAFETY,
                    Sentence("Quorum regained: {0} of {1} nodes answer.", obs.answering, obs.total)
                    if obs.quorum_reachable
                    else Sentence(
                        "Quorum lost: only {0} of {1} nodes answer.", obs.answering, obs.total
                    ),
                )
            self._emit(observation=obs)
            self._safety(previous, obs)
            previous = obs
            await asyncio.sleep(max(0.0, self.plan.tick_s - (time.monotonic() - started)))

    def _safety(self, previous: Observation | None, obs: Observation) -> None:
        state = self._state
        if state.fault_at is None or self.aborted:
            return
        if (
            self.plan.fault not in QUORUM_LOSS_FAULTS
            and not obs.quorum_reachable
            and previous is not None
            and not previous.quorum_reachable  # two looks in a row
        ):
            reason = Sentence(
                "Safety check failed: quorum was lost in a drill that did not intend it "
                "({0} of {1} nodes answer).",
                obs.answering,
                obs.total,
            )
            self._event(EventKind.SAFETY, reason)
            self.abort(reason)
        limit = max(3 * self.plan.objective_s, self.plan.leader_timeout_s)
        leaderless = _leaderless_since(state.observations)
        if (
            leaderless is not None
            and state.restored_at is not None
            and obs.at - max(leaderless, state.restored_at) > limit
        ):
            reason = Sentence(
                "Safety check failed: no leader for more than {0}.", format_seconds(limit)
            )
            self._event(EventKind.SAFETY, reason)
            self.abort(reason)

    def _check_steady_state(self) -> None:
        obs = self._state.observations
        samples = self._state.samples
        last = obs[-1]
        if not last.all_back:
            raise _Failed(
                Sentence(
                    "Steady state not met: not every node serves with one agreed leader "
                    "({0} of {1} serving).",
                    last.serving,
                    last.total,
                )
            )
        failed = [s for s in samples if not s.ok]
        if not samples:
            raise _Failed(Sentence("Steady state not met: no probe answered before the fault."))
        if failed:
            raise _Failed(
                Sentence(
                    "Steady state not met: {0} of {1} probes failed before the fault ({2}).",
                    len(failed),
                    len(samples),
                    failed[0].error,
                )
            )
        self._event(
            EventKind.INFO,
            Sentence(
                "Steady state holds: {0} probes succeeded; leader {1}.", len(samples), last.leader
            ),
        )

    # ----- probes -------------------------------------------------------------------------
    async def _probe_loop(self, probes: Probes) -> None:
        in_flight: set[asyncio.Task[None]] = set()

        async def one(kind: ProbeKind) -> None:
            sample = await probes.probe(kind)
            self._state.samples.append(sample)
            self._emit(sample=sample)

        try:
            while True:
                started = time.monotonic()
                if len(in_flight) < 20:
                    for kind in (ProbeKind.READ, ProbeKind.WRITE):
                        task = asyncio.create_task(one(kind))
                        in_flight.add(task)
                        task.add_done_callback(in_flight.discard)
                elapsed = time.monotonic() - started
                await asyncio.sleep(max(0.0, self.plan.probe_interval_s - elapsed))
        finally:
            # Let the probes in flight finish (each is bounded by its own timeout).
            if in_flight:
                await asyncio.wait(in_flight, timeout=2.0)
            for task in in_flight:
                task.cancel()

    # ----- fault and restore --------------------------------------------------------------
    def _choose_targets(self, leader: str) -> list[str]:
        followers = [u for u in self.profile.node_urls if u != leader]
        fault = self.plan.fault
        if fault is Fault.STEP_DOWN or fault is Fault.KILL_LEADER:
            return [leader]
        if fault is Fault.KILL_FOLLOWER:
            return followers[:1]
        return [leader, *followers[:1]]

    async def _inject(self, leader: str, targets: list[str]) -> tuple[str, str]:
        state = self._state
        fault = self.plan.fault
        if fault in LAB_FAULTS and not can_inject(self.injector):
            raise _Failed(Sentence("This fault needs the local lab's process control."))
        if fault is Fault.STEP_DOWN:
            state.fault_at = self.clock()
            self._event(EventKind.FAULT, Sentence("Step-down sent to {0}.", leader))
            try:
                await send_step_down(self.profile, self.token, leader, self.audit)
            except errors.VaultError as exc:
                raise _Failed(
                    Sentence("The step-down request failed: {0}", exc.user_message)
                ) from None
            outcome, new, elapsed = "", "", None
            deadline = state.fault_at + self.plan.leader_timeout_s
            while not outcome:
                await self._sleep(self.plan.tick_s)
                outcome, new, elapsed = classify_step_down(
                    state.observations,
                    state.fault_at,
                    leader,
                    final=self.clock() >= deadline,
                )
            text = StepDownOutcome.describe(outcome, leader, new, elapsed)
            self._event(
                EventKind.LEADER if outcome == StepDownOutcome.MOVED else EventKind.SAFETY, text
            )
            return outcome, text
        assert self.injector is not None
        kill = self.injector[KILL_NODE]
        state.fault_at = self.clock()
        for url in targets:
            await asyncio.to_thread(kill, url)
            state.killed.append(url)
            self._event(
                EventKind.FAULT,
                Sentence("Killed the leader {0} (SIGKILL).", url)
                if url == leader
                else Sentence("Killed the follower {0} (SIGKILL).", url),
            )
        if fault is Fault.KILL_LEADER:
            deadline = state.fault_at + self.plan.leader_timeout_s
            while self.clock() < deadline:
                last = state.observations[-1] if state.observations else None
                if last and last.leader and last.leader != leader and last.agreed:
                    self._event(
                        EventKind.LEADER,
                        Sentence(
                            "New leader {0} known by all reachable nodes after {1}.",
                            last.leader,
                            format_seconds(last.at - state.fault_at),
                        ),
                    )
                    break
                await self._sleep(self.plan.tick_s / 2)
            else:
                self._event(
                    EventKind.SAFETY,
                    Sentence(
                        "No new leader within {0}.", format_seconds(self.plan.leader_timeout_s)
                    ),
                )
        else:
            await self._sleep(self.plan.hold_s)
        return "", ""

    async def _restore(self, *, force: bool = False) -> None:
        """Restart what the drill killed (in the order killed)."""
        state = self._state
        if not state.killed or self.injector is None:
            return
        restart = self.injector[RESTART_NODE]
        if state.restored_at is None:
            state.restored_at = self.clock()
        while state.killed:
            url = state.killed[0]
            self._event(EventKind.RESTORE, Sentence("Restarting {0}.", url))
            try:
                await asyncio.to_thread(restart, url)
            except Exception as exc:
                failure = Sentence("Restarting {0} failed: {1}", url, str(exc))
                self._event(EventKind.ERROR, failure)
                if not force:
                    raise _Failed(failure) from None
            state.killed.pop(0)
        self._event(EventKind.RESTORE, Sentence("Every killed node was started again."))

    async def _wait_recovered(self, *, abortable: bool = True) -> None:
        state = self._state
        since = state.restored_at or state.fault_at or self.clock()
        deadline = self.clock() + self.plan.recovery_timeout_s
        while self.clock() < deadline:
            recent = [o for o in state.observations if o.at >= since]
            if recent and recent[-1].all_back:
                self._event(
                    EventKind.RECOVERED,
                    Sentence(
                        "All {0} nodes are back with one leader ({1}).",
                        recent[-1].total,
                        recent[-1].leader,
                    ),
                )
                return
            await self._sleep(self.plan.tick_s / 2, abortable=abortable)
        self._event(
            EventKind.SAFETY,
            Sentence(
                "The cluster did not fully recover within {0}.",
                format_seconds(self.plan.recovery_timeout_s),
            ),
        )

    # ----- post-checks --------------------------------------------------------------------
    async def _post_checks(self, monitor: ClusterMonitor, old_leader: str) -> list[Check]:
        state = self._state
        if state.fault_at is None:
            return []
        snapshot = (await monitor.tick()).snapshot
        obs = observe(snapshot, self.clock())
        state.observations.append(obs)
        checks = []
        down = [n.url for n in snapshot.nodes if n.role not in (Role.LEADER, Role.FOLLOWER)]
        checks.append(
            Check(
                "all nodes back",
                not down,
                Sentence("All {0} nodes serve.", obs.total)
                if not down
                else Sentence("Not serving: {0}.", down),
            )
        )
        checks.append(
            Check(
                "one leader",
                bool(obs.leader) and obs.agreed,
                Sentence("{0} leads and every node knows it.", obs.leader)
                if obs.leader and obs.agreed
                else Sentence("There is no single leader known by every node."),
            )
        )
        before = next(
            (o.term for o in reversed(state.observations) if o.at < state.fault_at and o.term),
            None,
        )
        expects_election = self.plan.fault is not Fault.KILL_FOLLOWER
        if before is None or obs.term is None:
            checks.append(
                Check(
                    "term advanced",
                    False,
                    Sentence("The Raft term is not known."),
                    blocking=False,
                )
            )
        else:
            advanced = obs.term > before
            checks.append(
                Check(
                    "term advanced",
                    advanced or not expects_election,
                    Sentence("Raft term {0} → {1}.", before, obs.term),
                    blocking=expects_election and not self.aborted,
                )
            )
        recent = [s for s in state.samples if s.at >= obs.at - 1.5 and s.kind is ProbeKind.WRITE]
        if recent:
            checks.append(
                Check(
                    "writes succeed",
                    recent[-1].ok,
                    Sentence("The last write probe succeeded.")
                    if recent[-1].ok
                    else Sentence("The last write probe failed: {0}", recent[-1].error),
                )
            )
        del old_leader
        return checks


class _Failed(Exception):
    """The drill cannot go on; ``text`` (a Sentence) says why."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _message(exc: Exception) -> str:
    """What went wrong, as the API layer words it (a Sentence stays one)."""
    message = getattr(exc, "user_message", "")
    return message if isinstance(message, str) and message else str(exc)


def _transition_kind(transition: Transition) -> EventKind:
    kind = str(transition.kind)
    if kind.startswith("leader") or kind.startswith("term"):
        return EventKind.LEADER
    if kind.startswith("quorum"):
        return EventKind.SAFETY
    return EventKind.NODE


def _leaderless_since(observations: list[Observation]) -> float | None:
    """When the current leaderless period started (None when there is a leader)."""
    since = None
    for obs in reversed(observations):
        if obs.leader and obs.agreed:
            break
        since = obs.at
    return since


__all__ = [
    "FAULT_TITLES",
    "DrillAborted",
    "DrillPlan",
    "DrillProgress",
    "DrillRunner",
    "ProgressCallback",
]
