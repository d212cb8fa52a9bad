"""Take the user guide's screenshots from a running lab.

    ADMINUI_LAB_DIR=/tmp/doclab .venv/bin/adminui lab up
    ADMINUI_LAB_DIR=/tmp/doclab xvfb-run -a -s "-screen 0 1280x800x24" \\
        env QT_QPA_PLATFORM=xcb .venv/bin/python docs/images/take_screenshots.py
    ADMINUI_LAB_DIR=/tmp/doclab .venv/bin/adminui lab down

Seeds the lab with a few namespaces, a policy and a quota, then saves one PNG per page
(a few in the dark theme) next to this file; with the argument ``ru``, the same pages in
Russian (``*-ru.png``). Both at the window's default width. Each PNG is kept under 200 KB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("ADMINUI_CONFIG_DIR", tempfile.mkdtemp(prefix="adminui-shots-"))

import httpx
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from adminui.lab import Lab
from adminui.lab.profiles import LAB_CORE, LAB_OPENBAO, lab_profiles
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import install_translators
from adminui.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MAX_BYTES = 200_000

POLICY = 'path "secret/data/app/*" {\n  capabilities = ["read", "list"]\n}\n'


def seed(lab: Lab) -> None:
    """Namespaces, a policy and a quota, so that the pages have something to show."""
    leader = lab.bao_leader()
    headers = {"X-Vault-Token": lab.root_token}
    with httpx.Client(base_url=leader.api_url, headers=headers, timeout=10) as client:
        for path in ("team-a", "team-a/app1", "team-a/app2", "team-b", "team-b/billing"):
            parent, _, name = path.rpartition("/")
            ns = {"X-Vault-Namespace": parent} if parent else {}
            client.post(f"/v1/sys/namespaces/{name}", headers=ns, json={})
        client.put("/v1/sys/policies/acl/app-read", json={"policy": POLICY})
        client.post(
            "/v1/sys/quotas/rate-limit/global-api",
            json={"rate": 500, "interval": "1s"},
        )


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(image: QImage, name: str) -> None:
    path = HERE / f"{name}.png"
    scaled = image
    while True:
        scaled.save(str(path), "PNG")
        if path.stat().st_size < MAX_BYTES:
            break
        width = int(scaled.width() * 0.85)
        scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    print(f"{path.name}: {scaled.width()}x{scaled.height()}, {path.stat().st_size} bytes")


def shoot(window: MainWindow, name: str, settle_ms: int = 3000) -> None:
    wait(settle_ms)
    save(window.grab().toImage(), name)


def open_page(window: MainWindow, cluster: str, key: str) -> QWidget | None:
    window.select_cluster(list(window.views).index(cluster))
    return window.view(cluster).page(key)


#: (cluster, page key, file name) of the pages shot in both languages.
PAGES = [
    (LAB_OPENBAO, "namespaces", "namespaces"),
    (LAB_OPENBAO, "policies", "policies"),
    (LAB_OPENBAO, "quotas", "quotas"),
    (LAB_OPENBAO, "rotation", "rotation"),
    (LAB_OPENBAO, "config", "config"),
    (LAB_OPENBAO, "drills", "drills"),
    (LAB_CORE, "overview", "core-overview"),
    (LAB_CORE, "services", "services"),
]


def every_page(window: MainWindow, suffix: str) -> None:
    """The overview, a replayed moment, and each page of :data:`PAGES`."""
    shoot(window, f"overview{suffix}", 8000)
    overview = open_page(window, LAB_OPENBAO, "overview")
    slider = overview.replay  # type: ignore[union-attr]
    slider.setValue(max(0, slider.maximum() // 2))
    shoot(window, f"replay{suffix}", 1000)
    overview.go_live()  # type: ignore[union-attr]
    open_page(window, LAB_OPENBAO, "history")
    shoot(window, f"history{suffix}", 2000)
    for cluster, key, name in PAGES:
        page = open_page(window, cluster, key)
        if key == "namespaces":
            page.select_path("team-a")  # type: ignore[union-attr]
        shoot(window, f"{name}{suffix}", 4000)


def english(window: MainWindow, lab: Lab) -> None:
    bao, core = LAB_OPENBAO, LAB_CORE
    every_page(window, "")

    # The dark theme.
    window.set_theme("dark")
    open_page(window, bao, "overview")
    shoot(window, "overview-dark", 2000)
    open_page(window, core, "services")
    shoot(window, "services-dark", 2000)
    window.set_theme("system")

    # One node down: the quorum panel warns that no further failure is tolerated.
    open_page(window, bao, "overview")
    lab.kill("bao3")
    try:
        shoot(window, "node-down", 5000)
    finally:
        lab.restart("bao3")

    # The command palette, over the window.
    palette = window.open_palette()
    palette.search.setText("lab")
    wait(800)
    screen = QGuiApplication.primaryScreen()
    save(screen.grabWindow(0, 0, 0, window.width(), window.height()).toImage(), "palette")
    palette.reject()


def russian(window: MainWindow, lab: Lab) -> None:
    every_page(window, "-ru")
    # The step-down preflight, its checks written by the lower layers, in Russian.
    drills = open_page(window, LAB_OPENBAO, "drills")
    drills.start_step_down()  # type: ignore[union-attr]
    for _ in range(100):
        wait(200)
        dialog = getattr(drills, "_dialog", None)
        if dialog is not None and dialog.isVisible():
            wait(500)
            save(dialog.grab().toImage(), "step-down-ru")
            dialog.reject()
            break
    open_page(window, LAB_OPENBAO, "overview")
    lab.kill("bao3")
    try:
        shoot(window, "node-down-ru", 5000)
    finally:
        lab.restart("bao3")


def speak_russian(app: QApplication) -> None:
    """Compile the Russian translation from the sources and install it."""
    qm_dir = Path(tempfile.mkdtemp(prefix="adminui-qm-"))
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lrelease"),
            "-silent",
            str(ROOT / "resources" / "translations" / "adminui_ru.ts"),
            "-qm",
            str(qm_dir / "adminui_ru.qm"),
        ],
        check=True,
    )
    install_translators(app, "ru", qm_dir)


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    if language == "ru":
        speak_russian(app)
    lab = Lab()
    seed(lab)
    contexts = [ClusterContext(p, t) for p, t in lab_profiles(lab)]
    bridge = AsyncBridge()
    window = MainWindow(contexts, bridge)
    window.resize(1200, 760)
    window.move(0, 0)
    window.show()
    try:
        if language == "ru":
            russian(window, lab)
        else:
            english(window, lab)
    finally:
        window.close()
        bridge.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
