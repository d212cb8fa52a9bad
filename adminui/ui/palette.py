"""The command palette (Ctrl+K): type to find any action, cluster, page or node."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PaletteEntry:
    """One thing the palette can do: its text, a hint (e.g. a shortcut) and the action."""

    text: str
    hint: str
    run: Callable[[], object]


class PaletteModel(QAbstractListModel):
    """The entries, the PaletteEntry under ``Qt.UserRole``."""

    def __init__(self, entries: list[PaletteEntry], parent: Any = None) -> None:
        super().__init__(parent)
        self._entries = list(entries)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def add(self, entries: list[PaletteEntry]) -> None:
        """Append ``entries`` (e.g. namespaces that arrived after the palette opened)."""
        if not entries:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._entries.extend(entries)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.text}    {entry.hint}" if entry.hint else entry.text
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None


class WordFilter(QSortFilterProxyModel):
    """Keeps rows containing every typed word (in any order, any case)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        text = str(self.sourceModel().index(row, 0, parent).data() or "").lower()
        return all(word in text for word in self._words)


class CommandPalette(QDialog):
    """A search box over the entries; Enter runs the highlighted one."""

    def __init__(self, entries: list[PaletteEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        self.resize(560, 380)
        self.model = PaletteModel(entries, self)
        self.proxy = WordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a command, cluster, page, node or namespace…"))
        self.search.setAccessibleName(self.tr("Search commands"))
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Matching commands"))
        self.no_matches = QLabel(self.tr("No matches. Try fewer letters, or a page's name."))
        self.no_matches.setObjectName("paletteNoMatches")
        self.no_matches.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.no_matches)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.run_current)
        self.list.activated.connect(lambda _index: self.run_current())
        self.search.installEventFilter(self)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.no_matches.setVisible(not self.proxy.rowCount())

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Up/Down in the search box move through the list."""
        arrows = (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in arrows
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.proxy.rowCount() - 1, self.list.currentIndex().row() + step))
            self.list.setCurrentIndex(self.proxy.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def add_entries(self, entries: list[PaletteEntry]) -> None:
        """Add entries while the palette is open; the current filter applies to them."""
        self.model.add(entries)
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.no_matches.setVisible(not self.proxy.rowCount())

    def matches(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def run_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        entry = index.data(Qt.ItemDataRole.UserRole)
        self.accept()
        if isinstance(entry, PaletteEntry):
            entry.run()
