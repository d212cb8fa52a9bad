"""Everything shown for one cluster: overview, history charts and its other pages."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from adminui.core.cluster import ClusterKind, Role, Snapshot
from adminui.core.history import ClusterHistory
from adminui.core.namespaces import NamespaceIndex, natural_sorted
from adminui.monitor.cluster_monitor import Tick
from adminui.monitor.namespace_service import NamespaceService
from adminui.monitor.node_certificates import (
    REFRESH_S,
    NodeCertificate,
    read_certificates,
    soonest_expiry,
    uses_tls,
)
from adminui.monitor.recovery_service import RecoveryService
from adminui.profiles.snapshot_list import SnapshotList
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import ClusterPage
from adminui.ui.context import ClusterContext
from adminui.ui.overview.cluster_page import ClusterOverview
from adminui.ui.overview.history_charts import HistoryCharts
from adminui.ui.overview.peers_dialog import PeersDialog
from adminui.ui.overview.recovery_dialog import RecoveryDialog
from adminui.ui.overview.seal_dialog import SealDialog
from adminui.ui.overview.snapshot_dialog import SnapshotDialog
from adminui.ui.pages import PAGES, PageEntry


def live_target(snapshot: Snapshot) -> str:
    """The node requests should go to: the leader, else a reachable unsealed node."""
    if snapshot.leader is not None:
        return snapshot.leader.url
    for node in snapshot.nodes:
        if node.role in (Role.FOLLOWER, Role.CANDIDATE):
            return node.url
    return ""


#: The command palette loads a cluster's namespaces at most this often (seconds).
NAMESPACE_FETCH_MIN_S = 60.0
#: How often the live view's applied indexes are written down for a recovery plan.
INDEXES_NOTED_EVERY_S = 15.0
CERTIFICATES_EVERY_MS = int(REFRESH_S * 1000)
log = logging.getLogger(__name__)

#: Pages the namespace tree can open showing one namespace.
NAMESPACE_PAGES = frozenset({"policies", "rotation", "quotas"})


class ClusterView(QWidget):
    """Tabs for one cluster; pages other than the overview are built when first opened."""

    #: The cluster's profile changed (e.g. a node joined): (Profile).
    sig_profile_changed = Signal(object)
    #: A page counted the cluster's Core services anew: (CoreMembers).
    sig_members_changed = Signal(object)

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.bridge = bridge
        self.history = ClusterHistory()
        self.overview = ClusterOverview(context.profile, self.history)
        self.charts = HistoryCharts(self.history, context.profile.node_urls)
        self.overview.sig_moment_changed.connect(self.charts.set_cursor)
        self.overview.seal_button.clicked.connect(self.open_seal_dialog)
        #: The seal and unseal dialog last opened (None before the first).
        self.seal_dialog: SealDialog | None = None
        self.overview.snapshot_button.clicked.connect(self.open_snapshot_dialog)
        #: The snapshots dialog last opened (None before the first).
        self.snapshot_dialog: SnapshotDialog | None = None
        self._show_last_snapshot()
        self.overview.peers_button.clicked.connect(self.open_peers_dialog)
        self.overview.recovery_button.clicked.connect(self.open_recovery_dialog)
        #: The recovery plan dialog last opened (None before the first).
        self.recovery_dialog: RecoveryDialog | None = None
        #: Keeps the nodes' applied indexes for a recovery plan (F28).
        self.recovery = RecoveryService(context)
        self._indexes_noted_at = 0.0
        #: Days until the first node certificate runs out (None: not read, or no TLS).
        self.cert_days: float | None = None
        #: Reads the nodes' TLS certificates now and every few hours (F31).
        self.certificate_timer = QTimer(self)
        self.certificate_timer.setInterval(CERTIFICATES_EVERY_MS)
        self.certificate_timer.timeout.connect(self.read_certificates)
        if uses_tls(context.profile):
            self.certificate_timer.start()
            self.read_certificates()
        #: The Raft peers dialog last opened (None before the first).
        self.peers_dialog: PeersDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._add_tab(self.overview, "overview", self.tr("Overview"))
        self._add_tab(self.charts, "history", self.tr("History"))
        self._lazy: dict[int, PageEntry] = {}
        self._fetched: list[str] = []  # namespace paths brought for the command palette
        self._fetched_at = -NAMESPACE_FETCH_MIN_S
        for entry in PAGES.get(context.kind, ()):
            if entry.available():
                index = self._add_tab(QWidget(), entry.key, self.tr(entry.title))
                self._lazy[index] = entry
        self.tabs.currentChanged.connect(self._materialise)
        self.answering = QLabel()
        self.answering.setObjectName("answeringNode")
        self._answering_tip = self.tr(
            "Every page sends its requests to the leader, or to a live node while "
            "there is none; results say which node answered."
        )
        self.answering.setToolTip(self._answering_tip)
        self.tabs.setCornerWidget(self.answering)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _add_tab(self, widget: QWidget, key: str, title: str) -> int:
        index = self.tabs.addTab(widget, title)
        self.tabs.tabBar().setTabData(index, key)
        return index

    def page_keys(self) -> list[str]:
        """The tabs' keys, in order (they do not change with the language)."""
        return [str(self.tabs.tabBar().tabData(i)) for i in range(self.tabs.count())]

    def current_key(self) -> str:
        """The key of the tab shown now."""
        return str(self.tabs.tabBar().tabData(self.tabs.currentIndex()))

    def _materialise(self, index: int) -> None:
        entry = self._lazy.pop(index, None)
        if entry is None:
            return
        page = entry.build(self.context, self.bridge)
        assert isinstance(page, ClusterPage), entry.class_name
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, self.tr(entry.title))
        self.tabs.tabBar().setTabData(index, entry.key)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        page.attach(self)
        page.refresh()

    # ----- what pages report (PageHost) ------------------------------------------------
    def profile_changed(self, profile: Profile) -> None:
        self.sig_profile_changed.emit(profile)

    def members_changed(self, members: Any) -> None:
        self.sig_members_changed.emit(members)

    def add_events(self, events: list[Any]) -> None:
        self.overview.events_model.add(events)

    def open_namespace(self, page_key: str, namespace: str) -> None:
        """Switch to the page ``page_key`` showing ``namespace``."""
        page = self.page(page_key) if page_key in NAMESPACE_PAGES else None
        if isinstance(page, ClusterPage):
            page.set_namespace(namespace)

    def running_work(self) -> list[tuple[ClusterPage, str]]:
        """The built pages with long work running (a drill, a re-stagger), each with a
        few words saying what it is."""
        found: list[tuple[ClusterPage, str]] = []
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if index not in self._lazy and isinstance(page, ClusterPage):
                text = page.running_work()
                if text:
                    found.append((page, text))
        return found

    def page(self, key: str) -> QWidget | None:
        """Show the page ``key`` (e.g. "policies"), building it if needed, and return it;
        None when this cluster has no such page."""
        keys = self.page_keys()
        if key not in keys:
            return None
        index = keys.index(key)
        self.tabs.setCurrentIndex(index)
        self._materialise(index)
        return self.tabs.widget(index)

    def built(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been opened (built), else None; builds nothing."""
        keys = self.page_keys()
        if key not in keys or keys.index(key) in self._lazy:
            return None
        return self.tabs.widget(keys.index(key))

    def known_namespaces(self, limit: int = 50_000) -> list[str]:
        """Namespace paths known so far, in natural order (at most ``limit``): those the Namespaces
        page has loaded, else those :meth:`fetch_namespaces` last brought."""
        page = self.built("namespaces")
        loaded: list[str] = page.loaded_namespaces() if isinstance(page, ClusterPage) else []
        return (loaded or self._fetched)[:limit]

    def fetch_namespaces(self, done: Callable[[list[str]], None]) -> bool:
        """Load the namespace paths in the background (one SCAN, or the first level when
        SCAN is refused) and call ``done(paths)`` in the GUI thread; failures are quiet.
        False (and nothing loaded) when they are known already or the cluster has none."""
        if self.context.kind is not ClusterKind.OPENBAO or self.known_namespaces():
            return False
        if time.monotonic() - self._fetched_at < NAMESPACE_FETCH_MIN_S:
            return False
        self._fetched_at = time.monotonic()

        def arrived(index: NamespaceIndex | None, error: BaseException | None) -> None:
            if error is None and index is not None:
                self._fetched = natural_sorted(path for path in index.entries if path)
                done(self._fetched)

        self.bridge.submit(
            NamespaceService(self.context).load_tree(), arrived, owner=self, key="namespaces"
        )
        return True

    def show_namespace(self, path: str) -> None:
        """Open the Namespaces page with ``path`` selected."""
        page = self.page("namespaces")
        if isinstance(page, ClusterPage):
            page.show_path(path)

    def open_seal_dialog(self) -> SealDialog:
        """Each node's seal state, with the unseal ceremony and sealing a node (F25)."""
        latest = self.history.latest()
        names = {n.url: n.label for n in latest.nodes} if latest is not None else {}
        dialog = SealDialog(self.context, self.bridge, self, names=names)
        dialog.finished.connect(dialog.deleteLater)
        self.seal_dialog = dialog
        dialog.open()
        return dialog

    def open_snapshot_dialog(self) -> SnapshotDialog:
        """The cluster's saved Raft snapshots; save one, restore one (F26)."""
        dialog = SnapshotDialog(self.context, self.bridge, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.sig_done.connect(lambda _ok: self._show_last_snapshot())
        self.snapshot_dialog = dialog
        dialog.open()
        return dialog

    def open_peers_dialog(self) -> PeersDialog:
        """The Raft configuration with what-if checked changes, and autopilot (F27)."""
        dialog = PeersDialog(self.context, self.bridge, self)
        dialog.finished.connect(dialog.deleteLater)
        self.peers_dialog = dialog
        dialog.open()
        return dialog

    def open_recovery_dialog(self) -> RecoveryDialog:
        """Which node to keep and the steps when quorum is lost (F28)."""
        dialog = RecoveryDialog(self.context, self.bridge, self)
        dialog.finished.connect(dialog.deleteLater)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _show_last_snapshot(self) -> None:
        if self.context.kind is not ClusterKind.OPENBAO:
            return
        latest = SnapshotList().latest(self.context.profile.name)
        self.overview.set_last_snapshot(latest.saved_at if latest else None)

    def read_certificates(self) -> None:
        """Read each node's certificate and show the soonest expiry on the overview."""

        def shown(found: list[NodeCertificate] | None, error: BaseException | None) -> None:
            if error is None and found is not None:
                self.overview.show_certificates(found)
                first = soonest_expiry(found)
                self.cert_days = None if first is None else first.days_left

        self.bridge.submit(
            read_certificates(self.context.profile), shown, owner=self, key="certificates"
        )

    def _note_indexes(self, snapshot: Snapshot) -> None:
        """Remember the applied indexes now and then (a small local file, written away
        from the GUI thread)."""
        now = time.monotonic()
        if now - self._indexes_noted_at < INDEXES_NOTED_EVERY_S:
            return
        self._indexes_noted_at = now

        def noted(_memory: object, error: BaseException | None) -> None:
            if error is not None:
                log.warning("applied indexes not remembered: %s", error)

        self.bridge.submit(
            self.recovery.remember_indexes(snapshot), noted, owner=self, key="indexes"
        )

    def show_node(self, url: str) -> None:
        """Show the overview with node ``url`` selected."""
        self.tabs.setCurrentWidget(self.overview)
        model = self.overview.node_model
        for row in range(model.rowCount()):
            if model.node(row).url == url:
                self.overview.node_table.selectRow(row)
                return

    def apply_tick(self, tick: Tick) -> None:
        """Show the tick, and send the pages' requests to a node that answers (F9)."""
        target = live_target(tick.snapshot)
        if target:
            self.context.preferred_node = target
        self.overview.apply_tick(tick)
        self._note_indexes(tick.snapshot)
        if self.context.preferred_node:
            node = self.context.preferred_node
            self.answering.setText(
                self.tr("Requests go to {0}").format(tick.snapshot.label_of(node))
            )
            self.answering.setToolTip(f"{self._answering_tip}\n{node}")
