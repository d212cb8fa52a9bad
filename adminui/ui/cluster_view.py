"""Everything shown for one cluster: overview, history charts and its other pages."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from adminui.core.history import ClusterHistory
from adminui.monitor.cluster_monitor import Tick
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.overview.cluster_page import ClusterOverview
from adminui.ui.overview.history_charts import HistoryCharts
from adminui.ui.pages import PAGES, PageEntry


class ClusterView(QWidget):
    """Tabs for one cluster; pages other than the overview are built when first opened."""

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.bridge = bridge
        self.history = ClusterHistory()
        self.overview = ClusterOverview(context.profile, self.history)
        self.charts = HistoryCharts(self.history, context.profile.node_urls)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.charts, self.tr("History"))
        self._lazy: dict[int, PageEntry] = {}
        for entry in PAGES.get(context.kind, ()):
            if entry.available():
                index = self.tabs.addTab(QWidget(), self.tr(entry.title))
                self._lazy[index] = entry
        self.tabs.currentChanged.connect(self._materialise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _materialise(self, index: int) -> None:
        entry = self._lazy.pop(index, None)
        if entry is None:
            return
        page = entry.build(self.context, self.bridge)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, self.tr(entry.title))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def page(self, title: str) -> QWidget | None:
        """The page with tab ``title``, building it if needed."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == self.tr(title):
                self.tabs.setCurrentIndex(index)
                self._materialise(index)
                return self.tabs.widget(index)
        return None

    def apply_tick(self, tick: Tick) -> None:
        leader = tick.snapshot.leader
        if leader is not None:
            self.context.preferred_node = leader.url
        self.overview.apply_tick(tick)
