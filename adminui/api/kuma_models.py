"""Records of the KUMA Core REST API v3 and their tolerant parsers.

Unknown fields are ignored and missing ones get defaults; a field of the wrong type
raises :class:`ModelError` (the client turns it into ``KumaBadResponse``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from adminui.core.sentence import Sentence

PAGE_SIZE = 250
STATUS_COLOURS = ("green", "red", "yellow", "purple", "gray")
RaftRole = Literal["leader", "follower", "candidate", "unknown"]
RAFT_ROLES: tuple[RaftRole, ...] = ("leader", "follower", "candidate", "unknown")


class ModelError(ValueError):
    """A response body does not have the documented shape; ``message`` says how (a
    :class:`~adminui.core.sentence.Sentence` the interface can translate)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _obj(data: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise ModelError(
            Sentence("{0}: expected a JSON object, got {1}", what, type(data).__name__)
        )
    return data


def _list(data: Any, what: str) -> list[Any]:
    if not isinstance(data, list):
        raise ModelError(Sentence("{0}: expected a JSON array, got {1}", what, type(data).__name__))
    return data


def _str(data: Mapping[str, Any], key: str, default: str = "") -> str:
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ModelError(
        Sentence("field {0}: expected a string, got {1}", repr(key), type(value).__name__)
    )


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    return _str(data, key) if data.get(key) is not None else None


def _int(data: Mapping[str, Any], key: str, default: int | None = 0) -> int | None:
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, bool):
        raise ModelError(Sentence("field {0}: expected a number, got a boolean", repr(key)))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float):
        return int(value) if value == value and abs(value) < 1e18 else default
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    if isinstance(value, str):
        return default
    raise ModelError(
        Sentence("field {0}: expected a number, got {1}", repr(key), type(value).__name__)
    )


def _bool(data: Mapping[str, Any], key: str, default: bool | None = False) -> bool | None:
    value = data.get(key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raise ModelError(
        Sentence("field {0}: expected a boolean, got {1}", repr(key), type(value).__name__)
    )


@dataclass(frozen=True)
class Service:
    """One row of "Active services"."""

    id: str
    tenant_id: str = ""
    tenant_name: str = ""
    resource_id: str = ""
    kind: str = ""
    name: str = ""
    address: str = ""
    fqdn: str = ""
    status: str = ""
    api_port: str = ""
    uptime: int | None = None
    created: str = ""
    updated: str = ""
    version: str = ""
    warning: str = ""

    @property
    def colour(self) -> str:
        """The status colour, or "unknown" for a status KUMA does not document."""
        status = self.status.lower()
        return status if status in STATUS_COLOURS else "unknown"


def parse_service(data: Any) -> Service:
    obj = _obj(data, "service")
    sid = _str(obj, "id")
    if not sid:
        raise ModelError(Sentence("service without an id"))
    return Service(
        id=sid,
        tenant_id=_str(obj, "tenantID"),
        tenant_name=_str(obj, "tenantName"),
        resource_id=_str(obj, "resourceID"),
        kind=_str(obj, "kind"),
        name=_str(obj, "name"),
        address=_str(obj, "address"),
        fqdn=_str(obj, "fqdn"),
        status=_str(obj, "status"),
        api_port=_str(obj, "apiPort"),
        uptime=_int(obj, "uptime", None),
        created=_str(obj, "created"),
        updated=_str(obj, "updated"),
        version=_str(obj, "version"),
        warning=_str(obj, "warning"),
    )


def parse_services(data: Any) -> list[Service]:
    """A page of services; ``null`` counts as an empty page."""
    if data is None:
        return []
    return [parse_service(item) for item in _list(data, "services")]


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str = ""
    main: bool = False
    description: str = ""
    eps: int = 0
    eps_limit: int = 0
    created: str = ""
    updated: str = ""
    shared: bool = False


def parse_tenants(data: Any) -> list[Tenant]:
    if data is None:
        return []
    tenants = []
    for item in _list(data, "tenants"):
        obj = _obj(item, "tenant")
        tenants.append(
            Tenant(
                id=_str(obj, "id"),
                name=_str(obj, "name"),
                main=bool(_bool(obj, "main")),
                description=_str(obj, "description"),
                eps=_int(obj, "eps") or 0,
                eps_limit=_int(obj, "epsLimit") or 0,
                created=_str(obj, "created"),
                updated=_str(obj, "updated"),
                shared=bool(_bool(obj, "shared")),
            )
        )
    return tenants


@dataclass(frozen=True)
class User:
    """The token's owner (``users/whoami``)."""

    id: str
    name: str = ""
    login: str = ""
    email: str = ""
    roles: tuple[str, ...] = ()


def _role(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        return _str(item, "name") or _str(item, "id")
    raise ModelError(Sentence("role: expected a string or an object, got {0}", type(item).__name__))


def parse_user(data: Any) -> User:
    obj = _obj(data, "user")
    roles = obj.get("roles")
    return User(
        id=_str(obj, "id"),
        name=_str(obj, "name"),
        login=_str(obj, "login"),
        email=_str(obj, "email"),
        roles=tuple(_role(r) for r in _list(roles, "roles")) if roles is not None else (),
    )


@dataclass(frozen=True)
class RaftPeer:
    address: str
    connected: bool
    id: str | None = None


@dataclass(frozen=True)
class RaftProbe:
    """A node's Raft state as its health endpoint tells it (role "unknown" when none)."""

    role: RaftRole = "unknown"
    term: int | None = None
    commit_index: int | None = None
    applied_index: int | None = None
    leader: str | None = None
    leader_id: str | None = None
    has_quorum: bool | None = None
    node_id: str | None = None
    fqdn: str | None = None
    self_address: str | None = None
    peers: tuple[RaftPeer, ...] = field(default_factory=tuple)
    version: str | None = None
    latency: float = 0.0
    server_time: float | None = None  # the node's clock (HTTP Date header), Unix seconds

    @property
    def known(self) -> bool:
        return self.role != "unknown"


def looks_like_raft_health(data: Any) -> bool:
    """True when a health body carries Raft state (a ``role`` field)."""
    return isinstance(data, Mapping) and "role" in data


def parse_raft_probe(data: Any, latency: float = 0.0) -> RaftProbe:
    obj = _obj(data, "health")
    role = _str(obj, "role", "unknown").lower()
    peers = []
    raw_peers = obj.get("peers")
    for item in _list(raw_peers, "peers") if raw_peers is not None else []:
        peer = _obj(item, "peer")
        peers.append(
            RaftPeer(_str(peer, "address"), bool(_bool(peer, "connected")), _opt_str(peer, "id"))
        )
    return RaftProbe(
        role=next((r for r in RAFT_ROLES if r == role), "unknown"),
        term=_int(obj, "term", None),
        commit_index=_int(obj, "commit_index", None),
        applied_index=_int(obj, "applied_index", None),
        leader=_opt_str(obj, "leader"),
        leader_id=_opt_str(obj, "leader_id"),
        has_quorum=_bool(obj, "has_quorum", None),
        node_id=_opt_str(obj, "id"),
        fqdn=_opt_str(obj, "fqdn"),
        self_address=_opt_str(obj, "self"),
        peers=tuple(peers),
        version=_opt_str(obj, "version"),
        latency=latency,
    )
