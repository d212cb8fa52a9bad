"""Namespace load ranking: requests per namespace over a chosen window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.metrics_namespaces import ENABLE_HINT, NamespaceLoad
from adminui.monitor.namespace_load import LoadRanking
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.table_model import HeaderedTableModel, natural_key
from adminui.ui.table_view import fit_columns, sortable

AnyIndex = QModelIndex | QPersistentModelIndex

# For lupdate: ENABLE_HINT (adminui.core.metrics_namespaces), shown through ``self.tr``.
_ENABLE_HINT = QT_TRANSLATE_NOOP(
    "LoadRankingView",
    "Add a telemetry stanza to every server's configuration and restart it:\n"
    'telemetry {\n  prometheus_retention_time = "60s"\n  disable_hostname = true\n}\n'
    "then read sys/metrics?format=prometheus with a token allowed to (root, or a policy "
    'granting "read" on sys/metrics).',
)


class LoadTableModel(HeaderedTableModel):
    """Ranked namespaces; the :class:`NamespaceLoad` under ``Qt.UserRole``. Sorted by
    another column, each row keeps its rank."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LoadTableModel", "Rank"),
        QT_TRANSLATE_NOOP("LoadTableModel", "Namespace"),
        QT_TRANSLATE_NOOP("LoadTableModel", "Requests"),
        QT_TRANSLATE_NOOP("LoadTableModel", "Requests/s"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NamespaceLoad] = []
        #: Each namespace's place in the ranking (0: the busiest).
        self._rank: dict[str, int] = {}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(self._rank.get(row.namespace, index.row()) + 1),
                row.namespace + "/" if row.namespace else self.tr("(root)"),
                f"{row.requests:.0f}",
                f"{row.per_second:.2f}",
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort_key(self, row: Any, column: int) -> Any:
        load: NamespaceLoad = row
        if column == 0:
            return float(self._rank.get(load.namespace, len(self._rank)))
        if column == 1:
            return natural_key(load.namespace)
        return float(load.requests if column == 2 else load.per_second)

    def natural_rows(self) -> list[Any]:
        return sorted(self._rows, key=lambda r: self._rank.get(r.namespace, len(self._rank)))

    def set_rows(self, rows: list[NamespaceLoad]) -> None:
        """Replace the ranking (busiest first), shown in the current sort order: rows kept
        in place get dataChanged, the rest insert/remove."""
        self._rank = {row.namespace: rank for rank, row in enumerate(rows)}
        rows = self.sorted_rows(rows)
        old = len(self._rows)
        new = len(rows)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:]
            self.endRemoveRows()
        self._rows[: min(old, new)] = rows[: min(old, new)]
        if min(old, new):
            self.dataChanged.emit(
                self.index(0, 0), self.index(min(old, new) - 1, len(self.HEADERS) - 1)
            )
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows.extend(rows[old:])
            self.endInsertRows()


class LoadRankingView(QWidget):
    """A window chooser, a Measure button, the ranking and what the server can tell."""

    #: Emitted when the user asks for a measurement: (window in seconds).
    sig_measure_requested = Signal(float)

    WINDOWS = (10.0, 30.0, 60.0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_combo = QComboBox()
        for seconds in self.WINDOWS:
            self.window_combo.addItem(self.tr("{0:.0f} s").format(seconds), seconds)
        self.measure_button = QPushButton(self.tr("Measure"))
        self.measure_button.clicked.connect(
            lambda: self.sig_measure_requested.emit(float(self.window_combo.currentData()))
        )
        self.status = QLabel(
            self.tr(
                "Counts requests per namespace from every node's metrics over the chosen "
                "window (at most the server's Prometheus retention, usually 60 s)."
            )
        )
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = LoadTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Namespace load ranking"))
        sortable(self.table)  # ranked until a header is clicked
        fit_columns(self.table, stretch=1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Window:")))
        top.addWidget(self.window_combo)
        top.addWidget(self.measure_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def show_ranking(self, ranking: LoadRanking) -> None:
        self.model.set_rows(list(ranking.rows))
        if not ranking.supported:
            text = self.tr(
                "This server's metrics carry no request counts per namespace. {0}"
            ).format(self.tr(ENABLE_HINT))
        else:
            text = self.tr(
                "{0} namespace(s) had requests in {1:.0f} s, counted on {2} node(s)."
            ).format(len(ranking.rows), ranking.window_s, len(ranking.nodes))
            text += " " + self.tr(
                "Each node counts the requests it handled; the root row also holds requests "
                "to mounts whose path looks like no known namespace."
            )
        if ranking.failures:
            text += "\n" + self.tr("Not counted: {0}").format(
                "; ".join(say(f) for f in ranking.failures)
            )
        self.status.setText(text)
