"""The lean path of the transport: bodiless reads over kept-alive h11 connections.

A scripted loopback server (raw sockets) stands for what a real node cannot be made to
do on demand: close a kept-alive connection, answer with ``Connection: close``, stall
half-way, send bytes nobody asked for.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import socket
import struct
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from adminui.api import errors
from adminui.api.transport import Timeouts, VaultTransport, http_client

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def answer(body: bytes, *extra: str) -> bytes:
    head = [
        "HTTP/1.1 200 OK",
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        *extra,
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


class Node:
    """A loopback server that runs ``handle`` for every connection and counts them."""

    def __init__(self, handle: Handler) -> None:
        self.handle = handle
        self.connections = 0
        self.requests: list[bytes] = []
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> Node:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in self._handlers:
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            await self.handle(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            self._handlers.discard(task)

    async def read_request(self, reader: asyncio.StreamReader) -> bytes:
        head = await reader.readuntil(b"\r\n\r\n")
        self.requests.append(head)
        return head


def run(coroutine: Awaitable[None]) -> None:
    asyncio.run(asyncio.wait_for(coroutine, 20))  # type: ignore[arg-type]


def test_reads_share_one_kept_alive_connection_and_carry_the_same_headers() -> None:
    async def go() -> None:
        async def keep_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while True:
                await node.read_request(reader)
                writer.write(answer(b'{"ok": true}'))

        node = Node(keep_alive)
        async with node:
            transport = VaultTransport(node.url, token="s.lean-test")
            assert transport.lean is not None
            try:
                for _ in range(5):
                    response = await transport.request("GET", "sys/mounts")
                    assert response.json() == {"ok": True}
            finally:
                await transport.aclose()
        assert node.connections == 1 and len(node.requests) == 5
        head = node.requests[0].decode().lower()
        assert head.startswith("get /v1/sys/mounts http/1.1")
        for header in ("host: 127.0.0.1:", "user-agent: adminui", "x-vault-token: s.lean-test"):
            assert header in head
        assert "accept-encoding: gzip, deflate" in head

    run(go())


def test_a_node_that_closes_its_idle_connection_is_noticed_at_once_and_read_again() -> None:
    async def go() -> None:
        served = asyncio.Event()

        async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await node.read_request(reader)
            writer.write(answer(b"{}"))
            await writer.drain()
            served.set()  # then the connection is closed, as a killed node's would be

        node = Node(once)
        lost: list[tuple[str, str, int]] = []
        async with node:
            transport = VaultTransport(node.url)
            assert transport.lean is not None
            transport.lean.on_lost = lost.append
            try:
                await transport.request("GET", "sys/health")
                await served.wait()
                for _ in range(50):
                    if lost:
                        break
                    await asyncio.sleep(0.01)
                assert lost == [("http", "127.0.0.1", int(node.url.rsplit(":", 1)[1]))]
                # The next read opens a new connection by itself.
                await transport.request("GET", "sys/health")
            finally:
                await transport.aclose()
        assert node.connections == 2

    run(go())


def test_connection_close_is_honoured_and_a_gzip_body_is_inflated() -> None:
    async def go() -> None:
        body = gzip.compress(b'{"data": "' + b"x" * 5000 + b'"}')

        async def closing(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await node.read_request(reader)
            writer.write(answer(body, "Content-Encoding: gzip", "Connection: close"))
            await writer.drain()

        node = Node(closing)
        async with node:
            transport = VaultTransport(node.url)
            try:
                for _ in range(2):
                    response = await transport.request("GET", "sys/health")
                    assert response.json()["data"] == "x" * 5000
            finally:
                await transport.aclose()
        assert node.connections == 2

    run(go())


def test_a_gzip_bomb_stops_at_the_limit_after_inflating() -> None:
    async def go() -> None:
        bomb = gzip.compress(b"0" * (4 * 1024 * 1024))

        async def bombing(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await node.read_request(reader)
            writer.write(answer(bomb, "Content-Encoding: gzip"))
            await writer.drain()

        node = Node(bombing)
        async with node:
            transport = VaultTransport(node.url, max_response_bytes=1024 * 1024)
            try:
                with pytest.raises(errors.BadResponse, match="larger than"):
                    await transport.request("GET", "sys/health")
            finally:
                await transport.aclose()

    run(go())


def test_a_node_that_stalls_half_way_is_a_timeout_and_its_connection_is_dropped() -> None:
    async def go() -> None:
        async def stalling(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await node.read_request(reader)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
            await writer.drain()
            await asyncio.sleep(5)

        node = Node(stalling)
        async with node:
            timeouts = Timeouts(connect=0.5, read=0.3, total=2.0)
            transport = VaultTransport(node.url, timeouts=timeouts)
            try:
                with pytest.raises(errors.Timeout):
                    await transport.request("GET", "sys/health")
                with pytest.raises(errors.Timeout):
                    await transport.request("GET", "sys/health")
            finally:
                await transport.aclose()
        assert node.connections == 2  # the stalled connection was not used again

    run(go())


def test_a_kept_alive_connection_closed_as_the_read_leaves_is_read_again_once() -> None:
    async def go() -> None:
        async def racing(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await node.read_request(reader)
            writer.write(answer(b"{}"))
            await writer.drain()
            if node.connections == 1:
                # Takes the next request, then closes without answering (the race a
                # server's idle timeout makes).
                await node.read_request(reader)
                return
            while True:
                await node.read_request(reader)
                writer.write(answer(b"{}"))

        node = Node(racing)
        async with node:
            transport = VaultTransport(node.url)
            try:
                await transport.request("GET", "sys/health")
                await transport.request("GET", "sys/health")
            finally:
                await transport.aclose()
        assert node.connections == 2

    run(go())


def test_bytes_nobody_asked_for_close_the_connection() -> None:
    async def go() -> None:
        async def chatty(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while True:
                await node.read_request(reader)
                writer.write(answer(b"{}") + b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")

        node = Node(chatty)
        async with node:
            transport = VaultTransport(node.url)
            try:
                for _ in range(3):
                    await transport.request("GET", "sys/health")
            finally:
                await transport.aclose()
        assert node.connections == 3

    run(go())


def test_writes_and_injected_clients_go_through_httpx() -> None:
    async def go() -> None:
        async def keep_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while True:
                head = await node.read_request(reader)
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length")
                    ),
                    0,
                )
                await reader.readexactly(length)
                writer.write(answer(b"{}"))

        node = Node(keep_alive)
        async with node:
            client = http_client()
            shared = VaultTransport(node.url, client=client)
            assert shared.lean is None
            own = VaultTransport(node.url)
            try:
                await shared.request("GET", "sys/health")
                await own.request("POST", "sys/policies/acl/x", json={"policy": ""})
                await own.request("GET", "sys/health", params={"standbyok": "true"})
            finally:
                await client.aclose()
                await own.aclose()
        heads = [h.decode().lower() for h in node.requests]
        assert heads[1].startswith("post /v1/sys/policies/acl/x")
        assert heads[2].startswith("get /v1/sys/health?standbyok=true")

    run(go())


@pytest.mark.parametrize("reset", [True, False])
def test_an_answer_cut_half_way_is_unreachable_when_reset_and_malformed_when_closed(
    reset: bool,
) -> None:
    async def go() -> None:
        async def cutting(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await node.read_request(reader)
            writer.write(answer(b'{"padding": "' + b"x" * 400 + b'"}')[:150])
            await writer.drain()
            if reset:
                sock = writer.get_extra_info("socket")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()

        node = Node(cutting)
        async with node:
            transport = VaultTransport(node.url)
            try:
                expected = errors.Unreachable if reset else errors.BadResponse
                with pytest.raises(expected):
                    await transport.request("GET", "sys/health")
            finally:
                await transport.aclose()

    run(go())


def test_a_node_lost_mid_answer_leaves_no_cycle_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """A node killed while it answers: once the error is handled, its connection is freed
    as soon as nothing refers to it, without the cycle collector (the console freezes
    long-lived objects, and a cycle through a frozen connection is never collected)."""
    from adminui.api import lean_http

    made: list[weakref.ref[lean_http._Exchange]] = []

    class Recorded(lean_http._Exchange):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            made.append(weakref.ref(self))

    monkeypatch.setattr(lean_http, "_Exchange", Recorded)

    async def go() -> None:
        async def killed(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await node.read_request(reader)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
            await writer.drain()
            writer.transport.abort()  # gone half-way through its answer

        node = Node(killed)
        async with node:
            transport = VaultTransport(node.url, timeouts=Timeouts(connect=0.5, read=2, total=3))
            try:
                for _ in range(2):
                    with pytest.raises(errors.VaultError):
                        await transport.request("GET", "sys/health")
                await asyncio.sleep(0.05)  # the loop tells the connections they are lost
            finally:
                await transport.aclose()

    gc.disable()
    try:
        run(go())
        assert len(made) == 2
        assert [ref() for ref in made] == [None, None]
    finally:
        gc.enable()
