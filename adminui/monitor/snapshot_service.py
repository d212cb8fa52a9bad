"""Raft snapshots of an OpenBao/Vault cluster (F26): save to a file, restore from one.

A snapshot is streamed to ``<file>.part`` next to the file chosen, hashed (SHA-256) and
counted as it arrives, flushed to disk, and only then renamed to the name chosen: a
failed or cancelled save (a full disk, a node that goes away) leaves no file that looks
complete, and an earlier file of that name stays as it was. Each save is recorded in the
local snapshot list with its cluster, time and leader, and in the audit log. A restore
checks the file against its record when this console saved it, and streams it to the
cluster. Nothing here imports Qt.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

from adminui.api.errors import VaultError
from adminui.core.audit import AuditEvent
from adminui.core.capability_rules import allows_all
from adminui.core.sentence import Sentence
from adminui.monitor.connection import ClusterConnection
from adminui.profiles.snapshot_list import SnapshotList, SnapshotRecord, new_snapshot_id

#: Bytes read from a snapshot file per chunk sent.
CHUNK_BYTES = 256 * 1024
SNAPSHOT_PATH = "sys/storage/raft/snapshot"

#: Told how many bytes have been saved or sent so far (called on the loop's thread).
Progress = Callable[[int], None]


class SnapshotProblem(Exception):
    """A snapshot that cannot be saved or restored as asked; the message is a sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.user_message = message


@dataclass(frozen=True)
class RestoreCheck:
    """What is known about a file before it is restored."""

    path: Path
    size_bytes: int
    record: SnapshotRecord | None  # None: not saved by this console


def _why(exc: OSError) -> str:
    """Why a file could not be written, as the system says it ("No space left…")."""
    return exc.strerror or type(exc).__name__


def _no_progress(_done: int) -> None:
    pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


