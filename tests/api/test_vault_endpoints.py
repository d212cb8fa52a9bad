"""Every VaultClient endpoint over httpx.MockTransport, with bodies shaped like OpenBao's."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from adminui.api import errors
from adminui.api.transport import VaultTransport
from adminui.api.vault import VaultClient, split_namespace
from adminui.api.vault_models import HealthRole

T = TypeVar("T")
TOKEN = "hvs.ENDPOINT-secret-token-987"
NODE = "http://127.0.0.1:8200"


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def envelope(data: Any) -> dict[str, Any]:
    return {"request_id": "r", "lease_id": "", "data": data, "warnings": None, "auth": None}


class Router:
    """Answers by (method, path); records requests with their decoded JSON bodies."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], httpx.Response] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, status: int = 200, body: Any = None, **kw: Any) -> None:
        if body is None:
            self.routes[(method, path)] = httpx.Response(status, **kw)
        else:
            self.routes[(method, path)] = httpx.Response(status, json=body, **kw)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v1/")
        return self.routes.get((request.method, path)) or httpx.Response(404, json={"errors": []})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content) if self.last.content else None


@pytest.fixture
def router() -> Router:
    return Router()


@pytest.fixture
def vault(router: Router) -> VaultClient:
    client = httpx.AsyncClient(transport=httpx.MockTransport(router))
    return VaultClient(VaultTransport(NODE, token=TOKEN, client=client))


@pytest.fixture(autouse=True)
def _token_never_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


def raises(exc_type: type[errors.VaultError], coro: Coroutine[Any, Any, Any]) -> Any:
    with pytest.raises(exc_type) as info:
        run(coro)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    return info.value


# -- sys -------------------------------------------------------------------------------

HEALTH = {
    "initialized": True,
    "sealed": False,
    "standby": True,
    "replication_performance_mode": "unknown",
    "replication_dr_mode": "unknown",
    "server_time_utc": 1795496812,
    "version": "2.7.2",
    "cluster_name": "vault-cluster-d016c81d",
    "cluster_id": "0d813efe",
    "some_future_field": {"x": 1},
}


@pytest.mark.parametrize(
    ("status", "role"),
    [
        (200, HealthRole.ACTIVE),
        (429, HealthRole.STANDBY),
        (472, HealthRole.DR_SECONDARY),
        (473, HealthRole.PERFORMANCE_STANDBY),
        (501, HealthRole.UNINITIALIZED),
        (503, HealthRole.SEALED),
    ],
)
def test_health_role_codes_are_answers_not_errors(
    router: Router, vault: VaultClient, status: int, role: HealthRole
) -> None:
    router.on("GET", "sys/health", status, {**HEALTH, "sealed": status == 503})
    health = run(vault.with_namespace("a").sys.health())
    assert health.role is role and health.status_code == status and health.node == NODE
    assert health.version == "2.7.2" and health.server_time_utc == 1795496812
    assert "X-Vault-Token" not in router.last.headers
    assert "X-Vault-Namespace" not in router.last.headers  # cluster endpoints: root only
    assert len(router.requests) == 1  # a standby's 429 is not retried


def test_health_other_errors_still_raise(router: Router, vault: VaultClient) -> None:
    router.on("GET", "sys/health", 500, {"errors": ["boom"]})
    raises(errors.ServerError, vault.sys.health())
    router.on("GET", "sys/health", 503, {"errors": ["maintenance"]})
    raises(errors.ServerError, vault.sys.health())
    router.on("GET", "sys/health", 200, content=b"<html>")
    raises(errors.BadResponse, vault.sys.health())


def test_leader(router: Router, vault: VaultClient) -> None:
    router.on(
        "GET",
        "sys/leader",
        200,
        {
            "ha_enabled": True,
            "is_self": False,
            "leader_address": "http://127.0.0.1:55975",
            "leader_cluster_address": "https://127.0.0.1:55976",
            "raft_committed_index": 32,
            "raft_applied_index": 31,
        },
    )
    leader = run(vault.sys.leader())
    assert leader.leader_address == "http://127.0.0.1:55975" and not leader.is_self
    assert (leader.raft_committed_index, leader.raft_applied_index) == (32, 31)


