"""The cluster manager, the way a user reaches it: from an empty window, File → Add
cluster…, type one URL of a 3-node OpenBao cluster the lab did not start, discover the
rest, sign in with userpass, test and save; see the roles live; add a KUMA Core cluster;
edit a node URL and see it apply without a restart; sign out."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from adminui.core.cluster import Role
from adminui.lab import Lab
from adminui.profiles import secrets
from adminui.profiles.store import ProfileStore
from adminui.ui.bridge import AsyncBridge
from adminui.ui.clusters.cluster_dialog import ClusterDialog
from adminui.ui.main_window import MainWindow
from tests.integration._bao_cluster import BaoCluster, bao_cluster
from tests.secret_scan import register

PASSWORD = "own-cluster-pass-7"

pytestmark = [pytest.mark.lab]


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BaoCluster]:
    """A cluster of the user's own, with a userpass user (not the lab's)."""
    with bao_cluster(tmp_path_factory.mktemp("own-bao")) as cluster:
        leader = cluster.urls[cluster.leader_index()]
        headers = {"X-Vault-Token": cluster.root_token}
        with httpx.Client(base_url=leader, headers=headers, trust_env=False, timeout=10) as bao:
            bao.post("/v1/sys/auth/userpass", json={"type": "userpass"}).raise_for_status()
            bao.put(
                "/v1/sys/policies/acl/ops",
                json={"policy": 'path "*" { capabilities = ["read", "list", "sudo", "update"] }'},
            ).raise_for_status()
            bao.post(
                "/v1/auth/userpass/users/dana",
                json={"password": PASSWORD, "token_policies": ["ops"], "token_ttl": "1h"},
            ).raise_for_status()
        register(cluster.root_token, PASSWORD)
        # Every node serves the new user before the test signs in on any of them (a
        # standby may answer a login from storage it has not caught up on yet).
        for url in cluster.urls:
            for _ in range(100):
                answer = httpx.post(
                    f"{url}/v1/auth/userpass/login/dana", json={"password": PASSWORD}, timeout=5
                )
                if answer.status_code == 200:
                    register(answer.json()["auth"]["client_token"])
                    break
                time.sleep(0.1)
        yield cluster


def _roles(window: MainWindow, name: str) -> list[Role]:
    model = window.view(name).overview.node_model
    return [model.node(row).role for row in range(model.rowCount())]


def _dialog(window: MainWindow) -> ClusterDialog:
    dialogs = window.findChildren(ClusterDialog)
    visible = [d for d in dialogs if d.isVisible()]
    assert visible, "no cluster dialog is open"
    return visible[-1]


def test_add_discover_sign_in_edit_and_sign_out_from_the_window(
    qtbot: QtBot,
    own: BaoCluster,
    lab: Lab,
    bridge: AsyncBridge,
    sandbox: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow([], bridge)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.first_run
    assert not window.edit_cluster_action.isEnabled()

    # An empty window offers "Add a cluster…".
    window.first_run_add.click()
    dialog = _dialog(window)
    first = own.urls[0]
    dialog.name.setText("own")
    dialog.nodes.setPlainText(first)
    dialog.method.setCurrentIndex(dialog.method.findData("userpass"))
    assert dialog.username.isVisible() and dialog.secret.isVisible()
    assert not dialog.role.isVisible()
    dialog.username.setText("dana")
    dialog.secret.setText(PASSWORD)

    dialog.discover_button.click()
    qtbot.waitUntil(
        lambda: len(dialog.nodes.toPlainText().split()) == 3 and not dialog.busy, timeout=30_000
    )
    assert set(dialog.nodes.toPlainText().split()) == set(own.urls)
    assert dialog.secret.text() == ""  # the password signed in and was dropped
    assert dialog.signed is not None
    register(dialog.signed.token)

    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.last_test is not None and not dialog.busy, timeout=30_000)
    test = dialog.last_test
    assert test is not None and test.ok
    assert sorted(n.role for n in test.nodes) == ["follower", "follower", "leader"]
    assert "ops" in test.credentials.policies
    shown = dialog.results.toPlainText()
    assert "leader" in shown and "Credentials valid" in shown

    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    [saved] = ProfileStore(sandbox).load()
    assert saved.auth == "userpass" and saved.username == "dana" and len(saved.node_urls) == 3
    token = secrets.load_token("own")
    assert token == dialog.signed.token
    text = (sandbox / "profiles.toml").read_text()
    assert PASSWORD not in text and token not in text

    # The roles show live, with the token of the sign-in.
    def live_roles() -> None:
        roles = _roles(window, "own")
        assert roles.count(Role.LEADER) == 1 and roles.count(Role.FOLLOWER) == 2

    qtbot.waitUntil(live_roles, timeout=15_000)
    assert window.edit_cluster_action.isEnabled()
    assert "Signed in" in window.session_button.text()

    # A KUMA Core cluster, by its API token.
    window.add_cluster_action.trigger()
    core = _dialog(window)
    core.kind.setCurrentIndex(1)
    assert not core.method.isVisible() and core.health.isVisible()
    core.name.setText("core")
    core.nodes.setPlainText("\n".join(n.rest_url for n in lab.core_nodes()))
    core.health.setPlainText("\n".join(n.health_url for n in lab.core_nodes()))
    core.secret.setText(lab.core_token)
    core.test_button.click()
    qtbot.waitUntil(lambda: core.last_test is not None and not core.busy, timeout=30_000)
    assert core.last_test is not None and core.last_test.credentials.valid
    core.save_button.click()
    qtbot.waitUntil(lambda: not core.isVisible(), timeout=10_000)
    assert [s.name for s in window.cluster_model.clusters()] == ["own", "core"]
    qtbot.waitUntil(lambda: Role.LEADER in _roles(window, "core"), timeout=15_000)

    # Edit: drop a node; the live view follows without a restart.
    window.select_cluster(0)
    window.edit_cluster_action.trigger()
    edit = _dialog(window)
    assert not edit.kind.isEnabled()
    kept = own.urls[:2]
    edit.nodes.setPlainText("\n".join(kept))
    edit.environment.setText("STAGE")
    edit.save_button.click()
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=10_000)
    assert ProfileStore(sandbox).get("own").node_urls == tuple(kept)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(_roles(window, "own")) == 2, timeout=10_000)
    assert window.view("own").context.token == token  # still signed in

    # A duplicate name is refused in the dialog, which keeps what was typed.
    window.add_cluster_action.trigger()
    twin = _dialog(window)
    twin.name.setText("core")
    twin.nodes.setPlainText(first)
    twin.save_button.click()
    assert twin.isVisible() and "exists already" in twin.banner.text.text()
    assert twin.nodes.toPlainText() == first
    twin.reject()

    # Sign out: the token is revoked on the cluster and forgotten.
    window.select_cluster(0)
    window.sign_out_action.trigger()
    assert window.view("own").context.token is None and secrets.load_token("own") is None
    qtbot.waitUntil(lambda: "revoked" in window.statusBar().currentMessage(), timeout=10_000)
    answer = httpx.get(
        f"{first}/v1/auth/token/lookup-self", headers={"X-Vault-Token": token}, timeout=5
    )
    assert answer.status_code == 403

    # Remove asks first.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.remove_cluster_action.trigger()
    assert [s.name for s in window.cluster_model.clusters()] == ["core"]
    assert ProfileStore(sandbox).get("own") is None
    window.close()
