"""HTTP transport to one OpenBao/Vault node: timeouts, TLS, retries, redirects, errors.

One :class:`VaultTransport` talks to one node (its base URL) over an
``httpx.AsyncClient``. It adds the token and namespace headers, bounds every request
by connect/read timeouts and an overall deadline, backs off on 429, follows a standby's
307 to the leader for idempotent reads only, refuses changes in read-only mode before
anything is sent, and turns every failure into a :mod:`adminui.api.errors` error.
The token never appears in a log line, an exception or a repr.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import ssl
import time
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import truststore

from adminui.api.body_limit import DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLarge, read_limited
from adminui.api.errors import (
    TLS_FILES_DETAIL,
    BadRequest,
    BadResponse,
    Conflict,
    NamespaceLocked,
    NoLeader,
    NotFound,
    PermissionDenied,
    RateLimited,
    ReadOnlyViolation,
    Sealed,
    ServerError,
    StandbyRedirect,
    Timeout,
    TLSError,
    Unreachable,
    VaultError,
)
from adminui.core.audit import AuditEvent

log = logging.getLogger(__name__)

#: Methods that never change state; only these follow a standby's redirect.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "LIST", "SCAN"})
_REDIRECTS = frozenset({307, 308})
_SNIPPET = 300

Sleep = Callable[[float], Awaitable[None]]
#: Called with every state-changing request's outcome (see ``VaultTransport(audit=...)``).
AuditSink = Callable[[AuditEvent], None]


@dataclass(frozen=True)
class Timeouts:
    """Seconds allowed to connect, to wait for each read, and for the whole request."""

    connect: float = 3.0
    read: float = 10.0
    total: float = 30.0

    def as_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(self.read, connect=self.connect, pool=self.connect)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff for 429 answers.

    ``max_attempts`` counts every try, the first one included. A server's Retry-After is
    honoured but never shortens our own backoff; if it asks for longer than
    ``max_delay`` the request gives up at once with :class:`RateLimited`.
    """

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, retry: int, retry_after: float | None) -> float | None:
        """Seconds to wait before retry number ``retry`` (1-based), or None to give up."""
        if retry >= self.max_attempts:
            return None
        backoff = min(self.max_delay, self.base_delay * 2.0 ** (retry - 1))
        if retry_after is None:
            return backoff
        if retry_after > self.max_delay:
            return None
        return max(backoff, retry_after)


@dataclass(frozen=True)
class VaultResponse:
    """A successful (or explicitly accepted) answer, with the node that gave it."""

    method: str
    url: str
    node: str
    status: int
    headers: httpx.Headers = field(repr=False)
    content: bytes = field(repr=False)
    redirected_from: str = ""

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body as JSON (``{}`` when empty); BadResponse when it is not JSON."""
        if not self.content.strip():
            return {}

        try:
            return json.loads(self.content)
        except (ValueError, RecursionError) as exc:
            raise self.bad(f"the body is not valid JSON ({type(exc).__name__})") from None

    def bad(self, detail: str) -> BadResponse:
        """A BadResponse naming this request."""
        return BadResponse(
            detail, method=self.method, url=self.url, node=self.node, status=self.status
        )


def deliver_audit(audit: AuditSink, event: AuditEvent) -> None:
    """Hand ``event`` to the audit sink; a failing sink is logged, never raised (the
    change happened: recording it must not undo that)."""
    try:
        audit(event)
    except Exception as exc:
        log.warning("could not record %s %s in the audit log: %s", event.method, event.path, exc)


def node_of(url: str) -> str:
    """``scheme://host:port`` of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def make_ssl_context(
    ca_bundle: str | Path | None = None, client_cert: tuple[str, str] | None = None
) -> ssl.SSLContext:
    """TLS context verifying against ``ca_bundle`` or, without one, the OS trust store."""
    try:
        if ca_bundle:
            context = ssl.create_default_context(cafile=str(ca_bundle))
        else:
            context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if client_cert:
            context.load_cert_chain(client_cert[0], client_cert[1])
    except (OSError, ssl.SSLError) as exc:
        raise TLSError(f"{TLS_FILES_DETAIL}: {exc}") from None
    return context


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _server_errors(content: bytes) -> tuple[tuple[str, ...], Any]:

    try:
        body = json.loads(content) if content.strip() else None
    except (ValueError, RecursionError):
        return (), None
    if isinstance(body, dict) and isinstance(body.get("errors"), list):
        return tuple(str(e) for e in body["errors"]), body
    return (), body


