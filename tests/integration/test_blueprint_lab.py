"""The tenant blueprint on the real lab: success, and a failure midway that rolls back."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from adminui.api.vault import VaultClient
from adminui.api.vault_auth import AuthApi
from adminui.core.namespaces_blueprint import AuthKind, BlueprintSpec
from adminui.lab import Lab
from adminui.monitor import namespace_ops, namespace_tree
from adminui.monitor.blueprint import StepEvent, StepState, run_blueprint

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
    assert done[-1] == "Create AppRole role tenant"


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
