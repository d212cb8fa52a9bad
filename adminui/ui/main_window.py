"""The main window: clusters on the left, the selected cluster's view on the right."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QListView, QMainWindow, QSplitter, QStackedWidget

from adminui.core.cluster import Role
from adminui.monitor.cluster_monitor import Tick
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_list_model import ClusterListModel
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.monitor_service import MonitorService


class MainWindow(QMainWindow):
    """Lists clusters and shows the selected one; every cluster is watched live."""

    def __init__(
        self, contexts: list[ClusterContext], bridge: AsyncBridge, interval_ms: int = 500
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("AdminUI — cluster console"))
        self.resize(1200, 760)
        self.bridge = bridge
        self.contexts = {c.profile.name: c for c in contexts}
        self._last_ticks: dict[str, Tick] = {}

        self.cluster_model = ClusterListModel([c.profile.spec() for c in contexts], self)
        self.cluster_list = QListView()
        self.cluster_list.setModel(self.cluster_model)
        self.cluster_list.setAccessibleName(self.tr("Clusters"))
        self.cluster_list.setSpacing(2)

        self.stack = QStackedWidget()
        self.views: dict[str, ClusterView] = {}
        for context in contexts:
            view = ClusterView(context, bridge)
            self.views[context.profile.name] = view
            self.stack.addWidget(view)
        if not contexts:
            empty = QLabel(
                self.tr(
                    "No clusters yet.\nStart the local lab with `adminui --lab`, or add a "
                    "cluster profile."
                )
            )
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(empty)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cluster_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 980])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Connecting…"))

        self.cluster_list.selectionModel().selectionChanged.connect(self._on_cluster_selected)
        if contexts:
            self.cluster_list.setCurrentIndex(self.cluster_model.index(0, 0))

        self.monitor = MonitorService(bridge, interval_ms, self)
        self.monitor.sig_ticked.connect(self._on_tick)
        self.monitor.sig_failed.connect(self._on_failed)
        for context in contexts:
            self.monitor.watch(context.profile, context.token)
        self.monitor.start()

    def view(self, name: str) -> ClusterView:
        return self.views[name]

    def current_view(self) -> ClusterView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ClusterView) else None

    def _on_cluster_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        index = self.cluster_list.currentIndex()
        if index.isValid():
            self.stack.setCurrentIndex(index.row())

    def _on_tick(self, name: str, tick: Tick) -> None:
        view = self.views.get(name)
        if view is None:
            return
        view.apply_tick(tick)
        self._last_ticks[name] = tick
        self._show_status()

    def _on_failed(self, name: str, message: str) -> None:
        self.statusBar().showMessage(message)

    def _show_status(self) -> None:
        failing = [
            f"{name}: {node.url}"
            for name, tick in self._last_ticks.items()
            for node in tick.snapshot.nodes
            if node.role in (Role.UNREACHABLE, Role.SEALED, Role.UNKNOWN)
        ]
        newest = max(t.snapshot.taken_at for t in self._last_ticks.values())
        stamp = time.strftime("%H:%M:%S", time.localtime(newest))
        if failing:
            text = self.tr("Last refresh {0} · not serving: {1}").format(stamp, ", ".join(failing))
        else:
            text = self.tr("Last refresh {0} · all nodes answering").format(stamp)
        self.statusBar().showMessage(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.monitor.stop()
        super().closeEvent(event)
