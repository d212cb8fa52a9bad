"""Raft snapshots through the window (F26), on a 3-node cluster the lab did not start:
data written, a snapshot saved, the data changed, the snapshot restored with the typed
confirmation (a fresh snapshot of the present state saved first), the first data back;
and the buttons a limited token or a read-only profile may not use disabled with why."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.profiles.audit_log import AuditLog
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.overview.snapshot_dialog import SnapshotDialog
from tests.integration._bao_cluster import BaoCluster, bao_cluster
from tests.secret_scan import register

pytestmark = [pytest.mark.lab, pytest.mark.slow]
WAIT_MS = 30_000


@pytest.fixture(scope="module")
def own_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BaoCluster]:
    with bao_cluster(tmp_path_factory.mktemp("snapshots"), size=3) as cluster:
        register(cluster.root_token, cluster.unseal_key)
        call(cluster, "POST", "sys/mounts/kv", {"type": "kv", "options": {"version": "2"}})
        yield cluster


def call(cluster: BaoCluster, method: str, path: str, body: Any = None, token: str = "") -> Any:
    leader = cluster.urls[cluster.leader_index()]
    response = httpx.request(
        method,
        f"{leader}/v1/{path}",
        json=body,
        headers={"X-Vault-Token": token or cluster.root_token},
        timeout=10,
    )
    response.raise_for_status()
    return response.json() if response.content else None


def kv_value(cluster: BaoCluster) -> str:
    try:
        return str(call(cluster, "GET", "kv/data/app")["data"]["data"]["value"])
    except httpx.HTTPError:
        return ""


def open_dialog(qtbot: QtBot, view: ClusterView) -> SnapshotDialog:
    """The dialog as the user opens it: the overview's "Snapshots…" button."""
    view.show()
    qtbot.mouseClick(view.overview.snapshot_button, Qt.MouseButton.LeftButton)
    dialog = view.snapshot_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog._rights is not None, timeout=WAIT_MS)
    return dialog


def test_save_change_restore_brings_the_first_data_back(
    qtbot: QtBot, bridge: AsyncBridge, own_cluster: BaoCluster, tmp_path: Path
) -> None:
    call(own_cluster, "POST", "kv/data/app", {"data": {"value": "first"}})
    profile = Profile("snapshots-own", ClusterKind.OPENBAO, tuple(own_cluster.urls))
    view = ClusterView(ClusterContext(profile, own_cluster.root_token), bridge)
    qtbot.addWidget(view)
    assert view.overview.last_snapshot.text() == "No snapshot saved from this console"
    dialog = open_dialog(qtbot, view)
    assert dialog.save_button.isEnabled() and dialog.restore_button.isEnabled()
    saved = tmp_path / "first.snap"
    dialog.choose_save_path = lambda: str(saved)
    with qtbot.waitSignal(dialog.sig_done, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == [True], dialog.banner.text.text()
    [record] = dialog.model.records()
    assert record.path == str(saved) and record.size_bytes == saved.stat().st_size > 0
    assert record.sha256 == hashlib.sha256(saved.read_bytes()).hexdigest()
    assert record.leader == own_cluster.urls[own_cluster.leader_index()]
    assert view.overview.last_snapshot.text() == "Last snapshot 0 minutes ago"
    assert saved.name in dialog.banner.text.text()

    call(own_cluster, "POST", "kv/data/app", {"data": {"value": "second"}})
    assert kv_value(own_cluster) == "second"
    dialog.table.selectRow(0)
    chosen: list[str] = []
    dialog.choose_restore_path = lambda path: chosen.append(path) or path
    # A wrong name restores nothing.
    dialog.confirm_restore = lambda _path: "another-cluster"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "did not match" in dialog.banner.text.text()
    assert kv_value(own_cluster) == "second"
    # The right name: a snapshot of the present state is saved first, then the restore.
    assert chosen == [str(saved)] and dialog.snapshot_first.isChecked()
    dialog.confirm_restore = lambda _path: "snapshots-own"
    with qtbot.waitSignal(dialog.sig_done, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert done.args == [True], dialog.banner.text.text()
    assert "Restored" in dialog.banner.text.text()
    qtbot.waitUntil(lambda: kv_value(own_cluster) == "first", timeout=WAIT_MS)
    before = dialog.snapshot_first.saved
    assert before is not None and "before-restore" in before.path
    assert len(dialog.model.records()) == 2 and Path(before.path).stat().st_size > 0
    assert Path(before.path).stat().st_mode & 0o077 == 0  # only its owner may read it
    # Both saves and the restore are in the audit log.
    lines = [json.loads(line) for line in AuditLog().path.read_text().splitlines()]
    ours = [(e["method"], e["path"]) for e in lines if e.get("profile") == "snapshots-own"]
    assert ours.count(("GET", "sys/storage/raft/snapshot")) == 2
    assert ("POST", "sys/storage/raft/snapshot") in ours
    dialog.reject()


def test_a_token_that_may_only_save_and_a_read_only_profile_cannot_restore(
    qtbot: QtBot, bridge: AsyncBridge, own_cluster: BaoCluster
) -> None:
    policy = 'path "sys/storage/raft/snapshot" { capabilities = ["read"] }'
    call(own_cluster, "PUT", "sys/policies/acl/snapshot-reader", {"policy": policy})
    token = call(
        own_cluster, "POST", "auth/token/create", {"policies": ["snapshot-reader"], "ttl": "10m"}
    )["auth"]["client_token"]
    register(token)
    profile = Profile("snapshots-limited", ClusterKind.OPENBAO, tuple(own_cluster.urls))
    view = ClusterView(ClusterContext(profile, token), bridge)
    qtbot.addWidget(view)
    dialog = open_dialog(qtbot, view)
    assert dialog.save_button.isEnabled()
    assert not dialog.restore_button.isEnabled()
    assert "may not update" in dialog.restore_button.toolTip()
    dialog.reject()

    read_only = Profile(
        "snapshots-ro", ClusterKind.OPENBAO, tuple(own_cluster.urls), read_only=True
    )
    # A second view: the first is kept (dropping it would delete it with its dialog).
    view_ro = ClusterView(ClusterContext(read_only, own_cluster.root_token), bridge)
    qtbot.addWidget(view_ro)
    dialog = open_dialog(qtbot, view_ro)
    assert dialog.save_button.isEnabled()
    assert not dialog.restore_button.isEnabled()
    assert "Read-only" in dialog.restore_button.toolTip()
    dialog.reject()
