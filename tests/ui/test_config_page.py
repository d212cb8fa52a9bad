"""The Config page: generators over a topology read from a (fake) live cluster."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QGuiApplication
from pytestqt.qtbot import QtBot

from adminui.api.kuma import Service, ServiceFilter
from adminui.core import config_gen as gen
from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.config_gen import ConfigPage
from adminui.ui.config_gen.page import INVENTORY, KEEPALIVED, NGINX
from adminui.ui.context import ClusterContext
from adminui.ui.pages import PAGES

IDS = [gen.FIRST_CORE_ID, "id-2", "id-3"]


class FakeClient:
    closed = 0

    def __init__(self, url: str) -> None:
        self.url = url

    async def list_services(self, filters: ServiceFilter | None = None) -> list[Service]:
        assert filters is not None and list(filters.kinds) == ["core"]
        # Server order differs from core-1 first: the generator puts core-1 first.
        return [
            Service(id=IDS[1], kind="core", fqdn="core2.example.com"),
            Service(id=IDS[0], kind="core", fqdn="core1.example.com"),
            Service(id=IDS[2], kind="core", fqdn="core3.example.com"),
        ]

    async def aclose(self) -> None:
        FakeClient.closed += 1


@pytest.fixture
def page(qtbot: QtBot, bridge: AsyncBridge) -> ConfigPage:
    profile = Profile("Prod Core", ClusterKind.CORE, ("http://n1:7223",))
    context = ClusterContext(profile, "token")
    context.kuma = FakeClient  # type: ignore[method-assign, assignment]
    the_page = ConfigPage(context, bridge)
    qtbot.addWidget(the_page)
    with qtbot.waitSignal(the_page.sig_topology_loaded, timeout=5000):
        the_page.refresh()
    return the_page


def test_registered_for_both_kinds() -> None:
    for kind in (ClusterKind.CORE, ClusterKind.OPENBAO):
        assert any(e.class_name == "ConfigPage" and e.available() for e in PAGES[kind])


def test_core_page_generates_from_the_live_topology(page: ConfigPage) -> None:
    assert page.editor.isReadOnly()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert page.editor.font().family() == fixed.family()
    expected = gen.nginx_stream(
        gen.Topology(
            gen.CORE,
            "Prod Core",
            tuple(gen.TopologyNode(f"core{i}.example.com", 7220, IDS[i - 1]) for i in (1, 2, 3)),
        )
    )
    assert page.current_kind() == NGINX
    assert page.text() == expected
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(INVENTORY))
    assert "kuma_core_peers" in page.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(KEEPALIVED))
    assert not page.copy_button.isEnabled()  # no VIP yet
    assert "Enter the virtual IP" in page.text()
    page.vip_edit.setText("192.0.2.10/24")
    page.node_combo.setCurrentIndex(2)
    assert "state BACKUP" in page.text() and "priority 90" in page.text()
    assert "kuma-core-id-3" in page.text()
    page.vip_edit.setText("nonsense")
    assert page.text().startswith("# Cannot generate") and not page.save_button.isEnabled()


def test_copy_and_save(page: ConfigPage, tmp_path: Path) -> None:
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.text()
    target = tmp_path / page.suggested_name()
    assert page.save_to(str(target))
    assert target.read_text(encoding="utf-8") == page.text()
    assert not page.save_to(str(tmp_path / "missing" / "x.conf"))
    assert "Could not save" in page.status_label.text()


def test_openbao_page_has_no_inventory(qtbot: QtBot, bridge: AsyncBridge) -> None:
    profile = Profile("Bao", ClusterKind.OPENBAO, ("https://b1:8200", "https://b2:8201"))
    page = ConfigPage(ClusterContext(profile, "t"), bridge)
    qtbot.addWidget(page)
    assert page.kind_combo.findData(INVENTORY) == -1
    topology = gen.Topology(
        gen.OPENBAO, "Bao", tuple(gen.node_from_url(u) for u in profile.node_urls)
    )
    page.set_topology(topology)
    assert "server b1:8200 max_fails=1" in page.text() and "server b2:8201 backup" in page.text()
