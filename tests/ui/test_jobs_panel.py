"""The jobs panel: its registry and model, staggering as a job the window is not blocked
by, cancelling from the panel, and the quit guard over every running job."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from adminui.core.cluster import ClusterKind
from adminui.core.drill import Fault
from adminui.core.sentence import Sentence
from adminui.monitor.drill_runner import DrillPlan
from adminui.monitor.rotation_service import RotationSet, SetSpec
from adminui.profiles.drill_history import DrillHistory
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.drills import DrillsPage
from adminui.ui.jobs_panel import JobRegistry, JobsModel, JobsPanel, JobState, jobs_of
from adminui.ui.main_window import MainWindow
from adminui.ui.namespaces.page import NamespacesPage
from adminui.ui.rotation import RotationPage
from adminui.ui.rotation import page as rotation_module
from adminui.ui.rotation.dialogs import CreateSetDialog
from adminui.ui.shortcuts import JOBS_PANEL_KEYS
from tests.ui.test_namespace_page import ReplayContext
from tests.ui.test_rotation_page import FakeService

OFFLINE = ("http://127.0.0.1:9",)


@pytest.fixture(autouse=True)
def _quit_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nobody answers would wait for ever: unless a test answers it itself,
    the answer is Yes (a failed test's window closes at teardown with its jobs)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


# ----- the registry and its model ----------------------------------------------------------
def test_the_model_follows_the_registry_by_diffs_and_passes_the_model_tester(
    qtmodeltester: ModelTester,
) -> None:
    clock = Clock()
    registry = JobRegistry(clock)
    model = JobsModel(registry, clock=clock)
    qtmodeltester.check(model)
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))

    cancels: list[str] = []
    first = registry.start("Re-stagger billing", "lab", lambda: cancels.append("first"))
    second = registry.start("Load measurement (30 s)", "lab", None, expected_s=30.0)
    qtmodeltester.check(model)
    assert [model.index(r, JobsModel.TITLE).data() for r in range(2)] == [
        "Re-stagger billing",
        "Load measurement (30 s)",
    ]
    assert model.index(0, JobsModel.PROGRESS).data() == "working…"  # not told yet
    first.report(0.25, "Waiting to rotate billing-2")
    assert changed == [0]
    assert model.index(0, JobsModel.PROGRESS).data() == "25 %"
    assert model.index(0, JobsModel.STATUS).data() == "Waiting to rotate billing-2"
    # A job with only a duration follows the clock.
    clock.now += 15
    assert model.index(1, JobsModel.PROGRESS).data(JobsModel.ProgressRole) == pytest.approx(0.5)
    model.refresh_progress()
    assert changed == [0, 1]

    assert registry.cancel(first.id) and cancels == ["first"]
    assert model.job(0).cancelling and model.index(0, JobsModel.STATUS).data()
    first.cancelled("Stopped.")
    assert model.job(0).state is JobState.CANCELLED
    first.report(0.9, "too late")  # an ended job stays as it ended
    assert model.index(0, JobsModel.STATUS).data() == "Stopped."
    assert not registry.cancel(second.id)  # it has no cancel function
    second.done("3 namespaces had requests.")
    assert model.index(1, JobsModel.PROGRESS).data() == "done"
    qtmodeltester.check(model)

    third = registry.start("Failover drill: kill leader", "core", lambda: None)
    assert registry.clear_finished() == 2
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.job(0).id == third.id
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == registry.job(third.id)
    assert resets == []


def test_each_window_bridge_has_one_registry(bridge: AsyncBridge) -> None:
    assert jobs_of(bridge) is jobs_of(bridge)
    assert jobs_of(bridge) is not jobs_of(QObject())


def test_the_panel_lists_jobs_counts_them_and_cancels_with_a_question_when_harmful(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = JobRegistry()
    panel = JobsPanel(registry)
    qtbot.addWidget(panel)
    assert panel.indicator.isHidden() and not panel.clear_button.isEnabled()
    restored: list[bool] = []
    drill = registry.start(
        "Failover drill: kill leader",
        "lab",
        lambda: restored.append(True),
        cancel_question="Cancel the drill? It restarts the nodes it stopped.",
    )
    stagger = registry.start("Re-stagger billing", "lab", lambda: stagger.cancelled("Stopped."))
    assert panel.indicator.text() == "2 jobs running"
    stagger.report(0.4, "Waiting to rotate billing-2")
    panel.show()
    assert not panel.grab().isNull()  # bars drawn, told and untold
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    button = panel.cancel_button(drill.id)
    assert button is not None and button.accessibleName() == "Cancel Failover drill: kill leader"
    button.click()
    assert asked == ["Cancel the drill? It restarts the nodes it stopped."]
    assert restored == [] and drill.running  # "No": the drill goes on
    answer = QMessageBox.StandardButton.Yes
    button.click()
    assert restored == [True]
    assert drill.running and registry.job(drill.id).cancelling  # type: ignore[union-attr]
    assert not button.isEnabled()  # restoring: one cancel is enough

    stagger_button = panel.cancel_button(stagger.id)
    assert stagger_button is not None
    stagger_button.click()  # cancelling a re-stagger harms nothing: no question
    assert len(asked) == 2 and registry.job(stagger.id).state is JobState.CANCELLED  # type: ignore[union-attr]
    assert panel.cancel_button(stagger.id) is None
    assert panel.indicator.text() == "1 job running"
    drill.cancelled("Aborted; the nodes it stopped were restarted.")
    assert panel.indicator.text() == "2 jobs finished"
    assert panel.clear_button.isEnabled()
    panel.clear_button.click()
    assert panel.model.rowCount() == 0 and panel.indicator.isHidden()


# ----- staggering a rotation set as a job ---------------------------------------------------
class StaggeringService(FakeService):
    """Creates the set at once, then staggers it until released (or cancelled)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = False
        self.stagger_cancelled = False

    async def create_set(self, spec: SetSpec, progress: Any = None) -> RotationSet:
        created = await super().create_set(spec, progress)
        progress(Sentence("Staggering the members"), 0.0)
        step = 0
        try:
            while not self.release:
                step += 1
                progress(
                    Sentence("Waiting to rotate {0} (in {1:.0f} s)", created.members[1].role, 30),
                    min(0.4, step * 0.05),
                )
                await asyncio.sleep(0.02)
        except asyncio.CancelledError:
            self.stagger_cancelled = True
            raise
        progress(Sentence("Staggered"), 1.0)
        return created


