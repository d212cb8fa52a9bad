"""VaultTransport over httpx.MockTransport: headers, timeouts, retries, redirects, errors."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import json
import logging
import ssl
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from adminui.api import errors
from adminui.api.transport import RetryPolicy, Timeouts, VaultTransport, make_ssl_context
from adminui.api.vault import VaultClient

T = TypeVar("T")
TOKEN = "hvs.TOPSECRET-token-0123456789"
NODE = "http://bao-standby:8200"
LEADER = "http://bao-leader:8200"
Handler = Callable[[httpx.Request], httpx.Response]


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


class Fake:
    """A scripted server: answers in order, records every request that reached it."""

    def __init__(self, *answers: httpx.Response | Handler | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def transport(fake: Fake, sleeps: Sleeps | None = None, **options: Any) -> VaultTransport:
    client = httpx.AsyncClient(transport=httpx.MockTransport(fake))
    sleep = sleeps if sleeps is not None else Sleeps()
    options.setdefault("peers", (LEADER,))
    return VaultTransport(NODE, token=TOKEN, client=client, sleep=sleep, **options)


def answer(status: int, body: Any = None, **headers: str) -> httpx.Response:
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


def expect(exc_type: type[errors.VaultError], coro: Coroutine[Any, Any, Any]) -> Any:
    """Run ``coro``, expect ``exc_type``, and check the token is nowhere in the error."""
    with pytest.raises(exc_type) as info:
        run(coro)
    exc: BaseException | None = info.value
    while exc is not None:
        assert TOKEN not in str(exc) and TOKEN not in repr(exc)
        exc = exc.__cause__ or exc.__context__
    assert info.value.user_message.endswith(".")
    return info.value


@pytest.fixture(autouse=True)
def _token_never_logged(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


# -- headers and basics ----------------------------------------------------------------


def test_token_namespace_and_timeouts_are_sent_per_call() -> None:
    fake = Fake(answer(200, {"data": {}}))
    t = transport(fake, timeouts=Timeouts(connect=1.5, read=4.0, total=9.0))
    response = run(t.request("GET", "secret/data/x", namespace="/a/b/"))
    sent = fake.requests[0]
    assert sent.headers["X-Vault-Token"] == TOKEN
    assert sent.headers["X-Vault-Namespace"] == "a/b"
    assert sent.url == "http://bao-standby:8200/v1/secret/data/x"
    assert sent.extensions["timeout"]["connect"] == 1.5
    assert sent.extensions["timeout"]["read"] == 4.0
    assert response.node == NODE and response.status == 200
    run(t.request("GET", "sys/leader", authenticated=False))
    assert "X-Vault-Namespace" not in fake.requests[1].headers
    assert "X-Vault-Token" not in fake.requests[1].headers


def test_list_and_scan_are_custom_verbs() -> None:
    fake = Fake(answer(200, {"data": {"keys": []}}))
    t = transport(fake)
    run(t.request("LIST", "sys/namespaces"))
    run(t.request("SCAN", "sys/namespaces"))
    assert [r.method for r in fake.requests] == ["LIST", "SCAN"]


def test_no_forwarding_header_only_when_asked() -> None:
    fake = Fake(answer(204))
    run(transport(fake).request("GET", "x"))
    run(transport(fake, request_forwarding=False).request("GET", "x"))
    assert "X-Vault-No-Request-Forwarding" not in fake.requests[0].headers
    assert fake.requests[1].headers["X-Vault-No-Request-Forwarding"] == "true"


def test_repr_never_shows_the_token() -> None:
    t = transport(Fake(answer(204)))
    assert TOKEN not in repr(t) and "token=set" in repr(t)
    assert TOKEN not in repr(VaultClient(t, "a"))
    t.set_token(None)
    assert "token=unset" in repr(t) and not t.has_token


def test_set_token_changes_the_header() -> None:
    fake = Fake(answer(204))
    t = transport(fake)
    t.set_token("other")
    run(t.request("GET", "x"))
    assert fake.requests[0].headers["X-Vault-Token"] == "other"


# -- 429 and backoff -------------------------------------------------------------------


def test_429_with_retry_after_waits_that_long_then_succeeds() -> None:
    fake = Fake(answer(429, {"errors": ["rate limit quota exceeded"]}, **{"Retry-After": "2"}))
    fake.answers.append(answer(200, {"data": {"ok": True}}))
    sleeps = Sleeps()
    response = run(transport(fake, sleeps).request("GET", "kv/data/x"))
    assert response.status == 200
    assert sleeps == [2.0]
    assert len(fake.requests) == 2


def test_429_without_header_backs_off_exponentially_and_gives_up() -> None:
    fake = Fake(answer(429, {"errors": ["rate limit quota exceeded"]}))
    sleeps = Sleeps()
    policy = RetryPolicy(max_attempts=5, base_delay=0.25, max_delay=1.0)
    exc = expect(errors.RateLimited, transport(fake, sleeps, retry=policy).request("GET", "x"))
    assert len(fake.requests) == 5  # attempts capped
    assert sleeps == [0.25, 0.5, 1.0, 1.0]  # doubling, capped, never zero
    assert exc.retry_after is None and exc.status == 429
    assert exc.errors == ("rate limit quota exceeded",)
    assert "try again shortly" in exc.user_message


def test_retry_after_never_shortens_our_backoff() -> None:
    fake = Fake(answer(429, None, **{"Retry-After": "0"}))
    sleeps = Sleeps()
    expect(errors.RateLimited, transport(fake, sleeps).request("GET", "x"))
    assert sleeps == [0.5, 1.0, 2.0]
    assert all(s > 0 for s in sleeps)


def test_retry_after_beyond_the_cap_gives_up_at_once_with_the_wait() -> None:
    fake = Fake(answer(429, None, **{"Retry-After": "60"}))
    sleeps = Sleeps()
    exc = expect(errors.RateLimited, transport(fake, sleeps).request("POST", "x", json={}))
    assert len(fake.requests) == 1 and sleeps == []
    assert exc.retry_after == 60.0
    assert "60 s" in exc.user_message


def test_retry_after_as_http_date() -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=3)
    header = email.utils.format_datetime(when, usegmt=True)
    fake = Fake(answer(429, None, **{"Retry-After": header}), answer(204))
    sleeps = Sleeps()
    run(transport(fake, sleeps).request("GET", "x"))
    assert len(sleeps) == 1 and 1.0 <= sleeps[0] <= 3.0


def test_garbage_retry_after_falls_back_to_backoff() -> None:
    fake = Fake(answer(429, None, **{"Retry-After": "soon"}), answer(204))
    sleeps = Sleeps()
    run(transport(fake, sleeps).request("GET", "x"))
    assert sleeps == [0.5]


def test_accepted_429_is_returned_not_retried() -> None:
    fake = Fake(answer(429, {"standby": True}))
    sleeps = Sleeps()
    response = run(transport(fake, sleeps).request("GET", "sys/health", accept=(429,)))
    assert response.status == 429 and sleeps == [] and len(fake.requests) == 1


# -- status codes → errors -------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (400, {"errors": ["missing policy"]}, errors.BadRequest),
        (405, {"errors": ["unsupported operation"]}, errors.BadRequest),
        (401, {"errors": ["permission denied"]}, errors.PermissionDenied),
        (403, {"errors": ["permission denied"]}, errors.PermissionDenied),
        (404, {"errors": []}, errors.NotFound),
        (409, {"errors": ["conflict"]}, errors.Conflict),
        (412, {"errors": ["index not yet applied"]}, errors.Conflict),
        (500, {"errors": ["internal error"]}, errors.ServerError),
        (502, {"errors": ["bad gateway"]}, errors.ServerError),
        (503, {"errors": ["Vault is sealed"]}, errors.Sealed),
        (503, {"sealed": True}, errors.Sealed),
        (
            503,
            {"errors": ['API access to this namespace has been locked by an administrator - "a/"']},
            errors.NamespaceLocked,
        ),
        (
            500,
            {"errors": ["local node not active but active cluster node not found"]},
            errors.NoLeader,
        ),
        (302, {}, errors.BadResponse),
    ],
)
def test_status_codes_map_to_typed_errors(
    status: int, body: Any, error: type[errors.VaultError]
) -> None:
    fake = Fake(answer(status, body))
    exc = expect(error, transport(fake).request("GET", "sys/policies/acl/x", namespace="a"))
    assert exc.status == status
    assert exc.method == "GET"
    assert exc.url == f"{NODE}/v1/sys/policies/acl/x"
    assert exc.node == NODE
    assert exc.errors == tuple(body.get("errors", ()))


def test_policy_parse_error_keeps_the_server_message_with_line_numbers() -> None:
    message = "failed to parse policy: At 3:1: error parsing list, expected comma or list end"
    fake = Fake(answer(400, {"errors": [message]}))
    exc = expect(errors.BadRequest, transport(fake).request("PUT", "sys/policies/acl/p"))
    assert exc.errors == (message,)
    assert "At 3:1" in exc.user_message and "At 3:1" in str(exc)


def test_a_server_message_echoing_the_token_is_scrubbed() -> None:
    fake = Fake(answer(400, {"errors": [f"bad token {TOKEN}"]}))
    exc = expect(errors.BadRequest, transport(fake).request("GET", "x"))
    assert exc.errors == ("bad token ***",)


def test_html_error_page_is_kept_as_detail() -> None:
    fake = Fake(httpx.Response(502, text="<html>Bad Gateway from proxy</html>"))
    exc = expect(errors.ServerError, transport(fake).request("GET", "x"))
    assert "Bad Gateway from proxy" in exc.detail and exc.errors == ()


# -- bodies ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content", [b"<html>not json</html>", b'{"data": {"keys": ["a"', b"\xff\xfe", b"[" * 100_000]
)
def test_non_json_truncated_and_deep_bodies_are_bad_responses(content: bytes) -> None:
    fake = Fake(httpx.Response(200, content=content))
    response = run(transport(fake).request("GET", "x"))
    with pytest.raises(errors.BadResponse) as info:
        response.json()
    assert info.value.node == NODE and info.value.status == 200


def test_empty_body_is_an_empty_object() -> None:
    assert run(transport(Fake(answer(204))).request("DELETE", "x")).json() == {}


def test_body_cut_by_the_server_is_a_bad_response() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"data": '
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")

    fake = Fake(lambda request: httpx.Response(200, content=chunks()))
    exc = expect(errors.BadResponse, transport(fake).request("GET", "x"))
    assert "truncated" in exc.detail


def test_slow_body_hits_the_overall_deadline() -> None:
    async def trickle() -> AsyncIterator[bytes]:
        yield b"{"
        await asyncio.sleep(5)
        yield b"}"

    fake = Fake(lambda request: httpx.Response(200, content=trickle()))
    t = transport(fake, timeouts=Timeouts(connect=0.1, read=0.1, total=0.2))
    exc = expect(errors.Timeout, t.request("GET", "x"))
    assert exc.node == NODE and "0.2 s" in exc.detail


# -- transport failures ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "error"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), errors.Unreachable),
        (httpx.ConnectError("[Errno -2] Name or service not known"), errors.Unreachable),
        (httpx.ConnectTimeout("timed out"), errors.Timeout),
        (httpx.ReadTimeout("timed out"), errors.Timeout),
        (httpx.PoolTimeout("timed out"), errors.Timeout),
        (httpx.ReadError("connection reset"), errors.Unreachable),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            errors.Unreachable,
        ),
        (
            httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
            errors.TLSError,
        ),
    ],
)
def test_transport_failures_map_to_typed_errors(
    raised: Exception, error: type[errors.VaultError]
) -> None:
    exc = expect(error, transport(Fake(raised)).request("GET", "sys/health"))
    assert exc.node == NODE and exc.method == "GET" and exc.status is None


def test_ssl_error_in_the_cause_chain_is_a_tls_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        try:
            raise ssl.SSLCertVerificationError("verify failed")
        except ssl.SSLError as exc:
            raise httpx.ConnectError("handshake failed") from exc

    expect(errors.TLSError, transport(Fake(handler)).request("GET", "x"))


def test_connection_refused_on_a_real_socket_is_unreachable(unused_port: int) -> None:
    async def go() -> None:
        async with VaultTransport(
            f"http://127.0.0.1:{unused_port}", token=TOKEN, timeouts=Timeouts(1, 1, 3)
        ) as t:
            await t.request("GET", "sys/health")

    exc = expect(errors.Unreachable, go())
    assert exc.node == f"http://127.0.0.1:{unused_port}"
    assert str(unused_port) in exc.user_message


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- 307 from a standby ----------------------------------------------------------------


def _standby_then_leader(status_on_leader: int = 200) -> Fake:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "bao-standby":
            location = f"{LEADER}{request.url.raw_path.decode()}"
            return httpx.Response(307, headers={"Location": location})
        return answer(status_on_leader, {"data": {"keys": ["x"]}})

    return Fake(handler)


@pytest.mark.parametrize("method", ["GET", "LIST", "SCAN"])
def test_reads_follow_307_to_the_leader_and_say_who_answered(method: str) -> None:
    fake = _standby_then_leader()
    response = run(transport(fake).request(method, "sys/ha-status", namespace="a"))
    assert response.node == LEADER and response.redirected_from == NODE
    assert [r.url.host for r in fake.requests] == ["bao-standby", "bao-leader"]
    assert all(r.method == method for r in fake.requests)
    assert fake.requests[1].headers["X-Vault-Namespace"] == "a"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_writes_never_follow_307(method: str) -> None:
    fake = _standby_then_leader()
    exc = expect(errors.StandbyRedirect, transport(fake).request(method, "sys/policies/acl/p"))
    assert len(fake.requests) == 1
    assert exc.location == f"{LEADER}/v1/sys/policies/acl/p"
    assert exc.leader == LEADER and exc.node == NODE and exc.status == 307
    assert LEADER in exc.user_message
    assert isinstance(exc, errors.Standby)


def test_redirect_loops_are_bounded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"Location": str(request.url)})

    fake = Fake(handler)
    expect(errors.StandbyRedirect, transport(fake, max_redirects=2).request("GET", "x"))
    assert len(fake.requests) == 3


def test_redirect_from_https_to_http_is_not_followed() -> None:
    fake = Fake(httpx.Response(307, headers={"Location": f"{LEADER}/v1/x"}))
    client = httpx.AsyncClient(transport=httpx.MockTransport(fake))
    t = VaultTransport("https://bao-standby:8200", token=TOKEN, client=client, peers=[LEADER])
    exc = expect(errors.StandbyRedirect, t.request("GET", "x"))
    assert "https" in exc.detail and len(fake.requests) == 1


def test_redirect_to_a_dead_leader_is_unreachable_on_the_leader() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "bao-leader":
            raise httpx.ConnectError("[Errno 111] Connection refused")
        return httpx.Response(307, headers={"Location": f"{LEADER}/v1/sys/ha-status"})

    exc = expect(errors.Unreachable, transport(Fake(handler)).request("GET", "sys/ha-status"))
    assert exc.node == LEADER


# -- read-only mode --------------------------------------------------------------------


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_read_only_refuses_changes_before_sending(method: str) -> None:
    fake = Fake(answer(204))
    exc = expect(errors.ReadOnlyViolation, transport(fake, read_only=True).request(method, "sys/x"))
    assert fake.requests == []
    assert exc.method == method and exc.node == NODE


def test_read_only_refuses_area_writes_before_sending() -> None:
    fake = Fake(answer(204))
    vault = VaultClient(transport(fake, read_only=True))
    for call in (
        vault.policies.write("p", 'path "x" {}'),
        vault.sys.step_down(),
        vault.namespaces.create("a"),
        vault.kv("kv").write("x", {"a": 1}),
        vault.database("db").rotate_role("r"),
        vault.sys.unseal("key"),
    ):
        expect(errors.ReadOnlyViolation, call)
    assert fake.requests == []


def test_read_only_allows_reads_and_capability_queries() -> None:
    fake = Fake(answer(200, {"data": {"keys": ["a"], "x": ["read"]}}))
    vault = VaultClient(transport(fake, read_only=True))
    assert run(vault.policies.list()).keys == ("a",)
    assert run(vault.token.capabilities_self(["x"])).of("x") == ("read",)
    run(vault.transport.request("SCAN", "sys/namespaces"))
    assert [r.method for r in fake.requests] == ["LIST", "POST", "SCAN"]


# -- TLS and client construction -------------------------------------------------------


def test_default_context_is_the_os_trust_store() -> None:
    import truststore

    assert isinstance(make_ssl_context(), truststore.SSLContext)


def test_missing_ca_bundle_is_a_tls_error(tmp_path: Path) -> None:
    with pytest.raises(errors.TLSError):
        make_ssl_context(tmp_path / "missing.pem")


def test_owned_client_is_closed_injected_client_is_not() -> None:
    async def go() -> tuple[bool, bool]:
        owned = VaultTransport("http://127.0.0.1:1", token=TOKEN)
        await owned.aclose()
        injected_client = httpx.AsyncClient(transport=httpx.MockTransport(Fake(answer(204))))
        injected = VaultTransport(NODE, client=injected_client)
        await injected.aclose()
        closed = injected_client.is_closed
        await injected_client.aclose()
        return owned._client.is_closed, closed

    assert run(go()) == (True, False)


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "adminui-test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    directory = tmp_path_factory.mktemp("tls")
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


async def _tls_request(cert: Path, key: Path, **options: Any) -> dict[str, Any]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            body = json.dumps({"initialized": True}).encode()
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=context)
    port = server.sockets[0].getsockname()[1]
    try:
        async with VaultTransport(
            f"https://127.0.0.1:{port}", token=TOKEN, timeouts=Timeouts(2, 2, 5), **options
        ) as t:
            return dict((await t.request("GET", "sys/init")).json())
    finally:
        server.close()
        await server.wait_closed()


def test_untrusted_certificate_is_a_tls_error(tls_files: tuple[Path, Path]) -> None:
    exc = expect(errors.TLSError, _tls_request(*tls_files))
    assert "could not be verified" in exc.user_message


def test_profile_ca_bundle_is_trusted(tls_files: tuple[Path, Path]) -> None:
    assert run(_tls_request(*tls_files, ca_bundle=tls_files[0])) == {"initialized": True}


def test_insecure_switch_skips_verification(tls_files: tuple[Path, Path]) -> None:
    assert run(_tls_request(*tls_files, insecure=True)) == {"initialized": True}


def test_an_answer_over_the_size_limit_is_not_read() -> None:
    big = {"data": {"keys": ["x" * 100] * 50}}  # about 5 kB of JSON
    ok = run(transport(Fake(answer(200, big)), max_response_bytes=64_000).request("GET", "a"))
    assert ok.json() == big
    exc = expect(
        errors.BadResponse,
        transport(Fake(answer(200, big)), max_response_bytes=1_000).request("GET", "a"),
    )
    assert "larger than" in exc.detail
    # A declared length over the limit is refused before the body is read.
    declared = httpx.Response(200, content=b"{}", headers={"Content-Length": "999999999"})
    expect(errors.BadResponse, transport(Fake(declared)).request("GET", "a"))


def test_a_compressed_answer_is_limited_by_its_decoded_size() -> None:
    import gzip

    body = json.dumps({"data": {"blob": "0" * 200_000}}).encode()
    packed = httpx.Response(200, content=gzip.compress(body), headers={"Content-Encoding": "gzip"})
    assert len(gzip.compress(body)) < 2_000
    expect(
        errors.BadResponse,
        transport(Fake(packed), max_response_bytes=100_000).request("GET", "a"),
    )


@pytest.mark.parametrize(
    ("seconds", "says"),
    [
        (None, "try again shortly"),
        (5, "try again in 5 s"),
        (600, "try again in 10 min"),
        (3 * 3600, "try again in 3 h"),
        (604800, "asks to wait 7 days; check the rate-limit quotas"),
    ],
)
def test_a_retry_after_is_said_in_a_unit_a_person_reads(seconds: float | None, says: str) -> None:
    assert says in errors.RateLimited(retry_after=seconds).user_message
