"""Every fault of the Drills page, run on both lab clusters the way a user runs it.

The page gets the lab's fault injector the way ``adminui --lab`` hands it over (by
profile name). The injector is the real one, wrapped to note what the lab's own status
said right after each kill and restart, and which namespaces the OpenBao cluster held
when the fault was injected. After each drill the lab's status must show every node
running again with one leader, and the namespace tree must hold no drill namespace.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.core.drill import EventKind, Fault
from adminui.core.drill_report import DrillReport, figures
from adminui.lab import Lab
from adminui.lab.profiles import LAB_CORE, LAB_OPENBAO, lab_profiles
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.drill_faults import KILL_NODE, RESTART_NODE, lab_fault_injector
from adminui.monitor.drill_probes import SCRATCH_NAMESPACE_PREFIX
from adminui.monitor.drill_runner import DrillPlan, DrillProgress, DrillRunner
from adminui.profiles.drill_history import DrillHistory
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.drills import DrillsPage, register_fault_injector, unregister_fault_injector
from adminui.ui.drills.dialogs import ConfirmDialog, DrillSetupDialog

pytestmark = [pytest.mark.lab, pytest.mark.slow]
WAIT_MS = 120_000
#: How long a preflight may keep failing on checks that waiting cures.
SETTLE_S = 60.0
#: The lab processes of each cluster, and the roles of a healthy one.
PREFIX = {LAB_OPENBAO: "bao", LAB_CORE: "core"}
SERVING = {LAB_OPENBAO: "standby", LAB_CORE: "follower"}


def namespace_keys(lab: Lab) -> list[str]:
    """Every namespace of the OpenBao cluster (SCAN: the whole tree), as the active node
    holds it. (A standby restarted by a drill may serve a stale namespace list from its
    own cache for a while after a deletion; the drill's report says so, and the cluster's
    truth is the active node's.)"""
    nodes = [lab.bao_leader(), *lab.bao_nodes()]
    for node in nodes:
        try:
            answer = httpx.request(
                "SCAN",
                f"{node.api_url}/v1/sys/namespaces",
                headers={"X-Vault-Token": lab.root_token},
                timeout=5,
            )
        except httpx.HTTPError:
            continue
        if answer.status_code == 404:
            return []
        if answer.status_code == 200:
            return sorted((answer.json().get("data") or {}).get("keys", []))
    raise AssertionError("no OpenBao node listed the namespaces")


def drill_namespaces(keys: list[str]) -> list[str]:
    return [k for k in keys if k.startswith("adminui-drill")]


@dataclass
class Recorder:
    """The lab's real kill/restart, noting what the lab said after each."""

    lab: Lab
    kills: list[tuple[str, str]] = field(default_factory=list)  # (process, state)
    restarts: list[tuple[str, str]] = field(default_factory=list)
    namespaces_at_fault: list[str] | None = None
    before_kill: threading.Event | None = None  # when set: wait for it before killing

    def name_of(self, url: str) -> str:
        names = {n.api_url: n.name for n in self.lab.bao_nodes()}
        names.update({n.rest_url: n.name for n in self.lab.core_nodes()})
        return names[url]

    def injector(self) -> dict[str, object]:
        real = lab_fault_injector(self.lab)

        def kill(url: str) -> None:
            if self.before_kill is not None:
                assert self.before_kill.wait(60), "the test never let the kill go ahead"
            if self.namespaces_at_fault is None and url in {
                n.api_url for n in self.lab.bao_nodes()
            }:
                self.namespaces_at_fault = namespace_keys(self.lab)
            real[KILL_NODE](url)
            name = self.name_of(url)
            self.kills.append((name, self.lab.status().by_name(name).state))

        def restart(url: str) -> None:
            real[RESTART_NODE](url)
            name = self.name_of(url)
            self.restarts.append((name, self.lab.status().by_name(name).state))

        return {KILL_NODE: kill, RESTART_NODE: restart}


def processes(lab: Lab, cluster: str) -> dict[str, tuple[str, str]]:
    """(state, role) of each process of ``cluster``, from the lab's status."""
    return {
        p.name: (p.state, p.role)
        for p in lab.status().processes
        if p.name.startswith(PREFIX[cluster])
    }


def leader_name(lab: Lab, cluster: str) -> str:
    leaders = [n for n, (_s, role) in processes(lab, cluster).items() if role == "leader"]
    assert len(leaders) == 1, processes(lab, cluster)
    return leaders[0]


def url_of(lab: Lab, name: str) -> str:
    for node in lab.bao_nodes():
        if node.name == name:
            return node.api_url
    return next(n.rest_url for n in lab.core_nodes() if n.name == name)


def assert_restored(lab: Lab, cluster: str) -> None:
    """Every node of ``cluster`` runs again; one leads, the others serve it."""
    lab.wait_healthy()
    found = processes(lab, cluster)
    assert all(state == "running" for state, _role in found.values()), found
    roles = sorted(role for _state, role in found.values())
    assert roles == sorted(["leader", SERVING[cluster], SERVING[cluster]]), found


def lab_page(
    qtbot: QtBot, bridge: AsyncBridge, lab: Lab, cluster: str, recorder: Recorder, tmp: Path
) -> DrillsPage:
    profile, token = next((p, t) for p, t in lab_profiles(lab) if p.name == cluster)
    register_fault_injector(profile.name, recorder.injector())  # as `adminui --lab` does
    try:
        page = DrillsPage(ClusterContext(profile, token), bridge, history=DrillHistory(tmp))
    finally:
        unregister_fault_injector(profile.name)
    qtbot.addWidget(page)
    return page


def start_drill(qtbot: QtBot, page: DrillsPage, fault: Fault) -> ConfirmDialog:
    """New failover drill… → pick ``fault`` → Run preflight → the confirmation, typed.

    Right after the previous drill a voter may still count as lagging; as a user would,
    cancel such a preflight and run it again (only for checks that waiting cures)."""
    deadline = time.monotonic() + SETTLE_S
    while True:
        qtbot.mouseClick(page.drill_button, Qt.MouseButton.LeftButton)
        setup = page._dialog
        assert isinstance(setup, DrillSetupDialog)
        setup.fault.setCurrentIndex(setup.fault.findData(str(fault)))
        ok = setup.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(page._dialog, ConfirmDialog), timeout=WAIT_MS)
        confirm = page._dialog
        assert isinstance(confirm, ConfirmDialog)
        failures = [c.detail for c in confirm.checks.failures]
        if confirm.checks.passed:
            break
        assert confirm.checks.may_settle and time.monotonic() < deadline, failures
        cancel = confirm.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.drill_button.isEnabled)
        qtbot.wait(500)
    qtbot.keyClicks(confirm.input, confirm.phrase)
    return confirm


