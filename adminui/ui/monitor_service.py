"""Drives one ClusterMonitor per open cluster from a Qt timer, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from adminui.monitor.cluster_monitor import ClusterMonitor, Tick
from adminui.monitor.connection import ClusterConnection
from adminui.ui.bridge import AsyncBridge
from adminui.ui.i18n import say

DEFAULT_INTERVAL_MS = 500
#: While a cluster has no live leader (a failover under way) it is looked at this often,
#: so the new leader shows up soon after it is elected.
FAST_INTERVAL_MS = 100


class MonitorService(QObject):
    """Ticks every cluster's monitor on an interval; never more than one tick in flight
    per cluster, so a hung node slows only its own cluster's updates, never the GUI.
    A cluster without a live leader is looked at every FAST_INTERVAL_MS instead."""

    #: A cluster was observed: (profile name, Tick).
    sig_ticked = Signal(str, object)
    #: Observing a cluster failed as a whole: (profile name, one-sentence message).
    sig_failed = Signal(str, str)

    def __init__(
        self,
        bridge: AsyncBridge,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._monitors: dict[str, ClusterMonitor] = {}
        self._in_flight: set[str] = set()
        self._due: dict[str, float] = {}
        self._fast: set[str] = set()
        self.interval_ms = interval_ms
        self._clock = QElapsedTimer()
        self._clock.start()
        self.timer = QTimer(self)
        self.timer.setInterval(min(interval_ms, FAST_INTERVAL_MS))
        self.timer.timeout.connect(self._tick_due)
        # One closer for every monitor, whenever the loop stops (not one per watch).
        bridge.add_closer(self._close_all)

    async def _close_all(self) -> None:
        for monitor in list(self._monitors.values()):
            await monitor.aclose()

    def watch(self, connection: ClusterConnection) -> None:
        """Start watching ``connection``'s cluster as its profile is now (replacing an
        earlier watch of the same name); its token is read at each look."""
        name = connection.profile.name
        self.unwatch(name)
        # Building the HTTP clients does no I/O; they are only used on the loop.
        self._monitors[name] = ClusterMonitor(connection)

    def unwatch(self, name: str) -> None:
        self._in_flight.discard(name)
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
        self.timer.setInterval(min(interval_ms, FAST_INTERVAL_MS))

    def _tick_due(self) -> None:
        now = self._clock.elapsed()
        due = [name for name in self._monitors if self._due.get(name, 0) <= now]
        self.tick(due)

    def tick_all(self) -> None:
        self.tick(list(self._monitors))

    def tick(self, names: list[str]) -> None:
        for name in names:
            monitor = self._monitors.get(name)
            if monitor is None or name in self._in_flight:
                continue
            period = (
                FAST_INTERVAL_MS
                if name in self._fast
                else monitor.profile.poll_interval_ms or self.interval_ms
            )
            self._due[name] = self._clock.elapsed() + period
            self._in_flight.add(name)
            self._bridge.submit(monitor.tick(), self._tick_callback(name, monitor))

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
        if result.snapshot.leader is None:
            self._fast.add(name)
        else:
            self._fast.discard(name)
        self.sig_ticked.emit(name, result)
