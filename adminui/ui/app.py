"""Start the Qt application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from adminui.core.cluster import ClusterSpec
from adminui.ui.bridge import AsyncBridge
from adminui.ui.main_window import MainWindow


def run(clusters: list[ClusterSpec]) -> int:
    """Open the main window on ``clusters``; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("AdminUI")
    app.setOrganizationName("AdminUI")
    app.setDesktopFileName("io.github.adminui.AdminUI")
    bridge = AsyncBridge()
    window = MainWindow(clusters, bridge)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        bridge.shutdown()
