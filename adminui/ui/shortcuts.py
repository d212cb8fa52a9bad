"""Keyboard shortcuts for a page's frequent actions, shown in their tooltips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QToolTip, QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str

#: Show or hide the jobs panel (View → Jobs), from anywhere in the window.
JOBS_PANEL_KEYS = "Ctrl+J"


def shortcut_text(keys: Keys) -> str:
    """How the keys read on this platform (e.g. "Ctrl+S")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def with_keys(text: str, keys: Keys) -> str:
    """``text`` followed by its shortcut, for a tooltip."""
    shown = shortcut_text(keys)
    return f"{text} ({shown})" if text else shown


class _KeysInTooltip(QObject):
    """Adds a widget's shortcut to whatever tooltip it has when the tooltip shows (pages
    change tooltips as things get enabled or disabled)."""

    def __init__(self, widget: QWidget, keys: Keys, fallback: str) -> None:
        super().__init__(widget)
        self.keys = keys
        self.fallback = fallback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.text(watched), watched)
            return True
        return False

    def text(self, widget: QWidget) -> str:
        return with_keys(widget.toolTip() or self.fallback, self.keys)


def tooltip_with_keys(widget: QWidget) -> str:
    """The tooltip ``widget`` shows, its shortcut included (for tests and docs)."""
    helper = widget.findChild(_KeysInTooltip)
    return helper.text(widget) if helper is not None else widget.toolTip()


def give_shortcut(button: QAbstractButton, keys: Keys) -> None:
    """Press ``button`` with ``keys`` while its page is shown; its tooltip says so."""
    button.setShortcut(QKeySequence(keys))
    _KeysInTooltip(button, keys, button.text().replace("&", ""))


def focus_shortcut(
    page: QWidget, edit: QLineEdit, keys: Keys = QKeySequence.StandardKey.Find
) -> QShortcut:
    """Jump to ``edit`` (a search or filter box) with ``keys`` while in ``page``."""
    shortcut = QShortcut(QKeySequence(keys), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def jump() -> None:
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    shortcut.activated.connect(jump)
    _KeysInTooltip(edit, keys, edit.placeholderText())
    return shortcut
