"""Async client of the KUMA Core REST API v3, plus a Raft probe of a node's health port.

Every request has separate connect and read timeouts. Errors come back as
:class:`KumaError` subclasses that keep the method, URL, status and the server's
``{"message", "details"}``; the token never appears in them. A message the client
writes itself (not the server's) is a :class:`~adminui.core.sentence.Sentence`.
"""

from __future__ import annotations

import dataclasses
import email.utils
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import httpx

from adminui.api import errors, kuma_models
from adminui.api.body_limit import DEFAULT_MAX_RESPONSE_BYTES
from adminui.api.kuma_models import (
    PAGE_SIZE,
    ModelError,
    RaftPeer,
    RaftProbe,
    Service,
    Tenant,
    User,
    looks_like_raft_health,
)
from adminui.api.transport import (
    AuditSink,
    Dialect,
    RetryPolicy,
    Timeouts,
    Transport,
    VaultResponse,
    node_of,
)
from adminui.core.sentence import Sentence

__all__ = [
    "PAGE_SIZE",
    "KumaAuditUnavailable",
    "KumaAuthError",
    "KumaBadRequest",
    "KumaBadResponse",
    "KumaClient",
    "KumaClusterNotReady",
    "KumaConflict",
    "KumaError",
    "KumaNoQuorum",
    "KumaNotFound",
    "KumaRateLimited",
    "KumaReadOnly",
    "KumaRedirectRefused",
    "KumaServerError",
    "KumaTLSError",
    "KumaTimeout",
    "KumaTimeouts",
    "KumaUnreachable",
    "RaftPeer",
    "RaftProbe",
    "Service",
    "ServiceFilter",
    "Tenant",
    "User",
]

NOT_READY_TEXT = "cluster is not ready"
NO_QUORUM_TEXT = "not enough healthy nodes"
BAD_AUTH_TEXT = "invalid authorization header"
MAX_PAGES = 4000


# -- errors ------------------------------------------------------------------


class KumaError(errors.VaultError):
    """A KUMA request failed. Holds no credentials.

    One error base with OpenBao's (:class:`~adminui.api.errors.VaultError`): the
    failures the transport detects itself are also its classes (``KumaTimeout`` is a
    ``Timeout``), so one presenter can explain both kinds of cluster.
    """

    summary: str = Sentence("The request to the KUMA Core failed.")

    def __init__(
        self,
        message: str = "",
        *,
        method: str = "",
        url: str = "",
        status: int | None = None,
        details: Any = None,
        node: str = "",
        errors: Sequence[str] = (),
        **extra: Any,
    ) -> None:
        self.message = message
        self.details = details
        super().__init__(
            message,
            method=method,
            url=url,
            node=node or (node_of(url) if url else ""),
            status=status,
            errors=errors,
            **extra,
        )

    def __str__(self) -> str:
        where = f"{self.method} {self.url}".strip()
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return f"{where}{status}: {self.message}" if where else f"{self.message}{status}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, method={self.method!r}, "
            f"url={self.url!r}, status={self.status!r})"
        )


class KumaUnreachable(KumaError, errors.Unreachable):
    """No connection to the node."""


class KumaTimeout(KumaError, errors.Timeout):
    """The node did not answer in time."""


class KumaTLSError(KumaError, errors.TLSError):
    """The TLS handshake failed (untrusted certificate, wrong host name, protocol)."""


class KumaRateLimited(KumaError, errors.RateLimited):
    """429 after the retries were used up; ``retry_after`` in seconds when known."""


class KumaReadOnly(KumaError, errors.ReadOnlyViolation):
    """A change was attempted on a read-only connection; nothing was sent."""


class KumaAuditUnavailable(KumaError, errors.AuditUnavailable):
    """The audit log cannot record a change, so it was not sent."""


class KumaRedirectRefused(KumaError, errors.StandbyRedirect):
    """A redirect that is not followed (a change, another host or scheme, a loop)."""

    @property
    def user_message(self) -> str:
        return Sentence(
            "The node {0} sent the request elsewhere; it was not followed ({1}).",
            self.node,
            self.detail,
        )


class KumaAuthError(KumaError):
    """The token is missing, malformed (400) or not accepted (401/403)."""


class KumaBadRequest(KumaError):
    """The server rejected the request as invalid (other 4xx)."""


class KumaNotFound(KumaError):
    """No such object (404)."""


