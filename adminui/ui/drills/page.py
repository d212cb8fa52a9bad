"""The Drills page: step-down with a live timer, the drill wizard, history and reports."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from adminui.core.cluster import ClusterKind
from adminui.core.drill import Fault
from adminui.core.drill_preflight import Preflight
from adminui.core.drill_report import DrillReport, clock, figures, format_seconds, verdict
from adminui.monitor.drill_faults import FaultInjector, can_inject
from adminui.monitor.drill_runner import DrillPlan, DrillProgress, DrillRunner
from adminui.monitor.stepdown import StepDownResult, check_step_down, run_step_down
from adminui.profiles.drill_history import DrillHistory
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_page import PageDefaults
from adminui.ui.context import ClusterContext
from adminui.ui.drills.chart import render_timeline
from adminui.ui.drills.dialogs import ConfirmDialog, DrillSetupDialog, faults_for
from adminui.ui.drills.export import export_json, export_markdown, export_pdf, report_document
from adminui.ui.drills.history_model import DrillHistoryModel
from adminui.ui.errors import sentence_of
from adminui.ui.i18n import QT_TRANSLATE_NOOP, fill, say
from adminui.ui.jobs_panel import JobHandle, jobs_of, start_job
from adminui.ui.overview.snapshot_first import SnapshotFirstBox
from adminui.ui.page_header import EmptyState, ListOrEmpty, PageHeader
from adminui.ui.policies.capability_gate import CapabilityGate

_INJECTORS: dict[str, FaultInjector] = {}

# For lupdate: the fault names (adminui.core.drill.Fault, as "kill leader") and the
# drill phases (adminui.monitor.drill_runner) shown through ``self.tr``.
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("DrillsPage", "step down"),
    QT_TRANSLATE_NOOP("DrillsPage", "kill leader"),
    QT_TRANSLATE_NOOP("DrillsPage", "kill follower"),
    QT_TRANSLATE_NOOP("DrillsPage", "kill two"),
    QT_TRANSLATE_NOOP("DrillsPage", "idle"),
    QT_TRANSLATE_NOOP("DrillsPage", "preflight"),
    QT_TRANSLATE_NOOP("DrillsPage", "setup"),
    QT_TRANSLATE_NOOP("DrillsPage", "steady state"),
    QT_TRANSLATE_NOOP("DrillsPage", "fault"),
    QT_TRANSLATE_NOOP("DrillsPage", "recovery"),
    QT_TRANSLATE_NOOP("DrillsPage", "trailing"),
    QT_TRANSLATE_NOOP("DrillsPage", "restoring"),
)


def register_fault_injector(profile_name: str, injector: FaultInjector) -> None:
    """Offer lab faults for the cluster named ``profile_name`` (lab profiles only)."""
    _INJECTORS[profile_name] = injector


def unregister_fault_injector(profile_name: str) -> None:
    _INJECTORS.pop(profile_name, None)


def fault_injector_for(profile_name: str) -> FaultInjector | None:
    return _INJECTORS.get(profile_name)


class DrillsPage(QWidget, PageDefaults):
    """Step-down, failover drills and their reports for one cluster."""

    #: A running drill's progress, as the page shows it (DrillProgress; GUI thread).
    sig_progress = Signal(object)
    #: A drill finished and its report was saved (DrillReport).
    sig_drill_finished = Signal(object)
    #: A step-down finished (StepDownResult).
    sig_step_down_finished = Signal(object)

    def __init__(
        self,
        context: ClusterContext,
        bridge: AsyncBridge,
        parent: QWidget | None = None,
        *,
        fault_injector: Mapping[str, Any] | None = None,
        history: DrillHistory | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.bridge = bridge
        self.injector: FaultInjector | None = (
            fault_injector
            or fault_injector_for(context.profile.name)
            or (
                context.lab_hooks.fault_injector_for(context.profile) if context.lab_hooks else None
            )
        )
        self.history = history or DrillHistory()
        self.runner: DrillRunner | None = None
        #: A drill was started and has not ended (also while it restores what it broke).
        self._drill_running = False
        #: The running drill's entry in the jobs panel (None when no drill runs).
        self.job: JobHandle | None = None
        self._aborting = False
        self.report: DrillReport | None = None
        self._fault_at: float | None = None
        self._timing = QElapsedTimer()
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(50)
        self._live_timer.timeout.connect(self._tick_timer)
        self._replay_timer = QTimer(self)
        self._replay_timer.setInterval(50)
        self._replay_timer.timeout.connect(self._replay_step)
        self._live_partial: list[DrillProgress] = []
        self._dialog: QWidget | None = None
        #: The last confirmation's "Save a Raft snapshot first" (None before the first).
        self.snapshot_first: SnapshotFirstBox | None = None
        self.gate: CapabilityGate | None = None
        self._is_busy = False
        self._build()
        self._gate_actions()

    # ----- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        is_bao = self.context.kind is ClusterKind.OPENBAO
        self.header = PageHeader(self.tr("Drills — {0}").format(self.context.profile.name))
        self.step_down_button = QPushButton(self.tr("Step down the active node…"))
        self.step_down_button.setVisible(is_bao)
        self.step_down_button.clicked.connect(self.start_step_down)
        self.drill_button = QPushButton(self.tr("New failover drill…"))
        self.drill_button.clicked.connect(self.start_drill_wizard)
        self.abort_button = QPushButton(self.tr("Abort and restore"))
        self.abort_button.setEnabled(False)
        self.abort_button.clicked.connect(self.abort)
        self.timer_label = QLabel(self.tr("No drill running."))
        self.timer_label.setAccessibleName(self.tr("Drill timer"))
        font = self.timer_label.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        if is_bao:
            self.header.add_secondary(self.step_down_button)
        self.header.add_secondary(self.abort_button)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the list of past drills again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header.set_refresh(self.refresh_button)
        self.header.set_primary(self.drill_button)
        if self.context.read_only:
            self.step_down_button.setEnabled(False)
            self.drill_button.setEnabled(False)
            self.status_label.setText(
                self.tr("This profile is read-only: step-down and drills are disabled.")
            )
        elif not is_bao and not can_inject(self.injector):
            self.drill_button.setEnabled(False)
            self.status_label.setText(
                self.tr(
                    "KUMA Core has no step-down operation; drills that stop nodes are "
                    "offered for the local lab only."
                )
            )

        self.live_log = QPlainTextEdit()
        self.live_log.setReadOnly(True)
        self.live_log.setMaximumBlockCount(2000)
        self.live_log.setAccessibleName(self.tr("Drill events"))

        self.history_model = DrillHistoryModel(self)
        self.history_view = QListView()
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Past drills"))
        self.history_view.selectionModel().currentChanged.connect(self._on_history_selected)

        self.chart = QLabel()
        self.chart.setMinimumHeight(220)
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.replay_slider = QSlider(Qt.Orientation.Horizontal)
        self.replay_slider.setRange(0, 1000)
        self.replay_slider.setEnabled(False)
        self.replay_slider.valueChanged.connect(self._on_replay)
        self.replay_button = QPushButton(self.tr("Replay"))
        self.replay_button.setEnabled(False)
        self.replay_button.clicked.connect(self.replay)
        self.replay_label = QLabel("")
        self.viewer = QTextBrowser()
        self.viewer.setAccessibleName(self.tr("Drill report"))
        self.export_buttons = []
        exports = QHBoxLayout()
        for text, handler in (
            (self.tr("Export Markdown…"), self._export_markdown),
            (self.tr("Export JSON…"), self._export_json),
            (self.tr("Export PDF…"), self._export_pdf),
        ):
            button = QPushButton(text)
            button.setEnabled(False)
            button.clicked.connect(handler)
            exports.addWidget(button)
            self.export_buttons.append(button)
        exports.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Past drills")))
        self.history_empty = EmptyState(
            self.tr("No drill has been run on this cluster from this console yet."),
            self.tr("New failover drill…"),
            self.drill_button,
            self.context.read_only,
        )
        self.history_stack = ListOrEmpty(
            self.history_view, self.history_empty, lambda: self.history_model.rowCount() == 0
        )
        left_layout.addWidget(self.history_stack, 2)
        left_layout.addWidget(QLabel(self.tr("Live events")))
        left_layout.addWidget(self.live_log, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart)
        replay_row = QHBoxLayout()
        replay_row.addWidget(self.replay_button)
        replay_row.addWidget(self.replay_slider, 1)
        replay_row.addWidget(self.replay_label)
        right_layout.addLayout(replay_row)
        right_layout.addWidget(self.viewer, 1)
        right_layout.addLayout(exports)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 700])

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

    # ----- history --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list of past drills of this cluster (local files, no network)."""
        self.history_model.set_summaries(self.history.summaries(self.context.profile.name))
        self.history_stack.set_loaded(True)

    def _on_history_selected(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            return
        summary = self.history_model.summary(current.row())
        try:
            self.show_report(self.history.load(summary.id))
        except (KeyError, OSError, ValueError) as exc:
            self.status_label.setText(self.tr("The drill could not be opened: {0}").format(exc))

    def show_report(self, report: DrillReport) -> None:
        """Show ``report`` in the viewer, with its chart and the replay at the end."""
        self.report = report
        self.viewer.setDocument(report_document(report, say=say))
        self._draw_chart(None)
        for button in self.export_buttons:
            button.setEnabled(True)
        self.replay_slider.setEnabled(bool(report.observations))
        self.replay_button.setEnabled(bool(report.observations))
        self.replay_slider.blockSignals(True)
        self.replay_slider.setValue(1000)
        self.replay_slider.blockSignals(False)
        self.replay_label.setText("")

    def _draw_chart(self, cursor: float | None) -> None:
        if self.report is None:
            return
        width = max(600, self.chart.width())
        self.chart.setPixmap(QPixmap.fromImage(render_timeline(self.report, width, 240, cursor)))

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_chart(None)  # the chart is a picture: paint it again in the new theme
        super().changeEvent(event)

    # ----- replay ---------------------------------------------------------------------------
    def replay(self) -> None:
        """Play the timeline from the start (about 10 s, whatever the drill's length)."""
        if self.report is None or not self.report.observations:
            return
        self.replay_slider.setValue(0)
        self._replay_timer.start()

    def _replay_step(self) -> None:
        value = self.replay_slider.value() + 5
        if value >= 1000:
            self._replay_timer.stop()
            value = 1000
        self.replay_slider.setValue(value)

    def replay_time(self) -> float | None:
        """The moment the replay slider points at."""
        if self.report is None or not self.report.observations:
            return None
        from adminui.ui.drills.chart import time_range

        t0, t1 = time_range(self.report)
        return t0 + (t1 - t0) * self.replay_slider.value() / 1000

    def _on_replay(self, _value: int) -> None:
        at = self.replay_time()
        if at is None or self.report is None:
            return
        self._draw_chart(at)
        state = max(
            (o for o in self.report.observations if o.at <= at), key=lambda o: o.at, default=None
        )
        origin = self.report.fault_at
        since = fill(self.tr("{0:+.2f} s"), at - origin) if origin is not None else clock(at)
        if state is None:
            self.replay_label.setText(since)
            return
        leader = state.leader or self.tr("no leader")
        self.replay_label.setText(
            self.tr("{0} · leader {1} · {2} of {3} serving").format(
                since, leader, state.serving, state.total
            )
        )

    # ----- step-down ------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self._is_busy = busy
        for button in (self.step_down_button, self.drill_button):
            allowed = self.gate is None or self.gate.reason(button) is None
            button.setEnabled(not busy and not self.context.read_only and allowed)

    def _gate_actions(self) -> None:
        """OpenBao/Vault: step-down needs sys/step-down; a drill writes its probes in a
        scratch namespace. Buttons the token may not use are disabled with the reason."""
        if self.context.kind is not ClusterKind.OPENBAO or self.context.read_only:
            return
        self.gate = CapabilityGate(self.context, self.bridge, "", self)
        self.gate.add(
            self.step_down_button, lambda: "sys/step-down", {"update", "sudo"}, writes=True
        )
        self.gate.add(
            self.drill_button, lambda: "sys/namespaces/*", {"create", "update"}, writes=True
        )
        self.gate.sig_updated.connect(lambda: self._busy(self._is_busy))
        self.gate.refresh()

    def start_step_down(self) -> None:
        """Run the preflight, then ask for the typed confirmation (F15)."""
        self._busy(True)
        self.status_label.setText(self.tr("Checking the cluster before the step-down…"))
        self.bridge.submit(check_step_down(self.context), self._on_step_down_checked, owner=self)

    def _on_step_down_checked(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self._busy(False)
            self.status_label.setText(
                self.tr("The preflight could not run: {0}").format(_say(error))
            )
            return
        checks, leader = result
        dialog = ConfirmDialog(
            self.tr("Step down the active node"),
            self.tr(
                "The active node {0} of {1} will give up leadership; another voter takes "
                "over. Clients see a short interruption."
            ).format(leader or self.tr("(none)"), self.context.profile.name),
            self.context.profile.name,
            leader,
            checks,
            self,
            self._snapshot_box(),
        )
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._after_snapshot("step-down", self._run_step_down))
        dialog.rejected.connect(lambda: self._cancelled())
        dialog.open()

    def _snapshot_box(self) -> SnapshotFirstBox:
        """The confirmation's "Save a Raft snapshot first" (kept to be read on accept)."""
        self.snapshot_first = SnapshotFirstBox(self.context, self.bridge)
        return self.snapshot_first

    def _after_snapshot(self, what: str, go: Callable[[], None]) -> None:
        """Save the snapshot asked for in the confirmation, then ``go()``."""
        box = self.snapshot_first
        if box is None or not box.wanted:
            go()
            return
        self.status_label.setText(self.tr("Saving a Raft snapshot first…"))

        def failed(error: BaseException) -> None:
            self._busy(False)
            self.status_label.setText(
                self.tr("No snapshot was saved, so nothing was changed: {0}").format(_say(error))
            )

        box.then(what, go, failed, owner=self)

    def _cancelled(self) -> None:
        self._busy(False)
        self.status_label.setText(self.tr("Cancelled: nothing was changed."))

    def _run_step_down(self) -> None:
        self._start_timer(self.tr("Step-down"))
        self.bridge.submit(
            run_step_down(self.context),
            self._on_step_down_done,
            owner=self,
            cancel_with_owner=False,
        )

    def _on_step_down_done(self, result: Any, error: BaseException | None) -> None:
        self._live_timer.stop()
        self._busy(False)
        if error is not None:
            self.timer_label.setText(self.tr("Step-down failed"))
            self.status_label.setText(self.tr("The step-down failed: {0}").format(_say(error)))
            return
        assert isinstance(result, StepDownResult)
        if result.elapsed_s is not None:
            self.timer_label.setText(self.tr("{0}").format(say(format_seconds(result.elapsed_s))))
        self.status_label.setText(say(result.text))
        self.live_log.appendPlainText(f"{clock(time.time())}  {say(result.text)}")
        self.sig_step_down_finished.emit(result)

    # ----- drills ---------------------------------------------------------------------------
    def start_drill_wizard(self) -> None:
        """Choose the fault and objective, then preflight and typed confirmation (F16)."""
        lab = can_inject(self.injector)
        dialog = DrillSetupDialog(
            faults_for(self.context.kind is ClusterKind.OPENBAO, lab), lab, self
        )
        self._dialog = dialog
        dialog.accepted.connect(
            lambda: self.prepare_drill(
                DrillPlan(
                    dialog.chosen_fault(),
                    objective_s=dialog.objective.value(),
                    hypothesis=dialog.hypothesis.toPlainText().strip(),
                )
            )
        )
        dialog.open()

    def prepare_drill(self, plan: DrillPlan) -> DrillRunner:
        """Create the runner and run its preflight; the confirmation dialog follows."""
        self._busy(True)
        runner = DrillRunner(
            self.context,
            plan,
            fault_injector=self.injector,
            on_progress=self.bridge.reporter(self, self._on_progress),
        )
        self.runner = runner
        self.status_label.setText(self.tr("Checking the cluster before the drill…"))
        self.bridge.submit(
            runner.preflight(), lambda r, e: self._on_drill_checked(runner, r, e), owner=self
        )
        return runner

    def _on_drill_checked(
        self, runner: DrillRunner, checks: Any, error: BaseException | None
    ) -> None:
        if error is not None:
            self._busy(False)
            self.status_label.setText(
                self.tr("The preflight could not run: {0}").format(_say(error))
            )
            return
        assert isinstance(checks, Preflight)
        leader = runner.leader_label
        dialog = ConfirmDialog(
            self.tr("Run a failover drill"),
            self.tr("Drill on {0}: {1}. Objective: recovery within {2}.").format(
                self.context.profile.name,
                self._fault_name(runner),
                say(format_seconds(runner.plan.objective_s)),
            ),
            self.context.profile.name,
            leader,
            checks,
            self,
            self._snapshot_box(),
        )
        self._dialog = dialog
        dialog.accepted.connect(
            lambda: self._after_snapshot("drill", lambda: self.run_drill(runner))
        )
        dialog.rejected.connect(lambda: self._cancelled())
        dialog.open()

    def run_drill(self, runner: DrillRunner) -> None:
        """Start ``runner`` (its preflight already confirmed by the user)."""
        self.runner = runner
        self._drill_running = True
        self._busy(True)
        self.abort_button.setEnabled(True)
        self.live_log.clear()
        self._fault_at = None
        self._start_timer(self.tr("Drill"))
        self._aborting = False
        cluster = self.context.profile.name
        self.job = start_job(
            jobs_of(self.bridge),
            self,
            self.tr("Failover drill: {0}").format(self._fault_name(runner)),
            cluster,
            self.abort,
            cancel_question=self.tr(
                "Cancel the drill on {0}? It stops at once and restarts the nodes it stopped "
                "first; its report says it was aborted."
            ).format(cluster),
            status=self.tr("Starting…"),
        )
        self.bridge.submit(runner.run(), self._on_drill_done, owner=self, cancel_with_owner=False)

    def _fault_name(self, runner: DrillRunner) -> str:
        return self.tr(runner.plan.fault.name.replace("_", " ").lower())

    def running_work(self) -> str:
        """What closing the window would stop ('' when no drill runs)."""
        if self.runner is None or not self._drill_running:
            return ""
        return self.tr("a drill on {0} (it may have stopped nodes)").format(
            self.context.profile.name
        )

    def stop_work(self) -> None:
        """Abort the drill; it restores what it broke, then :meth:`running_work` is ''."""
        self.abort()

    def abort(self) -> None:
        """Abort the running drill; it restores what it damaged."""
        if self.runner is not None:
            self._aborting = True
            self.runner.abort()  # "Aborted by the user.", kept translatable in the report
            self.abort_button.setEnabled(False)
            self.status_label.setText(self.tr("Aborting: restoring the cluster…"))
            if self.job is not None:
                self.job.report(None, self.tr("Aborting: restoring the cluster…"))

    def _on_progress(self, progress: DrillProgress) -> None:
        if progress.fault_at is not None and self._fault_at is None:
            self._fault_at = progress.fault_at
            self._timing.restart()
        if progress.event is not None:
            event = progress.event
            self.live_log.appendPlainText(
                f"{clock(event.at)}  [{say(event.label)}] {say(event.text)}"
            )
        if progress.report is None:
            ok, failed = progress.samples
            self.status_label.setText(
                self.tr("Phase: {0} · probes ok {1}, failed {2}").format(
                    self.tr(progress.phase), ok, failed
                )
            )
            if self.job is not None and not self._aborting:
                self.job.set_status(self.status_label.text())
        self.sig_progress.emit(progress)

    def _on_drill_done(self, report: Any, error: BaseException | None) -> None:
        self._drill_running = False
        self._live_timer.stop()
        self._busy(False)
        self.abort_button.setEnabled(False)
        self.runner = None
        job, self.job = self.job, None
        aborted, self._aborting = self._aborting, False
        if error is not None:
            self.status_label.setText(self.tr("The drill failed: {0}").format(_say(error)))
            if job is not None and aborted:
                job.cancelled(self.tr("Aborted."))
            elif job is not None:
                job.failed(self.status_label.text())
            return
        assert isinstance(report, DrillReport)
        try:
            self.history.save(report)
        except OSError as exc:
            self.status_label.setText(self.tr("The report could not be saved: {0}").format(exc))
        judged = verdict(report)
        figs = figures(report)
        self.timer_label.setText(
            self.tr("{0} · recovery {1}").format(
                self.tr("PASS") if judged.passed else self.tr("FAIL"),
                say(format_seconds(figs.recovery_s)),
            )
        )
        self.status_label.setText(" ".join(say(reason) for reason in judged.reasons))
        if job is not None and aborted:
            job.cancelled(self.tr("Aborted; the nodes it stopped were restarted."))
        elif job is not None:
            job.done(
                self.tr("{0} · recovery {1}").format(
                    self.tr("PASS") if judged.passed else self.tr("FAIL"),
                    say(format_seconds(figs.recovery_s)),
                )
            )
        self.refresh()
        self.show_report(report)
        self.sig_drill_finished.emit(report)

    # ----- live timer -----------------------------------------------------------------------
    def _start_timer(self, what: str) -> None:
        self._timer_what = what
        self._timing.start()
        self._live_timer.start()

    def _tick_timer(self) -> None:
        seconds = self._timing.elapsed() / 1000
        self.timer_label.setText(fill(self.tr("{0}: {1:.1f} s"), self._timer_what, seconds))

    # ----- exports --------------------------------------------------------------------------
    def _ask_path(self, title: str, suffix: str, filter_text: str) -> Path | None:
        if self.report is None:
            return None
        default = str(Path.home() / f"drill-{self.report.id}.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, title, default, filter_text)
        return Path(path) if path else None

    def _export(self, writer: Any, path: Path | None) -> None:
        if path is None or self.report is None:
            return
        try:
            writer(self.report, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("{0} could not be written: {1}").format(path, exc),
            )
            return
        self.status_label.setText(self.tr("Saved {0}.").format(path))

    def _export_markdown(self) -> None:
        self._export(
            lambda report, path: export_markdown(report, path, say),
            self._ask_path(self.tr("Export Markdown"), "md", "Markdown (*.md)"),
        )

    def _export_json(self) -> None:
        self._export(export_json, self._ask_path(self.tr("Export JSON"), "json", "JSON (*.json)"))

    def export_pdf_report(self) -> None:
        """Export the report shown as PDF; with none shown, the newest past drill's."""
        if self.report is None and self.history_model.rowCount():
            self.history_view.setCurrentIndex(self.history_model.index(0))
        if self.report is None:
            self.status_label.setText(self.tr("No drill report to export yet."))
            return
        self._export_pdf()

    def _export_pdf(self) -> None:
        self._export(
            lambda report, path: export_pdf(report, path, say),
            self._ask_path(self.tr("Export PDF"), "pdf", "PDF (*.pdf)"),
        )


def _say(error: BaseException) -> str:
    return sentence_of(error)


__all__ = ["DrillsPage", "Fault"]
