"""Frequent page actions have shortcuts, and their tooltips name them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from adminui.ui.shortcuts import focus_shortcut, give_shortcut, tooltip_with_keys


def test_a_button_shortcut_presses_it_and_its_tooltip_names_the_keys(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    save = QPushButton("Save…")
    search = QLineEdit()
    search.setPlaceholderText("Search policies")
    layout.addWidget(search)
    layout.addWidget(save)
    qtbot.addWidget(page)
    give_shortcut(save, QKeySequence.StandardKey.Save)
    focus_shortcut(page, search)
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert tooltip_with_keys(save) == "Save… (Ctrl+S)"
    # A tooltip set later (e.g. why the button is disabled) keeps the keys.
    save.setToolTip("Disabled: read-only profile")
    assert tooltip_with_keys(save) == "Disabled: read-only profile (Ctrl+S)"
    assert tooltip_with_keys(search) == "Search policies (Ctrl+F)"

    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    save.setFocus()
    jump = page.findChild(QShortcut)
    assert jump is not None and jump.key() == QKeySequence(QKeySequence.StandardKey.Find)
    assert jump.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    jump.activated.emit()
    qtbot.waitUntil(search.hasFocus, timeout=2000)
