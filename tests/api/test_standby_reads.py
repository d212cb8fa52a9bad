"""Standby reads see the console's own writes: a write's X-Vault-Index is kept by the
cluster's connection and sent back (with X-Vault-Inconsistent: forward-active-node) on
every later request, the newest kept; KUMA requests and unauthenticated ones never
carry it."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import httpx

from adminui.core.cluster import ClusterKind
from adminui.monitor.connection import ClusterConnection, index_value
from adminui.profiles.store import Profile

NODE = "http://127.0.0.1:8200"


def index(value: int) -> str:
    raw = json.dumps({"cluster": "c0ffee", "value": str(value)}).encode()
    return base64.b64encode(raw).decode().rstrip("=")


class _OnePool:
    def __init__(self, handler: Any) -> None:
        self.http = httpx.AsyncClient(transport=httpx.MockTransport(handler))

    def client(self, _node: str, _profile: Profile) -> httpx.AsyncClient:
        return self.http


def connection_for(handler: Any, kind: ClusterKind = ClusterKind.OPENBAO) -> ClusterConnection:
    connection = ClusterConnection(
        Profile("own", kind, (NODE,)), "hvs.INDEX-secret-token", audit=lambda _e: None
    )
    connection._pool = _OnePool(handler)  # type: ignore[assignment]
    return connection


def test_a_write_index_is_sent_back_on_later_reads_and_the_newest_is_kept() -> None:
    seen: list[httpx.Request] = []
    answers = iter([index(40), index(35)])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "PUT":
            return httpx.Response(204, headers={"X-Vault-Index": next(answers)})
        if request.url.path == "/v1/sys/health":
            return httpx.Response(200, json={"initialized": True, "sealed": False})
        return httpx.Response(200, json={"data": {"name": "p", "policy": ""}})

    connection = connection_for(handler)

    async def main() -> None:
        async with connection.vault() as vault:
            await vault.policies.read("p")
            await vault.policies.write("p", 'path "a" { capabilities = ["read"] }')
            await vault.policies.read("p")
            await vault.policies.write("q", 'path "b" { capabilities = ["read"] }')
            await vault.policies.read("q")
            await vault.sys.health()

    asyncio.run(main())
    first_read, _write, second_read, _older_write, third_read, health = seen
    assert "x-vault-index" not in first_read.headers  # nothing written yet
    assert second_read.headers["x-vault-index"] == index(40)
    assert second_read.headers["x-vault-inconsistent"] == "forward-active-node"
    assert third_read.headers["x-vault-index"] == index(40)  # 35 is older: not kept
    assert "x-vault-index" not in health.headers  # unauthenticated
    assert index_value(connection.consistency_index) == 40


def test_kuma_requests_never_carry_an_index() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[], headers={"X-Vault-Index": index(7)})

    connection = connection_for(handler, ClusterKind.CORE)
    connection.consistency_index = index(9)

    async def main() -> None:
        async with connection.kuma() as kuma:
            await kuma.list_services()

    asyncio.run(main())
    assert seen and all("x-vault-index" not in r.headers for r in seen)
    assert index_value(connection.consistency_index) == 9


def test_an_index_that_cannot_be_read_is_still_kept() -> None:
    assert index_value("") == -1 and index_value("not base64!") == 0
    connection = connection_for(lambda _r: httpx.Response(204))
    connection.note_index("opaque")
    assert connection.consistency_index == "opaque"
