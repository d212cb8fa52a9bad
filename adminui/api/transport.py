"""HTTP transport to one node, for both dialects: OpenBao/Vault and KUMA Core REST v3.

One :class:`Transport` talks to one node (its base URL) over an ``httpx.AsyncClient``.
It adds the dialect's token header (and OpenBao's namespace header), bounds every
request by connect/read timeouts and an overall deadline, verifies TLS against the OS
trust store plus the profile's CA, ignores proxies from the environment, backs off on
429, follows a redirect only for idempotent reads and only to another node of the same
cluster (``peers``) with the same scheme, refuses changes in read-only mode before
anything is sent, reads at most a size limit of the answer, hands every change to the
audit sink, and turns every failure into a :mod:`adminui.api.errors` error of the
dialect. The token never appears in a log line, an exception or a repr.

This is the only module that constructs an ``httpx`` client.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import ipaddress
import json
import logging
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx
import truststore

from adminui.api.body_limit import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    ResponseTooLarge,
    UnsupportedEncoding,
    read_limited,
)
from adminui.api.errors import (
    TLS_FILES_DETAIL,
    AuditUnavailable,
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
from adminui.api.lean_http import LeanClient
from adminui.core.audit import AuditEvent
from adminui.core.sentence import Sentence

log = logging.getLogger(__name__)

#: Methods that never change state; only these follow a standby's redirect.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "LIST", "SCAN"})
_REDIRECTS = frozenset({307, 308})
_SNIPPET = 300
#: The longest X-Vault-Index kept (OpenBao's is about 90 characters of base64).
MAX_INDEX_CHARS = 2048

Sleep = Callable[[float], Awaitable[None]]
#: Query parameters: a mapping, or pairs where a name repeats.
Params = Mapping[str, str] | list[tuple[str, str]] | None
#: Called with every state-changing request's outcome (see ``VaultTransport(audit=...)``).
AuditSink = Callable[[AuditEvent], None]


@dataclass(frozen=True)
class Streaming:
    """A request body sent from chunks, and/or a successful answer handed to ``sink``
    chunk by chunk instead of kept (Raft snapshots: too large for memory, and read for
    as long as they take rather than within the overall deadline).

    ``body`` is called once per send (a 429 retry sends it again from the start).
    """

    body: Callable[[], AsyncIterator[bytes]] | None = None
    sink: Callable[[bytes], None] | None = None


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


def audit_problem(audit: AuditSink) -> str:
    """Why ``audit`` cannot record the next change right now ('' when it can, or when
    the sink cannot tell: only sinks with a ``problem()`` method are asked)."""
    check = getattr(audit, "problem", None)
    if check is None:
        return ""
    try:
        return str(check() or "")
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


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


Origin = tuple[str, str, int]


def origin_of(url: str) -> Origin | None:
    """(scheme, host, port) of an http(s) URL, spelled one way, or None when the URL is
    not one a token may follow: not http(s), no host, user info, a port that is not a
    number, or characters that parsers read differently (backslashes, spaces, control
    characters anywhere; ``%`` in the host)."""
    if "\\" in url or any(ord(c) <= 0x20 or ord(c) == 0x7F for c in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if "%" in parts.netloc:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in ("http", "https") or not host or "@" in parts.netloc:
        return None
    with contextlib.suppress(ValueError):
        host = ipaddress.ip_address(host).compressed
    return scheme, host, port or (443 if scheme == "https" else 80)


def http_client(
    *,
    ca_bundle: str | Path | None = None,
    client_cert: tuple[str, str] | None = None,
    insecure: bool = False,
    timeouts: Timeouts | None = None,
) -> httpx.AsyncClient:
    """The one way an HTTP client is made: no proxy or netrc from the environment, no
    redirect followed by the library (the transport decides), TLS against the OS trust
    store plus ``ca_bundle``. Requests carry absolute URLs, so one client may serve every
    request to a node (keep-alive, one TLS context)."""
    verify: ssl.SSLContext | bool = False if insecure else make_ssl_context(ca_bundle, client_cert)
    return _client_verifying(verify, timeouts)


#: Headers every request carries, whichever way it is sent.
BASE_HEADERS = {"User-Agent": "adminui", "Accept-Encoding": ACCEPT_ENCODING}


def _client_verifying(
    verify: ssl.SSLContext | bool, timeouts: Timeouts | None
) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        verify=verify,
        timeout=(timeouts or Timeouts()).as_httpx(),
        follow_redirects=False,
        trust_env=False,
        headers=BASE_HEADERS,
    )


def unverified_ssl_context() -> ssl.SSLContext:
    """TLS without checking the node's certificate (a profile marked insecure)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def make_ssl_context(
    ca_bundle: str | Path | None = None, client_cert: tuple[str, str] | None = None
) -> ssl.SSLContext:
    """TLS context verifying against ``ca_bundle`` or, without one, the OS trust store."""
    try:
        if ca_bundle:
            context = ssl.create_default_context(cafile=str(ca_bundle))
            # A certificate in the bundle is a trust anchor even when it is not a CA's:
            # "trust this certificate" pins the node's own certificate (as curl does).
            context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
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


