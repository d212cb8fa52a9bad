"""The list of transitions (leader changes, nodes down/up, quorum) of one cluster."""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from adminui.core.transitions import Transition
from adminui.ui.i18n import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex


class EventsModel(QAbstractTableModel):
    """Newest event first; at most ``capacity`` rows (oldest dropped)."""

    HEADERS = (QT_TRANSLATE_NOOP("EventsModel", "Time"), QT_TRANSLATE_NOOP("EventsModel", "Event"))

    def __init__(self, capacity: int = 500, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: deque[Transition] = deque()
        self._capacity = capacity

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return time.strftime("%H:%M:%S", time.localtime(event.at))
            return event.describe()
        return None

    def add(self, events: list[Transition]) -> None:
        if not events:
            return
        self.beginInsertRows(QModelIndex(), 0, len(events) - 1)
        for event in events:
            self._events.appendleft(event)
        self.endInsertRows()
        excess = len(self._events) - self._capacity
        if excess > 0:
            first = len(self._events) - excess
            self.beginRemoveRows(QModelIndex(), first, len(self._events) - 1)
            for _ in range(excess):
                self._events.pop()
            self.endRemoveRows()
