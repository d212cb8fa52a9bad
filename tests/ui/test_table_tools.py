"""Every fitted table copies its selected rows (Ctrl+C, context menu) and lets the user
choose its columns; a table with its own Ctrl+C keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.ui.fleet_page import FleetPage
from adminui.ui.services.page import ServicesTable
from adminui.ui.table_tools import TableTools
from adminui.ui.table_view import fit_columns

A, B, C = "http://127.0.0.1:28400", "http://127.0.0.1:28401", "http://127.0.0.1:28402"


def snap(name: str, *roles: Role) -> Snapshot:
    nodes = tuple(
        NodeState(url, role, voter=True) for url, role in zip((A, B, C), roles, strict=True)
    )
    return Snapshot(name, 1_700_000_000.0, nodes, failure_tolerance=1)


def test_ctrl_c_and_the_menu_copy_rows_and_the_header_chooses_columns(qtbot: QtBot) -> None:
    page = FleetPage()
    qtbot.addWidget(page)
    healthy = snap("stage", Role.LEADER, Role.FOLLOWER, Role.FOLLOWER)
    lost = snap("prod", Role.CANDIDATE, Role.UNREACHABLE, Role.UNREACHABLE)
    page.apply("stage", ClusterKind.OPENBAO, "STAGE", healthy)
    page.apply("prod", ClusterKind.OPENBAO, "PROD", lost)
    page.show()
    table = page.table
    tools = table.findChild(TableTools)
    assert isinstance(tools, TableTools)
    table.selectRow(0)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    first = QGuiApplication.clipboard().text()
    assert first.split("\t")[:4] == ["quorum lost", "prod", "OpenBao", "PROD"]
    # Both rows, in the order on screen; a hidden column is left out.
    table.selectAll()
    columns = tools.columns_menu()
    environment = columns.actions()[3]
    assert environment.text() == "Environment" and environment.isChecked()
    environment.toggle()
    assert table.horizontalHeader().isSectionHidden(3)
    tools.copy_rows()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert [line.split("\t")[:3] for line in lines] == [
        ["quorum lost", "prod", "OpenBao"],
        ["healthy", "stage", "OpenBao"],
    ]
    menu = tools.menu(page.proxy.index(1, 1))
    copy_cell, copy_rows = menu.actions()
    assert copy_rows.isEnabled()
    copy_cell.trigger()
    assert QGuiApplication.clipboard().text() == "stage"
    # The last column shown cannot be hidden.
    for action in tools.columns_menu().actions()[1:]:
        if action.isChecked():
            action.toggle()
    last = tools.columns_menu().actions()[0]
    assert last.isChecked() and not last.isEnabled()


def test_a_table_with_its_own_copy_keeps_it(qtbot: QtBot) -> None:
    table = ServicesTable()
    qtbot.addWidget(table)
    fit_columns(table)
    copied: list[bool] = []
    table.sig_copy_requested.connect(lambda: copied.append(True))
    table.show()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert copied == [True]
