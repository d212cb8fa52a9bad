"""Take the "Connect your cluster" screenshots from a running lab.

    ADMINUI_LAB_DIR=/tmp/doclab .venv/bin/adminui lab up
    ADMINUI_LAB_DIR=/tmp/doclab xvfb-run -a -s "-screen 0 1280x800x24" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python docs/images/take_connect_shots.py [ru] [dark]
    ADMINUI_LAB_DIR=/tmp/doclab .venv/bin/adminui lab down

From an empty window: Add cluster with one of the lab's OpenBao URLs typed, the other
nodes discovered and the connection tested after a userpass sign-in (``add-cluster``);
the sign-in dialog (``sign-in``); the window afterwards with the sign-in's time left in
the status bar (``signed-in``). Russian adds ``-ru``, the dark theme ``-dark``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["ADMINUI_CONFIG_DIR"] = tempfile.mkdtemp(prefix="adminui-shots-")
for variable in ("BAO_ADDR", "VAULT_ADDR"):
    os.environ.pop(variable, None)

import keyring  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from adminui.lab import Lab  # noqa: E402
from adminui.ui.bridge import AsyncBridge  # noqa: E402
from adminui.ui.clusters.cluster_dialog import ClusterDialog  # noqa: E402
from adminui.ui.main_window import MainWindow  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take_screenshots import ROOT, save, speak_russian, wait  # noqa: E402

sys.path.insert(0, str(ROOT))
from tests.stubs import MemoryKeyring  # noqa: E402


def until(check: object, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not check() and waited < timeout_ms:  # type: ignore[operator]
        wait(100)
        waited += 100


def main() -> int:
    words = set(sys.argv[1:])
    suffix = ("-ru" if "ru" in words else "") + ("-dark" if "dark" in words else "")
    keyring.set_keyring(MemoryKeyring())  # the shots never touch the desktop's keyring
    app = QApplication(sys.argv[:1])
    if "ru" in words:
        speak_russian(app)
    lab = Lab()
    bridge = AsyncBridge()
    # As when the lab is installed: the empty window offers to start it (not clicked).
    window = MainWindow([], bridge, lab_starter=list)
    window.resize(1200, 760)
    window.move(0, 0)
    window.show()
    if "dark" in words:
        window.set_theme("dark")
    try:
        wait(1500)
        save(window.grab().toImage(), f"first-run{suffix}")
        dialog = window.cluster_actions.add_cluster()
        assert isinstance(dialog, ClusterDialog)
        dialog.name.setText("stage-bao")
        dialog.nodes.setPlainText(lab.bao_nodes()[0].api_url)
        dialog.environment.setText("STAGE")
        dialog.method.setCurrentIndex(dialog.method.findData("userpass"))
        dialog.username.setText("alice")
        dialog.secret.setText(lab.password("alice"))
        dialog.discover()
        until(lambda: not dialog.busy)
        dialog.test_connection()
        until(lambda: not dialog.busy and dialog.last_test is not None)
        wait(500)
        save(dialog.grab().toImage(), f"add-cluster{suffix}")
        dialog.save()
        until(lambda: not dialog.isVisible())
        wait(4000)
        save(window.grab().toImage(), f"signed-in{suffix}")
        prompt = window.cluster_actions.sign_in("stage-bao")
        assert prompt is not None
        prompt.secret.setText("password")
        wait(500)
        save(prompt.grab().toImage(), f"sign-in{suffix}")
        prompt.reject()
    finally:
        window.close()
        bridge.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
