"""Drives the real console window against the lab (run under Xvfb by test_real_window).

    python -m tests.e2e.drive_window <screenshot dir>

The lab is found through $ADMINUI_LAB_DIR. Prints one JSON line of what it saw.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from adminui.core.cluster import Role
from adminui.lab import Lab
from adminui.lab.profiles import LAB_CORE, LAB_OPENBAO, lab_profiles
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow


def pump_until(app: QApplication, check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if check():
            return True
        time.sleep(0.01)
    return False


def shot(window: QWidget, folder: Path, name: str) -> str:
    path = folder / f"{name}.png"
    window.grab().save(str(path))
    return str(path)


def main() -> int:
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    lab = Lab()
    bridge = AsyncBridge()
    window = MainWindow([ClusterContext(p, t) for p, t in lab_profiles(lab)], bridge)
    window.resize(1280, 780)
    window.show()
    seen: dict[str, object] = {"platform": app.platformName(), "shots": []}
    shots: list[str] = []
    view = window.view(LAB_OPENBAO)
    model = view.overview.node_model

    def roles() -> list[Role]:
        return [model.node(r).role for r in range(model.rowCount())]

    def leader() -> str:
        urls = [
            model.node(r).url for r in range(model.rowCount()) if model.node(r).role is Role.LEADER
        ]
        return urls[0] if len(urls) == 1 else ""

    try:
        # Two clusters: the window opens on the fleet; the OpenBao cluster is opened from it.
        seen["fleet_first"] = window.stack.currentWidget() is window.fleet
        window.open_cluster_named(LAB_OPENBAO)
        seen["settled"] = pump_until(
            app, lambda: sorted(roles()) == sorted([Role.LEADER, Role.FOLLOWER, Role.FOLLOWER]), 20
        )
        shots.append(shot(window, folder, "1-overview"))

        # A namespace, through the real dialog.
        page = view.page("namespaces")
        assert page is not None
        pump_until(app, lambda: False, 1.0)
        page.create_namespace()  # type: ignore[attr-defined]
        dialog = page.findChild(QWidget, "createNamespaceDialog")
        QTest.keyClicks(dialog.name_edit, "e2e-tenant")  # type: ignore[union-attr]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["namespace_created"] = pump_until(app, lambda: page.select_path("e2e-tenant"), 15)  # type: ignore[attr-defined]
        shots.append(shot(window, folder, "2-namespaces"))

        # A policy, written in the editor and saved after the diff.
        policies = view.page("policies")
        assert policies is not None
        policies.create_policy("e2e-reader")  # type: ignore[attr-defined]
        editor = policies.editor  # type: ignore[attr-defined]
        editor.editor.setPlainText('path "secret/data/e2e/*" {\n  capabilities = ["read"]\n}\n')
        editor.confirm_save = lambda *_: True
        saved: list[bool] = []
        editor.sig_saved.connect(lambda *_: saved.append(True))
        editor.save()
        seen["policy_saved"] = pump_until(app, lambda: bool(saved), 15)
        shots.append(shot(window, folder, "3-policy"))

        # Step-down through the drills page: preflight, typed confirmation, new leader.
        drills = view.page("drills")
        assert drills is not None
        before = leader()
        finished: list[object] = []
        drills.sig_step_down_finished.connect(finished.append)  # type: ignore[attr-defined]
        QTest.mouseClick(drills.step_down_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

        def confirm_dialog() -> QWidget | None:
            dialog = getattr(drills, "_dialog", None)
            return dialog if dialog is not None and dialog.isVisible() else None

        seen["step_down_preflight"] = pump_until(app, lambda: confirm_dialog() is not None, 30)
        confirm = confirm_dialog()
        if confirm is not None:
            seen["step_down_phrase"] = confirm.phrase  # type: ignore[attr-defined]
            QTest.keyClicks(confirm.input, confirm.phrase)  # type: ignore[attr-defined]
            seen["step_down_confirm_enabled"] = confirm.ok_button.isEnabled()  # type: ignore[attr-defined]
            shots.append(shot(confirm, folder, "6-step-down-confirm"))
            QTest.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
            pump_until(app, lambda: bool(finished), 30)
            seen["step_down_finished"] = bool(finished)
            seen["step_down_outcome"] = str(getattr(finished[0], "outcome", "")) if finished else ""
            view.tabs.setCurrentWidget(view.overview)
            seen["step_down_new_leader"] = pump_until(app, lambda: leader() not in ("", before), 20)
        # Autopilot needs a moment before the next disturbance.
        pump_until(app, lambda: False, 3.0)

        # Failover: kill the leader, watch the view follow.
        view.tabs.setCurrentWidget(view.overview)
        old = leader()
        name = next(n.name for n in lab.bao_nodes() if n.api_url == old)
        lab.kill(name)
        seen["failover_seen"] = pump_until(app, lambda: leader() not in ("", old), 40)
        seen["dead_shown_unreachable"] = any(
            model.node(r).url == old and model.node(r).role is Role.UNREACHABLE
            for r in range(model.rowCount())
        )
        pump_until(app, lambda: False, 1.0)
        shots.append(shot(window, folder, "4-failover"))
        lab.restart(name)
        seen["restarted_follower"] = pump_until(
            app,
            lambda: any(
                model.node(r).url == old and model.node(r).role is Role.FOLLOWER
                for r in range(model.rowCount())
            ),
            40,
        )
        view.tabs.setCurrentWidget(view.charts)
        pump_until(app, lambda: False, 2.0)
        shots.append(shot(window, folder, "5-history"))

        # A Core service: create it, copy its ID.
        window.select_cluster(list(window.views).index(LAB_CORE))
        core_view = window.view(LAB_CORE)
        services = core_view.page("services")
        assert services is not None
        pump_until(app, lambda: services.model.rowCount() >= 3, 20)  # type: ignore[attr-defined]
        dialog = services.open_add_dialog()  # type: ignore[attr-defined]
        QTest.keyClicks(dialog.fqdn_edit, "core-e2e.lab.local")
        pump_until(app, lambda: dialog.create_button.isEnabled(), 5)
        QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        pump_until(app, lambda: bool(dialog.id_edit.text()), 20)
        service_id = dialog.id_edit.text()
        QTest.mouseClick(dialog.copy_id_button, Qt.MouseButton.LeftButton)
        app.processEvents()
        seen["core_service_id"] = service_id
        seen["clipboard_has_id"] = bool(service_id) and app.clipboard().text() == service_id
        seen["install_command"] = dialog.command()
        shots.append(shot(dialog, folder, "7-add-core-service"))
        dialog.close()
    finally:
        seen["shots"] = shots
        print(json.dumps(seen), flush=True)
        window.close()
        bridge.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
