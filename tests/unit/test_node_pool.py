"""A cluster's shared HTTP clients: one per node on the window's loop, none elsewhere."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx

from adminui.core.cluster import ClusterKind
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.store import Profile

NODES = ("http://127.0.0.1:18201", "http://127.0.0.1:18202")


def connection(**profile: object) -> ClusterConnection:
    return ClusterConnection(
        Profile("pool", ClusterKind.OPENBAO, NODES, **profile),  # type: ignore[arg-type]
        token="t",
        audit=lambda _event: None,
    )


def http_of(client: object) -> httpx.AsyncClient:
    return client.transport._client  # type: ignore[attr-defined,no-any-return]


def test_page_actions_on_the_window_loop_share_one_client_per_node() -> None:
    conn = connection()

    async def scenario() -> None:
        conn.share_clients_on(asyncio.get_running_loop())
        first, again, other = (
            conn.vault("", NODES[0]),
            conn.vault("a", NODES[0]),
            conn.vault("", NODES[1]),
        )
        assert http_of(first) is http_of(again)
        assert http_of(first) is not http_of(other)
        await first.aclose()  # a page closing its client leaves the shared one open
        assert not http_of(again).is_closed
        shared = http_of(again)
        await conn.close_clients()
        assert shared.is_closed and http_of(other).is_closed
        assert http_of(conn.vault("", NODES[0])) is not shared  # a new one after closing
        await conn.close_clients()

    asyncio.run(scenario())


def test_clients_asked_for_on_another_loop_are_their_own() -> None:
    conn = connection()
    window_loop = asyncio.new_event_loop()
    try:
        conn.share_clients_on(window_loop)

        async def elsewhere() -> None:
            async with conn.vault() as one, conn.vault() as two:
                assert http_of(one) is not http_of(two)
                assert one.transport._owns_client and two.transport._owns_client

        asyncio.run(elsewhere())
    finally:
        window_loop.close()


def test_a_changed_tls_setting_retires_the_old_client() -> None:
    conn = connection()

    async def scenario() -> None:
        conn.share_clients_on(asyncio.get_running_loop())
        before = http_of(conn.vault())
        conn.set_profile(Profile("pool", ClusterKind.OPENBAO, NODES, insecure=True))
        after = http_of(conn.vault())
        assert after is not before
        await conn.close_clients()
        assert before.is_closed and after.is_closed

    asyncio.run(scenario())


def test_only_the_transport_makes_http_clients() -> None:
    """The console's code makes its HTTP clients in one place (the lab, which is not the
    console, probes its own processes)."""
    root = Path(__file__).resolve().parents[2] / "adminui"
    making = re.compile(r"httpx\.(Async)?Client\(")
    found = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if making.search(path.read_text(encoding="utf-8")) and "lab" not in path.parts
    ]
    assert found == ["api/transport.py"], found
