"""Long work of the whole console in one place: the jobs registry and the jobs panel.

A page that starts long work (staggering a rotation set, a drill, a load measurement)
registers it with the window's :class:`JobRegistry` (``jobs_of(bridge)``) and keeps its
:class:`JobHandle` to report progress and the end. The registry is plain Python: it
holds the jobs and tells its listeners what changed. The :class:`JobsPanel` (a dock at
the bottom of the window) lists the jobs through :class:`JobsModel`, with a progress bar
and a Cancel button per running job; its status-bar indicator says how many run.

Everything here runs on the GUI thread: progress from the loop thread reaches a page
through the bridge's ``reporter`` first.
"""

from __future__ import annotations

import itertools
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from adminui.ui.i18n import QT_TRANSLATE_NOOP
from adminui.ui.shortcuts import JOBS_PANEL_KEYS, with_keys
from adminui.ui.table_model import HeaderedTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class JobState(Enum):
    """Where a job stands."""

    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


#: Each state in a word (translated in the JobsModel context).
STATE_TITLES = {
    JobState.RUNNING: QT_TRANSLATE_NOOP("JobsModel", "running"),
    JobState.DONE: QT_TRANSLATE_NOOP("JobsModel", "done"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobsModel", "failed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("JobsModel", "cancelled"),
}


@dataclass(frozen=True)
class Job:
    """One job as the panel shows it (a new record at each change)."""

    id: int
    title: str
    cluster: str
    started: float
    state: JobState = JobState.RUNNING
    #: Fraction done 0..1; None while it cannot be told (indeterminate).
    progress: float | None = None
    #: What the job is doing now, or how it ended (one sentence, translated).
    status: str = ""
    ended: float | None = None
    #: How long the job is expected to take (s): its progress then follows the clock.
    expected_s: float | None = None
    #: Asked before cancelling ('' cancels at once): cancelling this job does harm.
    cancel_question: str = ""
    #: The job can be cancelled (it has a cancel function).
    cancellable: bool = True
    #: Cancelling was asked for; the job is winding down (e.g. a drill restoring nodes).
    cancelling: bool = False
    #: Show the panel when the job starts (work the user just handed over from a dialog).
    reveal: bool = False
    #: Its end deserves a notification (False: the page that started it already said it).
    notify: bool = True

    @property
    def running(self) -> bool:
        return self.state is JobState.RUNNING

    def shown_progress(self, now: float) -> float | None:
        """The fraction to show at ``now`` (from the clock when only a duration is known)."""
        if self.state is JobState.DONE:
            return 1.0
        if self.progress is not None:
            return min(1.0, max(0.0, self.progress))
        if self.running and self.expected_s:
            return min(0.99, max(0.0, (now - self.started) / self.expected_s))
        return None


#: A registry listener: (what happened: "added", "changed" or "removed"; the job).
Listener = Callable[[str, Job], None]


class JobRegistry:
    """The running and finished jobs of one window, oldest first (no Qt)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._jobs: dict[int, Job] = {}
        self._cancels: dict[int, Callable[[], None]] = {}
        self._ids = itertools.count(1)
        self._listeners: list[Listener] = []

    # ----- listening ------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` at every change; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _tell(self, what: str, job: Job) -> None:
        for listener in list(self._listeners):
            listener(what, job)

    # ----- reading --------------------------------------------------------------------
    def jobs(self) -> list[Job]:
        return list(self._jobs.values())

    def job(self, job_id: int) -> Job | None:
        return self._jobs.get(job_id)

    def running(self) -> list[Job]:
        return [job for job in self._jobs.values() if job.running]

    # ----- changing -------------------------------------------------------------------
    def start(
        self,
        title: str,
        cluster: str = "",
        cancel: Callable[[], None] | None = None,
        *,
        cancel_question: str = "",
        status: str = "",
        expected_s: float | None = None,
        reveal: bool = False,
    ) -> JobHandle:
        """Register a running job. ``cancel`` stops it; it must end the job (through the
        handle) at once or, for work that first repairs what it did, once that is done."""
        job = Job(
            next(self._ids),
            title,
            cluster,
            self._clock(),
            status=status,
            expected_s=expected_s,
            cancel_question=cancel_question,
            cancellable=cancel is not None,
            reveal=reveal,
        )
        self._jobs[job.id] = job
        if cancel is not None:
            self._cancels[job.id] = cancel
        self._tell("added", job)
        return JobHandle(self, job.id)

    def update(self, job_id: int, **changes: Any) -> None:
        """Change a running job (its progress, status…); an ended job stays as it ended."""
        job = self._jobs.get(job_id)
        if job is None or not job.running:
            return
        if "state" in changes and changes["state"] is not JobState.RUNNING:
            changes.setdefault("ended", self._clock())
            self._cancels.pop(job_id, None)
        changed = replace(job, **changes)
        if changed != job:
            self._jobs[job_id] = changed
            self._tell("changed", changed)

    def cancel(self, job_id: int) -> bool:
        """Ask job ``job_id`` to stop (no question here: the panel asks first). False when
        it is not running or cannot be cancelled."""
        job = self._jobs.get(job_id)
        cancel = self._cancels.get(job_id)
        if job is None or not job.running or cancel is None:
            return False
        self.update(job_id, cancelling=True)
        cancel()
        return True

    def cancel_all(self) -> list[Job]:
        """Ask every running job to stop; returns those asked."""
        asked = [job for job in self.running() if job.cancellable]
        for job in asked:
            self.cancel(job.id)
        return asked

    def clear_finished(self) -> int:
        """Forget the jobs that ended; returns how many."""
        ended = [job for job in self._jobs.values() if not job.running]
        for job in ended:
            del self._jobs[job.id]
            self._tell("removed", job)
        return len(ended)


class JobHandle:
    """What the page that started a job holds: report progress, say how it ended.
    Once the job has ended, further calls change nothing."""

    def __init__(self, registry: JobRegistry, job_id: int) -> None:
        self.registry = registry
        self.id = job_id

    @property
    def job(self) -> Job | None:
        return self.registry.job(self.id)

    @property
    def running(self) -> bool:
        job = self.job
        return job is not None and job.running

    def report(self, progress: float | None, status: str | None = None) -> None:
        """The fraction done (None: cannot be told) and, optionally, what it does now."""
        changes: dict[str, Any] = {"progress": progress}
        if status is not None:
            changes["status"] = status
        self.registry.update(self.id, **changes)

    def set_status(self, status: str) -> None:
        self.registry.update(self.id, status=status)

    def done(self, status: str = "", *, notify: bool = True) -> None:
        self._end(JobState.DONE, status, notify)

    def failed(self, status: str, *, notify: bool = True) -> None:
        self._end(JobState.FAILED, status, notify)

    def cancelled(self, status: str = "", *, notify: bool = False) -> None:
        self._end(JobState.CANCELLED, status, notify)

    def _end(self, state: JobState, status: str, notify: bool) -> None:
        job = self.job
        if job is None or not job.running:
            return
        self.registry.update(
            self.id, state=state, status=status or job.status, notify=notify, cancelling=False
        )


_REGISTRIES: weakref.WeakKeyDictionary[object, JobRegistry] = weakref.WeakKeyDictionary()


def jobs_of(bridge: object) -> JobRegistry:
    """The jobs registry of the window that ``bridge`` (its asyncio loop) serves."""
    registry = _REGISTRIES.get(bridge)
    if registry is None:
        registry = _REGISTRIES[bridge] = JobRegistry()
    return registry


def start_job(
    registry: JobRegistry,
    owner: QObject,
    title: str,
    cluster: str = "",
    cancel: Callable[[], None] | None = None,
    **options: Any,
) -> JobHandle:
    """Register a job that belongs to ``owner`` (the widget that started it): when the
    widget goes, the job is ended as cancelled (its answer would never be heard)."""
    handle = registry.start(title, cluster, cancel, **options)
    gone = QApplication.translate("JobsPanel", "Stopped: the page that ran it was closed.")

    def owner_gone(*_args: Any) -> None:
        handle.cancelled(gone)

    owner.destroyed.connect(owner_gone)
    return handle


# ----- the model --------------------------------------------------------------------------
class JobsModel(HeaderedTableModel):
    """The registry's jobs, one per row (oldest first); the :class:`Job` under UserRole.
    Changes arrive as row inserts, removals and ``dataChanged``: never a reset."""

    HEADERS = (
        QT_TRANSLATE_NOOP("JobsModel", "Job"),
        QT_TRANSLATE_NOOP("JobsModel", "Cluster"),
        QT_TRANSLATE_NOOP("JobsModel", "Started"),
        QT_TRANSLATE_NOOP("JobsModel", "Progress"),
        QT_TRANSLATE_NOOP("JobsModel", "Status"),
        QT_TRANSLATE_NOOP("JobsModel", "Cancel"),
    )
    TITLE, CLUSTER, STARTED, PROGRESS, STATUS, CANCEL = range(6)
    #: The fraction to draw in the progress column (None: indeterminate).
    ProgressRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        registry: JobRegistry,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self._clock = clock
        self._rows: list[Job] = registry.jobs()
        self._unsubscribe = registry.subscribe(self._changed)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def job(self, row: int) -> Job:
        return self._rows[row]

    def row_of(self, job_id: int) -> int:
        for row, job in enumerate(self._rows):
            if job.id == job_id:
                return row
        return -1

    def _changed(self, what: str, job: Job) -> None:
        if not isValid(self):
            return
        if what == "added":
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(job)
            self.endInsertRows()
            return
        row = self.row_of(job.id)
        if row < 0:
            return
        if what == "removed":
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        else:
            self._rows[row] = job
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.column_count() - 1))

    def refresh_progress(self) -> None:
        """Redraw the progress of running jobs whose progress follows the clock."""
        for row, job in enumerate(self._rows):
            if job.running and job.progress is None and job.expected_s:
                index = self.index(row, self.PROGRESS)
                self.dataChanged.emit(index, index)

    def progress_text(self, job: Job) -> str:
        fraction = job.shown_progress(self._clock())
        if job.running:
            return f"{fraction * 100:.0f} %" if fraction is not None else self.tr("working…")
        return self.tr(STATE_TITLES[job.state])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        job = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return job
        if role == self.ProgressRole and column == self.PROGRESS:
            return job.shown_progress(self._clock())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TITLE:
                return job.title
            if column == self.CLUSTER:
                return job.cluster
            if column == self.STARTED:
                return time.strftime("%H:%M:%S", time.localtime(job.started))
            if column == self.PROGRESS:
                return self.progress_text(job)
            if column == self.STATUS:
                if job.cancelling and job.running and not job.status:
                    return self.tr("Cancelling…")
                return job.status
            if column == self.CANCEL and role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Cancel {0}").format(job.title) if job.running else None
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.PROGRESS:
            return self.progress_text(job)
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws a running job's progress as a progress bar (busy when it cannot be told)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        job = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(job, Job) or not job.running:
            super().paint(painter, option, index)
            return
        fraction = index.data(JobsModel.ProgressRole)
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect).adjusted(2, 3, -2, -3)
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.minimum = 0
        bar.maximum = 0 if fraction is None else 100
        bar.progress = 0 if fraction is None else int(fraction * 100)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


# ----- the panel --------------------------------------------------------------------------
class JobsPanel(QDockWidget):
    """The jobs of the whole console, at the bottom of the window; its indicator (for the
    status bar) says how many run and shows or hides it."""

    #: A job ended done or failed and asks for a notification (Job).
    sig_job_ended = Signal(object)
    #: How many jobs run changed (count).
    sig_running_changed = Signal(int)

    #: How often progress that follows the clock is redrawn (ms).
    REDRAW_MS = 1000

    def __init__(self, registry: JobRegistry, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Jobs"), parent)
        self.setObjectName("jobsPanel")  # the window saves where its docks are by name
        self.registry = registry
        self.model = JobsModel(registry, self)
        self.table = QTableView()
        self.table.setObjectName("jobsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(JobsModel.PROGRESS, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JobsModel.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(JobsModel.PROGRESS, 160)
        header.setSectionResizeMode(JobsModel.STATUS, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr(
                "No jobs. Long work (staggering a rotation set, a "
                "drill, a load measurement) shows here."
            )
        )
        self.empty_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.clear_button.clicked.connect(self.clear_finished)
        row = QHBoxLayout()
        row.addWidget(self.empty_label, 1)
        row.addWidget(self.clear_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        self.setWidget(body)
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )

        self.indicator = QToolButton()
        self.indicator.setObjectName("jobsIndicator")
        self.indicator.setAutoRaise(True)
        self.indicator.setToolTip(
            with_keys(self.tr("Show or hide the jobs panel"), JOBS_PANEL_KEYS)
        )
        self.indicator.clicked.connect(self.toggle)

        self.toggle_action = self.toggleViewAction()
        self.toggle_action.setText(self.tr("&Jobs"))
        self.toggle_action.setShortcut(QKeySequence(JOBS_PANEL_KEYS))

        self._redraw = QTimer(self)
        self._redraw.setInterval(self.REDRAW_MS)
        self._redraw.timeout.connect(self.model.refresh_progress)
        self._buttons: dict[int, QPushButton] = {}
        self._unsubscribe = registry.subscribe(self._changed)
        unsubscribe = self._unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())
        self._running = -1
        for job in registry.jobs():
            self._changed("added", job)
        self._update()
        self.hide()

    # ----- what the panel shows --------------------------------------------------------
    def _changed(self, what: str, job: Job) -> None:
        if not isValid(self):
            return
        if what == "added":
            if job.running and job.cancellable:
                self._add_cancel_button(job)
            if job.reveal:
                self.show()
        elif not job.running or what == "removed":
            button = self._buttons.pop(job.id, None)
            row = self.model.row_of(job.id)
            if button is not None and row >= 0:
                # The view deletes a widget it is asked to forget.
                index = self.model.index(row, JobsModel.CANCEL)
                self.table.setIndexWidget(index, None)  # type: ignore[arg-type]
            if what == "changed" and job.notify and job.state in (JobState.DONE, JobState.FAILED):
                self.sig_job_ended.emit(job)
        elif job.id in self._buttons:
            self._buttons[job.id].setEnabled(not job.cancelling)
        self._update()

    def _add_cancel_button(self, job: Job) -> None:
        button = QPushButton(self.tr("Cancel"))
        button.setObjectName(f"cancelJob{job.id}")
        button.setAccessibleName(self.tr("Cancel {0}").format(job.title))
        button.clicked.connect(lambda _checked=False, job_id=job.id: self.ask_cancel(job_id))
        self._buttons[job.id] = button
        row = self.model.row_of(job.id)
        self.table.setIndexWidget(self.model.index(row, JobsModel.CANCEL), button)

    def cancel_button(self, job_id: int) -> QPushButton | None:
        """The Cancel button of running job ``job_id`` (None once it ended)."""
        return self._buttons.get(job_id)

    def _update(self) -> None:
        running = self.registry.running()
        count = len(running)
        finished = self.model.rowCount() - count
        if count:
            text = (
                self.tr("%n job running", "", count)
                if count == 1
                else self.tr("%n jobs running", "", count)
            )
        elif finished:
            text = (
                self.tr("%n job finished", "", finished)
                if finished == 1
                else self.tr("%n jobs finished", "", finished)
            )
        else:
            text = ""
        self.indicator.setText(text)
        self.indicator.setVisible(bool(text))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.clear_button.setEnabled(finished > 0)
        follows_clock = any(job.progress is None and job.expected_s for job in running)
        if follows_clock and not self._redraw.isActive():
            self._redraw.start()
        elif not follows_clock:
            self._redraw.stop()
        if count != self._running:
            self._running = count
            self.sig_running_changed.emit(count)

    # ----- what the user does ----------------------------------------------------------
    def toggle(self) -> None:
        """Show the panel, or hide it when it shows."""
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.raise_()
            self.table.setFocus()

    def clear_finished(self) -> None:
        self.registry.clear_finished()

    def ask_cancel(self, job_id: int) -> bool:
        """Cancel job ``job_id``; a job whose cancelling does harm asks first."""
        job = self.registry.job(job_id)
        if job is None or not job.running or job.cancelling:
            return False
        if job.cancel_question:
            answer = QMessageBox.question(
                self, self.tr("Cancel {0}?").format(job.title), job.cancel_question
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.registry.cancel(job_id)

    def quit_question(self) -> str:
        """What the window asks before closing while jobs run ('' when none runs)."""
        running = self.registry.running()
        if not running:
            return ""
        listed = "\n".join(
            "• "
            + (self.tr("{0} ({1})").format(job.title, job.cluster) if job.cluster else job.title)
            for job in running
        )
        count = len(running)
        head = (
            self.tr("%n job is running:", "", count)
            if count == 1
            else self.tr("%n jobs are running:", "", count)
        )
        tail = self.tr(
            "Quitting cancels them: a drill first restarts the nodes it stopped, and the "
            "window closes once it has. Quit anyway?"
        )
        return f"{head}\n{listed}\n\n{tail}"