class SnapshotService:
    """Saves and restores the Raft snapshots of ``connection``'s cluster."""

    def __init__(self, connection: ClusterConnection, snapshots: SnapshotList | None = None):
        self.connection = connection
        self.snapshots = snapshots or SnapshotList()

    @property
    def cluster(self) -> str:
        return self.connection.profile.name

    def latest(self) -> SnapshotRecord | None:
        """The newest snapshot this console saved of the cluster."""
        return self.snapshots.latest(self.cluster)

    def records(self) -> list[SnapshotRecord]:
        return self.snapshots.records(self.cluster)

    async def save(self, target: Path, progress: Progress = _no_progress) -> SnapshotRecord:
        """Stream a snapshot into ``target``; its record (size, SHA-256, leader)."""
        target = target.expanduser().resolve()
        if not target.parent.is_dir():
            raise SnapshotProblem(Sentence("The folder {0} does not exist.", str(target.parent)))
        partial = target.with_name(target.name + ".part")
        digest = hashlib.sha256()
        written = 0
        leader = ""
        async with self.connection.vault() as vault:
            try:
                leader = (await vault.sys.leader()).leader_address
            except VaultError:
                leader = ""  # recorded as unknown; the save itself says what is wrong
            try:
                # A snapshot holds every secret: only its owner may read the file.
                handle = os.fdopen(
                    os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb"
                )
            except OSError as exc:
                raise SnapshotProblem(
                    Sentence("The snapshot cannot be written to {0}: {1}.", str(target), _why(exc))
                ) from exc
            try:

                def sink(chunk: bytes) -> None:
                    nonlocal written
                    handle.write(chunk)
                    digest.update(chunk)
                    written += len(chunk)
                    progress(written)

                try:
                    ack = await vault.raft.save_snapshot(sink)
                except VaultError as exc:
                    self._audit("GET", ack_node=exc.node or "", status=exc.status, error=exc)
                    raise
                handle.flush()
                await asyncio.to_thread(os.fsync, handle.fileno())
                handle.close()
                if written == 0:
                    raise SnapshotProblem(Sentence("The node sent an empty snapshot."))
                os.replace(partial, target)
            except OSError as exc:
                handle.close()
                partial.unlink(missing_ok=True)
                raise SnapshotProblem(
                    Sentence(
                        "The snapshot could not be written to {0}: {1}. Nothing was kept.",
                        str(target),
                        _why(exc),
                    )
                ) from exc
            except BaseException:
                handle.close()
                partial.unlink(missing_ok=True)
                raise
        saved_at = time.time()
        record = SnapshotRecord(
            new_snapshot_id(saved_at),
            self.cluster,
            saved_at,
            leader,
            str(target),
            written,
            digest.hexdigest(),
        )
        self._audit("GET", ack_node=ack.node, status=ack.status)
        try:
            self.snapshots.add(record)
        except OSError as exc:
            raise SnapshotProblem(
                Sentence(
                    "The snapshot was saved to {0}, but the local list of snapshots could "
                    "not record it: {1}.",
                    str(target),
                    _why(exc),
                )
            ) from exc
        return record

    def before_path(self, what: str) -> Path:
        """Where a snapshot taken before ``what`` (a step-down, a drill…) goes: a private
        folder of the console's data, named by cluster, action and time."""
        folder = self.snapshots.root / "files"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", self.cluster).strip("-") or "cluster"
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return folder / f"{slug}-before-{what}-{stamp}.snap"

    async def save_before(self, what: str, progress: Progress = _no_progress) -> SnapshotRecord:
        """A fresh snapshot before a risky change, saved without asking where."""
        try:
            target = self.before_path(what)
        except OSError as exc:
            raise SnapshotProblem(
                Sentence(
                    "The snapshot cannot be written to {0}: {1}.",
                    str(self.snapshots.root),
                    _why(exc),
                )
            ) from exc
        return await self.save(target, progress)

    async def check(self, source: Path) -> RestoreCheck:
        """The file to restore, checked: it exists, is not empty, and when this console
        saved it, it is unchanged (same SHA-256); its record says which cluster it was
        taken of."""
        source = source.expanduser().resolve()
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise SnapshotProblem(
                Sentence("The snapshot {0} cannot be read: {1}", str(source), exc.strerror or "")
            ) from None
        if size == 0:
            raise SnapshotProblem(Sentence("The snapshot {0} is empty.", str(source)))
        record = self.snapshots.for_file(source)
        if record is not None:
            actual = await asyncio.to_thread(sha256_of, source)
            if actual != record.sha256:
                raise SnapshotProblem(
                    Sentence(
                        "The snapshot {0} changed since it was saved (its SHA-256 differs); "
                        "it is not restored.",
                        str(source),
                    )
                )
        return RestoreCheck(source, size, record)

    async def restore(
        self, source: Path, *, force: bool = False, progress: Progress = _no_progress
    ) -> None:
        """Replace the cluster's whole store with the snapshot in ``source``.

        ``force`` restores a snapshot taken on a cluster with other unseal keys
        (``snapshot-force``). Read-only profiles are refused before anything is sent.
        """
        checked = await self.check(source)
        sent = 0

        async def chunks() -> AsyncIterator[bytes]:
            nonlocal sent
            sent = 0
            with checked.path.open("rb") as handle:
                while chunk := await asyncio.to_thread(handle.read, CHUNK_BYTES):
                    sent += len(chunk)
                    progress(sent)
                    yield chunk

        async with self.connection.vault() as vault:
            await vault.raft.restore_snapshot(chunks, force=force)

    def _audit(
        self, method: str, *, ack_node: str, status: int | None, error: VaultError | None = None
    ) -> None:
        """Saving reads; it is still recorded in the audit log like a change."""
        if self.connection.audit is None:
            return
        self.connection.audit(
            AuditEvent(
                method,
                SNAPSHOT_PATH,
                ack_node,
                "",
                status,
                "",
                "ok" if error is None else "error",
                "" if error is None else type(error).__name__,
            )
        )


@dataclass(frozen=True)
class SnapshotRights:
    """What the token may do with snapshots (from ``sys/capabilities-self``)."""

    save: bool
    restore: bool
    force: bool


async def snapshot_rights(connection: ClusterConnection) -> SnapshotRights:
    """Whether the token may save (``read``), restore and force-restore (``update``)."""
    force_path = SNAPSHOT_PATH + "-force"
    async with connection.vault() as vault:
        caps = await vault.token.capabilities_self([SNAPSHOT_PATH, force_path])
    plain = caps.of(SNAPSHOT_PATH)
    return SnapshotRights(
        save=allows_all(plain, {"read"}),
        restore=allows_all(plain, {"update"}),
        force=allows_all(caps.of(force_path), {"update"}),
    )
