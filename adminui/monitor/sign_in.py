"""Signing in to a cluster with the profile's method (Qt-free).

``sign_in`` tries the profile's nodes in order until one answers, and returns what the
login gave (the token and its life). The secret (a password, a JWT, a token) is used for
this one call and never kept here. OIDC runs the way ``bao login -method=oidc`` does: a
one-shot listener on 127.0.0.1 receives the provider's redirect, the person's browser is
opened on the provider's page, and the code it brings back is exchanged for a token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

from adminui.api import errors
from adminui.api.vault import VaultClient
from adminui.api.vault_login import SignedIn
from adminui.core.cluster import ClusterKind
from adminui.monitor.clients import kuma_client, on_first_node, vault_client
from adminui.profiles.crash_log import hide
from adminui.profiles.store import Profile

log = logging.getLogger(__name__)

#: Where the provider sends the browser back to (the role must allow this redirect URI;
#: the port is the one ``bao login -method=oidc`` uses).
OIDC_CALLBACK_PORT = 8250
OIDC_CALLBACK_PATH = "/oidc/callback"
#: How long the console waits for the person to finish in the browser.
OIDC_WAIT_S = 300.0
#: What the browser shows once the console has the code.
_DONE_PAGE = (
    b"<!doctype html><meta charset='utf-8'><title>AdminUI</title>"
    b"<p>Signed in. You can close this tab and go back to AdminUI.</p>"
)

OpenBrowser = Callable[[str], None]
T = TypeVar("T")


class SignInFailed(errors.VaultError):
    """The sign-in could not be completed; the detail says why, for people."""

    @property
    def user_message(self) -> str:
        return f"Sign-in failed: {self.detail}."


def redirect_uri(port: int = OIDC_CALLBACK_PORT) -> str:
    return f"http://127.0.0.1:{port}{OIDC_CALLBACK_PATH}"


@dataclass(frozen=True)
class OidcReply:
    """What the provider's redirect brought back."""

    state: str
    code: str


class OidcListener:
    """A one-shot HTTP listener on 127.0.0.1 for the provider's redirect."""

    def __init__(self, port: int = OIDC_CALLBACK_PORT) -> None:
        self.port = port
        self._reply: asyncio.Future[OidcReply] | None = None
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> OidcListener:
        self._reply = asyncio.get_running_loop().create_future()
        try:
            self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        except OSError as exc:
            raise SignInFailed(
                f"the sign-in callback port 127.0.0.1:{self.port} is taken ({exc.strerror}); "
                "close the other sign-in and try again"
            ) from None
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def reply(self, timeout_s: float = OIDC_WAIT_S) -> OidcReply:
        assert self._reply is not None
        try:
            return await asyncio.wait_for(asyncio.shield(self._reply), timeout_s)
        except TimeoutError:
            raise SignInFailed("the browser sign-in was not finished in time; try again") from None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await asyncio.wait_for(reader.readline(), 10)
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass
        except (TimeoutError, ConnectionError, asyncio.LimitOverrunError, ValueError):
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 5)
            return
        parts = line.decode("latin-1").split()
        target = urlsplit(parts[1]) if len(parts) >= 2 else None
        found = False
        if target is not None and target.path == OIDC_CALLBACK_PATH:
            query = parse_qs(target.query)
            state, code = query.get("state", [""])[0], query.get("code", [""])[0]
            error = query.get("error_description", query.get("error", [""]))[0]
            assert self._reply is not None
            if not self._reply.done():
                if error:
                    self._reply.set_exception(SignInFailed(f"the provider refused: {error[:200]}"))
                    found = True
                elif state and code:
                    self._reply.set_result(OidcReply(state, code))
                    found = True
        status = b"200 OK" if found else b"404 Not Found"
        body = _DONE_PAGE if found else b"Not found"
        writer.write(
            b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body
        )
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 5)


