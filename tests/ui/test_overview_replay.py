"""Replaying a past moment: the whole overview says so, shows that moment, and Esc leaves."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory
from adminui.core.quorum import QuorumWarning
from adminui.core.transitions import Transition, TransitionKind, diff
from adminui.monitor.cluster_monitor import Tick
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.overview.cluster_page import ClusterOverview
from adminui.ui.overview.events_model import EventsModel, EventsUntil
from adminui.ui.theme import STATUS_COLOURS, ThemeController

A, B, C = "http://127.0.0.1:28200", "http://127.0.0.1:28201", "http://127.0.0.1:28202"
PROFILE = Profile("Lab OpenBao", ClusterKind.OPENBAO, (A, B, C), environment="LAB")
T0 = 1_700_000_000.0


def node(url: str, role: Role, term: int = 3) -> NodeState:
    answered = role is not Role.UNREACHABLE
    return NodeState(
        url,
        role,
        term=term if answered else None,
        voter=True,
        latency_s=0.004 if answered else None,
        balancer_answer={Role.LEADER: "200", Role.FOLLOWER: "429"}.get(role, ""),
    )


def story() -> list[Snapshot]:
    """Healthy; two nodes die (quorum lost); one comes back as leader; all healthy again."""
    return [
        Snapshot("c", T0, (node(A, Role.LEADER), node(B, Role.FOLLOWER), node(C, Role.FOLLOWER))),
        Snapshot(
            "c",
            T0 + 1,
            (node(A, Role.UNREACHABLE), node(B, Role.UNREACHABLE), node(C, Role.CANDIDATE, 4)),
        ),
        Snapshot(
            "c",
            T0 + 2,
            (node(A, Role.UNREACHABLE), node(B, Role.LEADER, 5), node(C, Role.FOLLOWER, 5)),
        ),
        Snapshot(
            "c",
            T0 + 3,
            (node(A, Role.FOLLOWER, 5), node(B, Role.LEADER, 5), node(C, Role.FOLLOWER, 5)),
        ),
    ]


def feed(overview: ClusterOverview) -> None:
    """Ticks as the monitor sends them: each snapshot with its transitions."""
    before: Snapshot | None = None
    for snapshot in story():
        overview.apply_tick(Tick(snapshot, diff(before, snapshot)))
        before = snapshot


@pytest.fixture
def overview(qtbot: QtBot) -> Iterator[ClusterOverview]:
    page = ClusterOverview(PROFILE, ClusterHistory())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitActive(page):
        page.activateWindow()
    feed(page)
    yield page
    page.close()


def roles(page: ClusterOverview) -> dict[str, Role]:
    model = page.node_model
    return {model.node(r).url: model.node(r).role for r in range(model.rowCount())}


def shown_events(page: ClusterOverview) -> list[Transition]:
    """The events in the page's events table, as the user sees them."""
    model = page.events_table.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def stamp(when: float) -> str:
    return time.strftime("%H:%M:%S", time.localtime(when))


def test_replaying_shows_the_past_on_the_whole_page_and_esc_returns_to_live(
    qtbot: QtBot, overview: ClusterOverview
) -> None:
    every_event = shown_events(overview)
    assert any(e.at > T0 + 1 for e in every_event)  # the story has events after the moment
    assert overview.replay_banner.isHidden()
    assert QuorumWarning.QUORUM_LOST not in overview.quorum.warnings

    # The user steps the replay slider back twice with the keyboard: to T0 + 1.
    overview.replay.setFocus()
    qtbot.keyClick(overview.replay, Qt.Key.Key_Left)
    qtbot.keyClick(overview.replay, Qt.Key.Key_Left)

    banner = overview.replay_banner
    assert banner.isVisible()
    assert "Viewing the past" in banner.text.text()
    assert stamp(T0 + 1) in banner.text.text()
    assert "Esc" in banner.back_button.text()
    assert STATUS_COLOURS["info"][0] in overview.page_frame.styleSheet()
    # The quorum panel shows the past loss, marked as the past rather than as an alarm now.
    panel = overview.quorum
    assert QuorumWarning.QUORUM_LOST in panel.warnings
    assert panel.banner.text().startswith(f"At {stamp(T0 + 1)}")
    assert "background:#c62828" not in panel.banner.styleSheet()
    assert panel.healthy.text() == "1"
    assert panel.tolerance_caption.text() == "Failure tolerance then"
    assert roles(overview) == {A: Role.UNREACHABLE, B: Role.UNREACHABLE, C: Role.CANDIDATE}
    assert overview.summary.text() == "No leader known"
    assert "no node answers 200" in overview.balancer.text()
    # Only what had happened by then: no event later than the replayed moment.
    past_events = shown_events(overview)
    assert past_events
    assert all(e.at <= T0 + 1 for e in past_events)
    assert {e.kind for e in past_events} >= {TransitionKind.NODE_DOWN, TransitionKind.QUORUM_LOST}
    assert len(past_events) == sum(1 for e in every_event if e.at <= T0 + 1)

    # A new tick while replaying changes nothing shown.
    latest = Snapshot(
        "c", T0 + 4, (node(A, Role.FOLLOWER, 5), node(B, Role.LEADER, 5), node(C, Role.FOLLOWER, 5))
    )
    overview.apply_tick(
        Tick(latest, [Transition(TransitionKind.TERM_CHANGED, T0 + 4, "", "5", "6")])
    )
    assert roles(overview)[B] is Role.UNREACHABLE
    assert all(e.at <= T0 + 1 for e in shown_events(overview))
    assert overview.replay.value() == 1

    # Esc: live again, wherever the focus is in the window.
    overview.events_table.setFocus()
    qtbot.keyClick(overview.events_table, Qt.Key.Key_Escape)
    assert banner.isHidden()
    assert overview.live
    assert roles(overview) == {A: Role.FOLLOWER, B: Role.LEADER, C: Role.FOLLOWER}
    assert QuorumWarning.QUORUM_LOST not in panel.warnings
    assert panel.tolerance_caption.text() == "Failure tolerance now"
    assert len(shown_events(overview)) == len(every_event) + 1
    assert overview.replay.value() == overview.replay.maximum()
    assert "transparent" in overview.page_frame.styleSheet()


