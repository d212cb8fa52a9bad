"""Names the user types never change which path a request reaches.

``policies.write("../../../sys/step-down")`` used to send ``PUT /v1/sys/step-down``:
every API call that puts a name into its path refuses such a name before sending.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from adminui.api import errors
from adminui.api.kuma import KumaBadRequest, KumaClient
from adminui.api.transport import VaultTransport
from adminui.api.vault import VaultClient

BAD_NAMES = [
    "../../../sys/step-down",
    "..",
    ".",
    "a/../../sys/seal",
    "a//b",
    "",
    "/",
    "ok\x00name",
    "line\nbreak",
]

Call = Callable[[VaultClient, str], Awaitable[Any]]
CALLS: dict[str, Call] = {
    "policy write": lambda v, n: v.policies.write(n, 'path "x" {}'),
    "policy delete": lambda v, n: v.policies.delete(n),
    "quota write": lambda v, n: v.quotas.write_rate_limit(n, rate=10.0),
    "quota delete": lambda v, n: v.quotas.delete_rate_limit(n),
    "kv write": lambda v, n: v.kv().write(n, {"a": "b"}),
    "kv delete": lambda v, n: v.kv().delete_all(n),
    "kv mount": lambda v, n: v.kv(n).read("x"),
    "engine enable": lambda v, n: v.mounts.enable(n, "kv"),
    "auth enable": lambda v, n: v.auth.enable(n, "approle"),
    "approle role": lambda v, n: v.auth.write_approle_role(n, token_policies=["p"]),
    "token role": lambda v, n: v.auth.delete_token_role(n),
    "database role": lambda v, n: v.database().rotate_role(n),
    "namespace create": lambda v, n: v.namespaces.create(n),
    "namespace delete": lambda v, n: v.namespaces.delete(n),
}


def _vault(sent: list[httpx.Request]) -> VaultClient:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return VaultClient(VaultTransport("http://bao:8200", token="t", client=client))


@pytest.mark.parametrize("name", BAD_NAMES)
@pytest.mark.parametrize("call", list(CALLS))
def test_a_name_that_would_leave_its_path_is_refused_before_sending(call: str, name: str) -> None:
    sent: list[httpx.Request] = []

    async def go() -> errors.VaultError:
        vault = _vault(sent)
        try:
            await CALLS[call](vault, name)
        except errors.VaultError as exc:
            return exc
        raise AssertionError(f"{call} accepted {name!r}")

    error = asyncio.run(go())
    assert isinstance(error, errors.InvalidName), error
    assert sent == []
    assert "cannot be used" in error.user_message


@pytest.mark.parametrize("name", ["team-a", "a/b/c", "svc.prod", "x@y:z", "50%", "space name"])
def test_ordinary_names_reach_their_own_path(name: str) -> None:
    sent: list[httpx.Request] = []
    asyncio.run(CALLS["kv write"](_vault(sent), name))
    path = sent[0].url.raw_path.decode()
    assert path.startswith("/v1/secret/data/") and "/../" not in path
    assert httpx.URL(sent[0].url).path == f"/v1/secret/data/{name}"


def test_the_kv_engine_top_is_still_listed() -> None:
    sent: list[httpx.Request] = []
    asyncio.run(_vault(sent).kv().list())
    assert sent[0].url.path == "/v1/secret/metadata"


@pytest.mark.parametrize("service_id", ["..", ".", "", "a\nb"])
def test_a_core_service_id_that_would_leave_its_path_is_refused(service_id: str) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    async def go() -> None:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        core = KumaClient("http://core:7223", "t", client=client)
        await core.restart_service(service_id)

    with pytest.raises(KumaBadRequest):
        asyncio.run(go())
    assert sent == []