def run_drill(qtbot: QtBot, page: DrillsPage, fault: Fault) -> DrillReport:
    confirm = start_drill(qtbot, page, fault)
    with qtbot.waitSignal(page.sig_drill_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert isinstance(report, DrillReport)
    assert report.fault is fault
    assert report.error == "" and not report.aborted, (report.error, report.abort_reason)
    return report


CASES = [
    (cluster, fault)
    for cluster in (LAB_OPENBAO, LAB_CORE)
    for fault in (Fault.KILL_LEADER, Fault.KILL_FOLLOWER, Fault.KILL_TWO)
]


@pytest.mark.parametrize(("cluster", "fault"), CASES)
def test_each_kill_fault_is_done_to_the_lab_and_undone(
    qtbot: QtBot, bridge: AsyncBridge, healed_lab: Lab, tmp_path: Path, cluster: str, fault: Fault
) -> None:
    lab = healed_lab
    lab.wait_healthy()
    leader = leader_name(lab, cluster)
    recorder = Recorder(lab)
    page = lab_page(qtbot, bridge, lab, cluster, recorder, tmp_path)
    report = run_drill(qtbot, page, fault)

    killed = [name for name, _state in recorder.kills]
    assert all(state == "dead" for _name, state in recorder.kills), recorder.kills
    assert report.old_leader == url_of(lab, leader)
    if fault is Fault.KILL_LEADER:
        assert killed == [leader]
        new = figures(report).new_leader
        assert new and new != report.old_leader
    elif fault is Fault.KILL_FOLLOWER:
        assert len(killed) == 1 and killed[0] != leader
    else:
        assert len(killed) == 2 and killed[0] == leader
        assert any(e.kind is EventKind.SAFETY and "Quorum lost" in e.text for e in report.events)
    # What was killed was started again, in the same order.
    assert [name for name, _state in recorder.restarts] == killed
    assert all(state == "running" for _name, state in recorder.restarts), recorder.restarts
    assert_restored(lab, cluster)
    assert all(c.ok for c in report.post_checks if c.blocking), report.post_checks
    if cluster == LAB_OPENBAO:
        # During the drill: one scratch namespace named after it; afterwards: none.
        assert drill_namespaces(recorder.namespaces_at_fault or []) == [
            f"{SCRATCH_NAMESPACE_PREFIX}{report.id}/"
        ]
        assert drill_namespaces(namespace_keys(lab)) == []


def test_step_down_drill_moves_the_lab_leader_and_leaves_no_namespace(
    qtbot: QtBot, bridge: AsyncBridge, healed_lab: Lab, tmp_path: Path
) -> None:
    lab = healed_lab
    lab.wait_healthy()
    leader = leader_name(lab, LAB_OPENBAO)
    recorder = Recorder(lab)
    page = lab_page(qtbot, bridge, lab, LAB_OPENBAO, recorder, tmp_path)
    report = run_drill(qtbot, page, Fault.STEP_DOWN)
    assert report.outcome == "moved", report.outcome_text
    # The confirmation's "Save a Raft snapshot first" was ticked: one was saved before.
    assert page.snapshot_first is not None and page.snapshot_first.saved is not None
    assert "before-drill" in page.snapshot_first.saved.path
    assert recorder.kills == [] and recorder.restarts == []
    assert leader_name(lab, LAB_OPENBAO) != leader
    assert url_of(lab, leader_name(lab, LAB_OPENBAO)) == figures(report).new_leader
    assert_restored(lab, LAB_OPENBAO)
    assert drill_namespaces(namespace_keys(lab)) == []


def test_core_lab_offers_no_step_down(
    qtbot: QtBot, bridge: AsyncBridge, healed_lab: Lab, tmp_path: Path
) -> None:
    page = lab_page(qtbot, bridge, healed_lab, LAB_CORE, Recorder(healed_lab), tmp_path)
    qtbot.mouseClick(page.drill_button, Qt.MouseButton.LeftButton)
    setup = page._dialog
    assert isinstance(setup, DrillSetupDialog)
    offered = [setup.fault.itemData(i) for i in range(setup.fault.count())]
    assert offered == [Fault.KILL_LEADER, Fault.KILL_FOLLOWER, Fault.KILL_TWO]
    setup.reject()


def test_abort_and_restore_on_the_page_restarts_the_killed_core_node(
    qtbot: QtBot, bridge: AsyncBridge, healed_lab: Lab, tmp_path: Path
) -> None:
    lab = healed_lab
    lab.wait_healthy()
    recorder = Recorder(lab, before_kill=threading.Event())
    page = lab_page(qtbot, bridge, lab, LAB_CORE, recorder, tmp_path)

    def on_progress(progress: DrillProgress) -> None:
        # The user presses Abort as the fault begins; the kill waits for that press, so
        # the drill is aborted with the follower down, whatever the machine's speed.
        if progress.phase == "fault" and page.abort_button.isEnabled():
            qtbot.mouseClick(page.abort_button, Qt.MouseButton.LeftButton)
            assert recorder.before_kill is not None
            recorder.before_kill.set()

    page.sig_progress.connect(on_progress)
    confirm = start_drill(qtbot, page, Fault.KILL_FOLLOWER)
    with qtbot.waitSignal(page.sig_drill_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert isinstance(report, DrillReport) and report.aborted
    assert len(recorder.kills) == 1 and recorder.kills[0][1] == "dead"
    assert recorder.restarts == [(recorder.kills[0][0], "running")]
    assert_restored(lab, LAB_CORE)


def test_a_cancelled_drill_restarts_what_it_killed(healed_lab: Lab) -> None:
    """The console closing mid-drill cancels the drill's task: the node comes back."""
    lab = healed_lab
    lab.wait_healthy()
    profile, token = next((p, t) for p, t in lab_profiles(lab) if p.name == LAB_CORE)
    recorder = Recorder(lab)
    assert isinstance(profile, Profile) and profile.kind is ClusterKind.CORE
    runner = DrillRunner(
        ClusterConnection(profile, token),
        DrillPlan(Fault.KILL_FOLLOWER, hold_s=60),
        fault_injector=recorder.injector(),
    )

    async def main() -> None:
        task = asyncio.create_task(runner.run())
        while not recorder.kills:
            assert not task.done(), "the drill ended before its fault"
            await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert recorder.restarts == [(recorder.kills[0][0], "running")]
    assert_restored(lab, LAB_CORE)
