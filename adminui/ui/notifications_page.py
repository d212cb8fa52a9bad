"""The notification log (F30): every alert the console raised, the newest first, kept
across restarts; filterable; double-click (or Enter) opens the alert's cluster."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.alert_rules import SEVERITY, Alert
from adminui.profiles.notification_log import KEEP, LoggedAlert, NotificationLog
from adminui.ui.alerts import kind_title
from adminui.ui.i18n import say
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.table_view import fit_columns
from adminui.ui.theme import status_colour


def alert_key(alert: LoggedAlert) -> tuple[object, ...]:
    """What tells one logged alert from another (a row of the table)."""
    return (alert.at, alert.cluster, alert.kind, alert.node, str(alert.text))


class NotificationModel(RecordTableModel[LoggedAlert]):
    """The alerts, one per row; the kind column coloured by severity."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Time"),
                    lambda a: time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(a.at)),
                ),
                Column(self.tr("Cluster"), lambda a: a.cluster),
                Column(self.tr("Alert"), lambda a: kind_title(a.kind)),
                Column(self.tr("What happened"), lambda a: say(a.text)),
            ],
            key=alert_key,
            parent=parent,
        )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == 2
            and index.row() < len(self._rows)
        ):
            return status_colour(SEVERITY[self._rows[index.row()].kind])
        return super().data(index, role)


class NotificationsPage(QWidget):
    """The log's table, a filter and *Clear*."""

    #: Open a cluster from an alert: (its name).
    sig_open = Signal(str)

    def __init__(self, log_file: NotificationLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsPage")
        self.log_file = log_file
        self.model = NotificationModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.title = QLabel(self.tr("Notifications"))
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.clear_button = QPushButton(self.tr("Clear…"))
        self.clear_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clear_button)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter (cluster, alert, text)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Notifications"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        fit_columns(self.table, stretch=3)
        self.empty = QLabel(
            self.tr(
                "No notifications yet. Leader changes, quorum at risk, sealed or silent "
                "nodes, clock skew and expiring certificates or sign-ins show up here."
            )
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        """Read the log again (the page is shown)."""
        self.model.set_records(self.log_file.read())
        self._show_empty()

    def add(self, alert: Alert) -> None:
        """An alert was raised while the console runs."""
        # As many as the log keeps: a console that runs for weeks shows the newest.
        self.model.append(LoggedAlert.of(alert), KEEP)
        self._show_empty()

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.clear_button.setEnabled(not empty)

    def clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear the notifications?"),
            self.tr("Every notification in the log is deleted. This cannot be undone."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.log_file.clear()
            self.reload()

    def _open(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.sig_open.emit(self.model.record(source.row()).cluster)