def _connect_failure(exc: BaseException) -> str:
    """What the system said when the connection failed ("connection refused", …) when
    the HTTP library's own words hide it ('' when none is found)."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            break
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, OSError) and seen.errno is not None and seen.strerror:
            return seen.strerror
        seen = seen.__cause__ or seen.__context__
    return ""


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


E = TypeVar("E", bound=VaultError)
ErrorFor = Callable[["VaultResponse", Callable[[str], str]], VaultError]


@dataclass(frozen=True)
class Dialect:
    """How one kind of server is spoken to: where its API lives, how the token is sent,
    and which error classes stand for each failure.

    ``error_for`` turns an unaccepted answer into an error (given a function that
    scrubs the token from text); ``errors`` maps each failure the transport itself
    detects (timeout, TLS, rate limit…) to the dialect's class for it.
    """

    name: str
    prefix: str
    token_header: Callable[[str], tuple[str, str]]
    headers: Mapping[str, str]
    error_for: ErrorFor
    errors: Mapping[type[VaultError], type[VaultError]] = field(default_factory=dict)

    def error_class(self, cls: type[E]) -> type[E]:
        """The dialect's class for ``cls`` (a subclass of it), or ``cls`` itself."""
        found = self.errors.get(cls, cls)
        assert issubclass(found, cls)
        return found


