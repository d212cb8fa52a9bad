"""Typed errors raised by the OpenBao/Vault API layer.

Every error keeps what a person needs to understand a failure — the HTTP method, the
URL (never a token), the node that answered, the status code and the server's own
``errors`` list — and offers a one-sentence :attr:`VaultError.user_message`: a
:class:`~adminui.core.sentence.Sentence` (English text the interface can translate).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from adminui.core.sentence import Sentence

#: How the detail of a TLSError starts when the profile's CA bundle or client
#: certificate could not be loaded (no node was contacted yet).
TLS_FILES_DETAIL = "cannot load the TLS files"


class VaultError(Exception):
    """Base class of every error the API layer raises."""

    summary: str = Sentence("The request to OpenBao failed.")

    def __init__(
        self,
        detail: str = "",
        *,
        method: str = "",
        url: str = "",
        node: str = "",
        status: int | None = None,
        errors: Sequence[str] = (),
    ) -> None:
        self.detail = detail
        self.method = method
        self.url = url
        self.node = node
        self.status = status
        self.errors: tuple[str, ...] = tuple(errors)
        super().__init__(self._text())

    def _text(self) -> str:
        parts = [type(self).__name__ + ":"]
        if self.method or self.url:
            parts.append(f"{self.method} {self.url}".strip())
        if self.status is not None:
            parts.append(f"-> {self.status}")
        if self.node:
            parts.append(f"(node {self.node})")
        text = " ".join(parts)
        if self.detail:
            text += f": {self.detail}"
        if self.errors:
            text += " — " + "; ".join(self.errors)
        return text

    def __str__(self) -> str:
        return self._text()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._text()!r})"

    @property
    def server_message(self) -> str:
        """The server's own messages joined into one string ('' when it sent none)."""
        return "; ".join(self.errors)

    @property
    def user_message(self) -> str:
        """One sentence for people, naming the node when it is known."""
        return self.summary


class Unreachable(VaultError):
    """The node could not be reached: connection refused or lost, unknown host."""

    @property
    def user_message(self) -> str:
        return Sentence("The node {0} could not be reached.", self.node or self.url)


class Timeout(VaultError):
    """The node did not answer (connect, read or the whole request) within the timeout."""

    @property
    def user_message(self) -> str:
        return Sentence("The node {0} did not answer in time.", self.node or self.url)


class TLSError(VaultError):
    """The TLS handshake failed (untrusted certificate, wrong host name, protocol)."""

    @property
    def user_message(self) -> str:
        where = self.node or self.url
        detail = self.detail.lower()
        if not where and self.detail.startswith(TLS_FILES_DETAIL):
            return Sentence(
                "The secure connection to OpenBao could not be set up: the CA bundle or "
                "client certificate of this profile could not be loaded."
            )
        if "expired" in detail:
            return Sentence(
                "The secure connection to {0} could not be verified: its certificate has expired.",
                where,
            )
        if "mismatch" in detail or "doesn't match" in detail:
            return Sentence(
                "The secure connection to {0} could not be verified: its certificate "
                "is not issued for this address.",
                where,
            )
        if "issuer" in detail or "self-signed" in detail or "self signed" in detail:
            return Sentence(
                "The secure connection to {0} could not be verified: its certificate "
                "comes from an authority this profile does not trust (set its CA bundle).",
                where,
            )
        return Sentence("The secure connection to {0} could not be verified.", where)


class Sealed(VaultError):
    """The node is sealed (503 with ``sealed`` or "Vault is sealed")."""

    @property
    def user_message(self) -> str:
        return Sentence(
            "The node {0} is sealed and must be unsealed before it can serve.", self.node
        )


class NamespaceLocked(VaultError):
    """API access to the namespace was locked by an administrator (503)."""

    summary: str = Sentence("This namespace is locked by an administrator; unlock it to use it.")


class Standby(VaultError):
    """The node is a standby and cannot serve this request itself."""

    summary: str = Sentence("The node is a standby and could not serve this request.")


class NoLeader(Standby):
    """The cluster has no active node the request could reach."""

    summary: str = Sentence("The cluster has no active leader right now.")


class StandbyRedirect(Standby):
    """A standby answered 307 naming the leader; writes are never followed."""

    def __init__(
        self,
        detail: str = "",
        *,
        location: str = "",
        method: str = "",
        url: str = "",
        node: str = "",
        status: int | None = 307,
        errors: Sequence[str] = (),
    ) -> None:
        self.location = location
        super().__init__(detail, method=method, url=url, node=node, status=status, errors=errors)

    @property
    def leader(self) -> str:
        """Scheme, host and port of the node the standby pointed to ('' if unknown)."""
        try:
            parts = urlsplit(self.location)
        except ValueError:  # "http://[::1" and the like
            return ""
        return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""

    @property
    def user_message(self) -> str:
        if self.leader:
            return Sentence(
                "The node {0} is a standby; send this change to {1}.", self.node, self.leader
            )
        return Sentence("The node {0} is a standby; send this change to the leader.", self.node)


