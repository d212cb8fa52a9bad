"""The policy workbench against the real 3-node OpenBao lab."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from pytestqt.qtbot import QtBot

from adminui.api import errors
from adminui.api.transport import VaultTransport
from adminui.api.vault import VaultClient
from adminui.api.vault_models import RateLimitQuota
from adminui.core.cluster import ClusterKind
from adminui.lab import Lab
from adminui.profiles.policy_drafts import DraftStore, PolicyHistory, PolicyKey
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.policies import PoliciesPage
from adminui.ui.policies.editor import PolicyEditor
from adminui.ui.quotas import QuotasWidget

pytestmark = pytest.mark.lab
T = TypeVar("T")
NESTED = "pwb1/pwb2"
READER = 'path "secret/data/app/*" {\n  capabilities = ["read", "list"]\n}\n'


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


class RecordingContext(ClusterContext):
    """A context whose clients record every request that leaves the process."""

    sent: list[tuple[str, str]]

    def vault(self, namespace: str = "", node: str | None = None) -> VaultClient:
        client = httpx.AsyncClient(
            event_hooks={"request": [self._record]}, trust_env=False, follow_redirects=False
        )
        transport = VaultTransport(
            node or self.node_order()[0],
            token=self.token,
            read_only=self.profile.read_only,
            client=client,
        )
        vault = VaultClient(transport, namespace)
        close_transport = vault.aclose

        async def aclose() -> None:
            await close_transport()
            await client.aclose()

        vault.aclose = aclose  # type: ignore[method-assign]
        return vault

    async def _record(self, request: httpx.Request) -> None:
        self.sent.append((request.method, request.url.path))


def make_context(
    lab: Lab, *, read_only: bool = False, token: str | None = None
) -> RecordingContext:
    profile = Profile("lab", ClusterKind.OPENBAO, (lab.bao_leader().api_url,), read_only=read_only)
    ctx = RecordingContext(profile, token=token or lab.root_token)
    ctx.sent = []
    return ctx


@pytest.fixture(scope="module")
def namespaces(lab: Lab) -> Iterator[None]:
    async def setup() -> None:
        async with VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token) as v:
            for parent, child in (("", "pwb1"), ("pwb1", "pwb2")):
                with contextlib.suppress(errors.BadRequest):  # exists already
                    await v.with_namespace(parent).namespaces.create(child)

    run(setup())
    yield


def server_policy(lab: Lab, namespace: str, name: str) -> str | None:
    async def read() -> str | None:
        async with VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token) as v:
            try:
                return (await v.with_namespace(namespace).policies.read(name)).policy
            except errors.NotFound:
                return None

    return run(read())


def server_write(lab: Lab, namespace: str, name: str, text: str) -> None:
    async def write() -> None:
        async with VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token) as v:
            await v.with_namespace(namespace).policies.write(name, text)

    run(write())


def page_for(
    qtbot: QtBot, ctx: ClusterContext, bridge: AsyncBridge, tmp_path: Path
) -> PoliciesPage:
    page = PoliciesPage(ctx, bridge, drafts=DraftStore(tmp_path), history=PolicyHistory(tmp_path))
    qtbot.addWidget(page)
    page.editor.confirm_save = lambda _n, _s, _m: True
    page.confirm_delete = lambda _n: True
    return page


@pytest.mark.parametrize("namespace", ["", NESTED])
def test_create_edit_delete_through_the_page(
    qtbot: QtBot, lab: Lab, namespaces: None, bridge: AsyncBridge, tmp_path: Path, namespace: str
) -> None:
    page = page_for(qtbot, make_context(lab), bridge, tmp_path)
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        page.set_namespace(namespace)
    page.create_policy("pwb-reader")
    page.editor.editor.setPlainText(READER)
    with qtbot.waitSignal(page.editor.sig_saved, timeout=5000):
        page.editor.save()
    assert server_policy(lab, namespace, "pwb-reader") == READER
    qtbot.waitUntil(lambda: page.model.row_of("pwb-reader") >= 0, timeout=5000)
    assert server_policy(lab, "pwb1" if namespace == "" else "", "pwb-reader") is None

    # Edit: the save shows the diff against the server first.
    shown: list[tuple[str, str]] = []

    def confirm(_name: str, server: str, mine: str) -> bool:
        shown.append((server, mine))
        return True

    page.editor.confirm_save = confirm
    edited = READER.replace('"list"]', '"list", "update"]')
    page.editor.editor.setPlainText(edited)
    with qtbot.waitSignal(page.editor.sig_saved, timeout=5000):
        page.editor.save()
    assert shown == [(READER, edited)]
    assert server_policy(lab, namespace, "pwb-reader") == edited
    key = PolicyKey("lab", namespace, "pwb-reader")
    assert [e.text for e in page.editor.history.entries(key)] == [READER, edited]
    assert page.editor.drafts.load(key) is None

    assert page.select("pwb-reader")
    with qtbot.waitSignal(page.sig_deleted, timeout=5000):
        page.delete_policy("pwb-reader")
    assert server_policy(lab, namespace, "pwb-reader") is None
    qtbot.waitUntil(lambda: page.model.row_of("pwb-reader") < 0, timeout=5000)


def test_concurrent_edit_is_refused_with_a_diff(
    qtbot: QtBot, lab: Lab, namespaces: None, bridge: AsyncBridge, tmp_path: Path
) -> None:
    server_write(lab, NESTED, "pwb-race", READER)
    editor = PolicyEditor(make_context(lab), bridge, DraftStore(tmp_path), PolicyHistory(tmp_path))
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.sig_loaded, timeout=5000):
        editor.open_policy(NESTED, "pwb-race")
    assert editor.text == READER
    behind_our_back = READER + 'path "sys/mounts" {\n  capabilities = ["read"]\n}\n'
    server_write(lab, NESTED, "pwb-race", behind_our_back)
    mine = READER.replace("app", "web")
    editor.editor.setPlainText(mine)
    offered: list[tuple[str, str, str]] = []
    editor.resolve_conflict = lambda _n, base, m, server: offered.append((base, m, server)) or None
    editor.confirm_save = lambda *_: pytest.fail("must not offer to overwrite")
    with qtbot.waitSignal(editor.sig_conflict, timeout=5000) as signal:
        editor.save()
    diff = signal.args[0]
    assert '-path "sys/mounts" {' in diff and '+path "secret/data/web/*" {' in diff
    assert offered == [(READER, mine, behind_our_back)]
    assert server_policy(lab, NESTED, "pwb-race") == behind_our_back
    assert editor.text == mine  # nothing the user typed is lost
    assert DraftStore(tmp_path).load(PolicyKey("lab", NESTED, "pwb-race")) is not None

    # Merging takes the server's change in; the next save goes through.
    editor.resolve_conflict = lambda _n, base, m, server: editor.merge_preview(server).text
    with qtbot.waitSignal(editor.sig_conflict, timeout=5000):
        editor.save()
    assert "sys/mounts" in editor.text and "secret/data/web/*" in editor.text
    editor.confirm_save = lambda *_: True
    with qtbot.waitSignal(editor.sig_saved, timeout=5000):
        editor.save()
    assert server_policy(lab, NESTED, "pwb-race") == editor.text


def test_server_parse_error_is_mapped_to_its_line_and_the_draft_survives(
    qtbot: QtBot, lab: Lab, namespaces: None, bridge: AsyncBridge, tmp_path: Path
) -> None:
    drafts = DraftStore(tmp_path)
    editor = PolicyEditor(make_context(lab), bridge, drafts, PolicyHistory(tmp_path))
    qtbot.addWidget(editor)
    editor.confirm_save = lambda *_: True
    editor.new_policy("pwb1", "pwb-broken")
    broken = 'path "a" {\n  capabilities = ["read"]\n}\npath "b" {\n  capabilities = ["read"\n}\n'
    editor.editor.setPlainText(broken)
    with qtbot.waitSignal(editor.sig_failed, timeout=5000) as signal:
        editor.save()
    error = signal.args[0]
    assert isinstance(error, errors.BadRequest)
    assert "At 6:1" in error.server_message
    assert list(editor.editor.marked_lines()) == [6]
    assert editor.editor.textCursor().blockNumber() == 5
    assert "At 6:1" in editor.banner.text.text()
    assert server_policy(lab, "pwb1", "pwb-broken") is None
    draft = drafts.load(PolicyKey("lab", "pwb1", "pwb-broken"))
    assert draft is not None and draft.text == broken


def test_draft_is_restored_after_the_editor_is_destroyed(
    qtbot: QtBot, lab: Lab, namespaces: None, bridge: AsyncBridge, tmp_path: Path
) -> None:
    server_write(lab, "pwb1", "pwb-draft", READER)
    drafts = DraftStore(tmp_path)
    editor = PolicyEditor(make_context(lab), bridge, drafts, PolicyHistory(tmp_path))
    with qtbot.waitSignal(editor.sig_loaded, timeout=5000):
        editor.open_policy("pwb1", "pwb-draft")
    typed = READER + "# work in progress\n"
    editor.editor.setPlainText(typed)
    qtbot.waitUntil(lambda: drafts.load(PolicyKey("lab", "pwb1", "pwb-draft")) is not None)
    gone: list[bool] = []
    editor.destroyed.connect(lambda: gone.append(True))
    editor.deleteLater()  # killed without saving
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    del editor

    again = PolicyEditor(make_context(lab), bridge, drafts, PolicyHistory(tmp_path))
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.sig_loaded, timeout=5000):
        again.open_policy("pwb1", "pwb-draft")
    assert again.text == typed
    assert again.is_modified()
    assert "draft" in again.draft_banner.text.text()
    assert server_policy(lab, "pwb1", "pwb-draft") == READER
    again.revert()
    qtbot.waitUntil(lambda: again.text == READER, timeout=5000)
    assert drafts.load(PolicyKey("lab", "pwb1", "pwb-draft")) is None


def test_read_only_profile_sends_no_write(
    qtbot: QtBot, lab: Lab, namespaces: None, bridge: AsyncBridge, tmp_path: Path
) -> None:
    server_write(lab, "", "pwb-ro", READER)
    ctx = make_context(lab, read_only=True)
    page = page_for(qtbot, ctx, bridge, tmp_path)
    assert page.read_only_label.isVisibleTo(page)
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        page.set_namespace("")
    assert page.select("pwb-ro")
    qtbot.waitUntil(lambda: page.editor.text == READER, timeout=5000)
    for button in (page.new_button, page.delete_button, page.editor.save_button):
        assert not button.isEnabled()
        assert "read-only profile" in button.toolTip()
    # Force the actions anyway: the API layer refuses before anything is sent.
    page.editor.editor.setReadOnly(False)
    page.editor.editor.setPlainText(READER + "# changed\n")
    page.editor.confirm_save = lambda *_: True
    with qtbot.waitSignal(page.editor.sig_failed, timeout=5000) as signal:
        page.editor._write(page.editor.text, READER)
    assert isinstance(signal.args[0], errors.ReadOnlyViolation)
    page.delete_policy("pwb-ro")
    qtbot.waitUntil(lambda: page.banner.isVisibleTo(page), timeout=5000)
    quotas = QuotasWidget(ctx, bridge, "")
    qtbot.addWidget(quotas)
    assert not quotas.new_button.isEnabled()
    quotas.delete_quota(RateLimitQuota(node="", name="anything"))
    qtbot.waitUntil(lambda: quotas.banner.isVisibleTo(quotas), timeout=5000)
    assert "read-only" in quotas.banner.text.text()
    assert ctx.sent, "reads did go out"
    writes = [(m, p) for m, p in ctx.sent if m not in ("GET", "LIST", "SCAN")]  # reads
    assert all(p.endswith("/sys/capabilities-self") for _m, p in writes), writes
    assert server_policy(lab, "", "pwb-ro") == READER


def test_actions_the_token_may_not_perform_are_disabled_with_the_reason(
    qtbot: QtBot, lab: Lab, namespaces: None, bridge: AsyncBridge, tmp_path: Path
) -> None:
    limited = 'path "sys/policies/acl" {\n  capabilities = ["list"]\n}\n' + (
        'path "sys/policies/acl/*" {\n  capabilities = ["read"]\n}\n'
    )
    server_write(lab, "", "pwb-limited", limited)

    async def token() -> str:
        async with VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token) as v:
            response = await v.transport.request(
                "POST", "auth/token/create", json={"policies": ["pwb-limited"], "ttl": "10m"}
            )
            return str(response.json()["auth"]["client_token"])

    ctx = make_context(lab, token=run(token()))
    page = page_for(qtbot, ctx, bridge, tmp_path)
    with qtbot.waitSignal(page.sig_listed, timeout=5000):
        page.set_namespace("")
    assert page.select("default")
    qtbot.waitUntil(lambda: "lacks" in page.new_button.toolTip(), timeout=5000)
    assert not page.new_button.isEnabled()
    qtbot.waitUntil(lambda: "lacks" in page.editor.save_button.toolTip(), timeout=5000)
    assert not page.editor.save_button.isEnabled()
    assert "has: read" in page.editor.save_button.toolTip()
    # The path tester asks the server for this token, then for another one.
    page.tester.set_namespace("")
    page.tester.path_edit.setText("sys/policies/acl/x")
    with qtbot.waitSignal(page.tester.sig_answered, timeout=5000) as signal:
        page.tester.check()
    assert signal.args == ["sys/policies/acl/x", ("read",)]
    # Asking about another token needs sys/capabilities, which this token lacks.
    page.tester.token_edit.setText(lab.root_token)
    page.tester.check()
    qtbot.waitUntil(lambda: page.tester.banner.isVisibleTo(page.tester), timeout=5000)
    assert "not allowed" in page.tester.banner.text.text()
    # The root token may ask what the limited token can do.
    from adminui.ui.policies.path_tester import PathTester

    tester = PathTester(make_context(lab), bridge)
    qtbot.addWidget(tester)
    tester.path_edit.setText("sys/policies/acl/x")
    tester.token_edit.setText(str(ctx.token))
    with qtbot.waitSignal(tester.sig_answered, timeout=5000) as signal:
        tester.check()
    assert signal.args == ["sys/policies/acl/x", ("read",)]
    assert "read" in tester.result.text()
