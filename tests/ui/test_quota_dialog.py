"""The quota dialog through the quotas widget: it stays open, busy, until the server
has answered; a refusal shows inline with every field kept, success closes it."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from adminui.api.vault import VaultClient, VaultTransport
from adminui.api.vault_models import RateLimitQuota
from adminui.core.cluster import ClusterKind
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.quotas.dialog import QuotaDialog
from adminui.ui.quotas.widget import QuotasWidget

Handler = Callable[[httpx.Request], httpx.Response]


class StubContext(ClusterContext):
    """A three-node context whose clients answer from ``handler`` (no network)."""

    def __init__(self, handler: Handler) -> None:
        urls = ("http://n1:8200", "http://n2:8200", "http://n3:8200")
        super().__init__(Profile("stub", ClusterKind.OPENBAO, urls), "s.stub-token")
        self.handler = handler
        self.writes: list[dict[str, Any]] = []

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        def answer(request: httpx.Request) -> httpx.Response:
            if request.method in ("POST", "PUT") and "quotas/rate-limit/" in request.url.path:
                self.writes.append(json.loads(request.content))
            return self.handler(request)

        client = httpx.AsyncClient(transport=httpx.MockTransport(answer), base_url="http://n1:8200")
        transport = VaultTransport("http://n1:8200", token="s.stub-token", client=client)
        original = transport.aclose

        async def aclose() -> None:
            await original()
            await client.aclose()

        transport.aclose = aclose  # type: ignore[method-assign]
        return VaultClient(transport, namespace)


class Server:
    """Answers like OpenBao; a quota write waits for :meth:`release` and then answers
    with ``write_answer``."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.write_answer = httpx.Response(400, json={"errors": ['invalid mount path "kv/"']})

    def release(self) -> None:
        self.gate.set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("sys/capabilities-self"):
            return httpx.Response(200, json={"capabilities": ["root"]})
        if request.method in ("POST", "PUT") and "quotas/rate-limit/" in path:
            assert self.gate.wait(10), "the test never released the write"
            self.gate.clear()
            return self.write_answer
        return httpx.Response(404, json={"errors": []})


def open_new_dialog(qtbot: QtBot, widget: QuotasWidget) -> QuotaDialog:
    qtbot.waitUntil(widget.new_button.isEnabled, timeout=5000)  # capabilities arrived
    qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_refused_quota_keeps_the_dialog_open_with_the_error_inline(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    server = Server()
    context = StubContext(server)
    widget = QuotasWidget(context, bridge, "team-a")
    qtbot.addWidget(widget)
    widget.show()
    dialog = open_new_dialog(qtbot, widget)
    assert dialog.save_button.text() == "Create"
    qtbot.keyClicks(dialog.name_edit, "q1")
    qtbot.keyClicks(dialog.mount_edit, "kv")
    dialog.rate_spin.setValue(25)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # Busy while the request runs: nothing can be changed or sent twice.
    assert dialog.isVisible() and dialog.status.isVisible()
    assert not dialog.save_button.isEnabled() and not dialog.name_edit.isEnabled()
    server.release()
    qtbot.waitUntil(lambda: dialog.failure.isVisible(), timeout=5000)

    assert dialog.isVisible()
    assert 'invalid mount path "kv/"' in dialog.failure.text()
    assert not widget.banner.isVisibleTo(widget)  # the error is in the dialog, not the page
    assert (dialog.name_edit.text(), dialog.namespace_edit.text()) == ("q1", "team-a")
    assert (dialog.mount_edit.text(), dialog.rate_spin.value()) == ("kv", 25)
    assert dialog.name_edit.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.status.isVisible()
    assert context.writes[-1]["path"] == "team-a/kv/"

    # Corrected and sent again: success closes the dialog.
    server.write_answer = httpx.Response(204)
    dialog.mount_edit.clear()
    qtbot.keyClicks(dialog.mount_edit, "secret")
    with qtbot.waitSignal(widget.sig_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        server.release()
    assert saved.args == ["q1"]
    assert not dialog.isVisible()
    assert context.writes[-1]["path"] == "team-a/secret/"


def test_a_refusal_after_cancel_shows_in_the_page(qtbot: QtBot, bridge: AsyncBridge) -> None:
    server = Server()
    widget = QuotasWidget(StubContext(server), bridge, "")
    qtbot.addWidget(widget)
    widget.show()
    dialog = open_new_dialog(qtbot, widget)
    qtbot.keyClicks(dialog.name_edit, "q2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # the user gave up waiting
    server.release()
    qtbot.waitUntil(lambda: widget.banner.isVisibleTo(widget), timeout=5000)
    assert "q2" in widget.banner.text.text()


def test_problems_show_only_after_input(qtbot: QtBot) -> None:
    dialog = QuotaDialog("t1", nodes=3)
    qtbot.addWidget(dialog)
    assert dialog.problems.text() == ""  # nothing typed yet: nothing is wrong
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.interval_edit, "x")  # "1sx"
    assert "Durations look like" in dialog.problems.text()
    dialog.interval_edit.clear()
    qtbot.keyClicks(dialog.interval_edit, "1s")
    assert "Give the quota a name." in dialog.problems.text()
    qtbot.keyClicks(dialog.name_edit, "q1")
    assert dialog.problems.text() == "" and dialog.save_button.isEnabled()


def test_layout_matches_the_other_dialogs(qtbot: QtBot) -> None:
    dialog = QuotaDialog("", nodes=3)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 400
    for edit in dialog.findChildren(QLineEdit):
        text = edit.placeholderText()
        if text:
            room = edit.contentsRect().width()
            assert room > edit.fontMetrics().horizontalAdvance(text), text
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())
    ]
    texts = [label.text() for label in labels if isinstance(label, QLabel)]
    assert len(texts) == 6 and all(text.endswith(":") for text in texts), texts


def test_editing_says_save(qtbot: QtBot) -> None:
    quota = RateLimitQuota("n1", "q1", path="t1/secret/", rate=5, interval=1)
    dialog = QuotaDialog("t1", nodes=3, existing=quota)
    qtbot.addWidget(dialog)
    assert dialog.save_button.text() == "Save"
    assert dialog.mount_edit.text() == "secret" and dialog.save_button.isEnabled()
