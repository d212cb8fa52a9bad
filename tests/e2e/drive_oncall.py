"""Drives the real console window through on-call work on a 3-node OpenBao cluster it
starts itself (run under Xvfb by test_oncall_window): a restarted standby comes back
sealed and is unsealed through Seal and unseal…; a dead standby is removed through
Raft peers…, answering the what-if's questions as a person would.

    python -m tests.e2e.drive_oncall <screenshot dir> <work dir>

Prints one JSON line of what it saw.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from adminui.core.cluster import ClusterKind, Role
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from tests.e2e.drive_window import pump_until, shot
from tests.integration._bao_cluster import BaoCluster, bao_cluster

NAME = "oncall"


def voters(cluster: BaoCluster) -> dict[str, bool]:
    leader = cluster.urls[cluster.leader_index()]
    answer = httpx.get(
        f"{leader}/v1/sys/storage/raft/configuration",
        headers={"X-Vault-Token": cluster.root_token},
        timeout=5,
    ).json()
    return {s["node_id"]: s["voter"] for s in answer["data"]["config"]["servers"]}


class BoxAnswerer:
    """Answers each question box that opens with Yes, once it has been photographed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self.seen.append(box.text())
        shot(box, self.folder, f"question-{len(self.seen)}")
        box.button(QMessageBox.StandardButton.Yes).click()


def main() -> int:
    folder, work = Path(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    seen: dict[str, object] = {}
    app = QApplication(sys.argv[:1])
    with bao_cluster(work, size=3) as cluster:
        seen["platform"] = app.platformName()
        if not pump_until(app, lambda: list(voters(cluster).values()) == [True] * 3, 60):
            raise SystemExit("the cluster did not get three voters")
        leader = cluster.leader_index()
        sealed, dead = [i for i in range(3) if i != leader]
        # A standby restarted by its host comes back sealed.
        cluster.stop(sealed)
        cluster.start(sealed)

        profile = Profile(NAME, ClusterKind.OPENBAO, tuple(cluster.urls))
        bridge = AsyncBridge()
        window = MainWindow([ClusterContext(profile, cluster.root_token)], bridge)
        window.resize(1280, 780)
        window.show()
        view = window.view(NAME)
        model = view.overview.node_model

        def role_of(index: int) -> Role | None:
            for row in range(model.rowCount()):
                if model.node(row).url == cluster.urls[index]:
                    return model.node(row).role
            return None

        seen["sealed_shown"] = pump_until(app, lambda: role_of(sealed) is Role.SEALED, 30)
        shot(window, folder, "1-sealed-standby")

        # Seal and unseal…: the key share typed in the masked field, then Enter.
        QTest.mouseClick(view.overview.seal_button, Qt.MouseButton.LeftButton)
        seal = view.seal_dialog
        assert seal is not None
        pump_until(app, lambda: seal.share.isEnabled(), 15)
        shot(seal, folder, "2-seal-dialog")
        QTest.keyClicks(seal.share, cluster.unseal_key)
        QTest.keyClick(seal.share, Qt.Key.Key_Return)
        seen["share_field_emptied"] = seal.share.text() == ""
        seen["unsealed"] = pump_until(
            app, lambda: bool(seal.statuses) and not any(s.sealed for s in seal.statuses), 30
        )
        shot(seal, folder, "3-unsealed")
        seal.reject()
        seen["unsealed_in_overview"] = pump_until(
            app, lambda: role_of(sealed) in (Role.FOLLOWER, Role.LEADER), 30
        )

        # A standby dies; autopilot is told to notice within 5 s (its Autopilot tab).
        QTest.mouseClick(view.overview.peers_button, Qt.MouseButton.LeftButton)
        peers = view.peers_dialog
        assert peers is not None
        threshold = peers.autopilot_fields["last_contact_threshold"]
        pump_until(app, lambda: threshold.text() == "10s", 15)
        peers.tabs.setCurrentIndex(1)
        threshold.setText("5s")
        QTest.mouseClick(peers.save_autopilot_button, Qt.MouseButton.LeftButton)
        seen["autopilot_saved"] = pump_until(app, lambda: "saved" in peers.banner.text.text(), 15)
        shot(peers, folder, "4-autopilot")
        peers.tabs.setCurrentIndex(0)
        cluster.kill(dead)
        dead_id = f"node{dead + 1}"

        def dead_seen() -> bool:
            QTest.mouseClick(peers.refresh_button, Qt.MouseButton.LeftButton)
            pump_until(app, lambda: False, 0.5)
            members = peers.membership.peers if peers.membership else []
            return any(p.node_id == dead_id and p.healthy is False for p in members)

        seen["dead_unhealthy"] = pump_until(app, dead_seen, 60)
        peers.table.selectRow(peers.model.row_of(dead_id))
        shot(peers, folder, "5-dead-peer")
        answerer = BoxAnswerer(folder)
        QTest.mouseClick(peers.remove_button, Qt.MouseButton.LeftButton)
        seen["removed"] = pump_until(app, lambda: dead_id not in voters(cluster), 60)
        pump_until(app, lambda: peers.model.rowCount() == 2, 15)
        answerer.timer.stop()
        seen["questions"] = answerer.seen
        shot(peers, folder, "6-removed")
        peers.reject()
        shot(window, folder, "7-overview-after")
        window.close()
        bridge.shutdown()
    print(json.dumps(seen), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