def test_the_banner_button_returns_to_live(qtbot: QtBot, overview: ClusterOverview) -> None:
    overview.replay.setFocus()
    qtbot.keyClick(overview.replay, Qt.Key.Key_Home)
    assert overview.replay_banner.isVisible()
    assert stamp(T0) in overview.replay_banner.text.text()
    assert shown_events(overview) == []  # nothing had happened yet at the first snapshot
    qtbot.mouseClick(overview.replay_banner.back_button, Qt.MouseButton.LeftButton)
    assert overview.replay_banner.isHidden()
    assert roles(overview)[B] is Role.LEADER
    assert len(shown_events(overview)) == overview.events_model.rowCount() > 0


def test_quorum_loss_live_is_still_a_filled_alarm(qtbot: QtBot) -> None:
    page = ClusterOverview(PROFILE, ClusterHistory())
    qtbot.addWidget(page)
    first, lost = story()[:2]
    page.apply_tick(Tick(first))
    page.apply_tick(Tick(lost, diff(first, lost)))
    assert page.replay_banner.isHidden()
    assert "background:#c62828" in page.quorum.banner.styleSheet()
    assert not page.quorum.banner.text().startswith("At ")


def test_events_until_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    events = EventsModel()
    shown = EventsUntil()
    shown.setSourceModel(events)
    qtmodeltester.check(shown)
    events.add([Transition(TransitionKind.NODE_DOWN, T0 + i, f"http://n{i}") for i in range(5)])
    shown.set_until(T0 + 2)
    assert shown.rowCount() == 3
    qtmodeltester.check(shown)
    events.add([Transition(TransitionKind.NODE_UP, T0 + 9, "http://n0", "unreachable", "leader")])
    assert shown.rowCount() == 3
    shown.set_until(None)
    assert shown.rowCount() == 6
    qtmodeltester.check(shown)


def test_history_charts_mark_the_replayed_moment(qtbot: QtBot, bridge: AsyncBridge) -> None:
    view = ClusterView(ClusterContext(PROFILE, "t"), bridge)
    qtbot.addWidget(view)
    view.show()
    feed(view.overview)
    view.overview.replay.setFocus()
    qtbot.keyClick(view.overview.replay, Qt.Key.Key_Left)
    view.page("history")
    charts = view.charts
    qtbot.waitUntil(lambda: bool(charts._cursors))
    assert [c.value() for c in charts._cursors] == [T0 + 2] * 3
    assert all(c.isVisible() for c in charts._cursors)
    view.page("overview")
    view.overview.go_live()
    assert not any(c.isVisible() for c in charts._cursors)
    view.close()


def test_the_replay_marks_follow_the_theme(qtbot: QtBot, overview: ClusterOverview) -> None:
    themes = ThemeController()
    themes.apply("light")
    overview.replay.setFocus()
    qtbot.keyClick(overview.replay, Qt.Key.Key_Home)
    light, dark = STATUS_COLOURS["info"]
    assert light in overview.replay_banner.styleSheet()
    themes.apply("dark")
    try:
        qtbot.waitUntil(lambda: dark in overview.replay_banner.styleSheet(), timeout=2000)
        assert dark in overview.page_frame.styleSheet()
    finally:
        themes.apply("system")
