"""The tenant blueprint on the real lab: success, and a failure midway that rolls back."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from adminui.api.vault import VaultClient
from adminui.api.vault_auth import AuthApi
from adminui.core.cluster import ClusterKind
from adminui.core.namespaces_blueprint import AuthKind, BlueprintSpec
from adminui.lab import Lab
from adminui.monitor import namespace_ops, namespace_tree
from adminui.monitor.blueprint import StepEvent, StepState, run_blueprint
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.context import ClusterContext
from adminui.ui.namespaces.page import NamespacesPage
from tests.secret_scan import register

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def leader_client(lab: Lab) -> VaultClient:
    return VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token)


def test_blueprint_creates_a_tenant(lab: Lab) -> None:
    org = f"bp-{uuid.uuid4().hex[:8]}"
    events: list[StepEvent] = []

    async def scenario() -> None:
        async with leader_client(lab) as client:
            spec = BlueprintSpec(f"{org}/team-a", custom_metadata={"owner": "a"})
            result = await run_blueprint(client, spec, events.append)
            try:
                assert result.ok, result.error
                inside = client.with_namespace(spec.namespace)
                mounts = await inside.mounts.list()
                assert mounts.get("kv") is not None
                assert mounts.get("kv").options.get("version") == "2"  # type: ignore[union-attr]
                policy = await inside.policies.read("tenant")
                assert 'path "kv/data/*"' in policy.policy
                assert await AuthApi(inside.transport, spec.namespace).approle_role_exists("tenant")
                index = await namespace_tree.load_tree(client)
                assert index.entries[spec.namespace].custom_metadata == {"owner": "a"}
            finally:
                await namespace_ops.delete_subtree(client, org, [f"{org}/team-a"])

    asyncio.run(scenario())
    done = [e.step for e in events if e.state is StepState.DONE]
    assert done[0] == f"Create namespace {org}"
    assert done[-2] == "Create AppRole role tenant"
    assert done[-1] == "Issue a secret ID for role tenant"


def test_blueprint_failure_rolls_everything_back(lab: Lab) -> None:
    org = f"rb-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        async with leader_client(lab) as client:
            spec = BlueprintSpec(f"{org}/team-b", auth=AuthKind.APPROLE, token_ttl="not-a-duration")
            result = await run_blueprint(client, spec)
            assert not result.ok
            assert result.failed_step == "Create AppRole role tenant"
            assert result.rolled_back == [
                "Enable AppRole auth",
                "Write policy tenant",
                "Enable KV v2 at kv/",
                f"Create namespace {org}/team-b",
                f"Create namespace {org}",
            ]
            assert not result.rollback_failures
            index = await namespace_tree.load_tree(client)
            assert not any(p == org or p.startswith(org + "/") for p in index.entries)

    asyncio.run(scenario())


def test_blueprint_token_role_and_existing_parent(lab: Lab) -> None:
    org = f"tk-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        async with leader_client(lab) as client:
            await namespace_ops.create_one(client, org)
            try:
                spec = BlueprintSpec(
                    f"{org}/svc",
                    auth=AuthKind.TOKEN,
                    policy_template='path "x" { capabilities = ["read"',
                )
                result = await run_blueprint(client, spec)
                assert not result.ok and result.failed_step == "Write policy tenant"
                index = await namespace_tree.load_tree(client)
                assert org in index.entries  # existed before: kept
                assert f"{org}/svc" not in index.entries
                good = BlueprintSpec(f"{org}/svc", auth=AuthKind.TOKEN)
                result = await run_blueprint(client, good)
                assert result.ok, result.error
                auth = AuthApi(client.transport, good.namespace)
                assert await auth.token_role_exists("tenant")
            finally:
                await namespace_ops.delete_subtree(client, org, [f"{org}/svc"])

    asyncio.run(scenario())


def test_blueprint_never_replaces_what_another_console_wrote_meanwhile(lab: Lab) -> None:
    """Another console writes the tenant's policy right before the blueprint's policy
    step: the step refuses instead of overwriting it."""
    org = f"cw-{uuid.uuid4().hex[:8]}"
    spec = BlueprintSpec(f"{org}/t", auth=AuthKind.TOKEN)
    theirs = 'path "theirs/*" {\n  capabilities = ["read"]\n}\n'
    seen_at_refusal: list[str] = []

    def other_console(event: StepEvent) -> None:
        headers = {"X-Vault-Token": lab.root_token, "X-Vault-Namespace": spec.namespace}
        url = f"{lab.bao_leader().api_url}/v1/sys/policies/acl/tenant"
        if event.step != "Write policy tenant":
            return
        if event.state is StepState.RUNNING:
            answer = httpx.put(url, headers=headers, json={"policy": theirs})
            assert answer.status_code == 204
        elif event.state is StepState.FAILED:
            seen_at_refusal.append(httpx.get(url, headers=headers).json()["data"]["policy"])

    async def scenario() -> None:
        async with leader_client(lab) as client:
            try:
                result = await run_blueprint(client, spec, other_console)
                assert not result.ok and result.failed_step == "Write policy tenant"
                assert "already exists" in str(result.error)
                assert "Write policy tenant" not in result.rolled_back
            finally:
                await namespace_ops.delete_subtree(client, org, [f"{org}/t"])

    asyncio.run(scenario())
    assert seen_at_refusal == [theirs]


def lab_context(lab: Lab) -> ClusterContext:
    urls = tuple(node.api_url for node in lab.bao_nodes())
    profile = Profile("lab", ClusterKind.OPENBAO, urls)
    return ClusterContext(profile, token=lab.root_token, preferred_node=lab.bao_leader().api_url)


def test_blueprint_dialog_shows_an_approle_login_that_works(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge
) -> None:
    org = f"dlg-{uuid.uuid4().hex[:8]}"

    async def make_org() -> None:
        async with leader_client(lab) as client:
            await namespace_ops.create_one(client, org)

    asyncio.run(make_org())
    try:
        page = NamespacesPage(lab_context(lab), bridge)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
            page.refresh()
        assert page.select_path(org)
        qtbot.mouseClick(page.blueprint_button, Qt.MouseButton.LeftButton)
        dialog = page.blueprint_dialog
        assert dialog is not None
        assert dialog.path_edit.text() == f"{org}/new-tenant"  # not the existing org
        # The existing namespace itself is refused before anything runs.
        dialog.path_edit.setText(org)
        assert "already exists" in dialog.problem.text() and not dialog.run_button.isEnabled()
        dialog.path_edit.setText(f"{org}/app")
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
        assert "is ready" in dialog.outcome.text(), dialog.outcome.text()
        box = dialog.credentials
        assert box.isVisible()
        role_id, secret_id = box.role_id_edit.text(), box.secret_id_edit.text()
        register(secret_id)  # the session-end scan fails if it was logged or written
        assert role_id and secret_id
        assert box.secret_id_edit.echoMode() == QLineEdit.EchoMode.Password

        # What the dialog shows logs in, where the hint says.
        assert f"auth/approle/login in namespace {org}/app/" in box.hint.text()
        with httpx.Client(base_url=lab.bao_leader().api_url, trust_env=False) as raw:
            answer = raw.post(
                "/v1/auth/approle/login",
                json={"role_id": role_id, "secret_id": secret_id},
                headers={"X-Vault-Namespace": f"{org}/app"},
            )
        assert answer.status_code == 200, answer.text
        auth = answer.json()["auth"]
        register(auth["client_token"])
        assert "tenant" in auth["policies"]
        dialog.reject()
        assert box.secret_id_edit.text() == ""
    finally:

        async def cleanup() -> None:
            async with leader_client(lab) as client:
                await namespace_ops.delete_subtree(client, org, [f"{org}/app"])

        asyncio.run(cleanup())
