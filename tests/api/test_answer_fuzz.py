"""Server answers the other fuzz tests do not cover: only typed errors come out.

Covers the error mapping of both clients (any status, any body, any Retry-After), the
body decoding of a VaultResponse, and the parsers of ``sys/auth``, namespace SCAN
entries and Prometheus metrics.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adminui.api import errors, kuma
from adminui.api.errors import BadResponse, VaultError
from adminui.api.transport import RetryPolicy, VaultResponse, VaultTransport
from adminui.api.vault_auth import parse_auth_mounts
from adminui.api.vault_namespaces import parse_namespace_entries
from adminui.core.metrics import parse_prometheus

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["errors", "data", "keys", "key_info", "type", "message", "sealed"])
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.sampled_from([b"", b"{", b"[]", b'{"errors": "x"}', b"\xff\xfe", b"<html>502</html>"]),
)
statuses = st.integers(min_value=100, max_value=599)
retry_afters = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["1", "-3", "1e400", "nan", "Wed, 21 Oct 2015 07:28:00 GMT", "Sun, 99 Foo"]),
)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(status=statuses, body=bodies, retry_after=retry_afters)
def test_vault_transport_maps_any_answer_to_a_typed_outcome(
    status: int, body: bytes, retry_after: str | None
) -> None:
    def answer(_request: httpx.Request) -> httpx.Response:
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        try:
            return httpx.Response(status, content=body, headers=headers)
        except UnicodeEncodeError:
            return httpx.Response(status, content=body)

    async def sleep(_seconds: float) -> None:
        return None

    async def go() -> None:
        client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        transport = VaultTransport(
            "http://bao:8200",
            token="s.fuzz-token-abcdefgh",
            client=client,
            retry=RetryPolicy(max_attempts=2),
            sleep=sleep,
        )
        try:
            response = await transport.request("GET", "sys/health", accept=(429, 503))
            with contextlib.suppress(BadResponse):
                response.json()
        except VaultError as exc:
            assert exc.user_message and "s.fuzz-token-abcdefgh" not in str(exc)
        finally:
            await client.aclose()

    asyncio.run(go())


@FUZZ
@given(body=bodies)
def test_vault_response_json_raises_only_bad_response(body: bytes) -> None:
    response = VaultResponse("GET", "http://n/v1/x", "http://n", 200, httpx.Headers(), body)
    with contextlib.suppress(BadResponse):
        response.json()


@FUZZ
@given(status=statuses, body=bodies)
def test_vault_error_for_is_always_a_vault_error(status: int, body: bytes) -> None:
    transport = VaultTransport("http://bao:8200", client=httpx.AsyncClient())
    response = VaultResponse("PUT", "http://n/v1/x", "http://n", status, httpx.Headers(), body)
    error = transport.error_for(response)
    assert isinstance(error, errors.VaultError) and error.user_message
    asyncio.run(transport._client.aclose())


@FUZZ
@given(status=statuses.filter(lambda s: s >= 300), body=bodies)
def test_kuma_error_for_is_always_a_kuma_error(status: int, body: bytes) -> None:
    url = "http://core:7223/api/v3/x"
    response = VaultResponse("GET", url, "http://core:7223", status, httpx.Headers(), body)
    error = kuma.error_for(response)
    assert isinstance(error, kuma.KumaError) and str(error) and error.user_message


@FUZZ
@given(status=statuses, body=bodies)
def test_kuma_client_maps_any_answer_to_a_typed_outcome(status: int, body: bytes) -> None:
    def answer(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body)

    async def go() -> None:
        client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        api = kuma.KumaClient("http://core:7223", "fuzz-core-token-123", client=client)
        try:
            for call in (api.whoami, api.tenants, api.list_services):
                with contextlib.suppress(kuma.KumaError):
                    await call()
            with contextlib.suppress(kuma.KumaError):
                await api.probe_raft("http://core:7224/health")
        finally:
            await client.aclose()

    asyncio.run(go())


@FUZZ
@given(body=json_values)
def test_auth_mounts_and_namespace_entries_raise_only_bad_response(body: Any) -> None:
    for candidate in (body, {"data": body}, {"data": {"keys": body, "key_info": body}}):
        with contextlib.suppress(BadResponse):
            parse_auth_mounts(candidate, "http://n")
        with contextlib.suppress(BadResponse):
            parse_namespace_entries(candidate, "http://n", base="a/b")


@FUZZ
@given(
    text=st.text(max_size=300)
    | st.lists(
        st.sampled_from(
            [
                "# HELP x y",
                'vault_route_read_t1_sys__count{quantile="0.5"} 3',
                'a{b="c\\"d"} 1e3',
                "x NaN",
                "y +Inf 123",
                'z{="} 1',
                "vault_quota 1 2 3 4",
            ]
        ),
        max_size=8,
    ).map("\n".join)
)
def test_prometheus_parser_never_raises(text: str) -> None:
    samples = parse_prometheus(text)
    assert isinstance(samples, list)
