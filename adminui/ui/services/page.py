"""The Core "Active services" page (F7, F8).

A table of every service of the Core cluster, refreshed every 2 s off the GUI thread;
rows whose status changed since the user last marked the table as seen are highlighted
and counted. "Add Core service" creates a Core service and shows its install command.

Signals for the main window (documented for whoever wires them):

* ``sig_profile_changed(Profile)``: a node joined (lab), and ``context.profile`` now
  lists its REST and health URLs. Connect it to
  ``MonitorService.watch(context)`` so the cluster view shows the node.
* ``sig_members_changed(CoreMembers)``: the Core services now counted (the nodes, and
  those registered but not started yet), for the sidebar.
* ``sig_events(list[Transition])``: Core services added, joined or left since the last
  look, for the cluster's events list.

Once opened, the page keeps looking every 10 s while hidden, so the sidebar and the
events follow a join that finishes while another page is shown.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.api.kuma import Service
from adminui.core import services as rules
from adminui.monitor import core_services as fetch
from adminui.monitor.lab_hooks import JoinedNode, LabJoiner
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import PageDefaults, PageHost
from adminui.ui.context import ClusterContext
from adminui.ui.errors import describe
from adminui.ui.i18n import QT_TRANSLATE_NOOP
from adminui.ui.page_header import EmptyState, ListOrEmpty, PageHeader
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.services.add_dialog import AddCoreServiceDialog
from adminui.ui.services.model import (
    STATUS_COLOURS,
    ServiceFilterProxy,
    ServiceTableModel,
    translated_meaning,
)
from adminui.ui.shortcuts import focus_shortcut
from adminui.ui.table_view import even_rows, fit_columns
from adminui.ui.theme import set_chip, set_tone, status_colour

REFRESH_MS = 2000
#: How often the page looks while another page is shown (membership only matters then).
HIDDEN_REFRESH_MS = 10_000

# For lupdate: the statuses of the status filter (adminui.core.services.STATUS_ORDER),
# shown through ``self.tr``.
_STATUS_NAMES = (
    QT_TRANSLATE_NOOP("ServicesPage", "green"),
    QT_TRANSLATE_NOOP("ServicesPage", "yellow"),
    QT_TRANSLATE_NOOP("ServicesPage", "purple"),
    QT_TRANSLATE_NOOP("ServicesPage", "red"),
    QT_TRANSLATE_NOOP("ServicesPage", "gray"),
)


class ServicesTable(QTableView):
    """The table; Ctrl+C copies the selected IDs (QTableView would copy one cell)."""

    #: The user pressed the Copy key sequence on the table.
    sig_copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.sig_copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ServicesPage(QWidget, PageDefaults):
    """Active services of one Core cluster."""

    #: A look at the services finished: (number of services).
    sig_refreshed = Signal(int)
    #: ``context.profile`` gained a node (see the module docstring): (Profile).
    sig_profile_changed = Signal(object)
    #: The Core services counted changed: (CoreMembers).
    sig_members_changed = Signal(object)
    #: Core services were added, joined or left: (list of Transition).
    sig_events = Signal(list)

    def attach(self, host: PageHost) -> None:
        self.sig_profile_changed.connect(host.profile_changed)
        self.sig_members_changed.connect(host.members_changed)
        self.sig_events.connect(host.add_events)

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.bridge = bridge
        hooks = context.lab_hooks
        self.lab_joiner: LabJoiner | None = hooks.joiner_for(context.profile) if hooks else None
        self.leader_fqdn = ""
        self.answered_by = ""
        self.dialog: AddCoreServiceDialog | None = None
        self._in_flight = False
        self._looks = 0
        self.members: rules.CoreMembers | None = None

        self.model = ServiceTableModel(self)
        self.proxy = ServiceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ServicesTable()
        self.table.sig_copy_requested.connect(self.copy_selected_ids)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ServiceTableModel.KIND, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Active services"))
        fit_columns(self.table, stretch=ServiceTableModel.FQDN)
        even_rows(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self._build_actions()
        self.header = self._build_header()
        self.empty = EmptyState(
            self.tr("This Core cluster lists no services yet."),
            self.tr("Add Core service…"),
            self.add_action,
            context.read_only,
        )
        self.table_stack = ListOrEmpty(self.table, self.empty, lambda: self.model.rowCount() == 0)
        self.filters = self._build_filters()
        self.banner = MessageBanner()
        self.changed_label = QLabel()
        self.changed_label.setObjectName("changedLabel")
        set_chip(self.changed_label, "warning")
        self.changed_label.hide()
        self.source_label = QLabel(self.tr("Loading…"))
        set_tone(self.source_label, "muted")
        info = QHBoxLayout()
        info.addWidget(self.changed_label)
        info.addStretch(1)
        info.addWidget(self.source_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.table_stack, 1)
        layout.addLayout(info)

        self.model.sig_changed_count.connect(self._show_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._update_actions()

    # -- building -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.add_action = QAction(self.tr("Add Core service…"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.open_add_dialog)
        if self.context.read_only:
            self.add_action.setEnabled(False)
            self.add_action.setToolTip(self.tr("The profile is read-only."))
        self.copy_action = QAction(self.tr("Copy ID"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.setToolTip(
            self.tr("Copy the selected services' IDs, one per line (Ctrl+C).")
        )
        self.copy_action.triggered.connect(self.copy_selected_ids)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.auto_action = QAction(self.tr("Auto-refresh"), self)
        self.auto_action.setCheckable(True)
        self.auto_action.setChecked(True)
        self.auto_action.setToolTip(self.tr("Refresh every {0} s.").format(REFRESH_MS // 1000))
        self.auto_action.toggled.connect(self._auto_toggled)
        self.seen_action = QAction(self.tr("Mark as seen"), self)
        self.seen_action.setToolTip(self.tr("Stop highlighting the rows that changed."))
        self.seen_action.triggered.connect(self.mark_seen)
        for action in (self.add_action, self.copy_action, self.refresh_action):
            self.addAction(action)

    def _build_header(self) -> PageHeader:
        header = PageHeader(self.tr("Active services — {0}").format(self.context.profile.name))
        header.add_secondary(self.copy_action, "copy")
        header.add_secondary(self.seen_action)
        header.add_secondary(self.auto_action)
        header.set_refresh(self.refresh_action)
        header.set_primary(self.add_action)
        return header

    def _build_filters(self) -> QHBoxLayout:
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in rules.STATUS_ORDER:
            self.status_combo.addItem(self.tr(status), status)
            index = self.status_combo.count() - 1
            self.status_combo.setItemData(
                index, status_colour(STATUS_COLOURS[status]), Qt.ItemDataRole.DecorationRole
            )
            self.status_combo.setItemData(
                index,
                translated_meaning(status),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.status_combo.currentIndexChanged.connect(self._status_filter)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Filter by kind"))
        self.kind_combo.addItem(self.tr("All kinds"), "")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.currentIndexChanged.connect(self._kind_filter)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, FQDN, address, ID…"))
        focus_shortcut(self, self.search_edit)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.status_combo)
        row.addWidget(QLabel(self.tr("Kind:")))
        row.addWidget(self.kind_combo)
        row.addWidget(self.search_edit, 1)
        return row

    # -- refresh ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look at the services now (one look at a time; the GUI never waits)."""
        if self._in_flight:
            return
        self._in_flight = True
        profile = self.context.profile
        urls = self.context.node_order()
        health = dict(zip(profile.node_urls, profile.health_urls, strict=False))
        self.bridge.submit(
            fetch.look(self.context.kuma, urls, [health.get(u, "") for u in urls]),
            self._on_look,
            owner=self,
            key="refresh",
        )
        if self.auto_action.isChecked() and not self.timer.isActive():
            self.timer.start()

    def _on_look(self, result: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._in_flight = False
        if error is not None:
            sentence, details = describe(error)
            self.banner.show_message(
                self.tr("Could not list the services. {0}").format(sentence), "error", details
            )
            self.source_label.setText(self.tr("Last attempt failed at {0}").format(_now()))
            self.table_stack.set_loaded(False)
            return
        assert isinstance(result, fetch.ServicesLook)
        if self.banner.property("level") == "error":
            self.banner.hide()
        self._looks += 1
        self.model.apply(result.services)
        self.table_stack.set_loaded(True)
        self.answered_by = result.node
        self.leader_fqdn = result.leader_fqdn
        self._sync_kinds()
        self._track_members(result.services)
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.set_leader_fqdn(result.leader_fqdn)
            self.dialog.cores = [(s.id, s.fqdn) for s in self.model.core_services()]
        self.source_label.setText(
            self.tr("{0} services · answered by {1} · leader {2} · {3}").format(
                len(result.services), result.node, result.leader_fqdn, _now()
            )
        )
        self._update_actions()
        self.sig_refreshed.emit(len(result.services))

    def _track_members(self, services: list[Service]) -> None:
        members = rules.core_members(
            (s.id, s.fqdn, s.status, s.uptime, s.created, s.updated)
            for s in services
            if s.kind.lower() == rules.CORE_KIND
        )
        if members == self.members:
            return
        events = rules.member_events(self.members, members, time.time())
        self.members = members
        self.sig_members_changed.emit(members)
        if events:
            self.sig_events.emit(events)

    def _auto_toggled(self, on: bool) -> None:
        if on and self.isVisible():
            self.timer.start(REFRESH_MS)
            self.refresh()
        else:
            self.timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.auto_action.isChecked():
            self.timer.start(REFRESH_MS)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another page shown: keep looking slowly. The window closing: stop.
        if self.auto_action.isChecked() and self.timer.isActive() and self.window().isVisible():
            self.timer.start(HIDDEN_REFRESH_MS)
        else:
            self.timer.stop()
        super().hideEvent(event)

    # -- filters ------------------------------------------------------------------------
    def _status_filter(self) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_statuses([value] if value else [])

    def _kind_filter(self) -> None:
        value = self.kind_combo.currentData()
        self.proxy.set_kinds([value] if value else [])

    def _sync_kinds(self) -> None:
        current = self.kind_combo.currentData()
        kinds = self.model.kinds()
        present = [self.kind_combo.itemData(i) for i in range(1, self.kind_combo.count())]
        if present == kinds:
            return
        self.kind_combo.blockSignals(True)
        while self.kind_combo.count() > 1:
            self.kind_combo.removeItem(1)
        for kind in kinds:
            self.kind_combo.addItem(kind, kind)
        if current and current not in kinds:
            self.kind_combo.addItem(current, current)  # keep the user's filter
        index = self.kind_combo.findData(current) if current else 0
        self.kind_combo.setCurrentIndex(max(0, index))
        self.kind_combo.blockSignals(False)

    # -- changes ------------------------------------------------------------------------
    def mark_seen(self) -> None:
        self.model.mark_seen()

    def _show_changed(self, count: int) -> None:
        self.changed_label.setText(
            self.tr("{0} service(s) changed status since you last looked").format(count)
        )
        self.changed_label.setVisible(count > 0)
        self.seen_action.setEnabled(count > 0)

    # -- selection and copy -------------------------------------------------------------
    def selected_services(self) -> list[Service]:
        rows = self.table.selectionModel().selectedRows()
        rows.sort(key=QModelIndex.row)
        services = []
        for index in rows:
            service = index.data(Qt.ItemDataRole.UserRole)
            if isinstance(service, Service):
                services.append(service)
        return services

    def copy_selected_ids(self) -> None:
        """Copy the selected services' IDs to the clipboard, one per line."""
        ids = [s.id for s in self.selected_services()]
        if not ids:
            return
        QGuiApplication.clipboard().setText("\n".join(ids))
        self.banner.show_note(
            self.tr("Copied 1 ID to the clipboard.")
            if len(ids) == 1
            else self.tr("Copied {0} IDs to the clipboard.").format(len(ids))
        )

    def select_service(self, service_id: str) -> bool:
        row = self.model.row_of(service_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_actions(self) -> None:
        self.copy_action.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.seen_action.setEnabled(bool(self.model.changed_ids))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.addAction(self.refresh_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- add a Core service -------------------------------------------------------------
    def open_add_dialog(self) -> AddCoreServiceDialog:
        """Open (or raise) the Add Core service dialog; non-modal, the table keeps living."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        cores = [(s.id, s.fqdn) for s in self.model.core_services()]
        dialog = AddCoreServiceDialog(
            self.context, self.bridge, cores, self.leader_fqdn, self.lab_joiner, self
        )
        dialog.sig_created.connect(self._on_service_created)
        dialog.sig_lab_node_started.connect(self.add_node_to_profile)
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _on_service_created(self, service: Service) -> None:
        self.refresh()
        QTimer.singleShot(300, self, lambda: self.select_service(service.id))

    def add_node_to_profile(self, node: JoinedNode) -> None:
        """Add a joined node's URLs to the live profile and say so (sig_profile_changed)."""
        profile = self.context.profile
        if node.rest_url in profile.node_urls:
            return
        health = profile.health_urls
        if len(health) == len(profile.node_urls):
            health = (*health, node.health_url)
        updated: Profile = replace(
            profile, node_urls=(*profile.node_urls, node.rest_url), health_urls=health
        )
        self.context.profile = updated
        self.refresh()
        self.sig_profile_changed.emit(updated)


def _now() -> str:
    return time.strftime("%H:%M:%S")
