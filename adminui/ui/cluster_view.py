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

#: Page keys the namespace tree asks for, and the tab titles that show them.
NAMESPACE_PAGES = {"policies": "Policies", "rotation": "Rotation sets", "quotas": "Quotas"}


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
        opener = getattr(page, "sig_open_namespace", None)
        if opener is not None:
            opener.connect(self.open_namespace)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def open_namespace(self, page_key: str, namespace: str) -> None:
        """Switch to the page ``page_key`` showing ``namespace``."""
        title = NAMESPACE_PAGES.get(page_key)
        page = self.page(title) if title else None
        setter = getattr(page, "set_namespace", None)
        if callable(setter):
            setter(namespace)

    def page(self, title: str) -> QWidget | None:
        """The page with tab ``title``, building it if needed."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == self.tr(title):
                self.tabs.setCurrentIndex(index)
                self._materialise(index)
                return self.tabs.widget(index)
        return None

    def show_node(self, url: str) -> None:
        """Show the overview with node ``url`` selected."""
        self.tabs.setCurrentWidget(self.overview)
        model = self.overview.node_model
        for row in range(model.rowCount()):
            if model.node(row).url == url:
                self.overview.node_table.selectRow(row)
                return

    def apply_tick(self, tick: Tick) -> None:
        leader = tick.snapshot.leader
        if leader is not None:
            self.context.preferred_node = leader.url
        self.overview.apply_tick(tick)
