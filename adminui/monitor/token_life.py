"""When to renew a token, when to warn, and when it is gone (Qt-free).

A renewable token is renewed once half its TTL has passed; the user is warned when a
tenth of it is left (a token that cannot be renewed, or whose renewal failed); at zero
it has expired and the connection holds requests until the user signs in again.
"""

from __future__ import annotations

import time
from enum import StrEnum

from adminui.api import errors
from adminui.monitor.connection import ClusterConnection, Session
from adminui.monitor.sign_in import renew

#: Warn when this share of the TTL is left.
WARN_SHARE = 0.10
#: After a failed renewal (a node down, a 429), try again this much later.
RENEW_RETRY_S = 10.0


class TokenAction(StrEnum):
    NOTHING = "nothing"
    RENEW = "renew"
    WARN = "warn"
    EXPIRED = "expired"


def next_action(session: Session, now: float, *, renew_blocked_until: float = 0.0) -> TokenAction:
    """What to do about the token of ``session`` at ``now`` (monotonic seconds)."""
    left = session.left_s(now)
    if left is None:
        return TokenAction.NOTHING
    if left <= 0:
        return TokenAction.EXPIRED
    half_gone = now - session.obtained_at >= session.ttl_s / 2
    if session.renewable and half_gone and now >= renew_blocked_until:
        return TokenAction.RENEW
    if left <= session.ttl_s * WARN_SHARE:
        return TokenAction.WARN
    return TokenAction.NOTHING


async def renew_connection(connection: ClusterConnection) -> Session:
    """Renew the connection's token; returns the new session (the caller replaces the
    credentials on the GUI thread). A token the cluster no longer knows raises
    PermissionDenied: it has expired or was revoked."""
    token = connection.token
    if not token:
        raise errors.PermissionDenied("no token to renew")
    signed = await renew(connection.profile, token)
    if signed.token != token:
        raise errors.BadResponse("the renewal gave another token")
    return Session(
        obtained_at=time.monotonic(),
        ttl_s=signed.ttl_s,
        renewable=signed.renewable,
        policies=signed.policies or connection.session.policies,
        remembered=connection.session.remembered,
    )


async def learn_session(connection: ClusterConnection) -> Session:
    """The token's life as the cluster tells it (``lookup-self``): for a token read from
    the keyring, whose TTL the console does not know yet, and now and then to see that it
    still works. PermissionDenied: the token is not valid any more."""
    token = connection.token
    if not token or connection.kind.value != "openbao":
        return connection.session
    async with connection.vault() as vault:
        info = await vault.token.lookup_self()
    return Session(
        obtained_at=time.monotonic(),
        ttl_s=info.ttl,
        renewable=info.renewable,
        policies=info.policies,
        remembered=connection.session.remembered,
    )
