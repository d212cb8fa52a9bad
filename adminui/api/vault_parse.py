"""Parsers from decoded JSON to :mod:`adminui.api.vault_models` results.

Each ``parse_*`` takes the decoded body (any JSON value) and the answering node. Unknown
fields are ignored and missing or null ones take defaults; a value of the wrong type
raises :class:`BadResponse` — never ``KeyError``, ``TypeError`` or ``ValueError``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from adminui.api.errors import BadResponse
from adminui.api.vault_models import (
    HEALTH_STATUS_ROLES,
    AutopilotConfig,
    AutopilotServer,
    AutopilotState,
    Capabilities,
    DatabaseConnection,
    HaNode,
    HaStatus,
    Health,
    InitResult,
    InitStatus,
    KeyList,
    KvMetadata,
    KvSecret,
    KvVersion,
    Leader,
    Mount,
    MountList,
    Namespace,
    NamespaceDeletion,
    NamespaceList,
    NamespaceLock,
    Policy,
    QuotaConfig,
    RaftConfiguration,
    RaftServer,
    RateLimitQuota,
    SealStatus,
    StaticCreds,
    StaticRole,
    TokenInfo,
)

_GO_UNITS = {
    "ns": 1e-9,
    "us": 1e-6,
    "µs": 1e-6,
    "μs": 1e-6,
    "ms": 1e-3,
    "s": 1.0,
    "m": 60.0,
    "h": 3600.0,
}
_INTEGER = re.compile(r"-?[0-9]{1,30}")
_GO_PART = re.compile(r"([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)")


def parse_go_duration(text: str) -> float:
    """Seconds in a Go duration string such as ``2.77s``, ``1m30s`` or ``150ms``."""
    value = text.strip()
    sign = 1.0
    if value[:1] in "+-" and value:
        sign = -1.0 if value[0] == "-" else 1.0
        value = value[1:]
    if value == "0":
        return 0.0
    if not value:
        raise BadResponse(f"not a duration: {text[:40]!r}")
    total = 0.0
    pos = 0
    while pos < len(value):
        match = _GO_PART.match(value, pos)
        if match is None:
            raise BadResponse(f"not a duration: {text[:40]!r}")
        total += float(match.group(1)) * _GO_UNITS[match.group(2)]
        pos = match.end()
    if not math.isfinite(total):
        raise BadResponse(f"duration out of range: {text[:40]!r}")
    return sign * total


class Fields:
    """Typed access to one JSON object; wrong types raise BadResponse."""

    def __init__(self, value: object, where: str) -> None:
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise BadResponse(f"{where}: expected an object, got {type(value).__name__}")
        self.raw: dict[str, Any] = value
        self.where = where

    def _get(self, key: str) -> Any:
        return self.raw.get(key)

    def _bad(self, key: str, expected: str) -> BadResponse:
        got = type(self.raw.get(key)).__name__
        return BadResponse(f"{self.where}.{key}: expected {expected}, got {got}")

    def has(self, key: str) -> bool:
        return self.raw.get(key) is not None

    def text(self, key: str, default: str = "") -> str:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self._bad(key, "a string")
        return value

    def opt_text(self, key: str) -> str | None:
        return self.text(key) if self.has(key) else None

    def integer(self, key: str, default: int = 0) -> int:
        value = self.opt_integer(key)
        return default if value is None else value

    def opt_integer(self, key: str) -> int | None:
        value = self._get(key)
        if value is None:
            return None
        if isinstance(value, bool):
            raise self._bad(key, "an integer")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            return int(value.strip())
        raise self._bad(key, "an integer")

    def number(self, key: str, default: float = 0.0) -> float:
        value = self._get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._bad(key, "a number")
        result = float(value)
        if not math.isfinite(result):
            raise self._bad(key, "a finite number")
        return result

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._bad(key, "true or false")
        return value

    def seconds(self, key: str, default: float = 0.0) -> float:
        """A duration given as a number of seconds or a Go duration string."""
        value = self._get(key)
        if isinstance(value, str):
            try:
                return parse_go_duration(value)
            except BadResponse:
                raise self._bad(key, "a duration") from None
        return self.number(key, default)

    def opt_seconds(self, key: str) -> float | None:
        return self.seconds(key) if self.has(key) else None

    def str_list(self, key: str) -> tuple[str, ...]:
        value = self._get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,) if value else ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._bad(key, "a list of strings")
        return tuple(value)

    def str_map(self, key: str) -> dict[str, str]:
        value = self._get(key)
        if value is None:
            return {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise self._bad(key, "an object of strings")
        return dict(value)

    def obj(self, key: str) -> Fields:
        return Fields(self._get(key), f"{self.where}.{key}")

    def obj_list(self, key: str) -> list[Fields]:
        value = self._get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._bad(key, "a list")
        return [Fields(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(value)]


def top(body: object) -> Fields:
    """The body itself as an object (endpoints that answer without a ``data`` envelope)."""
    return Fields(body, "body")


def data(body: object) -> Fields:
    """The ``data`` object of a standard envelope."""
    return top(body).obj("data")


def parse_warnings(body: object) -> tuple[str, ...]:
    if not isinstance(body, dict):
        return ()
    return top(body).str_list("warnings")


def parse_key_list(body: object, node: str) -> KeyList:
    return KeyList(node, tuple(sorted(data(body).str_list("keys"))))


def parse_health(status: int, body: object, node: str) -> Health:
    role = HEALTH_STATUS_ROLES.get(status)
    if role is None:
        raise BadResponse(f"sys/health answered an unknown status {status}")
    f = top(body)
    return Health(
        node=node,
        status_code=status,
        role=role,
        initialized=f.flag("initialized"),
        sealed=f.flag("sealed"),
        standby=f.flag("standby"),
        version=f.text("version"),
        cluster_name=f.text("cluster_name"),
        cluster_id=f.text("cluster_id"),
        server_time_utc=f.opt_integer("server_time_utc"),
        replication_performance_mode=f.text("replication_performance_mode"),
        replication_dr_mode=f.text("replication_dr_mode"),
    )


def parse_leader(body: object, node: str) -> Leader:
    f = top(body)
    return Leader(
        node=node,
        ha_enabled=f.flag("ha_enabled"),
        is_self=f.flag("is_self"),
        leader_address=f.text("leader_address"),
        leader_cluster_address=f.text("leader_cluster_address"),
        active_time=f.text("active_time"),
        performance_standby=f.flag("performance_standby"),
        raft_committed_index=f.opt_integer("raft_committed_index"),
        raft_applied_index=f.opt_integer("raft_applied_index"),
    )


def _envelope(body: object) -> Fields:
    """``data`` when the body has one, else the body (sys endpoints answer both ways)."""
    f = top(body)
    return f.obj("data") if f.has("data") else f


def parse_ha_status(body: object, node: str) -> HaStatus:
    nodes = tuple(
        HaNode(
            api_address=n.text("api_address"),
            cluster_address=n.text("cluster_address"),
            hostname=n.text("hostname"),
            active_node=n.flag("active_node"),
            last_echo=n.opt_text("last_echo"),
            version=n.text("version"),
            upgrade_version=n.text("upgrade_version"),
        )
        for n in _envelope(body).obj_list("nodes")
    )
    return HaStatus(node, nodes)


def parse_seal_status(body: object, node: str) -> SealStatus:
    f = top(body)
    if not f.has("sealed"):
        raise BadResponse("seal status without 'sealed'")
    return SealStatus(
        node=node,
        sealed=f.flag("sealed"),
        initialized=f.flag("initialized"),
        type=f.text("type"),
        threshold=f.integer("t"),
        shares=f.integer("n"),
        progress=f.integer("progress"),
        nonce=f.text("nonce"),
        version=f.text("version"),
        cluster_name=f.text("cluster_name"),
        cluster_id=f.text("cluster_id"),
        storage_type=f.text("storage_type"),
        migration=f.flag("migration"),
        recovery_seal=f.flag("recovery_seal"),
    )


def parse_init_status(body: object, node: str) -> InitStatus:
    return InitStatus(node, top(body).flag("initialized"))


def parse_init_result(body: object, node: str) -> InitResult:
    f = top(body)
    result = InitResult(node, f.str_list("keys"), f.str_list("keys_base64"), f.text("root_token"))
    if not result.root_token and not result.keys_base64:
        raise BadResponse("sys/init answered without keys or root token")
    return result


def parse_raft_configuration(body: object, node: str) -> RaftConfiguration:
    config = data(body).obj("config")
    servers = tuple(
        RaftServer(
            node_id=s.text("node_id"),
            address=s.text("address"),
            leader=s.flag("leader"),
            voter=s.flag("voter"),
            protocol_version=s.text("protocol_version"),
        )
        for s in config.obj_list("servers")
    )
    return RaftConfiguration(node, servers, config.integer("index"))


def parse_autopilot_config(body: object, node: str) -> AutopilotConfig:
    f = data(body)
    return AutopilotConfig(
        node=node,
        cleanup_dead_servers=f.flag("cleanup_dead_servers"),
        dead_server_last_contact_threshold_s=f.seconds("dead_server_last_contact_threshold"),
        last_contact_threshold_s=f.seconds("last_contact_threshold"),
        max_trailing_logs=f.integer("max_trailing_logs"),
        min_quorum=f.integer("min_quorum"),
        server_stabilization_time_s=f.seconds("server_stabilization_time"),
    )


def parse_autopilot_state(body: object, node: str) -> AutopilotState:
    f = data(body)
    servers_obj = f.obj("servers")
    servers = []
    for key in sorted(servers_obj.raw):
        s = servers_obj.obj(key)
        servers.append(
            AutopilotServer(
                id=s.text("id", key),
                name=s.text("name"),
                address=s.text("address"),
                node_status=s.text("node_status"),
                status=s.text("status"),
                last_contact=s.opt_seconds("last_contact"),
                last_term=s.opt_integer("last_term"),
                last_index=s.opt_integer("last_index"),
                healthy=s.flag("healthy"),
                stable_since=s.text("stable_since"),
                version=s.text("version"),
                node_type=s.text("node_type"),
            )
        )
    return AutopilotState(
        node=node,
        healthy=f.flag("healthy"),
        failure_tolerance=f.integer("failure_tolerance"),
        leader=f.text("leader"),
        voters=f.str_list("voters"),
        servers=tuple(servers),
    )


def _namespace(f: Fields, node: str, key: str) -> Namespace:
    return Namespace(
        node=node,
        path=f.text("path"),
        key=key,
        id=f.text("id"),
        uuid=f.text("uuid"),
        locked=f.flag("locked"),
        tainted=f.flag("tainted"),
        custom_metadata=f.str_map("custom_metadata"),
    )


def parse_namespace(body: object, node: str, key: str = "") -> Namespace:
    f = data(body)
    if not key:
        key = f.text("path").rstrip("/").rsplit("/", 1)[-1] + "/" if f.text("path") else ""
    return _namespace(f, node, key)


def parse_namespace_list(body: object, node: str) -> NamespaceList:
    f = data(body)
    info = f.obj("key_info")
    namespaces = tuple(_namespace(info.obj(key), node, key) for key in sorted(f.str_list("keys")))
    return NamespaceList(node, namespaces)


def parse_namespace_deletion(body: object, node: str) -> NamespaceDeletion:
    if body == {}:
        return NamespaceDeletion(node)
    return NamespaceDeletion(node, data(body).text("status"))


def parse_namespace_lock(body: object, node: str) -> NamespaceLock:
    key = data(body).text("unlock_key")
    if not key:
        raise BadResponse("lock answered without an unlock key")
    return NamespaceLock(node, key)


def parse_policy(body: object, node: str, name: str = "") -> Policy:
    f = _envelope(body)
    policy = f.text("policy") if f.has("policy") else f.text("rules")
    return Policy(node, f.text("name", name), policy, f.text("modified"))


def parse_rate_limit_quota(body: object, node: str, name: str = "") -> RateLimitQuota:
    f = data(body)
    return RateLimitQuota(
        node=node,
        name=f.text("name", name),
        path=f.text("path"),
        type=f.text("type"),
        rate=f.number("rate"),
        interval=f.seconds("interval"),
        block_interval=f.seconds("block_interval"),
        role=f.text("role"),
        inheritable=f.flag("inheritable"),
    )


def parse_quota_config(body: object, node: str) -> QuotaConfig:
    f = data(body)
    return QuotaConfig(
        node=node,
        enable_rate_limit_audit_logging=f.flag("enable_rate_limit_audit_logging"),
        enable_rate_limit_response_headers=f.flag("enable_rate_limit_response_headers"),
        rate_limit_exempt_paths=f.str_list("rate_limit_exempt_paths"),
        absolute_rate_limit_exempt_paths=f.str_list("absolute_rate_limit_exempt_paths"),
    )


def parse_capabilities(body: object, node: str, paths: tuple[str, ...]) -> Capabilities:
    f = _envelope(body)
    result = {path: f.str_list(path) for path in paths}
    if len(paths) == 1 and not result[paths[0]] and f.has("capabilities"):
        result[paths[0]] = f.str_list("capabilities")
    return Capabilities(node, result)


def parse_token_info(body: object, node: str) -> TokenInfo:
    f = data(body)
    return TokenInfo(
        node=node,
        accessor=f.text("accessor"),
        display_name=f.text("display_name"),
        policies=f.str_list("policies"),
        ttl=f.integer("ttl"),
        creation_ttl=f.integer("creation_ttl"),
        expire_time=f.opt_text("expire_time"),
        renewable=f.flag("renewable"),
        orphan=f.flag("orphan"),
        type=f.text("type"),
        path=f.text("path"),
        entity_id=f.text("entity_id"),
        num_uses=f.integer("num_uses"),
        namespace_path=f.text("namespace_path"),
        meta=f.str_map("meta"),
    )


def _kv_version(f: Fields, version: int | None = None) -> KvVersion:
    return KvVersion(
        version=f.integer("version") if version is None else version,
        created_time=f.text("created_time"),
        deletion_time=f.text("deletion_time"),
        destroyed=f.flag("destroyed"),
        custom_metadata=f.str_map("custom_metadata"),
    )


def parse_kv_secret(body: object, node: str) -> KvSecret:
    f = data(body)
    return KvSecret(node, dict(f.obj("data").raw), _kv_version(f.obj("metadata")))


def parse_kv_write(body: object, node: str) -> KvVersion:
    return _kv_version(data(body))


def parse_kv_metadata(body: object, node: str) -> KvMetadata:
    f = data(body)
    versions_obj = f.obj("versions")
    versions = []
    for key in versions_obj.raw:
        if not _INTEGER.fullmatch(key):
            raise BadResponse(f"KV metadata: version key {key[:20]!r} is not a number")
        versions.append(_kv_version(versions_obj.obj(key), int(key)))
    return KvMetadata(
        node=node,
        current_version=f.integer("current_version"),
        oldest_version=f.integer("oldest_version"),
        max_versions=f.integer("max_versions"),
        cas_required=f.flag("cas_required"),
        created_time=f.text("created_time"),
        updated_time=f.text("updated_time"),
        delete_version_after=f.text("delete_version_after"),
        custom_metadata=f.str_map("custom_metadata"),
        versions=tuple(sorted(versions, key=lambda v: v.version)),
    )


def _scalar_map(f: Fields, key: str) -> dict[str, str]:
    value = f.obj(key).raw
    out: dict[str, str] = {}
    for k, v in value.items():
        if isinstance(v, dict | list):
            raise BadResponse(f"{f.where}.{key}.{k[:20]}: expected a scalar")
        out[k] = "" if v is None else (str(v).lower() if isinstance(v, bool) else str(v))
    return out


def parse_mounts(body: object, node: str) -> MountList:
    f = top(body)
    table = f.obj("data") if f.has("data") else f
    mounts = []
    for path in sorted(table.raw):
        entry = table.raw[path]
        if not isinstance(entry, dict) or "type" not in entry:
            continue  # envelope fields (request_id…) when the table is the body itself
        m = table.obj(path)
        mounts.append(
            Mount(
                path=path,
                type=m.text("type"),
                description=m.text("description"),
                accessor=m.text("accessor"),
                local=m.flag("local"),
                seal_wrap=m.flag("seal_wrap"),
                uuid=m.text("uuid"),
                plugin_version=m.text("plugin_version"),
                running_plugin_version=m.text("running_plugin_version"),
                options=_scalar_map(m, "options"),
            )
        )
    return MountList(node, tuple(mounts))


def parse_database_connection(body: object, node: str, name: str) -> DatabaseConnection:
    f = data(body)
    details = f.obj("connection_details")
    return DatabaseConnection(
        node=node,
        name=name,
        plugin_name=f.text("plugin_name"),
        plugin_version=f.text("plugin_version"),
        connection_url=details.text("connection_url"),
        username=details.text("username"),
        allowed_roles=f.str_list("allowed_roles"),
        verify_connection=f.flag("verify_connection"),
        password_policy=f.text("password_policy"),
        root_rotation_statements=f.str_list("root_credentials_rotate_statements"),
    )


def parse_static_role(body: object, node: str, name: str) -> StaticRole:
    f = data(body)
    return StaticRole(
        node=node,
        name=name,
        db_name=f.text("db_name"),
        username=f.text("username"),
        rotation_period=f.seconds("rotation_period"),
        rotation_statements=f.str_list("rotation_statements"),
        last_vault_rotation=f.text("last_vault_rotation"),
    )


def parse_static_creds(body: object, node: str) -> StaticCreds:
    f = data(body)
    return StaticCreds(
        node=node,
        username=f.text("username"),
        password=f.text("password"),
        ttl=f.integer("ttl"),
        rotation_period=f.seconds("rotation_period"),
        last_vault_rotation=f.text("last_vault_rotation"),
    )


def str_mapping(value: Mapping[str, object]) -> dict[str, str]:
    """A mapping's values as strings (for request bodies built from user input)."""
    return {str(k): str(v) for k, v in value.items()}
