"""Adding a Core service, as the user does it through the Add Core service dialog, against
a fake Core: the ID is on the clipboard at once, the sidebar counts the new service as
"not started" and then as a node, the overview's events list says it was added, joined and
left, and the lab command is shown only for the lab."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.core.transitions import TransitionKind
from adminui.monitor.lab_hooks import JoinedNode, lab_join_command
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.services import ServicesPage
from adminui.ui.services.add_dialog import AddCoreServiceDialog
from tests.ui.test_services_page import FakeCore

WAIT_MS = 5000
NAME = "Core"


@pytest.fixture
def core() -> FakeCore:
    return FakeCore()


def core_context(core: FakeCore) -> ClusterContext:
    # Closed ports: the live monitor finds the nodes unreachable at once, and stays quiet.
    urls = tuple(f"http://127.0.0.1:{port}" for port in (1, 2, 3))
    profile = Profile(NAME, ClusterKind.CORE, urls, tuple(f"{u}/health" for u in urls))
    context = ClusterContext(profile, "token")
    context.kuma = core.client  # type: ignore[method-assign]
    return context


@pytest.fixture
def window(qtbot: QtBot, core: FakeCore, bridge: AsyncBridge) -> Iterator[MainWindow]:
    the_window = MainWindow([core_context(core)], bridge, interval_ms=60_000)
    qtbot.addWidget(the_window)
    the_window.show()
    yield the_window
    the_window.close()


def sidebar(window: MainWindow) -> str:
    """The cluster's line in the sidebar without its health (the count is what these
    tests read)."""
    model = window.cluster_model
    text = str(model.index(0, 0).data(Qt.ItemDataRole.DisplayRole))
    health = model.health(model.clusters()[0].name)
    return text.removesuffix(f" · {health.text}") if health else text


def events(window: MainWindow) -> list[tuple[TransitionKind, str]]:
    model = window.view(NAME).overview.events_model
    rows = [model.index(r, 1) for r in range(model.rowCount())]
    return [(i.data(Qt.ItemDataRole.UserRole).kind, str(i.data())) for i in rows]


def services_page(qtbot: QtBot, window: MainWindow) -> ServicesPage:
    page = window.view(NAME).page("services")
    assert isinstance(page, ServicesPage)
    qtbot.waitUntil(lambda: page.members is not None, timeout=WAIT_MS)
    return page


def add_through_dialog(qtbot: QtBot, page: ServicesPage, fqdn: str) -> AddCoreServiceDialog:
    page.add_action.trigger()
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.fqdn_edit, fqdn)
    with qtbot.waitSignal(dialog.sig_created, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    return dialog


def test_creating_puts_the_id_on_the_clipboard_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = services_page(qtbot, window)
    QGuiApplication.clipboard().setText("something else")
    dialog = add_through_dialog(qtbot, page, "core4.example.com")
    assert QGuiApplication.clipboard().text() == "new-id"  # without pressing Copy ID
    assert dialog.id_copied_label.text() == "ID copied" and dialog.id_copied_label.isVisible()
    assert "ID copied" in dialog.banner.text.text()
    dialog.close()


def test_sidebar_and_events_follow_the_new_service(
    qtbot: QtBot, window: MainWindow, core: FakeCore
) -> None:
    page = services_page(qtbot, window)
    assert sidebar(window) == f"{NAME}\nKUMA Core · 3"
    assert events(window) == []
    dialog = add_through_dialog(qtbot, page, "core4.example.com")

    # Registered, never started: not a node yet, and said so.
    qtbot.waitUntil(
        lambda: sidebar(window) == f"{NAME}\nKUMA Core · 3 + 1 not started", timeout=WAIT_MS
    )
    assert [kind for kind, _ in events(window)] == [TransitionKind.MEMBER_ADDED]
    assert "core4.example.com" in events(window)[0][1] and "new-id" in events(window)[0][1]

    # Its node starts and joins: the row turns green.
    row = next(i for i, s in enumerate(core.services) if s.id == "new-id")
    core.services[row] = replace(
        core.services[row], status="green", uptime=4, updated="2026-01-01T00:00:09Z"
    )
    with qtbot.waitSignal(page.sig_refreshed, timeout=WAIT_MS):
        page.refresh_action.trigger()
    assert sidebar(window) == f"{NAME}\nKUMA Core · 4"
    kinds = [kind for kind, _ in events(window)]
    assert kinds == [TransitionKind.MEMBER_JOINED, TransitionKind.MEMBER_ADDED]
    assert "joined" in events(window)[0][1]

    # It leaves (its service deleted).
    del core.services[row]
    with qtbot.waitSignal(page.sig_refreshed, timeout=WAIT_MS):
        page.refresh_action.trigger()
    assert sidebar(window) == f"{NAME}\nKUMA Core · 3"
    assert events(window)[0][0] is TransitionKind.MEMBER_LEFT
    assert "left" in events(window)[0][1] and "new-id" in events(window)[0][1]
    dialog.close()


def test_a_stopped_node_still_counts(qtbot: QtBot, window: MainWindow, core: FakeCore) -> None:
    page = services_page(qtbot, window)
    core.services[1] = replace(
        core.services[1],
        status="red",
        uptime=0,
        created="2026-01-01T00:00:00Z",
        updated="2026-01-01T00:05:00Z",
    )
    with qtbot.waitSignal(page.sig_refreshed, timeout=WAIT_MS):
        page.refresh_action.trigger()
    assert sidebar(window) == f"{NAME}\nKUMA Core · 3"
    assert events(window) == []


class StubLab:
    """A lab joiner that records what it was asked."""

    def __init__(self) -> None:
        self.joined: list[tuple[str, str]] = []

    def join(self, service_id: str, fqdn: str) -> JoinedNode:
        self.joined.append((service_id, fqdn))
        return JoinedNode("core4", "http://127.0.0.1:4/", "http://127.0.0.1:5/health")

    def command(self, service_id: str, fqdn: str) -> str:
        return lab_join_command(service_id, fqdn)


def test_lab_command_is_shown_for_the_lab_only(qtbot: QtBot, window: MainWindow) -> None:
    page = services_page(qtbot, window)
    dialog = add_through_dialog(qtbot, page, "core4.example.com")
    assert dialog.lab_command() == ""
    assert "does not work in the lab" not in dialog.install_hint.text()
    assert dialog.lab_command_widget.isHidden() and dialog.lab_command_label.isHidden()
    dialog.close()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    page.lab_joiner = StubLab()
    dialog = add_through_dialog(qtbot, page, "core5.example.com")
    assert dialog.lab_command_widget.isVisible() and dialog.lab_command_label.isVisible()
    assert dialog.lab_command_label.text() == "In this lab:"
    assert dialog.lab_command() == "adminui lab join new-id core5.example.com"
    assert dialog.command().startswith("kuma core --raft.join ")  # the real one stays
    assert "does not work in the lab" in dialog.install_hint.text()
    dialog.copy_lab_command_button.click()
    assert QGuiApplication.clipboard().text() == dialog.lab_command()
    dialog.close()


def test_lab_command_names_a_lab_directory_other_than_the_default() -> None:
    from pathlib import Path

    assert lab_join_command("a b", "core4.lab.local", Path("/srv/my lab")) == (
        "ADMINUI_LAB_DIR='/srv/my lab' adminui lab join 'a b' core4.lab.local"
    )
