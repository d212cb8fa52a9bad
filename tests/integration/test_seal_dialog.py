"""Seal and unseal through the window (F25): on a cluster of one's own with 3 key shares
and a threshold of 2, and on the lab with a sealed standby."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, host_port
from adminui.lab import Lab
from adminui.lab.openbao import BaoNode
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.overview.seal_dialog import EVERY_SEALED, SealDialog
from tests.integration._bao_cluster import BaoCluster, bao_cluster
from tests.secret_scan import register

pytestmark = pytest.mark.lab
WAIT_MS = 15_000


@pytest.fixture
def own_cluster(tmp_path: Path) -> Iterator[BaoCluster]:
    """One OpenBao node the lab did not start: 3 key shares, any 2 unseal it."""
    with bao_cluster(tmp_path, size=1, shares=3, threshold=2) as cluster:
        register(cluster.root_token, *cluster.unseal_keys)
        yield cluster


def open_dialog(qtbot: QtBot, view: ClusterView) -> SealDialog:
    """The dialog as the user opens it: the overview's "Seal and unseal…" button."""
    view.show()
    qtbot.mouseClick(view.overview.seal_button, Qt.MouseButton.LeftButton)
    dialog = view.seal_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.statuses) == len(view.context.profile.node_urls))
    return dialog


def states(dialog: SealDialog) -> list[tuple[bool, str]]:
    return [(s.sealed, str(s.progress_text)) for s in dialog.statuses]


def give(qtbot: QtBot, dialog: SealDialog, share: str) -> None:
    """Type a share in the masked field and press Enter (the caller waits for the state
    it expects: a refresh asked for earlier may still report the state before it)."""
    qtbot.waitUntil(dialog.share.isEnabled, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.share, share)
    qtbot.keyClick(dialog.share, Qt.Key.Key_Return)
    assert dialog.share.text() == ""  # the share is not kept in the field


def test_seal_then_unseal_with_two_of_three_shares_on_a_cluster_of_ones_own(
    qtbot: QtBot, bridge: AsyncBridge, own_cluster: BaoCluster
) -> None:
    profile = Profile("own", ClusterKind.OPENBAO, tuple(own_cluster.urls))
    view = ClusterView(ClusterContext(profile, own_cluster.root_token), bridge)
    qtbot.addWidget(view)
    dialog = open_dialog(qtbot, view)
    assert states(dialog) == [(False, "")]
    qtbot.waitUntil(dialog.seal_button.isEnabled, timeout=WAIT_MS)  # the root token may
    # Sealing needs the node's name typed again: a wrong one seals nothing.
    dialog.table.selectRow(0)
    asked: list[str] = []
    dialog.confirm_seal = lambda name: (asked.append(name), "http://elsewhere")[1]
    qtbot.mouseClick(dialog.seal_button, Qt.MouseButton.LeftButton)
    assert "did not match" in dialog.banner.text.text()
    assert own_cluster.role(0) == "active"
    # No look named the node yet: it is called by its host and port.
    assert asked == [host_port(own_cluster.urls[0])]
    dialog.confirm_seal = lambda name: name
    with qtbot.waitSignal(dialog.sig_statuses, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(dialog) == [(True, "0 of 2")], timeout=WAIT_MS)
    assert own_cluster.role(0) == "sealed"
    # One share: progress 1 of 2; reset forgets it; two shares unseal the node.
    give(qtbot, dialog, own_cluster.unseal_keys[0])
    qtbot.waitUntil(lambda: states(dialog) == [(True, "1 of 2")], timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.sig_statuses, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(dialog) == [(True, "0 of 2")], timeout=WAIT_MS)
    give(qtbot, dialog, own_cluster.unseal_keys[1])
    give(qtbot, dialog, own_cluster.unseal_keys[2])
    qtbot.waitUntil(lambda: states(dialog) == [(False, "")], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: own_cluster.role(0) == "active", timeout=WAIT_MS)
    dialog.reject()


def dialog_on_sealed_standby(
    qtbot: QtBot, bridge: AsyncBridge, lab: Lab, *, read_only: bool
) -> tuple[SealDialog, BaoNode, ClusterView]:
    """A lab standby sealed, and the seal dialog of the lab's cluster showing it (with
    the view it belongs to, which the caller keeps)."""
    leader = lab.bao_leader()
    standby = next(n for n in lab.bao_nodes() if n.name != leader.name)
    lab.seal(standby.name)
    urls = tuple(n.api_url for n in lab.bao_nodes())
    profile = Profile("lab", ClusterKind.OPENBAO, urls, read_only=read_only)
    view = ClusterView(ClusterContext(profile, lab.root_token), bridge)
    qtbot.addWidget(view)
    dialog = open_dialog(qtbot, view)
    assert [s.url for s in dialog.statuses if s.sealed] == [standby.api_url]
    return dialog, standby, view


def test_a_sealed_lab_standby_is_unsealed_through_the_window(
    qtbot: QtBot, bridge: AsyncBridge, healed_lab: Lab
) -> None:
    lab = healed_lab
    dialog, _standby, _view = dialog_on_sealed_standby(qtbot, bridge, lab, read_only=False)
    assert dialog.target.currentData() == EVERY_SEALED
    assert dialog.target.currentText().endswith("(1)")
    give(qtbot, dialog, lab.state.secrets["unseal_key"])
    qtbot.waitUntil(lambda: not any(s.sealed for s in dialog.statuses), timeout=WAIT_MS)
    assert "Every node is unsealed." in dialog.banner.text.text()
    dialog.reject()


def test_a_read_only_profile_may_look_but_not_unseal(
    qtbot: QtBot, bridge: AsyncBridge, healed_lab: Lab
) -> None:
    dialog, _standby, _view = dialog_on_sealed_standby(qtbot, bridge, healed_lab, read_only=True)
    for widget in (dialog.share, dialog.give_button, dialog.reset_button, dialog.seal_button):
        assert not widget.isEnabled()
    assert "Read-only" in dialog.seal_button.toolTip()
    dialog.reject()