def window_with_rotation(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch, service: FakeService
) -> tuple[MainWindow, RotationPage]:
    monkeypatch.setattr(rotation_module, "RotationService", lambda *_a, **_k: service)
    profile = Profile("lab", ClusterKind.OPENBAO, OFFLINE)
    window = MainWindow([ClusterContext(profile, "t")], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    page = window.view("lab").page("rotation")
    assert isinstance(page, RotationPage)
    page.namespace.setCurrentText("team")
    page.refresh()
    qtbot.waitUntil(lambda: page.set_model.rowCount() == 2, timeout=3000)
    return window, page


def create_payments(qtbot: QtBot, page: RotationPage) -> CreateSetDialog:
    page.create_button.click()
    qtbot.waitUntil(lambda: page._create_dialog is not None, timeout=3000)
    dialog = page._create_dialog
    assert isinstance(dialog, CreateSetDialog)
    dialog.name.setText("payments")
    dialog.admin_password.setText("pw")
    dialog.create_button.click()
    return dialog


def closed(dialog: CreateSetDialog) -> bool:
    """The dialog is gone from the screen (closed, perhaps deleted already)."""
    return not isValid(dialog) or not dialog.isVisible()


def test_a_stagger_runs_in_the_panel_while_the_window_stays_usable(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = StaggeringService()
    window, page = window_with_rotation(qtbot, bridge, monkeypatch, service)
    panel = window.jobs_panel
    assert panel.isHidden()
    dialog = create_payments(qtbot, page)
    # Once the set exists the dialog closes: nothing modal stands over the window.
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    assert QApplication.activeModalWidget() is None
    (job,) = panel.registry.running()
    assert (job.title, job.cluster) == ("Create and stagger payments", "lab")
    assert panel.isVisible()  # handed over from the dialog: the panel shows it
    assert panel.indicator.text() == "1 job running"
    row = panel.model.row_of(job.id)
    qtbot.waitUntil(
        lambda: panel.model.index(row, JobsModel.PROGRESS).data() not in ("0 %", "working…"),
        timeout=3000,
    )
    assert "Waiting to rotate payments-2" in panel.model.index(row, JobsModel.STATUS).data()
    qtbot.waitUntil(lambda: page.set_model.row_of("payments") >= 0, timeout=3000)

    # Meanwhile another page works, and so do the fleet and the menus.
    namespaces = window.view("lab").page("namespaces")
    assert isinstance(namespaces, NamespacesPage)
    qtbot.keyClicks(namespaces.filter_edit, "team")
    assert namespaces.filter_edit.text() == "team"
    window.show_fleet()
    assert window.stack.currentWidget() is window.fleet
    assert QApplication.activeModalWidget() is None and panel.registry.running()

    service.release = True
    qtbot.waitUntil(lambda: not panel.registry.running(), timeout=3000)
    ended = panel.registry.job(job.id)
    assert ended is not None and ended.state is JobState.DONE
    note = window.alert_actions.center.note
    assert note.isVisible() and note.title.text() == "Create and stagger payments: done"
    assert panel.indicator.text() == "1 job finished"
    window.close()


def test_a_stagger_is_cancelled_from_the_panel(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = StaggeringService()
    window, page = window_with_rotation(qtbot, bridge, monkeypatch, service)
    dialog = create_payments(qtbot, page)
    qtbot.waitUntil(lambda: closed(dialog), timeout=3000)
    (job,) = window.jobs_panel.registry.running()
    notified: list[object] = []
    window.jobs_panel.sig_job_ended.connect(notified.append)
    qtbot.waitUntil(lambda: page.set_model.row_of("payments") >= 0, timeout=3000)
    page.set_table.selectRow(page.set_model.row_of("payments"))
    qtbot.waitUntil(lambda: not page.stop_button.isHidden(), timeout=3000)
    assert not page.restagger_button.isEnabled()
    button = window.jobs_panel.cancel_button(job.id)
    assert button is not None
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]))
    button.click()
    assert asked == []  # stopping a stagger harms nothing: no question
    qtbot.waitUntil(lambda: service.stagger_cancelled, timeout=3000)
    ended = window.jobs_panel.registry.job(job.id)
    assert ended is not None and ended.state is JobState.CANCELLED
    assert "members rotated so far keep their new passwords" in ended.status
    assert page.stop_button.isHidden()
    assert notified == []  # the user asked for it: no notification
    window.close()


