"""A profile that requires a snapshot before risky changes: the choice cannot be
unticked, it survives the profiles file, and a snapshot that cannot be saved stops the
change."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile, ProfileStore
from adminui.ui.bridge import AsyncBridge
from adminui.ui.clusters.cluster_dialog import ClusterDialog
from adminui.ui.context import ClusterContext
from adminui.ui.overview.snapshot_first import SnapshotFirstBox

DEAD = "http://127.0.0.1:9"  # nothing listens on the discard port


def test_the_rule_survives_the_profiles_file_and_the_cluster_dialog(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path
) -> None:
    profile = Profile("careful", ClusterKind.OPENBAO, (DEAD,), require_snapshot=True)
    store = ProfileStore(tmp_path)
    store.save([profile])
    assert "require_snapshot = true" in store.path.read_text()
    [loaded] = store.load()
    assert loaded.require_snapshot
    dialog = ClusterDialog(bridge, loaded)
    qtbot.addWidget(dialog)
    assert dialog.require_snapshot.isChecked()
    assert dialog.profile().require_snapshot


def test_a_required_snapshot_cannot_be_skipped_and_its_failure_stops_the_change(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    required = Profile("careful", ClusterKind.OPENBAO, (DEAD,), require_snapshot=True)
    box = SnapshotFirstBox(ClusterContext(required, "hvs.throwaway"), bridge)
    qtbot.addWidget(box)
    assert box.isChecked() and not box.isEnabled() and "requires" in box.toolTip()
    box.setChecked(False)  # even so (it is disabled), the snapshot is wanted
    assert box.wanted
    went: list[bool] = []
    failures: list[BaseException] = []
    box.then("step-down", lambda: went.append(True), failures.append, owner=box)
    qtbot.waitUntil(lambda: bool(failures), timeout=15_000)
    assert went == [] and box.saved is None

    optional = Profile("relaxed", ClusterKind.OPENBAO, (DEAD,))
    unticked = SnapshotFirstBox(ClusterContext(optional, "hvs.throwaway"), bridge)
    qtbot.addWidget(unticked)
    assert unticked.isEnabled()
    unticked.setChecked(False)
    unticked.then("step-down", lambda: went.append(True), failures.append, owner=unticked)
    assert went == [True]
