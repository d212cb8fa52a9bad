"""Typed, immutable results of OpenBao/Vault API calls.

Every result names the ``node`` (``scheme://host:port``) that answered. Secrets
(tokens, unseal keys, passwords, KV data) are kept out of ``repr``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class HealthRole(StrEnum):
    """What a node's ``sys/health`` status code says it is."""

    ACTIVE = "active"
    STANDBY = "standby"
    PERFORMANCE_STANDBY = "performance_standby"
    DR_SECONDARY = "dr_secondary"
    UNINITIALIZED = "uninitialized"
    SEALED = "sealed"


#: sys/health status code → role (the codes are not errors for this endpoint).
HEALTH_STATUS_ROLES: Mapping[int, HealthRole] = {
    200: HealthRole.ACTIVE,
    429: HealthRole.STANDBY,
    472: HealthRole.DR_SECONDARY,
    473: HealthRole.PERFORMANCE_STANDBY,
    501: HealthRole.UNINITIALIZED,
    503: HealthRole.SEALED,
}


@dataclass(frozen=True)
class Ack:
    """A call that answered with no data of interest (usually 204)."""

    node: str
    status: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeyList:
    """Keys of a LIST (sorted; empty when the server had none)."""

    node: str
    keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Health:
    """``sys/health``: the role comes from the status code."""

    node: str
    status_code: int
    role: HealthRole
    initialized: bool = False
    sealed: bool = False
    standby: bool = False
    version: str = ""
    cluster_name: str = ""
    cluster_id: str = ""
    server_time_utc: int | None = None
    replication_performance_mode: str = ""
    replication_dr_mode: str = ""


@dataclass(frozen=True)
class Leader:
    """``sys/leader``: who this node believes leads (it may be dead)."""

    node: str
    ha_enabled: bool = False
    is_self: bool = False
    leader_address: str = ""
    leader_cluster_address: str = ""
    active_time: str = ""
    performance_standby: bool = False
    raft_committed_index: int | None = None
    raft_applied_index: int | None = None


@dataclass(frozen=True)
class HaNode:
    """One member in ``sys/ha-status``."""

    api_address: str
    cluster_address: str = ""
    hostname: str = ""
    active_node: bool = False
    last_echo: str | None = None
    version: str = ""
    upgrade_version: str = ""


@dataclass(frozen=True)
class HaStatus:
    """``sys/ha-status``."""

    node: str
    nodes: tuple[HaNode, ...] = ()


@dataclass(frozen=True)
class SealStatus:
    """``sys/seal-status`` (also the answer of ``sys/unseal``)."""

    node: str
    sealed: bool
    initialized: bool = False
    type: str = ""
    threshold: int = 0
    shares: int = 0
    progress: int = 0
    nonce: str = ""
    version: str = ""
    cluster_name: str = ""
    cluster_id: str = ""
    storage_type: str = ""
    migration: bool = False
    recovery_seal: bool = False


@dataclass(frozen=True)
class InitStatus:
    """``GET sys/init``."""

    node: str
    initialized: bool


@dataclass(frozen=True)
class InitResult:
    """``PUT sys/init``: the unseal keys and root token (never shown in repr)."""

    node: str
    keys: tuple[str, ...] = field(default=(), repr=False)
    keys_base64: tuple[str, ...] = field(default=(), repr=False)
    root_token: str = field(default="", repr=False)


@dataclass(frozen=True)
class RaftServer:
    """One server of ``sys/storage/raft/configuration``."""

    node_id: str
    address: str = ""
    leader: bool = False
    voter: bool = False
    protocol_version: str = ""


@dataclass(frozen=True)
class RaftConfiguration:
    """``sys/storage/raft/configuration``."""

    node: str
    servers: tuple[RaftServer, ...] = ()
    index: int = 0


@dataclass(frozen=True)
class AutopilotConfig:
    """``sys/storage/raft/autopilot/configuration``; durations in seconds."""

    node: str
    cleanup_dead_servers: bool = False
    dead_server_last_contact_threshold_s: float = 86400.0
    last_contact_threshold_s: float = 10.0
    max_trailing_logs: int = 1000
    min_quorum: int = 0
    server_stabilization_time_s: float = 10.0


@dataclass(frozen=True)
class AutopilotServer:
    """One server of the autopilot state; ``last_contact`` in seconds."""

    id: str
    name: str = ""
    address: str = ""
    node_status: str = ""
    status: str = ""
    last_contact: float | None = None
    last_term: int | None = None
    last_index: int | None = None
    healthy: bool = False
    stable_since: str = ""
    version: str = ""
    node_type: str = ""


@dataclass(frozen=True)
class AutopilotState:
    """``sys/storage/raft/autopilot/state``."""

    node: str
    healthy: bool = False
    failure_tolerance: int = 0
    leader: str = ""
    voters: tuple[str, ...] = ()
    servers: tuple[AutopilotServer, ...] = ()

    def server(self, server_id: str) -> AutopilotServer | None:
        """The server with this id, if listed."""
        return next((s for s in self.servers if s.id == server_id), None)

    @property
    def term(self) -> int | None:
        """The leader's Raft term (the highest known term if the leader is not listed)."""
        leader = self.server(self.leader)
        if leader is not None and leader.last_term is not None:
            return leader.last_term
        terms = [s.last_term for s in self.servers if s.last_term is not None]
        return max(terms) if terms else None

    @property
    def index(self) -> int | None:
        """The leader's last Raft index (the highest known if the leader is not listed)."""
        leader = self.server(self.leader)
        if leader is not None and leader.last_index is not None:
            return leader.last_index
        indexes = [s.last_index for s in self.servers if s.last_index is not None]
        return max(indexes) if indexes else None


