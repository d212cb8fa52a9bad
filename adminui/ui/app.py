"""Start the Qt application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow


def run(contexts: list[ClusterContext], notice: str = "") -> int:
    """Open the main window on ``contexts``; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("AdminUI")
    app.setOrganizationName("AdminUI")
    app.setDesktopFileName("io.github.adminui.AdminUI")
    bridge = AsyncBridge()
    window = MainWindow(contexts, bridge)
    window.show()
    if notice:
        window.statusBar().showMessage(notice, 15_000)
    try:
        return app.exec()
    finally:
        window.close()
        bridge.shutdown()