def test_ha_status(router: Router, vault: VaultClient) -> None:
    node = {
        "hostname": "vm",
        "api_address": "http://127.0.0.1:1",
        "cluster_address": "https://127.0.0.1:2",
        "active_node": True,
        "last_echo": None,
        "version": "2.7.2",
    }
    router.on("GET", "sys/ha-status", 200, {"nodes": [node], **envelope({"nodes": [node]})})
    status = run(vault.sys.ha_status())
    assert status.nodes[0].active_node and status.nodes[0].last_echo is None
    assert router.last.headers["X-Vault-Token"] == TOKEN


def test_seal_status_unseal_seal_init(router: Router, vault: VaultClient) -> None:
    seal = {"type": "shamir", "initialized": True, "sealed": True, "t": 1, "n": 1, "progress": 0}
    router.on("GET", "sys/seal-status", 200, seal)
    router.on("PUT", "sys/unseal", 200, {**seal, "sealed": False})
    router.on("PUT", "sys/seal", 204)
    router.on("GET", "sys/init", 200, {"initialized": False})
    router.on("PUT", "sys/init", 200, {"keys": ["k"], "keys_base64": ["a2V5"], "root_token": "r"})
    status = run(vault.sys.seal_status())
    assert status.sealed and status.threshold == 1 and status.shares == 1
    assert not run(vault.sys.unseal("a2V5")).sealed
    assert router.last_json() == {"key": "a2V5"}
    assert run(vault.sys.seal()).status == 204
    assert not run(vault.sys.init_status()).initialized
    result = run(vault.sys.init(secret_shares=1, secret_threshold=1))
    assert result.root_token == "r" and result.keys_base64 == ("a2V5",)
    assert "a2V5" not in repr(result) and "'r'" not in repr(result)
    assert router.last_json() == {"secret_shares": 1, "secret_threshold": 1}


def test_init_without_keys_is_a_bad_response(router: Router, vault: VaultClient) -> None:
    router.on("PUT", "sys/init", 200, {"initialized": True})
    raises(errors.BadResponse, vault.sys.init())


def test_step_down(router: Router, vault: VaultClient) -> None:
    router.on("PUT", "sys/step-down", 204)
    ack = run(vault.sys.step_down())
    assert ack.status == 204 and ack.node == NODE


def test_metrics_text_and_errors(router: Router, vault: VaultClient) -> None:
    text = "# TYPE vault_core_unsealed gauge\nvault_core_unsealed 1\n"
    router.on(
        "GET", "sys/metrics", 200, content=text.encode(), headers={"Content-Type": "text/plain"}
    )
    metrics = run(vault.sys.metrics())
    assert metrics.text == text and router.last.url.params["format"] == "prometheus"
    router.on("GET", "sys/metrics", 200, {"Gauges": []})
    raises(errors.BadResponse, vault.sys.metrics())
    router.on("GET", "sys/metrics", 400, {"errors": ["prometheus is not enabled"]})
    exc = raises(errors.BadRequest, vault.sys.metrics())
    assert "prometheus is not enabled" in exc.user_message


# -- raft ------------------------------------------------------------------------------


def test_raft_configuration(router: Router, vault: VaultClient) -> None:
    servers = [
        {"node_id": "node1", "address": "127.0.0.1:2", "leader": True, "voter": True},
        {"node_id": "node2", "address": "127.0.0.1:4", "leader": False, "voter": False},
    ]
    router.on(
        "GET", "sys/storage/raft/configuration", 200, envelope({"config": {"servers": servers}})
    )
    config = run(vault.raft.configuration())
    assert [s.node_id for s in config.servers] == ["node1", "node2"]
    assert config.servers[0].leader and not config.servers[1].voter


def test_autopilot_state(router: Router, vault: VaultClient) -> None:
    def server(name: str, status: str, contact: str, term: int, index: int) -> dict[str, Any]:
        return {
            "id": name,
            "name": name,
            "address": "127.0.0.1:1",
            "node_status": "alive",
            "last_contact": contact,
            "last_term": term,
            "last_index": index,
            "healthy": True,
            "status": status,
            "node_type": "voter",
        }

    data = {
        "failure_tolerance": 1,
        "healthy": True,
        "leader": "node1",
        "voters": ["node1", "node2", "node3"],
        "servers": {
            "node1": server("node1", "leader", "0s", 3, 29),
            "node2": server("node2", "voter", "2.77s", 3, 28),
            "node3": server("node3", "voter", "1m30.5s", 2, 20),
        },
    }
    router.on("GET", "sys/storage/raft/autopilot/state", 200, envelope(data))
    state = run(vault.raft.autopilot_state())
    assert state.healthy and state.failure_tolerance == 1 and len(state.voters) == 3
    assert state.term == 3 and state.index == 29
    node2 = state.server("node2")
    assert node2 is not None and node2.last_contact == pytest.approx(2.77)
    node3 = state.server("node3")
    assert node3 is not None and node3.last_contact == pytest.approx(90.5)


