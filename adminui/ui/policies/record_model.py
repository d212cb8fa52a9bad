"""A table over our own records, diff-updated by key; the record under ``Qt.UserRole``."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from adminui.ui.table_model import HeaderedTableModel

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its (translated) header and how a record shows in it."""

    header: str
    text: Callable[[R], str]
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(HeaderedTableModel, Generic[R]):
    """Rows are records; :meth:`set_records` applies removals, inserts and changes only."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        key: Callable[[R], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[R] = []
        #: The keys of the rows, to tell at once whether a record is shown.
        self._keys: set[Hashable] = set()

    def column_count(self) -> int:
        return len(self._columns)

    def column_title(self, section: int) -> str:
        return self._columns[section].header

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        return None

    def records(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def has(self, key: Hashable) -> bool:
        """Whether a row holds a record with ``key``."""
        return key in self._keys

    def append(self, record: R, keep: int) -> bool:
        """Add ``record`` as the last row, unless a row has its key, and drop the oldest
        rows beyond ``keep``; True if it was added. The same few signals however many
        rows there are (a list of a thousand gains one at a time)."""
        key = self._key(record)
        if key in self._keys:
            return False
        over = min(len(self._rows), len(self._rows) + 1 - max(1, keep))
        if over > 0:
            self.beginRemoveRows(QModelIndex(), 0, over - 1)
            self._keys.difference_update(self._key(gone) for gone in self._rows[:over])
            del self._rows[:over]
            self.endRemoveRows()
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(record)
        self._keys.add(key)
        self.endInsertRows()
        return True

    def row_of(self, key: Hashable) -> int:
        """The row holding the record with ``key`` (-1 if none)."""
        for row, record in enumerate(self._rows):
            if self._key(record) == key:
                return row
        return -1

    def set_records(self, records: Sequence[R]) -> None:
        """Make the rows equal ``records`` (in that order) with minimal model signals."""
        new_keys = [self._key(r) for r in records]
        wanted = set(new_keys)
        self._keys = wanted
        for row in reversed(range(len(self._rows))):
            if self._key(self._rows[row]) not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for target, record in enumerate(records):
            key = new_keys[target]
            current = (
                self.row_of(key)
                if target >= len(self._rows) or (self._key(self._rows[target]) != key)
                else target
            )
            if current == -1:
                self.beginInsertRows(QModelIndex(), target, target)
                self._rows.insert(target, record)
                self.endInsertRows()
                continue
            if current != target:
                self.beginMoveRows(QModelIndex(), current, current, QModelIndex(), target)
                self._rows.insert(target, self._rows.pop(current))
                self.endMoveRows()
            if self._rows[target] != record:
                self._rows[target] = record
                last = len(self._columns) - 1
                self.dataChanged.emit(self.index(target, 0), self.index(target, last))
