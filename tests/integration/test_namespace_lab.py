"""Namespaces on the real lab: nested create/list/delete, lock/unlock, per-namespace metrics."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from adminui.api.errors import NamespaceLocked, VaultError
from adminui.api.vault import VaultClient
from adminui.core.metrics import parse_prometheus
from adminui.core.metrics_namespaces import requests_by_namespace
from adminui.lab import Lab
from adminui.monitor import namespace_ops, namespace_tree

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def leader_client(lab: Lab) -> VaultClient:
    return VaultClient.connect(lab.bao_leader().api_url, token=lab.root_token)


def test_nested_create_scan_summarize_delete(lab: Lab) -> None:
    top = f"nt-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        async with leader_client(lab) as client:
            created = await namespace_ops.create_path(client, f"{top}/mid/leaf", {"owner": "x"})
            assert created == [top, f"{top}/mid", f"{top}/mid/leaf"]
            index = await namespace_tree.load_tree(client)
            assert index.complete
            assert index.kids(top) == [f"{top}/mid"]
            assert index.entries[f"{top}/mid/leaf"].custom_metadata == {"owner": "x"}
            level = await namespace_tree.list_children(client, f"{top}/mid")
            assert [e.path for e in level] == [f"{top}/mid/leaf"]
            await client.with_namespace(top).mounts.enable("kv", "kv", options={"version": "2"})
            summary = await namespace_tree.summarize(client, top)
            assert set(summary.children) == {f"{top}/mid", f"{top}/mid/leaf"}
            assert "kv/" in summary.mounts
            deleted = await namespace_ops.delete_subtree(client, top, list(summary.children))
            assert deleted == 3
            after = await namespace_tree.load_tree(client)
            assert not any(p == top or p.startswith(top + "/") for p in after.entries)

    asyncio.run(scenario())


def test_lock_and_unlock_through_the_leader(lab: Lab) -> None:
    name = f"lk-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        async with leader_client(lab) as client:
            await namespace_ops.create_one(client, name)
            try:
                lock = await namespace_ops.lock(client, name)
                assert lock.unlock_key
                index = await namespace_tree.load_tree(client)
                assert index.entries[name].locked
                with pytest.raises(NamespaceLocked):
                    await client.with_namespace(name).mounts.list()
                with pytest.raises(VaultError):
                    await namespace_ops.unlock(client, name, "wrong-key")
                await namespace_ops.unlock(client, name, lock.unlock_key)
                await client.with_namespace(name).mounts.list()
                index = await namespace_tree.load_tree(client)
                assert not index.entries[name].locked
            finally:
                await namespace_ops.delete_one(client, name)

    asyncio.run(scenario())


def test_route_metrics_count_requests_per_namespace(lab: Lab) -> None:
    name = f"mx-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        async with leader_client(lab) as client:
            await namespace_ops.create_path(client, f"{name}/inner")
            try:
                inner = client.with_namespace(f"{name}/inner")
                for _ in range(7):
                    await inner.policies.list()
                samples = parse_prometheus((await client.sys.metrics()).text)
                counts = requests_by_namespace(samples, [name, f"{name}/inner"])
                assert counts.get(f"{name}/inner", 0) >= 7
            finally:
                await namespace_ops.delete_subtree(client, name, [f"{name}/inner"])

    asyncio.run(scenario())


def test_creating_a_namespace_that_exists_keeps_its_metadata(lab: Lab) -> None:
    """OpenBao answers a create of an existing namespace by replacing its metadata: the
    console looks first and refuses, so another console's namespace is never changed."""
    name = f"cx-{uuid.uuid4().hex[:8]}"

    async def scenario() -> None:
        async with leader_client(lab) as client:
            await namespace_ops.create_one(client, name, {"owner": "first"})
            try:
                with pytest.raises(ValueError, match="already exists"):
                    await namespace_ops.create_one(client, name, {"owner": "second"})
                with pytest.raises(ValueError, match="already exists"):
                    await namespace_ops.create_path(client, name, {"owner": "third"})
                assert await namespace_ops.create_path(client, f"{name}/in") == [f"{name}/in"]
                index = await namespace_tree.load_tree(client)
                assert index.entries[name].custom_metadata == {"owner": "first"}
            finally:
                await namespace_ops.delete_subtree(client, name, [f"{name}/in"])

    asyncio.run(scenario())
