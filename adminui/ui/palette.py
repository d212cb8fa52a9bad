"""The command palette (Ctrl+K): type to find any action, cluster, page or node."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex

#: A palette row is picked, never edited or dragged (a string list model's rows would be).
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass(frozen=True)
class PaletteEntry:
    """One thing the palette can do: its text, a hint (e.g. a shortcut) and the action."""

    text: str
    hint: str
    run: Callable[[], object]


class PaletteModel(QStringListModel):
    """The entries containing every typed word (in any order, any case); all of them
    before anything is typed. The PaletteEntry under ``Qt.UserRole``.

    Built for tens of thousands of entries (one per namespace). Qt holds the texts of
    the rows shown, so it counts rows and makes indexes itself: a list view checks
    every row each time it lays itself out, and a count answered in Python would be
    asked once per row. The matching runs here, over lower-cased texts kept beside
    the entries; while the user types on it looks only at the rows still shown.
    """

    def __init__(self, entries: list[PaletteEntry], parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[PaletteEntry] = []
        self._texts: list[str] = []  # what each entry's row shows
        self._folded: list[str] = []  # the same, lower-cased, for matching
        self._words: list[str] = []
        self._rows: list[int] = self._append(entries)  # the entries shown, in order
        self.setStringList(self.shown_texts())

    def _append(self, entries: list[PaletteEntry]) -> list[int]:
        """Keep ``entries``; the positions of those matching the current words."""
        first = len(self._entries)
        texts = [f"{e.text}    {e.hint}" if e.hint else e.text for e in entries]
        self._entries.extend(entries)
        self._texts.extend(texts)
        self._folded.extend([text.lower() for text in texts])
        return self._matching(range(first, len(self._entries)), self._words)

    def _matching(self, candidates: Iterable[int], words: list[str]) -> list[int]:
        rows = list(candidates)
        folded = self._folded
        for word in words:
            rows = [i for i in rows if word in folded[i]]
        return rows

    def set_text(self, text: str) -> None:
        """Show the entries containing every word of ``text`` (views get one reset)."""
        words = text.lower().split()
        if words == self._words:
            return
        if all(any(old in new for new in words) for old in self._words):
            # Typing on: whatever matches now matched before.
            rows = self._matching(self._rows, words)
        else:
            rows = self._matching(range(len(self._entries)), words)
        self._words, self._rows = words, rows
        self.setStringList(self.shown_texts())

    def add(self, entries: list[PaletteEntry]) -> None:
        """Append ``entries`` (e.g. namespaces that arrived after the palette opened);
        those matching the current words are shown after the rows already shown (views
        get one reset: Qt's own row insertion is slow for tens of thousands)."""
        fresh = self._append(entries)
        if fresh:
            self._rows.extend(fresh)
            self.setStringList(self.shown_texts())

    def shown_texts(self) -> list[str]:
        """The text of every row shown, in order."""
        texts = self._texts
        return [texts[i] for i in self._rows]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[self._rows[row]]
        if role == Qt.ItemDataRole.UserRole:
            return self._entries[self._rows[row]]
        return None


class CommandPalette(QDialog):
    """A search box over the entries; Enter runs the highlighted one."""

    def __init__(self, entries: list[PaletteEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        self.resize(560, 380)
        self.model = PaletteModel(entries, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a command, cluster, page, node or namespace…"))
        self.search.setAccessibleName(self.tr("Search commands"))
        self.list = QListView()
        self.list.setUniformItemSizes(True)  # one line each: no row is measured on its own
        self.list.setModel(self.model)
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
        self.model.set_text(text)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.no_matches.setVisible(not self.model.rowCount())

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
            row = max(0, min(self.model.rowCount() - 1, self.list.currentIndex().row() + step))
            self.list.setCurrentIndex(self.model.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def add_entries(self, entries: list[PaletteEntry]) -> None:
        """Add entries while the palette is open; the current filter applies to them.
        The highlighted row stays highlighted (new rows come after it)."""
        row = self.list.currentIndex().row()
        self.model.add(entries)
        if self.model.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.no_matches.setVisible(not self.model.rowCount())

    def matches(self) -> list[str]:
        return self.model.shown_texts()

    def run_current(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        entry = index.data(Qt.ItemDataRole.UserRole)
        self.accept()
        if isinstance(entry, PaletteEntry):
            entry.run()
