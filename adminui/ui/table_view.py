"""Column widths that fit their header and their data, in every language.

A short column (a number, a role, a time) is as wide as the wider of its header text and
its cells; one long free-text column takes the room that is left. Widths are fitted again
when rows arrive (not on every change of a cell, so a live table stays cheap), and the
user can still drag a short column wider or narrower. A long table is measured on the
rows in view and those near them (:data:`SAMPLE_ROWS`), so sorting or filtering a few
thousand rows stays quick; rows added to a table are measured alone (a column only grows
then), and a view out of sight is fitted when it comes into sight, so a live table that
gains a row at each event costs what that row costs. A page that must fit a column to
every row says how wide it needs to be (:attr:`ColumnFitter.needs`), and one whose column
holds long values better read elsewhere caps it (:attr:`ColumnFitter.limits`: the cells
are elided, never the header).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from adminui.ui.table_tools import TableTools

#: Room beside the widest cell, so its text does not touch the grid line.
_PADDING = 8
#: How many rows a column is measured on (those in view first).
SAMPLE_ROWS = 200


class ColumnFitter(QObject):
    """Keeps the columns of one view fitted (see :func:`fit_columns`)."""

    def __init__(self, view: QTableView | QTreeView, stretch: int | None) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self._stretch_need = 0
        #: Widths some columns need whatever the rows measured (a page's own measure).
        self.needs: dict[int, Callable[[], int]] = {}
        #: The widest some short columns are fitted to (their header still shows whole).
        self.limits: dict[int, Callable[[], int]] = {}
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._fit_pending)
        #: Rows inserted since the last fit, when nothing else changed (measured alone).
        self._inserted: list[tuple[int, int]] = []
        self._whole = False  # a full fit is due (a reset, a new layout, a new header)
        self._out_of_sight = False  # a fit was asked for while the view was hidden
        header = self.header()
        #: The width this fitter gave each column: a width set since (by the user
        #: dragging, or by the page) is kept when it is wider than the contents need.
        self._fitted = {i: header.sectionSize(i) for i in range(header.count())}
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
                signal.connect(self._whole_changed)
            model.rowsInserted.connect(self._rows_inserted)
        view.viewport().installEventFilter(self)
        #: Copy and the column chooser (every fitted view has them).
        self.tools = TableTools(view)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.stretch is not None:
            self._fill()
        elif event.type() == QEvent.Type.Show and self._out_of_sight:
            self._out_of_sight = False
            self._pending.start()
        return False

    def _whole_changed(self) -> None:
        self._whole = True
        self._ask()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid() or isinstance(self.view, QTreeView):
            self._whole = True
        else:
            self._inserted.append((first, last))
        self._ask()

    def _ask(self) -> None:
        """Fit soon; a view out of sight is fitted when it comes into sight."""
        if self.view.isVisible():
            self._pending.start()
        else:
            self._out_of_sight = True

    def _fit_pending(self) -> None:
        if not self.view.isVisible():
            self._out_of_sight = True
            return
        rows = sum(last - first + 1 for first, last in self._inserted)
        if self._whole or rows > SAMPLE_ROWS:
            self.fit()
            return
        model = self.view.model()
        inserted, self._inserted = self._inserted, []
        if model is None or not inserted:
            return
        self._grow(model, [r for first, last in inserted for r in range(first, last + 1)])

    def _grow(self, model: QAbstractItemModel, rows: list[int]) -> None:
        """Widen the columns the new ``rows`` need more room in (never narrow them)."""
        header = self.header()
        count = model.rowCount()
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            cells = max(
                (
                    self.view.sizeHintForIndex(model.index(row, column)).width()
                    for row in rows
                    if row < count
                ),
                default=0,
            )
            cells = cells + _PADDING if cells > 0 else 0
            if column in self.needs:
                cells = max(cells, self.needs[column]() + _PADDING)
            if column in self.limits:
                cells = min(cells, self.limits[column]())
            if column == self.stretch:
                self._stretch_need = max(self._stretch_need, cells)
                continue
            if cells > header.sectionSize(column):
                header.resizeSection(column, cells)
                self._fitted[column] = cells
        self._fill()

    def header(self) -> QHeaderView:
        view = self.view
        return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()

    def fit(self) -> None:
        """Size every short column to its header and cells, and stretch the long one."""
        self._whole = False
        self._inserted = []
        header = self.header()
        model = self.view.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            cells = self._cells_width(column)
            if column in self.needs:
                cells = max(cells, self.needs[column]() + _PADDING)
            if column in self.limits:
                cells = min(cells, self.limits[column]())
            width = max(header.sectionSizeHint(column), cells)
            if column == self.stretch:
                self._stretch_need = width
                continue
            current = header.sectionSize(column)
            if column in self._fitted and current != self._fitted[column]:
                width = max(width, current)
            header.resizeSection(column, width)
            self._fitted[column] = width
        self._fill()

    def _fill(self) -> None:
        """Give the long column the room left, and never less than its contents need
        (the table scrolls sideways then, rather than cut the text)."""
        column = self.stretch
        header = self.header()
        if column is None or column >= header.count():
            return
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != column and not header.isSectionHidden(i)
        )
        room = self.view.viewport().width() - others
        header.resizeSection(column, max(self._stretch_need, room))

    def _cells_width(self, column: int) -> int:
        view: QAbstractItemView = self.view
        hint = view.sizeHintForColumn(column)
        return hint + _PADDING if hint > 0 else 0


def fit_columns(view: QTableView | QTreeView, stretch: int | None = None) -> ColumnFitter:
    """Fit ``view``'s columns to their header and data; column ``stretch`` (the long
    free-text one) takes the rest of the width. Call after the view has its model."""
    return ColumnFitter(view, stretch)


def sortable(
    view: QTableView,
    column: int = -1,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> None:
    """Let a click on ``view``'s header sort it (again: the other way; a third click:
    the model's own order), sorted by ``column`` now (-1: in the model's own order).
    Call before :func:`fit_columns`, so the headers leave room for the sort arrow."""
    header = view.horizontalHeader()
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(column, order)
    view.setSortingEnabled(True)


def row_table(
    model: QAbstractItemModel,
    accessible_name: str,
    stretch: int,
    *,
    sorted_by: int | None = None,
) -> QTableView:
    """A table of records picked one row at a time: no row numbers, whole rows selected,
    columns fitted (column ``stretch`` takes the rest of the width). With ``sorted_by``
    (a column, or -1 for the model's own order) the header sorts it (:func:`sortable`)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    if sorted_by is not None:
        sortable(table, sorted_by)
    fit_columns(table, stretch=stretch)
    return table


#: Room above and below the text of a row, the same in every list of the pages.
ROW_PADDING = 5


def row_height(view: QAbstractItemView) -> int:
    """The one row height of the pages' lists, for ``view``'s font."""
    return view.fontMetrics().height() + 2 * ROW_PADDING


class _RowHeightDelegate(QStyledItemDelegate):
    """Draws as usual; every row is ``height`` pixels high."""

    def __init__(self, height: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.height = height

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.height)


def even_rows(view: QTableView | QTreeView) -> int:
    """Give ``view`` the rows every list of the pages has (:func:`row_height`), a table
    and a tree alike; returns the height."""
    height = row_height(view)
    if isinstance(view, QTableView):
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(min(rows.minimumSectionSize(), height))
        rows.setDefaultSectionSize(height)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    else:
        view.setUniformRowHeights(True)
        view.setItemDelegate(_RowHeightDelegate(height, view))
    return height
