"""The rotation-sets page: sets per namespace, a live timeline and the actions on a set.

Every server call goes through the bridge; the page keeps the last status of the selected
set and recomputes the choice and the guarantee locally once a second, asking the
server again every few seconds (and right after any action).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from adminui.core.rotation import assess, with_rotation
from adminui.monitor.rotation_service import (
    MemberCheck,
    RotationService,
    RotationSet,
    RotationSetError,
    SetListing,
    SetStatus,
)
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import PageDefaults
from adminui.ui.context import ClusterContext
from adminui.ui.errors import sentence_of
from adminui.ui.i18n import say
from adminui.ui.jobs_panel import JobHandle, jobs_of, start_job
from adminui.ui.page_header import PageHeader
from adminui.ui.rotation.dialogs import CreateSetDialog, DeleteSetDialog, ErrorBox
from adminui.ui.rotation.format import clock_time, duration
from adminui.ui.rotation.models import MemberTableModel, SetListModel, member_rows
from adminui.ui.rotation.timeline import RotationTimeline
from adminui.ui.shortcuts import give_shortcut

TICK_MS = 1000
POLL_EVERY_S = 5.0
CLIPBOARD_CLEAR_MS = 30_000
REVEAL_HIDE_MS = 30_000
#: What RotationService.create_set reports once the set exists and its stagger begins:
#: from then on the work runs in the jobs panel and the dialog closes.
STAGGER_STARTED = "Staggering the members"

#: A set as the page's long jobs know it: (namespace, name).
SetKey = tuple[str, str]
Report = Callable[[str, float], None]


@dataclass(eq=False)
class _LongJob:
    """A stagger (of a new set) or a re-stagger: it may take a whole period, so it runs
    in the jobs panel while the console stays usable."""

    key: SetKey
    handle: JobHandle
    restagger: bool
    bridge_job: int = 0
    #: The last progress (what happens now, translated; fraction 0..1).
    message: str = ""
    fraction: float = 0.0
    #: The "New rotation set" dialog, while the set is being created (before the stagger).
    dialog: CreateSetDialog | None = None


def key_of(rotation_set: RotationSet) -> SetKey:
    return (rotation_set.namespace, rotation_set.name)


class RotationPage(QWidget, PageDefaults):
    """Rotation sets of one OpenBao cluster (F13)."""

    #: Progress of a long action, from the loop thread: (message, fraction 0..1); the
    #: message is a Sentence (an object, so it reaches the GUI thread whole).

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        parent: QWidget | None = None,
        *,
        service: RotationService | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._bridge = bridge
        self._service = service or RotationService(context.vault)
        self._clock = clock
        self._status: SetStatus | None = None
        self._checks: dict[str, MemberCheck] = {}
        self._polling = False
        self._last_poll = 0.0
        self._busy = False
        self._namespaces_loaded = False
        self._create_dialog: CreateSetDialog | None = None
        #: Staggers and re-staggers running, by set (each also a job in the jobs panel).
        self._long: dict[SetKey, _LongJob] = {}
        self._job_registry = jobs_of(bridge)

        self.set_model = SetListModel(self)
        self.member_model = MemberTableModel(self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._update_actions()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.namespace = QComboBox()
        self.namespace.setEditable(True)
        self.namespace.setMinimumWidth(200)
        editor = self.namespace.lineEdit()
        assert editor is not None  # the combo box is editable
        editor.setPlaceholderText(self.tr("root namespace"))
        self.namespace.setAccessibleName(self.tr("Namespace"))
        self.namespace.addItem("")
        self.namespace.activated.connect(lambda _index: self._load_sets())
        editor.returnPressed.connect(self._load_sets)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.create_button = QPushButton(self.tr("New set…"))
        give_shortcut(self.create_button, QKeySequence.StandardKey.New)
        self.create_button.clicked.connect(self._open_create)
        self.header = PageHeader(self.tr("Rotation sets — {0}").format(self._context.profile.name))
        self.header.set_scope(self.namespace, self.tr("Namespace:"))
        self.header.set_refresh(self.refresh_button)
        self.header.set_primary(self.create_button)

        self.set_table = QTableView()
        self.set_table.setModel(self.set_model)
        self.set_table.setAccessibleName(self.tr("Rotation sets"))
        self._table_defaults(self.set_table)
        self.set_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.set_table.horizontalHeader().setStretchLastSection(False)
        self.set_table.selectionModel().selectionChanged.connect(self._set_selected)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.set_table, 1)
        left_layout.addWidget(self.empty_label)

        self.title = QLabel(self.tr("Choose a rotation set"))
        self.title.setObjectName("rotationTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.health = QLabel()
        self.health.setObjectName("staggerHealth")
        self.health.setWordWrap(True)
        self.timeline = RotationTimeline()
        self.timeline.setMinimumHeight(180)
        self.member_table = QTableView()
        self.member_table.setModel(self.member_model)
        self.member_table.setAccessibleName(self.tr("Members"))
        self._table_defaults(self.member_table)
        self.member_table.setMinimumHeight(150)
        self.member_table.selectionModel().selectionChanged.connect(self._member_selected)

        self.rotate_button = QPushButton(self.tr("Rotate now…"))
        self.rotate_button.clicked.connect(self._rotate_member)
        self.restagger_button = QPushButton(self.tr("Re-stagger…"))
        self.restagger_button.clicked.connect(self._restagger)
        self.stop_button = QPushButton(self.tr("Stop re-staggering"))
        self.stop_button.setToolTip(
            self.tr("Members rotated so far keep their new passwords; re-stagger again later.")
        )
        self.stop_button.clicked.connect(self.stop_restagger)
        self.stop_button.hide()
        self.verify_button = QPushButton(self.tr("Verify logins"))
        self.verify_button.clicked.connect(self._verify)
        self.delete_button = QPushButton(self.tr("Delete set…"))
        self.delete_button.clicked.connect(self._delete)
        actions = QHBoxLayout()
        for button in (self.rotate_button, self.restagger_button, self.verify_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.password = QLineEdit()
        self.password.setReadOnly(True)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("hidden"))
        self.password.setAccessibleName(self.tr("Password of the selected member"))
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._reveal)
        self.copy_button = QPushButton(self.tr("Copy password"))
        self.copy_button.clicked.connect(self._copy)
        secret_row = QHBoxLayout()
        secret_row.addWidget(QLabel(self.tr("Password")))
        secret_row.addWidget(self.password, 1)
        secret_row.addWidget(self.reveal_button)
        secret_row.addWidget(self.copy_button)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(REVEAL_HIDE_MS)
        self._hide_timer.timeout.connect(lambda: self.reveal_button.setChecked(False))

        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(260)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress_label, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.stop_button)
        self._show_idle()
        self.error = ErrorBox()
        self.notice = QLabel()
        self.notice.setObjectName("rotationNotice")
        self.notice.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.health)
        right_layout.addWidget(self.timeline, 3)
        right_layout.addWidget(self.member_table, 1)
        right_layout.addLayout(actions)
        right_layout.addLayout(secret_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addLayout(status_row)

    @staticmethod
    def _table_defaults(table: QTableView) -> None:
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # -- state -----------------------------------------------------------------------

    def current_namespace(self) -> str:
        return self.namespace.currentText().strip().strip("/")

    def selected_set(self) -> RotationSet | None:
        rows = self.set_table.selectionModel().selectedRows()
        return self.set_model.rotation_set(rows[0].row()) if rows else None

    def selected_member(self) -> str | None:
        rows = self.member_table.selectionModel().selectedRows()
        return self.member_model.member_row(rows[0].row()).member.role if rows else None

    def _selected_long(self) -> _LongJob | None:
        """The stagger or re-stagger running for the selected set, if any."""
        rotation_set = self.selected_set()
        return self._long.get(key_of(rotation_set)) if rotation_set is not None else None

    def _update_actions(self) -> None:
        chosen = self.selected_set() is not None
        member = self.selected_member() is not None
        writable = not self._context.read_only
        idle = not self._busy
        long = self._selected_long()
        # The set being (re-)staggered keeps still; the other sets and pages stay usable.
        free = idle and long is None
        self.stop_button.setVisible(long is not None)
        reason = self.tr("This connection is read-only.") if not writable else ""
        for button in (self.create_button, self.rotate_button, self.restagger_button):
            button.setToolTip(reason)
        self.delete_button.setToolTip(reason)
        self.create_button.setEnabled(writable and idle)
        self.rotate_button.setEnabled(writable and free and member and self._status is not None)
        self.restagger_button.setEnabled(writable and free and self._status is not None)
        self.delete_button.setEnabled(writable and free and chosen)
        self.verify_button.setEnabled(idle and chosen)
        self.reveal_button.setEnabled(member)
        self.copy_button.setEnabled(member)

    def _submit(
        self,
        coro: Any,
        done: Callable[[Any], None],
        *,
        quiet: bool = False,
        failed: Callable[[], None] | None = None,
    ) -> int:
        """Run ``coro`` on the loop; ``done(result)`` in the GUI thread, errors shown.
        ``failed`` (default: end the action the page is busy with) runs after an error.
        Returns the bridge's job number."""

        def callback(result: Any, error: BaseException | None) -> None:
            if not isValid(self):
                return
            if error is not None:
                if not quiet:
                    self.error.show_error(error)
                (failed or self._after_error)()
                return
            done(result)

        return self._bridge.submit(coro, callback, owner=self)

    def _after_error(self) -> None:
        self._busy = False
        self._polling = False
        self._show_idle()
        self._update_actions()

    def _begin(self, message: str) -> None:
        self._busy = True
        self.error.clear()
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(message)
        self._update_actions()

    def _end(self, message: str = "") -> None:
        self._busy = False
        self._show_idle()
        self.progress_label.setText(message)
        self._update_actions()

    def _show_idle(self) -> None:
        """No short action runs: the bar shows the selected set's stagger, if one runs."""
        self.progress.setRange(0, 100)
        long = self._selected_long()
        self.progress.setVisible(long is not None)
        if long is not None:
            self.progress.setValue(int(long.fraction * 100))
            if long.message:
                self.progress_label.setText(long.message)

    @Slot(object, float)
    def _show_progress(self, message: str, fraction: float) -> None:
        self.progress.setRange(0, 100)
        self.progress.setVisible(True)
        self.progress.setValue(int(fraction * 100))
        self.progress_label.setText(say(message))

    def _progress_callback(self) -> Callable[[str, float], None]:
        """A progress function the loop thread may call (the bridge's reporter)."""
        relay = self._bridge.reporter(self, lambda value: self._show_progress(*value))

        def report(message: str, fraction: float) -> None:
            relay((message, fraction))

        return report

    # -- loading ---------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the namespaces (once), the sets of the namespace and the selected set."""
        if not self._namespaces_loaded:
            self._submit(self._service.list_namespaces(), self._namespaces_arrived, quiet=True)
        self._load_sets()

    @Slot(str)
    def set_namespace(self, ns: str) -> None:
        """Show the sets of namespace ``ns`` ('' is the root)."""
        self.namespace.setCurrentText(ns.strip("/"))
        self._load_sets()

    def _namespaces_arrived(self, names: list[str]) -> None:
        self._namespaces_loaded = True
        typed = self.namespace.currentText()
        self.namespace.blockSignals(True)
        self.namespace.clear()
        self.namespace.addItems(names)
        self.namespace.setCurrentText(typed)
        self.namespace.blockSignals(False)

    def _load_sets(self) -> None:
        self.error.clear()
        self.progress_label.setText(self.tr("Loading rotation sets…"))
        self._submit(self._service.list_sets(self.current_namespace()), self._sets_arrived)

    def _sets_arrived(self, listing: SetListing) -> None:
        if listing.namespace != self.current_namespace():
            return
        self.progress_label.clear()
        self.set_model.set_sets(listing.sets)
        where = listing.namespace or self.tr("the root namespace")
        self.empty_label.setText(
            self.tr("No rotation sets in {0} yet.").format(where) if not listing.sets else ""
        )
        self.notice.setText(
            self.tr("Records that are not rotation sets: {0}").format(
                "; ".join(say(p) for p in listing.problems)
            )
            if listing.problems
            else ""
        )
        if self.selected_set() is None and listing.sets:
            self.set_table.selectRow(0)
        elif self.selected_set() is not None:
            self._poll()

    def _set_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._status = None
        self._checks = {}
        self.reveal_button.setChecked(False)
        if not self._busy:
            self._show_idle()
        rotation_set = self.selected_set()
        if rotation_set is None:
            self._timer.stop()
            self.title.setText(self.tr("Choose a rotation set"))
            self.health.clear()
            self.member_model.set_rows([])
            self.timeline.clear()
            self._update_actions()
            return
        self.title.setText(
            self.tr("{0}: {1} members, period {2}, staggered {3} apart").format(
                rotation_set.name,
                len(rotation_set.members),
                duration(rotation_set.period),
                duration(rotation_set.offset),
            )
        )
        self.member_model.set_rows(member_rows(rotation_set, None, None))
        self.timeline.clear(self.tr("Reading the members…"))
        self._update_actions()
        self._poll()
        self._timer.start()

    def _member_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.reveal_button.setChecked(False)
        self.password.clear()
        self._update_actions()

    def _poll(self) -> None:
        rotation_set = self.selected_set()
        if rotation_set is None or self._polling:
            return
        self._polling = True
        self._last_poll = self._clock()

        def arrived(status: SetStatus) -> None:
            self._polling = False
            self._status_arrived(status)

        def poll_failed() -> None:
            # A look that failed ends only itself: a re-stagger (or another action)
            # running meanwhile keeps its Stop button and its busy state.
            self._polling = False
            if not self._busy:
                self._show_idle()

        self._submit(self._service.status(rotation_set), arrived, failed=poll_failed)

    def _status_arrived(self, status: SetStatus) -> None:
        current = self.selected_set()
        if current is None or status.rotation_set.name != current.name:
            return
        self._status = status
        self._render()
        self._update_actions()

    @Slot()
    def _tick(self) -> None:
        if self._status is not None:
            self._render()
        due = self._status is not None and any(
            m.is_due(self._clock()) for m in self._status.members
        )
        if self._clock() - self._last_poll >= (1.0 if due else POLL_EVERY_S):
            self._poll()

    def _render(self) -> None:
        status = self._status
        if status is None:
            return
        assessment = status.assess(self._clock())
        rotation_set = status.rotation_set
        self.member_model.set_rows(member_rows(rotation_set, status, assessment, self._checks))
        names = [m.role for m in rotation_set.members]
        self.timeline.show_assessment(assessment, names)
        self.health.setText(self._health_text(status, assessment))

    def _health_text(self, status: SetStatus, assessment: Any) -> str:
        parts = []
        if status.missing:
            parts.append(self.tr("Static roles missing: {0}.").format(", ".join(status.missing)))
        if assessment.stuck:
            parts.append(
                self.tr("Not rotated although due: {0} — check the database connection.").format(
                    ", ".join(assessment.stuck)
                )
            )
        for gap in assessment.broken:
            parts.append(
                self.tr(
                    "{0} and {1} rotate {2} apart instead of {3} ({4} too close): re-stagger."
                ).format(
                    gap.first,
                    gap.second,
                    duration(gap.gap),
                    duration(gap.expected),
                    duration(gap.shortfall),
                )
            )
        if not parts:
            parts.append(self.tr("Stagger is correct."))
        return " ".join(parts)

    # -- actions ---------------------------------------------------------------------

    def new_rotation_set(self) -> None:
        """The "New rotation set" dialog, when this profile may create one."""
        if self.create_button.isEnabled():
            self._open_create()

    def _open_create(self) -> None:
        namespace = self.current_namespace()

        def open_dialog(connections: Any) -> None:
            hooks = self._context.lab_hooks
            lab_login = hooks.postgres_for(self._context.profile) if hooks else None
            dialog = CreateSetDialog(namespace, connections or [], self, lab_login)
            dialog.sig_submitted.connect(self._create)
            dialog.finished.connect(self._create_dialog_closed)
            self._create_dialog = dialog
            dialog.open()

        def arrived(result: Any, error: BaseException | None) -> None:
            if isValid(self):
                open_dialog([] if error is not None else result)

        self._bridge.submit(
            self._service.list_connections(namespace), arrived, owner=self, key="connections"
        )

    def _create_dialog_closed(self, _result: int) -> None:
        if self._create_dialog is not None:
            self._create_dialog.deleteLater()
        self._create_dialog = None

    def _create(self, spec: Any) -> None:
        """Create the set with the dialog open (a failure keeps every field); once the set
        exists the dialog closes and its stagger goes on as a job in the jobs panel."""
        dialog = self._create_dialog
        key = (spec.namespace, spec.name)
        if key in self._long:
            if dialog is not None and isValid(dialog):
                dialog.show_failure(
                    RotationSetError(
                        self.tr("Set {0} is being staggered already.").format(spec.name)
                    )
                )
            return
        long = self._start_long(
            key,
            self.tr("Create and stagger {0}").format(spec.name),
            lambda report: self._service.create_set(spec, report),
            lambda long, result, error: self._created(long, result, error),
            restagger=False,
        )
        long.dialog = dialog

    def _stagger_started(self, long: _LongJob) -> None:
        """The set exists: close its dialog; staggering it goes on in the jobs panel."""
        dialog, long.dialog = long.dialog, None
        if dialog is not None and isValid(dialog):
            dialog.accept()
        namespace, name = long.key
        self.namespace.setCurrentText(namespace)
        if not self._busy:
            self.progress_label.setText(
                self.tr("Created set {0}; it is being staggered (see the jobs panel).").format(name)
            )
        self._load_sets()

    def _created(self, long: _LongJob, result: Any, error: BaseException | None) -> None:
        dialog, long.dialog = long.dialog, None
        name = long.key[1]
        if error is not None:
            if dialog is not None and isValid(dialog) and dialog.isVisible():
                # Nothing was kept: the form still holds what was typed.
                long.handle.failed(sentence_of(error), notify=False)
                dialog.show_failure(error)
                return
            self.error.show_error(error)
            long.handle.failed(
                self.tr("Staggering {0} failed: {1} Re-stagger the set to finish.").format(
                    name, sentence_of(error)
                )
            )
            return
        long.handle.done(self.tr("Created and staggered."))
        if dialog is not None and isValid(dialog):
            dialog.accept()
        self.namespace.setCurrentText(result.namespace)
        if not self._busy:
            self.progress_label.setText(self.tr("Created set {0}.").format(result.name))
        self._load_sets()

    def _start_long(
        self,
        key: SetKey,
        title: str,
        work: Callable[[Report], Coroutine[Any, Any, Any]],
        finished: Callable[[_LongJob, Any, BaseException | None], None],
        *,
        restagger: bool,
    ) -> _LongJob:
        """Run ``work(report)`` as a job of the jobs panel for set ``key``; its progress
        shows there and on this page; ``finished(long, result, error)`` at the end."""
        job: _LongJob | None = None

        def cancel() -> None:
            if job is not None:
                self._stop_long(job)

        handle = start_job(
            self._job_registry,
            self,
            title,
            self._context.profile.name,
            cancel,
            status=self.tr("Starting…"),
            reveal=True,
        )
        job = long = _LongJob(key, handle, restagger)
        self._long[key] = long
        relay = self._bridge.reporter(self, lambda value: self._long_progress(long, *value))

        def report(message: str, fraction: float) -> None:
            relay((message, fraction))

        def callback(result: Any, error: BaseException | None) -> None:
            if not isValid(self):
                return
            if self._long.get(key) is long:
                del self._long[key]
            finished(long, result, error)
            if not self._busy:
                self._show_idle()
            self._update_actions()

        long.bridge_job = self._bridge.submit(work(report), callback, owner=self)
        if not self._busy:
            self._show_idle()
        self._update_actions()
        return long

    def _long_progress(self, long: _LongJob, message: str, fraction: float) -> None:
        if self._long.get(long.key) is not long:
            return  # stopped meanwhile
        if long.dialog is not None:
            if getattr(message, "template", message) == STAGGER_STARTED:
                self._stagger_started(long)
            elif isValid(long.dialog) and long.dialog.isVisible():
                long.dialog.show_progress(message, fraction)
        long.message, long.fraction = say(message), fraction
        long.handle.report(fraction, long.message)
        if not self._busy and self._selected_long() is long:
            self.progress.setRange(0, 100)
            self.progress.setVisible(True)
            self.progress.setValue(int(fraction * 100))
            self.progress_label.setText(long.message)

    def _stop_long(self, long: _LongJob) -> None:
        """Stop a stagger or re-stagger: what was rotated stays rotated."""
        if self._long.get(long.key) is long:
            del self._long[long.key]
        self._bridge.cancel(long.bridge_job)
        dialog, long.dialog = long.dialog, None
        if dialog is not None and isValid(dialog):
            # Stopped while the set was being created: what was made is removed again.
            dialog.set_busy(False)
            long.handle.cancelled(self.tr("Cancelled: the set was not created."))
            self._update_actions()
            return
        text = self.tr(
            "Re-staggering stopped: members rotated so far keep their new passwords; "
            "re-stagger again to finish."
        )
        long.handle.cancelled(text)
        chosen = self.selected_set()
        if chosen is not None and key_of(chosen) == long.key and not self._busy:
            self._show_idle()
            self.progress_label.setText(text)
        self._update_actions()
        self._poll()  # show where the members stand now

    def _rotate_member(self) -> None:
        status, role = self._status, self.selected_member()
        if status is None or role is None:
            return
        now = self._clock()
        before = status.assess(now)
        after = assess(
            with_rotation(status.members, role, now),
            status.rotation_set.period,
            now,
            lag=status.lag,
        )
        text = self.tr(
            "Rotate {0} now? Anyone holding its current password loses access at once.\n\n"
            "Guaranteed remaining lifetime: {1} now, {2} after the rotation."
        ).format(role, duration(before.guarantee), duration(after.guarantee))
        if after.broken:
            text += "\n" + self.tr("The stagger will be broken; re-stagger afterwards.")
        answer = QMessageBox.question(self, self.tr("Rotate member"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._begin(self.tr("Rotating {0}…").format(role))

        def done(new_status: SetStatus) -> None:
            self._end(self.tr("Rotated {0}.").format(role))
            self._checks.pop(role, None)
            self._status_arrived(new_status)

        self._submit(self._service.rotate_member(status.rotation_set, role), done)

    def _restagger(self) -> None:
        status = self._status
        if status is None:
            return
        now = self._clock()
        plan = self._service.plan(status, now)
        if not plan:
            QMessageBox.information(
                self, self.tr("Re-stagger"), self.tr("The members are already staggered.")
            )
            return
        steps = "\n".join(
            self.tr("• rotate {0} at {1}").format(p.member, clock_time(p.at)) for p in plan
        )
        text = self.tr(
            "Re-staggering rotates these members at their slots, over {0}. It runs in the "
            "background (its progress is in the jobs panel); keep the console open until it "
            "ends (it can be run again if interrupted):\n\n{1}"
        ).format(duration(plan[-1].at - now), steps)
        answer = QMessageBox.question(self, self.tr("Re-stagger"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        rotation_set = status.rotation_set
        self.error.clear()
        self.progress_label.setText(self.tr("Re-staggering…"))
        self._start_long(
            key_of(rotation_set),
            self.tr("Re-stagger {0}").format(rotation_set.name),
            lambda report: self._service.restagger(rotation_set, report),
            self._restaggered,
            restagger=True,
        )

    def _restaggered(self, long: _LongJob, result: Any, error: BaseException | None) -> None:
        chosen = self.selected_set()
        shown = chosen is not None and key_of(chosen) == long.key
        if error is not None:
            long.handle.failed(self.tr("Re-staggering failed: {0}").format(sentence_of(error)))
            if shown:
                self.error.show_error(error)
            return
        long.handle.done(self.tr("Re-staggered."))
        if shown and not self._busy:
            self.progress_label.setText(self.tr("Re-staggered."))
        self._status_arrived(result)

    def running_work(self) -> str:
        """What closing the window would stop ('' when no stagger runs)."""
        return "; ".join(
            self.tr("a re-stagger of {0}").format(long.key[1])
            if long.restagger
            else self.tr("the stagger of the new set {0}").format(long.key[1])
            for long in self._long.values()
        )

    def stop_work(self) -> None:
        for long in list(self._long.values()):
            self._stop_long(long)

    def stop_restagger(self) -> None:
        """Stop the selected set's stagger or re-stagger; what was rotated stays rotated."""
        long = self._selected_long()
        if long is not None:
            self._stop_long(long)

    def _verify(self) -> None:
        rotation_set = self.selected_set()
        if rotation_set is None:
            return
        self._begin(self.tr("Logging in to PostgreSQL as each member…"))

        def done(checks: list[MemberCheck]) -> None:
            self._checks = {c.role: c for c in checks}
            failed = [c.role for c in checks if not c.ok]
            self._end(
                self.tr("Every member logs in.")
                if not failed
                else self.tr("Login refused for: {0}.").format(", ".join(failed))
            )
            self._render()

        self._submit(self._service.verify(rotation_set), done)

    def _delete(self) -> None:
        rotation_set = self.selected_set()
        if rotation_set is None:
            return
        dialog = DeleteSetDialog(rotation_set, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        admin = dialog.admin()
        self._begin(self.tr("Deleting {0}…").format(rotation_set.name))

        def done(_report: Any) -> None:
            self._end(self.tr("Deleted set {0}.").format(rotation_set.name))
            self._load_sets()

        def refused() -> None:  # e.g. another console changed the set: show it as it is
            self._after_error()
            self._load_sets()

        self._submit(
            self._service.delete_set(rotation_set, admin, self._progress_callback()),
            done,
            failed=refused,
        )

    # -- secrets ---------------------------------------------------------------------

    def _fetch_password(self, use: Callable[[str], None]) -> None:
        rotation_set, role = self.selected_set(), self.selected_member()
        if rotation_set is None or role is None:
            return

        def arrived(creds: Any) -> None:
            if self.selected_member() == role:
                use(creds.password)

        self._submit(self._service.credentials(rotation_set, role), arrived)

    def _reveal(self, shown: bool) -> None:
        if not shown:
            self._hide_timer.stop()
            self.password.clear()
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.reveal_button.setText(self.tr("Reveal"))
            return

        def show(password: str) -> None:
            if not self.reveal_button.isChecked():
                return
            self.password.setEchoMode(QLineEdit.EchoMode.Normal)
            self.password.setText(password)
            self.reveal_button.setText(self.tr("Hide"))
            self._hide_timer.start()

        self._fetch_password(show)

    def _copy(self) -> None:
        def copy(password: str) -> None:
            clipboard = QGuiApplication.clipboard()
            clipboard.setText(password)
            seconds = CLIPBOARD_CLEAR_MS // 1000
            self.progress_label.setText(
                self.tr("Password copied; the clipboard is cleared in {0} s.").format(seconds)
            )

            def clear() -> None:
                if clipboard.text() == password:
                    clipboard.clear()

            QTimer.singleShot(CLIPBOARD_CLEAR_MS, clipboard, clear)

        self._fetch_password(copy)

    def hideEvent(self, event: Any) -> None:
        self._timer.stop()
        self.reveal_button.setChecked(False)
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.selected_set() is not None:
            self._timer.start()
