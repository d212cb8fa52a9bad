"""Auth methods: list/enable/disable mounts, AppRole roles and token roles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from adminui.api.errors import BadResponse, NotFound
from adminui.api.vault_base import ApiArea, path_segment
from adminui.api.vault_models import Ack
from adminui.api.vault_parse import data


@dataclass(frozen=True)
class AuthMount:
    """An enabled auth method (``path`` ends with '/')."""

    path: str
    type: str = ""
    accessor: str = ""
    description: str = ""


@dataclass(frozen=True)
class AuthMountList:
    """``sys/auth``, sorted by path."""

    node: str
    mounts: tuple[AuthMount, ...] = ()

    def get(self, path: str) -> AuthMount | None:
        wanted = path.strip("/") + "/"
        return next((m for m in self.mounts if m.path == wanted), None)


def parse_auth_mounts(body: object, node: str) -> AuthMountList:
    """``GET sys/auth``: one object per mount under ``data``."""
    fields = data(body)
    mounts = []
    for path in sorted(fields.raw):
        entry = fields.obj(path)
        mounts.append(
            AuthMount(path, entry.text("type"), entry.text("accessor"), entry.text("description"))
        )
    return AuthMountList(node, tuple(mounts))


def _text(body: object, key: str) -> str:
    """``data.<key>``, which must be a non-empty string (the value is never quoted back:
    it may be a secret)."""
    value = data(body).text(key)
    if not value:
        raise BadResponse(f"the answer has no {key}")
    return value


class AuthApi(ApiArea):
    """``sys/auth`` and the roles of the AppRole and token auth methods."""

    async def list_mounts(self) -> AuthMountList:
        return self._parse(await self._call("GET", "sys/auth"), parse_auth_mounts)

    async def enable(self, path: str, method_type: str, *, description: str = "") -> Ack:
        """Enable auth method ``method_type`` at ``path``."""
        body: dict[str, Any] = {"type": method_type}
        if description:
            body["description"] = description
        return self._ack(await self._call("POST", f"sys/auth/{path_segment(path)}", json=body))

    async def disable(self, path: str) -> Ack:
        return self._ack(await self._call("DELETE", f"sys/auth/{path_segment(path)}"))

    async def write_approle_role(
        self,
        name: str,
        *,
        token_policies: Iterable[str],
        mount: str = "approle",
        token_ttl: str = "",
        token_max_ttl: str = "",
    ) -> Ack:
        """Create or replace AppRole role ``name``."""
        body: dict[str, Any] = {"token_policies": list(token_policies)}
        if token_ttl:
            body["token_ttl"] = token_ttl
        if token_max_ttl:
            body["token_max_ttl"] = token_max_ttl
        path = f"auth/{path_segment(mount)}/role/{path_segment(name)}"
        return self._ack(await self._call("POST", path, json=body))

    async def approle_role_exists(self, name: str, *, mount: str = "approle") -> bool:
        return await self._exists(f"auth/{path_segment(mount)}/role/{path_segment(name)}")

    async def delete_approle_role(self, name: str, *, mount: str = "approle") -> Ack:
        path = f"auth/{path_segment(mount)}/role/{path_segment(name)}"
        return self._ack(await self._call("DELETE", path))

    async def approle_role_id(self, name: str, *, mount: str = "approle") -> str:
        """The role_id of AppRole role ``name``."""
        path = f"auth/{path_segment(mount)}/role/{path_segment(name)}/role-id"
        return self._parse(
            await self._call("GET", path), lambda body, _node: _text(body, "role_id")
        )

    async def generate_approle_secret_id(
        self, name: str, *, mount: str = "approle"
    ) -> tuple[str, str]:
        """A new secret_id for AppRole role ``name``: (secret_id, its accessor)."""
        path = f"auth/{path_segment(mount)}/role/{path_segment(name)}/secret-id"
        response = await self._call("POST", path)
        return self._parse(
            response,
            lambda body, _node: (_text(body, "secret_id"), data(body).text("secret_id_accessor")),
        )

    async def destroy_approle_secret_id(
        self, name: str, accessor: str, *, mount: str = "approle"
    ) -> Ack:
        """Revoke the secret_id whose accessor is ``accessor``."""
        path = f"auth/{path_segment(mount)}/role/{path_segment(name)}/secret-id-accessor/destroy"
        return self._ack(await self._call("POST", path, json={"secret_id_accessor": accessor}))

    async def write_token_role(
        self, name: str, *, allowed_policies: Iterable[str], token_ttl: str = ""
    ) -> Ack:
        """Create or replace token role ``name`` (``auth/token/roles``)."""
        body: dict[str, Any] = {"allowed_policies": list(allowed_policies)}
        if token_ttl:
            body["token_period"] = token_ttl
        path = f"auth/token/roles/{path_segment(name)}"
        return self._ack(await self._call("POST", path, json=body))

    async def token_role_exists(self, name: str) -> bool:
        return await self._exists(f"auth/token/roles/{path_segment(name)}")

    async def delete_token_role(self, name: str) -> Ack:
        return self._ack(await self._call("DELETE", f"auth/token/roles/{path_segment(name)}"))

    async def _exists(self, path: str) -> bool:
        try:
            await self._call("GET", path)
        except NotFound:
            return False
        return True
