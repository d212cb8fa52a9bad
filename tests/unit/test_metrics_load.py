"""Measuring namespace load: two scrapes of every node, a window apart (MockTransport)."""

from __future__ import annotations

import asyncio

import httpx

from adminui.api.vault import VaultClient, VaultTransport
from adminui.monitor.namespace_load import measure


def test_measure_sums_nodes_and_reports_missing_metrics() -> None:
    scrapes = {"a": iter([3, 13]), "b": iter([0, 5])}

    def handler(request: httpx.Request) -> httpx.Response:
        node = request.url.host
        if node == "c":
            return httpx.Response(403, json={"errors": ["permission denied"]})
        count = next(scrapes[node])
        text = f"vault_route_read_team_kv__count {count}\nvault_route_update_sys__count 1\n"
        return httpx.Response(200, text=text, headers={"content-type": "text/plain"})

    async def scenario() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            clients = [
                VaultClient(VaultTransport(f"http://{n}:8200", token="s.tok", client=http))
                for n in ("a", "b", "c")
            ]
            slept: list[float] = []

            async def sleep(seconds: float) -> None:
                slept.append(seconds)

            ranking = await measure(clients, ["team"], 10.0, sleep)
            assert slept == [10.0]
            assert ranking.supported
            assert [(r.namespace, r.requests) for r in ranking.rows] == [("team", 15)]
            assert len(ranking.failures) == 1 and "http://c:8200" in ranking.failures[0]

    asyncio.run(scenario())


def test_measure_says_when_the_server_has_no_route_metrics() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="vault_core_unsealed 1\n")

    async def scenario() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = VaultClient(VaultTransport("http://a:8200", token="s.tok", client=http))

            async def sleep(seconds: float) -> None:
                return None

            ranking = await measure([client], [], 5.0, sleep)
            assert not ranking.supported and ranking.rows == ()

    asyncio.run(scenario())