def test_autopilot_bad_last_contact_is_a_bad_response(router: Router, vault: VaultClient) -> None:
    data = {"servers": {"n": {"last_contact": "soon"}}}
    router.on("GET", "sys/storage/raft/autopilot/state", 200, envelope(data))
    exc = raises(errors.BadResponse, vault.raft.autopilot_state())
    assert "last_contact" in exc.detail and exc.url.endswith("autopilot/state")


def test_raft_join(router: Router, vault: VaultClient) -> None:
    router.on("PUT", "sys/storage/raft/join", 200, {"joined": True})
    run(vault.raft.join("http://127.0.0.1:8200"))
    assert router.last_json() == {"leader_api_addr": "http://127.0.0.1:8200"}
    router.on("PUT", "sys/storage/raft/join", 200, {"joined": False})
    raises(errors.BadResponse, vault.raft.join("http://127.0.0.1:8200"))


# -- namespaces ------------------------------------------------------------------------


def _ns(path: str, **extra: Any) -> dict[str, Any]:
    return {"custom_metadata": {}, "id": "X1", "locked": False, "path": path, "uuid": "u", **extra}


def test_namespace_create_read_delete(router: Router, vault: VaultClient) -> None:
    inner = vault.with_namespace("a/b")
    router.on("POST", "sys/namespaces/c", 200, envelope(_ns("a/b/c/", custom_metadata={"t": "x"})))
    created = run(inner.namespaces.create("c", {"t": "x"}))
    assert (
        created.path == "a/b/c/" and created.key == "c/" and created.custom_metadata == {"t": "x"}
    )
    assert router.last.headers["X-Vault-Namespace"] == "a/b"
    assert router.last_json() == {"custom_metadata": {"t": "x"}}
    router.on("GET", "sys/namespaces/c", 200, envelope(_ns("a/b/c/")))
    assert run(inner.namespaces.read("c")).id == "X1"
    router.on("DELETE", "sys/namespaces/c", 200, envelope({"status": "in-progress"}))
    assert run(inner.namespaces.delete("c")).status == "in-progress"
    router.on("PATCH", "sys/namespaces/c", 200, envelope(_ns("a/b/c/", custom_metadata={"k": "v"})))
    assert run(inner.namespaces.patch_metadata("c", {"k": "v"})).custom_metadata == {"k": "v"}


def test_namespace_name_must_be_one_segment(vault: VaultClient) -> None:
    with pytest.raises(errors.InvalidName):
        run(vault.namespaces.create("a/b"))
    assert split_namespace("a/b/c") == ("a/b", "c")
    assert split_namespace("/top/") == ("", "top")
    assert vault.child("a").child("b").namespace == "a/b"


def test_namespace_list_is_sorted_and_empty_on_bare_404(router: Router, vault: VaultClient) -> None:
    assert run(vault.namespaces.list()).namespaces == ()  # 404 {"errors": []}
    assert router.last.method == "LIST"
    keys = ["b/", "a/"]
    info = {"a/": _ns("a/"), "b/": _ns("b/", locked=True)}
    router.on("LIST", "sys/namespaces", 200, envelope({"keys": keys, "key_info": info}))
    listing = run(vault.namespaces.list())
    assert listing.keys == ("a/", "b/") and listing.namespaces[1].locked


def test_namespace_404_with_messages_is_not_found(router: Router, vault: VaultClient) -> None:
    router.on("LIST", "sys/namespaces", 404, {"errors": ["namespace not found"]})
    raises(errors.NotFound, vault.with_namespace("gone").namespaces.list())


def test_namespace_scan(router: Router, vault: VaultClient) -> None:
    keys = ["a/b/c/", "a/", "a/b/"]
    info = {k: _ns(k) for k in keys}
    router.on("SCAN", "sys/namespaces", 200, envelope({"keys": keys, "key_info": info}))
    assert run(vault.namespaces.scan()).keys == ("a/", "a/b/", "a/b/c/")
    assert router.last.method == "SCAN"


