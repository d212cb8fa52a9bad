"""An HTTP fault proxy for tests: sits between the console and one real node.

The proxy listens on 127.0.0.1 only, runs its own asyncio loop in a daemon thread and
stops by itself after ``lifetime_s`` (or on :meth:`FaultProxy.close`). Each request is
read whole, then handled according to the current :class:`Fault` — passed to the
upstream node (optionally late), or answered badly on purpose. Every answer closes the
connection, so a fault set between two requests applies to the next one at once.

    with FaultProxy("http://127.0.0.1:8200") as proxy:
        proxy.fault = Fault("blackhole")
        ... point a profile at proxy.url ...
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

#: What each fault does.
KINDS = {
    "pass": "forward the request unchanged",
    "latency": "forward after delay_s seconds",
    "blackhole": "accept the request and never answer",
    "reset": "send part of the real answer, then reset the connection (RST)",
    "truncate": "send the real headers and half the body, then close cleanly",
    "not_json": "answer 200 with an HTML page",
    "huge": "answer 200 with a body of size_bytes that is not JSON",
    "drip": "answer 200 one byte every drip_interval_s for drip_bytes bytes",
    "status": "answer with status (5xx by default) and a JSON errors list",
    "rate_limit": "answer 429 with Retry-After: retry_after",
}
_MAX_HEAD = 64 * 1024
_REASONS = {200: "OK", 429: "Too Many Requests", 500: "Internal Server Error"}


@dataclass(frozen=True)
class Fault:
    """One way of misbehaving. ``methods``/``path_prefix`` limit which requests get it
    (others pass through); empty means every request."""

    kind: str = "pass"
    delay_s: float = 0.5
    status: int = 502
    retry_after: str = "30"
    size_bytes: int = 16 * 1024 * 1024
    drip_interval_s: float = 0.25
    drip_bytes: int = 40
    methods: frozenset[str] = field(default_factory=frozenset)
    path_prefix: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault {self.kind!r}; one of {sorted(KINDS)}")

    def applies_to(self, method: str, path: str) -> bool:
        if self.methods and method.upper() not in self.methods:
            return False
        return path.startswith(self.path_prefix)


PASS = Fault()


@dataclass
class _Request:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    def encode(self, host: str) -> bytes:
        lines = [f"{self.method} {self.target} HTTP/1.1"]
        for name, value in self.headers:
            if name.lower() in ("connection", "keep-alive", "host", "content-length"):
                continue
            lines.append(f"{name}: {value}")
        lines += [f"Host: {host}", "Connection: close", f"Content-Length: {len(self.body)}"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + self.body


def _response(status: int, body: bytes, content_type: str, extra: dict[str, str]) -> bytes:
    reason = _REASONS.get(status, "Error" if status >= 400 else "OK")
    head = [
        f"HTTP/1.1 {status} {reason}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        *(f"{k}: {v}" for k, v in extra.items()),
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


class FaultProxy:
    """Proxies to ``upstream`` (``http://host:port``) with the fault in :attr:`fault`."""

    def __init__(self, upstream: str, *, lifetime_s: float = 300.0) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname or not parts.port:
            raise ValueError(f"upstream must be http://host:port, not {upstream!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port
        self.lifetime_s = lifetime_s
        self.fault: Fault = PASS
        #: (method, path, fault kind) of every request seen, in order.
        self.seen: list[tuple[str, str, str]] = []
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stopped = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()
        self._error: BaseException | None = None
        self.port = 0
        self._thread = threading.Thread(target=self._run, name="faultproxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10) or self._error is not None:
            raise RuntimeError(f"the fault proxy did not start: {self._error}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def faulted(self) -> int:
        """How many requests got a fault other than ``pass`` so far."""
        return sum(1 for *_, kind in self.seen if kind != "pass")

    # -- lifecycle -------------------------------------------------------------------
    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._serve())
        finally:
            self._loop.close()

    async def _serve(self) -> None:
        try:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, limit=_MAX_HEAD)
        except OSError as exc:
            self._error = exc
            self._ready.set()
            return
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopped.wait(), self.lifetime_s)
        self._server.close()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    def close(self) -> None:
        """Stop serving, drop every open connection and join the thread."""
        if self._thread.is_alive():
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._stopped.set)
            self._thread.join(10)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- one connection --------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            request = await self._read_request(reader)
            if request is None:
                return
            fault = self.fault
            path = urlsplit(request.target).path
            if not fault.applies_to(request.method, path):
                fault = PASS
            self.seen.append((request.method, path, fault.kind))
            await self._answer(fault, request, reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._handlers.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    @staticmethod
    async def _read_request(reader: asyncio.StreamReader) -> _Request | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = []
        length = 0
        for line in lines[1:]:
            if not line:
                continue
            name, _, value = line.partition(":")
            headers.append((name.strip(), value.strip()))
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        body = await reader.readexactly(length) if length else b""
        return _Request(method.upper(), target, headers, body)

    async def _upstream(self, request: _Request) -> bytes:
        """The upstream's whole answer (status line, headers and body) as bytes."""
        up_reader, up_writer = await asyncio.open_connection(
            self.upstream_host, self.upstream_port, limit=_MAX_HEAD
        )
        try:
            up_writer.write(request.encode(f"{self.upstream_host}:{self.upstream_port}"))
            await up_writer.drain()
            head = await up_reader.readuntil(b"\r\n\r\n")
            length = None
            for line in head.decode("latin-1").split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if length is not None:
                body = await up_reader.readexactly(length)
            else:
                body = await up_reader.read()
            return head + body
        finally:
            up_writer.close()
            with contextlib.suppress(Exception):
                await up_writer.wait_closed()

    async def _answer(
        self,
        fault: Fault,
        request: _Request,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        kind = fault.kind
        if kind == "blackhole":
            # Hold the connection open, silent, until the client gives up (or we stop).
            await reader.read()
            return
        if kind in ("pass", "latency", "reset", "truncate"):
            if kind == "latency":
                await asyncio.sleep(fault.delay_s)
            answer = await self._upstream(request)
            if kind == "reset":
                writer.write(answer[: max(1, len(answer) // 2)])
                await writer.drain()
                sock = writer.get_extra_info("socket")
                if sock is not None:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
                return
            if kind == "truncate":
                head, _, body = answer.partition(b"\r\n\r\n")
                if not body:  # e.g. 204: invent a body so there is something to cut
                    body = b'{"data": {"padding": "' + b"x" * 200 + b'"}}'
                    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json"
                lines = [
                    line
                    for line in head.split(b"\r\n")
                    if not line.lower().startswith((b"content-length:", b"connection:"))
                ]
                lines += [b"Content-Length: %d" % len(body), b"Connection: close"]
                writer.write(b"\r\n".join(lines) + b"\r\n\r\n" + body[: len(body) // 2])
                await writer.drain()
                return
            writer.write(answer)
            await writer.drain()
            return
        if kind == "not_json":
            page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
            writer.write(_response(200, page, "text/html", {}))
        elif kind == "huge":
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {fault.size_bytes}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode("latin-1"))
            chunk = b"x" * 65536
            left = fault.size_bytes
            while left > 0:
                writer.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
                await writer.drain()
        elif kind == "drip":
            body = b"{" + b" " * max(0, fault.drip_bytes - 2) + b"}"
            head = (
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode("latin-1"))
            await writer.drain()
            for i in range(len(body)):
                writer.write(body[i : i + 1])
                await writer.drain()
                await asyncio.sleep(fault.drip_interval_s)
        elif kind == "status":
            body = json.dumps({"errors": [f"fault proxy: injected status {fault.status}"]})
            writer.write(_response(fault.status, body.encode(), "application/json", {}))
        elif kind == "rate_limit":
            body = json.dumps({"errors": ["request path exceeded rate limit quota"]})
            extra = {"Retry-After": fault.retry_after}
            writer.write(_response(429, body.encode(), "application/json", extra))
        await writer.drain()
