"""The fleet page: a row per cluster through the model tester, the worst first, a filter,
Enter (or a double-click) opens the cluster; in the window through View → Fleet (Ctrl+0)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.monitor.cluster_monitor import Tick
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.fleet_page import FleetPage
from adminui.ui.main_window import MainWindow

A, B, C = "http://127.0.0.1:28400", "http://127.0.0.1:28401", "http://127.0.0.1:28402"


def snap(name: str, *roles: Role) -> Snapshot:
    nodes = tuple(
        NodeState(url, role, voter=True) for url, role in zip((A, B, C), roles, strict=True)
    )
    return Snapshot(name, 1_700_000_000.0, nodes, failure_tolerance=1)


def names(page: FleetPage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_the_worst_first_a_filter_and_enter_opens(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    page = FleetPage()
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    healthy = snap("stage", Role.LEADER, Role.FOLLOWER, Role.FOLLOWER)
    lost = snap("prod-eu", Role.CANDIDATE, Role.UNREACHABLE, Role.UNREACHABLE)
    page.apply("stage", ClusterKind.OPENBAO, "STAGE", healthy)
    page.apply("prod-eu", ClusterKind.OPENBAO, "PROD", lost)
    page.apply("siem", ClusterKind.CORE, "PROD", None)
    qtmodeltester.check(page.model)
    assert names(page) == ["prod-eu", "stage", "siem"]
    assert page.proxy.index(0, 0).data() == "quorum lost"
    # The lost cluster heals: it moves down.
    page.apply("prod-eu", ClusterKind.OPENBAO, "PROD", healthy)
    assert names(page)[-1] == "siem" and set(names(page)[:2]) == {"prod-eu", "stage"}
    page.filter_edit.setText("stage")
    assert names(page) == ["stage"]
    page.filter_edit.clear()
    opened: list[str] = []
    page.sig_open.connect(opened.append)
    page.show()
    # Keyboard first: the row made current, Enter opens it.
    page.table.setCurrentIndex(page.proxy.index(names(page).index("siem"), 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["siem"]
    page.remove("siem")
    assert "siem" not in names(page)


def test_the_window_shows_the_fleet_and_opens_a_cluster_from_it(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    contexts = [
        ClusterContext(Profile(name, ClusterKind.OPENBAO, (A, B, C)), None)
        for name in ("alpha", "beta", "gamma")
    ]
    window = MainWindow(contexts, bridge)
    qtbot.addWidget(window)
    window.show()
    window.fleet_action.trigger()
    assert window.stack.currentWidget() is window.fleet
    assert sorted(names(window.fleet)) == ["alpha", "beta", "gamma"]
    window._on_tick("beta", Tick(snap("beta", Role.CANDIDATE, Role.UNREACHABLE, Role.UNREACHABLE)))
    assert names(window.fleet)[0] == "beta"
    window.fleet.sig_open.emit("gamma")
    assert window.current_view() is window.view("gamma")
    window.close()
