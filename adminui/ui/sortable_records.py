"""A record table whose header sorts it: each column sorts by a value of the record (a
number as a number, a time as a time), or by its text read naturally."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.table_model import natural_key

R = TypeVar("R")

#: How a column sorts: a record's value (None: nothing to sort by, sorted last).
SortBy = Callable[[Any], Any]


def number(value: float | None) -> float | None:
    """A number to sort by (None stays None: sorted last)."""
    return None if value is None else float(value)


class SortableRecordModel(RecordTableModel[R]):
    """A :class:`RecordTableModel` that sorts itself; ``sort_by`` maps a column to what
    it sorts by (a column not in it sorts by its text). Records set later take their
    place in the current order; column -1 is the order they were given in."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        key: Callable[[R], Hashable],
        parent: QObject | None = None,
        *,
        sort_by: dict[int, SortBy] | None = None,
    ) -> None:
        super().__init__(columns, key, parent)
        self._sort_by = dict(sort_by or {})
        self._given: dict[Hashable, int] = {}

    def sort_key(self, row: Any, column: int) -> Any:
        by = self._sort_by.get(column)
        if by is not None:
            return by(row)
        text = self._columns[column].text(row)
        return natural_key(text) if text else None

    def natural_rows(self) -> list[Any]:
        last = len(self._given)
        return sorted(self._rows, key=lambda r: self._given.get(self._key(r), last))

    def set_records(self, records: Sequence[R]) -> None:
        self._given = {self._key(r): i for i, r in enumerate(records)}
        super().set_records(self.sorted_rows(records))