def _request_id(content: bytes) -> str:
    """``request_id`` of a JSON answer ('' when there is none)."""
    if not content.strip():
        return ""
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):
        return ""
    value = body.get("request_id") if isinstance(body, dict) else None
    return value if isinstance(value, str) else ""


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            break
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(exc).upper()
    return "SSL" in text or "CERTIFICATE" in text or "TLS" in text


class VaultTransport:
    """Requests to one OpenBao/Vault node.

    ``client`` may be injected (tests pass one over ``httpx.MockTransport``); it is then
    not closed by :meth:`aclose`. ``sleep`` is what waits between 429 retries.
    ``audit``, when given, is called (on the calling thread, never with the token) with
    the outcome of every request that changes state: sent and answered, failed, or
    refused in read-only mode; a failing ``audit`` is logged and does not fail the request.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        ca_bundle: str | Path | None = None,
        client_cert: tuple[str, str] | None = None,
        insecure: bool = False,
        read_only: bool = False,
        request_forwarding: bool = True,
        max_redirects: int = 2,
        client: httpx.AsyncClient | None = None,
        sleep: Sleep = asyncio.sleep,
        audit: AuditSink | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.audit = audit
        self.max_response_bytes = max_response_bytes
        self.base_url = base_url.rstrip("/")
        self.node = node_of(self.base_url)
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.read_only = read_only
        self.request_forwarding = request_forwarding
        self.max_redirects = max_redirects
        self.insecure = insecure
        self._token = token or None
        self._sleep = sleep
        self._owns_client = client is None
        if client is None:
            verify: ssl.SSLContext | bool = (
                False if insecure else make_ssl_context(ca_bundle, client_cert)
            )
            client = httpx.AsyncClient(
                base_url=self.base_url,
                verify=verify,
                timeout=self.timeouts.as_httpx(),
                follow_redirects=False,
                trust_env=False,
                headers={"User-Agent": "adminui"},
            )
        self._client = client

    def __repr__(self) -> str:
        return (
            f"VaultTransport(base_url={self.base_url!r}, read_only={self.read_only}, "
            f"token={'set' if self._token else 'unset'})"
        )

    @property
    def has_token(self) -> bool:
        return self._token is not None

    def set_token(self, token: str | None) -> None:
        """Use ``token`` from now on (None: send no token)."""
        self._token = token or None

    async def aclose(self) -> None:
        """Close the HTTP client if this transport created it."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> VaultTransport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def scrub(self, text: str) -> str:
        """``text`` with the token, if it appears, replaced by ``***``."""
        if self._token and self._token in text:
            return text.replace(self._token, "***")
        return text

    async def request(
        self,
        method: str,
        path: str,
        *,
        namespace: str = "",
        json: Any = None,
        params: Mapping[str, str] | None = None,
        accept: Collection[int] = (),
        authenticated: bool = True,
        changes_state: bool | None = None,
    ) -> VaultResponse:
        """Send ``method /v1/<path>`` and return the answer, or raise a VaultError.

        ``accept``: non-2xx statuses returned as answers instead of raised (e.g. the
        role codes of sys/health). ``changes_state``: whether the call changes anything
        (default: any method outside GET/HEAD/OPTIONS/LIST/SCAN); read-only mode refuses
        such calls before anything is sent.
        """
        method = method.upper()
        idempotent = method in IDEMPOTENT_METHODS
        url = f"{self.base_url}/v1/{path.lstrip('/')}"
        mutates = (not idempotent) if changes_state is None else changes_state
        if self.read_only and mutates:
            refused = ReadOnlyViolation("read-only mode", method=method, url=url, node=self.node)
            self._record(mutates, method, path, namespace, None, refused)
            raise refused
        if not (mutates and self.audit is not None):
            return await self._exchange(method, url, namespace, json, params, accept, authenticated)
        try:
            answer = await self._exchange(
                method, url, namespace, json, params, accept, authenticated
            )
        except VaultError as exc:
            self._record(mutates, method, path, namespace, None, exc)
            raise
        self._record(mutates, method, path, namespace, answer, None)
        return answer

    def _record(
        self,
        mutates: bool,
        method: str,
        path: str,
        namespace: str,
        answer: VaultResponse | None,
        error: VaultError | None,
    ) -> None:
        """Report a state-changing request to the audit sink (never raises)."""
        if not mutates or self.audit is None:
            return
        if answer is not None:
            event = AuditEvent(
                method,
                self.scrub(path.strip("/")),
                answer.node,
                namespace.strip("/"),
                answer.status,
                _request_id(answer.content),
                "ok",
            )
        else:
            assert error is not None
            event = AuditEvent(
                method,
                self.scrub(path.strip("/")),
                error.node or self.node,
                namespace.strip("/"),
                error.status,
                "",
                "refused" if isinstance(error, ReadOnlyViolation) else "error",
                type(error).__name__,
            )
        deliver_audit(self.audit, event)

    async def _exchange(
        self,
        method: str,
        url: str,
        namespace: str,
        json: Any,
        params: Mapping[str, str] | None,
        accept: Collection[int],
        authenticated: bool,
    ) -> VaultResponse:
        idempotent = method in IDEMPOTENT_METHODS
        headers = self._headers(namespace, authenticated)
        redirected_from = ""
        hops = 0
        retries = 0
        while True:
            response = await self._send(method, url, headers, json, params)
            status = response.status
            if status in _REDIRECTS:
                location = urljoin(url, response.headers.get("location", ""))
                refuse = self._refuse_redirect(url, location, idempotent, hops)
                if refuse:
                    raise StandbyRedirect(
                        refuse,
                        location=location,
                        method=method,
                        url=url,
                        node=response.node,
                        status=status,
                    )
                hops += 1
                redirected_from = redirected_from or response.node
                log.debug("following %d from %s to %s", status, response.node, node_of(location))
                url = location
                continue
            if status == 429 and status not in accept:
                retries += 1
                retry_after = _retry_after(response.headers.get("retry-after"))
                wait = self.retry.delay(retries, retry_after)
                if wait is None:
                    errors, _ = _server_errors(response.content)
                    raise RateLimited(
                        f"gave up after {retries} attempt(s)",
                        retry_after=retry_after,
                        method=method,
                        url=url,
                        node=response.node,
                        errors=[self.scrub(e) for e in errors],
                    )
                log.info(
                    "rate limited by %s; retry %d of %d in %.2f s",
                    response.node,
                    retries,
                    self.retry.max_attempts - 1,
                    wait,
                )
                await self._sleep(wait)
                continue
            if 200 <= status < 300 or status in accept:
                if redirected_from:
                    response = VaultResponse(
                        response.method,
                        response.url,
                        response.node,
                        response.status,
                        response.headers,
                        response.content,
                        redirected_from,
                    )
                return response
            raise self.error_for(response)

    def _headers(self, namespace: str, authenticated: bool) -> dict[str, str]:
        headers = {"X-Vault-Request": "true"}
        if authenticated and self._token:
            headers["X-Vault-Token"] = self._token
        namespace = namespace.strip("/")
        if namespace:
            headers["X-Vault-Namespace"] = namespace
        if not self.request_forwarding:
            headers["X-Vault-No-Request-Forwarding"] = "true"
        return headers

    def _refuse_redirect(self, url: str, location: str, idempotent: bool, hops: int) -> str:
        """Why a redirect is not followed ('' when it is)."""
        scheme = urlsplit(location).scheme
        if not idempotent:
            return "a standby redirected a change to the leader; changes are not re-sent"
        if scheme not in ("http", "https") or not urlsplit(location).netloc:
            return "the redirect has no usable Location"
        if urlsplit(url).scheme == "https" and scheme == "http":
            return "refusing to follow a redirect from https to plain http"
        if hops >= self.max_redirects:
            return f"more than {self.max_redirects} redirects"
        return ""

    async def _send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Any,
        params: Mapping[str, str] | None,
    ) -> VaultResponse:
        node = node_of(url)
        started = time.monotonic()
        request = self._client.build_request(
            method,
            url,
            headers=headers,
            json=body,
            params=params,
            timeout=self.timeouts.as_httpx(),
        )
        try:
            async with asyncio.timeout(self.timeouts.total):
                response = await self._client.send(request, stream=True)
                try:
                    content = await read_limited(response, self.max_response_bytes)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            detail = f"no complete answer within {self.timeouts.total:g} s"
            raise self._error(Timeout, detail, method, url) from exc
        except ResponseTooLarge as exc:
            detail = f"the answer is larger than {exc.limit_mib:g} MiB; it was not read"
            raise self._error(BadResponse, detail, method, url) from exc
        except httpx.TimeoutException as exc:
            raise self._error(Timeout, type(exc).__name__, method, url) from exc
        except httpx.ConnectError as exc:
            cls = TLSError if _is_tls_failure(exc) else Unreachable
            detail = self.scrub(str(exc)) or type(exc).__name__
            raise self._error(cls, detail, method, url) from exc
        except httpx.RemoteProtocolError as exc:
            text = self.scrub(str(exc)) or type(exc).__name__
            if "without sending a response" in text:
                raise self._error(Unreachable, text, method, url) from exc
            detail = f"truncated or malformed answer: {text}"
            raise self._error(BadResponse, detail, method, url) from exc
        except httpx.DecodingError as exc:
            raise self._error(BadResponse, self.scrub(str(exc)), method, url) from exc
        except httpx.TransportError as exc:
            detail = self.scrub(str(exc)) or type(exc).__name__
            raise self._error(Unreachable, detail, method, url) from exc
        except ssl.SSLError as exc:
            raise self._error(TLSError, str(exc), method, url) from exc
        elapsed_ms = (time.monotonic() - started) * 1000
        log.debug(
            "%s %s -> %d from %s in %.0f ms", method, url, response.status_code, node, elapsed_ms
        )
        return VaultResponse(method, url, node, response.status_code, response.headers, content)

    def _error(self, cls: type[VaultError], detail: str, method: str, url: str) -> VaultError:
        log.debug("%s %s failed on %s: %s", method, url, node_of(url), cls.__name__)
        return cls(detail, method=method, url=url, node=node_of(url))

    def error_for(self, response: VaultResponse) -> VaultError:
        """The typed error an unaccepted answer stands for."""
        errors, body = _server_errors(response.content)
        errors = tuple(self.scrub(e) for e in errors)
        status = response.status
        detail = ""
        if not errors and response.content.strip() and body is None:
            detail = self.scrub(response.text[:_SNIPPET]).strip()
        joined = " ".join(errors).lower()
        cls: type[VaultError]
        if status in (400, 405, 413, 422) or (
            400 <= status < 500 and status not in (401, 403, 404, 409, 412, 429)
        ):
            cls = BadRequest
        elif status in (401, 403):
            cls = PermissionDenied
        elif status == 404:
            cls = NotFound
        elif status in (409, 412):
            cls = Conflict
        elif status >= 500:
            sealed = isinstance(body, dict) and body.get("sealed") is True
            if sealed or "is sealed" in joined:
                cls = Sealed
            elif "has been locked" in joined:
                cls = NamespaceLocked
            elif "active cluster node not found" in joined or "no active" in joined:
                cls = NoLeader
            else:
                cls = ServerError
        else:
            cls = BadResponse
            detail = detail or f"unexpected status {status}"
        log.debug(
            "%s %s -> %d from %s: %s",
            response.method,
            response.url,
            status,
            response.node,
            cls.__name__,
        )
        return cls(
            detail,
            method=response.method,
            url=response.url,
            node=response.node,
            status=status,
            errors=errors,
        )