def test_namespace_lock_and_unlock(router: Router, vault: VaultClient) -> None:
    parent = vault.with_namespace("a")
    router.on("POST", "sys/namespaces/api-lock/lock/b", 200, envelope({"unlock_key": "K3Y"}))
    lock = run(parent.namespaces.lock("b"))
    assert lock.unlock_key == "K3Y" and "K3Y" not in repr(lock)
    router.on("POST", "sys/namespaces/api-lock/unlock/b", 204)
    run(parent.namespaces.unlock("b", "K3Y"))
    assert router.last_json() == {"unlock_key": "K3Y"}
    router.on("POST", "sys/namespaces/api-lock/unlock/b", 400, {"errors": ["incorrect unlock key"]})
    exc = raises(errors.BadRequest, parent.namespaces.unlock("b", "nope"))
    assert exc.errors == ("incorrect unlock key",)
    router.on("POST", "sys/namespaces/api-lock/lock", 200, envelope({"unlock_key": "SELF"}))
    assert run(vault.with_namespace("a/b").namespaces.lock()).unlock_key == "SELF"


def test_locked_namespace_is_namespace_locked(router: Router, vault: VaultClient) -> None:
    message = 'API access to this namespace has been locked by an administrator - "a/b/"'
    router.on("LIST", "sys/policies/acl", 503, {"errors": [message]})
    exc = raises(errors.NamespaceLocked, vault.with_namespace("a/b").policies.list())
    assert exc.status == 503 and "locked" in exc.user_message


# -- policies, quotas, token ----------------------------------------------------------


def test_policies_crud(router: Router, vault: VaultClient) -> None:
    ns = vault.with_namespace("t1")
    router.on("LIST", "sys/policies/acl", 200, envelope({"keys": ["root", "default"]}))
    assert run(ns.policies.list()).keys == ("default", "root")
    policy = {"name": "p", "policy": 'path "x" {}', "modified": "2026-11-24T05:06:50Z"}
    router.on("GET", "sys/policies/acl/p", 200, envelope(policy))
    assert run(ns.policies.read("p")).policy == 'path "x" {}'
    router.on("PUT", "sys/policies/acl/p", 204)
    run(ns.policies.write("p", 'path "y" {}'))
    assert router.last_json() == {"policy": 'path "y" {}'}
    assert router.last.headers["X-Vault-Namespace"] == "t1"
    router.on("DELETE", "sys/policies/acl/p", 204)
    run(ns.policies.delete("p"))
    raises(errors.NotFound, ns.policies.read("missing"))


def test_malformed_policy_keeps_line_numbers(router: Router, vault: VaultClient) -> None:
    message = (
        "failed to parse policy: At 3:1: error parsing list, expected comma or list end, "
        "got: RBRACE"
    )
    router.on("PUT", "sys/policies/acl/bad", 400, {"errors": [message]})
    exc = raises(errors.BadRequest, vault.policies.write("bad", "path {"))
    assert exc.errors == (message,) and "At 3:1" in exc.user_message


def test_rate_limit_quotas(router: Router, vault: VaultClient) -> None:
    router.on("POST", "sys/quotas/rate-limit/q1", 204)
    run(vault.quotas.write_rate_limit("q1", rate=2, path="a/", interval="1s", inheritable=True))
    assert router.last_json() == {"rate": 2, "path": "a/", "interval": "1s", "inheritable": True}
    quota = {
        "block_interval": 0,
        "inheritable": False,
        "interval": 1,
        "name": "q1",
        "path": "a/",
        "rate": 2,
        "role": "",
        "type": "rate-limit",
    }
    router.on("GET", "sys/quotas/rate-limit/q1", 200, envelope(quota))
    read = run(vault.quotas.read_rate_limit("q1"))
    assert (read.rate, read.interval, read.path, read.type) == (2.0, 1.0, "a/", "rate-limit")
    router.on("LIST", "sys/quotas/rate-limit", 200, envelope({"keys": ["q1"]}))
    assert run(vault.quotas.list_rate_limits()).keys == ("q1",)
    router.on("DELETE", "sys/quotas/rate-limit/q1", 204)
    run(vault.quotas.delete_rate_limit("q1"))


def test_quota_config(router: Router, vault: VaultClient) -> None:
    config = {
        "enable_rate_limit_audit_logging": False,
        "enable_rate_limit_response_headers": True,
        "rate_limit_exempt_paths": ["sys/health"],
    }
    router.on("GET", "sys/quotas/config", 200, envelope(config))
    read = run(vault.quotas.read_config())
    assert read.enable_rate_limit_response_headers and read.rate_limit_exempt_paths == (
        "sys/health",
    )
    router.on("POST", "sys/quotas/config", 204)
    run(vault.quotas.write_config(enable_rate_limit_response_headers=False))
    # the server resets omitted settings, so everything current is sent back
    assert router.last_json() == {
        "enable_rate_limit_response_headers": False,
        "enable_rate_limit_audit_logging": False,
        "rate_limit_exempt_paths": ["sys/health"],
    }


