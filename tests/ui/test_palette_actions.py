"""The command palette runs page actions and says when nothing matches."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.services.add_dialog import AddCoreServiceDialog


def _window(qtbot: QtBot, bridge: AsyncBridge) -> MainWindow:
    bao = Profile("bao", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
    core = Profile("core", ClusterKind.CORE, ("http://127.0.0.1:10",))
    window = MainWindow(
        [ClusterContext(bao, "t"), ClusterContext(core, "t")], bridge, interval_ms=60_000
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_palette_lists_page_actions_per_cluster(qtbot: QtBot, bridge: AsyncBridge) -> None:
    window = _window(qtbot, bridge)
    texts = [entry.text for entry in window.palette_entries()]
    for wanted in (
        "bao › Step down the leader…",
        "bao › Start a failover drill…",
        "bao › New namespace…",
        "bao › New policy…",
        "core › Add Core service…",
        "bao › New quota…",
        "bao › New rotation set…",
        "bao › Export the drill report as PDF…",
        "core › Export the drill report as PDF…",
    ):
        assert wanted in texts
    assert "core › New policy…" not in texts  # a Core cluster has no policies page


def test_running_an_action_opens_its_page_and_does_it(qtbot: QtBot, bridge: AsyncBridge) -> None:
    window = _window(qtbot, bridge)
    palette = window.open_palette()
    palette.search.setText("core add service")
    assert palette.matches()[0] == "core › Add Core service…"
    palette.run_current()
    view = window.current_view()
    assert view is not None and view.context.profile.name == "core"
    assert view.current_key() == "services"
    dialogs = [d for d in window.findChildren(AddCoreServiceDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_no_matches_is_said(qtbot: QtBot, bridge: AsyncBridge) -> None:
    window = _window(qtbot, bridge)
    palette = window.open_palette()
    assert not palette.no_matches.isVisible()
    palette.search.setText("zzqqxx nothing like this")
    assert palette.matches() == [] and palette.no_matches.isVisible()
    palette.search.clear()
    assert not palette.no_matches.isVisible()
    palette.reject()


def test_exporting_a_drill_report_without_one_says_so(qtbot: QtBot, bridge: AsyncBridge) -> None:
    window = _window(qtbot, bridge)
    palette = window.open_palette()
    palette.search.setText("bao export pdf")
    assert palette.matches()[0] == "bao › Export the drill report as PDF…"
    palette.run_current()
    view = window.current_view()
    assert view is not None and view.current_key() == "drills"
    page = view.page("drills")
    assert page is not None and "No drill report" in page.status_label.text()  # type: ignore[attr-defined]
