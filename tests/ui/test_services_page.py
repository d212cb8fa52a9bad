"""The Core services page against a fake Core (no network): model, filters, highlight,
copy, and the Add Core service dialog's checks and errors."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from adminui.api.kuma import KumaConflict, RaftProbe, Service, ServiceFilter
from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.services import ServicesPage
from adminui.ui.services.add_dialog import AddCoreServiceDialog
from adminui.ui.services.model import ChangedRole, ServiceFilterProxy, ServiceTableModel

FIRST = "00000000-0000-0000-0000-000000000000"


def svc(
    sid: str, kind: str = "core", status: str = "green", fqdn: str = "", **kw: object
) -> Service:
    return Service(id=sid, kind=kind, status=status, fqdn=fqdn, name=f"{kind}-{sid}", **kw)  # type: ignore[arg-type]


class FakeCore:
    """What the page asks of a KumaClient, answered from memory."""

    def __init__(self) -> None:
        self.services = [
            svc(FIRST, fqdn="core1.example.com", uptime=3600, tenant_name="Main"),
            svc("id-2", fqdn="core2.example.com", uptime=60),
            svc("id-3", fqdn="core3.example.com", uptime=5),
            svc("col-1", kind="collector", status="yellow", warning="low disk"),
            svc("cor-1", kind="correlator", status="purple"),
        ]
        self.created: list[dict[str, object]] = []
        self.conflict = False
        self.closed = 0
        self.opened = 0

    def client(self, url: str) -> FakeClient:
        self.opened += 1
        return FakeClient(self, url)


class FakeClient:
    def __init__(self, core: FakeCore, url: str) -> None:
        self.core, self.url = core, url

    async def list_services(self, filters: ServiceFilter | None = None) -> list[Service]:
        await asyncio.sleep(0)
        kinds = set(filters.kinds) if filters else set()
        return [s for s in self.core.services if not kinds or s.kind in kinds]

    async def probe_raft(self, health_url: str) -> RaftProbe:
        return RaftProbe(role="leader", fqdn="core1.example.com")

    async def create_service(self, resource_id: str, **kw: object) -> Service:
        await asyncio.sleep(0)
        if self.core.conflict:
            raise KumaConflict(
                "a core service for core9.example.com already exists",
                method="POST",
                url=self.url + "/api/v3/services/create",
                status=409,
            )
        self.core.created.append({"resourceID": resource_id, **kw})
        service = svc("new-id", fqdn=str(kw["fqdn"]), status="red")
        self.core.services.append(service)
        return service

    async def aclose(self) -> None:
        self.core.closed += 1


@pytest.fixture
def core() -> FakeCore:
    return FakeCore()


@pytest.fixture
def context(core: FakeCore) -> ClusterContext:
    profile = Profile(
        "Core",
        ClusterKind.CORE,
        ("http://n1:7223", "http://n2:7223"),
        ("http://n1/h", "http://n2/h"),
    )
    ctx = ClusterContext(profile, "token")
    ctx.kuma = core.client  # type: ignore[method-assign]
    return ctx


@pytest.fixture
def page(qtbot: QtBot, context: ClusterContext, bridge: AsyncBridge) -> ServicesPage:
    the_page = ServicesPage(context, bridge)
    qtbot.addWidget(the_page)
    the_page.show()
    with qtbot.waitSignal(the_page.sig_refreshed, timeout=5000):
        the_page.refresh()
    return the_page


def test_models_pass_the_model_tester(qtmodeltester: object, core: FakeCore) -> None:
    model = ServiceTableModel()
    model.apply(core.services)
    proxy = ServiceFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    model.apply([*core.services[1:], svc("x")])
    proxy.set_text("core")
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]


def test_model_diff_updates_without_reset(qtbot: QtBot, core: FakeCore) -> None:
    model = ServiceTableModel()
    model.apply(core.services)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append(a.row()))
    services = list(core.services)
    services[1] = replace(services[1], status="red")
    model.apply(services)
    assert resets == [] and 1 in changed
    assert model.changed_ids == {"id-2"}
    assert model.index(1, 0).data(ChangedRole) is True
    assert model.index(0, 0).data(ChangedRole) is False
    assert "Changed since" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.mark_seen()
    assert model.changed_ids == frozenset()
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == services[1]


def test_table_shows_every_field_and_the_status_meaning(page: ServicesPage) -> None:
    model = page.model
    assert model.rowCount() == 5
    row = model.row_of(FIRST)
    values = [model.index(row, c).data() for c in range(model.columnCount())]
    assert values[:3] == ["green", "core", "core-" + FIRST]
    assert values[3] == "Main" and values[4] == "core1.example.com" and values[6] == FIRST
    assert values[7] == "01:00:00"
    yellow = model.index(model.row_of("col-1"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "errors in its log" in yellow and "low disk" in yellow
    purple = model.index(model.row_of("cor-1"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "configuration changed" in purple
    assert page.leader_fqdn == "core1.example.com"
    assert page.answered_by == "http://n1:7223"


def test_filters_search_and_sort(page: ServicesPage) -> None:
    proxy = page.proxy
    page.status_combo.setCurrentIndex(page.status_combo.findData("yellow"))
    assert proxy.rowCount() == 1
    page.status_combo.setCurrentIndex(0)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("core"))
    assert proxy.rowCount() == 3
    page.search_edit.setText("CORE2")
    assert proxy.rowCount() == 1
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(0)
    page.table.sortByColumn(ServiceTableModel.UPTIME, Qt.SortOrder.DescendingOrder)
    first = proxy.index(0, ServiceTableModel.ID).data()
    assert first == FIRST


def test_copy_one_and_many_ids(qtbot: QtBot, page: ServicesPage) -> None:
    assert not page.copy_action.isEnabled()
    assert page.select_service("id-3")
    page.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "id-3"
    page.table.selectAll()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert sorted(lines) == sorted(s.id for s in page.model.services())


def test_auto_refresh_highlights_changes_and_mark_seen_clears(
    qtbot: QtBot, page: ServicesPage, core: FakeCore
) -> None:
    assert page.timer.isActive() and page.timer.interval() == 2000
    core.services[2] = replace(core.services[2], status="red")
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    assert page.model.changed_ids == {"id-3"}
    assert page.changed_label.isVisible() and "1 service" in page.changed_label.text()
    page.seen_action.trigger()
    assert not page.changed_label.isVisible() and page.model.changed_ids == frozenset()
    assert core.opened == core.closed  # every client closed


def test_add_dialog_checks_host_and_count(qtbot: QtBot, page: ServicesPage) -> None:
    dialog = page.open_add_dialog()
    qtbot.addWidget(dialog)
    dialog.fqdn_edit.setText("core2.example.com")
    assert not dialog.create_button.isEnabled()
    assert "already has a Core service" in dialog.check_label.text()
    dialog.fqdn_edit.setText("core4.example.com")
    assert dialog.create_button.isEnabled()
    assert "even number" in dialog.check_label.text()  # 3 cores + 1
    dialog.cores = dialog.cores[:2]
    dialog.fqdn_edit.setText("core4.example.co")
    assert "will have 3" in dialog.check_label.text()


def test_add_dialog_creates_and_builds_the_install_command(
    qtbot: QtBot, page: ServicesPage, core: FakeCore
) -> None:
    dialog = page.open_add_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.lab_button.isVisible()  # not a lab profile
    dialog.fqdn_edit.setText("core4.example.com")
    with qtbot.waitSignal(dialog.sig_created, timeout=5000):
        dialog.create_button.click()
    assert core.created[0]["kind"] == "core" and core.created[0]["fqdn"] == "core4.example.com"
    assert dialog.id_edit.text() == "new-id"
    dialog.copy_id_button.click()
    assert QGuiApplication.clipboard().text() == "new-id"
    assert dialog.command() == (
        "kuma core --raft.join core1.example.com:7209 --id new-id --install"
    )
    dialog.port_spin.setValue(7210)
    dialog.leader_edit.selectAll()
    qtbot.keyClicks(dialog.leader_edit, "leader.example.com")  # typed by the user
    assert dialog.command() == (
        "kuma core --raft.join leader.example.com:7210 --id new-id --install"
    )
    dialog.flags_check.setChecked(True)
    assert "--rest 0.0.0.0:7223 --install" in dialog.command()
    dialog.copy_command_button.click()
    assert QGuiApplication.clipboard().text() == dialog.command()
    dialog.set_leader_fqdn("other.example.com")  # the user's edit is kept
    assert dialog.leader_edit.text() == "leader.example.com"
    qtbot.waitUntil(lambda: page.model.row_of("new-id") >= 0, timeout=5000)


def test_add_dialog_shows_a_409_clearly_and_keeps_the_input(
    qtbot: QtBot, page: ServicesPage, core: FakeCore
) -> None:
    core.conflict = True
    dialog = page.open_add_dialog()
    qtbot.addWidget(dialog)
    dialog.fqdn_edit.setText("core9.example.com")
    dialog.name_edit.setText("my core")
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.banner.property("level") == "error", timeout=5000)
    assert "HTTP 409" in dialog.banner.text.text()
    assert "already exists" in dialog.banner.text.text()
    assert "409" in dialog.banner.details.toPlainText()
    assert dialog.fqdn_edit.text() == "core9.example.com" and dialog.name_edit.text() == "my core"
    assert dialog.create_button.isEnabled() and dialog.service is None


def test_read_only_profile_cannot_add(qtbot: QtBot, core: FakeCore, bridge: AsyncBridge) -> None:
    profile = Profile("Core", ClusterKind.CORE, ("http://n1:7223",), read_only=True)
    ctx = ClusterContext(profile, "token")
    ctx.kuma = core.client  # type: ignore[method-assign]
    page = ServicesPage(ctx, bridge)
    qtbot.addWidget(page)
    assert not page.add_action.isEnabled()
    dialog = AddCoreServiceDialog(ctx, bridge, [], "core1")
    qtbot.addWidget(dialog)
    dialog.fqdn_edit.setText("core4.example.com")
    assert not dialog.create_button.isEnabled()
