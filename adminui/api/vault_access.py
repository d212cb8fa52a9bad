"""Access control: ACL policies, rate-limit quotas, the token's own view of itself."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from adminui.api.vault_base import ApiArea, path_segment
from adminui.api.vault_models import (
    Ack,
    Capabilities,
    KeyList,
    Policy,
    QuotaConfig,
    RateLimitQuota,
    TokenInfo,
)
from adminui.api.vault_parse import (
    parse_capabilities,
    parse_policy,
    parse_quota_config,
    parse_rate_limit_quota,
    parse_token_info,
)


class PoliciesApi(ApiArea):
    """``sys/policies/acl``: list, read, write, delete."""

    async def list(self) -> KeyList:
        return await self._list("sys/policies/acl")

    async def read(self, name: str) -> Policy:
        response = await self._call("GET", f"sys/policies/acl/{path_segment(name)}")
        return self._parse(response, partial(parse_policy, name=name))

    async def write(self, name: str, policy: str) -> Ack:
        """Create or replace; a parse error comes back as BadRequest with line numbers."""
        response = await self._call(
            "PUT", f"sys/policies/acl/{path_segment(name)}", json={"policy": policy}
        )
        return self._ack(response)

    async def delete(self, name: str) -> Ack:
        return self._ack(await self._call("DELETE", f"sys/policies/acl/{path_segment(name)}"))


class QuotasApi(ApiArea):
    """``sys/quotas/rate-limit`` and ``sys/quotas/config`` (root namespace only).

    Each node enforces a quota on its own: N nodes let about N times the rate through.
    """

    async def list_rate_limits(self) -> KeyList:
        return await self._list("sys/quotas/rate-limit")

    async def read_rate_limit(self, name: str) -> RateLimitQuota:
        response = await self._call("GET", f"sys/quotas/rate-limit/{path_segment(name)}")
        return self._parse(response, partial(parse_rate_limit_quota, name=name))

    async def write_rate_limit(
        self,
        name: str,
        *,
        rate: float,
        path: str = "",
        interval: str | float = "1s",
        block_interval: str | float | None = None,
        role: str = "",
        inheritable: bool | None = None,
    ) -> Ack:
        """Create or update quota ``name`` on ``path`` (a namespace, or namespace + mount)."""
        body: dict[str, object] = {"rate": rate, "path": path, "interval": interval}
        if block_interval is not None:
            body["block_interval"] = block_interval
        if role:
            body["role"] = role
        if inheritable is not None:
            body["inheritable"] = inheritable
        response = await self._call(
            "POST", f"sys/quotas/rate-limit/{path_segment(name)}", json=body
        )
        return self._ack(response)

    async def delete_rate_limit(self, name: str) -> Ack:
        return self._ack(await self._call("DELETE", f"sys/quotas/rate-limit/{path_segment(name)}"))

    async def read_config(self) -> QuotaConfig:
        return self._parse(await self._call("GET", "sys/quotas/config"), parse_quota_config)

    async def write_config(
        self,
        *,
        enable_rate_limit_response_headers: bool | None = None,
        enable_rate_limit_audit_logging: bool | None = None,
        rate_limit_exempt_paths: Iterable[str] | None = None,
    ) -> Ack:
        """Change the given settings only (None keeps the current value).

        The server resets every setting missing from the request (the exempt paths
        included), so the current configuration is read first and sent back whole.
        """
        current = await self.read_config()
        body: dict[str, object] = {
            "enable_rate_limit_response_headers": current.enable_rate_limit_response_headers
            if enable_rate_limit_response_headers is None
            else enable_rate_limit_response_headers,
            "enable_rate_limit_audit_logging": current.enable_rate_limit_audit_logging
            if enable_rate_limit_audit_logging is None
            else enable_rate_limit_audit_logging,
            "rate_limit_exempt_paths": list(
                current.rate_limit_exempt_paths
                if rate_limit_exempt_paths is None
                else rate_limit_exempt_paths
            ),
        }
        return self._ack(await self._call("POST", "sys/quotas/config", json=body))


class TokenApi(ApiArea):
    """What the current token is and may do."""

    async def lookup_self(self) -> TokenInfo:
        """The token's properties (the token itself is dropped)."""
        response = await self._call("GET", "auth/token/lookup-self")
        return self._parse(response, parse_token_info)

    async def capabilities_self(self, paths: Iterable[str]) -> Capabilities:
        """Capabilities of the token on each path (a query: allowed in read-only mode)."""
        wanted = tuple(paths)
        response = await self._call(
            "POST", "sys/capabilities-self", json={"paths": list(wanted)}, changes_state=False
        )
        return self._parse(response, partial(parse_capabilities, paths=wanted))

    async def capabilities(self, token: str, paths: Iterable[str]) -> Capabilities:
        """Capabilities of another ``token`` on each path (``sys/capabilities``; a query)."""
        wanted = tuple(paths)
        response = await self._call(
            "POST",
            "sys/capabilities",
            json={"token": token, "paths": list(wanted)},
            changes_state=False,
        )
        return self._parse(response, partial(parse_capabilities, paths=wanted))
