"""The main window lists clusters and their nodes' live roles without blocking."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, ClusterSpec, Role
from adminui.lab import Lab
from adminui.ui.bridge import AsyncBridge
from adminui.ui.main_window import MainWindow


@pytest.fixture
def bridge() -> Iterator[AsyncBridge]:
    the_bridge = AsyncBridge()
    yield the_bridge
    the_bridge.shutdown()


def roles(window: MainWindow, cluster: str) -> list[Role]:
    model = window.node_models[cluster]
    return [model.node(row).role for row in range(model.rowCount())]


@pytest.mark.lab
def test_window_shows_lab_nodes_with_one_leader(
    qtbot: QtBot, lab: Lab, bridge: AsyncBridge
) -> None:
    window = MainWindow(lab.cluster_specs(), bridge)
    qtbot.addWidget(window)
    window.show()

    def settled() -> None:
        bao = roles(window, "Lab OpenBao")
        core = roles(window, "Lab Core")
        assert len(bao) == 3 and bao.count(Role.LEADER) == 1 and bao.count(Role.FOLLOWER) == 2
        assert len(core) == 3 and core.count(Role.LEADER) == 1

    qtbot.waitUntil(settled, timeout=10_000)
    leader = next(
        window.node_models["Lab OpenBao"].node(r)
        for r in range(3)
        if window.node_models["Lab OpenBao"].node(r).role is Role.LEADER
    )
    assert leader.url in window.summary.text()
    window.close()


class Blackhole:
    """A TCP server on 127.0.0.1 that accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
            except OSError:
                continue

    def close(self) -> None:
        self._stop.set()
        self.thread.join(2)
        for conn in self.conns:
            conn.close()
        self.sock.close()


def test_hung_node_never_stalls_the_gui_thread(qtbot: QtBot, bridge: AsyncBridge) -> None:
    hole = Blackhole()
    try:
        url = f"http://127.0.0.1:{hole.port}"
        spec = ClusterSpec("Hung", ClusterKind.OPENBAO, (url,))
        window = MainWindow([spec], bridge)
        qtbot.addWidget(window)
        window.show()
        clock = QElapsedTimer()
        clock.start()
        gaps: list[int] = []
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(10)
        ticker.timeout.connect(tick)
        ticker.start()
        qtbot.waitUntil(lambda: roles(window, "Hung") == [Role.UNREACHABLE], timeout=10_000)
        ticker.stop()
        worst = max(gaps)
        print(f"worst GUI event-loop gap with a hung node: {worst} ms")
        assert worst < 500  # generous: the probe's own timeout is 1.5 s
        window.close()
    finally:
        hole.close()
    time.sleep(0)
