"""Rate-limit quotas against the real lab: CRUD through the widget, 429 and backoff."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.api import errors
from adminui.api.transport import RetryPolicy
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind
from adminui.core.quota_rules import QuotaSpec
from adminui.lab import Lab
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.quotas import QuotasPage, QuotasWidget
from adminui.ui.quotas.dialog import QuotaDialog

pytestmark = pytest.mark.lab
T = TypeVar("T")
NS = "pwbq"


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def root(lab: Lab, **options: Any) -> VaultClient:
    return VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token, **options)


@pytest.fixture(scope="module")
def namespace(lab: Lab) -> str:
    async def setup() -> None:
        async with root(lab) as v:
            with contextlib.suppress(errors.BadRequest):  # exists already
                await v.namespaces.create(NS)

    run(setup())
    return NS


def context(lab: Lab) -> ClusterContext:
    urls = tuple(node.api_url for node in lab.bao_nodes())
    profile = Profile("lab", ClusterKind.OPENBAO, urls)
    return ClusterContext(profile, token=lab.root_token, preferred_node=lab.bao_leader().api_url)


def server_quota_names(lab: Lab) -> tuple[str, ...]:
    async def names() -> tuple[str, ...]:
        async with root(lab) as v:
            return (await v.quotas.list_rate_limits()).keys

    return run(names())


def test_quota_crud_through_the_widget_per_namespace(
    qtbot: QtBot, lab: Lab, namespace: str, bridge: AsyncBridge
) -> None:
    widget = QuotasWidget(context(lab), bridge, namespace)
    qtbot.addWidget(widget)
    widget.confirm_delete = lambda _n: True
    assert "15 requests/s" in widget.note.text()  # 3 nodes count separately
    with qtbot.waitSignal(widget.sig_listed, timeout=5000):
        widget.refresh()
    with qtbot.waitSignal(widget.sig_listed, timeout=5000):
        widget.save_quota(QuotaSpec("pwb-crud", f"{namespace}/", 50, 2, 5))
    row = widget.model.row_of("pwb-crud")
    assert row >= 0
    quota = widget.model.record(row)
    assert (quota.path, quota.rate, quota.interval, quota.block_interval) == (
        f"{namespace}/",
        50,
        2,
        5,
    )
    assert widget.model.data(widget.model.index(row, 5)) == "150 / 2s"
    with qtbot.waitSignal(widget.sig_listed, timeout=5000):
        widget.save_quota(QuotaSpec("pwb-crud", f"{namespace}/", 80, 1, 0), opened=quota)
    assert widget.model.record(widget.model.row_of("pwb-crud")).rate == 80
    # A quota elsewhere is not shown on this namespace's widget, but on the page.
    with qtbot.waitSignal(widget.sig_listed, timeout=5000):
        widget.save_quota(QuotaSpec("pwb-other", "", 1000, 1, 0))
    assert widget.model.row_of("pwb-other") < 0
    page = QuotasPage(context(lab), bridge)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.quotas.sig_listed, timeout=5000):
        page.refresh()
    assert page.quotas.model.row_of("pwb-other") >= 0
    assert page.quotas.model.row_of("pwb-crud") >= 0
    for name in ("pwb-crud", "pwb-other"):
        listed = page.quotas.model.record(page.quotas.model.row_of(name))
        with qtbot.waitSignal(widget.sig_deleted, timeout=5000):
            widget.delete_quota(listed)
    assert not {"pwb-crud", "pwb-other"} & set(server_quota_names(lab))


def test_burst_gets_429_and_the_client_backs_off_per_retry_after(lab: Lab, namespace: str) -> None:
    url = lab.bao_leader().api_url

    async def scenario() -> tuple[list[int], str | None, list[float]]:
        async with root(lab) as admin:
            before = await admin.quotas.read_config()
            await admin.quotas.write_config(enable_rate_limit_response_headers=True)
            await admin.quotas.write_rate_limit(
                "pwb-burst", rate=2, path=f"{namespace}/", interval="2s"
            )
            try:
                headers = {"X-Vault-Token": lab.root_token, "X-Vault-Namespace": namespace}
                async with httpx.AsyncClient(base_url=url, trust_env=False) as raw:
                    answers = [
                        await raw.get("/v1/sys/policies/acl/default", headers=headers)
                        for _ in range(6)
                    ]
                statuses = [a.status_code for a in answers]
                retry_after = next(
                    (a.headers.get("retry-after") for a in answers if a.status_code == 429), None
                )
                slept: list[float] = []

                async def sleep(seconds: float) -> None:
                    slept.append(seconds)
                    await asyncio.sleep(seconds)

                client = VaultClient.connect(
                    url,
                    token=lab.root_token,
                    namespace=namespace,
                    retry=RetryPolicy(max_attempts=8, base_delay=0.05, max_delay=8),
                    sleep=sleep,
                )
                async with client:
                    for _ in range(3):
                        try:
                            policy = await client.policies.read("default")
                        except errors.RateLimited as exc:
                            raise AssertionError(f"slept {slept}") from exc
                        assert policy.name == "default"
                return statuses, retry_after, slept
            finally:
                await admin.quotas.delete_rate_limit("pwb-burst")
                await admin.quotas.write_config(
                    enable_rate_limit_response_headers=before.enable_rate_limit_response_headers
                )
                after = await admin.quotas.read_config()
                assert after == before

    statuses, retry_after, slept = run(scenario())
    assert statuses[:2] == [200, 200]
    assert 429 in statuses
    assert retry_after is not None and float(retry_after) > 0
    assert slept, "the client never backed off"
    # Retry-After is whole seconds (it can read 0 near the end of a window): the client
    # waited at least as long as the server asked at least once, never less than backoff.
    assert max(slept) >= float(retry_after) - 0.01
    assert min(slept) >= 0.05
    assert "pwb-burst" not in server_quota_names(lab)


def new_quota_dialog(
    qtbot: QtBot, lab: Lab, namespace: str, bridge: AsyncBridge
) -> tuple[QuotasWidget, QuotaDialog]:
    """A shown quotas widget and the dialog its New… button opened."""
    widget = QuotasWidget(context(lab), bridge, namespace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.new_button.isEnabled, timeout=5000)
    qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert dialog is not None and dialog.save_button.text() == "Create"
    return widget, dialog


def test_a_refused_quota_keeps_the_dialog_open(
    qtbot: QtBot, lab: Lab, namespace: str, bridge: AsyncBridge
) -> None:
    _widget, dialog = new_quota_dialog(qtbot, lab, namespace, bridge)
    qtbot.keyClicks(dialog.name_edit, "pwb-nomount")
    qtbot.keyClicks(dialog.mount_edit, "kv")  # nothing is mounted there
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.failure.isVisible, timeout=5000)
    assert dialog.isVisible()
    assert "invalid mount path" in dialog.failure.text(), dialog.failure.text()
    assert (dialog.name_edit.text(), dialog.mount_edit.text()) == ("pwb-nomount", "kv")
    assert dialog.save_button.isEnabled()
    assert "pwb-nomount" not in server_quota_names(lab)
    dialog.reject()


def write_quota(lab: Lab, name: str, path: str, rate: float) -> None:
    """Another console's save."""

    async def write() -> None:
        async with root(lab) as v:
            await v.quotas.write_rate_limit(name, rate=rate, path=path, interval="1s")

    run(write())


