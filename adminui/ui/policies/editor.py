"""One policy open for editing: lint as you type, autosaved drafts, a guarded save."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from adminui.api.errors import BadRequest
from adminui.api.vault_models import Ack, Policy
from adminui.core.policy_diff import MergeResult, merge3, same_policy, unified_diff
from adminui.core.policy_lint import LintIssue, Severity, lint, server_error_position
from adminui.monitor.policy_service import PolicyMoved, PolicyService
from adminui.profiles.policy_drafts import DraftStore, PolicyHistory, PolicyKey
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say
from adminui.ui.policies.background_lint import BackgroundLint
from adminui.ui.policies.code_editor import CodeEditor
from adminui.ui.policies.dialogs import ConflictDialog, HistoryDialog, SaveDiffDialog
from adminui.ui.policies.error_banner import MessageBanner
from adminui.ui.policies.record_model import Column, RecordTableModel
from adminui.ui.shortcuts import give_shortcut
from adminui.ui.theme import set_tone

LINT_DELAY_MS = 300


# For lupdate: the lint levels (adminui.core.policy_lint.Severity) shown through ``self.tr``.
_LEVELS = (QT_TRANSLATE_NOOP("PolicyEditor", "error"), QT_TRANSLATE_NOOP("PolicyEditor", "warning"))
NEW_POLICY_TEMPLATE = 'path "secret/data/*" {\n  capabilities = ["read"]\n}\n'

#: (name, server text, editor text) -> save?
ConfirmSave = Callable[[str, str, str], bool]
#: (name, base, editor text, server text) -> merged text to put in the editor, or None.
ResolveConflict = Callable[[str, str, str, str], str | None]


class PolicyEditor(QWidget):
    """Edits one policy; never loses typed text (drafts are written as you type)."""

    #: A policy was loaded into the editor: its name.
    sig_loaded = Signal(str)
    #: The server accepted a save: the policy's name.
    sig_saved = Signal(str)
    #: A save was refused because the server's text changed: the unified diff.
    sig_conflict = Signal(str)
    #: A save or load failed: the error.
    sig_failed = Signal(object)

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        drafts: DraftStore | None = None,
        history: PolicyHistory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._service = PolicyService(context.vault)
        self._bridge = bridge
        self.drafts = drafts or DraftStore()
        self.history = history or PolicyHistory()
        self.namespace = ""
        self.name = ""
        self.base: str | None = None  # the server's text when opened (None: nothing open)
        self.saving = False
        self._denied: str | None = None
        self.confirm_save: ConfirmSave = self._ask_save
        self.resolve_conflict: ResolveConflict = self._ask_merge

        self.title = QLabel(self.tr("No policy open"))
        self.title.setStyleSheet("font-weight:600; font-size:12pt;")
        self.state = QLabel()
        set_tone(self.state, "muted")
        self.banner = MessageBanner()
        self.draft_banner = MessageBanner()
        self.editor = CodeEditor()
        self.editor.setAccessibleName(self.tr("Policy text"))
        self.editor.setEnabled(False)
        self.lint_model: RecordTableModel[LintIssue] = RecordTableModel(
            [
                Column(self.tr("Line"), lambda i: f"{i.line}:{i.column}"),
                Column(self.tr("Level"), lambda i: self.tr(i.severity.value)),
                Column(self.tr("Finding"), lambda i: say(i.message), lambda i: say(i.message)),
            ],
            key=lambda i: (i.line, i.column, i.message),
            parent=self,
        )
        self.lint_view = QTableView()
        self.lint_view.setModel(self.lint_model)
        self.lint_view.setAccessibleName(self.tr("Lint findings"))
        self.lint_view.verticalHeader().setVisible(False)
        self.lint_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.lint_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lint_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.lint_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.lint_view.activated.connect(self._jump_to_issue)
        self.lint_view.clicked.connect(self._jump_to_issue)

        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Show the changes against the server, then save"))
        give_shortcut(self.save_button, QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Versions saved from this console"))
        self.history_button.clicked.connect(self.show_history)
        self.revert_button = QPushButton(self.tr("Revert to server"))
        self.revert_button.setToolTip(self.tr("Drop the local draft and reload the server text"))
        self.revert_button.clicked.connect(self.revert)

        self._lint_timer = QTimer(self)
        self._lint_timer.setSingleShot(True)
        self._lint_timer.setInterval(LINT_DELAY_MS)
        self._background = BackgroundLint(lambda text: lint(text), self)
        self._background.sig_linted.connect(self._show_issues)
        self._lint_timer.timeout.connect(self._lint_in_background)
        self.editor.textChanged.connect(self._on_text_changed)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state, 1)
        head.addWidget(self.revert_button)
        head.addWidget(self.history_button)
        head.addWidget(self.save_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.editor)
        split.addWidget(self.lint_view)
        split.setSizes([420, 120])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.draft_banner)
        layout.addWidget(split, 1)
        self._update_buttons()

    # -- state -----------------------------------------------------------------------
    @property
    def key(self) -> PolicyKey:
        return PolicyKey(self._context.profile.name, self.namespace, self.name)

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def is_modified(self) -> bool:
        return self.base is not None and not same_policy(self.base, self.text)

    def _update_buttons(self) -> None:
        open_ = self.base is not None
        read_only = self._context.read_only
        denied = self.tr("read-only profile") if read_only else self._denied
        self.save_button.setEnabled(open_ and not self.saving and denied is None)
        self.save_button.setToolTip(
            self.tr("Show the changes against the server, then save")
            if denied is None
            else self.tr("Disabled:") + " " + denied
        )
        self.history_button.setEnabled(open_ and bool(self.history.entries(self.key)))
        self.revert_button.setEnabled(open_ and self.is_modified())
        self.editor.setReadOnly(read_only)
        if not open_:
            self.state.setText("")
        elif self.saving:
            self.state.setText(self.tr("saving…"))
        elif self.is_modified():
            self.state.setText(self.tr("modified — draft kept locally"))
        else:
            self.state.setText(self.tr("same as the server"))

    # -- open ------------------------------------------------------------------------
    def open_policy(self, namespace: str, name: str) -> None:
        """Load ``name`` from ``namespace`` (the draft, if one exists, is restored)."""
        self.namespace, self.name = namespace.strip("/"), name
        self.base = None
        self.banner.hide()
        self.draft_banner.hide()
        self.title.setText(name)
        self.state.setText(self.tr("loading…"))
        self.editor.setEnabled(False)
        key = self.key

        def done(result: Policy | None, error: BaseException | None) -> None:
            if key != self.key:
                return  # another policy was opened meanwhile
            if error is not None:
                self.banner.show_error(error, self.tr("The policy could not be loaded."))
                self.sig_failed.emit(error)
                self._load("", restore_draft=True, loaded=False)
                return
            self._load(result.policy if result is not None else "", restore_draft=True)
            self.sig_loaded.emit(name)

        self._bridge.submit(self._service.read(namespace, name), done, owner=self, key="read")

    def new_policy(self, namespace: str, name: str, text: str = NEW_POLICY_TEMPLATE) -> None:
        """Start a policy that does not exist on the server yet."""
        self.namespace, self.name = namespace.strip("/"), name
        self.title.setText(name)
        self.banner.hide()
        self.draft_banner.hide()
        self._load("", restore_draft=True)
        if self.text == "":
            self.editor.setPlainText(text)
            self.check_now()  # an empty text is an error: do not leave that one shown

    def _load(self, server_text: str, *, restore_draft: bool, loaded: bool = True) -> None:
        draft = self.drafts.load(self.key) if restore_draft else None
        self.base = server_text
        self.editor.setEnabled(True)
        if draft is not None and not same_policy(draft.text, server_text):
            self.base = draft.base  # a server change since the draft shows up at save
            self.editor.setPlainText(draft.text)
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(draft.saved_at))
            note = self.tr("Restored your unsaved draft from {when}.").replace("{when}", when)
            if loaded and not same_policy(draft.base, server_text):
                note += " " + self.tr(
                    "The server's policy changed since; saving will show both versions."
                )
            self.draft_banner.show_message(note, "info")
        else:
            self.editor.setPlainText(server_text)
        self.editor.clear_marks()
        self.check_now()
        self._update_buttons()

    # -- typing ----------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self.base is None:
            return
        self.editor.clear_marks()
        self._lint_timer.start()
        self._update_buttons()

    def _lint_in_background(self) -> None:
        """After a pause in typing: lint off the GUI thread, then show the findings."""
        if self.base is None:
            return
        self._store_draft()  # the draft does not wait for the lint
        self._background.start(self.text)

    def check_now(self) -> list[LintIssue]:
        """Lint the text and write (or drop) the draft now; returns the findings."""
        self._lint_timer.stop()
        self._background.overtake()
        issues = lint(self.text) if self.base is not None else []
        self._show_issues(issues)
        self._store_draft()
        return issues

    def _show_issues(self, issues: list[LintIssue]) -> None:
        self.editor.set_issues(issues)
        self.lint_model.set_records(issues)
        self._fit_lint_columns()

    def _fit_lint_columns(self) -> None:
        # The header's own resize to contents waits for a later layout pass, and a
        # finding shown before it ran stayed clipped ("4:…", "wa…"): fit them now.
        for column in (0, 1):
            self.lint_view.resizeColumnToContents(column)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._fit_lint_columns()  # "warning" is longer in some languages

    def _store_draft(self) -> None:
        if self.base is None or not self.name:
            return
        try:
            if self.is_modified():
                self.drafts.save(self.key, self.text, self.base)
            else:
                self.drafts.discard(self.key)
        except OSError as exc:
            self.banner.show_error(exc, self.tr("The local draft could not be written."))

    def _jump_to_issue(self, index: QModelIndex) -> None:
        issue = self.lint_model.record(index.row())
        self.editor.go_to(issue.line, issue.column)

    # -- save ------------------------------------------------------------------------
    def save(self) -> None:
        """Compare with the server; refuse on a concurrent change, else confirm and write."""
        if self.base is None or self.saving:
            return
        self.check_now()  # the draft is on disk before anything is sent
        self.saving = True
        self.banner.hide()
        self._update_buttons()
        self._bridge.submit(
            self._service.text(self.namespace, self.name), self._compare, owner=self, key="read"
        )

    def _compare(self, server: str | None, error: BaseException | None) -> None:
        if error is not None or server is None:
            self._failed(error or RuntimeError("no answer"))
            return
        base, mine = self.base or "", self.text
        if same_policy(server, mine) and server:
            # Also the case when an earlier save reached the server but its answer was
            # lost (a reset connection): that is not a conflict.
            self.saving = False
            self.base = server
            self.drafts.discard(self.key)
            self.banner.show_message(self.tr("Nothing to save: the server has this text."))
            self._update_buttons()
            self.sig_saved.emit(self.name)  # what the user wrote is on the server
            return
        if not same_policy(server, base):
            self._refuse_moved(base, mine, server)
            return
        if not self.confirm_save(self.name, server, mine):
            self.saving = False
            self._update_buttons()
            return
        self._write(mine, server)

    def _refuse_moved(self, base: str, mine: str, server: str) -> None:
        """The server's text is no longer the one the user started from: keep the
        draft, say so, and offer the three-way merge."""
        self.saving = False
        self._update_buttons()
        self.banner.show_message(
            self.tr(
                "Not saved: the policy changed on the server since you opened it. "
                "Your text is kept as a draft."
            ),
            "warning",
            unified_diff(base, server, "opened", "server now"),
        )
        self.sig_conflict.emit(unified_diff(server, mine, "server", "editor"))
        merged = self.resolve_conflict(self.name, base, mine, server)
        if merged is not None:
            self.base = server
            self.editor.setPlainText(merged)
            self.check_now()

    def _write(self, mine: str, shown: str) -> None:
        """Write ``mine`` unless the server's text moved away from ``shown`` (what the
        confirmed diff was against) while the dialog was open: it is read again right
        before the write, since OpenBao has no check-and-set for policies."""

        def done(ack: Ack | None, error: BaseException | None) -> None:
            if isinstance(error, PolicyMoved):
                self._refuse_moved(self.base or "", mine, error.server)
                return
            if error is not None:
                self._failed(error)
                return
            self.saving = False
            self.base = mine
            self.history.record(self.key, mine, ack.node if ack else "")
            self.drafts.discard(self.key)
            self.draft_banner.hide()
            self.banner.show_note(self.tr("Saved."))
            self._update_buttons()
            self.sig_saved.emit(self.name)

        save = self._service.save(self.namespace, self.name, mine, shown)
        self._bridge.submit(save, done, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.check_now()  # keep the draft
        prefix = self.tr("Not saved; your text is kept as a draft.")
        self.banner.show_error(error, prefix)
        if isinstance(error, BadRequest):
            position = server_error_position(error.server_message)
            if position is not None:
                self.editor.mark_line(position[0], error.server_message)
                self.editor.go_to(*position)
        self._update_buttons()
        self.sig_failed.emit(error)

    def _ask_save(self, name: str, server: str, mine: str) -> bool:
        problems = [i for i in lint(mine) if i.severity is Severity.ERROR]
        dialog = SaveDiffDialog(name, server, mine, self, problems)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
        if problems:
            issue = dialog.chosen_problem or problems[0]
            self.editor.go_to(issue.line, issue.column)
            self.editor.setFocus()
        return False

    def _ask_merge(self, name: str, base: str, mine: str, server: str) -> str | None:
        dialog = ConflictDialog(name, base, mine, server, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.merged.text
        return None

    # -- history and revert ----------------------------------------------------------
    def show_history(self) -> None:
        dialog = HistoryDialog(self.history.entries(self.key), self.text, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_version(dialog.chosen.text)

    def restore_version(self, text: str) -> None:
        """Put an old version in the editor (not saved until Save)."""
        self.editor.setPlainText(text)
        self.check_now()

    def revert(self) -> None:
        """Drop the draft and reload the server's text."""
        self.drafts.discard(self.key)
        self.open_policy(self.namespace, self.name)

    def merge_preview(self, server: str) -> MergeResult:
        """What merging the server's current ``server`` text into the editor gives."""
        return merge3(self.base or "", self.text, server)

    def set_denied_reason(self, reason: str | None) -> None:
        """Disable saving with ``reason`` (from the token's capabilities; None: allowed)."""
        self._denied = reason
        self._update_buttons()

    def has_errors(self) -> bool:
        return any(i.severity is Severity.ERROR for i in self.editor.issues)
