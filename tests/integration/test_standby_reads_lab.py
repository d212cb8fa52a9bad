"""Reads deliberately sent to a standby right after each write see that write: the
connection carries the write's X-Vault-Index forward (OpenBao serves reads on standbys,
eventually consistent), on a 2-node cluster the lab did not start."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from adminui.core.cluster import ClusterKind
from adminui.monitor.connection import ClusterConnection, index_value
from adminui.profiles.store import Profile
from tests.integration._bao_cluster import BaoCluster, bao_cluster
from tests.secret_scan import register

pytestmark = pytest.mark.lab
ROUNDS = 25


@pytest.fixture
def two_nodes(tmp_path: Path) -> Iterator[BaoCluster]:
    with bao_cluster(tmp_path, size=2) as cluster:
        register(cluster.root_token, cluster.unseal_key)
        yield cluster


def test_every_read_on_the_standby_sees_the_write_before_it(two_nodes: BaoCluster) -> None:
    standby = two_nodes.urls[1 - two_nodes.leader_index()]
    profile = Profile("standby-reads", ClusterKind.OPENBAO, tuple(two_nodes.urls))
    connection = ClusterConnection(profile, two_nodes.root_token)
    connection.preferred_node = standby  # every request goes to the standby

    async def rounds() -> list[str]:
        missed: list[str] = []
        for n in range(ROUNDS):
            name = f"standby-read-{n}"
            text = f'path "secret/{n}" {{ capabilities = ["read"] }}'
            async with connection.vault() as vault:
                await vault.policies.write(name, text)
                found = await vault.policies.read(name)
                if found.policy.strip() != text:
                    missed.append(name)
                namespace = f"standby-ns-{n}"
                await vault.namespaces.create(namespace)
                seen = await vault.namespaces.read(namespace)
                if seen.path.strip("/") != namespace:
                    missed.append(namespace)
        return missed

    assert asyncio.run(rounds()) == []
    assert index_value(connection.consistency_index) > 0
