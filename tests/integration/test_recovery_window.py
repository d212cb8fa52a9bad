"""The lost-quorum recovery plan through the window (F28), on a 3-node cluster the lab
did not start: opened while healthy it says no recovery is needed and remembers the Raft
configuration; with the leader and a standby killed it names the survivor and its
peers.json; the plan followed (stop, write peers.json, start, unseal) brings the cluster
back active with the data written before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.core.recovery_plan import RecoveryPlan
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.overview.recovery_dialog import RecoveryDialog
from tests.integration._bao_cluster import BaoCluster, bao_cluster
from tests.secret_scan import register

pytestmark = [pytest.mark.lab, pytest.mark.slow]
WAIT_MS = 60_000


@pytest.fixture
def own_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BaoCluster]:
    with bao_cluster(tmp_path_factory.mktemp("recovery"), size=3) as cluster:
        register(cluster.root_token, cluster.unseal_key)
        yield cluster


def on(cluster: BaoCluster, index: int, method: str, path: str, body: Any = None) -> Any:
    response = httpx.request(
        method,
        f"{cluster.urls[index]}/v1/{path}",
        json=body,
        headers={"X-Vault-Token": cluster.root_token},
        timeout=10,
    )
    response.raise_for_status()
    return response.json() if response.content else None


def voters(cluster: BaoCluster) -> list[bool]:
    config = on(cluster, cluster.leader_index(), "GET", "sys/storage/raft/configuration")
    return [s["voter"] for s in config["data"]["config"]["servers"]]


def plan_after(qtbot: QtBot, dialog: RecoveryDialog, click: bool) -> RecoveryPlan:
    with qtbot.waitSignal(dialog.sig_plan, timeout=WAIT_MS) as made:
        if click:
            qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    plan = made.args[0]
    assert isinstance(plan, RecoveryPlan)
    return plan


def test_the_plan_for_two_lost_voters_followed_brings_the_data_back(
    qtbot: QtBot, bridge: AsyncBridge, own_cluster: BaoCluster, tmp_path: Path
) -> None:
    cluster = own_cluster
    qtbot.waitUntil(lambda: voters(cluster) == [True] * 3, timeout=WAIT_MS)
    leader = cluster.leader_index()
    on(cluster, leader, "POST", "sys/mounts/kv", {"type": "kv", "options": {"version": "2"}})
    on(cluster, leader, "POST", "kv/data/app", {"data": {"value": "before the loss"}})

    profile = Profile("recovery-own", ClusterKind.OPENBAO, tuple(cluster.urls))
    view = ClusterView(ClusterContext(profile, cluster.root_token), bridge)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.overview.recovery_button, Qt.MouseButton.LeftButton)
    dialog = view.recovery_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    healthy = dialog.plan
    assert healthy is not None
    assert not healthy.needed and "no recovery is needed" in healthy.why
    assert len(healthy.candidates) == 3
    assert not dialog.peers_json.isVisible()

    # The leader and one standby die: the survivor is a standby that cannot lead.
    survivor = next(i for i in range(3) if i != leader)
    for index in range(3):
        if index != survivor:
            cluster.kill(index)
    plan = plan_after(qtbot, dialog, click=True)
    assert plan.needed, plan.why
    assert plan.keep is not None and plan.keep.server.node_id == f"node{survivor + 1}"
    assert plan.keep.answers and "1 of 3 voters answer and 2 are needed" in plan.why
    peers = json.loads(dialog.peers_json.toPlainText())
    assert peers == [
        {
            "id": f"node{survivor + 1}",
            "address": plan.keep.server.cluster_address,
            "non_voter": False,
        }
    ]
    assert dialog.peers_json.isVisible() and "raft/peers.json" in dialog.steps.text()
    saved = tmp_path / "peers.json"
    dialog.choose_save_path = lambda: str(saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_text() == plan.peers_json

    # The plan, followed: stop the survivor, write peers.json, start it, unseal it.
    cluster.stop(survivor)
    (cluster.node_dir(survivor) / "raft" / "raft" / "peers.json").write_text(plan.peers_json)
    cluster.start(survivor)
    httpx.put(
        f"{cluster.urls[survivor]}/v1/sys/unseal", json={"key": cluster.unseal_key}, timeout=10
    ).raise_for_status()
    qtbot.waitUntil(lambda: cluster.role(survivor) == "active", timeout=WAIT_MS)
    value = on(cluster, survivor, "GET", "kv/data/app")["data"]["data"]["value"]
    assert value == "before the loss"
    assert not (cluster.node_dir(survivor) / "raft" / "raft" / "peers.json").exists()
    back = plan_after(qtbot, dialog, click=True)
    assert not back.needed and "1 of 1 voters answer" in back.why
    dialog.reject()
