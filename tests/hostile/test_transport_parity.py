"""Both dialects (OpenBao/Vault and KUMA Core) behave the same against hostile loopback
servers: TLS (OS store plus the profile's CA, typed TLS errors), proxies from the
environment ignored, read-only refused before sending, 429 with ``Retry-After``, the
token scrubbed from every error, and redirects followed only to the cluster's own nodes.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import ssl
import zlib
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from adminui.api import errors
from adminui.api.kuma import KumaClient, KumaTimeouts
from adminui.api.transport import RetryPolicy, Timeouts, VaultTransport, origin_of
from adminui.core.cluster import ClusterKind
from adminui.monitor.cluster_monitor import ClusterMonitor
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.store import Profile
from tests.api.test_vault_transport import tls_files  # noqa: F401 (fixture)
from tests.hostile.server import Answer, HostileServer, Seen

T = TypeVar("T")
TOKEN = "hostile-test-token-7f3a9c51"
FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=8.0)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


@dataclass(frozen=True)
class Dialect:
    """How a test reads and writes with one kind of client."""

    name: str
    ok_body: Any
    make: Callable[..., Any]
    read: Callable[[Any], Awaitable[Any]]
    write: Callable[[Any], Awaitable[Any]]
    echo: Callable[[Seen], Any]  # an error body that repeats the token header

    def __str__(self) -> str:
        return self.name


def _bao(url: str, **options: Any) -> VaultTransport:
    options.setdefault("retry", FAST_RETRY)
    return VaultTransport(url, token=TOKEN, timeouts=Timeouts(2, 2, 5), **options)


def _core(url: str, **options: Any) -> KumaClient:
    options.setdefault("retry", FAST_RETRY)
    return KumaClient(url, TOKEN, timeouts=KumaTimeouts(2, 2), **options)


OPENBAO = Dialect(
    "openbao",
    {"data": {}},
    _bao,
    lambda c: c.request("GET", "sys/ha-status"),
    lambda c: c.request("PUT", "sys/policies/acl/p", json={"policy": ""}),
    lambda seen: {"errors": [f"bad token: {seen.headers.get('x-vault-token')}"]},
)
KUMA = Dialect(
    "kuma",
    [],
    _core,
    lambda c: c.tenants(),
    lambda c: c.delete_service("svc-1"),
    lambda seen: {
        "message": f"invalid authorization header {seen.headers.get('authorization')}",
        "details": {"received": [seen.headers.get("authorization")]},
    },
)
DIALECTS = [pytest.param(OPENBAO, id="openbao"), pytest.param(KUMA, id="kuma")]


def answering(dialect: Dialect) -> Callable[[Seen], Answer]:
    return lambda _seen: Answer(200, dialect.ok_body)


async def close(client: Any) -> None:
    await client.aclose()


async def requests_of_a_read(dialect: Dialect, script: Callable[[Seen], Answer]) -> list[Seen]:
    """What a server answering with ``script`` saw of one read."""
    async with HostileServer(script) as node:
        client = dialect.make(node.url)
        try:
            await dialect.read(client)
        finally:
            await close(client)
        return node.seen


# -- proxies -----------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS)
def test_proxies_from_the_environment_are_ignored(
    dialect: Dialect, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def go() -> tuple[list[Seen], list[Seen]]:
        async with (
            HostileServer(answering(dialect)) as proxy,
            HostileServer(answering(dialect)) as node,
        ):
            for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
                monkeypatch.setenv(name, proxy.url)
                monkeypatch.setenv(name.lower(), proxy.url)
            for name in ("NO_PROXY", "no_proxy"):
                monkeypatch.delenv(name, raising=False)
            client = dialect.make(node.url)
            try:
                await dialect.read(client)
            finally:
                await close(client)
            return proxy.seen, node.seen

    proxy_seen, node_seen = run(go())
    assert proxy_seen == []
    assert len(node_seen) == 1 and node_seen[0].carries(TOKEN)


# -- TLS ---------------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS)
def test_tls_trusts_the_profile_ca_and_names_an_untrusted_certificate(
    dialect: Dialect,
    tls_files: tuple[Path, Path],  # noqa: F811
) -> None:
    cert, key = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    async def go(**options: Any) -> Any:
        async with HostileServer(answering(dialect), tls=context) as node:
            client = dialect.make(node.url, **options)
            try:
                return await dialect.read(client)
            finally:
                await close(client)

    with pytest.raises(errors.TLSError) as caught:
        run(go())
    assert "could not be verified" in caught.value.user_message
    run(go(ca_bundle=str(cert)))  # the profile's CA is trusted
    run(go(insecure=True))  # and the explicit switch skips verification


# -- read-only ---------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS)
def test_read_only_refuses_changes_before_sending(dialect: Dialect) -> None:
    async def go() -> list[Seen]:
        async with HostileServer(answering(dialect)) as node:
            client = dialect.make(node.url, read_only=True)
            try:
                with pytest.raises(errors.ReadOnlyViolation):
                    await dialect.write(client)
                await dialect.read(client)  # reads still go through
            finally:
                await close(client)
            return node.seen

    seen = run(go())
    assert [s.method for s in seen] == ["GET"]


# -- 429 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS)
def test_429_is_retried_after_retry_after_and_an_absurd_wait_is_reported(
    dialect: Dialect,
) -> None:
    async def go(retry_after: str, then: Answer) -> list[Seen]:
        answers = [Answer(429, {}, {"Retry-After": retry_after}), then]

        def script(_seen: Seen) -> Answer:
            return answers.pop(0) if len(answers) > 1 else answers[0]

        return await requests_of_a_read(dialect, script)

    assert len(run(go("0.05", Answer(200, dialect.ok_body)))) == 2
    week = Answer(429, {}, {"Retry-After": "604800"})
    with pytest.raises(errors.RateLimited) as caught:
        run(go("604800", week))
    assert caught.value.retry_after == pytest.approx(604800)
    assert "asks to wait 7 days" in caught.value.user_message


# -- token scrubbing ---------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("status", [400, 403, 500])
def test_a_token_the_server_echoes_never_reaches_an_error(dialect: Dialect, status: int) -> None:
    async def go() -> errors.VaultError:
        async with HostileServer(lambda seen: Answer(status, dialect.echo(seen))) as node:
            client = dialect.make(node.url)
            try:
                await dialect.read(client)
            except errors.VaultError as exc:
                return exc
            finally:
                await close(client)
            raise AssertionError("the request did not fail")

    error = run(go())
    shown = [str(error), repr(error), str(error.user_message), error.server_message]
    shown.append(repr(getattr(error, "details", None)))
    shown.append(repr(getattr(error, "message", "")))
    assert all(TOKEN not in text for text in shown), shown


# -- redirects ---------------------------------------------------------------------------

#: Ways of spelling a Location that leads away from the cluster ({a}: the node that
#: answers, {b}: a server that is not one of the cluster's nodes).
OUTSIDE = [
    "http://127.0.0.1:{b}/v1/sys/ha-status",
    "//127.0.0.1:{b}/x",
    "HTTP://127.0.0.1:{b}/x",
    "http://localhost:{b}/x",
    "http://127.0.0.1.:{b}/x",
    "http://[::ffff:127.0.0.1]:{b}/x",
    "http://2130706433:{b}/x",
    "http://127.0.0.1:{a}@127.0.0.1:{b}/x",
    "http://user@127.0.0.1:{a}/x",
    "http://127.0.0.1:{a}\\@127.0.0.1:{b}/x",
    "http://127.0.0.1:{b}%2f@127.0.0.1:{a}/x",
    " http://127.0.0.1:{b}/x",
]
#: Locations no node could mean; the HTTP library itself refuses some (control
#: characters), which is a bad answer of that node.
MALFORMED = [
    "http://[::1",
    "http://127.0.0.1:99999999/",
    "http://127.0.0.1:abc/",
    "ftp://x/",
    "",
    "http://127.0.0.1:{b}\t/x",
]


async def _redirected(
    dialect: Dialect, location: str, *, peer_is_b: bool = False
) -> tuple[Any, list[Seen], list[Seen]]:
    async with HostileServer(answering(dialect)) as b:
        holder: dict[str, int] = {}

        def redirect(_seen: Seen) -> Answer:
            target = location.format(a=holder["a"], b=b.port)
            return Answer(307, {}, {"Location": target} if target else {})

        async with HostileServer(redirect) as a:
            holder["a"] = a.port
            peers = [b.url] if peer_is_b else []
            client = dialect.make(a.url, peers=peers)
            try:
                result: Any = await dialect.read(client)
            except errors.VaultError as exc:
                result = exc
            finally:
                await close(client)
            return result, a.seen, b.seen


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("location", OUTSIDE)
def test_a_redirect_away_from_the_cluster_is_never_followed(
    dialect: Dialect, location: str
) -> None:
    result, seen_a, seen_b = run(_redirected(dialect, location))
    assert isinstance(result, errors.StandbyRedirect), result
    assert seen_b == [] and len(seen_a) == 1
    assert TOKEN not in str(result) + repr(result)


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("location", MALFORMED)
def test_a_malformed_location_is_a_typed_error_of_that_node(
    dialect: Dialect, location: str
) -> None:
    result, seen_a, seen_b = run(_redirected(dialect, location))
    assert isinstance(result, errors.StandbyRedirect | errors.BadResponse), result
    assert seen_b == [] and len(seen_a) == 1


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_redirect_to_another_node_of_the_cluster_is_followed(dialect: Dialect) -> None:
    result, seen_a, seen_b = run(_redirected(dialect, "HTTP://127.0.0.1:{b}/x", peer_is_b=True))
    assert not isinstance(result, Exception), result
    assert len(seen_a) == 1 and len(seen_b) == 1 and seen_b[0].carries(TOKEN)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_change_is_never_redirected_even_to_a_peer(dialect: Dialect) -> None:
    async def go() -> tuple[list[Seen], list[Seen]]:
        async with HostileServer(answering(dialect)) as b:
            location = f"{b.url}/x"
            async with HostileServer(lambda _s: Answer(307, {}, {"Location": location})) as a:
                client = dialect.make(a.url, peers=[b.url])
                try:
                    with pytest.raises(errors.StandbyRedirect):
                        await dialect.write(client)
                finally:
                    await close(client)
                return a.seen, b.seen

    seen_a, seen_b = run(go())
    assert len(seen_a) == 1 and seen_b == []


def test_a_malformed_location_does_not_blind_the_cluster_refresh() -> None:
    """One node's broken redirect is that node's error; the tick still sees the others."""

    async def go() -> Any:
        def broken(_seen: Seen) -> Answer:
            return Answer(307, {}, {"Location": "http://[::1"})

        async with HostileServer(broken) as a, HostileServer(broken) as b:
            profile = Profile("hostile", ClusterKind.OPENBAO, (a.url, b.url))
            monitor = ClusterMonitor(ClusterConnection(profile, TOKEN))
            try:
                return await monitor.tick()
            finally:
                await monitor.aclose()

    tick = run(go())
    assert len(tick.snapshot.nodes) == 2


def test_every_spelling_of_one_node_is_one_origin() -> None:
    assert origin_of("HTTP://LocalHost.:80/x") == origin_of("http://localhost/y")
    assert origin_of("https://[::0:1]:443") == origin_of("https://[::1]")
    assert origin_of("http://u@h/") is None and origin_of("http://h:abc/") is None
    assert origin_of("http://h\\@evil/") is None and origin_of("file:///etc/passwd") is None


# -- compressed answers ------------------------------------------------------------------


def _deflate(data: bytes, raw: bool) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


async def _compressed(dialect: Dialect, body: bytes, encoding: str, limit: int) -> Any:
    answer = Answer(200, body, {"Content-Encoding": encoding, "Content-Type": "application/json"})
    async with HostileServer(lambda _seen: answer) as node:
        client = dialect.make(node.url, max_response_bytes=limit)
        try:
            return await dialect.read(client)
        except errors.VaultError as exc:
            return exc
        finally:
            await close(client)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_compression_bomb_is_cut_at_the_limit_of_its_decoded_size(dialect: Dialect) -> None:
    bomb = gzip.compress(b"[" + b" " * (64 * 1024 * 1024) + b"]", compresslevel=9)
    assert len(bomb) < 128 * 1024  # 64 MiB of answer in under 128 KiB on the wire
    result = run(_compressed(dialect, bomb, "gzip", 1024 * 1024))
    assert isinstance(result, errors.BadResponse), result
    assert "larger than 1 MiB" in result.detail


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", lambda data: _deflate(data, raw=False)),
        ("deflate", lambda data: _deflate(data, raw=True)),
        ("gzip", lambda data: gzip.compress(data[:3]) + gzip.compress(data[3:])),
    ],
)
def test_gzip_and_deflate_answers_are_read(
    dialect: Dialect, encoding: str, pack: Callable[[bytes], bytes]
) -> None:
    body = json.dumps(dialect.ok_body).encode()
    result = run(_compressed(dialect, pack(body), encoding, 1024 * 1024))
    assert not isinstance(result, Exception), result


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(
    ("encoding", "body", "says"),
    [
        ("br", b"\x1b\x00", "does not read (br)"),
        ("gzip, gzip", gzip.compress(gzip.compress(b"{}")), "does not read"),
        ("gzip", b"\x1f\x8b\x08\x00broken", "corrupt"),
    ],
)
def test_unknown_or_corrupt_compression_is_a_bad_response(
    dialect: Dialect, encoding: str, body: bytes, says: str
) -> None:
    result = run(_compressed(dialect, body, encoding, 1024 * 1024))
    assert isinstance(result, errors.BadResponse), result
    assert says in result.detail


@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_console_asks_only_for_encodings_it_can_bound(dialect: Dialect) -> None:
    seen = run(requests_of_a_read(dialect, answering(dialect)))
    assert seen[0].headers["accept-encoding"] == "gzip, deflate"
