"""The Raft membership and autopilot endpoints, over httpx.MockTransport: what each sends
and where, and how the answers are read."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

from adminui.api.transport import VaultTransport
from adminui.api.vault import VaultClient

NODE = "http://127.0.0.1:8200"


def run(handler: Any, work: Any) -> Any:
    async def main() -> Any:
        transport = VaultTransport(
            NODE,
            token="hvs.MEMBERSHIP-secret-token",
            client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        )
        async with VaultClient(transport) as vault:
            return await work(vault)

    return asyncio.run(main())


def test_remove_promote_and_demote_name_the_server() -> None:
    sent: list[tuple[str, str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.method, request.url.path, json.loads(request.content or b"null")))
        return httpx.Response(204)

    async def work(vault: VaultClient) -> None:
        await vault.raft.remove_peer("node3")
        await vault.raft.promote("node4")
        await vault.raft.demote("node2")

    run(handler, work)
    assert sent == [
        ("POST", "/v1/sys/storage/raft/remove-peer", {"server_id": "node3"}),
        ("POST", "/v1/sys/storage/raft/promote", {"server_id": "node4"}),
        ("POST", "/v1/sys/storage/raft/demote", {"server_id": "node2"}),
    ]


def test_autopilot_settings_are_read_as_seconds_and_sent_as_given() -> None:
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            sent.append(json.loads(request.content))
            return httpx.Response(204)
        body = {
            "cleanup_dead_servers": True,
            "dead_server_last_contact_threshold": "24h0m0s",
            "last_contact_threshold": "10s",
            "max_trailing_logs": 1000,
            "min_quorum": 3,
            "server_stabilization_time": "1m30s",
        }
        return httpx.Response(200, json={"data": body})

    async def work(vault: VaultClient) -> Any:
        await vault.raft.set_autopilot_config({"last_contact_threshold": "5s"})
        return await vault.raft.autopilot_config()

    config = run(handler, work)
    assert sent == [{"last_contact_threshold": "5s"}]
    assert config.cleanup_dead_servers and config.min_quorum == 3
    assert config.dead_server_last_contact_threshold_s == 86400
    assert config.server_stabilization_time_s == 90 and config.last_contact_threshold_s == 10


def test_a_join_sends_the_leader_its_ca_and_no_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"joined": True})

    async def work(vault: VaultClient) -> None:
        await vault.raft.join("https://leader:8200", leader_ca_cert="PEM", non_voter=True)

    run(handler, work)
    [request] = seen
    assert json.loads(request.content) == {
        "leader_api_addr": "https://leader:8200",
        "leader_ca_cert": "PEM",
        "non_voter": True,
    }
    assert "x-vault-token" not in request.headers
