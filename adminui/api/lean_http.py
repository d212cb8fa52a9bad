"""Bodiless HTTP/1.1 requests over kept-alive connections, for the transport's reads.

The console's watch asks every node of every cluster for its health several times a
second; through ``httpx`` each such request costs about a millisecond of CPU, mostly in
layers the watch does not need (a connection pool built on anyio, request and response
models, URL parsing). Here one ``h11`` connection state machine per socket runs on an
``asyncio.Protocol``: a third of the cost. It serves only requests without a body,
query parameters or streaming; the transport sends everything else through ``httpx``
and applies the same policies to both (headers, TLS context, deadline, redirects, body
limit, error types).

Failures are raised as the ``httpx`` exceptions the transport already maps to its own
errors, with the system's error as the cause (connection refused, a certificate
refused…), so a caller cannot tell which path a read took except by its speed.

A kept-alive connection that the server closes while idle (a node stopped or killed)
is noticed at once, without a request: ``on_lost`` is called with its origin.
"""

from __future__ import annotations

import asyncio
import ssl
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import h11
import httpx

from adminui.api.body_limit import Inflater, ResponseTooLarge, inflater_for

#: The largest status line and headers read (h11's own default).
MAX_HEAD_BYTES = 16 * 1024
_READ_SIZE = 64 * 1024
_DISCONNECTED = "Server disconnected without sending a response."

Origin = tuple[str, str, int]


@dataclass(frozen=True)
class LeanAnswer:
    status: int
    headers: httpx.Headers
    content: bytes


class _Exchange(asyncio.Protocol):
    """One socket and its h11 state; one request at a time."""

    def __init__(self, origin: Origin, on_idle_loss: Callable[[_Exchange], None]) -> None:
        self.origin = origin
        self._on_idle_loss = on_idle_loss
        self._h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD_BYTES)
        self._transport: asyncio.Transport | None = None
        self._answer: asyncio.Future[LeanAnswer] | None = None
        self._read_timer: asyncio.TimerHandle | None = None
        self._read_timeout = 0.0
        self._limit = 0
        self._status = 0
        self._headers: list[tuple[bytes, bytes]] = []
        self._chunks: list[bytes] = []
        self._size = 0
        self._inflater: Inflater | None = None
        self.got_bytes = False
        self.closed = False

    # ----- asyncio.Protocol ----------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self.got_bytes = True
        if self._answer is None or self._answer.done():
            # Bytes nobody asked for: the connection cannot be trusted any more.
            self.close()
            return
        self._rearm_read_timer()
        self._feed(data)

    def eof_received(self) -> bool | None:
        self._feed(b"")
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        was_idle = not self.closed and (self._answer is None or self._answer.done())
        self.closed = True
        self._cancel_read_timer()
        if self._answer is not None and not self._answer.done():
            self._h11_feed_eof(exc)
        if was_idle:
            self._on_idle_loss(self)

    # ----- the request ---------------------------------------------------------------
    async def request(
        self,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        read_timeout: float,
        limit: int,
    ) -> LeanAnswer:
        assert self._transport is not None
        loop = asyncio.get_running_loop()
        self._answer = loop.create_future()
        self._status, self._headers, self._chunks, self._size = 0, [], [], 0
        self._inflater = None
        self._limit = limit
        self._read_timeout = read_timeout
        self.got_bytes = False
        try:
            out = self._h11.send(h11.Request(method=method, target=target, headers=headers))
            end = self._h11.send(h11.EndOfMessage())
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc)) from exc
        self._transport.write((out or b"") + (end or b""))
        self._rearm_read_timer()
        try:
            return await self._answer
        except BaseException:
            self.close()
            raise
        finally:
            # The answer is taken. Kept, a failed one would hold its error, whose traceback
            # holds this frame and so this exchange: a cycle that outlives the connection
            # once the collector has frozen the exchange as long-lived.
            self._answer = None

    def reusable(self) -> bool:
        return (
            not self.closed
            and self._h11.our_state is h11.IDLE
            and self._h11.their_state is h11.IDLE
            and self._transport is not None
            and not self._transport.is_closing()
        )

    def close(self) -> None:
        self.closed = True
        self._cancel_read_timer()
        if self._transport is not None:
            self._transport.abort()

    # ----- answers -------------------------------------------------------------------
    def _feed(self, data: bytes) -> None:
        try:
            self._h11.receive_data(data)
            self._read_events()
        except h11.RemoteProtocolError as exc:
            self._fail(httpx.RemoteProtocolError(str(exc) or type(exc).__name__), exc)

    def _h11_feed_eof(self, exc: Exception | None) -> None:
        if not self.got_bytes:
            self._fail(httpx.RemoteProtocolError(_DISCONNECTED), exc)
            return
        if exc is not None:  # reset half-way through the answer: a failed read
            self._fail(httpx.ReadError(str(exc) or type(exc).__name__), exc)
            return
        try:
            self._h11.receive_data(b"")
            self._read_events()
        except h11.RemoteProtocolError as error:
            self._fail(httpx.RemoteProtocolError(str(error) or type(error).__name__), error)
        if self._answer is not None and not self._answer.done():
            self._fail(httpx.RemoteProtocolError("the answer ends early"), exc)

    def _read_events(self) -> None:
        while self._answer is not None and not self._answer.done():
            event = self._h11.next_event()
            if event is h11.NEED_DATA or event is h11.PAUSED:
                return
            if isinstance(event, h11.InformationalResponse):
                continue
            if isinstance(event, h11.Response):
                self._start(event)
            elif isinstance(event, h11.Data):
                self._take(bytes(event.data))
            elif isinstance(event, h11.EndOfMessage):
                self._finish()
            elif isinstance(event, h11.ConnectionClosed):
                self._fail(httpx.RemoteProtocolError("the answer ends early"), None)

    def _start(self, response: h11.Response) -> None:
        self._status = response.status_code
        self._headers = [(bytes(k), bytes(v)) for k, v in response.headers]
        for name, value in self._headers:
            if name == b"content-length" and value.isdigit() and int(value) > self._limit:
                self._fail(ResponseTooLarge(self._limit), None)
                return
        try:
            self._inflater = inflater_for(
                [v.decode("latin-1") for k, v in self._headers if k == b"content-encoding"]
            )
        except Exception as exc:  # UnsupportedEncoding, raised to the transport as is
            self._fail(exc, None)

    def _take(self, data: bytes) -> None:
        inflater = self._inflater
        try:
            chunk = data if inflater is None else inflater.feed(data, self._limit - self._size)
        except zlib.error as exc:
            self._fail(exc, None)
            return
        self._size += len(chunk)
        if self._size > self._limit:
            self._fail(ResponseTooLarge(self._limit), None)
            return
        self._chunks.append(chunk)

    def _finish(self) -> None:
        if self._inflater is not None:
            try:
                self._inflater.finish()
            except zlib.error as exc:
                self._fail(exc, None)
                return
        self._cancel_read_timer()
        answer = LeanAnswer(self._status, httpx.Headers(self._headers), b"".join(self._chunks))
        leftover, _ = self._h11.trailing_data
        if self._h11.our_state is h11.DONE and self._h11.their_state is h11.DONE and not leftover:
            self._h11.start_next_cycle()
        else:
            self.close()
        assert self._answer is not None
        self._answer.set_result(answer)

    def _fail(self, error: Exception, cause: BaseException | None) -> None:
        if cause is not None:
            error.__cause__ = cause
        if self._answer is not None and not self._answer.done():
            self._answer.set_exception(error)
        self.close()

    # ----- read timeout --------------------------------------------------------------
    def _rearm_read_timer(self) -> None:
        self._cancel_read_timer()
        if self._read_timeout > 0 and self._answer is not None and not self._answer.done():
            loop = self._answer.get_loop()
            self._read_timer = loop.call_later(self._read_timeout, self._read_timed_out)

    def _cancel_read_timer(self) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None

    def _read_timed_out(self) -> None:
        self._read_timer = None
        self._fail(httpx.ReadTimeout("no data within the read timeout"), None)


