"""The list of transitions (leader changes, nodes down/up, quorum) of one cluster."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from adminui.core.transitions import Transition
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class EventsModel(HeaderedTableModel):
    """Newest event first; at most ``capacity`` rows (oldest dropped)."""

    HEADERS = (QT_TRANSLATE_NOOP("EventsModel", "Time"), QT_TRANSLATE_NOOP("EventsModel", "Event"))

    def __init__(self, capacity: int = 500, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: deque[Transition] = deque()
        self._capacity = capacity

    @property
    def capacity(self) -> int:
        """How many events it keeps at most."""
        return self._capacity

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        event = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return time.strftime("%H:%M:%S", time.localtime(event.at))
            return say(event.describe())
        return None

    def add(self, events: list[Transition]) -> None:
        if not events:
            return
        self.beginInsertRows(QModelIndex(), 0, len(events) - 1)
        for event in events:
            self._rows.appendleft(event)
        self.endInsertRows()
        excess = len(self._rows) - self._capacity
        if excess > 0:
            first = len(self._rows) - excess
            self.beginRemoveRows(QModelIndex(), first, len(self._rows) - 1)
            for _ in range(excess):
                self._rows.pop()
            self.endRemoveRows()


class EventsUntil(QSortFilterProxyModel):
    """The events of an :class:`EventsModel` that happened at or before a moment; all of
    them while that moment is None (live)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._until: float | None = None

    @property
    def until(self) -> float | None:
        """The last moment shown (a ``time.time()`` value), or None for every event."""
        return self._until

    def set_until(self, when: float | None) -> None:
        """Show only the events up to ``when`` (None: all of them)."""
        if when == self._until:
            return
        self.beginFilterChange()
        self._until = when
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._until is None:
            return True
        event = (
            self.sourceModel().index(source_row, 0, source_parent).data(Qt.ItemDataRole.UserRole)
        )
        return not isinstance(event, Transition) or event.at <= self._until
