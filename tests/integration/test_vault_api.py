"""VaultClient against a real 3-node OpenBao Raft cluster on 127.0.0.1.

The destructive tests (seal, kill, lose quorum) come last, in file order.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest

from adminui.api import errors
from adminui.api.transport import RetryPolicy, Timeouts
from adminui.api.vault import VaultClient
from adminui.api.vault_models import HealthRole
from tests.integration._bao_cluster import BaoCluster, bao_cluster

pytestmark = pytest.mark.lab

T = TypeVar("T")
NESTED = "t1/t2"
TIMEOUTS = Timeouts(connect=1.0, read=5.0, total=10.0)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BaoCluster]:
    with bao_cluster(tmp_path_factory.mktemp("bao")) as running:
        asyncio.run(_setup(running))
        yield running


async def _setup(c: BaoCluster) -> None:
    async with _client(c, 0) as vault:
        await vault.namespaces.create("t1", {"team": "one"})
        await vault.with_namespace("t1").namespaces.create("t2")
        for namespace in ("", NESTED):
            mounts = vault.with_namespace(namespace).mounts
            await mounts.enable("kv", "kv", options={"version": "2"})


def _client(c: BaoCluster, index: int, **options: Any) -> VaultClient:
    """A client of node ``index`` that, like the console's, knows the cluster's nodes
    (the only places a standby's redirect is followed to)."""
    options.setdefault("token", c.root_token)
    options.setdefault("peers", c.urls)
    return VaultClient.connect(c.urls[index], timeouts=TIMEOUTS, **options)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


async def eventually(
    make: Callable[[], Awaitable[T]],
    timeout: float = 5.0,
    also: tuple[type[errors.VaultError], ...] = (),
) -> T:
    """Retry a call that may lag on a standby (NotFound / BadRequest while replicating)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return await make()
        except (errors.NotFound, errors.BadRequest, errors.ServerError, *also):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)


@pytest.fixture(autouse=True)
def _token_never_logged(cluster: BaoCluster, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    for record in caplog.records:
        assert cluster.root_token not in record.getMessage()


@pytest.fixture(params=["leader", "standby"])
def node(request: pytest.FixtureRequest, cluster: BaoCluster) -> int:
    leader = cluster.leader_index()
    return leader if request.param == "leader" else (leader + 1) % len(cluster.urls)


@pytest.fixture(params=["", NESTED], ids=["root", "nested"])
def namespace(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def no_token(exc: BaseException, c: BaoCluster) -> None:
    assert c.root_token not in str(exc) and c.root_token not in repr(exc)


# -- cluster state ---------------------------------------------------------------------


def test_health_leader_and_raft_views(cluster: BaoCluster) -> None:
    leader = cluster.leader_index()
    standby = (leader + 1) % 3

    async def go() -> None:
        async with _client(cluster, leader) as lv, _client(cluster, standby) as sv:
            health = await lv.sys.health()
            assert health.role is HealthRole.ACTIVE and health.version.startswith("2.")
            assert (await sv.sys.health()).role is HealthRole.STANDBY
            seen = await sv.sys.leader()
            assert seen.leader_address == cluster.urls[leader] and not seen.is_self
            assert seen.node == cluster.urls[standby]
            assert (await lv.sys.leader()).is_self
            ha = await lv.sys.ha_status()
            assert any(n.active_node and n.api_address == cluster.urls[leader] for n in ha.nodes)
            config = await lv.raft.configuration()
            assert {s.node_id for s in config.servers} == {"node1", "node2", "node3"}
            state = await lv.raft.autopilot_state()
            assert state.leader and state.term is not None and state.term >= 1
            assert state.index is not None and state.index > 0
            assert all(s.last_contact is not None for s in state.servers)
            seal = await sv.sys.seal_status()
            assert not seal.sealed and seal.threshold == 1 and seal.storage_type == "raft"
            assert (await sv.sys.init_status()).initialized

    run(go())


def test_metrics_are_prometheus_text(cluster: BaoCluster) -> None:
    async def go() -> None:
        async with _client(cluster, cluster.leader_index()) as vault:
            metrics = await vault.sys.metrics()
            assert "# TYPE" in metrics.text and "vault_" in metrics.text

    run(go())


def test_standby_read_without_forwarding_follows_307_to_the_leader(cluster: BaoCluster) -> None:
    leader = cluster.leader_index()
    standby = (leader + 1) % 3

    async def go() -> None:
        async with _client(cluster, standby, request_forwarding=False) as vault:
            ha = await vault.sys.ha_status()
            assert ha.node == cluster.urls[leader]
            response = await vault.transport.request("GET", "sys/ha-status")
            assert response.redirected_from == cluster.urls[standby]
            with pytest.raises(errors.StandbyRedirect) as info:
                await vault.policies.write("never", 'path "x" { capabilities = ["read"] }')
            assert info.value.leader == cluster.urls[leader]
            no_token(info.value, cluster)

    run(go())


# -- namespace-aware areas, on the leader and a standby, at root and nested ------------


def test_namespaces(cluster: BaoCluster, node: int) -> None:
    async def go() -> None:
        async with _client(cluster, node) as vault:
            t1 = vault.with_namespace("t1")
            created = await t1.namespaces.create(f"n{node}", {"owner": "test"})
            assert created.path == f"t1/n{node}/" and created.custom_metadata == {"owner": "test"}
            inner = vault.with_namespace(f"t1/n{node}")
            await eventually(lambda: inner.namespaces.create("leaf"))
            assert (await eventually(lambda: inner.namespaces.read("leaf"))).path.endswith("leaf/")
            listing = await eventually(lambda: _has(t1.namespaces.list(), f"n{node}/"))
            assert "t2/" in listing.keys and listing.node == cluster.urls[node]
            scan = await vault.namespaces.scan()
            assert {"t1/", "t1/t2/", f"t1/n{node}/", f"t1/n{node}/leaf/"} <= set(scan.keys)
            assert list(scan.keys) == sorted(scan.keys)
            assert (await vault.with_namespace(NESTED).namespaces.list()).keys == ()

            # Locking through a standby answers 400 "unable to save locked namespace"
            # in OpenBao 2.7 (while the lock is applied), so locks go to the leader.
            async with _client(cluster, cluster.leader_index()) as on_leader:
                t1_leader = on_leader.with_namespace("t1")
                lock = await t1_leader.namespaces.lock(f"n{node}")
                assert lock.unlock_key and lock.unlock_key not in repr(lock)
                with pytest.raises(errors.NamespaceLocked) as locked:
                    await eventually(lambda: _expect_locked(inner))
                no_token(locked.value, cluster)
                with pytest.raises(errors.BadRequest) as wrong:
                    await t1_leader.namespaces.unlock(f"n{node}", "wrong-key")
                assert "unlock key" in wrong.value.server_message
                await t1_leader.namespaces.unlock(f"n{node}", lock.unlock_key)

            with pytest.raises(errors.BadRequest) as busy:
                await t1.namespaces.delete(f"n{node}")
            assert "child namespaces" in busy.value.server_message
            # A standby may still see the namespace locked for a moment after the unlock.
            await eventually(
                lambda: inner.namespaces.delete("leaf"), also=(errors.NamespaceLocked,)
            )

    run(go())


async def _has(listing: Awaitable[Any], key: str) -> Any:
    result = await listing
    if key not in result.keys:
        raise errors.NotFound("not replicated yet")
    return result


async def _expect_locked(vault: VaultClient) -> None:
    await vault.policies.list()
    raise errors.NotFound("not locked yet")


def test_policies(cluster: BaoCluster, node: int, namespace: str) -> None:
    async def go() -> None:
        async with _client(cluster, node) as root:
            vault = root.with_namespace(namespace)
            name = f"reader-{node}"
            text = 'path "kv/data/*" {\n  capabilities = ["read", "list"]\n}\n'
            ack = await vault.policies.write(name, text)
            assert ack.node == cluster.urls[node]
            policy = await eventually(lambda: vault.policies.read(name))
            assert policy.policy == text and policy.name == name
            listing = await eventually(lambda: _has(vault.policies.list(), name))
            assert "default" in listing.keys
            bad = 'path "a" {\n capabilities = ["read"\n}\nfoo'
            with pytest.raises(errors.BadRequest) as info:
                await vault.policies.write("bad", bad)
            assert re.search(r"At \d+:\d+", info.value.server_message)
            assert info.value.server_message in info.value.user_message
            await vault.policies.delete(name)
            with pytest.raises(errors.NotFound):
                await vault.policies.read("does-not-exist")

    run(go())


def test_quotas_token_and_capabilities(cluster: BaoCluster, node: int, namespace: str) -> None:
    async def go() -> None:
        async with _client(cluster, node) as root:
            vault = root.with_namespace(namespace)
            # Quotas live in the root namespace; ``path`` names the namespace they cover.
            name = f"q{node}{namespace.replace('/', '')}"
            path = f"{namespace}/" if namespace else ""
            await root.quotas.write_rate_limit(name, rate=50, path=path, interval="2s")
            quota = await eventually(lambda: root.quotas.read_rate_limit(name))
            assert (quota.rate, quota.interval, quota.type) == (50.0, 2.0, "rate-limit")
            assert quota.path == path
            listing = await eventually(lambda: _has(root.quotas.list_rate_limits(), name))
            assert name in listing.keys
            await root.quotas.delete_rate_limit(name)
            refusal = await eventually(lambda: _refused(vault.with_namespace(NESTED)))
            assert "root namespace" in refusal.server_message
            info_self = await vault.token.lookup_self()
            assert "root" in info_self.policies and cluster.root_token not in repr(info_self)
            caps = await vault.token.capabilities_self(["sys/mounts", "kv/data/x"])
            assert caps.of("kv/data/x") == ("root",)
            # A standby answers 500 "store is stopped" for a moment after it (re)starts.
            before = await eventually(lambda: root.quotas.read_config())
            assert "sys/health" in before.rate_limit_exempt_paths
            await root.quotas.write_config(enable_rate_limit_response_headers=True)
            after = await eventually(lambda: _headers_on(root))
            assert after.rate_limit_exempt_paths == before.rate_limit_exempt_paths
            await root.quotas.write_config(enable_rate_limit_response_headers=False)

    run(go())


async def _refused(vault: VaultClient) -> errors.BadRequest:
    """The refusal to read quota settings outside the root namespace (a standby that has
    just started answers 500 "store is stopped" first: ``eventually`` tries again)."""
    try:
        await vault.quotas.read_config()
    except errors.BadRequest as refusal:
        return refusal
    raise AssertionError("quota settings were read in a nested namespace")


async def _headers_on(vault: VaultClient) -> Any:
    config = await vault.quotas.read_config()
    if not config.enable_rate_limit_response_headers:
        raise errors.NotFound("not replicated yet")
    return config


def test_kv_and_mounts(cluster: BaoCluster, node: int, namespace: str) -> None:
    async def go() -> None:
        async with _client(cluster, node) as root:
            vault = root.with_namespace(namespace)
            kv = vault.kv("kv")
            path = f"app/n{node}"
            written = await eventually(lambda: kv.write(path, {"user": "u", "pw": "p"}))
            assert written.version >= 1
            secret = await eventually(lambda: kv.read(path))
            assert secret.data == {"user": "u", "pw": "p"} and "'p'" not in repr(secret)
            meta = await eventually(lambda: kv.read_metadata(path))
            assert meta.current_version == written.version and meta.versions
            assert f"n{node}" in (await eventually(lambda: _has(kv.list("app"), f"n{node}"))).keys
            await kv.delete_latest(path)
            await kv.delete_all(path)
            with pytest.raises(errors.NotFound):
                await kv.read("app/missing")
            mount = f"tmp{node}"
            await vault.mounts.enable(mount, "kv", options={"version": "1"}, description="t")
            mounts = await eventually(lambda: _mounted(vault, mount))
            found = mounts.get(mount)
            assert found is not None and found.type == "kv" and found.description == "t"
            await vault.mounts.disable(mount)

    run(go())


async def _mounted(vault: VaultClient, mount: str) -> Any:
    mounts = await vault.mounts.list()
    if mounts.get(mount) is None:
        raise errors.NotFound("not replicated yet")
    return mounts


def test_database_engine_without_a_database(cluster: BaoCluster, namespace: str) -> None:
    """Connection CRUD works without a database; static roles need one and say so."""

    async def go() -> None:
        async with _client(cluster, cluster.leader_index()) as root:
            vault = root.with_namespace(namespace)
            await vault.mounts.enable("db", "database")
            db = vault.database("db")
            await db.write_connection(
                "pg",
                plugin_name="postgresql-database-plugin",
                connection_url="postgresql://{{username}}:{{password}}@127.0.0.1:1/x",
                username="admin",
                password="not-used",
                allowed_roles=["r1"],
                verify_connection=False,
            )
            conn = await db.read_connection("pg")
            assert conn.plugin_name == "postgresql-database-plugin"
            assert conn.username == "admin" and conn.allowed_roles == ("r1",)
            assert (await db.list_connections()).keys == ("pg",)
            assert (await db.list_static_roles()).keys == ()
            with pytest.raises((errors.BadRequest, errors.ServerError)):
                await db.write_static_role(
                    "r1", db_name="pg", username="app", rotation_period="60s"
                )
            with pytest.raises((errors.BadRequest, errors.NotFound, errors.ServerError)):
                await db.static_creds("r1")
            with pytest.raises((errors.BadRequest, errors.NotFound, errors.ServerError)):
                await db.rotate_role("r1")
            await db.delete_connection("pg")
            await vault.mounts.disable("db")

    run(go())


def test_bad_token_and_read_only(cluster: BaoCluster) -> None:
    async def go() -> None:
        async with _client(cluster, cluster.leader_index(), token="s.not-a-real-token") as bad:
            with pytest.raises(errors.PermissionDenied) as info:
                await bad.token.lookup_self()
            assert "s.not-a-real-token" not in str(info.value)
        async with _client(cluster, cluster.leader_index(), read_only=True) as ro:
            assert (await ro.policies.list()).keys
            with pytest.raises(errors.ReadOnlyViolation):
                await ro.policies.write("x", "")
            with pytest.raises(errors.NotFound):
                await ro.policies.read("x")

    run(go())


# -- disruptive: seal, step down, kill, lose quorum (keep these last, in this order) ---


def test_sealed_standby(cluster: BaoCluster) -> None:
    standby = (cluster.leader_index() + 1) % 3

    async def go() -> None:
        async with _client(cluster, standby) as vault:
            await vault.sys.seal()
            health = await vault.sys.health()
            assert health.role is HealthRole.SEALED and health.sealed
            with pytest.raises(errors.Sealed) as info:
                await vault.policies.read("default")
            assert info.value.status == 503 and "sealed" in info.value.user_message
            no_token(info.value, cluster)
            assert not (await vault.sys.unseal(cluster.unseal_key)).sealed

    run(go())
    deadline = time.monotonic() + 15
    while cluster.role(standby) != "standby":
        assert time.monotonic() < deadline
        time.sleep(0.1)


def test_step_down_moves_leadership(cluster: BaoCluster) -> None:
    old = cluster.leader_index()

    async def go() -> None:
        async with _client(cluster, old) as vault:
            await _wait_voters(vault, 3)
            ack = await vault.sys.step_down()
            assert ack.status == 204 and ack.node == cluster.urls[old]

    run(go())
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        roles = [cluster.role(i) for i in range(3)]
        if "active" in roles and roles.index("active") != old:
            break
        time.sleep(0.1)
    assert cluster.leader_index() != old


async def _wait_voters(vault: VaultClient, count: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        state = await vault.raft.autopilot_state()
        if len(state.voters) >= count and state.healthy:
            return
        assert time.monotonic() < deadline, "voters were not promoted in time"
        await asyncio.sleep(0.25)


def test_killed_node_is_unreachable(cluster: BaoCluster) -> None:
    leader = cluster.leader_index()
    victim = (leader + 1) % 3
    cluster.kill(victim)

    async def go() -> None:
        async with _client(cluster, victim) as vault:
            with pytest.raises(errors.Unreachable) as info:
                await vault.sys.health()
            assert info.value.node == cluster.urls[victim]
            no_token(info.value, cluster)

    run(go())


def test_two_of_three_down_standby_redirects_to_the_dead_leader(cluster: BaoCluster) -> None:
    leader = cluster.leader_index()
    survivor = next(i for i in range(3) if i != leader and cluster.role(i) == "standby")
    cluster.kill(leader)
    dead = cluster.urls[leader]

    async def go() -> None:
        retry = RetryPolicy(max_attempts=1)
        async with _client(cluster, survivor, retry=retry) as vault:
            await asyncio.sleep(1.0)
            assert (await vault.sys.leader()).leader_address == dead
            assert (await vault.sys.health()).role is HealthRole.STANDBY
            try:  # usually served locally; a redirected read must name the dead leader
                assert (await vault.policies.read("default")).node == cluster.urls[survivor]
            except errors.Unreachable as exc:
                assert exc.node == dead
            with pytest.raises(errors.StandbyRedirect) as redirect:
                await vault.policies.write("p", 'path "x" { capabilities = ["read"] }')
            assert redirect.value.leader == dead
            assert redirect.value.node == cluster.urls[survivor]
            no_token(redirect.value, cluster)
            with pytest.raises(errors.Unreachable) as unreachable:
                await vault.sys.ha_status()
            assert unreachable.value.node == dead

    run(go())
