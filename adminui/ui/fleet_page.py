"""Every cluster at a glance (F29): a row per cluster, the worst first, sortable and
filterable; double-click (or Enter) opens the cluster."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from adminui.core.cluster import ClusterKind, Snapshot
from adminui.core.fleet import ATTENTION, HEALTHY, NO_LEADER, WAITING, FleetRow, fleet_row
from adminui.ui.i18n import say
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.table_view import fit_columns
from adminui.ui.theme import status_colour

#: The role the proxy sorts by: numbers as numbers, the unknown last.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


#: The column of the sign-in's state.
CREDENTIALS_COLUMN = 10


def tone_of(row: FleetRow) -> str:
    """The status colour of a row's state."""
    if row.severity == WAITING:
        return "muted"
    return (
        "error" if row.severity <= NO_LEADER else "warning" if row.severity <= ATTENTION else "ok"
    )


class FleetModel(RecordTableModel[FleetRow]):
    """The fleet's rows; each column also gives a value to sort by, and the state column
    its colour."""

    #: How each column sorts (the state column by severity).
    SORT_KEYS: tuple[Any, ...] = (
        lambda r: r.severity,
        lambda r: r.name.lower(),
        lambda r: str(r.kind),
        lambda r: r.environment,
        lambda r: r.leader,
        lambda r: -1 if r.voters is None else r.voters,
        lambda r: 99 if r.tolerance is None else r.tolerance,
        lambda r: -(r.sealed + r.unreachable),
        lambda r: -(r.worst_skew_s or 0.0),
        lambda r: 1e9 if r.cert_days is None else r.cert_days,
        lambda r: (r.credentials_tone == "ok", r.credentials),
        lambda r: r.last_event,
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("State"), lambda r: say(r.state)),
                Column(self.tr("Cluster"), lambda r: r.name),
                Column(
                    self.tr("Kind"),
                    lambda r: "OpenBao" if r.kind is ClusterKind.OPENBAO else "KUMA Core",
                ),
                Column(self.tr("Environment"), lambda r: r.environment),
                Column(self.tr("Leader"), lambda r: r.leader or "—"),
                Column(
                    self.tr("Voters / quorum"),
                    lambda r: "—" if r.voters is None else f"{r.voters} / {r.quorum}",
                ),
                Column(self.tr("Tolerance"), lambda r: _number(r.tolerance)),
                Column(self.tr("Sealed / unreachable"), lambda r: f"{r.sealed} / {r.unreachable}"),
                Column(
                    self.tr("Worst clock skew"),
                    lambda r: "—" if r.worst_skew_s is None else f"{r.worst_skew_s:.1f} s",
                ),
                Column(
                    self.tr("Certificate"),
                    lambda r: (
                        "—" if r.cert_days is None else self.tr("{0} d").format(int(r.cert_days))
                    ),
                ),
                Column(self.tr("Sign-in"), lambda r: r.credentials or "—"),
                Column(self.tr("Last event"), lambda r: r.last_event),
            ],
            key=lambda r: r.name,
            parent=parent,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self._rows):
            row = self._rows[index.row()]
            if role == SORT_ROLE:
                return self.SORT_KEYS[index.column()](row)
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
                return status_colour(tone_of(row))
            if (
                role == Qt.ItemDataRole.ForegroundRole
                and index.column() == CREDENTIALS_COLUMN
                and row.credentials_tone != "ok"
            ):
                return status_colour(row.credentials_tone)
        return super().data(index, role)


class FleetFilter(QSortFilterProxyModel):
    """Keeps the rows whose name, environment, kind or state contains the text typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class FleetPage(QWidget):
    """The fleet table; :meth:`apply` takes each cluster's last look."""

    #: A cluster was opened from the table: (its name).
    sig_open = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fleetPage")
        self.model = FleetModel(self)
        self.proxy = FleetFilter(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel(self.tr("Fleet"))
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter clusters (name, environment, state)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Every cluster"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the worst first
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        fit_columns(self.table, stretch=10)
        self.hint = QLabel(
            self.tr("The worst first. Double-click a cluster, or press Enter, to open it.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._rows: dict[str, FleetRow] = {}

    def apply(
        self,
        name: str,
        kind: ClusterKind,
        environment: str,
        snapshot: Snapshot | None,
        *,
        cert_days: float | None = None,
        last_event: str = "",
        credentials: tuple[str, str] = ("", "ok"),
    ) -> None:
        """Show cluster ``name``'s last look (None: not looked at yet); ``credentials``:
        the sign-in's state in words, and its tone."""
        row = fleet_row(
            name,
            kind,
            environment,
            snapshot,
            cert_days=cert_days,
            last_event=last_event,
            credentials=credentials[0],
            credentials_tone=credentials[1],
        )
        if self._rows.get(name) == row:
            return
        self._rows[name] = row
        self.model.set_records(list(self._rows.values()))

    def worst(self) -> tuple[str, str]:
        """(the tone of the worst cluster, a line per cluster that is not healthy)."""
        rows = sorted(self._rows.values(), key=lambda r: r.severity)
        if not rows:
            return "muted", self.tr("AdminUI: no clusters")
        bad = [f"{r.name}: {say(r.state)}" for r in rows if r.severity < HEALTHY]
        summary = "\n".join(bad) if bad else self.tr("AdminUI: every cluster healthy")
        return tone_of(rows[0]), summary

    def remove(self, name: str) -> None:
        if self._rows.pop(name, None) is not None:
            self.model.set_records(list(self._rows.values()))

    def _open(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.sig_open.emit(self.model.record(source.row()).name)


def event_text(describe: str, at: float) -> str:
    """ "12:04:31 node … went down" for the fleet's last-event column."""
    return f"{time.strftime('%H:%M:%S', time.localtime(at))} {describe}"
