"""Secrets engines: mounts, KV version 2, and the database engine's static roles."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any

from adminui.api.transport import VaultTransport
from adminui.api.vault_base import ApiArea, path_segment
from adminui.api.vault_models import (
    Ack,
    DatabaseConnection,
    KeyList,
    KvMetadata,
    KvSecret,
    KvVersion,
    MountList,
    StaticCreds,
    StaticRole,
)
from adminui.api.vault_parse import (
    parse_database_connection,
    parse_kv_metadata,
    parse_kv_secret,
    parse_kv_write,
    parse_mounts,
    parse_static_creds,
    parse_static_role,
)


class MountsApi(ApiArea):
    """``sys/mounts``: list, enable, disable."""

    async def list(self) -> MountList:
        return self._parse(await self._call("GET", "sys/mounts"), parse_mounts)

    async def enable(
        self,
        path: str,
        engine_type: str,
        *,
        description: str = "",
        options: Mapping[str, str] | None = None,
        config: Mapping[str, Any] | None = None,
    ) -> Ack:
        """Mount engine ``engine_type`` at ``path`` (KV v2: options={"version": "2"})."""
        body: dict[str, Any] = {"type": engine_type}
        if description:
            body["description"] = description
        if options:
            body["options"] = dict(options)
        if config:
            body["config"] = dict(config)
        return self._ack(await self._call("POST", f"sys/mounts/{path_segment(path)}", json=body))

    async def disable(self, path: str) -> Ack:
        return self._ack(await self._call("DELETE", f"sys/mounts/{path_segment(path)}"))


class KvApi(ApiArea):
    """A KV version 2 engine mounted at ``mount``."""

    def __init__(
        self, transport: VaultTransport, namespace: str = "", mount: str = "secret"
    ) -> None:
        super().__init__(transport, namespace)
        self.mount = path_segment(mount)

    def _path(self, kind: str, path: str) -> str:
        return f"{self.mount}/{kind}/{path_segment(path)}"

    def _folder(self, path: str) -> str:
        """The metadata path of folder ``path`` ('' is the engine's top)."""
        if not path.strip("/"):
            return f"{self.mount}/metadata"
        return self._path("metadata", path)

    async def read(self, path: str, version: int | None = None) -> KvSecret:
        params = {"version": str(version)} if version is not None else None
        response = await self._call("GET", self._path("data", path), params=params)
        return self._parse(response, parse_kv_secret)

    async def write(
        self, path: str, data: Mapping[str, Any], *, cas: int | None = None
    ) -> KvVersion:
        """Write a new version; ``cas`` makes it check-and-set against that version."""
        body: dict[str, Any] = {"data": dict(data)}
        if cas is not None:
            body["options"] = {"cas": cas}
        response = await self._call("POST", self._path("data", path), json=body)
        return self._parse(response, parse_kv_write)

    async def read_metadata(self, path: str) -> KvMetadata:
        return self._parse(await self._call("GET", self._path("metadata", path)), parse_kv_metadata)

    async def list(self, path: str = "") -> KeyList:
        """Keys under ``path`` (folders end with '/'); empty when there are none."""
        return await self._list(self._folder(path).rstrip("/"))

    async def delete_latest(self, path: str) -> Ack:
        """Soft-delete the latest version."""
        return self._ack(await self._call("DELETE", self._path("data", path)))

    async def delete_all(self, path: str) -> Ack:
        """Delete the metadata and every version of ``path``."""
        return self._ack(await self._call("DELETE", self._path("metadata", path)))


class DatabaseApi(ApiArea):
    """The database engine mounted at ``mount``: connections, static roles, credentials."""

    def __init__(
        self, transport: VaultTransport, namespace: str = "", mount: str = "database"
    ) -> None:
        super().__init__(transport, namespace)
        self.mount = path_segment(mount)

    async def write_connection(
        self,
        name: str,
        *,
        plugin_name: str,
        connection_url: str,
        username: str = "",
        password: str = "",
        allowed_roles: Iterable[str] = ("*",),
        verify_connection: bool = True,
        extra: Mapping[str, Any] | None = None,
    ) -> Ack:
        """Create or replace connection ``name`` (the password is sent, never kept)."""
        body: dict[str, Any] = {
            "plugin_name": plugin_name,
            "connection_url": connection_url,
            "allowed_roles": list(allowed_roles),
            "verify_connection": verify_connection,
        }
        if username:
            body["username"] = username
        if password:
            body["password"] = password
        body.update(extra or {})
        path = f"{self.mount}/config/{path_segment(name)}"
        return self._ack(await self._call("POST", path, json=body))

    async def read_connection(self, name: str) -> DatabaseConnection:
        response = await self._call("GET", f"{self.mount}/config/{path_segment(name)}")
        return self._parse(response, partial(parse_database_connection, name=name))

    async def list_connections(self) -> KeyList:
        return await self._list(f"{self.mount}/config")

    async def delete_connection(self, name: str) -> Ack:
        path = f"{self.mount}/config/{path_segment(name)}"
        return self._ack(await self._call("DELETE", path))

    async def write_static_role(
        self,
        name: str,
        *,
        db_name: str,
        username: str,
        rotation_period: str | int,
        rotation_statements: Iterable[str] = (),
    ) -> Ack:
        """Create or update static role ``name`` (OpenBao 2.7 requires rotation_period)."""
        body: dict[str, Any] = {
            "db_name": db_name,
            "username": username,
            "rotation_period": rotation_period,
        }
        statements = list(rotation_statements)
        if statements:
            body["rotation_statements"] = statements
        path = f"{self.mount}/static-roles/{path_segment(name)}"
        return self._ack(await self._call("POST", path, json=body))

    async def read_static_role(self, name: str) -> StaticRole:
        response = await self._call("GET", f"{self.mount}/static-roles/{path_segment(name)}")
        return self._parse(response, partial(parse_static_role, name=name))

    async def list_static_roles(self) -> KeyList:
        return await self._list(f"{self.mount}/static-roles")

    async def delete_static_role(self, name: str) -> Ack:
        path = f"{self.mount}/static-roles/{path_segment(name)}"
        return self._ack(await self._call("DELETE", path))

    async def static_creds(self, name: str) -> StaticCreds:
        """Current username/password of static role ``name`` (readable on a standby)."""
        response = await self._call("GET", f"{self.mount}/static-creds/{path_segment(name)}")
        return self._parse(response, parse_static_creds)

    async def rotate_role(self, name: str) -> Ack:
        """Rotate the static role's password now."""
        path = f"{self.mount}/rotate-role/{path_segment(name)}"
        return self._ack(await self._call("POST", path))
