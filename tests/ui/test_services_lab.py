"""The Core services page on the real lab: add a Core service, copy its ID, join a lab
node with it and watch it become a green follower; highlight a killed node's status.

The lab is left as found: the joined node's service is deleted and its process stopped,
so the Core cluster has its 3 nodes again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from adminui.api.kuma import KumaClient, KumaNotFound
from adminui.core.cluster import Role
from adminui.lab import Lab, core_cluster, core_join
from adminui.lab.profiles import LAB_CORE, lab_profiles
from adminui.lab_hooks import joiner_for_lab
from adminui.monitor.lab_hooks import JoinedNode
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.main_window import MainWindow
from adminui.ui.services import ServicesPage

pytestmark = pytest.mark.lab
WAIT_MS = 30_000
NEW_FQDN = "core4.lab.local"


@pytest.fixture
def window(qtbot: QtBot, healed_lab: Lab) -> Iterator[MainWindow]:
    bridge = AsyncBridge()
    contexts = [ClusterContext(p, t) for p, t in lab_profiles(healed_lab)]
    the_window = MainWindow(contexts, bridge, interval_ms=250)
    qtbot.addWidget(the_window)
    the_window.show()
    yield the_window
    the_window.close()
    bridge.shutdown()


def services_page(window: MainWindow) -> ServicesPage:
    names = list(window.views)
    window.cluster_list.setCurrentIndex(window.cluster_model.index(names.index(LAB_CORE), 0))
    page = window.view(LAB_CORE).page("services")
    assert isinstance(page, ServicesPage)
    return page


def status_of(page: ServicesPage, service_id: str) -> str:
    row = page.model.row_of(service_id)
    return page.model.service(row).status if row >= 0 else ""


def delete_service(lab: Lab, service_id: str) -> None:
    async def run() -> None:
        for node in lab.core_nodes():
            try:
                async with KumaClient(node.rest_url, lab.core_token) as client:
                    await client.delete_service(service_id)
                return
            except KumaNotFound:
                return
            except Exception:
                continue

    asyncio.run(run())


def restore_three_nodes(lab: Lab, service_id: str | None) -> None:
    """Delete the joined node's service, stop its process, wait for a settled cluster."""
    if service_id is not None:
        joined = core_join.node_for_service(lab, service_id)
        delete_service(lab, service_id)
        if joined is not None:
            core_join.remove_from_lab(lab, joined.name)
    nodes = lab.core_nodes()
    assert [n.name for n in nodes] == core_cluster.initial_names()
    core_cluster.wait_ready(nodes, timeout=30)


def test_add_copy_join_and_see_a_green_follower(
    qtbot: QtBot, window: MainWindow, healed_lab: Lab
) -> None:
    page = services_page(window)
    page.lab_joiner = joiner_for_lab(healed_lab)
    context = window.contexts[LAB_CORE]
    page.sig_profile_changed.connect(lambda _p: window.monitor.watch(context))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    service_id: str | None = None
    try:
        dialog = page.open_add_dialog()
        qtbot.waitUntil(lambda: bool(dialog.leader_edit.text()), timeout=WAIT_MS)
        dialog.fqdn_edit.setText("core2.lab.local")
        assert not dialog.create_button.isEnabled()  # that host has a Core already
        dialog.fqdn_edit.setText(NEW_FQDN)
        assert "even number" in dialog.check_label.text()
        with qtbot.waitSignal(dialog.sig_created, timeout=WAIT_MS):
            dialog.create_button.click()
        assert dialog.service is not None
        service_id = dialog.service.id
        dialog.copy_id_button.click()
        assert QGuiApplication.clipboard().text() == service_id
        leader = dialog.leader_edit.text()
        assert leader.endswith(".lab.local")
        assert dialog.command() == (
            f"kuma core --raft.join {leader}:7209 --id {service_id} --install"
        )
        qtbot.waitUntil(lambda: status_of(page, service_id) == "red", timeout=WAIT_MS)

        assert dialog.lab_button.isVisible()
        with qtbot.waitSignal(dialog.sig_lab_node_started, timeout=60_000) as joined_signal:
            dialog.lab_button.click()
        joined = joined_signal.args[0]
        assert isinstance(joined, JoinedNode)
        health = httpx.get(joined.health_url, timeout=5).json()
        assert health["role"] == "follower" and health["id"] == service_id
        assert joined.rest_url in context.profile.node_urls
        # The table turns the row green by itself, and the cluster view lists a follower.
        qtbot.waitUntil(lambda: status_of(page, service_id) == "green", timeout=WAIT_MS)
        overview = window.view(LAB_CORE).overview.node_model

        def follower_listed() -> bool:
            nodes = [overview.node(r) for r in range(overview.rowCount())]
            return any(n.url == joined.rest_url and n.role is Role.FOLLOWER for n in nodes)

        qtbot.waitUntil(follower_listed, timeout=WAIT_MS)
        assert any(n.name == joined.name for n in healed_lab.status().processes)

        # Bulk copy: every row's ID, one per line (Ctrl+C on the table).
        page.table.selectAll()
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        copied = QGuiApplication.clipboard().text().splitlines()
        assert sorted(copied) == sorted(s.id for s in page.model.services())
        assert service_id in copied and len(copied) == 4
        dialog.close()
    finally:
        restore_three_nodes(healed_lab, service_id)


def test_server_refuses_a_second_core_on_a_host(
    qtbot: QtBot, window: MainWindow, healed_lab: Lab
) -> None:
    page = services_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    dialog = page.open_add_dialog()
    dialog.cores = []  # skip the client-side check: the server must refuse
    dialog.fqdn_edit.setText("core2.lab.local")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.banner.property("level") == "error", timeout=WAIT_MS)
    assert "HTTP 409" in dialog.banner.text.text()
    assert dialog.fqdn_edit.text() == "core2.lab.local" and dialog.service is None
    assert page.model.rowCount() == 3
    dialog.close()


def test_killed_node_is_highlighted_until_marked_seen(
    qtbot: QtBot, window: MainWindow, healed_lab: Lab
) -> None:
    page = services_page(window)
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == 3 and all(s.status == "green" for s in page.model.services())
        ),
        timeout=WAIT_MS,
    )
    page.mark_seen()
    victim = next(n for n in healed_lab.core_nodes() if core_cluster.role(n) == "follower")
    healed_lab.kill(victim.name)
    try:
        qtbot.waitUntil(lambda: status_of(page, victim.node_id) == "red", timeout=WAIT_MS)
        assert page.model.changed_ids == {victim.node_id}
        assert page.changed_label.isVisible() and page.changed_label.text().startswith("1 ")
        page.seen_action.trigger()
        assert not page.changed_label.isVisible()
    finally:
        healed_lab.restart(victim.name)
    qtbot.waitUntil(lambda: status_of(page, victim.node_id) == "green", timeout=WAIT_MS)
    assert page.model.changed_ids == {victim.node_id}  # it changed again: red -> green
    core_cluster.wait_ready(healed_lab.core_nodes(), timeout=30)
