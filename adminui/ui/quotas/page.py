"""The rate-limit quota page: a heading over the quotas widget."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import PageDefaults
from adminui.ui.context import ClusterContext
from adminui.ui.quotas.widget import QuotasWidget


class QuotasPage(QWidget, PageDefaults):
    """Rate-limit quotas of the cluster, narrowed to one namespace when one is chosen."""

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size:14pt; font-weight:600;")
        self.quotas = QuotasWidget(context, bridge, "", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.quotas, 1)
        self._show_heading()

    def _show_heading(self) -> None:
        where = self.quotas.namespace or self.tr("all namespaces")
        self.heading.setText(self.tr("Rate-limit quotas — {ns}").replace("{ns}", where))

    @Slot(str)
    def set_namespace(self, ns: str) -> None:
        self.quotas.set_namespace(ns)
        self._show_heading()

    @Slot()
    def refresh(self) -> None:
        self.quotas.refresh()
