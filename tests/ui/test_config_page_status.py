"""The Config page over a Core cluster with a registered, never-started Core service: the
user's nginx output balances only to running nodes, the keepalived node list marks it."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from adminui.api.kuma import Service, ServiceFilter
from adminui.core import config_gen as gen
from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.config_gen import ConfigPage
from adminui.ui.config_gen.page import KEEPALIVED, NGINX
from adminui.ui.context import ClusterContext

STAMP = "2026-01-01T00:00:00Z"


class FakeClient:
    def __init__(self, url: str) -> None:
        self.url = url

    async def list_services(self, filters: ServiceFilter | None = None) -> list[Service]:
        return [
            Service(id=gen.FIRST_CORE_ID, kind="core", fqdn="core1.example.com", status="green"),
            Service(id="id-2", kind="core", fqdn="core2.example.com", status="green"),
            Service(id="id-3", kind="core", fqdn="core3.example.com", status="green"),
            Service(
                id="id-4",
                kind="core",
                fqdn="core4.example.com",
                status="red",
                uptime=0,
                created=STAMP,
                updated=STAMP,
            ),
        ]

    async def aclose(self) -> None:
        pass


def test_red_service_has_no_server_line_and_is_marked(qtbot: QtBot, bridge: AsyncBridge) -> None:
    context = ClusterContext(Profile("Prod Core", ClusterKind.CORE, ("http://n1:7223",)), "t")
    context.kuma = FakeClient  # type: ignore[method-assign, assignment]
    page = ConfigPage(context, bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_topology_loaded, timeout=5000):
        page.reload_button.click()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(NGINX))
    text = page.text()
    active = [line for line in text.splitlines() if re.match(r"\s*server\s+\S+:\d+", line)]
    assert len(active) == 3 and not any("core4" in line for line in active)
    assert "# server core4.example.com:7220 backup;" in text
    assert "core4.example.com" in page.status_label.text()
    assert "left out" in page.status_label.text()

    page.kind_combo.setCurrentIndex(page.kind_combo.findData(KEEPALIVED))
    page.vip_edit.setText("192.0.2.10/24")
    assert "not running" in page.node_combo.itemText(3)
    page.node_combo.setCurrentIndex(3)
    assert page.text().startswith("# Cannot generate:") and not page.copy_button.isEnabled()
    page.node_combo.setCurrentIndex(0)
    assert "state MASTER" in page.text() and "node 1 of 3" in page.text()
