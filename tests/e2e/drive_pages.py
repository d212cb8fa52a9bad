"""Visits every page of the real window on the lab, in one language, at the window's
default size, and saves a screenshot of each (run under Xvfb by test_every_page).

    python -m tests.e2e.drive_pages <screenshot dir> <en|ru>

Prints one JSON line: the pages shot, and for each page the texts shown in English
that have a Russian translation (in Russian) and the texts cut short by their widget.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from adminui.lab import Lab
from adminui.lab.profiles import LAB_CORE, LAB_OPENBAO, lab_profiles
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import install_translators
from adminui.ui.main_window import MainWindow
from tests.e2e.drive_window import pump_until

ROOT = Path(__file__).resolve().parents[2]
SETTLE_S = 2.5


def translated_sources() -> set[str]:
    """English texts that the Russian translation says differently."""
    root = ET.parse(ROOT / "resources" / "translations" / "adminui_ru.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if text.strip() and text != source and len(source.strip()) > 2:
            found.add(source.replace("&", ""))
    return found


def texts_of(widget: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) of every visible label, button, group box and tab."""
    shown: list[tuple[QWidget, str]] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            shown.append((child, child.text().replace("&", "")))
        elif isinstance(child, QGroupBox):
            shown.append((child, child.title().replace("&", "")))
        elif isinstance(child, QTabBar):
            shown += [(child, child.tabText(i).replace("&", "")) for i in range(child.count())]
    return [(w, t) for w, t in shown if t.strip()]


def cut_short(widget: QWidget) -> bool:
    """A one-line label or a button narrower than its text, or reaching past the edge
    of its window (its end is not shown)."""
    window = widget.window()
    if widget.mapTo(window, QPoint(widget.width(), 0)).x() > window.width() + 1:
        return True
    if isinstance(widget, QLabel):
        if widget.wordWrap() or widget.pixmap() is not None or "<" in widget.text():
            return False
        return widget.sizeHint().width() > widget.width() + 2
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.sizeHint().width() > widget.width() + 2
    return False


class Visit:
    def __init__(self, app: QApplication, window: MainWindow, folder: Path, language: str):
        self.app, self.window, self.folder, self.language = app, window, folder, language
        self.english = translated_sources() if language == "ru" else set()
        self.pages: dict[str, dict[str, object]] = {}

    def look(self, name: str, widget: QWidget | None = None, settle_s: float = SETTLE_S) -> None:
        pump_until(self.app, lambda: False, settle_s)  # let the page settle
        target = widget or self.window
        path = self.folder / f"{name}-{self.language}.png"
        target.grab().save(str(path))
        shown = texts_of(target)
        self.pages[name] = {
            "shot": str(path),
            "english": sorted({t for _, t in shown if t in self.english}),
            "cut": sorted({t for w, t in shown if cut_short(w)}),
            "texts": len(shown),
        }


def main() -> int:
    folder, language = Path(sys.argv[1]), sys.argv[2]
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    if language == "ru":
        # Compiled here from the sources: the tests never depend on .qm files lying around.
        compiled = Path(tempfile.mkdtemp(prefix="adminui-qm-"))
        subprocess.run(
            [
                str(Path(sys.executable).parent / "pyside6-lrelease"),
                "-silent",
                str(ROOT / "resources" / "translations" / "adminui_ru.ts"),
                "-qm",
                str(compiled / "adminui_ru.qm"),
            ],
            check=True,
        )
        install_translators(app, "ru", compiled)
    lab = Lab()
    bridge = AsyncBridge()
    window = MainWindow([ClusterContext(p, t) for p, t in lab_profiles(lab)], bridge)
    window.show()  # the default size
    visit = Visit(app, window, folder, language)
    try:
        visit.look("fleet", settle_s=6)
        for cluster in (LAB_OPENBAO, LAB_CORE):
            window.open_cluster_named(cluster)
            view = window.view(cluster)
            for index, key in enumerate(view.page_keys()):
                view.tabs.setCurrentIndex(index)
                visit.look(f"{'bao' if cluster == LAB_OPENBAO else 'core'}-{key}")
        window.alert_actions.show_page()
        visit.look("notifications")
        audit = window.open_audit_log()
        visit.look("audit", audit)
        audit.close()
        palette = window.open_palette()
        palette.search.setText("step")
        visit.look("palette", palette, settle_s=0.5)
        palette.reject()
    finally:
        window.alert_actions.quitting = True
        window.close()
        bridge.shutdown()
    print(
        json.dumps(
            {
                "platform": app.platformName(),
                "size": [window.width(), window.height()],
                "pages": visit.pages,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