def test_capabilities_self(router: Router, vault: VaultClient) -> None:
    caps = {"sys/mounts": ["root"], "kv/data/x": ["read", "list"]}
    router.on("POST", "sys/capabilities-self", 200, {**caps, **envelope(caps)})
    result = run(vault.with_namespace("t1").token.capabilities_self(["sys/mounts", "kv/data/x"]))
    assert result.of("kv/data/x") == ("read", "list") and result.of("other") == ()
    assert router.last_json() == {"paths": ["sys/mounts", "kv/data/x"]}


def test_lookup_self_drops_the_token(router: Router, vault: VaultClient) -> None:
    data = {
        "accessor": "acc",
        "display_name": "root",
        "expire_time": None,
        "id": TOKEN,
        "policies": ["root"],
        "ttl": 0,
        "type": "service",
        "meta": None,
        "orphan": True,
    }
    router.on("GET", "auth/token/lookup-self", 200, envelope(data))
    info = run(vault.token.lookup_self())
    assert info.policies == ("root",) and info.accessor == "acc" and info.expire_time is None
    assert TOKEN not in repr(info) and TOKEN not in str(vars(info))


def test_bad_token_is_permission_denied(router: Router, vault: VaultClient) -> None:
    router.on("GET", "auth/token/lookup-self", 403, {"errors": ["permission denied"]})
    exc = raises(errors.PermissionDenied, vault.token.lookup_self())
    assert exc.errors == ("permission denied",) and "not allowed" in exc.user_message


# -- mounts, KV, database -------------------------------------------------------------


def test_mounts(router: Router, vault: VaultClient) -> None:
    kv = {"type": "kv", "options": {"version": "2"}, "accessor": "kv_1", "local": False}
    sys_mount = {"type": "system", "options": None, "description": "system"}
    table = {"kv/": kv, "sys/": sys_mount}
    router.on("GET", "sys/mounts", 200, {**table, **envelope(table)})
    mounts = run(vault.mounts.list())
    assert [m.path for m in mounts.mounts] == ["kv/", "sys/"]
    found = mounts.get("kv")
    assert found is not None and found.options == {"version": "2"}
    router.on("POST", "sys/mounts/kv2", 204)
    run(vault.mounts.enable("kv2", "kv", options={"version": "2"}, description="d"))
    assert router.last_json() == {"type": "kv", "description": "d", "options": {"version": "2"}}
    router.on("DELETE", "sys/mounts/kv2", 204)
    run(vault.mounts.disable("kv2"))


def test_mounts_without_envelope(router: Router, vault: VaultClient) -> None:
    router.on("GET", "sys/mounts", 200, {"kv/": {"type": "kv"}, "request_id": "r"})
    assert [m.path for m in run(vault.mounts.list()).mounts] == ["kv/"]


def test_kv_v2(router: Router, vault: VaultClient) -> None:
    kv = vault.with_namespace("t1").kv("kv")
    meta = {"created_time": "t", "custom_metadata": None, "deletion_time": "", "version": 1}
    router.on("POST", "kv/data/app/one", 200, envelope(meta))
    assert run(kv.write("app/one", {"k": "v"}, cas=0)).version == 1
    assert router.last_json() == {"data": {"k": "v"}, "options": {"cas": 0}}
    router.on("GET", "kv/data/app/one", 200, envelope({"data": {"k": "v"}, "metadata": meta}))
    secret = run(kv.read("app/one", version=1))
    assert secret.data == {"k": "v"} and secret.metadata.version == 1
    assert "'v'" not in repr(secret) and router.last.url.params["version"] == "1"
    full = {
        "current_version": 2,
        "oldest_version": 1,
        "max_versions": 0,
        "delete_version_after": "0s",
        "versions": {"2": {"created_time": "t2"}, "1": {"destroyed": True}},
    }
    router.on("GET", "kv/metadata/app/one", 200, envelope(full))
    metadata = run(kv.read_metadata("app/one"))
    assert [v.version for v in metadata.versions] == [1, 2] and metadata.versions[0].destroyed
    router.on("LIST", "kv/metadata/app", 200, envelope({"keys": ["one", "dir/"]}))
    assert run(kv.list("app/")).keys == ("dir/", "one")
    assert run(kv.list("none")).keys == ()
    router.on("DELETE", "kv/data/app/one", 204)
    run(kv.delete_latest("app/one"))
    router.on("DELETE", "kv/metadata/app/one", 204)
    run(kv.delete_all("app/one"))
    assert router.last.headers["X-Vault-Namespace"] == "t1"
    raises(errors.NotFound, kv.read("nope"))


