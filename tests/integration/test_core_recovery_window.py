"""The KUMA Core recovery plan through the window (F28), on three Core nodes of the
test's own: healthy, no plan; two nodes lost, the survivor is named with KUMA's steps
(raft/.reset, a start without --raft.join); the steps followed, it leads alone with the
data written before."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.core.recovery_plan import RecoveryPlan
from adminui.lab.core_node.launch import reset_marker
from adminui.lab.procs import kill, stop, wait_until
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.overview.recovery_dialog import RecoveryDialog
from tests.integration.test_core_reset import (
    Lab,
    create,
    health,
    resource_ids,
    three_nodes,
    wait_leads_alone,
)
from tests.secret_scan import register

pytestmark = [pytest.mark.lab, pytest.mark.slow]
WAIT_MS = 30_000


@pytest.fixture
def core_lab(tmp_path: Path) -> Iterator[Lab]:
    """Core nodes started by this test, each stopped by its PID at the end."""
    nodes = Lab(tmp_path)
    try:
        yield nodes
    finally:
        nodes.stop_all()


def plan_after_refresh(qtbot: QtBot, dialog: RecoveryDialog) -> RecoveryPlan:
    with qtbot.waitSignal(dialog.sig_plan, timeout=WAIT_MS) as made:
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    plan = made.args[0]
    assert isinstance(plan, RecoveryPlan)
    return plan


def test_the_core_plan_followed_leaves_the_survivor_leading_with_its_data(
    qtbot: QtBot,
    bridge: AsyncBridge,
    core_lab: Lab,
) -> None:
    lab = core_lab
    register(lab.token)
    core1, core2, core3 = three_nodes(lab)
    nodes = [core1, core2, core3]
    assert create(lab, core1, resourceID="res-kept", kind="collector").status_code == 200

    profile = Profile(
        "core-recovery",
        ClusterKind.CORE,
        tuple(n.ports.rest_url for n in nodes),
        health_urls=tuple(n.ports.health_url for n in nodes),
    )
    view = ClusterView(ClusterContext(profile, lab.token), bridge)
    qtbot.addWidget(view)
    view.show()
    assert view.overview.recovery_button.isVisible()
    qtbot.mouseClick(view.overview.recovery_button, Qt.MouseButton.LeftButton)
    dialog = view.recovery_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.plan is not None and not dialog.plan.needed, dialog.plan.why

    for lost in (core2, core3):
        assert lost.record is not None
        kill(lost.record)
    assert wait_until(lambda: (health(core1) or {}).get("has_quorum") is False, timeout=5)
    plan = plan_after_refresh(qtbot, dialog)
    assert plan.needed and "1 of 3 Core nodes answer and 2 are needed" in plan.why
    assert plan.keep is not None and plan.keep.server.api_url == core1.ports.rest_url
    assert "raft/.reset" in plan.steps[0] and "--raft.join" in plan.steps[1]
    assert dialog.steps.isVisible() and not dialog.peers_json.isVisible()

    # The steps, followed: raft/.reset on the node kept, started without --raft.join.
    assert core1.record is not None
    stop(core1.record, sig=signal.SIGTERM, timeout=5)
    marker = reset_marker(core1.directory)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    lab.spawn(core1)
    lab.wait_up(core1)
    wait_leads_alone(core1)
    assert {"res-kept", "res-core3"} <= resource_ids(lab, core1)
    assert not plan_after_refresh(qtbot, dialog).needed
    dialog.reject()
