"""Raft peers through the window (F27), on a 3-node cluster the lab did not start: the
autopilot settings checked and saved, the leader's removal refused, a demotion's
what-if declined, a dead peer removed after its what-if (an even count: asked twice),
and a new node joined; a read-only profile may change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.core.peer_change import PeerAction, WhatIf
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.overview.peers_dialog import JoinRequest, PeersDialog
from tests.integration._bao_cluster import BaoCluster, bao_cluster
from tests.secret_scan import register

pytestmark = [pytest.mark.lab, pytest.mark.slow]
WAIT_MS = 60_000


@pytest.fixture
def own_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BaoCluster]:
    with bao_cluster(tmp_path_factory.mktemp("peers"), size=3) as cluster:
        register(cluster.root_token, cluster.unseal_key)
        yield cluster


def api(cluster: BaoCluster, method: str, path: str, body: Any = None) -> Any:
    leader = cluster.urls[cluster.leader_index()]
    response = httpx.request(
        method,
        f"{leader}/v1/{path}",
        json=body,
        headers={"X-Vault-Token": cluster.root_token},
        timeout=10,
    )
    response.raise_for_status()
    return response.json() if response.content else None


def servers(cluster: BaoCluster) -> dict[str, bool]:
    """Node id → voter, as the leader's Raft configuration says."""
    config = api(cluster, "GET", "sys/storage/raft/configuration")["data"]["config"]
    return {s["node_id"]: s["voter"] for s in config["servers"]}


def open_dialog(qtbot: QtBot, view: ClusterView) -> PeersDialog:
    view.show()
    qtbot.mouseClick(view.overview.peers_button, Qt.MouseButton.LeftButton)
    dialog = view.peers_dialog
    assert dialog is not None
    qtbot.waitUntil(
        lambda: dialog.membership is not None and dialog.rights is not None, timeout=WAIT_MS
    )
    return dialog


def select(dialog: PeersDialog, node_id: str) -> None:
    dialog.table.selectRow(dialog.model.row_of(node_id))


def test_autopilot_remove_a_dead_peer_and_join_a_new_node_through_the_window(
    qtbot: QtBot, bridge: AsyncBridge, own_cluster: BaoCluster
) -> None:
    cluster = own_cluster
    qtbot.waitUntil(lambda: list(servers(cluster).values()) == [True] * 3, timeout=WAIT_MS)
    profile = Profile("peers-own", ClusterKind.OPENBAO, tuple(cluster.urls))
    view = ClusterView(ClusterContext(profile, cluster.root_token), bridge)
    qtbot.addWidget(view)
    dialog = open_dialog(qtbot, view)
    qtbot.waitUntil(lambda: dialog.autopilot_fields["max_trailing_logs"].text() == "1000")

    # Autopilot: a wrong duration is refused before sending and stays typed.
    threshold = dialog.autopilot_fields["last_contact_threshold"]
    threshold.setText("abc")
    with qtbot.waitSignal(dialog.sig_done, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.save_autopilot_button, Qt.MouseButton.LeftButton)
    assert done.args == [False] and "a duration such as" in dialog.banner.text.text()
    assert threshold.text() == "abc"
    config = api(cluster, "GET", "sys/storage/raft/autopilot/configuration")["data"]
    assert config["last_contact_threshold"] == "10s"
    threshold.setText("5s")
    with qtbot.waitSignal(dialog.sig_done, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.save_autopilot_button, Qt.MouseButton.LeftButton)
    assert done.args == [True], dialog.banner.text.text()
    config = api(cluster, "GET", "sys/storage/raft/autopilot/configuration")["data"]
    assert config["last_contact_threshold"] == "5s"

    shown: list[WhatIf] = []
    leader = next(p for p in dialog.membership.peers if p.leader)  # type: ignore[union-attr]
    select(dialog, leader.node_id)
    dialog.confirm_change = lambda outcome: shown.append(outcome) or True
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "step it down first" in dialog.banner.text.text() and shown == []

    # A demotion's what-if, declined: nothing changes.
    standby = next(p for p in dialog.membership.peers if not p.leader)  # type: ignore[union-attr]
    select(dialog, standby.node_id)
    dialog.confirm_change = lambda outcome: bool(shown.append(outcome))
    qtbot.mouseClick(dialog.demote_button, Qt.MouseButton.LeftButton)
    assert shown[-1].action is PeerAction.DEMOTE
    assert shown[-1].lines[0] == "Voters: 3 → 2" and shown[-1].needs_second_confirmation
    assert "Nothing was changed" in dialog.banner.text.text()
    assert servers(cluster)[standby.node_id] is True

    # A standby dies; once autopilot sees it, it is removed after its what-if.
    dead = int(standby.node_id.removeprefix("node")) - 1
    cluster.kill(dead)

    def seen_dead() -> bool:
        with qtbot.waitSignal(dialog.sig_membership, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        peers = {p.node_id: p for p in dialog.membership.peers}  # type: ignore[union-attr]
        # Only the dead one unhealthy: a busy machine can make a live one miss a contact.
        return [p.healthy for p in peers.values() if p.node_id != standby.node_id] == [
            True,
            True,
        ] and peers[standby.node_id].healthy is False

    qtbot.waitUntil(seen_dead, timeout=WAIT_MS)
    select(dialog, standby.node_id)
    dialog.confirm_change = lambda outcome: shown.append(outcome) or True
    with qtbot.waitSignal(dialog.sig_done, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert done.args == [True], dialog.banner.text.text()
    removal = shown[-1]
    assert (removal.before.voters, removal.before.healthy) == (3, 2)
    assert (removal.after.voters, removal.after.healthy) == (2, 2)
    assert removal.needs_second_confirmation  # two voters: an even count
    assert standby.node_id not in servers(cluster)
    saved = dialog.snapshot_first.saved  # a snapshot was saved before the removal
    assert saved is not None and "before-remove" in saved.path and saved.size_bytes > 0
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)

    # A new node joins through the dialog, then is unsealed and becomes a member.
    new = cluster.start_node()
    qtbot.waitUntil(lambda: cluster.role(new) == "uninitialised", timeout=WAIT_MS)
    leader_url = cluster.urls[cluster.leader_index()]
    dialog.ask_join = lambda: JoinRequest(cluster.urls[new], leader_url)
    with qtbot.waitSignal(dialog.sig_done, timeout=WAIT_MS) as done:
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert done.args == [True], dialog.banner.text.text()
    assert shown[-1].action is PeerAction.JOIN and shown[-1].after.voters == 3
    httpx.put(
        f"{cluster.urls[new]}/v1/sys/unseal", json={"key": cluster.unseal_key}, timeout=10
    ).raise_for_status()
    qtbot.waitUntil(lambda: f"node{new + 1}" in servers(cluster), timeout=WAIT_MS)
    dialog.reject()


def test_a_read_only_profile_may_change_no_peer_nor_autopilot(
    qtbot: QtBot, bridge: AsyncBridge, own_cluster: BaoCluster
) -> None:
    profile = Profile("peers-ro", ClusterKind.OPENBAO, tuple(own_cluster.urls), read_only=True)
    view = ClusterView(ClusterContext(profile, own_cluster.root_token), bridge)
    qtbot.addWidget(view)
    dialog = open_dialog(qtbot, view)
    for button in (
        dialog.remove_button,
        dialog.promote_button,
        dialog.demote_button,
        dialog.join_button,
        dialog.save_autopilot_button,
    ):
        assert not button.isEnabled()
        assert "Read-only" in button.toolTip()
    dialog.reject()
