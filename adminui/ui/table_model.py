"""The part every flat table model of ours shares: rows in ``_rows``, titled columns,
and sorting by a column's real value.

A model sorts itself (:meth:`HeaderedTableModel.sort`, which a view with sorting
enabled calls when its header is clicked): rows stay in ``_rows`` in the order shown, so
a row of the view is a row of the model, and diff updates keep that order. Each column
says what it sorts by through :meth:`HeaderedTableModel.sort_key`: a number, a time, a
:func:`natural_key` of a text; a missing value (None) sorts last both ways. Column -1
is the model's own order (the one its records were given in).
"""

from __future__ import annotations

import re
from collections.abc import MutableSequence, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """A text's sort key: case-insensitive, its runs of digits compared as numbers
    ("node2" before "node10")."""
    parts = _DIGITS.split(text.casefold())
    return tuple(
        (0, int(part), "") if index % 2 else (1, 0, part)
        for index, part in enumerate(parts)
        if part
    )


class HeaderedTableModel(QAbstractTableModel):
    """A table of ``self._rows`` whose columns are titled by ``HEADERS`` (translated)."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: MutableSequence[Any] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def column_count(self) -> int:
        return len(self.HEADERS)

    def column_title(self, section: int) -> str:
        """The title of column ``section`` as shown (``HEADERS`` translated)."""
        return self.tr(self.HEADERS[section])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.column_count()
        ):
            return self.column_title(section)
        return None

    # ----- sorting ------------------------------------------------------------------------
    def sort_key(self, row: Any, column: int) -> Any:
        """What ``row`` sorts by in ``column``: a number, a time, a :func:`natural_key`;
        None when it has nothing to sort by (sorted last). Sortable models override it."""
        return None

    @property
    def sort_column(self) -> int:
        """The column the rows are sorted by (-1: the model's own order)."""
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def natural_rows(self) -> list[Any]:
        """The rows in the model's own order (column -1). By default the order they
        stand in; models that are given an order override this."""
        return list(self._rows)

    def sorted_rows(self, rows: Sequence[Any]) -> list[Any]:
        """``rows`` in the current sort order (as they are for column -1); rows that sort
        alike keep their order, and rows with nothing to sort by come last, whichever the
        direction."""
        column = self._sort_column
        if column < 0 or column >= self.column_count():
            return list(rows)
        keyed = [(self.sort_key(row, column), row) for row in rows]
        present = [pair for pair in keyed if pair[0] is not None]
        missing = [row for key, row in keyed if key is None]
        present.sort(
            key=lambda pair: pair[0],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        return [row for _key, row in present] + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (-1: the model's own order); selections and
        other persistent indexes follow their rows."""
        self._sort_column = column
        self._sort_order = order
        # Rows that sort alike keep the model's own order, whatever was shown before.
        self.reorder(self.sorted_rows(self.natural_rows()))

    def reorder(self, rows: Sequence[Any]) -> None:
        """Put the current rows (the same objects) in the order of ``rows``: one layout
        change, nothing when the order is already that."""
        current = self._rows
        if len(rows) != len(current) or all(a is b for a, b in zip(rows, current, strict=True)):
            return
        where = {id(row): position for position, row in enumerate(rows)}
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        after = [
            self.index(where[id(current[index.row()])], index.column())
            if index.isValid() and index.row() < len(current)
            else QModelIndex()
            for index in before
        ]
        current[:] = list(rows)
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def keep_sorted(self) -> None:
        """Put rows that changed or arrived where the current sort wants them."""
        if self._sort_column >= 0:
            self.reorder(self.sorted_rows(self.natural_rows()))


class SourceSortingProxy(QSortFilterProxyModel):
    """A filter over one of our models that leaves sorting to the model: a click on the
    header sorts the model's rows, and the proxy keeps the model's order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
