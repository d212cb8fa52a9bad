"""The Help menu: the user guide, the keyboard shortcuts, the log folder and About."""

from __future__ import annotations

import html
import platform
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QObject, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from adminui import __version__
from adminui.profiles.crash_log import log_folder
from adminui.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from adminui.ui.main_window import MainWindow

#: The guide, next to the package in a checkout (a bundle carries it under resources).
GUIDE_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "docs" / "guide.md",
    Path(__file__).resolve().parents[2] / "resources" / "guide.md",
)

#: Shortcuts that live on the pages (the window's own come from its menus).
PAGE_SHORTCUTS = (
    (
        "Ctrl+N",
        QT_TRANSLATE_NOOP(
            "HelpActions",
            "New namespace, policy, quota or rotation set; add a Core service (on that page)",
        ),
    ),
    (
        "Ctrl+S",
        QT_TRANSLATE_NOOP("HelpActions", "Save the policy; save the generated file (Config)"),
    ),
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpActions", "Jump to the search or filter box")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("HelpActions", "Copy the selected service IDs (Services)")),
)


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class HelpActions(QObject):
    """What the Help menu does; ``opener`` opens files and folders (the desktop's)."""

    def __init__(self, window: MainWindow, opener: Callable[[QUrl], object] = open_url) -> None:
        super().__init__(window)
        self.window = window
        self.opener = opener

    def guide_path(self) -> Path | None:
        return next((p for p in GUIDE_CANDIDATES if p.is_file()), None)

    def open_guide(self) -> bool:
        path = self.guide_path()
        if path is None:
            QMessageBox.information(
                self.window,
                self.tr("User guide"),
                self.tr("The guide is docs/guide.md in AdminUI's source repository."),
            )
            return False
        self.opener(QUrl.fromLocalFile(str(path)))
        return True

    def open_log_folder(self) -> Path:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.opener(QUrl.fromLocalFile(str(folder)))
        return folder

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do): every window action with a shortcut, then the pages'."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                text = action.text().replace("&", "")
                if keys and keys not in seen:
                    seen.add(keys)
                    rows.append((keys, text))
        rows += [(keys, self.tr(text)) for keys, text in PAGE_SHORTCUTS]
        return rows

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(640, 480)
        dialog.open()
        self.shortcuts_table = table
        return dialog

    def about_text(self) -> str:
        """Versions of the console, its toolkit and the clusters it watches."""
        lines = [
            f"<b>AdminUI {html.escape(__version__)}</b>",
            self.tr("A console for KUMA Core and OpenBao/Vault Raft clusters."),
            "",
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
            f"Python {platform.python_version()} · {html.escape(platform.platform())}",
        ]
        clusters = []
        for name, versions in self.window.server_versions().items():
            shown = ", ".join(sorted(versions)) or self.tr("not known yet")
            clusters.append(f"{html.escape(name)}: {html.escape(shown)}")
        if clusters:
            lines += ["", self.tr("Servers:"), *clusters]
        lines += ["", self.tr("Log folder: {0}").format(html.escape(str(log_folder())))]
        return "<br>".join(lines)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About AdminUI"))
        box.setText(self.about_text())
        box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))
        box.open()
        return box
