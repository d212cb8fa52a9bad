"""Step-down of the OpenBao/Vault active node (F15): preflight, request, live wait.

    async with StepDown(connection) as step:
        checks = await step.preflight()
        if checks.passed:
            result = await step.run()          # result.text says what happened

``run`` sends ``sys/step-down`` to the leader and watches every node (one
:class:`ClusterMonitor` tick every ``interval_s``) until a different leader is known by
all reachable nodes. It says so plainly when leadership did not move (OpenBao 2.7.2
ignores step-down on a node that joined and was never restarted), when the same node
won the election again, or when no leader was known by the end of the wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from adminui.api import errors
from adminui.api.transport import AuditSink
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind, Snapshot
from adminui.core.drill import Fault, Observation, observe
from adminui.core.drill_preflight import Preflight, preflight
from adminui.core.drill_report import StepDownOutcome, classify_step_down
from adminui.core.sentence import Sentence
from adminui.monitor.clients import vault_client
from adminui.monitor.cluster_monitor import ClusterMonitor
from adminui.monitor.connection import ClusterConnection, OnConnection
from adminui.monitor.drill_facts import openbao_facts
from adminui.profiles.store import Profile

Clock = Callable[[], float]
ObservationCallback = Callable[[Observation], None]


@dataclass(frozen=True)
class StepDownResult:
    """What one step-down did; ``elapsed_s`` counts from the moment it was sent.

    ``text`` is a Sentence: show it with ``adminui.ui.i18n.say``.
    """

    outcome: str
    old_leader: str
    new_leader: str
    requested_at: float
    elapsed_s: float | None
    text: str
    observations: tuple[Observation, ...] = field(default=(), repr=False)
    error: str = ""

    @property
    def moved(self) -> bool:
        return self.outcome == StepDownOutcome.MOVED


def admin_client(
    profile: Profile, token: str | None, url: str, audit: AuditSink | None = None
) -> VaultClient:
    """A client for actions (not read-only unless the profile is) on node ``url``;
    its writes go to ``audit`` when given."""
    return vault_client(profile, token, url, audit=audit)


async def send_step_down(
    profile: Profile, token: str | None, leader_url: str, audit: AuditSink | None = None
) -> None:
    """PUT sys/step-down on ``leader_url`` (raises the API error), recorded in ``audit``."""
    async with admin_client(profile, token, leader_url, audit) as client:
        await client.sys.step_down()


class StepDown(OnConnection):
    """One step-down of one OpenBao/Vault cluster; use on one asyncio loop."""

    def __init__(
        self,
        connection: ClusterConnection,
        *,
        timeout_s: float = 15.0,
        interval_s: float = 0.05,
        clock: Clock = time.time,
        on_observation: ObservationCallback | None = None,
    ) -> None:
        if connection.kind is not ClusterKind.OPENBAO:
            raise ValueError(
                f"{connection.profile.name}: only OpenBao/Vault clusters can step down"
            )
        self.connection = connection
        self.timeout_s = timeout_s
        self.interval_s = interval_s
        self.clock = clock
        self.on_observation = on_observation
        self.monitor = ClusterMonitor(connection)
        self.last_snapshot: Snapshot | None = None

    async def __aenter__(self) -> StepDown:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.monitor.aclose()

    async def _observe(self) -> Observation:
        tick = await self.monitor.tick()
        self.last_snapshot = tick.snapshot
        obs = observe(tick.snapshot, self.clock())
        if self.on_observation is not None:
            self.on_observation(obs)
        return obs

    async def preflight(self) -> Preflight:
        """Voters healthy, failure tolerance ≥ 1, nobody lagging, token allowed."""
        await self._observe()
        snapshot = self.last_snapshot
        assert snapshot is not None
        leader = snapshot.leader
        if leader is None:
            return preflight(
                await openbao_facts(self.profile.name, snapshot, _NO_CLIENT, Fault.STEP_DOWN)
            )
        async with admin_client(self.profile, self.token, leader.url) as client:
            facts = await openbao_facts(
                self.profile.name,
                snapshot,
                client,
                Fault.STEP_DOWN,
                read_only=self.profile.read_only,
            )
        return preflight(facts, Fault.STEP_DOWN)

    async def run(self) -> StepDownResult:
        """Send the step-down and wait for its outcome (at most ``timeout_s``)."""
        observations: list[Observation] = [await self._observe()]
        old = observations[0].leader
        requested_at = self.clock()
        if not old:
            nobody = Sentence("No node is the leader right now: there is nothing to step down.")
            return StepDownResult(
                StepDownOutcome.FAILED, "", "", requested_at, None, nobody, tuple(observations)
            )
        try:
            await send_step_down(self.profile, self.token, old, self.audit)
        except errors.VaultError as exc:
            text = StepDownOutcome.describe(StepDownOutcome.FAILED, old, "", None, exc.user_message)
            return StepDownResult(
                StepDownOutcome.FAILED,
                old,
                "",
                requested_at,
                None,
                text,
                tuple(observations),
                exc.user_message,
            )
        return await self.wait(observations, requested_at, old)

    async def wait(
        self, observations: list[Observation], requested_at: float, old: str
    ) -> StepDownResult:
        """Watch until the outcome is known or ``timeout_s`` passed."""
        deadline = requested_at + self.timeout_s
        outcome, new, elapsed = "", "", None
        while True:
            observations.append(await self._observe())
            final = self.clock() >= deadline
            outcome, new, elapsed = classify_step_down(observations, requested_at, old, final=final)
            if outcome:
                break
            await asyncio.sleep(self.interval_s)
        text = StepDownOutcome.describe(outcome, old, new, elapsed)
        return StepDownResult(outcome, old, new, requested_at, elapsed, text, tuple(observations))


class _NoClient:
    """Stands in for a leader client when there is no leader to ask."""

    def __getattr__(self, name: str) -> object:
        raise AttributeError(name)


_NO_CLIENT: VaultClient = _NoClient()  # type: ignore[assignment]


async def check_step_down(connection: ClusterConnection) -> tuple[Preflight, str]:
    """The step-down's preflight, and the name of the leader it found ('' when none)."""
    async with StepDown(connection) as step:
        checks = await step.preflight()
        leader = step.last_snapshot.leader if step.last_snapshot else None
        return checks, leader.label if leader else ""


async def run_step_down(connection: ClusterConnection) -> StepDownResult:
    """Step the leader down and watch until another one leads (or the time is up)."""
    async with StepDown(connection) as step:
        return await step.run()
