"""Rate-limit quotas of a namespace (or all of them): list, create, edit, delete.

Quota endpoints live in the root namespace; a quota's ``path`` names the namespace
(and optionally a mount) it limits. Each node counts requests on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from adminui.api.vault_models import Ack, RateLimitQuota
from adminui.core.quota_rules import QuotaSpec, cluster_rate, format_duration
from adminui.monitor.quota_service import QuotaMoved, QuotaService, three_way
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.errors import describe
from adminui.ui.page_header import EmptyState, ListOrEmpty, PageHeader
from adminui.ui.policies.capability_gate import CapabilityGate
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.policies.record_model import Column
from adminui.ui.quotas.dialog import QuotaDialog
from adminui.ui.shortcuts import give_shortcut
from adminui.ui.sortable_records import SortableRecordModel, number
from adminui.ui.table_view import even_rows, fit_columns, sortable
from adminui.ui.theme import set_chip


def quota_api_path(name: str) -> str:
    return f"sys/quotas/rate-limit/{name}"


class QuotasWidget(QWidget):
    """The quotas on ``namespace`` (every quota for the root), with their actions."""

    #: The quotas were (re)loaded: how many are shown.
    sig_listed = Signal(int)
    #: A quota was created or changed: its name.
    sig_saved = Signal(str)
    #: A quota was deleted: its name.
    sig_deleted = Signal(str)

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        namespace: str = "",
        parent: QWidget | None = None,
        *,
        header: PageHeader | None = None,
    ) -> None:
        """With ``header`` (the page's), the actions show there; else in a row under
        the table."""
        super().__init__(parent)
        self._context = context
        self._bridge = bridge
        self._service = QuotaService(context.vault)
        self.namespace = namespace.strip("/")
        self.nodes = max(1, len(context.profile.node_urls))
        self.confirm_delete: Callable[[str], bool] = self._ask_delete
        #: The create/edit dialog last opened (None before the first one).
        self.dialog: QuotaDialog | None = None

        self.note = QLabel()
        self.note.setWordWrap(True)
        set_chip(self.note, "info")
        self.read_only_label = QLabel(self.tr("Read-only profile: changes are disabled."))
        self.read_only_label.setVisible(context.read_only)
        self.banner = MessageBanner()
        self.model: SortableRecordModel[RateLimitQuota] = SortableRecordModel(
            [
                Column(self.tr("Name"), lambda q: q.name),
                Column(self.tr("Path"), lambda q: q.path or self.tr("(all namespaces)")),
                Column(self.tr("Rate"), lambda q: f"{q.rate:g}"),
                Column(self.tr("Interval"), lambda q: format_duration(q.interval)),
                Column(
                    self.tr("Block"),
                    lambda q: format_duration(q.block_interval) if q.block_interval else "—",
                ),
                Column(
                    self.tr("Cluster-wide up to"),
                    lambda q: (
                        f"{cluster_rate(q.rate, self.nodes):g} / {format_duration(q.interval)}"
                    ),
                    lambda q: self.tr("each of the {n} nodes counts on its own").replace(
                        "{n}", str(self.nodes)
                    ),
                ),
            ],
            key=lambda q: q.name,
            parent=self,
            sort_by={
                2: lambda q: number(q.rate),
                3: lambda q: number(q.interval),
                4: lambda q: number(q.block_interval) if q.block_interval else None,
                # Requests per second through the whole cluster.
                5: lambda q: (
                    cluster_rate(q.rate, self.nodes) / q.interval if q.interval > 0 else None
                ),
            },
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rate-limit quotas"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        sortable(self.table, 0)
        fit_columns(self.table, stretch=1)  # the path
        even_rows(self.table)
        self.table.doubleClicked.connect(lambda _i: self._edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._selection_moved)

        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Create a rate-limit quota"))
        give_shortcut(self.new_button, QKeySequence.StandardKey.New)
        self.new_button.clicked.connect(self._new)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected quota"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected quota"))
        self.delete_button.clicked.connect(self._delete_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)

        # Quota endpoints answer in the root namespace only.
        self.gate = CapabilityGate(context, bridge, "", self)
        self.gate.add(self.new_button, lambda: quota_api_path("*"), {"create"}, writes=True)
        self.gate.add(self.edit_button, self._selected_api_path, {"update", "create"}, writes=True)
        self.gate.add(self.delete_button, self._selected_api_path, {"delete"}, writes=True)

        self.empty = EmptyState("", self.tr("New quota…"), self.new_button, context.read_only)
        self.table_stack = ListOrEmpty(self.table, self.empty, lambda: self.model.rowCount() == 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.table_stack, 1)
        if header is not None:
            header.add_secondary(self.edit_button, "edit")
            header.add_secondary(self.delete_button, "delete")
            header.set_refresh(self.refresh_button)
            header.set_primary(self.new_button)
        else:
            buttons = QHBoxLayout()
            for button in (self.new_button, self.edit_button, self.delete_button):
                buttons.addWidget(button)
            buttons.addStretch(1)
            buttons.addWidget(self.refresh_button)
            layout.addLayout(buttons)
        self._show_note()
        self._show_empty_sentence()

    def _selection_moved(self, *_args: object) -> None:
        self.gate.refresh()

    def _show_note(self) -> None:
        self.note.setText(
            self.tr(
                "Each of the {n} nodes counts requests on its own: a 5 requests/s quota lets "
                "about {total} requests/s through the cluster when clients spread over nodes. "
                "Clients over the limit get HTTP 429."
            )
            .replace("{n}", str(self.nodes))
            .replace("{total}", f"{cluster_rate(5, self.nodes):g}")
        )

    def _show_empty_sentence(self) -> None:
        if self.namespace:
            text = self.tr("No rate-limit quota limits {ns}.").replace("{ns}", self.namespace)
        else:
            text = self.tr("There are no rate-limit quotas in this cluster.")
        self.empty.set_sentence(text)

    def selected(self) -> RateLimitQuota | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _selected_api_path(self) -> str | None:
        quota = self.selected()
        return quota_api_path(quota.name) if quota else None

    @Slot(str)
    def set_namespace(self, ns: str) -> None:
        self.namespace = ns.strip("/")
        self._show_empty_sentence()
        self.table_stack.set_loaded(False)
        self.model.set_records([])
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload the quotas (one LIST, then every quota read concurrently)."""
        namespace = self.namespace

        def done(result: list[RateLimitQuota] | None, error: BaseException | None) -> None:
            if namespace != self.namespace:
                return
            if error is not None or result is None:
                self.table_stack.set_loaded(False)
                self.banner.show_error(error or RuntimeError(), self.tr("Quotas not listed."))
                return
            self.banner.hide()
            self.model.set_records(result)
            self.table_stack.set_loaded(True)
            self.gate.refresh()
            self.sig_listed.emit(len(result))

        self._bridge.submit(self._service.list(namespace), done, owner=self, key="list")

    # -- create, edit, delete ---------------------------------------------------------
    def open_dialog(self, existing: RateLimitQuota | None = None) -> QuotaDialog:
        """Open the create (or edit) dialog; it stays open until the quota is saved."""
        dialog = QuotaDialog(self.namespace, self.nodes, existing, self)
        dialog.setObjectName("quotaDialog")
        dialog.sig_submitted.connect(
            lambda spec: self.save_quota(spec, dialog, dialog.opened_for(spec.name))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _new(self) -> None:
        self.open_dialog(None)

    def _edit_selected(self) -> None:
        quota = self.selected()
        if quota is None or not self.edit_button.isEnabled():
            return
        self.open_dialog(quota)

    def save_quota(
        self,
        spec: QuotaSpec,
        dialog: QuotaDialog | None = None,
        opened: RateLimitQuota | None = None,
    ) -> None:
        """Create (``opened`` None) or update the quota ``spec`` describes (it was
        validated), unless the server's quota is no longer ``opened``.

        With ``dialog``, a refusal is shown in it (what was typed stays) and success
        closes it; without one, or once it was cancelled, a refusal shows in the banner.
        """

        def done(_ack: Ack | None, error: BaseException | None) -> None:
            waiting = dialog is not None and isValid(dialog) and dialog.isVisible()
            if isinstance(error, QuotaMoved) and waiting:
                assert dialog is not None
                dialog.show_moved(error.current, three_way(opened, error.current, spec))
                return
            if error is not None:
                if waiting:
                    assert dialog is not None
                    dialog.show_failure(describe(error)[0])
                    return
                self.banner.show_error(
                    error, self.tr("Quota {name} not saved.").replace("{name}", spec.name)
                )
                return
            if waiting:
                assert dialog is not None
                dialog.saved()
            self.sig_saved.emit(spec.name)
            self.refresh()

        self._bridge.submit(self._service.save(spec, opened), done, owner=self)

    def _ask_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete quota"),
            self.tr("Delete rate-limit quota {name}? Its limit stops at once.").replace(
                "{name}", name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete_selected(self) -> None:
        quota = self.selected()
        if quota is not None and self.confirm_delete(quota.name):
            self.delete_quota(quota)

    def delete_quota(self, listed: RateLimitQuota) -> None:
        """Delete the quota as listed now (callers confirm); refused when it changed on
        the server since it was listed."""
        name = listed.name

        def done(_ack: Ack | None, error: BaseException | None) -> None:
            if isinstance(error, QuotaMoved):
                self.banner.show_message(
                    self.tr(
                        "Not deleted: quota {name} changed on the server since it was listed. "
                        "The list is read again; look at it before deleting."
                    ).replace("{name}", name)
                    if error.current is not None
                    else self.tr("Quota {name} was already deleted.").replace("{name}", name),
                    "warning",
                )
                self.refresh()
                return
            if error is not None:
                self.banner.show_error(
                    error, self.tr("Quota {name} not deleted.").replace("{name}", name)
                )
                return
            self.sig_deleted.emit(name)
            self.refresh()

        self._bridge.submit(self._service.delete(listed), done, owner=self)
