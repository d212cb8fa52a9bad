"""On the real lab: the Add Core service dialog shows the lab's own command next to the
real install command; running that command starts a Core node that joins with the new
ID, and the sidebar and the events list follow. The lab is left with its 3 Core nodes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from adminui.core.transitions import TransitionKind
from adminui.lab import Lab, core_join
from adminui.lab.profiles import LAB_CORE
from adminui.lab_hooks import joiner_for_lab
from adminui.ui.main_window import MainWindow
from tests.ui.test_services_lab import (  # noqa: F401 (the window fixture)
    WAIT_MS,
    restore_three_nodes,
    services_page,
    status_of,
    window,
)

pytestmark = pytest.mark.lab
NEW_FQDN = "core4.lab.local"


def sidebar(main: MainWindow) -> str:
    model = main.cluster_model
    row = next(i for i, spec in enumerate(model.clusters()) if spec.name == LAB_CORE)
    text = str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole))
    health = model.health(LAB_CORE)  # the count is what these tests read
    return text.removesuffix(f" · {health.text}") if health else text


def event_kinds(main: MainWindow) -> list[TransitionKind]:
    model = main.view(LAB_CORE).overview.events_model
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole).kind for r in range(model.rowCount())]


def test_the_shown_lab_command_starts_a_node_that_joins(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    healed_lab: Lab,
) -> None:
    page = services_page(window)
    page.lab_joiner = joiner_for_lab(healed_lab)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: sidebar(window).endswith("KUMA Core · 3"), timeout=WAIT_MS)
    service_id: str | None = None
    try:
        page.add_action.trigger()
        dialog = page.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: bool(dialog.leader_edit.text()), timeout=WAIT_MS)
        qtbot.keyClicks(dialog.fqdn_edit, NEW_FQDN)
        with qtbot.waitSignal(dialog.sig_created, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.service is not None
        service_id = dialog.service.id
        assert QGuiApplication.clipboard().text() == service_id
        assert dialog.command().startswith("kuma core --raft.join ")
        command = dialog.lab_command()
        assert dialog.lab_command_widget.isVisible()
        assert command.endswith(f"adminui lab join {service_id} {NEW_FQDN}")
        qtbot.waitUntil(
            lambda: sidebar(window).endswith("KUMA Core · 3 + 1 not started"), timeout=WAIT_MS
        )
        assert TransitionKind.MEMBER_ADDED in event_kinds(window)

        # What the user would paste into a shell, with the console's programs on PATH.
        env = dict(os.environ)
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        env.pop("ADMINUI_LAB_DIR", None)
        result = subprocess.run(
            ["bash", "-c", command], env=env, capture_output=True, text=True, timeout=90
        )
        assert result.returncode == 0, result.stderr
        healed_lab.status()  # read the state the command saved
        joined = core_join.node_for_service(healed_lab, service_id)
        assert joined is not None and joined.fqdn == NEW_FQDN
        health = httpx.get(joined.health_url, timeout=5).json()
        assert health["role"] == "follower" and health["id"] == service_id

        qtbot.waitUntil(lambda: status_of(page, service_id) == "green", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: sidebar(window).endswith("KUMA Core · 4"), timeout=WAIT_MS)
        assert event_kinds(window)[0] is TransitionKind.MEMBER_JOINED
        dialog.close()
    finally:
        restore_three_nodes(healed_lab, service_id)
    qtbot.waitUntil(lambda: sidebar(window).endswith("KUMA Core · 3"), timeout=WAIT_MS)
    assert event_kinds(window)[0] is TransitionKind.MEMBER_LEFT
