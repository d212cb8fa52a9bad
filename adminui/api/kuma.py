"""Async client of the KUMA Core REST API v3, plus a Raft probe of a node's health port.

Every request has separate connect and read timeouts. Errors come back as
:class:`KumaError` subclasses that keep the method, URL, status and the server's
``{"message", "details"}``; the token never appears in them. A message the client
writes itself (not the server's) is a :class:`~adminui.core.sentence.Sentence`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import httpx

from adminui.api import kuma_models
from adminui.api.body_limit import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ResponseTooLarge,
    buffered,
    read_limited,
)
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
from adminui.api.transport import IDEMPOTENT_METHODS, AuditSink, deliver_audit, node_of
from adminui.core.audit import AuditEvent
from adminui.core.sentence import Sentence

__all__ = [
    "PAGE_SIZE",
    "KumaAuthError",
    "KumaBadRequest",
    "KumaBadResponse",
    "KumaClient",
    "KumaClusterNotReady",
    "KumaConflict",
    "KumaError",
    "KumaNoQuorum",
    "KumaNotFound",
    "KumaServerError",
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


class KumaError(Exception):
    """A KUMA request failed. Holds no credentials."""

    def __init__(
        self,
        message: str,
        *,
        method: str = "",
        url: str = "",
        status: int | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.status = status
        self.details = details

    def __str__(self) -> str:
        where = f"{self.method} {self.url}".strip()
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return f"{where}{status}: {self.message}" if where else f"{self.message}{status}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, method={self.method!r}, "
            f"url={self.url!r}, status={self.status!r})"
        )


class KumaUnreachable(KumaError):
    """No connection to the node."""


class KumaTimeout(KumaError):
    """The node did not answer in time."""


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


class _NotHttp(KumaUnreachable):
    """Something answered that does not speak HTTP (a wrong port)."""


class KumaServerError(KumaError):
    """Any other 5xx answer."""


class KumaBadResponse(KumaError):
    """The answer is not the documented JSON."""


def _clean_url(url: httpx.URL | str) -> str:
    """The URL without user info (which could hold a secret)."""
    parts = urlsplit(str(url))
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _error_body(response: httpx.Response) -> tuple[str, Any]:
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        text = response.text[:200].strip() if response.content else ""
        return text or response.reason_phrase or f"HTTP {response.status_code}", None
    if isinstance(body, dict):
        message = body.get("message")
        return (
            str(message) if message is not None else f"HTTP {response.status_code}",
            body.get("details"),
        )
    return f"HTTP {response.status_code}", body


def error_for(method: str, url: str, response: httpx.Response) -> KumaError:
    """The typed error for a non-2xx answer."""
    status = response.status_code
    message, details = _error_body(response)
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
    return kind(message, method=method, url=url, status=status, details=details)


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
    """One KUMA Core node's REST API (``base_url`` like ``https://core:7223``)."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        client: httpx.AsyncClient | None = None,
        timeouts: KumaTimeouts | None = None,
        verify: Any = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        audit: AuditSink | None = None,
    ) -> None:
        self.audit = audit
        self.base_url = base_url.rstrip("/")
        self.max_response_bytes = max_response_bytes
        self._token = token
        self.timeouts = timeouts or KumaTimeouts()
        self._own_client = client is None
        self._client = client or httpx.AsyncClient(verify=verify, timeout=self.timeouts.httpx())

    def __repr__(self) -> str:
        return f"KumaClient({self.base_url!r})"

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it."""
        if self._own_client:
            await self._client.aclose()

    async def __aenter__(self) -> KumaClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and read its answer, at most ``max_response_bytes`` of it."""
        response = await self._client.send(request, stream=True)
        try:
            content = await read_limited(response, self.max_response_bytes)
        finally:
            await response.aclose()
        return buffered(response, content)

    async def _send(
        self,
        method: str,
        url: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        body: Any = None,
        auth: bool = True,
    ) -> httpx.Response:
        headers = {"Accept": "application/json"}
        if auth:
            headers["Authorization"] = f"Bearer {self._token}".strip()
        shown = _clean_url(url)
        request = self._client.build_request(
            method,
            url,
            params=list(params) or None,
            json=body,
            headers=headers,
            timeout=self.timeouts.httpx(),
        )
        try:
            return await asyncio.wait_for(self._exchange(request), self.timeouts.deadline)
        except ResponseTooLarge as exc:
            raise KumaBadResponse(
                Sentence("the answer is larger than {0:g} MiB; it was not read", exc.limit_mib),
                method=method,
                url=shown,
            ) from None
        except TimeoutError:
            raise KumaTimeout(
                Sentence("no complete answer within {0:g} s", self.timeouts.deadline),
                method=method,
                url=shown,
            ) from None
        except httpx.TimeoutException as exc:
            raise KumaTimeout(
                Sentence("no answer in time ({0})", type(exc).__name__), method=method, url=shown
            ) from None
        except httpx.LocalProtocolError:
            raise KumaBadRequest(
                Sentence("the request could not be sent (is the token valid text?)"),
                method=method,
                url=shown,
            ) from None
        except httpx.RemoteProtocolError as exc:
            raise _NotHttp(
                Sentence("the node does not speak HTTP here ({0})", type(exc).__name__),
                method=method,
                url=shown,
            ) from None
        except httpx.TransportError as exc:
            raise KumaUnreachable(
                Sentence("cannot reach the node ({0})", type(exc).__name__),
                method=method,
                url=shown,
            ) from None

    async def _json(
        self,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str]] = (),
        body: Any = None,
    ) -> Any:
        url = self.base_url + path
        try:
            response = await self._send(method, url, params=params, body=body)
        except KumaError as exc:
            self._record(method, path, None, exc)
            raise
        shown = _clean_url(response.request.url)
        if not response.is_success:
            error = error_for(method, shown, response)
            self._record(method, path, response.status_code, error)
            raise error
        self._record(method, path, response.status_code, None)
        if not response.content.strip():
            return None
        try:
            return response.json()
        except (ValueError, UnicodeDecodeError):
            raise KumaBadResponse(
                Sentence("the answer is not JSON"),
                method=method,
                url=shown,
                status=response.status_code,
            ) from None

    def _record(self, method: str, path: str, status: int | None, error: KumaError | None) -> None:
        """Report a state-changing request to the audit sink (never raises)."""
        if method in IDEMPOTENT_METHODS or self.audit is None:
            return
        event = AuditEvent(
            method,
            path.strip("/"),
            node_of(self.base_url),
            status=status if error is None else error.status,
            result="ok" if error is None else "error",
            error="" if error is None else type(error).__name__,
        )
        deliver_audit(self.audit, event)

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
            response = await self._send("GET", health_url, auth=False)
        except _NotHttp:
            return RaftProbe(latency=time.monotonic() - started)
        latency = time.monotonic() - started
        try:
            data = response.json()
        except (ValueError, UnicodeDecodeError):
            data = None
        if looks_like_raft_health(data):
            probe: RaftProbe = _parse(
                lambda d: kuma_models.parse_raft_probe(d, latency),
                data,
                "GET",
                shown,
                response.status_code,
            )
            return dataclasses.replace(probe, server_time=_http_date(response))
        if response.is_success or response.status_code in (404, 405, 501):
            return RaftProbe(latency=latency)
        raise error_for("GET", shown, response)


def _http_date(response: httpx.Response) -> float | None:
    """The server's clock from the ``Date`` header, or None when absent or malformed."""
    value = response.headers.get("date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def _seg(value: str) -> str:
    return quote(value, safe="")