class LeanClient:
    """Kept-alive connections to the origins of one node; requests made on one loop."""

    def __init__(
        self,
        ssl_context: ssl.SSLContext,
        headers: Mapping[str, str],
        *,
        on_lost: Callable[[Origin], None] | None = None,
    ) -> None:
        self._ssl = ssl_context
        self._headers = [(k, v) for k, v in headers.items()]
        self._idle: dict[Origin, list[_Exchange]] = {}
        self._open: set[_Exchange] = set()
        #: Called when an idle kept-alive connection is closed by the other side.
        self.on_lost = on_lost

    async def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        *,
        connect_timeout: float,
        read_timeout: float,
        limit: int,
        server_name: str = "",
    ) -> LeanAnswer:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        origin = (scheme, host, port)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        netloc = parts.netloc.rsplit("@", 1)[-1]
        sent = [("Host", netloc), *self._headers, *headers.items()]
        exchange = self._idle_exchange(origin)
        if exchange is not None:
            try:
                return await self._send(exchange, method, target, sent, read_timeout, limit)
            except httpx.RemoteProtocolError as exc:
                # The server closed the kept-alive connection as the request left: an
                # idempotent read is sent again once on a new connection.
                if exchange.got_bytes or method not in ("GET", "HEAD", "OPTIONS"):
                    raise
                del exc
        exchange = await self._connect(origin, connect_timeout, server_name)
        return await self._send(exchange, method, target, sent, read_timeout, limit)

    async def _send(
        self,
        exchange: _Exchange,
        method: str,
        target: str,
        headers: list[tuple[str, str]],
        read_timeout: float,
        limit: int,
    ) -> LeanAnswer:
        try:
            answer = await exchange.request(method, target, headers, read_timeout, limit)
        finally:
            if exchange.reusable():
                self._idle.setdefault(exchange.origin, []).append(exchange)
            else:
                self._open.discard(exchange)
        return answer

    def _idle_exchange(self, origin: Origin) -> _Exchange | None:
        idle = self._idle.get(origin)
        while idle:
            exchange = idle.pop()
            if exchange.reusable():
                return exchange
            self._open.discard(exchange)
        return None

    async def _connect(self, origin: Origin, timeout: float, server_name: str) -> _Exchange:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        tls = scheme == "https"
        try:
            async with asyncio.timeout(timeout):
                _, exchange = await loop.create_connection(
                    lambda: _Exchange(origin, self._lost),
                    host,
                    port,
                    ssl=self._ssl if tls else None,
                    server_hostname=(server_name or host) if tls else None,
                )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"no connection within {timeout:g} s") from exc
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from exc
        self._open.add(exchange)
        return exchange

    def _lost(self, exchange: _Exchange) -> None:
        self._open.discard(exchange)
        idle = self._idle.get(exchange.origin)
        if idle and exchange in idle:
            idle.remove(exchange)
        if self.on_lost is not None:
            self.on_lost(exchange.origin)

    async def aclose(self) -> None:
        for exchange in list(self._open):
            exchange.close()
        self._open.clear()
        self._idle.clear()
