"""The tenant blueprint through the namespaces page and its dialog, against a stub server:
the path starts as a new child of the selection, an existing path is refused before
anything is sent, a failure keeps the form with the reason inline, and a success shows
the AppRole login (secret_id masked, copied through the secure clipboard)."""

from __future__ import annotations

from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from adminui.api.vault import VaultClient, VaultTransport
from adminui.core.cluster import ClusterKind
from adminui.core.namespaces import join_path
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.namespaces.blueprint_dialog import BlueprintDialog
from adminui.ui.namespaces.page import NamespacesPage

ROLE_ID = "5f1c2b9e-role-id-0000-000000000001"
SECRET_ID = "9a7d3c1e-secret-id-0000-000000000002"


def namespace_record(path: str) -> dict[str, Any]:
    return {
        "path": path + "/",
        "id": "id",
        "uuid": "uuid",
        "locked": False,
        "tainted": False,
        "custom_metadata": {},
    }


class FakeBao:
    """Just enough of OpenBao for a blueprint run; ``refuse`` names a request path
    whose write is refused with ``reason``."""

    def __init__(self, namespaces: set[str]) -> None:
        self.namespaces = set(namespaces)
        self.refuse = ""
        self.reason = "permission denied"
        self.sent: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        ns = request.headers.get("X-Vault-Namespace", "").strip("/")
        path = request.url.path.removeprefix("/v1/")
        self.sent.append(f"{request.method} {ns}:{path}")
        if request.method not in ("GET", "SCAN", "LIST") and path == self.refuse:
            return httpx.Response(400, json={"errors": [self.reason]})
        if request.method == "SCAN" and path == "sys/namespaces":
            keys = [p + "/" for p in sorted(self.namespaces)]
            info = {k: namespace_record(k.rstrip("/")) for k in keys}
            return httpx.Response(200, json={"data": {"keys": keys, "key_info": info}})
        if path.startswith("sys/namespaces/"):
            full = join_path(ns, path.removeprefix("sys/namespaces/").strip("/"))
            if request.method == "GET":
                if full in self.namespaces:
                    return httpx.Response(200, json={"data": namespace_record(full)})
                return httpx.Response(404, json={"errors": []})
            if request.method == "POST":
                self.namespaces.add(full)
                return httpx.Response(200, json={"data": namespace_record(full)})
            self.namespaces.discard(full)
            return httpx.Response(204)
        if request.method == "GET" and path == "sys/auth":
            return httpx.Response(200, json={"data": {"token/": {"type": "token"}}})
        if request.method == "GET" and path.endswith("/role-id"):
            return httpx.Response(200, json={"data": {"role_id": ROLE_ID}})
        if request.method == "POST" and path.endswith("/secret-id"):
            body = {"secret_id": SECRET_ID, "secret_id_accessor": "acc-1"}
            return httpx.Response(200, json={"data": body})
        if request.method in ("POST", "PUT", "DELETE"):
            return httpx.Response(204)
        return httpx.Response(404, json={"errors": []})


class StubContext(ClusterContext):
    def __init__(self, handler: FakeBao) -> None:
        super().__init__(
            Profile("stub", ClusterKind.OPENBAO, ("http://stub:8200",)), "s.stub-token"
        )
        self.handler = handler

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        client = httpx.AsyncClient(
            transport=httpx.MockTransport(self.handler), base_url="http://stub:8200"
        )
        transport = VaultTransport("http://stub:8200", token="s.stub-token", client=client)
        original = transport.aclose

        async def aclose() -> None:
            await original()
            await client.aclose()

        transport.aclose = aclose  # type: ignore[method-assign]
        return VaultClient(transport, namespace)


def open_on(qtbot: QtBot, bridge: AsyncBridge, server: FakeBao, select: str) -> BlueprintDialog:
    page = NamespacesPage(StubContext(server), bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=5000):
        page.refresh()
    assert page.select_path(select)
    qtbot.mouseClick(page.blueprint_button, Qt.MouseButton.LeftButton)
    dialog = page.blueprint_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def plan_lines(dialog: BlueprintDialog) -> list[str]:
    return [dialog.steps.item(row).text().strip() for row in range(dialog.steps.count())]


def test_the_path_starts_as_a_new_child_of_the_selection(qtbot: QtBot, bridge: AsyncBridge) -> None:
    server = FakeBao({"team-a", "team-a/new-tenant"})
    dialog = open_on(qtbot, bridge, server, "team-a")
    assert dialog.path_edit.text() == "team-a/new-tenant-2"  # new-tenant is taken
    assert dialog.path_edit.selectedText() == "new-tenant-2"  # typing replaces the name
    assert dialog.parent_label.text() == "team-a/"
    assert dialog.run_button.isEnabled() and dialog.problem.text() == ""
    lines = plan_lines(dialog)
    assert "Create namespace team-a/new-tenant-2" in lines
    assert "Create namespace team-a (exists, kept)" in lines  # not presented as new
    assert "Create namespace team-a" not in lines


def test_an_existing_path_is_refused_before_running(qtbot: QtBot, bridge: AsyncBridge) -> None:
    server = FakeBao({"team-a", "team-a/app"})
    dialog = open_on(qtbot, bridge, server, "team-a")
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, "team-a/app")
    assert "already exists" in dialog.problem.text()
    assert not dialog.run_button.isEnabled()
    sent = len(server.sent)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Enter does not run it either
    assert len(server.sent) == sent and not dialog.running


def test_a_failed_run_keeps_the_form_and_says_why(qtbot: QtBot, bridge: AsyncBridge) -> None:
    server = FakeBao({"team-a"})
    server.refuse = "sys/mounts/kv"
    server.reason = 'invalid mount path "kv/"'
    dialog = open_on(qtbot, bridge, server, "team-a")
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, "team-a/billing")
    dialog.metadata_edit.setText("owner=ops")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.running and not dialog.path_edit.isEnabled()  # busy while it runs
    qtbot.waitUntil(lambda: not dialog.running, timeout=5000)
    assert dialog.isVisible()
    outcome = dialog.outcome.text()
    assert "Enable KV v2 at kv/" in outcome and 'invalid mount path "kv/"' in outcome
    assert "Create namespace team-a/billing" in outcome  # rolled back
    assert dialog.path_edit.text() == "team-a/billing"
    assert dialog.metadata_edit.text() == "owner=ops"
    assert dialog.path_edit.isEnabled() and dialog.run_button.isEnabled()
    assert not dialog.credentials.isVisible()
    assert "team-a/billing" not in server.namespaces


def test_success_shows_the_approle_login(qtbot: QtBot, bridge: AsyncBridge) -> None:
    server = FakeBao({"team-a"})
    dialog = open_on(qtbot, bridge, server, "team-a")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.credentials.isVisible(), timeout=5000)
    assert "team-a/new-tenant is ready" in dialog.outcome.text()
    box = dialog.credentials
    assert box.role_id_edit.text() == ROLE_ID
    assert box.secret_id_edit.text() == SECRET_ID
    assert box.secret_id_edit.echoMode() == QLineEdit.EchoMode.Password  # masked
    assert "auth/approle/login" in box.hint.text() and "team-a/new-tenant/" in box.hint.text()
    qtbot.mouseClick(box.reveal_button, Qt.MouseButton.LeftButton)
    assert box.secret_id_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(box.copy_secret_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == SECRET_ID
    assert "cleared in" in box.copy_secret_button.text()
    assert not dialog.run_button.isEnabled()  # the tenant exists now
    dialog.reject()
    assert box.secret_id_edit.text() == "" and box.role_id_edit.text() == ""
    QGuiApplication.clipboard().clear()