def test_kv_cas_conflict_is_bad_request_with_message(router: Router, vault: VaultClient) -> None:
    message = "check-and-set parameter did not match the current version"
    router.on("POST", "kv/data/x", 400, {"errors": [message]})
    exc = raises(errors.BadRequest, vault.kv("kv").write("x", {}, cas=3))
    assert message in exc.user_message


def test_database_engine(router: Router, vault: VaultClient) -> None:
    db = vault.database("db")
    router.on("POST", "db/config/pg", 204)
    run(
        db.write_connection(
            "pg",
            plugin_name="postgresql-database-plugin",
            connection_url="postgresql://{{username}}:{{password}}@127.0.0.1:5432/app",
            username="admin",
            password="pw",
            allowed_roles=["r1"],
        )
    )
    assert router.last_json()["password"] == "pw" and router.last_json()["allowed_roles"] == ["r1"]
    conn = {
        "plugin_name": "postgresql-database-plugin",
        "connection_details": {"connection_url": "postgresql://x", "username": "admin"},
        "allowed_roles": ["r1"],
        "verify_connection": True,
    }
    router.on("GET", "db/config/pg", 200, envelope(conn))
    read = run(db.read_connection("pg"))
    assert read.username == "admin" and read.allowed_roles == ("r1",) and read.name == "pg"
    router.on("LIST", "db/config", 200, envelope({"keys": ["pg"]}))
    assert run(db.list_connections()).keys == ("pg",)
    router.on("DELETE", "db/config/pg", 204)
    run(db.delete_connection("pg"))

    router.on("POST", "db/static-roles/r1", 204)
    run(db.write_static_role("r1", db_name="pg", username="app1", rotation_period="120s"))
    assert router.last_json() == {"db_name": "pg", "username": "app1", "rotation_period": "120s"}
    role = {"db_name": "pg", "username": "app1", "rotation_period": 120, "last_vault_rotation": "t"}
    router.on("GET", "db/static-roles/r1", 200, envelope(role))
    assert run(db.read_static_role("r1")).rotation_period == 120.0
    router.on("LIST", "db/static-roles", 200, envelope({"keys": ["r1"]}))
    assert run(db.list_static_roles()).keys == ("r1",)
    router.on("DELETE", "db/static-roles/r1", 204)
    run(db.delete_static_role("r1"))

    creds = {"username": "app1", "password": "S3cr3t!", "ttl": 59, "rotation_period": 120}
    router.on("GET", "db/static-creds/r1", 200, envelope(creds))
    got = run(db.static_creds("r1"))
    assert got.password == "S3cr3t!" and got.ttl == 59 and "S3cr3t!" not in repr(got)
    router.on("POST", "db/rotate-role/r1", 204)
    assert run(db.rotate_role("r1")).status == 204


def test_warnings_are_kept_on_acks(router: Router, vault: VaultClient) -> None:
    router.on("PUT", "sys/policies/acl/p", 200, {"warnings": ["limit is ignored"], "data": None})
    assert run(vault.policies.write("p", "")).warnings == ("limit is ignored",)


def test_wrong_shape_names_the_request(router: Router, vault: VaultClient) -> None:
    router.on("LIST", "sys/policies/acl", 200, envelope({"keys": "not-a-list-of-keys"}))
    assert run(vault.policies.list()).keys == ("not-a-list-of-keys",)
    router.on("LIST", "sys/policies/acl", 200, envelope({"keys": [1, 2]}))
    exc = raises(errors.BadResponse, vault.policies.list())
    assert exc.method == "LIST" and exc.url.endswith("sys/policies/acl") and exc.node == NODE
    router.on("GET", "sys/leader", 200, [1, 2, 3])
    raises(errors.BadResponse, vault.sys.leader())


def test_client_connect_builds_its_own_transport() -> None:
    async def go() -> str:
        async with VaultClient.connect(
            "http://127.0.0.1:8200/", token=TOKEN, namespace="a", read_only=True
        ) as client:
            assert client.transport.read_only and client.namespace == "a"
            return client.node

    assert run(go()) == "http://127.0.0.1:8200"