@dataclass(frozen=True)
class Namespace:
    """A namespace; ``path`` is absolute with a trailing slash (``a/b/``)."""

    node: str
    path: str
    key: str = ""
    id: str = ""
    uuid: str = ""
    locked: bool = False
    tainted: bool = False
    custom_metadata: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class NamespaceList:
    """A LIST (one level) or SCAN (whole subtree) of namespaces, sorted by key."""

    node: str
    namespaces: tuple[Namespace, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(n.key for n in self.namespaces)


@dataclass(frozen=True)
class NamespaceDeletion:
    """Answer of a namespace delete; ``status`` is ``in-progress`` while it completes."""

    node: str
    status: str = ""


@dataclass(frozen=True)
class NamespaceLock:
    """The key that unlocks a namespace (never shown in repr)."""

    node: str
    unlock_key: str = field(default="", repr=False)


@dataclass(frozen=True)
class Policy:
    """An ACL policy and its HCL text."""

    node: str
    name: str
    policy: str = ""
    modified: str = ""


@dataclass(frozen=True)
class RateLimitQuota:
    """A rate-limit quota; intervals in seconds."""

    node: str
    name: str
    path: str = ""
    type: str = ""
    rate: float = 0.0
    interval: float = 0.0
    block_interval: float = 0.0
    role: str = ""
    inheritable: bool = False


@dataclass(frozen=True)
class QuotaConfig:
    """``sys/quotas/config``."""

    node: str
    enable_rate_limit_audit_logging: bool = False
    enable_rate_limit_response_headers: bool = False
    rate_limit_exempt_paths: tuple[str, ...] = ()
    absolute_rate_limit_exempt_paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class Capabilities:
    """``sys/capabilities-self``: capabilities per requested path."""

    node: str
    paths: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)

    def of(self, path: str) -> tuple[str, ...]:
        return self.paths.get(path, ())


@dataclass(frozen=True)
class TokenInfo:
    """``auth/token/lookup-self`` without the token itself."""

    node: str
    accessor: str = ""
    display_name: str = ""
    policies: tuple[str, ...] = ()
    ttl: int = 0
    creation_ttl: int = 0
    expire_time: str | None = None
    renewable: bool = False
    orphan: bool = False
    type: str = ""
    path: str = ""
    entity_id: str = ""
    num_uses: int = 0
    namespace_path: str = ""
    meta: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class KvVersion:
    """Metadata of one KV v2 version."""

    version: int = 0
    created_time: str = ""
    deletion_time: str = ""
    destroyed: bool = False
    custom_metadata: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class KvSecret:
    """A KV v2 secret version; ``data`` is never shown in repr."""

    node: str
    data: Mapping[str, Any] = field(default_factory=dict, repr=False, hash=False)
    metadata: KvVersion = field(default_factory=KvVersion)


@dataclass(frozen=True)
class KvMetadata:
    """KV v2 metadata of a path (all versions)."""

    node: str
    current_version: int = 0
    oldest_version: int = 0
    max_versions: int = 0
    cas_required: bool = False
    created_time: str = ""
    updated_time: str = ""
    delete_version_after: str = ""
    custom_metadata: Mapping[str, str] = field(default_factory=dict, hash=False)
    versions: tuple[KvVersion, ...] = ()


@dataclass(frozen=True)
class Mount:
    """A secrets engine mount."""

    path: str
    type: str = ""
    description: str = ""
    accessor: str = ""
    local: bool = False
    seal_wrap: bool = False
    uuid: str = ""
    plugin_version: str = ""
    running_plugin_version: str = ""
    options: Mapping[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class MountList:
    """``sys/mounts``, sorted by path."""

    node: str
    mounts: tuple[Mount, ...] = ()

    def get(self, path: str) -> Mount | None:
        wanted = path.strip("/") + "/"
        return next((m for m in self.mounts if m.path == wanted), None)


@dataclass(frozen=True)
class DatabaseConnection:
    """A database engine connection (``<mount>/config/<name>``), without its password."""

    node: str
    name: str
    plugin_name: str = ""
    plugin_version: str = ""
    connection_url: str = ""
    username: str = ""
    allowed_roles: tuple[str, ...] = ()
    verify_connection: bool = False
    password_policy: str = ""
    root_rotation_statements: tuple[str, ...] = ()


@dataclass(frozen=True)
class StaticRole:
    """A database static role; ``rotation_period`` in seconds."""

    node: str
    name: str
    db_name: str = ""
    username: str = ""
    rotation_period: float = 0.0
    rotation_statements: tuple[str, ...] = ()
    last_vault_rotation: str = ""


@dataclass(frozen=True)
class StaticCreds:
    """Current credentials of a static role; the password is never shown in repr."""

    node: str
    username: str = ""
    password: str = field(default="", repr=False)
    ttl: int = 0
    rotation_period: float = 0.0
    last_vault_rotation: str = ""


@dataclass(frozen=True)
class Metrics:
    """``sys/metrics?format=prometheus``: the raw exposition text."""

    node: str
    text: str = field(default="", repr=False)
