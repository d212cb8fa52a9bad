"""The main window: clusters on the left, the selected cluster's nodes on the right."""

from __future__ import annotations

import time

import httpx
from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.cluster import ClusterSpec, Role, Snapshot
from adminui.monitor.probe import snapshot
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_list_model import ClusterListModel
from adminui.ui.node_model import NodeTableModel

POLL_INTERVAL_MS = 500


class MainWindow(QMainWindow):
    """Lists clusters and shows each node's live role, polled off the GUI thread."""

    def __init__(self, clusters: list[ClusterSpec], bridge: AsyncBridge) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("AdminUI — cluster console"))
        self.resize(1100, 640)
        self._bridge = bridge
        self._client: httpx.AsyncClient | None = None
        self._in_flight: set[str] = set()
        self.node_models: dict[str, NodeTableModel] = {
            c.name: NodeTableModel(self) for c in clusters
        }
        self._last: dict[str, Snapshot] = {}

        self.cluster_model = ClusterListModel(clusters, self)
        self.cluster_list = QListView()
        self.cluster_list.setModel(self.cluster_model)
        self.cluster_list.setAccessibleName(self.tr("Clusters"))
        self.cluster_list.setSpacing(2)

        self.title = QLabel()
        self.title.setObjectName("clusterTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("clusterSummary")
        self.node_table = QTableView()
        self.node_table.setAccessibleName(self.tr("Nodes"))
        self.node_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.node_table.verticalHeader().setVisible(False)
        self.node_table.setWordWrap(False)
        header = self.node_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.node_table, 1)
        if not clusters:
            self.title.setText(self.tr("No clusters yet"))
            self.summary.setText(
                self.tr("Start the local lab with `adminui --lab`, or add a cluster profile.")
            )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cluster_list)
        splitter.addWidget(page)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Connecting…"))

        self.cluster_list.selectionModel().selectionChanged.connect(self._on_cluster_selected)
        if clusters:
            self.cluster_list.setCurrentIndex(self.cluster_model.index(0, 0))

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        self.poll()

    def current_cluster(self) -> ClusterSpec | None:
        index = self.cluster_list.currentIndex()
        spec = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        return spec if isinstance(spec, ClusterSpec) else None

    def _on_cluster_selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        spec = self.current_cluster()
        if spec is None:
            return
        self.node_table.setModel(self.node_models[spec.name])
        self._refresh_header()

    def poll(self) -> None:
        """Ask for a fresh snapshot of every cluster not still being probed."""
        for spec in self.cluster_model.clusters():
            if spec.name in self._in_flight:
                continue
            self._in_flight.add(spec.name)
            self._bridge.submit(
                self._snapshot(spec),
                lambda result, error, name=spec.name: self._on_snapshot(name, result, error),
            )

    async def _snapshot(self, spec: ClusterSpec) -> Snapshot:
        if self._client is None:
            self._client = httpx.AsyncClient()
            self._bridge.add_closer(self._client.aclose)
        return await snapshot(self._client, spec)

    def _on_snapshot(self, name: str, result: object, error: BaseException | None) -> None:
        self._in_flight.discard(name)
        if error is not None or not isinstance(result, Snapshot):
            self.statusBar().showMessage(self.tr("Refresh of {0} failed: {1}").format(name, error))
            return
        self._last[name] = result
        self.node_models[name].apply(result)
        self._refresh_header()
        failing = sum(1 for s in self._last.values() for n in s.nodes if n.role is Role.UNREACHABLE)
        stamp = time.strftime("%H:%M:%S", time.localtime(result.taken_at))
        self.statusBar().showMessage(
            self.tr("Last refresh {0} · unreachable nodes: {1}").format(stamp, failing)
        )

    def _refresh_header(self) -> None:
        spec = self.current_cluster()
        if spec is None:
            return
        self.title.setText(spec.name)
        snap = self._last.get(spec.name)
        if snap is None:
            self.summary.setText(self.tr("Waiting for the first answer from the nodes…"))
            return
        leaders = snap.leaders
        if len(leaders) == 1:
            text = self.tr("Leader: {0}").format(leaders[0].url)
        elif not leaders:
            text = self.tr("No leader known")
        else:
            text = self.tr("{0} nodes claim leadership").format(len(leaders))
        self.summary.setText(text)

    def closeEvent(self, event: object) -> None:
        self.poll_timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
