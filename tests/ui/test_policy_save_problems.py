"""Save… on the policies page: findings the server refuses are counted in the save
dialog, saving is not offered, and the user is taken back to the problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from adminui.api.transport import VaultTransport
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind
from adminui.profiles.policy_drafts import DraftStore, PolicyHistory
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.policies import PoliciesPage
from adminui.ui.policies import dialogs as dialogs_module
from adminui.ui.policies import page as policies_page
from adminui.ui.policies.dialogs import SaveDiffDialog

SERVER_TEXT = 'path "app/*" {\n  capabilities = ["read"]\n}\n'
# Three findings the server refuses: an unknown capability, a misspelt key, a stray key.
THREE = 'path "app/*" {\n  capabilities = ["red"]\n  capabilites = ["read"]\n}\nfoo = "x"\n'
ONE = 'path "app/*" {\n  capabilities = ["read", "red"]\n}\n'


class ServerContext(ClusterContext):
    """Answers like OpenBao for one policy "app"; records the writes."""

    def __init__(self) -> None:
        super().__init__(Profile("stub", ClusterKind.OPENBAO, ("http://n1:8200",)), "s.tok")
        self.writes: list[str] = []
        self.server_text = SERVER_TEXT

    def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("sys/capabilities-self"):
            paths = json.loads(request.content)["paths"]
            return httpx.Response(200, json={p: ["root"] for p in paths} | {"capabilities": []})
        if request.method == "LIST" or request.url.params.get("list") == "true":
            return httpx.Response(200, json={"data": {"keys": ["app"]}})
        if request.method == "GET" and path.endswith("sys/policies/acl/app"):
            return httpx.Response(200, json={"data": {"name": "app", "policy": self.server_text}})
        if request.method == "PUT":
            self.writes.append(json.loads(request.content)["policy"])
            self.server_text = self.writes[-1]
            return httpx.Response(204)
        return httpx.Response(404, json={"errors": []})

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        client = httpx.AsyncClient(
            transport=httpx.MockTransport(self.answer), base_url="http://n1:8200"
        )
        transport = VaultTransport("http://n1:8200", token="s.tok", client=client)
        original = transport.aclose

        async def aclose() -> None:
            await original()
            await client.aclose()

        transport.aclose = aclose  # type: ignore[method-assign]
        return VaultClient(transport, namespace)


class Dialogs:
    """Every save dialog the page opens, answered as ``answer`` says: "back" (the
    Cancel / "Back to the editor" button), "save" (the Save button) or "pick" (the
    first listed problem activated)."""

    def __init__(self) -> None:
        self.shown: Dialogs = []
        self.answer = "back"

    def exec(self, dialog: SaveDiffDialog) -> int:
        self.shown.append(dialog)
        if self.answer == "save":
            dialog.save_button.click()
        elif self.answer == "pick":
            dialog.problem_list.itemActivated.emit(dialog.problem_list.item(0))
        else:
            dialog.back_button.click()
        return int(dialog.result())


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs_module.SaveDiffDialog, "exec", lambda self: dialogs.exec(self))
    return dialogs


def open_page(qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path) -> tuple[PoliciesPage, Any]:
    context = ServerContext()
    page = PoliciesPage(
        context, bridge, drafts=DraftStore(tmp_path), history=PolicyHistory(tmp_path)
    )
    qtbot.addWidget(page)
    page.set_namespace("")
    qtbot.waitUntil(lambda: page.select("app"), timeout=3000)
    qtbot.waitUntil(lambda: page.editor.text == SERVER_TEXT, timeout=3000)
    qtbot.waitUntil(page.editor.save_button.isEnabled, timeout=3000)
    return page, context


def press_save(qtbot: QtBot, page: PoliciesPage, dialogs: Dialogs) -> SaveDiffDialog:
    before = len(dialogs.shown)
    page.editor.save_button.click()
    qtbot.waitUntil(lambda: len(dialogs.shown) > before, timeout=3000)
    return dialogs.shown[-1]


def test_save_counts_the_problems_the_server_will_reject_and_goes_back_to_them(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, shown: Dialogs
) -> None:
    page, context = open_page(qtbot, bridge, tmp_path)
    page.editor.editor.setPlainText(THREE)
    dialog = press_save(qtbot, page, shown)
    assert dialog.problem_summary.text() == "3 problems — the server will reject this."
    assert dialog.problem_list.count() == 3
    listed = [dialog.problem_list.item(r).text() for r in range(3)]
    assert listed[0] == "Line 2, column 19: Unknown capability 'red': the server will refuse it."
    assert "Unknown key 'capabilites'" in listed[1]
    assert "Unknown top-level key 'foo'" in listed[2]
    assert not dialog.save_button.isEnabled()
    assert dialog.back_button.text() == "Back to the editor"
    assert dialog.result() == QDialog.DialogCode.Rejected
    # Nothing was sent; the text stays; the cursor is on the first problem.
    assert context.writes == []
    assert page.editor.text == THREE
    cursor = page.editor.editor.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (2, 19)
    assert page.editor.save_button.isEnabled()


def test_one_problem_is_said_in_the_singular_and_can_be_picked(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, shown: Dialogs
) -> None:
    page, context = open_page(qtbot, bridge, tmp_path)
    page.editor.editor.setPlainText(ONE)
    shown.answer = "pick"
    dialog = press_save(qtbot, page, shown)
    assert dialog.problem_summary.text() == "1 problem — the server will reject this."
    assert dialog.chosen_problem is not None and "'red'" in dialog.chosen_problem.message
    assert context.writes == []
    cursor = page.editor.editor.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (2, 27)


def test_a_policy_the_server_accepts_is_saved_without_a_problem_sentence(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, shown: Dialogs
) -> None:
    page, context = open_page(qtbot, bridge, tmp_path)
    accepted = 'path "app/*" {\n  capabilities = ["read", "list"]\n}\n'
    page.editor.editor.setPlainText(accepted)
    shown.answer = "save"
    dialog = press_save(qtbot, page, shown)
    assert dialog.problem_summary.isHidden() and dialog.problem_summary.text() == ""
    assert dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: context.writes == [accepted], timeout=3000)


def test_new_policy_refuses_a_name_that_would_leave_its_path_and_keeps_it_typed(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user types ``../../sys/step-down`` into New policy: the dialog comes back with
    the reason and the name still in the field; the corrected name opens the editor."""
    page, _context = open_page(qtbot, bridge, tmp_path)
    asked: list[tuple[str, str]] = []
    answers = iter([("../../sys/step-down", True), ("team-a", True)])

    def get_text(_parent: object, _title: str, label: str, **kwargs: str) -> tuple[str, bool]:
        asked.append((label, kwargs.get("text", "")))
        return next(answers)

    monkeypatch.setattr(policies_page.QInputDialog, "getText", get_text)
    page.new_button.click()
    assert len(asked) == 2
    assert asked[0] == ("Policy name:", "")
    reason, typed = asked[1]
    assert reason.startswith("This name cannot be used: a part of it is empty, . or ..")
    assert typed == "../../sys/step-down"
    assert page.editor.name == "team-a"


