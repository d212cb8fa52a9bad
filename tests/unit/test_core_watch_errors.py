"""The live view's Core node errors are sentences that name the node."""

from __future__ import annotations

import asyncio

import httpx

from adminui.api.kuma import KumaClient
from adminui.core.cluster import ClusterKind, ClusterSpec, Role
from adminui.core.sentence import Sentence
from adminui.monitor.core_watch import CoreWatch

NODES = ("http://core-1.lab:7223", "http://core-2.lab:7223")
HEALTH = ("http://core-1.lab:7224/health", "http://core-2.lab:7224/health")


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.host == "core-1.lab":
        raise httpx.ConnectError("connection refused", request=request)
    return httpx.Response(500, json={"message": "storage failure"})


def test_unreachable_and_broken_nodes_are_explained() -> None:
    async def look() -> list[object]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            spec = ClusterSpec("Core", ClusterKind.CORE, NODES, HEALTH)
            snapshot = await CoreWatch(spec, KumaClient(NODES[0], "t", client=http)).look()
            return list(snapshot.nodes)

    down, broken = asyncio.run(look())
    assert down.role is Role.UNREACHABLE  # type: ignore[attr-defined]
    error = down.error  # type: ignore[attr-defined]
    assert isinstance(error, Sentence)
    assert error.template == "The Core node {0} did not answer its health check: {1}."
    assert str(error).startswith("The Core node http://core-1.lab:7223 did not answer")
    assert "Bearer" not in str(error)
    assert broken.role is Role.UNKNOWN  # type: ignore[attr-defined]
    assert str(broken.error).startswith(  # type: ignore[attr-defined]
        "The Core node http://core-2.lab:7223 answered its health check with an error"
    )
