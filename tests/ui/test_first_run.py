"""The empty window: Add a cluster, the cluster the shell names (address, CA file,
namespace and token from BAO_* or VAULT_*), and Start the local lab."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind
from adminui.profiles.from_env import add_command, proposal
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.clusters.cluster_dialog import ClusterDialog
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow


def test_the_shells_variables_propose_a_profile_with_ca_and_namespace() -> None:
    env = {
        "BAO_ADDR": "https://bao.example:8200/",
        "BAO_CACERT": "/etc/ssl/bao.pem",
        "BAO_NAMESPACE": "/team-a/",
        "BAO_TOKEN": "s.from-the-shell",
        "VAULT_ADDR": "https://ignored:8200",
    }
    found = proposal(env)
    assert found is not None and found.prefix == "BAO"
    assert found.profile.node_urls == ("https://bao.example:8200",)
    assert found.profile.ca_bundle == "/etc/ssl/bao.pem"
    assert found.profile.namespace == "team-a"
    assert found.token == "s.from-the-shell" and "s.from" not in repr(found)
    command = add_command(env)
    assert "--namespace team-a" in command and "--ca-bundle /etc/ssl/bao.pem" in command
    assert "s.from-the-shell" not in command and '"$BAO_TOKEN"' in command
    assert proposal({}) is None and add_command({}) == ""


def test_the_empty_window_adds_the_cluster_the_shell_names(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BAO_ADDR", raising=False)
    monkeypatch.setenv("VAULT_ADDR", "http://127.0.0.1:9")
    monkeypatch.setenv("VAULT_NAMESPACE", "ops")
    monkeypatch.setenv("VAULT_TOKEN", "s.shell-token-123")
    window = MainWindow([], bridge, interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    assert window.first_run_env.isVisible()
    assert "http://127.0.0.1:9" in window.first_run_env.text()
    window.first_run_env.click()
    [dialog] = [d for d in window.findChildren(ClusterDialog) if d.isVisible()]
    assert dialog.nodes.toPlainText() == "http://127.0.0.1:9"
    assert dialog.namespace.text() == "ops"
    assert dialog.name.text() == "my-cluster"
    assert dialog.secret.text() == "s.shell-token-123"
    dialog.reject()
    window.close()


def test_start_the_local_lab_opens_its_clusters_when_it_is_up(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BAO_ADDR", raising=False)
    monkeypatch.delenv("VAULT_ADDR", raising=False)
    started: list[bool] = []

    def starter() -> list[ClusterContext]:
        started.append(True)
        profile = Profile("Lab OpenBao", ClusterKind.OPENBAO, ("http://127.0.0.1:9",))
        return [ClusterContext(profile, "t-lab")]

    window = MainWindow([], bridge, interval_ms=60_000, lab_starter=starter)
    qtbot.addWidget(window)
    window.show()
    assert window.first_run_lab.isVisible() and not window.first_run_env.isVisible()
    window.first_run_lab.click()
    qtbot.waitUntil(lambda: "Lab OpenBao" in window.views, timeout=5_000)
    assert started == [True]
    assert window.current_view() is window.view("Lab OpenBao")
    window.close()


def test_a_lab_that_does_not_start_says_why_and_can_be_tried_again(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    def starter() -> list[ClusterContext]:
        raise RuntimeError("port 8200 is taken")

    window = MainWindow([], bridge, interval_ms=60_000, lab_starter=starter)
    qtbot.addWidget(window)
    window.show()
    window.first_run_lab.click()
    qtbot.waitUntil(lambda: window.notice_banner.isVisible(), timeout=5_000)
    assert "port 8200 is taken" in window.notice_banner.text.text()
    assert window.first_run_lab.isEnabled()
    assert window.stack.currentWidget() is window.first_run
    window.close()
