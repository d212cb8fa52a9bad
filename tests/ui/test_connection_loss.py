"""A node that closes its kept-alive connection between looks (stopped, killed) is looked
at at once, and its cluster watched fast for a while, with no look or pulse due."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, Role
from adminui.core.poll_schedule import PollSchedule, PollSettings
from adminui.monitor.cluster_monitor import Tick
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.store import Profile
from adminui.ui.bridge import AsyncBridge
from adminui.ui.monitor_service import MonitorService

HEALTH = json.dumps(
    {"initialized": True, "sealed": False, "standby": False, "version": "2.1.0"}
).encode()


class KeptAliveNode:
    """An active OpenBao node's ``sys/health`` on loopback, on a thread of its own; it
    keeps connections open until :meth:`kill` closes them and stops listening."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.Server | None = None
        self.port = 0

    def start(self) -> None:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0), self.loop
        ).result(5)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(HEALTH)}\r\n\r\n"
                writer.write(head.encode() + HEALTH)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            self._writers.discard(writer)

    async def _kill(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.cancel()

    def kill(self) -> None:
        asyncio.run_coroutine_threadsafe(self._kill(), self.loop).result(5)

    def stop(self) -> None:
        if self._thread.is_alive():
            self.kill()
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)
        self.loop.close()


@pytest.fixture
def node() -> Iterator[KeptAliveNode]:
    server = KeptAliveNode()
    server.start()
    yield server
    server.stop()


def test_a_node_that_closes_its_connection_is_looked_at_at_once(
    qtbot: QtBot, bridge: AsyncBridge, node: KeptAliveNode
) -> None:
    # Off screen, with looks and pulses too far apart to come during the test.
    schedule = PollSchedule(
        PollSettings(on_screen_ms=500, off_screen_ms=600_000, pulse_ms=600_000, settle_s=30)
    )
    service = MonitorService(bridge, 500, schedule=schedule)
    ticks: list[Tick] = []
    service.sig_ticked.connect(lambda _name, tick: ticks.append(tick))
    profile = Profile("solo", ClusterKind.OPENBAO, (f"http://127.0.0.1:{node.port}",))
    service.watch(ClusterConnection(profile, None))
    service.start()  # the first look now; the next one would be in 10 minutes
    qtbot.waitUntil(lambda: len(ticks) == 1, timeout=5000)
    assert ticks[0].snapshot.nodes[0].role is Role.LEADER
    assert not schedule.busy("solo")
    node.kill()
    qtbot.waitUntil(lambda: len(ticks) >= 2, timeout=5000)
    assert ticks[-1].snapshot.nodes[0].role is Role.UNREACHABLE
    assert schedule.busy("solo") and schedule.interval_ms("solo") == 500
    service.stop()
    service.unwatch("solo")
    qtbot.waitUntil(lambda: not service._in_flight, timeout=5000)


def test_a_node_that_closes_every_connection_is_not_looked_at_in_a_loop(
    qtbot: QtBot, bridge: AsyncBridge
) -> None:
    """A server that hangs up after each answer (without saying so) makes every
    connection a lost one: the cluster is then watched fast, not in a tight loop."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
                await reader.readuntil(b"\r\n\r\n")
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(HEALTH)}\r\n\r\n"
                writer.write(head.encode() + HEALTH)
                await writer.drain()
                await asyncio.sleep(0.05)  # then hang up, after the answer has been read
        finally:
            writer.close()

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    server = asyncio.run_coroutine_threadsafe(
        asyncio.start_server(serve, "127.0.0.1", 0), loop
    ).result(5)
    try:
        schedule = PollSchedule(
            PollSettings(on_screen_ms=500, off_screen_ms=600_000, pulse_ms=600_000, settle_s=30)
        )
        service = MonitorService(bridge, 500, schedule=schedule)
        port = server.sockets[0].getsockname()[1]
        service.watch(
            ClusterConnection(
                Profile("rude", ClusterKind.OPENBAO, (f"http://127.0.0.1:{port}",)), None
            )
        )
        service.start()
        qtbot.wait(2000)
        # Every look loses its connection; looks still come no faster than every 500 ms.
        assert 2 <= service.looks <= 6
        service.stop()
        service.unwatch("rude")
        qtbot.waitUntil(lambda: not service._in_flight, timeout=5000)
    finally:

        async def stop_serving() -> None:
            # Every handler ends (and closes its socket) before the loop stops.
            server.close()
            await server.wait_closed()
            handlers = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in handlers:
                task.cancel()
            await asyncio.gather(*handlers, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(stop_serving(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()
