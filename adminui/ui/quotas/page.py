"""The rate-limit quota page: the page header (with its namespace picker) over the
quotas widget."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import PageDefaults
from adminui.ui.context import ClusterContext
from adminui.ui.page_header import NamespacePicker, PageHeader
from adminui.ui.quotas.widget import QuotasWidget


class QuotasPage(QWidget, PageDefaults):
    """Rate-limit quotas of the cluster, narrowed to one namespace when one is chosen."""

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.header = PageHeader()
        #: The title: the page's name and the namespace shown.
        self.heading = self.header.title
        self.picker = NamespacePicker(context, bridge, self.tr("all namespaces"))
        self.picker.sig_chosen.connect(self.set_namespace)
        self.header.set_scope(self.picker, self.tr("Namespace:"))
        self.quotas = QuotasWidget(context, bridge, "", self, header=self.header)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.quotas, 1)
        self._show_heading()

    def _show_heading(self) -> None:
        where = self.quotas.namespace or self.tr("all namespaces")
        self.header.set_title(self.tr("Rate-limit quotas — {ns}").replace("{ns}", where))

    @Slot(str)
    def set_namespace(self, ns: str) -> None:
        """Show the quotas that limit namespace ``ns`` ('' : every quota)."""
        self.quotas.set_namespace(ns)
        self.picker.set_path(self.quotas.namespace)
        self._show_heading()

    def new_quota(self) -> None:
        """The "New quota" dialog, when this profile may create one."""
        if self.quotas.new_button.isEnabled():
            self.quotas.open_dialog(None)

    @Slot()
    def refresh(self) -> None:
        self.picker.ensure_loaded()
        self.quotas.refresh()
