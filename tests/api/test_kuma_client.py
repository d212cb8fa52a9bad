"""KUMA client against httpx.MockTransport: every operation and every error path."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adminui.api import kuma
from adminui.api.kuma import (
    PAGE_SIZE,
    KumaAuthError,
    KumaBadRequest,
    KumaBadResponse,
    KumaClient,
    KumaClusterNotReady,
    KumaConflict,
    KumaError,
    KumaNoQuorum,
    KumaNotFound,
    KumaServerError,
    KumaTimeout,
    KumaTimeouts,
    KumaUnreachable,
    ServiceFilter,
)
from adminui.core.audit import AuditEvent

T = TypeVar("T")
TOKEN = "s3cr3t-token-value"
BASE = "https://core-1.lab:7223"
Handler = Callable[[httpx.Request], httpx.Response]


def run(handler: Handler, action: Callable[[KumaClient], Awaitable[T]]) -> T:
    async def go() -> T:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = KumaClient(BASE, TOKEN, client=http, timeouts=KumaTimeouts(1.5, 4.0))
            return await action(client)

    return asyncio.run(go())


def service(i: int | str, **extra: Any) -> dict[str, Any]:
    return {"id": f"svc-{i}", "kind": "storage", "name": f"s{i}", "status": "green", **extra}


def test_list_services_follows_every_page_with_filters_and_token() -> None:
    seen: list[httpx.Request] = []
    sizes = {1: PAGE_SIZE, 2: PAGE_SIZE, 3: 3}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params["page"])
        return httpx.Response(200, json=[service(f"{page}-{i}") for i in range(sizes[page])])

    filters = ServiceFilter(ids=["a", "b"], kinds=["core"], name="^c", fqdn="lab$", paired=True)
    found = run(handler, lambda c: c.list_services(filters))
    assert len(found) == 2 * PAGE_SIZE + 3
    assert [r.url.params["page"] for r in seen] == ["1", "2", "3"]
    first = seen[0]
    assert first.url.path == "/api/v3/services"
    assert first.url.params.get_list("id") == ["a", "b"]
    assert first.url.params["kind"] == "core" and "paired" in first.url.params
    assert first.headers["Authorization"] == f"Bearer {TOKEN}"


def test_list_services_stops_on_an_empty_page_and_on_null() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        calls.append(page)
        body = [service(f"{page}-{i}") for i in range(PAGE_SIZE)] if page == 1 else None
        return httpx.Response(200, json=body)

    assert len(run(handler, lambda c: c.list_services())) == PAGE_SIZE
    assert calls == [1, 2]


def test_a_server_that_ignores_page_is_a_bad_response() -> None:
    full = [service(i) for i in range(PAGE_SIZE)]
    with pytest.raises(KumaBadResponse, match="same page"):
        run(lambda _r: httpx.Response(200, json=full), lambda c: c.list_services())


def test_services_parse_tolerantly() -> None:
    body = [
        {"id": "x", "status": "GREEN", "uptime": "42", "apiPort": 7223, "future": {"a": 1}},
        {"id": "y", "uptime": 3.0, "status": "teal", "tenantName": None},
    ]
    x, y = run(lambda _r: httpx.Response(200, json=body), lambda c: c.list_services())
    assert (x.colour, x.uptime, x.api_port, x.name, x.fqdn) == ("green", 42, "7223", "", "")
    assert (y.colour, y.uptime, y.tenant_name) == ("unknown", 3, "")


@pytest.mark.parametrize(
    "body",
    [
        {"id": "x"},
        [{"id": "x", "name": ["not", "text"]}],
        [{"name": "no id"}],
        [{"id": "x", "uptime": [1]}],
        ["just a string"],
    ],
)
def test_wrong_shapes_are_bad_responses(body: Any) -> None:
    with pytest.raises(KumaBadResponse) as caught:
        run(lambda _r: httpx.Response(200, json=body), lambda c: c.list_services())
    assert caught.value.method == "GET" and "/api/v3/services" in caught.value.url


def test_non_json_success_is_a_bad_response() -> None:
    def handler(_r: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>login</html>")

    with pytest.raises(KumaBadResponse, match="not JSON") as caught:
        run(handler, lambda c: c.tenants())
    assert caught.value.status == 200


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (400, {"message": "invalid authorization header"}, KumaAuthError),
        (401, {"message": "unauthorized"}, KumaAuthError),
        (403, {"message": "access denied"}, KumaAuthError),
        (404, {"message": "service not found", "details": "x"}, KumaNotFound),
        (409, {"message": "already exists"}, KumaConflict),
        (503, {"message": "request dropped as the cluster is not ready"}, KumaClusterNotReady),
        (
            500,
            {"message": "failed to lookup: can't serve requests, not enough healthy nodes"},
            KumaNoQuorum,
        ),
        (500, {"message": "boom"}, KumaServerError),
        (502, "<html>bad gateway</html>", KumaServerError),
        (400, {"message": "resourceID is required"}, KumaBadRequest),
        (418, ["odd"], KumaBadRequest),
    ],
)
def test_errors_are_typed(status: int, body: Any, kind: type[KumaError]) -> None:
    def handler(_r: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body)
        return httpx.Response(status, json=body)

    with pytest.raises(kind) as caught:
        run(handler, lambda c: c.reload_service("x"))
    error = caught.value
    assert error.status == status and error.method == "POST"
    assert error.url == f"{BASE}/api/v3/services/x/reload"
    if isinstance(body, dict):
        assert error.message == body["message"] and error.details == body.get("details")
    assert TOKEN not in str(error) + repr(error)


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ReadTimeout("slow"), KumaTimeout),
        (httpx.ConnectTimeout("slow"), KumaTimeout),
        (httpx.ConnectError("refused"), KumaUnreachable),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            KumaUnreachable,
        ),
        (httpx.RemoteProtocolError("illegal status line"), KumaBadResponse),
    ],
)
def test_transport_failures(exc: Exception, kind: type[KumaError]) -> None:
    def handler(_r: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(kind) as caught:
        run(handler, lambda c: c.whoami())
    assert caught.value.status is None and TOKEN not in str(caught.value)


def test_every_request_carries_connect_and_read_timeouts() -> None:
    timeouts: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json={"id": "u"})

    run(handler, lambda c: c.whoami())
    assert timeouts[0]["connect"] == 1.5 and timeouts[0]["read"] == 4.0


def test_create_reload_restart_delete_requests() -> None:
    seen: list[tuple[str, str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        seen.append((request.method, request.url.raw_path.decode(), body))
        if request.url.path.endswith("/create"):
            return httpx.Response(200, json=service("new", **body))
        return httpx.Response(200, json={})

    async def scenario(c: KumaClient) -> kuma.Service:
        created = await c.create_service("res", kind="core", fqdn="core-2.lab")
        await c.reload_service("a/b")
        await c.restart_service("a b")
        await c.delete_service("z")
        return created

    created = run(handler, scenario)
    assert created.id == "svc-new" and created.fqdn == "core-2.lab"
    assert seen == [
        (
            "POST",
            "/api/v3/services/create",
            {"resourceID": "res", "kind": "core", "fqdn": "core-2.lab"},
        ),
        ("POST", "/api/v3/services/a%2Fb/reload", None),
        ("POST", "/api/v3/services/a%20b/restart", None),
        ("DELETE", "/api/v3/services/z", None),
    ]


def test_tenants_and_whoami() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v3/tenants":
            return httpx.Response(
                200, json=[{"id": "t", "name": "Main", "main": True, "epsLimit": "100", "extra": 1}]
            )
        return httpx.Response(
            200, json={"id": "u", "login": "admin", "roles": ["admin", {"name": "analyst"}]}
        )

    (tenant,) = run(handler, lambda c: c.tenants())
    assert tenant.main and tenant.eps_limit == 100 and not tenant.shared
    user = run(handler, lambda c: c.whoami())
    assert user.login == "admin" and user.roles == ("admin", "analyst")


HEALTH = {
    "id": "0000", "fqdn": "core-1.lab", "role": "leader", "term": 4, "commit_index": 10,
    "applied_index": 9, "leader": "h:1", "leader_id": "0000", "has_quorum": True,
    "self": "h:1", "peers": [{"address": "h:2", "connected": False, "id": None}],
    "version": "x",
}  # fmt: skip


def test_probe_reads_the_health_endpoint_without_the_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=HEALTH)

    probe = run(handler, lambda c: c.probe_raft("http://core-1.lab:7208/health"))
    assert (probe.role, probe.term, probe.commit_index, probe.applied_index) == (
        "leader", 4, 10, 9,
    )  # fmt: skip
    assert probe.peers == (kuma.RaftPeer("h:2", False, None),) and probe.known
    assert "Authorization" not in seen[0].headers


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, text="404 page not found"),
        httpx.Response(405),
        httpx.Response(200, text="OK"),
        httpx.Response(200, json={"status": "ok"}),
    ],
)
def test_probe_without_raft_health_is_role_unknown(answer: httpx.Response) -> None:
    probe = run(lambda _r: answer, lambda c: c.probe_raft("http://h:7208/"))
    assert probe.role == "unknown" and not probe.known and probe.term is None


def test_probe_of_a_port_that_does_not_speak_http_is_unknown() -> None:
    def handler(_r: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("illegal status line")

    assert run(handler, lambda c: c.probe_raft("http://h:7209/health")).role == "unknown"


def test_probe_errors() -> None:
    def refused(_r: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(KumaUnreachable):
        run(refused, lambda c: c.probe_raft("http://h:1/health"))
    with pytest.raises(KumaServerError):
        run(lambda _r: httpx.Response(500, text="x"), lambda c: c.probe_raft("http://h/health"))
    bad = {**HEALTH, "term": "four"}
    assert (
        run(lambda _r: httpx.Response(200, json=bad), lambda c: c.probe_raft("http://h/")).term
        is None
    )
    worse = {**HEALTH, "peers": "none"}
    with pytest.raises(KumaBadResponse):
        run(lambda _r: httpx.Response(200, json=worse), lambda c: c.probe_raft("http://h/"))


def test_own_client_is_closed_and_repr_hides_the_token() -> None:
    async def go() -> str:
        async with KumaClient(BASE, TOKEN) as client:
            return repr(client)

    assert TOKEN not in asyncio.run(go())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(
    ["id", "name", "kind", "status", "uptime", "roles", "peers", "role", "term", "main",
     "eps", "has_quorum", "apiPort", "connected", "address", "x"]
)  # fmt: skip
json_objects = st.dictionaries(field_names, json_values, max_size=8)
anything = json_values | json_objects | st.lists(json_objects, max_size=3)


@settings(max_examples=300, deadline=None)
@given(anything)
def test_parsers_raise_only_kuma_errors(data: Any) -> None:
    parsers = (kuma.parse_services, kuma.parse_service, kuma.parse_tenants, kuma.parse_user,
               kuma.parse_raft_probe)  # fmt: skip
    for parser in parsers:
        with contextlib.suppress(KumaError):
            parser(data)


def test_an_answer_over_the_size_limit_is_a_bad_response() -> None:
    def handler(_r: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[service(i) for i in range(PAGE_SIZE - 1)])

    async def limited(size: int) -> list[Any]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = KumaClient(BASE, TOKEN, client=http, max_response_bytes=size)
            return await client.list_services()

    with pytest.raises(KumaBadResponse, match="larger than") as caught:
        asyncio.run(limited(2_000))
    assert TOKEN not in str(caught.value)
    assert len(asyncio.run(limited(10_000_000))) == PAGE_SIZE - 1


def test_writes_are_reported_to_the_audit_sink_and_reads_are_not() -> None:
    events: list[AuditEvent] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE" and request.url.path.endswith("/gone"):
            return httpx.Response(404, json={"message": "not found"})
        if request.url.path.endswith("/create"):
            return httpx.Response(200, json=service("new-1"))
        return httpx.Response(200, json=[])

    async def actions() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = KumaClient(BASE, TOKEN, client=http, audit=events.append)
            await client.list_services()
            await client.create_service("res-1", fqdn="core-2.lab")
            await client.delete_service("new-1")
            with pytest.raises(KumaNotFound):
                await client.delete_service("gone")
            # A sink that fails does not fail the change.
            client.audit = lambda _event: (_ for _ in ()).throw(OSError("disk full"))
            await client.restart_service("new-1")

    asyncio.run(actions())
    assert [(e.method, e.path, e.result, e.status, e.error) for e in events] == [
        ("POST", "api/v3/services/create", "ok", 200, ""),
        ("DELETE", "api/v3/services/new-1", "ok", 200, ""),
        ("DELETE", "api/v3/services/gone", "error", 404, "KumaNotFound"),
    ]
    assert all(e.node == BASE for e in events)
    assert all(TOKEN not in repr(e) for e in events)
