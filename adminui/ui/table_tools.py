"""What every table and tree of the window offers (F21): copy the selected rows with
Ctrl+C or from the context menu (a cell, or whole rows as tab-separated lines), and
choose the columns shown from the header's context menu.

Installed by :func:`adminui.ui.table_view.fit_columns`. A view that has its own context
menu or its own Ctrl+C keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QTreeView


class TableTools(QObject):
    """Copy and the column chooser for one view."""

    def __init__(self, view: QTableView | QTreeView) -> None:
        super().__init__(view)
        self.view = view
        # A view whose class answers keys itself (the Services table copies IDs) keeps
        # its own Ctrl+C.
        if type(view).keyPressEvent in (QTableView.keyPressEvent, QTreeView.keyPressEvent):
            view.installEventFilter(self)
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self._show_menu)
        header = self.header()
        if header.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(self._show_columns)

    def header(self) -> QHeaderView:
        view = self.view
        return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()

    # ----- what is copied -----------------------------------------------------------------
    def _columns(self) -> list[int]:
        """The columns shown, in the order on screen."""
        header = self.header()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in logical if not header.isSectionHidden(c)]

    def rows_text(self, indexes: list[QModelIndex] | None = None) -> str:
        """The rows of ``indexes`` (default: the selection), one line each, the shown
        columns' texts separated by tabs, in the order of the rows on screen."""
        chosen = self.view.selectionModel().selectedIndexes() if indexes is None else indexes
        rows: dict[tuple[int, ...], QModelIndex] = {}
        for index in chosen:
            rows.setdefault(self._path(index), index.siblingAtColumn(0))
        lines = []
        for _path, first in sorted(rows.items()):
            cells = [str(first.siblingAtColumn(c).data() or "") for c in self._columns()]
            lines.append("\t".join(cell.replace("\n", " ") for cell in cells))
        return "\n".join(lines)

    @staticmethod
    def _path(index: QModelIndex) -> tuple[int, ...]:
        """Where a row stands in a tree (its rows from the top), to sort rows by."""
        path: list[int] = []
        while index.isValid():
            path.insert(0, index.row())
            index = index.parent()
        return tuple(path)

    def copy_rows(self) -> bool:
        text = self.rows_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    def copy_cell(self, index: QModelIndex) -> None:
        QGuiApplication.clipboard().setText(str(index.data() or ""))

    # ----- keys and menus -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            return self.copy_rows()
        return False

    def menu(self, index: QModelIndex) -> QMenu:
        """The context menu for a click on ``index``."""
        menu = QMenu(self.view)
        cell = menu.addAction(self.tr("Copy cell"), lambda: self.copy_cell(index))
        cell.setEnabled(index.isValid())
        rows = menu.addAction(self.tr("Copy selected rows"), self.copy_rows)
        rows.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        rows.setEnabled(self.view.selectionModel().hasSelection())
        return menu

    def _show_menu(self, position: QPoint) -> None:
        menu = self.menu(self.view.indexAt(position))
        menu.exec(self.view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def columns_menu(self) -> QMenu:
        """A tick per column; the last column shown cannot be hidden."""
        header = self.header()
        model = self.view.model()
        menu = QMenu(self.view)
        menu.setTitle(self.tr("Columns"))
        shown = self._columns()
        for column in range(model.columnCount() if model is not None else 0):
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else ""
            action = menu.addAction(str(title or column + 1))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(not (len(shown) == 1 and column in shown))
            action.toggled.connect(
                lambda on, column=column: header.setSectionHidden(column, not on)
            )
        return menu

    def _show_columns(self, position: QPoint) -> None:
        menu = self.columns_menu()
        menu.exec(self.header().viewport().mapToGlobal(position))
        menu.deleteLater()
