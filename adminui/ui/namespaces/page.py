"""The namespaces page: the whole tree of one OpenBao cluster, its actions and its load."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from adminui.core.namespaces import NamespaceEntry, NamespaceIndex
from adminui.core.namespaces_blueprint import BlueprintSpec
from adminui.monitor import namespace_load
from adminui.monitor.blueprint import BlueprintResult
from adminui.monitor.namespace_service import NamespaceService
from adminui.monitor.namespace_tree import ContentSummary
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import PageDefaults, PageHost
from adminui.ui.context import ClusterContext
from adminui.ui.errors import describe, sentence_of
from adminui.ui.jobs_panel import JobHandle, jobs_of, start_job
from adminui.ui.namespaces.blueprint_dialog import BlueprintDialog
from adminui.ui.namespaces.dialogs import (
    CreateNamespaceDialog,
    DeleteNamespaceDialog,
    UnlockDialog,
    UnlockKeyDialog,
)
from adminui.ui.namespaces.jobs import JobRunner, ProgressStrip
from adminui.ui.namespaces.load_view import LoadRankingView
from adminui.ui.namespaces.tree_model import NamespaceTreeModel
from adminui.ui.page_header import EmptyState, ListOrEmpty, PageHeader
from adminui.ui.policies.capability_gate import CapabilityGate
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.shortcuts import focus_shortcut, give_shortcut
from adminui.ui.table_view import even_rows, fit_columns

T = TypeVar("T")

#: With a filter showing at most this many namespaces, the tree is expanded fully.
EXPAND_ALL_LIMIT = 400

#: Rows measured when the columns are fitted to their contents (0: the rows on screen).
FIT_ROWS = 0


#: What the token needs create on to make namespaces (checked with capabilities-self).
NAMESPACES_PATH = "sys/namespaces/*"


class NamespacesPage(QWidget, PageDefaults):
    """Browse, filter, create, delete, lock and unlock namespaces; lay out tenants."""

    #: Emitted to open a namespace in another page: (page name, namespace path).
    #: Page names: "policies", "rotation".
    sig_open_namespace = Signal(str, str)
    #: Emitted after a refresh was applied: (number of namespaces known).
    sig_refreshed = Signal(int)

    def __init__(
        self, context: ClusterContext, bridge: AsyncBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._service = NamespaceService(context)
        self._bridge = bridge
        self._lazy_jobs: set[str] = set()
        self._select_after = ""
        self.blueprint_dialog: BlueprintDialog | None = None
        self.model = NamespaceTreeModel(self)
        self.model.sig_fetch_requested.connect(self._fetch_children)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter namespaces (name or key=value)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("namespaceCount")

        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.new_button = QPushButton(self.tr("New…"))
        give_shortcut(self.new_button, QKeySequence.StandardKey.New)
        focus_shortcut(self, self.filter_edit)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.lock_button = QPushButton(self.tr("Lock"))
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.blueprint_button = QPushButton(self.tr("Tenant blueprint…"))
        # The pages a namespace can be opened in share one button and its menu, so the
        # row of actions fits the window in every language.
        self.open_in_button = QToolButton()
        self.open_in_button.setText(self.tr("Open in"))
        self.open_in_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        open_in_menu = QMenu(self.open_in_button)
        self.open_in_policies = open_in_menu.addAction(self.tr("Policies"))
        self.open_in_rotation = open_in_menu.addAction(self.tr("Rotation sets"))
        self.open_in_quotas = open_in_menu.addAction(self.tr("Quotas"))
        self.open_in_button.setMenu(open_in_menu)
        self.refresh_button.clicked.connect(self.refresh)
        self.new_button.clicked.connect(self.create_namespace)
        self.delete_button.clicked.connect(self.delete_namespace)
        self.lock_button.clicked.connect(self.lock_namespace)
        self.unlock_button.clicked.connect(self.unlock_namespace)
        self.blueprint_button.clicked.connect(self.open_blueprint)
        self.open_in_policies.triggered.connect(lambda: self._open_in("policies"))
        self.open_in_rotation.triggered.connect(lambda: self._open_in("rotation"))
        self.open_in_quotas.triggered.connect(lambda: self._open_in("quotas"))

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Namespaces"))
        self._fitter = fit_columns(self.tree, stretch=NamespaceTreeModel.METADATA)
        # Columns fit the rows on screen: Qt's default measures up to 1,000 rows (eight
        # roles of five columns each), a fifth of a second on every filter keystroke.
        self.tree.header().setResizeContentsPrecision(FIT_ROWS)
        even_rows(self.tree)
        self.model.sig_restyled.connect(self._restyled)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        self.tree.doubleClicked.connect(lambda _: self._open_in("policies"))

        self.strip = ProgressStrip()
        self.jobs = JobRunner(bridge, self.strip, self)
        #: The running load measurement's entry in the jobs panel.
        self._measurement: JobHandle | None = None
        self.strip.sig_cancelled.connect(self._cancel_measurement)
        self.jobs.sig_busy.connect(lambda _: self._update_actions())
        self.load_view = LoadRankingView()
        self.load_view.sig_measure_requested.connect(self.measure_load)

        self.header = PageHeader(self.tr("Namespaces — {0}").format(context.profile.name))
        self.header.add_secondary(self.open_in_button)
        self.header.add_secondary(self.delete_button, "delete")
        for button in (self.lock_button, self.unlock_button, self.blueprint_button):
            self.header.add_secondary(button)
        self.header.set_refresh(self.refresh_button)
        self.header.set_primary(self.new_button)
        self.empty = EmptyState(
            self.tr("There are no namespaces in this cluster yet."),
            self.tr("New namespace…"),
            self.new_button,
            context.read_only,
        )
        self.tree_stack = ListOrEmpty(self.tree, self.empty, lambda: not len(self.model.index_data))
        search = QHBoxLayout()
        search.addWidget(self.filter_edit, 1)
        search.addWidget(self.count_label)
        tree_tab = QWidget()
        tree_layout = QVBoxLayout(tree_tab)
        tree_layout.setContentsMargins(0, 6, 0, 0)
        tree_layout.addLayout(search)
        tree_layout.addWidget(self.tree_stack, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(tree_tab, self.tr("Tree"))
        self.tabs.addTab(self.load_view, self.tr("Load ranking"))
        self.banner = MessageBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.strip)
        # Creating a namespace (alone or by blueprint) needs create on sys/namespaces.
        self.gate = CapabilityGate(context, bridge, "", self)
        for button in (self.new_button, self.blueprint_button):
            self.gate.add(button, lambda: NAMESPACES_PATH, {"create", "update"}, writes=True)
        self.gate.sig_updated.connect(self._update_actions)
        self.gate.refresh()
        self._update_actions()
        self._update_count()

    # ----- helpers ---------------------------------------------------------------------------
    def selected_entry(self) -> NamespaceEntry | None:
        indexes = self.tree.selectionModel().selectedRows(0)
        return self.model.entry(indexes[0]) if indexes else None

    def select_path(self, path: str) -> bool:
        """Select and show ``path`` (clears the filter when it hides it)."""
        index = self.model.index_of_path(path)
        if not index.isValid() and self.filter_edit.text():
            self.filter_edit.clear()
            index = self.model.index_of_path(path)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    @Slot()
    def _update_actions(self) -> None:
        entry = self.selected_entry()
        idle = not self.jobs.busy
        writable = not self._context.read_only
        self.refresh_button.setEnabled(idle)
        may_create = writable and self.gate.reason(self.new_button) is None
        self.new_button.setEnabled(idle and may_create)
        self.blueprint_button.setEnabled(idle and may_create)
        self.delete_button.setEnabled(idle and writable and entry is not None)
        self.lock_button.setEnabled(idle and writable and entry is not None and not entry.locked)
        self.unlock_button.setEnabled(idle and writable and entry is not None and entry.locked)
        self.open_in_button.setEnabled(entry is not None)
        self.load_view.measure_button.setEnabled(idle)

    def _update_count(self) -> None:
        total = len(self.model.index_data)
        if self.model.filter_text.strip():
            text = self.tr("{0} of {1} namespaces").format(self.model.shown_count(), total)
        else:
            text = self.tr("{0} namespaces").format(total)
        if not self.model.index_data.complete:
            text += self.tr(" (listed level by level)")
        self.count_label.setText(text)

    def _fail(self, title: str, error: BaseException) -> None:
        """Say what failed in this page's own banner (never a box that could pop up over
        another page after the user has moved on)."""
        sentence, details = describe(error)
        self.banner.show_message(f"{title}: {sentence}", "error", details)

    # ----- loading ---------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Reload the tree; the difference is applied, expansion and selection are kept."""
        current = self.model.index_data
        if current.complete or not len(current):
            coro = self._service.load_tree()
        else:
            listed = sorted(current.listed)
            coro = self._service.relist(listed)
        self.jobs.run(self.tr("Loading namespaces…"), coro, self._loaded)

    def _loaded(self, index: NamespaceIndex | None, error: BaseException | None) -> None:
        if error is not None or index is None:
            self._fail(self.tr("Loading namespaces failed"), error or RuntimeError("no data"))
            return
        self.model.set_index(index)
        self.tree_stack.set_loaded(True)
        self._apply_filter(self.filter_edit.text())
        select, self._select_after = self._select_after, ""
        if select:
            self.select_path(select)
        self._update_actions()
        self.sig_refreshed.emit(len(index))

    @Slot(str)
    def _fetch_children(self, path: str) -> None:
        if path in self._lazy_jobs:
            return
        self._lazy_jobs.add(path)

        def done(entries: list[NamespaceEntry] | None, error: BaseException | None) -> None:
            self._lazy_jobs.discard(path)
            if error is not None or entries is None:
                self.model.fetch_failed(path)
                self._fail(self.tr("Listing {0} failed").format(path), error or RuntimeError())
                return
            self.model.add_children(path, entries)
            self._update_count()

        self._bridge.submit(self._service.list_children(path), done, owner=self)

    @Slot()
    def _restyled(self) -> None:
        """The filter made other names bold, the rows staying: repaint them all (nested
        rows too) and fit the columns to the bold names."""
        self.tree.viewport().update()
        self._fitter.fit()

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        self.model.set_filter(text)
        if text.strip() and self.model.shown_count() <= EXPAND_ALL_LIMIT:
            self.tree.expandAll()
        self._update_count()

    # ----- actions ---------------------------------------------------------------------------
    @Slot()
    def create_namespace(self) -> None:
        entry = self.selected_entry()
        dialog = CreateNamespaceDialog(entry.path if entry else "", self)
        dialog.setObjectName("createNamespaceDialog")

        def submit() -> None:
            path, meta = dialog.path, dialog.metadata()

            def done(_: Any, error: BaseException | None) -> None:
                if error is not None:
                    dialog.show_failure(describe(error)[0])
                    dialog.show()  # what was typed is still there
                    return
                dialog.deleteLater()
                self._after_change(path)

            self.jobs.run(
                self.tr("Creating {0}…").format(path),
                self._service.create(path, meta),
                done,
            )

        dialog.accepted.connect(submit)
        dialog.open()

    @Slot()
    def delete_namespace(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        path = entry.path

        def summarized(summary: ContentSummary | None, error: BaseException | None) -> None:
            if error is not None or summary is None:
                self._fail(self.tr("Reading {0} failed").format(path), error or RuntimeError())
                return
            dialog = DeleteNamespaceDialog(summary, self)
            dialog.setObjectName("deleteNamespaceDialog")
            dialog.accepted.connect(lambda: self._delete(summary))
            dialog.open()

        self.jobs.run(
            self.tr("Reading what {0} contains…").format(path),
            self._service.summarize(path),
            summarized,
        )

    def _delete(self, summary: ContentSummary) -> None:
        progress = self._bridge.reporter(self, self.jobs.set_label)

        def done(_: Any, error: BaseException | None) -> None:
            if error is not None:
                self._fail(self.tr("Deleting {0} failed").format(summary.path), error)
            self._after_change(summary.path.rpartition("/")[0])

        self.jobs.run(
            self.tr("Deleting {0}…").format(summary.path),
            self._service.delete_subtree(summary.path, list(summary.children), progress),
            done,
        )

    @Slot()
    def lock_namespace(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        path = entry.path

        def done(lock: Any, error: BaseException | None) -> None:
            if error is not None:
                self._fail(self.tr("Locking {0} failed").format(path), error)
                self._after_change(path)
                return
            dialog = UnlockKeyDialog(path, lock.unlock_key, self)
            dialog.setObjectName("unlockKeyDialog")
            dialog.open()
            self._after_change(path)

        # context.vault() targets the leading node: a lock through a standby loses its key.
        self.jobs.run(
            self.tr("Locking {0}…").format(path),
            self._service.lock(path),
            done,
        )

    @Slot()
    def unlock_namespace(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        path = entry.path
        dialog = UnlockDialog(path, self)
        dialog.setObjectName("unlockDialog")

        def submit() -> None:
            key = dialog.unlock_key

            def done(_: Any, error: BaseException | None) -> None:
                if error is not None:
                    self._fail(self.tr("Unlocking {0} failed").format(path), error)
                self._after_change(path)

            self.jobs.run(
                self.tr("Unlocking {0}…").format(path),
                self._service.unlock(path, key),
                done,
            )

        dialog.accepted.connect(submit)
        dialog.open()

    @Slot()
    def open_blueprint(self) -> None:
        entry = self.selected_entry()
        dialog = BlueprintDialog(
            entry.path if entry else "", self, known=lambda: self.model.index_data.entries
        )
        dialog.setObjectName("blueprintDialog")

        def run(spec: BlueprintSpec) -> None:
            running = [True]  # steps that come after the end (a rollback's) are not shown

            def step(value: Any) -> None:
                if running[0]:
                    dialog.on_step(value)

            def finish(result: BlueprintResult | None, error: BaseException | None) -> None:
                running[0] = False
                self.strip.sig_cancelled.disconnect(cancelled)
                dialog.on_finished(result, error)

            def done(result: BlueprintResult | None, error: BaseException | None) -> None:
                finish(result, error)
                self._after_change(spec.namespace if result is not None and result.ok else "")

            def cancelled() -> None:
                finish(None, RuntimeError(self.tr("Cancelled.")))
                self._after_change("")  # the run's own rollback may still be under way

            self.strip.sig_cancelled.connect(cancelled)
            on_step = self._bridge.reporter(dialog, step)
            started = self.jobs.run(
                self.tr("Creating tenant {0}…").format(spec.namespace),
                self._service.blueprint(spec, on_step),
                done,
            )
            if not started:
                finish(None, RuntimeError(self.tr("Another operation is still running.")))

        dialog.sig_run_requested.connect(run)
        dialog.open()
        self.blueprint_dialog = dialog

    def _open_in(self, page: str) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.sig_open_namespace.emit(page, entry.path)

    @Slot(float)
    def measure_load(self, window_s: float) -> None:
        """Count requests per namespace on every node over ``window_s`` seconds."""
        known = list(self.model.index_data.entries)
        job: JobHandle | None = None

        def done(ranking: namespace_load.LoadRanking | None, error: BaseException | None) -> None:
            if error is not None or ranking is None:
                failure = error or RuntimeError()
                if job is not None:
                    job.failed(sentence_of(failure), notify=False)  # the page says it
                self._fail(self.tr("Measuring load failed"), failure)
                return
            if job is not None:
                busy = len(ranking.rows)
                job.done(
                    self.tr("1 namespace had requests.")
                    if busy == 1
                    else self.tr("{0} namespaces had requests.").format(busy),
                    notify=False,
                )
            self.load_view.show_ranking(ranking)

        label = self.tr("Counting requests for {0:.0f} s…").format(window_s)
        if not self.jobs.run(label, self._service.measure_load(known, window_s), done):
            return
        # The jobs panel lists the measurement too; cancelling there cancels it here.
        job = start_job(
            jobs_of(self._bridge),
            self,
            self.tr("Load measurement ({0:.0f} s)").format(window_s),
            self._context.profile.name,
            self._cancel_measurement,
            status=label,
            expected_s=window_s,
        )
        self._measurement = job

    def _cancel_measurement(self) -> None:
        """Cancel the load measurement (from the jobs panel or the page's Cancel)."""
        job, self._measurement = self._measurement, None
        if job is None or not job.running:
            return
        self.jobs.cancel()
        job.cancelled(self.tr("Cancelled."))

    def attach(self, host: PageHost) -> None:
        self.sig_open_namespace.connect(host.open_namespace)

    def loaded_namespaces(self) -> list[str]:
        return self.model.index_data.natural_order()

    def show_path(self, path: str) -> None:
        """Select ``path`` now if the tree holds it, else as soon as the tree has loaded."""
        if not self.select_path(path):
            self._select_after = path

    def _after_change(self, select: str) -> None:
        """Reload after a change, then select ``select`` when it is there."""
        self._select_after = select
        self.refresh()
