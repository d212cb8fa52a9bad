"""Drives the real console window over six clusters (run under Xvfb by
test_fleet_window): five names for a 3-node OpenBao cluster it starts itself, and one
cluster whose nodes do not answer. The window opens on the fleet, the failing cluster
first; its alert shows (in the window: Xvfb has no tray or notification service), and
*Open* on it opens that cluster; the alert is in the notification log.

    python -m tests.e2e.drive_fleet <screenshot dir> <work dir>

Prints one JSON line of what it saw.
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from tests.e2e.drive_window import pump_until, shot
from tests.integration._bao_cluster import bao_cluster

HEALTHY = (("prod-eu", "PROD"), ("prod-us", "PROD"), ("stage", "STAGE"), ("dev", "DEV"))
FAILING = "prod-ap"


def dead_urls(count: int) -> tuple[str, ...]:
    """URLs of loopback ports nothing listens on."""
    urls = []
    for _ in range(count):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            urls.append(f"http://127.0.0.1:{probe.getsockname()[1]}")
    return tuple(urls)


def main() -> int:
    folder, work = Path(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    seen: dict[str, object] = {}
    app = QApplication(sys.argv[:1])
    with bao_cluster(work, size=3) as cluster:
        seen["platform"] = app.platformName()
        profiles = [
            Profile(name, ClusterKind.OPENBAO, tuple(cluster.urls), environment=env)
            for name, env in HEALTHY
        ]
        profiles.append(
            Profile("audit", ClusterKind.OPENBAO, tuple(cluster.urls), environment="PROD")
        )
        profiles.append(Profile(FAILING, ClusterKind.OPENBAO, dead_urls(3), environment="PROD"))
        bridge = AsyncBridge()
        window = MainWindow([ClusterContext(p, cluster.root_token) for p in profiles], bridge)
        window.resize(1280, 780)
        window.show()
        fleet = window.fleet
        seen["fleet_first"] = window.stack.currentWidget() is fleet

        def states() -> dict[str, str]:
            proxy = fleet.proxy
            return {
                str(proxy.index(r, 1).data()): str(proxy.index(r, 0).data())
                for r in range(proxy.rowCount())
            }

        seen["all_looked_at"] = pump_until(
            app,
            lambda: len(states()) == 6 and "waiting for an answer" not in states().values(),
            30,
        )
        seen["states"] = states()
        seen["failing_first"] = fleet.proxy.index(0, 1).data() == FAILING
        note = window.alert_actions.center.note
        seen["note_shown"] = pump_until(app, note.isVisible, 15)
        seen["note_cluster"] = note.cluster
        seen["note_title"] = note.title.text()
        seen["tray_tone"] = window.alert_actions.center.tone
        shot(window, folder, "1-fleet-with-alert")
        QTest.mouseClick(note.open_button, Qt.MouseButton.LeftButton)
        view = window.current_view()
        seen["opened"] = view is not None and view.context.profile.name == note.cluster
        pump_until(app, lambda: False, 1.0)
        shot(window, folder, "2-opened-from-alert")
        window.notifications_action.trigger()
        page = window.alert_actions.page
        seen["logged"] = sorted(
            {str(page.proxy.index(r, 2).data()) for r in range(page.proxy.rowCount())}
        )
        shot(window, folder, "3-notifications")
        window.alert_actions.quit()
        bridge.shutdown()
    print(json.dumps(seen), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
