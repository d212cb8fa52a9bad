"""Signing in to OpenBao/Vault, and the signed-in token's own lifetime.

Every login call goes without a token (``auth/<mount>/login…``) and yields a
:class:`SignedIn`: the token the console keeps, its TTL, whether it can be renewed and
its policies. Passwords and JWTs are sent once and never kept. Logging in, renewing and
revoking one's own token change no cluster state, so read-only profiles may do them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from adminui.api.errors import BadResponse
from adminui.api.vault_base import ApiArea, path_segment
from adminui.api.vault_parse import top


@dataclass(frozen=True)
class SignedIn:
    """What a login (or a renewal) gave: the token is never shown in a repr."""

    node: str
    token: str = field(repr=False)
    ttl_s: int = 0
    renewable: bool = False
    policies: tuple[str, ...] = ()
    accessor: str = field(default="", repr=False)


@dataclass(frozen=True)
class OidcStart:
    """The first step of an OIDC sign-in: where to send the person's browser."""

    node: str
    auth_url: str = field(repr=False)


def parse_signed_in(body: object, node: str) -> SignedIn:
    """The ``auth`` object of a login or renew answer."""
    auth = top(body).obj("auth")
    token = auth.text("client_token")
    if not token:
        raise BadResponse("the answer has no auth.client_token")
    return SignedIn(
        node=node,
        token=token,
        ttl_s=auth.integer("lease_duration"),
        renewable=auth.flag("renewable"),
        policies=auth.str_list("policies") or auth.str_list("token_policies"),
        accessor=auth.text("accessor"),
    )


def parse_oidc_start(body: object, node: str) -> OidcStart:
    url = top(body).obj("data").text("auth_url")
    if not url.startswith(("https://", "http://")):
        raise BadResponse(
            "the provider gave no sign-in address (is the role's redirect URI allowed?)"
        )
    return OidcStart(node, url)


class LoginApi(ApiArea):
    """``auth/<mount>/login`` for each sign-in method, and ``auth/token/*-self``.

    ``namespace`` (of the client) is the namespace signed in to.
    """

    async def _login(self, path: str, body: dict[str, Any]) -> SignedIn:
        response = await self._call(
            "POST", path, json=body, authenticated=False, changes_state=False
        )
        return self._parse(response, parse_signed_in)

    async def userpass(self, user: str, password: str, *, mount: str = "userpass") -> SignedIn:
        """``POST auth/<mount>/login/<user> {password}``."""
        path = f"auth/{path_segment(mount)}/login/{path_segment(user)}"
        return await self._login(path, {"password": password})

    async def ldap(self, user: str, password: str, *, mount: str = "ldap") -> SignedIn:
        """LDAP's login is the userpass call on its own mount."""
        return await self.userpass(user, password, mount=mount)

    async def jwt(self, role: str, token: str, *, mount: str = "jwt") -> SignedIn:
        """``POST auth/<mount>/login {role, jwt}`` (an empty role: the mount's default)."""
        body: dict[str, Any] = {"jwt": token}
        if role:
            body["role"] = role
        return await self._login(f"auth/{path_segment(mount)}/login", body)

    async def cert(self, name: str = "", *, mount: str = "cert") -> SignedIn:
        """``POST auth/<mount>/login`` over the transport's TLS client certificate."""
        body: dict[str, Any] = {"name": name} if name else {}
        return await self._login(f"auth/{path_segment(mount)}/login", body)

    async def oidc_auth_url(
        self, role: str, redirect_uri: str, *, mount: str = "oidc", client_nonce: str = ""
    ) -> OidcStart:
        """``POST auth/<mount>/oidc/auth_url``: the provider's page to open."""
        body: dict[str, Any] = {"redirect_uri": redirect_uri}
        if role:
            body["role"] = role
        if client_nonce:
            body["client_nonce"] = client_nonce
        response = await self._call(
            "POST",
            f"auth/{path_segment(mount)}/oidc/auth_url",
            json=body,
            authenticated=False,
            changes_state=False,
        )
        return self._parse(response, parse_oidc_start)

    async def oidc_callback(
        self, state: str, code: str, *, mount: str = "oidc", client_nonce: str = ""
    ) -> SignedIn:
        """``GET auth/<mount>/oidc/callback``: the browser's code turned into a token."""
        params = {"state": state, "code": code}
        if client_nonce:
            params["client_nonce"] = client_nonce
        response = await self._call(
            "GET",
            f"auth/{path_segment(mount)}/oidc/callback",
            params=params,
            authenticated=False,
        )
        return self._parse(response, parse_signed_in)

    async def renew_self(self, increment_s: int = 0) -> SignedIn:
        """``POST auth/token/renew-self``: the same token with a new TTL."""
        body: dict[str, Any] = {"increment": f"{increment_s}s"} if increment_s else {}
        response = await self._call("POST", "auth/token/renew-self", json=body, changes_state=False)
        return self._parse(response, parse_signed_in)

    async def revoke_self(self) -> None:
        """``POST auth/token/revoke-self``: the token stops working everywhere."""
        await self._call("POST", "auth/token/revoke-self", changes_state=False)
