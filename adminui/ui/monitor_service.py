"""Drives one ClusterMonitor per open cluster from a Qt timer, off the GUI thread."""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from adminui.core.poll_schedule import PollSchedule, PollSettings
from adminui.monitor.cluster_monitor import ClusterMonitor, Tick
from adminui.monitor.connection import ClusterConnection
from adminui.ui.bridge import AsyncBridge
from adminui.ui.i18n import say

DEFAULT_INTERVAL_MS = 500
#: Pulses sent together are answered together when they all end within this long.
PULSE_GATHER_S = 0.2


def _pulse_answer(task: asyncio.Future[bool]) -> bool:
    """Whether a finished pulse says the leader still leads (an error says it does not)."""
    return not task.cancelled() and task.exception() is None and task.result() is True


#: While a cluster has no live leader (a failover under way) it is looked at this often,
#: so the new leader shows up soon after it is elected.
FAST_INTERVAL_MS = 100


class MonitorService(QObject):
    """Looks at every cluster as its :class:`PollSchedule` says: the cluster on screen
    often, the others slowly with a pulse in between (adaptive polling). Never more than
    one request in flight per cluster, so a hung node slows only its own cluster's
    updates, never the GUI."""

    #: A cluster was observed: (profile name, Tick).
    sig_ticked = Signal(str, object)
    #: Observing a cluster failed as a whole: (profile name, one-sentence message).
    sig_failed = Signal(str, str)

    def __init__(
        self,
        bridge: AsyncBridge,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
        schedule: PollSchedule | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._monitors: dict[str, ClusterMonitor] = {}
        self._in_flight: set[str] = set()
        self._started: dict[str, float] = {}  # when the look in flight was asked for
        self._due: dict[str, float] = {}
        self._pulse_due: dict[str, float] = {}
        #: When the look in flight (or the last one) of a slow cluster was meant to be:
        #: slow looks fall on the pulse grid, on average at the slow interval.
        self._nominal: dict[str, float] = {}
        self.schedule = schedule or PollSchedule(
            PollSettings(on_screen_ms=interval_ms, leaderless_ms=FAST_INTERVAL_MS)
        )
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setInterval(min(interval_ms, FAST_INTERVAL_MS))
        self.timer.timeout.connect(self._tick_due)
        # One relay each for the whole service (not one per watch or per pulse).
        self._lost_report = bridge.reporter(self, self._relay_lost)
        self._pulse_report = bridge.reporter(self, self._pulses_answered)
        #: Looks and pulses asked for since the start (for the benchmarks).
        self.looks = 0
        self.pulses = 0
        # One closer for every monitor, whenever the loop stops (not one per watch).
        bridge.add_closer(self._close_all)

    def _now_ms(self) -> float:
        return self.schedule.clock() * 1000

    async def _close_all(self) -> None:
        for monitor in list(self._monitors.values()):
            await monitor.aclose()

    def watch(self, connection: ClusterConnection) -> None:
        """Start watching ``connection``'s cluster as its profile is now (replacing an
        earlier watch of the same name); its token is read at each look."""
        name = connection.profile.name
        self.unwatch(name)
        # Building the HTTP clients does no I/O; they are only used on the loop.
        monitor = self._monitors[name] = ClusterMonitor(connection)
        report = self._lost_report
        monitor.on_connection_lost = lambda: report((name, monitor))

    def _relay_lost(self, lost: tuple[str, ClusterMonitor]) -> None:
        self._connection_lost(*lost)

    def _connection_lost(self, name: str, monitor: ClusterMonitor) -> None:
        """A node of ``name`` closed a kept-alive connection between looks (stopped,
        killed, restarted): look now, and fast for a while, as after a failed pulse."""
        if self._monitors.get(name) is not monitor:
            return
        self.schedule.stirred(name)
        # Now, but never sooner than the fast interval after the last look: a server
        # that closes every connection after its answer would otherwise be looked at
        # in a loop.
        soonest = self._started.get(name, -math.inf) + self._period_ms(name, monitor)
        self._due[name] = min(self._due.get(name, soonest), soonest)
        if soonest <= self._now_ms():
            self.tick([name])

    def unwatch(self, name: str) -> None:
        self._in_flight.discard(name)
        self._due.pop(name, None)
        self._pulse_due.pop(name, None)
        self._nominal.pop(name, None)
        self.schedule.forget(name)
        monitor = self._monitors.pop(name, None)
        if monitor is not None:
            self._bridge.submit(monitor.aclose())

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.tick_all)

    def stop(self) -> None:
        self.timer.stop()

    def set_interval(self, interval_ms: int) -> None:
        self.interval_ms = interval_ms
        self.schedule.settings = replace(self.schedule.settings, on_screen_ms=interval_ms)
        self.timer.setInterval(min(interval_ms, FAST_INTERVAL_MS))

    def set_settings(self, settings: PollSettings) -> None:
        """New slow interval, or adaptive polling on or off; applies from the next look."""
        self.schedule.settings = settings
        self._due.clear()

    def set_on_screen(self, names: set[str]) -> None:
        """The clusters now on screen; one that was looked at slowly is looked at now."""
        fresh = names - self.schedule.on_screen
        self.schedule.on_screen = set(names)
        self.tick([name for name in fresh if name in self._monitors])

    def set_minimised(self, minimised: bool) -> None:
        self.schedule.minimised = minimised
        if not minimised:
            self.tick(sorted(self.schedule.on_screen & set(self._monitors)))

    def _period_ms(self, name: str, monitor: ClusterMonitor) -> int:
        return self.schedule.interval_ms(name, monitor.profile.poll_interval_ms)

    def _tick_due(self) -> None:
        now = self._now_ms()
        due = [n for n in self._monitors if n not in self._in_flight and self._due.get(n, 0) <= now]
        self.tick(due)
        pulses: list[tuple[str, ClusterMonitor]] = []
        for name, monitor in self._monitors.items():
            if name in self._in_flight:
                continue
            every = self.schedule.pulse_ms(name)
            if every is None or monitor.last is None or monitor.last.leader is None:
                self._pulse_due.pop(name, None)
                continue
            # Pulses fall on a grid common to every cluster: those due together go to
            # the loop as one job (one wake-up of each thread instead of one per cluster).
            following = (now // every + 1) * every
            if self._pulse_due.setdefault(name, following) <= now:
                self._pulse_due[name] = following
                pulses.append((name, monitor))
        if pulses:
            self._pulse(pulses)

    def tick_all(self) -> None:
        self.tick(list(self._monitors))

    def tick(self, names: list[str]) -> None:
        for name in names:
            monitor = self._monitors.get(name)
            if monitor is None or name in self._in_flight:
                continue
            now = self._now_ms()
            self._started[name] = now
            self._place_on_grid(name, monitor, now)
            self._due[name] = self._next_look_ms(name, monitor)
            self._in_flight.add(name)
            self.looks += 1
            self._bridge.submit(monitor.tick(), self._tick_callback(name, monitor))

    def _place_on_grid(self, name: str, monitor: ClusterMonitor, now: float) -> None:
        """A look starts at ``now``. A slow cluster's look takes the place of its pulse
        on the grid (the next pulse is a grid step on), and it is where the next look is
        reckoned from: where the last look was meant to be when this one is that look,
        else now (the first look, or one asked for out of turn)."""
        every = self.schedule.pulse_ms(name)
        if every is None:
            self._nominal.pop(name, None)
            return
        self._pulse_due[name] = (now // every + 1) * every
        meant = self._nominal.get(name)
        if meant is not None:
            meant += self._period_ms(name, monitor)
        self._nominal[name] = meant if meant is not None and abs(now - meant) <= every else now

    def _next_look_ms(self, name: str, monitor: ClusterMonitor) -> float:
        """When the next look is due, counted from when the last one was asked for at
        the interval the cluster has now. A slow cluster's looks fall on its pulse grid
        and take a pulse's place: at 5 s on a 2 s grid, 6 s and 4 s apart in turn, so
        the cluster is still asked something every 2 s, with fewer requests."""
        started = self._started.get(name, self._now_ms())
        period = self._period_ms(name, monitor)
        every = self.schedule.pulse_ms(name)
        if every is None:
            return started + period
        meant = self._nominal.get(name, started) + period
        return math.ceil(meant / every) * every

    def _pulse(self, batch: list[tuple[str, ClusterMonitor]]) -> None:
        """Pulse every cluster of ``batch`` at once. The answers that come within
        :data:`PULSE_GATHER_S` come back together; a slower one (a hung node) comes back
        on its own when it ends, so it holds up no other cluster's looks."""
        for name, _monitor in batch:
            self._in_flight.add(name)
        self.pulses += len(batch)
        report = self._pulse_report

        async def pulse_all() -> None:
            tasks = {asyncio.ensure_future(m.pulse()): (n, m) for n, m in batch}
            finished, pending = await asyncio.wait(tasks, timeout=PULSE_GATHER_S)
            report([(*tasks[t], _pulse_answer(t)) for t in finished])
            for task in asyncio.as_completed(pending):
                with contextlib.suppress(Exception):
                    await task
            report([(*tasks[t], _pulse_answer(t)) for t in pending])

        self._bridge.submit(pulse_all())

    def _pulses_answered(self, answers: list[tuple[str, ClusterMonitor, bool]]) -> None:
        for name, monitor, still in answers:
            if self._monitors.get(name) is not monitor:
                continue
            self._in_flight.discard(name)
            if not still:
                self.schedule.stirred(name)  # the leader changed or went: look now, fast
                self.tick([name])

    def _tick_callback(
        self, name: str, monitor: ClusterMonitor
    ) -> Callable[[object, BaseException | None], None]:
        def done(result: object, error: BaseException | None) -> None:
            self._on_tick(name, result, error, monitor)

        return done

    def _on_tick(
        self,
        name: str,
        result: object,
        error: BaseException | None,
        monitor: ClusterMonitor | None = None,
    ) -> None:
        if monitor is not None and self._monitors.get(name) is not monitor:
            return  # an earlier watch of the cluster (its profile or token changed since)
        self._in_flight.discard(name)
        if name not in self._monitors:
            return
        if error is not None or not isinstance(result, Tick):
            reason = say(getattr(error, "user_message", "") or error)
            self.sig_failed.emit(name, self.tr("Could not observe {0}: {1}").format(name, reason))
            return
        self.schedule.observed(
            name, leaderless=result.snapshot.leader is None, changed=bool(result.transitions)
        )
        # At the interval the cluster has now (a transition seen makes it fast at once).
        self._due[name] = self._next_look_ms(name, self._monitors[name])
        self.sig_ticked.emit(name, result)
