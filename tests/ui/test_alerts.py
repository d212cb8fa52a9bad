"""Alerts (F30): delivered as freedesktop notifications on a real session bus (clicking
one opens its cluster), else as a note in the window; logged and listed on the
notification log page; the window opens on the fleet with several clusters; the
monitor looks at clusters off screen slowly and pulses them (adaptive polling)."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from adminui.core.alert_rules import AlertKind
from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot, host_port
from adminui.core.poll_schedule import PollSchedule, PollSettings
from adminui.monitor.cluster_monitor import Tick
from adminui.profiles.notification_log import NotificationLog
from adminui.profiles.store import Profile
from adminui.ui.alerts import AlertCenter
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.monitor_service import MonitorService
from tests.dbus_notifications import notification_service

A, B, C = "http://127.0.0.1:28400", "http://127.0.0.1:28401", "http://127.0.0.1:28402"


def snap(name: str, *roles: Role, at: float = 1_700_000_000.0) -> Snapshot:
    nodes = tuple(
        NodeState(url, role, voter=True) for url, role in zip((A, B, C), roles, strict=True)
    )
    return Snapshot(name, at, nodes)


HEALTHY = (Role.LEADER, Role.FOLLOWER, Role.FOLLOWER)
SEALED = (Role.LEADER, Role.SEALED, Role.FOLLOWER)


def test_without_a_desktop_service_the_alert_is_a_note_in_the_window(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    log = NotificationLog(tmp_path / "n.jsonl")
    center = AlertCenter(bridge, window, log, use_desktop=False)
    opened: list[str] = []
    center.sig_open.connect(opened.append)
    assert center.observe("prod", ClusterKind.OPENBAO, snap("prod", *HEALTHY)) == []
    raised = center.observe("prod", ClusterKind.OPENBAO, snap("prod", *SEALED))
    assert sorted(a.kind for a in raised) == [AlertKind.NODE_SEALED, AlertKind.QUORUM_AT_RISK]
    # One note for the look: the worst alert as its title, each alert a line.
    assert [(way, alert.kind) for way, alert in center.shown] == [("window", AlertKind.NODE_SEALED)]
    assert center.note.isVisible()
    assert center.note.title.text() == "prod: node sealed (and 1 more)"
    assert center.note.body.text().count("\n") == 1 and host_port(B) in center.note.body.text()
    # The same state again: nothing new, nothing shown again.
    assert center.observe("prod", ClusterKind.OPENBAO, snap("prod", *SEALED)) == []
    assert len(center.shown) == 1
    qtbot.mouseClick(center.note.open_button, Qt.MouseButton.LeftButton)
    assert opened == ["prod"] and not center.note.isVisible()
    assert sorted(e.kind for e in log.read()) == [AlertKind.NODE_SEALED, AlertKind.QUORUM_AT_RISK]
    # A muted cluster's alerts are logged, not shown.
    center.observe("quiet", ClusterKind.OPENBAO, snap("quiet", *SEALED), muted=True)
    assert len(center.shown) == 1 and len(log.read()) == 4
    center.set_tone("error", "prod: 1 node not serving")
    assert center.tone == "error" and center.tray.toolTip().startswith("prod")


def test_a_freedesktop_notification_is_sent_and_clicking_it_opens_the_cluster(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with notification_service() as (address, service):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        window = QWidget()
        qtbot.addWidget(window)
        center = AlertCenter(bridge, window, NotificationLog(tmp_path / "n.jsonl"))
        qtbot.waitUntil(lambda: center.notifier is not None, timeout=10_000)
        center.observe("prod", ClusterKind.OPENBAO, snap("prod", *HEALTHY))
        center.observe("prod", ClusterKind.OPENBAO, snap("prod", Role.FOLLOWER, *HEALTHY[:2]))
        qtbot.waitUntil(lambda: len(service.shown) == 1, timeout=10_000)
        notification_id, summary, body = service.shown[0]
        assert summary == "prod: leader changed"
        assert host_port(A) in body and host_port(B) in body
        assert not center.note.isVisible()
        with qtbot.waitSignal(center.sig_open, timeout=10_000) as opened:
            service.click(notification_id)
        assert opened.args == ["prod"]
        bridge.shutdown()  # closes the bus connection before the bus goes


def test_the_window_starts_on_the_fleet_and_lists_alerts_on_their_page(
    qtbot: QtBot, bridge: AsyncBridge, qtmodeltester: ModelTester
) -> None:
    contexts = [
        ClusterContext(Profile(name, ClusterKind.OPENBAO, (A, B, C)), None)
        for name in ("alpha", "beta")
    ]
    window = MainWindow(contexts, bridge, interval_ms=60_000, use_desktop_notifications=False)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.fleet  # several clusters: the fleet first
    assert window.monitor.schedule.on_screen == set()
    window.alert_actions.log.clear()  # what earlier tests' windows logged
    window._on_tick("beta", Tick(snap("beta", *HEALTHY)))
    window._on_tick("beta", Tick(snap("beta", *SEALED, at=1_700_000_001.0)))
    tone, summary = window.fleet.worst()
    assert tone == "warning" and "beta" in summary
    assert window.alert_actions.center.tone == "warning"
    window.notifications_action.trigger()
    page = window.alert_actions.page
    assert window.stack.currentWidget() is page
    qtmodeltester.check(page.model)
    rows = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert rows == ["beta", "beta"]
    page.filter_edit.setText("sealed")
    assert page.proxy.rowCount() == 1
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_view() is window.view("beta")
    assert window.monitor.schedule.on_screen == {"beta"}
    window.close()


class FakeMonitor:
    """Stands in for a ClusterMonitor: counts looks and pulses."""

    def __init__(self, name: str, leader_stays: bool = True, pulse_s: float = 0.0) -> None:
        self.profile = Profile(name, ClusterKind.OPENBAO, (A,))
        self.last: Snapshot | None = None
        self.looks = 0
        self.pulses = 0
        self.leader_stays = leader_stays
        self.pulse_s = pulse_s

    async def tick(self) -> Tick:
        self.looks += 1
        self.last = Snapshot(self.profile.name, 0.0, (NodeState(A, Role.LEADER),), storage="x")
        return Tick(self.last)

    async def pulse(self) -> bool:
        self.pulses += 1
        await asyncio.sleep(self.pulse_s)
        return self.leader_stays

    async def aclose(self) -> None:
        return None


def test_off_screen_clusters_are_pulsed_and_a_failed_pulse_looks_at_once(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    clock = [100.0]
    schedule = PollSchedule(
        PollSettings(on_screen_ms=500, off_screen_ms=5000, pulse_ms=1000, settle_s=10),
        clock=lambda: clock[0],
    )
    service = MonitorService(bridge, 500, schedule=schedule)
    shown, hidden = FakeMonitor("shown"), FakeMonitor("hidden", leader_stays=False)
    service._monitors.update({"shown": shown, "hidden": hidden})  # type: ignore[dict-item]
    service.set_on_screen({"shown"})
    service.tick_all()
    qtbot.waitUntil(lambda: not service._in_flight, timeout=5000)
    assert (shown.looks, hidden.looks) == (1, 1)
    clock[0] += 0.6  # the one on screen is due; the other only pulses after 1 s
    service._tick_due()
    qtbot.waitUntil(lambda: not service._in_flight, timeout=5000)
    assert (shown.looks, hidden.looks, hidden.pulses) == (2, 1, 0)
    clock[0] += 0.6
    service._tick_due()  # first pulse due of "hidden" is set now, +1 s
    clock[0] += 1.1
    service._tick_due()
    qtbot.waitUntil(lambda: hidden.looks == 2, timeout=5000)  # the pulse failed: a look
    assert hidden.pulses == 1 and shown.pulses == 0
    assert schedule.interval_ms("hidden") == 500  # stirred: fast until steady
    clock[0] += 11
    assert schedule.interval_ms("hidden") == 5000
    # It comes on screen: looked at at once.
    service.set_on_screen({"hidden"})
    qtbot.waitUntil(lambda: hidden.looks == 3, timeout=5000)
    service.stop()


def test_pulses_due_together_are_one_job_and_a_hung_one_holds_up_no_other(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    clock = [100.0]
    schedule = PollSchedule(
        PollSettings(on_screen_ms=500, off_screen_ms=60_000, pulse_ms=1000, settle_s=10),
        clock=lambda: clock[0],
    )
    service = MonitorService(bridge, 500, schedule=schedule)
    quick = [FakeMonitor(f"quick-{i}") for i in range(3)]
    hung = FakeMonitor("hung", pulse_s=3.0)
    service._monitors.update({m.profile.name: m for m in (*quick, hung)})  # type: ignore[misc]
    service.tick_all()
    qtbot.waitUntil(lambda: not service._in_flight, timeout=5000)
    clock[0] += 0.3
    service._tick_due()  # every pulse is due on the same grid point: 101 s
    assert set(service._pulse_due.values()) == {101_000.0}
    jobs: list[object] = []
    submit = bridge.submit
    bridge.submit = lambda coro, *a, **k: jobs.append(coro) or submit(coro, *a, **k)  # type: ignore[method-assign]
    clock[0] += 0.8
    service._tick_due()
    assert len(jobs) == 1 and service.pulses == 4
    # The quick ones come back together at once; the hung one is still out.
    qtbot.waitUntil(lambda: service._in_flight == {"hung"}, timeout=1500)
    assert all(m.looks == 1 for m in quick)  # they still lead: no look
    service.stop()
    bridge.submit = submit  # type: ignore[method-assign]


def test_slow_looks_fall_on_the_pulse_grid_and_take_a_pulses_place(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    """Off screen at 5 s with a pulse every 2 s: the looks land on the pulse grid, 6 s
    and 4 s apart in turn (5 s on average), and a grid point with a look has no pulse.
    The cluster is still asked something every 2 s, with fewer requests."""
    clock = [100.0]
    schedule = PollSchedule(
        PollSettings(on_screen_ms=500, off_screen_ms=5000, pulse_ms=2000, settle_s=10),
        clock=lambda: clock[0],
    )
    service = MonitorService(bridge, 500, schedule=schedule)
    quiet = FakeMonitor("quiet")
    service._monitors["quiet"] = quiet  # type: ignore[assignment]
    looked: list[float] = []
    pulsed: list[float] = []
    service.sig_ticked.connect(lambda *_: looked.append(clock[0]))
    service.tick_all()
    qtbot.waitUntil(lambda: not service._in_flight, timeout=5000)
    for _ in range(300):  # 30 s, in the service timer's 100 ms steps
        clock[0] = round(clock[0] + 0.1, 1)
        pulses = quiet.pulses
        service._tick_due()
        qtbot.waitUntil(lambda: not service._in_flight, timeout=5000)
        if quiet.pulses > pulses:
            pulsed.append(clock[0])
    assert looked == [100.0, 106.0, 110.0, 116.0, 120.0, 126.0, 130.0]
    assert pulsed == [102.0, 104.0, 108.0, 112.0, 114.0, 118.0, 122.0, 124.0, 128.0]
    asked = sorted(looked + pulsed)
    assert max(b - a for a, b in itertools.pairwise(asked)) == pytest.approx(2.0)
    # 7 looks and 9 pulses in 30 s; pulses every 2 s beside the looks would be 15.
    service.stop()


def test_closing_keeps_the_console_in_the_tray_when_asked(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = Profile("alpha", ClusterKind.OPENBAO, (A, B, C))
    window = MainWindow(
        [ClusterContext(profile, None)], bridge, interval_ms=60_000, use_desktop_notifications=False
    )
    qtbot.addWidget(window)
    window.show()
    actions = window.alert_actions
    tray = actions.center.tray
    # The offscreen platform has no tray: stand in for a desktop that has one.
    monkeypatch.setattr(tray, "isVisible", lambda: True)
    messages: list[str] = []
    monkeypatch.setattr(tray, "showMessage", lambda title, *_args: messages.append(title))
    assert not actions.keep_in_tray and not actions.closes_to_tray()
    actions.tray_action.setChecked(True)  # View → Alerts and polling → Keep running…
    assert actions.settings.value("tray/keep_on_close") == "true"
    window.close()
    assert not window.isVisible() and messages == ["AdminUI keeps watching"]
    assert window.monitor.schedule.minimised  # hidden in the tray: every cluster slow
    assert window.monitor.timer.isActive()  # still watching
    window.raise_window()
    assert window.isVisible() and not window.monitor.schedule.minimised
    actions.quit()
    assert not window.isVisible() and not window.monitor.timer.isActive()
    actions.tray_action.setChecked(False)


def test_the_notifications_page_keeps_as_many_alerts_as_the_log(
    qtbot: QtBot, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    """A console that runs for weeks raises alerts all along: the page shows the newest
    ones, as many as the log file keeps, not every alert since the start."""
    from adminui.core.alert_rules import Alert
    from adminui.core.sentence import Sentence
    from adminui.profiles.notification_log import KEEP
    from adminui.ui.notifications_page import NotificationsPage

    page = NotificationsPage(NotificationLog(tmp_path / "notifications.jsonl"))
    qtbot.addWidget(page)
    for i in range(KEEP + 5):
        page.add(
            Alert("alpha", AlertKind.NODE_SEALED, Sentence("sealed {0}", i), 1_700_000_000.0 + i)
        )
    assert page.model.rowCount() == KEEP
    qtmodeltester.check(page.model)
    oldest = min(record.at for record in page.model.records())
    assert oldest == 1_700_000_005.0
    newest = Alert("alpha", AlertKind.NODE_SEALED, Sentence("sealed {0}", i), 1_700_000_000.0 + i)
    page.add(newest)  # the same alert again: still shown once
    assert page.model.rowCount() == KEEP
    assert min(record.at for record in page.model.records()) == oldest
