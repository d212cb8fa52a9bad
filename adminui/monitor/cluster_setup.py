"""The cluster dialog's work before a cluster is saved: credentials, node discovery and
the connection test, each signing in first when it needs to. Nothing here imports Qt."""

from __future__ import annotations

from collections.abc import Awaitable

from adminui.api.vault_login import SignedIn
from adminui.core.cluster import ClusterKind
from adminui.monitor.profile_check import ProfileTest, check_profile, discover_nodes
from adminui.monitor.sign_in import OpenBrowser, sign_in
from adminui.profiles.store import Profile


async def credentials(
    profile: Profile,
    secret: str,
    *,
    reuse: SignedIn | None,
    needs_secret: bool,
    open_browser: OpenBrowser,
) -> SignedIn | None:
    """The credentials to act with: ``reuse`` (an earlier sign-in of the same settings),
    else a sign-in with ``secret``; None when a secret is needed and none was typed. A
    token (or KUMA's) is the credential itself: the connection test tells if it works."""
    if reuse is not None:
        return reuse
    if needs_secret and not secret:
        return None
    if profile.auth == "token" or profile.kind is ClusterKind.CORE:
        return SignedIn("", secret)
    return await sign_in(profile, secret, open_browser=open_browser)


async def discover(
    profile: Profile, signing_in: Awaitable[SignedIn | None]
) -> tuple[SignedIn | None, tuple[str, ...]]:
    """The credentials, and the node URLs the cluster names."""
    signed = await signing_in
    return signed, await discover_nodes(profile, signed.token if signed else None)


async def test(
    profile: Profile, signing_in: Awaitable[SignedIn | None]
) -> tuple[SignedIn | None, ProfileTest]:
    """The credentials, and each node's answer with what the credentials may do."""
    signed = await signing_in
    return signed, await check_profile(profile, signed.token if signed else None)