def server_rate(lab: Lab, name: str) -> float:
    async def read() -> float:
        async with root(lab) as v:
            return (await v.quotas.read_rate_limit(name)).rate

    return run(read())


def test_a_quota_changed_by_another_console_is_not_overwritten(
    qtbot: QtBot, lab: Lab, namespace: str, bridge: AsyncBridge
) -> None:
    write_quota(lab, "pwb-moved", f"{namespace}/", 10)
    widget = QuotasWidget(context(lab), bridge, namespace)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.sig_listed, timeout=5000):
        widget.refresh()
    widget.table.selectRow(widget.model.row_of("pwb-moved"))
    qtbot.waitUntil(widget.edit_button.isEnabled, timeout=5000)
    qtbot.mouseClick(widget.edit_button, Qt.MouseButton.LeftButton)
    dialog = widget.dialog
    assert dialog is not None
    dialog.rate_spin.setValue(30)
    write_quota(lab, "pwb-moved", f"{namespace}/", 20)  # the other console saves first
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.failure.isVisible, timeout=5000)
    assert "changed on the server since you opened it" in dialog.failure.text()
    assert dialog.isVisible() and dialog.rate_spin.value() == 30  # the input stays
    assert dialog.moved.isVisible()
    view = dialog.moved.text()
    assert all(f"<td>{v}</td>" in view for v in ("Rate", "10", "20", "30")), view
    assert server_rate(lab, "pwb-moved") == 20  # the other console's save stands
    # Having seen the server's values, a second Save replaces them.
    with qtbot.waitSignal(widget.sig_saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert server_rate(lab, "pwb-moved") == 30
    # Deleting what the list shows is refused once another console changed it.
    qtbot.waitUntil(lambda: widget.model.record(widget.model.row_of("pwb-moved")).rate == 30)
    listed = widget.model.record(widget.model.row_of("pwb-moved"))
    write_quota(lab, "pwb-moved", f"{namespace}/", 40)
    with qtbot.waitSignal(widget.sig_listed, timeout=5000):
        widget.delete_quota(listed)
    assert "changed on the server since it was listed" in widget.banner.text.text()
    assert server_rate(lab, "pwb-moved") == 40
    with qtbot.waitSignal(widget.sig_deleted, timeout=5000):
        widget.delete_quota(widget.model.record(widget.model.row_of("pwb-moved")))
    assert "pwb-moved" not in server_quota_names(lab)


def test_a_new_quota_does_not_replace_one_created_meanwhile(
    qtbot: QtBot, lab: Lab, namespace: str, bridge: AsyncBridge
) -> None:
    _widget, dialog = new_quota_dialog(qtbot, lab, namespace, bridge)
    qtbot.keyClicks(dialog.name_edit, "pwb-race")
    write_quota(lab, "pwb-race", f"{namespace}/", 7)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.failure.isVisible, timeout=5000)
    assert "was created on the server meanwhile" in dialog.failure.text()
    assert server_rate(lab, "pwb-race") == 7
    dialog.reject()

    async def clean() -> None:
        async with root(lab) as v:
            await v.quotas.delete_rate_limit("pwb-race")

    run(clean())