# ----- the quit guard -----------------------------------------------------------------------
def offline_window(qtbot: QtBot, bridge: AsyncBridge) -> MainWindow:
    profile = Profile("lab", ClusterKind.OPENBAO, OFFLINE)
    window = MainWindow([ClusterContext(profile, "t")], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    return window


def test_closing_without_jobs_asks_nothing(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = offline_window(qtbot, bridge)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]))
    done = jobs_of(bridge).start("Re-stagger billing", "lab", lambda: None)
    done.done("Re-staggered.")  # a finished job keeps nothing open
    window.close()
    assert asked == [] and not window.isVisible()


def test_quitting_while_jobs_run_asks_once_listing_them(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = offline_window(qtbot, bridge)
    registry = jobs_of(bridge)
    stagger = registry.start("Re-stagger billing", "lab", lambda: stagger.cancelled("Stopped."))
    measure = registry.start(
        "Load measurement (60 s)", "lab", lambda: measure.cancelled("Cancelled."), expected_s=60
    )
    asked: list[tuple[str, str]] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window.alert_actions.quit()  # File → Quit
    assert len(asked) == 1 and window.isVisible()
    title, text = asked[0]
    assert title == "Quit while jobs are running?"
    assert text.startswith("2 jobs are running:")
    assert "• Re-stagger billing (lab)" in text and "• Load measurement (60 s) (lab)" in text
    assert text.endswith("Quit anyway?")
    assert stagger.running and measure.running  # "No": everything goes on
    assert not window.alert_actions.quitting

    answer = QMessageBox.StandardButton.Yes
    window.close()
    assert len(asked) == 2
    assert registry.job(stagger.id).state is JobState.CANCELLED  # type: ignore[union-attr]
    assert registry.job(measure.id).state is JobState.CANCELLED  # type: ignore[union-attr]
    assert not window.isVisible()


def test_the_jobs_panel_has_a_view_menu_entry_a_free_shortcut_and_a_status_indicator(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    window = offline_window(qtbot, bridge)
    action = window.jobs_action
    assert action.shortcut() == QKeySequence(JOBS_PANEL_KEYS)
    others = [
        a
        for a in window.findChildren(type(action))
        if a is not action and a.shortcut() == QKeySequence(JOBS_PANEL_KEYS)
    ]
    assert others == []  # the keys do nothing else in the window
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    assert action in view_menu.actions()
    panel = window.jobs_panel
    assert not panel.isVisible()
    action.trigger()
    assert panel.isVisible()
    action.trigger()
    assert not panel.isVisible()
    job = jobs_of(bridge).start("Re-stagger billing", "lab", lambda: job.cancelled())
    indicator = panel.indicator
    assert indicator.isVisible() and indicator.text() == "1 job running"
    indicator.click()
    assert panel.isVisible()
    job.cancelled()
    window.close()


# ----- drills and the load measurement report into the panel ---------------------------------
class StubDrill:
    """A drill that has stopped nodes; abort() restores them and ends it."""

    def __init__(self) -> None:
        self.plan = DrillPlan(Fault.KILL_FOLLOWER)
        self.aborted = False

    def abort(self, reason: str = "") -> None:
        self.aborted = True

    async def run(self) -> None:
        while not self.aborted:
            await asyncio.sleep(0.02)
        raise RuntimeError("aborted")


def test_a_drill_is_a_job_whose_cancel_asks_and_restores(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = Profile("core", ClusterKind.OPENBAO, OFFLINE)
    page = DrillsPage(ClusterContext(profile, "t"), bridge, history=DrillHistory(tmp_path))
    qtbot.addWidget(page)
    panel = JobsPanel(jobs_of(bridge))
    qtbot.addWidget(panel)
    drill = StubDrill()
    page.run_drill(drill)  # type: ignore[arg-type]
    (job,) = panel.registry.running()
    assert (job.title, job.cluster) == ("Failover drill: kill follower", "core")
    assert panel.model.index(0, JobsModel.PROGRESS).data() == "working…"
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: next(answers))
    assert not panel.ask_cancel(job.id) and not drill.aborted
    assert panel.ask_cancel(job.id) and drill.aborted
    assert page.status_label.text() == "Aborting: restoring the cluster…"
    qtbot.waitUntil(lambda: not panel.registry.running(), timeout=3000)
    assert panel.registry.job(job.id).state is JobState.CANCELLED  # type: ignore[union-attr]


def test_the_load_measurement_is_a_job_that_follows_the_clock_and_can_be_cancelled(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    page = NamespacesPage(
        ReplayContext(lambda _r: httpx.Response(404, json={"errors": []})), bridge
    )
    qtbot.addWidget(page)
    registry = jobs_of(bridge)
    cancelled: list[bool] = []

    async def measure(_known: list[str], _window_s: float) -> Any:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    page._service.measure_load = measure  # type: ignore[method-assign]
    page.measure_load(30.0)
    (job,) = registry.running()
    assert job.title == "Load measurement (30 s)" and job.expected_s == 30.0
    registry.cancel(job.id)
    qtbot.waitUntil(lambda: cancelled == [True], timeout=3000)
    assert registry.job(job.id).state is JobState.CANCELLED  # type: ignore[union-attr]
    assert not page.jobs.busy

    # The page's own Cancel ends the panel's entry too.
    page.measure_load(10.0)
    second = registry.running()[0]
    page.strip.cancel_button.click()
    assert registry.job(second.id).state is JobState.CANCELLED  # type: ignore[union-attr]
