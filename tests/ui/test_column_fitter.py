"""A live table stays cheap to fit: rows added are measured alone, and a table out of
sight is fitted only when it comes into sight."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from adminui.ui.table_view import fit_columns


def _table(rows: int) -> tuple[QTableView, QStandardItemModel, list[int]]:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Node", "Event"])
    for i in range(rows):
        model.appendRow([QStandardItem(f"n{i}"), QStandardItem("leader elected")])
    table = QTableView()
    table.setModel(model)
    measured: list[int] = []
    measure_all = table.sizeHintForColumn

    def counting(column: int) -> int:
        measured.append(column)
        return measure_all(column)

    table.sizeHintForColumn = counting  # type: ignore[method-assign]
    fit_columns(table, stretch=1)
    return table, model, measured


def test_a_row_added_is_measured_alone_and_widens_its_column(qtbot: QtBot) -> None:
    table, model, measured = _table(150)
    qtbot.addWidget(table)
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    before = table.horizontalHeader().sectionSize(0)
    measured.clear()
    wide = "node-with-a-much-longer-name-than-the-others"
    model.insertRow(0, [QStandardItem(wide), QStandardItem("sealed")])
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) > before)
    # Only the new row was measured: no column was measured over all its rows.
    assert measured == []
    assert table.horizontalHeader().sectionSize(0) >= table.fontMetrics().horizontalAdvance(wide)
    # A row narrower than the column leaves it as it is.
    width = table.horizontalHeader().sectionSize(0)
    model.appendRow([QStandardItem("n"), QStandardItem("sealed")])
    qtbot.wait(20)
    assert table.horizontalHeader().sectionSize(0) == width and measured == []
    # A reset measures the whole table again.
    model.removeRows(0, model.rowCount())
    model.setRowCount(0)
    model.layoutChanged.emit()
    qtbot.waitUntil(lambda: measured != [])


def test_a_table_out_of_sight_is_fitted_when_it_comes_into_sight(qtbot: QtBot) -> None:
    table, model, measured = _table(5)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Overview")
    tabs.addTab(table, "Events")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert not table.isVisible()
    measured.clear()
    wide = "an-event-on-a-node-whose-name-is-long"
    for _ in range(20):
        model.insertRow(0, [QStandardItem(wide), QStandardItem("sealed")])
    model.layoutChanged.emit()
    qtbot.wait(20)
    assert measured == []  # nothing measured while the table is hidden
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: measured != [])
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= table.fontMetrics().horizontalAdvance(wide)