class KumaConflict(KumaError):
    """The request conflicts with existing objects (409)."""


class KumaClusterNotReady(KumaError):
    """``request dropped as the cluster is not ready``: no leader is known."""


class KumaNoQuorum(KumaError):
    """``... not enough healthy nodes``: the Raft cluster lost its quorum."""


class KumaServerError(KumaError):
    """Any other 5xx answer."""


class KumaBadResponse(KumaError, errors.BadResponse):
    """The answer is not the documented JSON."""


def _clean_url(url: httpx.URL | str) -> str:
    """The URL without user info (which could hold a secret)."""
    parts = urlsplit(str(url))
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _scrubbed(value: Any, scrub: Callable[[str], str]) -> Any:
    """``value`` (JSON data) with ``scrub`` applied to every string in it."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [_scrubbed(item, scrub) for item in value]
    if isinstance(value, dict):
        return {scrub(str(k)): _scrubbed(v, scrub) for k, v in value.items()}
    return value


def _error_body(response: VaultResponse) -> tuple[str, Any]:
    try:
        body = json.loads(response.content) if response.content.strip() else None
    except (ValueError, RecursionError):
        body = None
    if isinstance(body, dict):
        message = body.get("message")
        return (
            str(message) if message is not None else f"HTTP {response.status}",
            body.get("details"),
        )
    if body is not None:
        return f"HTTP {response.status}", body
    text = response.text[:200].strip()
    return text or f"HTTP {response.status}", None


def error_for(response: VaultResponse, scrub: Callable[[str], str] = str) -> KumaError:
    """The typed error for a non-2xx answer; the token is scrubbed from what the server
    said (a server may echo the request's headers)."""
    status = response.status
    message, details = _error_body(response)
    message, details = scrub(message), _scrubbed(details, scrub)
    lowered = message.lower()
    kind: type[KumaError]
    if NO_QUORUM_TEXT in lowered:
        kind = KumaNoQuorum
    elif NOT_READY_TEXT in lowered:
        kind = KumaClusterNotReady
    elif status in (401, 403) or (status == 400 and BAD_AUTH_TEXT in lowered):
        kind = KumaAuthError
    elif status == 404:
        kind = KumaNotFound
    elif status == 409:
        kind = KumaConflict
    elif status >= 500:
        kind = KumaServerError
    elif status >= 400:
        kind = KumaBadRequest
    else:
        kind = KumaBadResponse
    return kind(
        message,
        method=response.method,
        url=_clean_url(response.url),
        status=status,
        details=details,
        node=response.node,
    )


#: KUMA Core REST v3: paths under ``/api/v3``, the token as a bearer token.
KUMA = Dialect(
    "kuma",
    "/",
    lambda token: ("Authorization", f"Bearer {token}"),
    {"Accept": "application/json"},
    error_for,
    {
        errors.Unreachable: KumaUnreachable,
        errors.Timeout: KumaTimeout,
        errors.TLSError: KumaTLSError,
        errors.RateLimited: KumaRateLimited,
        errors.ReadOnlyViolation: KumaReadOnly,
        errors.AuditUnavailable: KumaAuditUnavailable,
        errors.StandbyRedirect: KumaRedirectRefused,
        errors.BadResponse: KumaBadResponse,
        errors.BadRequest: KumaBadRequest,
    },
)


def _parse(
    parser: Any, data: Any, method: str = "", url: str = "", status: int | None = None
) -> Any:
    try:
        return parser(data)
    except ModelError as exc:
        raise KumaBadResponse(exc.message, method=method, url=url, status=status) from None
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        raise KumaBadResponse(
            Sentence("unexpected answer: {0}", type(exc).__name__),
            method=method,
            url=url,
            status=status,
        ) from None


def parse_services(data: Any) -> list[Service]:
    """A page of services (raises KumaBadResponse on a bad shape)."""
    result: list[Service] = _parse(kuma_models.parse_services, data)
    return result


def parse_service(data: Any) -> Service:
    result: Service = _parse(kuma_models.parse_service, data)
    return result


def parse_tenants(data: Any) -> list[Tenant]:
    result: list[Tenant] = _parse(kuma_models.parse_tenants, data)
    return result


def parse_user(data: Any) -> User:
    result: User = _parse(kuma_models.parse_user, data)
    return result


def parse_raft_probe(data: Any) -> RaftProbe:
    result: RaftProbe = _parse(kuma_models.parse_raft_probe, data)
    return result


# -- requests ----------------------------------------------------------------


@dataclass(frozen=True)
class KumaTimeouts:
    """Seconds to wait: to connect, for each read, and for the whole answer (by default
    connect + read, so a node that drips its answer slowly still costs one timeout)."""

    connect: float = 3.0
    read: float = 10.0
    total: float | None = None

    @property
    def deadline(self) -> float:
        return self.total if self.total is not None else self.connect + self.read

    def httpx(self) -> httpx.Timeout:
        return httpx.Timeout(self.read, connect=self.connect, write=self.read, pool=self.connect)


@dataclass(frozen=True)
class ServiceFilter:
    """Filters of ``GET /api/v3/services``: repeated values are OR-ed, the
    ``name``/``fqdn`` regular expressions ignore case, ``paired`` is a flag."""

    ids: Sequence[str] = ()
    tenant_ids: Sequence[str] = ()
    kinds: Sequence[str] = ()
    name: str | None = None
    fqdn: str | None = None
    paired: bool = False

    def params(self) -> list[tuple[str, str]]:
        params = [("id", v) for v in self.ids]
        params += [("tenantID", v) for v in self.tenant_ids]
        params += [("kind", v) for v in self.kinds]
        if self.name is not None:
            params.append(("name", self.name))
        if self.fqdn is not None:
            params.append(("fqdn", self.fqdn))
        if self.paired:
            params.append(("paired", ""))
        return params


class KumaClient:
    """One KUMA Core node's REST API (``base_url`` like ``https://core:7223``).

    Requests go through the same :class:`~adminui.api.transport.Transport` as
    OpenBao's, in the KUMA dialect: TLS against the OS trust store plus the profile's CA
    (``ca_bundle``; ``verify=False`` or ``insecure=True`` turns checking off), no proxy
    from the environment, read-only refusal before sending, 429/``Retry-After``,
    redirects only to ``peers``, a size limit, token scrubbing and the audit hand-off.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        client: httpx.AsyncClient | None = None,
        timeouts: KumaTimeouts | None = None,
        verify: Any = True,
        ca_bundle: str | None = None,
        insecure: bool = False,
        read_only: bool = False,
        retry: RetryPolicy | None = None,
        peers: Iterable[str] = (),
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        audit: AuditSink | None = None,
        server_name: str = "",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeouts = timeouts or KumaTimeouts()
        if verify is False:
            insecure = True
        elif isinstance(verify, str | Path) and not ca_bundle:
            ca_bundle = str(verify)
        self.transport = Transport(
            self.base_url,
            token=token or None,
            timeouts=Timeouts(self.timeouts.connect, self.timeouts.read, self.timeouts.deadline),
            retry=retry,
            ca_bundle=ca_bundle or None,
            insecure=insecure,
            read_only=read_only,
            client=client,
            audit=audit,
            max_response_bytes=max_response_bytes,
            peers=peers,
            dialect=KUMA,
            server_name=server_name,
        )

    @property
    def audit(self) -> AuditSink | None:
        """What every change is handed to (the local audit log)."""
        return self.transport.audit

    @audit.setter
    def audit(self, sink: AuditSink | None) -> None:
        self.transport.audit = sink

    @property
    def read_only(self) -> bool:
        return self.transport.read_only

    def __repr__(self) -> str:
        return f"KumaClient({self.base_url!r})"

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it."""
        await self.transport.aclose()

    async def __aenter__(self) -> KumaClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def _json(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        body: Any = None,
    ) -> Any:
        answer = await self.transport.request(method, path, params=list(params) or None, json=body)
        if not answer.content.strip():
            return None
        try:
            return json.loads(answer.content)
        except (ValueError, RecursionError):
            raise KumaBadResponse(
                Sentence("the answer is not JSON"),
                method=method,
                url=_clean_url(answer.url),
                status=answer.status,
            ) from None

    async def _parsed(self, parser: Any, method: str, path: str, **kwargs: Any) -> Any:
        data = await self._json(method, path, **kwargs)
        return _parse(parser, data, method, self.base_url + path)

    # -- operations ----------------------------------------------------------

    async def list_services(self, filters: ServiceFilter | None = None) -> list[Service]:
        """All services matching ``filters``, every page followed to the end."""
        base = (filters or ServiceFilter()).params()
        services: list[Service] = []
        previous_first: str | None = None
        for page in range(1, MAX_PAGES + 1):
            batch: list[Service] = await self._parsed(
                kuma_models.parse_services,
                "GET",
                "/api/v3/services",
                params=[*base, ("page", str(page))],
            )
            if not batch:
                return services
            if batch[0].id == previous_first:
                raise KumaBadResponse(
                    Sentence("the server repeats the same page"),
                    method="GET",
                    url=self.base_url + "/api/v3/services",
                )
            previous_first = batch[0].id
            services.extend(batch)
            if len(batch) < PAGE_SIZE:
                return services
        raise KumaBadResponse(
            Sentence("more than {0} pages of services", MAX_PAGES),
            method="GET",
            url=self.base_url + "/api/v3/services",
        )

    async def create_service(
        self,
        resource_id: str,
        *,
        kind: str | None = None,
        fqdn: str | None = None,
        name: str | None = None,
        tenant_id: str | None = None,
        status: str | None = None,
    ) -> Service:
        """Create a service from a resource; ``kind``/``fqdn``/``name``/``tenant_id``/
        ``status`` are sent only when given (the lab node accepts them)."""
        body: dict[str, Any] = {"resourceID": resource_id}
        extras = {"kind": kind, "fqdn": fqdn, "name": name, "tenantID": tenant_id, "status": status}
        body.update({k: v for k, v in extras.items() if v is not None})
        result: Service = await self._parsed(
            kuma_models.parse_service, "POST", "/api/v3/services/create", body=body
        )
        return result

    async def reload_service(self, service_id: str) -> None:
        await self._json("POST", f"/api/v3/services/{_seg(service_id)}/reload")

    async def restart_service(self, service_id: str) -> None:
        await self._json("POST", f"/api/v3/services/{_seg(service_id)}/restart")

    async def delete_service(self, service_id: str) -> None:
        await self._json("DELETE", f"/api/v3/services/{_seg(service_id)}")

    async def tenants(self) -> list[Tenant]:
        result: list[Tenant] = await self._parsed(
            kuma_models.parse_tenants, "GET", "/api/v3/tenants"
        )
        return result

    async def whoami(self) -> User:
        result: User = await self._parsed(kuma_models.parse_user, "GET", "/api/v3/users/whoami")
        return result

    async def probe_raft(self, health_url: str) -> RaftProbe:
        """Raft state from a node's health endpoint (no token is sent there).

        A node without such an endpoint (404, 405, 501, a body without ``role``, or
        something that does not speak HTTP) gives role "unknown"; a node that cannot be
        reached raises KumaUnreachable, one that does not answer in time KumaTimeout.
        """
        started = time.monotonic()
        shown = _clean_url(health_url)
        try:
            response = await self.transport.request(
                "GET", "", url=health_url, authenticated=False, accept=_ANY_STATUS
            )
        except KumaBadResponse as exc:
            if exc.detail.startswith(_TOO_LARGE):
                raise
            return RaftProbe(latency=time.monotonic() - started)
        latency = time.monotonic() - started
        try:
            data = json.loads(response.content) if response.content.strip() else None
        except (ValueError, RecursionError):
            data = None
        if looks_like_raft_health(data):
            probe: RaftProbe = _parse(
                lambda d: kuma_models.parse_raft_probe(d, latency),
                data,
                "GET",
                shown,
                response.status,
            )
            return dataclasses.replace(probe, server_time=_http_date(response.headers))
        if 200 <= response.status < 300 or response.status in (404, 405, 501):
            return RaftProbe(latency=latency)
        raise error_for(response, self.transport.scrub)


#: Every status a health endpoint may answer with is read, none raised by the transport.
_ANY_STATUS = range(100, 600)
_TOO_LARGE = "the answer is larger than"


def _http_date(headers: httpx.Headers) -> float | None:
    """The server's clock from the ``Date`` header, or None when absent or malformed."""
    value = headers.get("date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def _seg(value: str) -> str:
    """One path segment: the ID quoted whole, never ``.``/``..`` or empty."""
    if value in ("", ".", "..") or any(ord(c) < 0x20 for c in value):
        raise KumaBadRequest(
            Sentence("the ID {0} cannot be used in a request", repr(value)), status=None
        )
    return quote(value, safe="")