class VaultTransport:
    """Requests to one node (OpenBao/Vault by default; ``dialect`` for KUMA Core).

    ``client`` may be injected (tests pass one over ``httpx.MockTransport``); it is then
    not closed by :meth:`aclose`. ``sleep`` is what waits between 429 retries.
    ``audit``, when given, is called (on the calling thread, never with the token) with
    the outcome of every request that changes state: sent and answered, failed, or
    refused in read-only mode; a failing ``audit`` is logged and does not fail the request.
    ``peers``: base URLs of the other nodes of the same cluster, the only places a
    redirect is followed to (this node is always one).
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
        peers: Iterable[str] = (),
        dialect: Dialect | None = None,
        server_name: str = "",
    ) -> None:
        self.dialect = dialect or OPENBAO
        #: The name the node's certificate is checked against (and sent as SNI) when it
        #: is not the URL's host (a node reached by IP, or through a tunnel).
        self.server_name = server_name.strip()
        self.audit = audit
        self.max_response_bytes = max_response_bytes
        self.base_url = base_url.rstrip("/")
        self.node = node_of(self.base_url)
        self.peers: dict[Origin, str] = {}
        for peer in (self.base_url, *peers):
            found = origin_of(peer)
            if found is not None:
                self.peers.setdefault(found, node_of(peer.rstrip("/")))
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.read_only = read_only
        self.request_forwarding = request_forwarding
        self.max_redirects = max_redirects
        self.insecure = insecure
        self._token = token or None
        #: When set, the token is read from here at each request (credentials replaced
        #: in place by the cluster's connection), and ``gate`` is awaited before any
        #: authenticated request (it waits while the user signs in again).
        self.token_source: Callable[[], str | None] | None = None
        self.gate: Callable[[], Awaitable[None]] | None = None
        #: OpenBao standby reads (2.5+) are eventually consistent: a write's answer
        #: carries ``X-Vault-Index``, given to ``index_sink``; later authenticated
        #: requests send ``index_source()`` back with ``X-Vault-Inconsistent:
        #: forward-active-node``, so a standby that has not caught up forwards the read
        #: to the active node instead of answering from older data.
        self.index_source: Callable[[], str] | None = None
        self.index_sink: Callable[[str], None] | None = None
        self._sleep = sleep
        self._owns_client = client is None
        #: Bodiless reads of a transport with a client of its own (the watch's) go
        #: through the lean client, over the same TLS context (see lean_http).
        self._lean: LeanClient | None = None
        if client is None:
            context = (
                unverified_ssl_context() if insecure else make_ssl_context(ca_bundle, client_cert)
            )
            client = _client_verifying(False if insecure else context, self.timeouts)
            self._lean = LeanClient(context, {**BASE_HEADERS, "Accept": "*/*"})
        self._client = client

    @property
    def lean(self) -> LeanClient | None:
        """The lean client bodiless reads go through (None: all go through httpx)."""
        return self._lean

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, dialect={self.dialect.name}, "
            f"read_only={self.read_only}, "
            f"token={'set' if self.token else 'unset'})"
        )

    @property
    def token(self) -> str | None:
        """The token the next request carries."""
        if self.token_source is not None:
            return self.token_source() or None
        return self._token

    @property
    def has_token(self) -> bool:
        return self.token is not None

    def set_token(self, token: str | None) -> None:
        """Use ``token`` from now on (None: send no token)."""
        self._token = token or None

    async def aclose(self) -> None:
        """Close the HTTP client if this transport created it."""
        if self._owns_client:
            await self._client.aclose()
        if self._lean is not None:
            await self._lean.aclose()

    async def __aenter__(self) -> VaultTransport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def scrub(self, text: str) -> str:
        """``text`` with the token, if it appears, replaced by ``***``."""
        for token in {self._token, self.token}:
            if token and token in text:
                text = text.replace(token, "***")
        return text

    async def request(
        self,
        method: str,
        path: str,
        *,
        namespace: str = "",
        json: Any = None,
        params: Params = None,
        accept: Collection[int] = (),
        authenticated: bool = True,
        changes_state: bool | None = None,
        url: str | None = None,
        streaming: Streaming | None = None,
    ) -> VaultResponse:
        """Send ``method <prefix><path>`` (``/v1/…`` for OpenBao) and return the answer,
        or raise the dialect's error.

        ``accept``: non-2xx statuses returned as answers instead of raised (e.g. the
        role codes of sys/health). ``changes_state``: whether the call changes anything
        (default: any method outside GET/HEAD/OPTIONS/LIST/SCAN); read-only mode refuses
        such calls before anything is sent. ``url``: a whole URL instead of ``path``
        (a node's health port; send it with ``authenticated=False``). ``streaming``: a
        body sent from chunks and/or an answer written to a sink (:class:`Streaming`).
        """
        if authenticated and self.gate is not None:
            await self.gate()
        method = method.upper()
        idempotent = method in IDEMPOTENT_METHODS
        if url is None:
            url = f"{self.base_url}{self.dialect.prefix}{path.lstrip('/')}"
        mutates = (not idempotent) if changes_state is None else changes_state
        if self.read_only and mutates:
            refused = self.dialect.error_class(ReadOnlyViolation)(
                "read-only mode", method=method, url=url, node=self.node
            )
            self._record(mutates, method, path, namespace, None, refused)
            raise refused
        if not (mutates and self.audit is not None):
            answer = await self._exchange(
                method, url, namespace, json, params, accept, authenticated, streaming
            )
            self._note_index(mutates, answer)
            return answer
        problem = audit_problem(self.audit)
        if problem:
            # A change the audit log cannot record is not sent (F19: every change is
            # recorded); the refusal itself goes nowhere, the log being what failed.
            raise self.dialect.error_class(AuditUnavailable)(
                problem, method=method, url=url, node=self.node
            )
        try:
            answer = await self._exchange(
                method, url, namespace, json, params, accept, authenticated, streaming
            )
        except VaultError as exc:
            self._record(mutates, method, path, namespace, None, exc)
            raise
        self._record(mutates, method, path, namespace, answer, None)
        self._note_index(mutates, answer)
        return answer

    def _note_index(self, mutates: bool, answer: VaultResponse) -> None:
        """Hand a write's ``X-Vault-Index`` to the sink (OpenBao only)."""
        if not mutates or self.index_sink is None or self.dialect is not OPENBAO:
            return
        index = answer.headers.get("x-vault-index", "").strip()
        if index and len(index) <= MAX_INDEX_CHARS:
            self.index_sink(index)

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
        params: Params,
        accept: Collection[int],
        authenticated: bool,
        streaming: Streaming | None = None,
    ) -> VaultResponse:
        idempotent = method in IDEMPOTENT_METHODS
        headers = self._headers(namespace, authenticated)
        if streaming is not None and streaming.body is not None:
            headers["Content-Type"] = "application/octet-stream"
        redirected_from = ""
        hops = 0
        retries = 0
        while True:
            response = await self._send(method, url, headers, json, params, streaming)
            status = response.status
            if status in _REDIRECTS and status not in accept:
                target, refuse = self._redirect_target(
                    url, response.headers.get("location", ""), idempotent, hops
                )
                if refuse:
                    raise self.dialect.error_class(StandbyRedirect)(
                        refuse,
                        location=self.scrub(response.headers.get("location", ""))[:_SNIPPET],
                        method=method,
                        url=url,
                        node=response.node,
                        status=status,
                    )
                hops += 1
                redirected_from = redirected_from or response.node
                log.debug("following %d from %s to %s", status, response.node, node_of(target))
                url = target
                continue
            if status == 429 and status not in accept:
                retries += 1
                retry_after = _retry_after(response.headers.get("retry-after"))
                wait = self.retry.delay(retries, retry_after)
                if wait is None:
                    errors, _ = _server_errors(response.content)
                    raise self.dialect.error_class(RateLimited)(
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
        headers = dict(self.dialect.headers)
        token = self.token
        if authenticated and token:
            name, value = self.dialect.token_header(token)
            headers[name] = value
        namespace = namespace.strip("/")
        if namespace:
            headers["X-Vault-Namespace"] = namespace
        if not self.request_forwarding:
            headers["X-Vault-No-Request-Forwarding"] = "true"
        if authenticated and self.index_source is not None and self.dialect is OPENBAO:
            index = self.index_source()
            if index:
                headers["X-Vault-Index"] = index
                headers["X-Vault-Inconsistent"] = "forward-active-node"
        return headers

    def _redirect_target(
        self, url: str, location: str, idempotent: bool, hops: int
    ) -> tuple[str, str]:
        """(the URL to follow, '') or ('', why the redirect is not followed).

        Only reads are followed, only to a node of this cluster (``peers``) reached with
        the same scheme; the URL followed is that node's own address with the
        Location's path and query, so no other spelling of a host can receive the token.
        """
        if not idempotent:
            return "", Sentence(
                "a standby redirected a change to the leader; changes are not re-sent"
            )
        try:
            absolute = urljoin(url, location.strip()) if location.strip() else ""
        except ValueError:
            absolute = ""
        target = origin_of(absolute) if absolute else None
        if target is None:
            return "", Sentence("the redirect has no usable Location")
        here = origin_of(url)
        if here is not None and target[0] != here[0]:
            return "", Sentence("refusing to follow a redirect from {0} to {1}", here[0], target[0])
        peer = self.peers.get(target)
        if peer is None:
            return "", Sentence("refusing to follow a redirect to a node outside this cluster")
        if hops >= self.max_redirects:
            return "", Sentence("more than {0} redirects", self.max_redirects)
        parts = urlsplit(absolute)
        return peer + urlunsplit(("", "", parts.path or "/", parts.query, "")), ""

    async def _send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Any,
        params: Params,
        streaming: Streaming | None = None,
    ) -> VaultResponse:
        node = node_of(url)
        started = time.monotonic()
        lean = self._lean if streaming is None and body is None and not params else None
        try:
            # A stream takes as long as it takes; each read still has its own timeout.
            async with asyncio.timeout(None if streaming else self.timeouts.total):
                if lean is not None:
                    answer = await lean.request(
                        method,
                        url,
                        headers,
                        connect_timeout=self.timeouts.connect,
                        read_timeout=self.timeouts.read,
                        limit=self.max_response_bytes,
                        server_name=self.server_name,
                    )
                    status, answer_headers, content = answer.status, answer.headers, answer.content
                else:
                    status, answer_headers, content = await self._send_httpx(
                        method, url, headers, body, params, streaming
                    )
        except TimeoutError as exc:
            detail = Sentence("no complete answer within {0:g} s", self.timeouts.total)
            raise self._error(Timeout, detail, method, url) from exc
        except ResponseTooLarge as exc:
            detail = Sentence("the answer is larger than {0:g} MiB; it was not read", exc.limit_mib)
            raise self._error(BadResponse, detail, method, url) from exc
        except httpx.TimeoutException as exc:
            detail = Sentence("no answer in time ({0})", type(exc).__name__)
            raise self._error(Timeout, detail, method, url) from exc
        except httpx.ConnectError as exc:
            text = self.scrub(str(exc)) or type(exc).__name__
            if _is_tls_failure(exc):
                raise self._error(TLSError, text, method, url) from exc
            detail = Sentence("cannot reach the node ({0})", _connect_failure(exc) or text)
            raise self._error(Unreachable, detail, method, url) from exc
        except httpx.RemoteProtocolError as exc:
            text = self.scrub(str(exc)) or type(exc).__name__
            if "without sending a response" in text:
                detail = Sentence("cannot reach the node ({0})", text)
                raise self._error(Unreachable, detail, method, url) from exc
            detail = Sentence("truncated or malformed answer: {0}", text)
            raise self._error(BadResponse, detail, method, url) from exc
        except httpx.LocalProtocolError as exc:
            detail = Sentence("the request could not be sent (is the token valid text?)")
            raise self._error(BadRequest, detail, method, url) from exc
        except UnsupportedEncoding as exc:
            detail = Sentence(
                "the answer is compressed in a way the console does not read ({0})", str(exc)
            )
            raise self._error(BadResponse, detail, method, url) from exc
        except (httpx.DecodingError, zlib.error) as exc:
            detail = Sentence("the compressed answer is corrupt ({0})", type(exc).__name__)
            raise self._error(BadResponse, detail, method, url) from exc
        except httpx.TransportError as exc:
            detail = Sentence(
                "cannot reach the node ({0})", self.scrub(str(exc)) or type(exc).__name__
            )
            raise self._error(Unreachable, detail, method, url) from exc
        except ssl.SSLError as exc:
            raise self._error(TLSError, str(exc), method, url) from exc
        elapsed_ms = (time.monotonic() - started) * 1000
        log.debug("%s %s -> %d from %s in %.0f ms", method, url, status, node, elapsed_ms)
        return VaultResponse(method, url, node, status, answer_headers, content)

    async def _send_httpx(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Any,
        params: Params,
        streaming: Streaming | None,
    ) -> tuple[int, httpx.Headers, bytes]:
        chunks = streaming.body() if streaming is not None and streaming.body else None
        sink = streaming.sink if streaming is not None else None
        request = self._client.build_request(
            method,
            url,
            headers=headers,
            json=body if chunks is None else None,
            content=chunks,
            params=cast(Any, params),
            timeout=self.timeouts.as_httpx(),
            extensions={"sni_hostname": self.server_name} if self.server_name else None,
        )
        response = await self._client.send(request, stream=True)
        try:
            if sink is not None and 200 <= response.status_code < 300:
                async for piece in response.aiter_bytes():
                    sink(piece)
                content = b""
            else:
                content = await read_limited(response, self.max_response_bytes)
        finally:
            await response.aclose()
        return response.status_code, response.headers, content

    def _error(self, cls: type[VaultError], detail: str, method: str, url: str) -> VaultError:
        cls = self.dialect.error_class(cls)
        log.debug("%s %s failed on %s: %s", method, url, node_of(url), cls.__name__)
        return cls(detail, method=method, url=url, node=node_of(url))

    def error_for(self, response: VaultResponse) -> VaultError:
        """The typed error an unaccepted answer stands for."""
        return self.dialect.error_for(response, self.scrub)


Transport = VaultTransport


def openbao_error_for(response: VaultResponse, scrub: Callable[[str], str]) -> VaultError:
    """The typed error an unaccepted OpenBao/Vault answer stands for."""
    errors, body = _server_errors(response.content)
    errors = tuple(scrub(e) for e in errors)
    status = response.status
    detail = ""
    if not errors and response.content.strip() and body is None:
        detail = scrub(response.text[:_SNIPPET]).strip()
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


#: OpenBao and HashiCorp Vault: ``/v1/…``, the token in ``X-Vault-Token``.
OPENBAO = Dialect(
    "openbao",
    "/v1/",
    lambda token: ("X-Vault-Token", token),
    {"X-Vault-Request": "true"},
    openbao_error_for,
)
