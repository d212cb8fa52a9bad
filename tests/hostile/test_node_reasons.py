"""Why a node does not serve is shown in the table and the status bar, not only in a
tooltip: *timeout*, *TLS: untrusted*, *connection refused*."""

from __future__ import annotations

import asyncio
import socket
import ssl
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from adminui.core.cluster import ClusterKind, NodeState, Role, Snapshot
from adminui.monitor.cluster_monitor import ClusterMonitor
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.store import Profile
from adminui.ui.node_model import NodeTableModel
from tests.api.test_vault_transport import tls_files  # noqa: F401 (fixture)
from tests.hostile.server import Answer, HostileServer


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _look(tls: ssl.SSLContext) -> Snapshot:
    writers: list[asyncio.StreamWriter] = []

    async def silent(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)  # answers nothing, ever

    hung = await asyncio.start_server(silent, "127.0.0.1", 0)
    hung_url = f"http://127.0.0.1:{hung.sockets[0].getsockname()[1]}"
    try:
        async with HostileServer(lambda _s: Answer(200, {}), tls=tls) as untrusted:
            urls = (untrusted.url, hung_url, f"http://127.0.0.1:{_closed_port()}")
            profile = Profile("reasons", ClusterKind.OPENBAO, urls)
            monitor = ClusterMonitor(ClusterConnection(profile, "t"))
            try:
                return (await monitor.tick()).snapshot
            finally:
                await monitor.aclose()
    finally:
        for writer in writers:
            writer.close()
        hung.close()
        await hung.wait_closed()


def test_the_table_says_why_each_node_does_not_serve(
    qtbot: QtBot,
    tls_files: tuple[Path, Path],  # noqa: F811
) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*tls_files)
    snapshot = asyncio.run(_look(context))
    assert [n.role for n in snapshot.nodes] == [Role.UNREACHABLE] * 3
    assert [n.reason for n in snapshot.nodes] == [
        "TLS: untrusted",
        "timeout",
        "connection refused",
    ]
    model = NodeTableModel()
    model.apply(snapshot)
    shown = [
        model.index(row, NodeTableModel.ROLE_COLUMN).data(Qt.ItemDataRole.DisplayRole)
        for row in range(3)
    ]
    assert shown == [
        "unreachable (TLS: untrusted)",
        "unreachable (timeout)",
        "unreachable (connection refused)",
    ]


def test_the_role_column_grows_to_show_the_reason_whole(
    qtbot: QtBot,
    tls_files: tuple[Path, Path],  # noqa: F811
) -> None:
    from adminui.core.history import ClusterHistory
    from adminui.ui.overview.cluster_page import ClusterOverview

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*tls_files)
    snapshot = asyncio.run(_look(context))
    urls = tuple(n.url for n in snapshot.nodes)
    page = ClusterOverview(Profile("reasons", ClusterKind.OPENBAO, urls), ClusterHistory())
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    # First every node serves (the columns are fitted to that), then they stop serving.
    healthy = tuple(NodeState(n.url, Role.FOLLOWER, voter=True) for n in snapshot.nodes)
    page.show_snapshot(Snapshot("reasons", 0.0, healthy))
    page.show_snapshot(snapshot)
    column = NodeTableModel.ROLE_COLUMN
    header = page.node_table.horizontalHeader()
    assert header.sectionSize(column) >= page.node_table.sizeHintForColumn(column)
