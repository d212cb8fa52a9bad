"""Start the Qt application."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

import psutil
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from adminui import __version__
from adminui.ui.app_icon import APP_ID, application_icon
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.gui_gc import GuiThreadCollector
from adminui.ui.heap_trim import HeapTrimmer, malloc_trim
from adminui.ui.i18n import install_translators, saved_language
from adminui.ui.main_window import MainWindow
from adminui.ui.single_instance import SingleInstance


def process_age_s() -> float:
    """Seconds since this process started, from /proc with clock-tick resolution (the
    kernel's start time as psutil reports it rests on a boot time rounded to seconds)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
        return up - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float(time.time() - psutil.Process().create_time())


class _FirstPaint(QObject):
    """Quits the application once the watched window has painted (smoke test)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            since_start = process_age_s()
            print(f"painted {since_start:.2f} s after the process started", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def run(
    contexts: list[ClusterContext],
    notice: str = "",
    smoke_test: bool = False,
    language: str | None = None,
    lab_starter: Callable[[], list[ClusterContext]] | None = None,
) -> int:
    """Open the main window on ``contexts``; returns the exit code.

    With ``smoke_test`` the window closes itself after its first paint. ``language``
    ("system", "en" or "ru") overrides the one saved in the settings.
    """
    from adminui.profiles.crash_log import install as install_crash_log

    try:
        install_crash_log()
    except OSError as exc:  # a read-only data folder: the console still opens
        print(f"The console's log cannot be written: {exc}", file=sys.stderr)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("AdminUI")
    app.setOrganizationName("AdminUI")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    translators = install_translators(app, language or saved_language())
    guard = SingleInstance()
    if not smoke_test and not guard.claim():
        print("AdminUI is already running; its window was brought to the front.")
        return 0
    collector = GuiThreadCollector(app)
    trimmer = HeapTrimmer(malloc_trim())
    bridge = AsyncBridge()
    window = MainWindow(contexts, bridge, lab_starter=lab_starter)
    guard.sig_raise_requested.connect(window.raise_window)
    if smoke_test:
        watcher = _FirstPaint(app)
        window.installEventFilter(watcher)
        # Packaging checks read which language the window came up in.
        print(f"menu: {window.menuBar().actions()[0].text()}", flush=True)
    window.show()
    if notice:
        window.show_notice(notice)
    try:
        return app.exec()
    finally:
        window.close()
        bridge.shutdown()
        collector.stop()
        trimmer.stop()
        for translator in translators:
            app.removeTranslator(translator)