async def _on_nodes(
    profile: Profile, token: str | None, attempt: Callable[[VaultClient], Awaitable[T]]
) -> T:
    """``attempt`` on the first node that answers (in the profile's namespace)."""

    async def on(url: str) -> T:
        async with vault_client(profile, token, url, namespace=profile.namespace) as vault:
            return await attempt(vault)

    return await on_first_node(profile.node_urls, on)


async def _with_token(profile: Profile, token: str) -> SignedIn:
    """A pasted token: valid when the cluster says so; its life from lookup-self."""
    if profile.kind is ClusterKind.CORE:

        async def whoami(url: str) -> SignedIn:
            async with kuma_client(profile, token, url) as core:
                await core.whoami()
                return SignedIn(core.transport.node, token)

        return await on_first_node(profile.node_urls, whoami)

    async def lookup(vault: VaultClient) -> SignedIn:
        info = await vault.token.lookup_self()
        return SignedIn(info.node, token, info.ttl, info.renewable, info.policies)

    return await _on_nodes(profile, token, lookup)


async def _oidc(profile: Profile, open_browser: OpenBrowser, port: int, wait_s: float) -> SignedIn:
    nonce = secrets.token_urlsafe(16)
    async with OidcListener(port) as listener:

        async def start(vault: VaultClient) -> SignedIn:
            begun = await vault.login.oidc_auth_url(
                profile.role, redirect_uri(port), mount=profile.mount, client_nonce=nonce
            )
            open_browser(begun.auth_url)
            reply = await listener.reply(wait_s)
            return await vault.login.oidc_callback(
                reply.state, reply.code, mount=profile.mount, client_nonce=nonce
            )

        return await _on_nodes(profile, None, start)


async def sign_in(
    profile: Profile,
    secret: str = "",
    *,
    open_browser: OpenBrowser | None = None,
    oidc_port: int = OIDC_CALLBACK_PORT,
    oidc_wait_s: float = OIDC_WAIT_S,
) -> SignedIn:
    """Sign in to ``profile``'s cluster with its method.

    ``secret``: the token (token), the password (userpass, LDAP) or the JWT (jwt);
    unused for cert (the profile's client certificate) and OIDC (``open_browser``
    is given the provider's page).
    """
    method = profile.auth
    hide(secret)
    log.info("%s: signing in with %s on %s/", profile.name, method, profile.mount)
    if method == "token":
        if not secret:
            raise SignInFailed("enter a token")
        return await _with_token(profile, secret)
    if method in ("userpass", "ldap"):
        if not secret:
            raise SignInFailed("enter the password")
        return await _on_nodes(
            profile,
            None,
            lambda vault: vault.login.userpass(profile.username, secret, mount=profile.mount),
        )
    if method == "jwt":
        if not secret:
            raise SignInFailed("paste the JWT")
        return await _on_nodes(
            profile, None, lambda vault: vault.login.jwt(profile.role, secret, mount=profile.mount)
        )
    if method == "cert":
        return await _on_nodes(
            profile, None, lambda vault: vault.login.cert(profile.role, mount=profile.mount)
        )
    if method == "oidc":
        if open_browser is None:
            raise SignInFailed("OIDC sign-in needs a browser")
        return await _oidc(profile, open_browser, oidc_port, oidc_wait_s)
    raise SignInFailed(f"unknown sign-in method {method!r}")


async def renew(profile: Profile, token: str) -> SignedIn:
    """Renew ``token`` (``auth/token/renew-self``) on the first node that answers."""
    return await _on_nodes(profile, token, lambda vault: vault.login.renew_self())


async def sign_out(profile: Profile, token: str) -> None:
    """Revoke ``token`` (``auth/token/revoke-self``); a token already gone is fine."""

    async def revoke(vault: VaultClient) -> None:
        await vault.login.revoke_self()

    if profile.kind is not ClusterKind.OPENBAO:
        return
    try:
        await _on_nodes(profile, token, revoke)
    except errors.PermissionDenied:
        return  # expired or already revoked: nothing left to revoke
