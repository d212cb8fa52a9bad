"""AppRole role_id / secret_id endpoints over httpx.MockTransport; the secret never
appears in an error, a repr or a log record."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest

from adminui.api import errors
from adminui.api.transport import VaultTransport
from adminui.api.vault_auth import AuthApi
from adminui.monitor.blueprint import AppRoleCredentials

NODE = "http://127.0.0.1:8200"
SECRET = "e3b0c442-98fc-1c14-secret-000000000042"


def api(answers: dict[tuple[str, str], httpx.Response], seen: list[httpx.Request]) -> AuthApi:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        key = (request.method, request.url.path.removeprefix("/v1/"))
        return answers.get(key) or httpx.Response(404, json={"errors": []})

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AuthApi(VaultTransport(NODE, token="s.t", client=client), "org/t1")


def test_role_id_secret_id_and_destroy(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []
    role = "auth/approle/role/tenant"
    auth = api(
        {
            ("GET", f"{role}/role-id"): httpx.Response(200, json={"data": {"role_id": "r-1"}}),
            ("POST", f"{role}/secret-id"): httpx.Response(
                200, json={"data": {"secret_id": SECRET, "secret_id_accessor": "acc-1"}}
            ),
            ("POST", f"{role}/secret-id-accessor/destroy"): httpx.Response(204),
        },
        seen,
    )

    async def scenario() -> tuple[str, tuple[str, str]]:
        role_id = await auth.approle_role_id("tenant")
        issued = await auth.generate_approle_secret_id("tenant")
        await auth.destroy_approle_secret_id("tenant", "acc-1")
        return role_id, issued

    role_id, issued = asyncio.run(scenario())
    assert role_id == "r-1" and issued == (SECRET, "acc-1")
    assert all(r.headers["X-Vault-Namespace"] == "org/t1" for r in seen)
    assert json.loads(seen[-1].content) == {"secret_id_accessor": "acc-1"}
    assert not any(SECRET in record.getMessage() for record in caplog.records)
    shown = repr(AppRoleCredentials("org/t1", "approle", "tenant", role_id, SECRET, "acc-1"))
    assert SECRET not in shown and "r-1" in shown


def test_an_answer_without_a_secret_id_is_a_bad_response() -> None:
    role = "auth/approle/role/tenant"
    auth = api({("POST", f"{role}/secret-id"): httpx.Response(200, json={"data": {}})}, [])
    with pytest.raises(errors.BadResponse) as info:
        asyncio.run(auth.generate_approle_secret_id("tenant"))
    assert "secret_id" in str(info.value)
