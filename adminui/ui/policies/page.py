"""The policy workbench page: the namespace's policies, an editor, a path tester."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from adminui.api import errors
from adminui.api.vault_models import Ack, KeyList
from adminui.core.names import path_name_problem
from adminui.monitor.policy_service import PolicyService
from adminui.profiles.policy_drafts import DraftStore, PolicyHistory, PolicyKey
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import PageDefaults
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import say
from adminui.ui.page_header import EmptyState, ListOrEmpty, NamespacePicker, PageHeader
from adminui.ui.policies.capability_gate import CapabilityGate
from adminui.ui.policies.editor import PolicyEditor
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.policies.path_tester import PathTester
from adminui.ui.policies.record_model import Column
from adminui.ui.shortcuts import focus_shortcut, give_shortcut
from adminui.ui.table_model import SourceSortingProxy, natural_key
from adminui.ui.table_view import even_rows, fit_columns, sortable
from adminui.ui.theme import set_chip

if TYPE_CHECKING:
    from adminui.ui.sortable_records import SortableRecordModel

#: Policies the server will not let anyone delete.
UNDELETABLE = frozenset({"root", "default"})


@dataclass(frozen=True)
class PolicyRow:
    """A policy in the list, and whether a local draft of it exists."""

    name: str
    has_draft: bool = False


def policy_path(name: str) -> str:
    return f"sys/policies/acl/{name}"


class PoliciesPage(QWidget, PageDefaults):
    """ACL policies of one namespace: search, edit with lint, save with a diff."""

    #: The list of policies was (re)loaded: how many there are.
    sig_listed = Signal(int)
    #: A policy was deleted: its name.
    sig_deleted = Signal(str)

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
        history: PolicyHistory | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._service = PolicyService(context.vault)
        self._bridge = bridge
        self.namespace = ""
        self.drafts = drafts or DraftStore()
        self.confirm_delete: Callable[[str], bool] = self._ask_delete

        self.header = PageHeader()
        #: The title: the page's name and its namespace.
        self.heading = self.header.title
        self.picker = NamespacePicker(context, bridge, self.tr("root namespace"))
        self.picker.sig_chosen.connect(self.set_namespace)
        self.header.set_scope(self.picker, self.tr("Namespace:"))
        self.read_only_label = QLabel(self.tr("Read-only profile: changes are disabled."))
        set_chip(self.read_only_label, "warning")
        self.read_only_label.setVisible(context.read_only)
        self.banner = MessageBanner()

        # Imported here: that module builds on this package's record model.
        from adminui.ui.sortable_records import SortableRecordModel

        self.model: SortableRecordModel[PolicyRow] = SortableRecordModel(
            [
                Column(
                    self.tr("Policy"),
                    lambda r: r.name + ("  ✎" if r.has_draft else ""),
                    lambda r: self.tr("has an unsaved local draft") if r.has_draft else r.name,
                )
            ],
            key=lambda r: r.name,
            parent=self,
            sort_by={0: lambda r: natural_key(r.name)},
        )
        self.proxy = SourceSortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search policies"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_view = QTableView()
        self.list_view.setModel(self.proxy)
        self.list_view.setAccessibleName(self.tr("Policies"))
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        sortable(self.list_view, 0)  # by name, "p2" before "p10"
        fit_columns(self.list_view, stretch=0)
        even_rows(self.list_view)
        self.list_view.selectionModel().currentRowChanged.connect(self._selected)

        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Create a policy in this namespace"))
        give_shortcut(self.new_button, QKeySequence.StandardKey.New)
        focus_shortcut(self, self.search)
        self.new_button.clicked.connect(self.ask_new_policy)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected policy"))
        self.delete_button.clicked.connect(self._delete_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header.add_secondary(self.delete_button, "delete")
        self.header.set_refresh(self.refresh_button)
        self.header.set_primary(self.new_button)
        self.empty = EmptyState("", self.tr("New policy…"), self.new_button, context.read_only)
        self.list_stack = ListOrEmpty(
            self.list_view, self.empty, lambda: self.model.rowCount() == 0
        )

        self.editor = PolicyEditor(context, bridge, self.drafts, history, self)
        self.editor.sig_saved.connect(lambda _name: self.refresh())
        self.tester = PathTester(context, bridge, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Editor"))
        self.tabs.addTab(self.tester, self.tr("What can this token do?"))

        self.gate = CapabilityGate(context, bridge, "", self)
        self.gate.add(self.new_button, lambda: policy_path("*"), {"create"}, writes=True)
        self.gate.add(self.delete_button, self._selected_path, {"delete"}, writes=True)
        self._save_action = QAction(self)
        self.gate.add(self._save_action, self._open_path, {"create", "update"}, writes=True)
        self.gate.sig_updated.connect(self._apply_save_gate)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_stack, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self._show_heading()

    # -- selection -------------------------------------------------------------------
    def selected_name(self) -> str | None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            return None
        row: PolicyRow = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        return row.name

    def _selected_path(self) -> str | None:
        name = self.selected_name()
        if name is None or name in UNDELETABLE:
            return None
        return policy_path(name)

    def _open_path(self) -> str | None:
        return policy_path(self.editor.name) if self.editor.name else None

    def _selected(self) -> None:
        name = self.selected_name()
        if name is not None and name != self.editor.name:
            self.editor.open_policy(self.namespace, name)
        self.gate.refresh()

    def _apply_save_gate(self) -> None:
        reason = self.gate.reason(self._save_action)
        if self.editor.name == "root":
            reason = self.tr("the root policy cannot be changed")
        self.editor.set_denied_reason(None if self._context.read_only else reason)

    def _show_heading(self) -> None:
        where = self.namespace or self.tr("root namespace")
        self.header.set_title(self.tr("ACL policies — {ns}").replace("{ns}", where))
        self.empty.set_sentence(
            self.tr("There are no ACL policies in {ns}.").replace(
                "{ns}", self.namespace or self.tr("the root namespace")
            )
        )

    # -- slots -----------------------------------------------------------------------
    @Slot(str)
    def set_namespace(self, ns: str) -> None:
        """Show the policies of namespace ``ns`` ('' is the root)."""
        self.namespace = ns.strip("/")
        self.picker.set_path(self.namespace)
        self.tester.set_namespace(self.namespace)
        self.gate.set_namespace(self.namespace)
        self._show_heading()
        self.list_stack.set_loaded(False)
        self.model.set_records([])
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload the list of policies (the open policy stays as it is)."""
        namespace = self.namespace
        # What the token may do is asked at once: a token that may not list still sees why
        # New… is disabled.
        self.gate.refresh()
        self.picker.ensure_loaded()

        def done(result: KeyList | None, error: BaseException | None) -> None:
            if namespace != self.namespace:
                return
            if isinstance(error, errors.NotFound) and namespace:
                self.list_stack.set_loaded(False)
                self.banner.show_message(
                    self.tr(
                        "Policies not listed: the namespace {0} no longer exists, or this "
                        "token cannot see it."
                    ).format(namespace),
                    "error",
                    str(error),
                )
                return
            if error is not None or result is None:
                self.list_stack.set_loaded(False)
                self.banner.show_error(error or RuntimeError(), self.tr("Policies not listed."))
                return
            self.banner.hide()
            profile = self._context.profile.name
            rows = [
                PolicyRow(name, self.drafts.load(PolicyKey(profile, namespace, name)) is not None)
                for name in sorted(result.keys)
            ]
            self.model.set_records(rows)
            self.list_stack.set_loaded(True)
            self.sig_listed.emit(len(rows))

        self._bridge.submit(self._service.list(namespace), done, owner=self, key="list")

    def select(self, name: str) -> bool:
        """Select (and open) policy ``name`` if it is listed."""
        row = self.model.row_of(name)
        if row < 0:
            return False
        self.list_view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    # -- create and delete -----------------------------------------------------------
    def ask_new_policy(self) -> None:
        """Ask for the new policy's name until it is one a request path can hold; a
        refused name stays in the field with the reason above it."""
        name, problem = "", ""
        while True:
            label = self.tr("Policy name:")
            if problem:
                reason = self.tr("This name cannot be used: {0}.").format(say(problem))
                label = f"{reason}\n{label}"
            name, ok = QInputDialog.getText(self, self.tr("New policy"), label, text=name)
            name = name.strip()
            if not ok or not name:
                return
            problem = path_name_problem(name)
            if not problem:
                break
        self.create_policy(name)

    def create_policy(self, name: str) -> None:
        """Open a new policy ``name`` in the editor (saved with the editor's Save)."""
        self.list_view.clearSelection()
        self.editor.new_policy(self.namespace, name)
        self.tabs.setCurrentWidget(self.editor)
        self.gate.refresh()

    def _ask_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete policy"),
            self.tr("Delete policy {name} from {ns}? Tokens that carry it lose what it grants.")
            .replace("{name}", name)
            .replace("{ns}", self.namespace or self.tr("the root namespace")),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete_selected(self) -> None:
        name = self.selected_name()
        if name is not None and self.confirm_delete(name):
            self.delete_policy(name)

    def delete_policy(self, name: str) -> None:
        """Delete ``name`` now (no confirmation: callers confirm)."""

        def done(_ack: Ack | None, error: BaseException | None) -> None:
            if error is not None:
                self.banner.show_error(
                    error, self.tr("Policy {name} not deleted.").replace("{name}", name)
                )
                return
            self.sig_deleted.emit(name)
            self.refresh()

        self._bridge.submit(self._service.delete(self.namespace, name), done, owner=self)
