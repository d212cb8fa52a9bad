"""Every cluster page is built one way: a header naming the page and its scope, the
primary action at its top right, Refresh in one place; Policies and Quotas switch
namespace in their header; an empty list says so and offers the primary action; every
list has the same row height."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from adminui.api.vault import VaultClient, VaultTransport
from adminui.core.cluster import ClusterKind
from adminui.profiles.drill_history import DrillHistory
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.cluster_view import ClusterView
from adminui.ui.config_gen import ConfigPage
from adminui.ui.context import ClusterContext
from adminui.ui.drills import DrillsPage
from adminui.ui.namespaces.page import NamespacesPage
from adminui.ui.page_header import PageHeader
from adminui.ui.policies.page import PoliciesPage
from adminui.ui.quotas import QuotasPage
from adminui.ui.services import ServicesPage
from adminui.ui.table_view import row_height
from tests.ui.test_config_page import FakeClient as ConfigCore
from tests.ui.test_services_page import FakeCore


@dataclass
class Cluster:
    """What a stub OpenBao cluster holds: namespaces, policies by namespace, quotas."""

    namespaces: list[str] = field(default_factory=lambda: ["team-a", "team-b"])
    policies: dict[str, list[str]] = field(
        default_factory=lambda: {
            "": ["default", "root"],
            "team-a": ["a-read", "default"],
            "team-b": ["b-write", "default"],
        }
    )
    quotas: dict[str, str] = field(default_factory=lambda: {"q-a": "team-a/", "q-b": "team-b/"})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/v1/")
        namespace = request.headers.get("X-Vault-Namespace", "").strip("/")
        if path == "sys/capabilities-self":
            return httpx.Response(200, json={"capabilities": ["root"]})
        if path == "sys/namespaces" and request.method in ("SCAN", "LIST"):
            keys = [f"{n}/" for n in self.namespaces] if not namespace else []
            info = {k: {"path": k, "id": k, "uuid": k, "locked": False} for k in keys}
            return httpx.Response(200, json={"data": {"keys": keys, "key_info": info}})
        if path == "sys/policies/acl" and request.method == "LIST":
            if namespace not in self.policies:
                return httpx.Response(404, json={"errors": ["no handler for route"]})
            return httpx.Response(200, json={"data": {"keys": self.policies[namespace]}})
        if path.startswith("sys/policies/acl/"):
            name = path.rpartition("/")[2]
            return httpx.Response(200, json={"data": {"name": name, "policy": ""}})
        if path == "sys/quotas/rate-limit" and request.method == "LIST":
            return httpx.Response(200, json={"data": {"keys": sorted(self.quotas)}})
        if path.startswith("sys/quotas/rate-limit/"):
            name = path.rpartition("/")[2]
            body = {"name": name, "path": self.quotas[name], "rate": 10, "interval": 1}
            return httpx.Response(200, json={"data": body})
        return httpx.Response(404, json={"errors": []})


class StubContext(ClusterContext):
    """An OpenBao context whose clients answer from a :class:`Cluster` (no network)."""

    def __init__(self, cluster: Cluster, *, read_only: bool = False) -> None:
        profile = Profile("Stub", ClusterKind.OPENBAO, ("http://n1:8200",), read_only=read_only)
        super().__init__(profile, "s.stub-token")
        self.cluster = cluster

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        client = httpx.AsyncClient(
            transport=httpx.MockTransport(self.cluster), base_url="http://n1:8200"
        )
        transport = VaultTransport("http://n1:8200", token="s.stub-token", client=client)
        original = transport.aclose

        async def aclose() -> None:
            await original()
            await client.aclose()

        transport.aclose = aclose  # type: ignore[method-assign]
        return VaultClient(transport, namespace)


def core_context(core: Any, *, read_only: bool = False) -> ClusterContext:
    profile = Profile(
        "Core", ClusterKind.CORE, ("http://n1:7223",), ("http://n1/h",), read_only=read_only
    )
    context = ClusterContext(profile, "token")
    context.kuma = core  # type: ignore[method-assign]
    return context


def shown(qtbot: QtBot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    QApplication.processEvents()
    return page


def loaded(qtbot: QtBot, page: QWidget) -> QWidget:
    """``page`` shown, refreshed and its first answer in."""
    shown(qtbot, page)
    signal = {
        NamespacesPage: "sig_refreshed",
        ServicesPage: "sig_refreshed",
        ConfigPage: "sig_topology_loaded",
    }.get(type(page))
    if isinstance(page, DrillsPage):  # its past drills are local files: read at once
        page.refresh()
        return page
    if isinstance(page, QuotasPage):
        blocker = qtbot.waitSignal(page.quotas.sig_listed, timeout=5000)
    elif isinstance(page, PoliciesPage):
        blocker = qtbot.waitSignal(page.sig_listed, timeout=5000)
    else:
        assert signal is not None
        blocker = qtbot.waitSignal(getattr(page, signal), timeout=5000)
    with blocker:
        page.refresh()  # type: ignore[attr-defined]
    return page


def x_of(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).x()


Builder = Callable[[AsyncBridge], QWidget]

PAGES: dict[str, tuple[Builder, str]] = {
    "namespaces": (lambda bridge: NamespacesPage(StubContext(Cluster()), bridge), "Stub"),
    "policies": (lambda bridge: PoliciesPage(StubContext(Cluster()), bridge), "root namespace"),
    "quotas": (lambda bridge: QuotasPage(StubContext(Cluster()), bridge), "all namespaces"),
    "services": (lambda bridge: ServicesPage(core_context(FakeCore().client), bridge), "Core"),
    "config": (lambda bridge: ConfigPage(core_context(ConfigCore), bridge), "Core"),
    "drills": (
        lambda bridge: DrillsPage(
            StubContext(Cluster()), bridge, history=DrillHistory(Path(tempfile.mkdtemp()))
        ),
        "Stub",
    ),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_has_one_header_with_its_scope_and_the_primary_action_top_right(
    qtbot: QtBot, bridge: AsyncBridge, name: str
) -> None:
    build, scope = PAGES[name]
    page = loaded(qtbot, build(bridge))
    header = page.findChild(PageHeader)
    assert header is not None
    assert x_of(header, page) < 20 and header.mapTo(page, QPoint(0, 0)).y() < 20  # on top
    assert scope in header.title.text()
    primary, refresh = header.primary, header.refresh
    assert primary is not None and refresh is not None
    assert primary.isVisible() and refresh.isVisible() and not primary.icon().isNull()
    title_right = x_of(header.title, page) + header.title.width()
    assert x_of(primary, page) > title_right
    # The top right corner: nothing of the header right of it, and level with the title.
    assert x_of(primary, page) + primary.width() >= x_of(header, page) + header.width() - 2
    assert abs(primary.geometry().center().y() - header.title.geometry().center().y()) < 12
    # Refresh sits under the primary action, the last of the secondary actions.
    assert refresh.y() > primary.y()
    assert x_of(refresh, page) + refresh.width() >= x_of(primary, page)


def test_policies_switch_namespace_in_their_header(qtbot: QtBot, bridge: AsyncBridge) -> None:
    page = loaded(qtbot, PoliciesPage(StubContext(Cluster()), bridge))
    assert isinstance(page, PoliciesPage)
    picker = page.picker
    qtbot.waitUntil(lambda: picker.count() == 3, timeout=5000)  # read off the GUI thread
    assert picker.namespaces() == ["", "team-a", "team-b"]
    assert sorted(r.name for r in page.model.records()) == ["default", "root"]

    editor = picker.lineEdit()
    assert editor is not None
    editor.selectAll()
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        qtbot.keyClicks(editor, "team-b")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.namespace == "team-b"
    assert [r.name for r in page.model.records()] == ["b-write", "default"]
    assert page.heading.text().endswith("team-b")

    # From the list, as a click does.
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        picker.setCurrentIndex(picker.findData("team-a"))
        picker.activated.emit(picker.currentIndex())
    assert [r.name for r in page.model.records()] == ["a-read", "default"]

    # Opened from elsewhere ("Open in Policies"): the picker follows.
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        page.set_namespace("team-b/")
    assert picker.path() == "team-b" and picker.currentText() == "team-b"


def test_quotas_switch_namespace_in_their_header(qtbot: QtBot, bridge: AsyncBridge) -> None:
    page = loaded(qtbot, QuotasPage(StubContext(Cluster()), bridge))
    assert isinstance(page, QuotasPage)
    quotas = page.quotas
    assert [q.name for q in quotas.model.records()] == ["q-a", "q-b"]
    picker = page.picker
    qtbot.waitUntil(lambda: picker.count() == 3, timeout=5000)
    with qtbot.waitSignal(quotas.sig_listed, timeout=5000):
        picker.setCurrentIndex(picker.findData("team-a"))
        picker.activated.emit(picker.currentIndex())
    assert [q.name for q in quotas.model.records()] == ["q-a"]
    assert page.heading.text().endswith("team-a")
    with qtbot.waitSignal(quotas.sig_listed, timeout=5000):
        picker.setCurrentIndex(0)  # every namespace
        picker.activated.emit(0)
    assert quotas.namespace == "" and len(quotas.model.records()) == 2
    assert page.heading.text().endswith("all namespaces")


def test_open_in_policies_and_quotas_updates_their_picker(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    view = ClusterView(StubContext(Cluster()), bridge)
    qtbot.addWidget(view)
    view.show()
    namespaces = view.page("namespaces")
    assert isinstance(namespaces, NamespacesPage)
    qtbot.waitUntil(lambda: namespaces.select_path("team-b"), timeout=5000)
    namespaces.open_in_policies.trigger()
    policies = view.built("policies")
    assert isinstance(policies, PoliciesPage)
    assert policies.picker.path() == "team-b" and policies.namespace == "team-b"
    qtbot.waitUntil(lambda: policies.model.row_of("b-write") >= 0, timeout=5000)
    view.page("namespaces")
    namespaces.open_in_quotas.trigger()
    quotas = view.built("quotas")
    assert isinstance(quotas, QuotasPage)
    assert quotas.picker.path() == "team-b"
    qtbot.waitUntil(lambda: [q.name for q in quotas.quotas.model.records()] == ["q-b"])


def test_an_empty_namespace_says_it_has_no_policies_and_offers_new(
    qtbot: QtBot, bridge: AsyncBridge, monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster = Cluster()
    cluster.policies["team-a"] = []
    page = loaded(qtbot, PoliciesPage(StubContext(cluster), bridge))
    assert isinstance(page, PoliciesPage)
    assert not page.list_stack.showing_empty()
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        page.set_namespace("team-a")
    assert page.list_stack.showing_empty() and page.empty.isVisible()
    assert page.empty.sentence.text() == "There are no ACL policies in team-a."
    qtbot.waitUntil(page.empty.button.isEnabled, timeout=5000)  # capabilities arrived
    monkeypatch.setattr(
        "adminui.ui.policies.page.QInputDialog.getText", lambda *_a, **_k: ("fresh", True)
    )
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert page.editor.name == "fresh"  # what New… does
    # Another namespace with policies: the list again.
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        page.set_namespace("team-b")
    assert not page.list_stack.showing_empty() and page.list_view.isVisible()


def test_no_quotas_say_so_and_offer_a_new_one(qtbot: QtBot, bridge: AsyncBridge) -> None:
    page = loaded(qtbot, QuotasPage(StubContext(Cluster(quotas={})), bridge))
    assert isinstance(page, QuotasPage)
    quotas = page.quotas
    assert quotas.table_stack.showing_empty()
    assert quotas.empty.sentence.text() == "There are no rate-limit quotas in this cluster."
    qtbot.waitUntil(quotas.empty.button.isEnabled, timeout=5000)
    qtbot.mouseClick(quotas.empty.button, Qt.MouseButton.LeftButton)
    dialog = quotas.dialog
    assert dialog is not None and dialog.isVisible()  # what New… opens
    dialog.reject()


def test_no_namespaces_say_so_and_offer_a_new_one(qtbot: QtBot, bridge: AsyncBridge) -> None:
    page = loaded(qtbot, NamespacesPage(StubContext(Cluster(namespaces=[])), bridge))
    assert isinstance(page, NamespacesPage)
    assert page.tree_stack.showing_empty()
    assert page.empty.sentence.text() == "There are no namespaces in this cluster yet."
    qtbot.waitUntil(page.empty.button.isEnabled, timeout=5000)
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QDialog, "createNamespaceDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_no_services_say_so_and_offer_to_add_one(qtbot: QtBot, bridge: AsyncBridge) -> None:
    core = FakeCore()
    core.services = []
    page = loaded(qtbot, ServicesPage(core_context(core.client), bridge))
    assert isinstance(page, ServicesPage)
    page.auto_action.setChecked(False)
    assert page.table_stack.showing_empty()
    assert page.empty.sentence.text() == "This Core cluster lists no services yet."
    assert page.empty.button.isEnabled()
    page.empty.button.click()
    assert page.dialog is not None and page.dialog.isVisible()  # Add Core service…
    page.dialog.reject()


def test_an_empty_list_of_a_read_only_profile_says_so_without_an_action(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    page = loaded(qtbot, QuotasPage(StubContext(Cluster(quotas={}), read_only=True), bridge))
    assert isinstance(page, QuotasPage)
    empty = page.quotas.empty
    assert page.quotas.table_stack.showing_empty()
    assert empty.read_only_note.isVisible() and "read-only" in empty.read_only_note.text()
    qtbot.wait(200)  # the capabilities answer must not enable it either
    assert not empty.button.isEnabled() and not page.quotas.new_button.isEnabled()
    core = FakeCore()
    core.services = []
    services = loaded(qtbot, ServicesPage(core_context(core.client, read_only=True), bridge))
    assert isinstance(services, ServicesPage)
    services.auto_action.setChecked(False)
    assert services.empty.read_only_note.isVisible() and not services.empty.button.isEnabled()
    services.empty.button.click()
    assert services.dialog is None


def test_every_list_has_the_same_row_height(qtbot: QtBot, bridge: AsyncBridge) -> None:
    namespaces = loaded(qtbot, NamespacesPage(StubContext(Cluster()), bridge))
    policies = loaded(qtbot, PoliciesPage(StubContext(Cluster()), bridge))
    quotas = loaded(qtbot, QuotasPage(StubContext(Cluster()), bridge))
    services = loaded(qtbot, ServicesPage(core_context(FakeCore().client), bridge))
    assert isinstance(namespaces, NamespacesPage) and isinstance(policies, PoliciesPage)
    assert isinstance(quotas, QuotasPage) and isinstance(services, ServicesPage)
    services.auto_action.setChecked(False)
    views: list[QAbstractItemView] = [
        namespaces.tree,
        policies.list_view,
        quotas.quotas.table,
        services.table,
    ]
    pitches = []  # from one row's top to the next one's (a table's grid line included)
    for view in views:
        model = view.model()
        assert model is not None and model.rowCount() > 1, view.accessibleName()
        first, second = model.index(0, 0), model.index(1, 0)
        pitches.append(view.visualRect(second).top() - view.visualRect(first).top())
    assert pitches == [row_height(namespaces.tree)] * len(views)
    assert pitches[0] >= namespaces.tree.fontMetrics().height() + 8  # not dense rows of old