def test_a_save_made_elsewhere_while_the_diff_is_open_is_never_overwritten(
    qtbot: QtBot,
    bridge: AsyncBridge,
    tmp_path: Path,
    shown: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Console A shows its Save diff; console B saves meanwhile; A confirms: A's write is
    refused (the server is read again right before it), B's text stays, A's is a draft."""
    page, context = open_page(qtbot, bridge, tmp_path)
    mine = 'path "app/*" {\n  capabilities = ["read", "list"]\n}\n'
    theirs = 'path "app/*" {\n  capabilities = ["read", "update"]\n}\n'
    page.editor.editor.setPlainText(mine)
    merges: list[tuple[str, str, str]] = []
    page.editor.resolve_conflict = lambda _n, base, m, server: merges.append((base, m, server))

    def other_console_saves_then_confirm(dialog: SaveDiffDialog) -> int:
        context.server_text = theirs  # B's save lands while A looks at its diff
        dialog.save_button.click()
        return int(dialog.result())

    monkeypatch.setattr(shown, "exec", other_console_saves_then_confirm)
    with qtbot.waitSignal(page.editor.sig_conflict, timeout=3000):
        page.editor.save_button.click()
    assert context.writes == [] and context.server_text == theirs
    assert merges == [(SERVER_TEXT, mine, theirs)]  # the three-way view: opened, mine, theirs
    assert page.editor.text == mine and page.editor.is_modified()
    assert "changed on the server" in page.editor.banner.text.text()
