"""Raft snapshots over the transport: an answer streamed to a sink past the size limit,
a body streamed from chunks (sent whole again after a 429), and a save that breaks
half-way leaving no file behind."""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from adminui.api import errors
from adminui.api.transport import RetryPolicy, VaultTransport
from adminui.api.vault import VaultClient
from adminui.core.cluster import ClusterKind
from adminui.monitor.connection import ClusterConnection
from adminui.monitor.snapshot_service import SnapshotProblem, SnapshotService
from adminui.profiles.snapshot_list import SnapshotList
from adminui.profiles.store import Profile

NODE = "http://127.0.0.1:8200"
TOKEN = "hvs.SNAPSHOT-secret-token-123"
BIG = bytes(range(256)) * (12 * 1024)  # 3 MiB


def client_for(handler: Any, **options: Any) -> VaultClient:
    transport = VaultTransport(
        NODE,
        token=TOKEN,
        client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        sleep=lambda _s: asyncio.sleep(0),
        **options,
    )
    return VaultClient(transport)


def test_a_snapshot_larger_than_the_answer_limit_reaches_the_sink_whole() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/sys/storage/raft/snapshot"
        return httpx.Response(200, content=BIG)

    received = bytearray()

    async def main() -> None:
        async with client_for(handler, max_response_bytes=1024 * 1024) as vault:
            await vault.raft.save_snapshot(received.extend)

    asyncio.run(main())
    assert bytes(received) == BIG


def test_a_refused_snapshot_writes_nothing_to_the_sink() -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"errors": ["permission denied"]})

    received = bytearray()

    async def main() -> None:
        async with client_for(handler) as vault:
            await vault.raft.save_snapshot(received.extend)

    with pytest.raises(errors.PermissionDenied):
        asyncio.run(main())
    assert received == bytearray()


def test_a_restore_streams_the_file_and_sends_it_whole_again_after_a_429() -> None:
    bodies: list[bytes] = []
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        paths.append(request.url.path)
        assert request.headers["content-type"] == "application/octet-stream"
        if len(bodies) == 1:
            return httpx.Response(429, headers={"retry-after": "0"})
        return httpx.Response(204)

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(BIG), 100_000):
            yield BIG[start : start + 100_000]

    async def main() -> None:
        async with client_for(handler, retry=RetryPolicy(max_attempts=3)) as vault:
            await vault.raft.restore_snapshot(chunks, force=True)

    asyncio.run(main())
    assert bodies == [BIG, BIG]
    assert paths == ["/v1/sys/storage/raft/snapshot-force"] * 2


class _OnePool:
    """Stands in for the window's node pool: every node gets the one mock client."""

    def __init__(self, handler: Any) -> None:
        self.http = httpx.AsyncClient(transport=httpx.MockTransport(handler))

    def client(self, _node: str, _profile: Profile) -> httpx.AsyncClient:
        return self.http


class _BreaksHalfWay(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield BIG[: len(BIG) // 2]
        raise httpx.ReadError("connection reset by peer")


def service_for(handler: Any, tmp_path: Path, *, read_only: bool = False) -> SnapshotService:
    profile = Profile("own", ClusterKind.OPENBAO, (NODE,), read_only=read_only)
    events: list[Any] = []
    connection = ClusterConnection(profile, TOKEN, audit=events.append)
    connection._pool = _OnePool(handler)  # type: ignore[assignment]
    return SnapshotService(connection, SnapshotList(tmp_path / "data"))


def leader_or(body: httpx.Response) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/sys/leader":
            return httpx.Response(200, json={"ha_enabled": True, "leader_address": NODE})
        return body

    return handler


def test_a_save_that_breaks_half_way_leaves_no_file_and_keeps_the_older_one(
    tmp_path: Path,
) -> None:
    target = tmp_path / "cluster.snap"
    target.write_bytes(b"an older snapshot")
    service = service_for(leader_or(httpx.Response(200, stream=_BreaksHalfWay())), tmp_path)
    with pytest.raises(errors.VaultError):
        asyncio.run(service.save(target))
    assert target.read_bytes() == b"an older snapshot"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cluster.snap"]
    assert service.records() == []


def test_a_save_records_size_hash_and_leader_and_a_changed_file_is_not_restored(
    tmp_path: Path,
) -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            sent.append(request.read())
            return httpx.Response(204)
        return leader_or(httpx.Response(200, content=BIG))(request)

    service = service_for(handler, tmp_path)
    target = tmp_path / "cluster.snap"
    seen: list[int] = []
    record = asyncio.run(service.save(target, seen.append))
    assert (record.size_bytes, record.sha256) == (len(BIG), hashlib.sha256(BIG).hexdigest())
    assert record.leader == NODE and record.cluster == "own"
    assert seen[-1] == len(BIG) and target.read_bytes() == BIG
    assert service.latest() == record
    asyncio.run(service.restore(target))
    assert sent == [BIG]
    target.write_bytes(BIG[:-1] + b"x")  # the file was changed since it was saved
    with pytest.raises(SnapshotProblem, match="changed since it was saved"):
        asyncio.run(service.restore(target))
    assert sent == [BIG]


def test_a_full_disk_says_so_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = service_for(leader_or(httpx.Response(200, content=BIG)), tmp_path)
    target = tmp_path / "cluster.snap"
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def write(self, _data: bytes) -> int:
            raise OSError(28, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    def fdopen_full(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, mode, *args, **kwargs)
        return FullDisk(handle) if mode == "wb" else handle  # the snapshot, not its record

    monkeypatch.setattr(os, "fdopen", fdopen_full)
    with pytest.raises(SnapshotProblem, match="No space left on device"):
        asyncio.run(service.save(target))
    assert list(tmp_path.glob("cluster.snap*")) == []


def test_a_read_only_profile_refuses_a_restore_before_sending(tmp_path: Path) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(204)

    source = tmp_path / "some.snap"
    source.write_bytes(BIG)
    service = service_for(handler, tmp_path, read_only=True)
    with pytest.raises(errors.ReadOnlyViolation):
        asyncio.run(service.restore(source))
    assert "POST" not in sent