class PermissionDenied(VaultError):
    """403: the token is missing, invalid, expired or lacks the capability."""

    summary: str = Sentence("The token is not allowed to do this (or it is invalid or expired).")


class NotFound(VaultError):
    """404: nothing at this path."""

    summary: str = Sentence("Nothing exists at this path.")


class RateLimited(VaultError):
    """429 after the retries were used up; ``retry_after`` in seconds when known."""

    def __init__(
        self,
        detail: str = "",
        *,
        retry_after: float | None = None,
        method: str = "",
        url: str = "",
        node: str = "",
        status: int | None = 429,
        errors: Sequence[str] = (),
    ) -> None:
        self.retry_after = retry_after
        super().__init__(detail, method=method, url=url, node=node, status=status, errors=errors)

    @property
    def user_message(self) -> str:
        wait = self.retry_after
        if wait is None:
            return Sentence("The server is rate limiting requests; try again shortly.")
        if wait < 120:
            return Sentence(
                "The server is rate limiting requests; try again in {0:g} s.", round(wait, 1)
            )
        if wait < 2 * 3600:
            return Sentence(
                "The server is rate limiting requests; try again in {0:.0f} min.", wait / 60
            )
        if wait <= 2 * 86400:
            return Sentence(
                "The server is rate limiting requests; try again in {0:.0f} h.", wait / 3600
            )
        # A wait of days is no advice a person can follow: say what the server asked.
        return Sentence(
            "The server is rate limiting requests and asks to wait {0:.0f} days; check the "
            "rate-limit quotas that apply to this path.",
            wait / 86400,
        )


class BadRequest(VaultError):
    """400 (or 405): the server refused the request; its messages are kept verbatim."""

    @property
    def user_message(self) -> str:
        if self.errors:
            message = self.server_message.rstrip()
            message = message[:-1] if message.endswith(".") else message
            return Sentence("The server refused the request: {0}.", message)
        return Sentence("The server refused the request as invalid.")


class Conflict(VaultError):
    """409/412: the object changed or the request conflicts with the current state."""

    summary: str = Sentence("The request conflicts with the current state; reload and try again.")


class ServerError(VaultError):
    """5xx that is not one of the more specific cases."""

    @property
    def user_message(self) -> str:
        return Sentence("The node {0} reported an internal error.", self.node or self.url)


class BadResponse(VaultError):
    """The answer could not be understood: not JSON, truncated or of the wrong shape."""

    summary: str = Sentence("The server sent an answer that could not be understood.")


class ReadOnlyViolation(VaultError):
    """A change was attempted while the connection is in read-only mode; nothing was sent."""

    summary: str = Sentence("This connection is read-only; the change was not sent.")


class InvalidName(BadRequest):
    """A name the user typed cannot go into a request's path (``..``, an empty part,
    control characters); nothing was sent."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        super().__init__(reason)

    @property
    def user_message(self) -> str:
        return Sentence("The name {0} cannot be used: {1}.", repr(self.name), self.detail)


def short_reason(error: VaultError) -> str:
    """A few words on why a node did not serve, for a table cell and the status bar
    ('' when its role says it all): *timeout*, *TLS: untrusted*, *connection refused*…"""
    detail = str(error.detail).lower()
    if isinstance(error, Timeout):
        return Sentence("timeout")
    if isinstance(error, TLSError):
        if "expired" in detail:
            return Sentence("TLS: expired")
        if "mismatch" in detail or "doesn't match" in detail:
            return Sentence("TLS: wrong name")
        if "issuer" in detail or "self-signed" in detail or "self signed" in detail:
            return Sentence("TLS: untrusted")
        return Sentence("TLS")
    if isinstance(error, Unreachable):
        if "refused" in detail:
            return Sentence("connection refused")
        if "name or service" in detail or "nodename" in detail or "name resolution" in detail:
            return Sentence("unknown host")
        return ""
    if isinstance(error, StandbyRedirect):
        return Sentence("redirect refused")
    if isinstance(error, RateLimited):
        return Sentence("rate limited")
    if isinstance(error, PermissionDenied):
        return Sentence("permission denied")
    if isinstance(error, BadResponse):
        return Sentence("bad answer")
    if isinstance(error, ServerError):
        return Sentence("server error")
    return ""


class AuditUnavailable(VaultError):
    """The audit log cannot record a change (a full disk, a folder that cannot be
    written), so the change was not sent."""

    @property
    def user_message(self) -> str:
        return Sentence(
            "The change was not sent: the audit log cannot be written ({0}). Free some "
            "disk space or fix the data folder, then try again.",
            self.detail,
        )
