"""The Raft snapshots this console saved, kept locally: one JSON record per snapshot
under ``<data dir>/snapshots`` (the snapshot itself is where the user chose to save it).

One file per record, written atomically, so two consoles saving at once never lose each
other's records. A record names the cluster (profile), when, which node led, the file,
its size and SHA-256; a restore checks the file against it.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from adminui.profiles.paths import default_data_dir


@dataclass(frozen=True)
class SnapshotRecord:
    """One saved snapshot."""

    id: str
    cluster: str
    saved_at: float
    leader: str
    path: str
    size_bytes: int
    sha256: str

    def age_s(self, now: float | None = None) -> float:
        return max(0.0, (time.time() if now is None else now) - self.saved_at)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> SnapshotRecord:
        return cls(
            id=str(data["id"]),
            cluster=str(data["cluster"]),
            saved_at=float(data["saved_at"]),  # type: ignore[arg-type]
            leader=str(data.get("leader", "")),
            path=str(data["path"]),
            size_bytes=int(data["size_bytes"]),  # type: ignore[call-overload]
            sha256=str(data["sha256"]),
        )


def new_snapshot_id(saved_at: float) -> str:
    """A record id that sorts by time and never collides between consoles."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(saved_at))
    return f"{stamp}-{secrets.token_hex(4)}"


class SnapshotList:
    """Saved snapshot records, newest first."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or default_data_dir()) / "snapshots"

    def add(self, record: SnapshotRecord) -> None:
        """Write ``record`` (OSError, e.g. a full disk, reaches the caller)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".snapshot-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(record), handle, indent=1)
            os.replace(tmp, self.root / f"{record.id}.json")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def records(self, cluster: str | None = None) -> list[SnapshotRecord]:
        """Every readable record (of ``cluster`` when given), newest first; unreadable
        files are skipped (the list is a convenience, the snapshots are the files)."""
        if not self.root.is_dir():
            return []
        found: list[SnapshotRecord] = []
        for path in self.root.glob("*.json"):
            try:
                record = SnapshotRecord.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, KeyError):
                continue
            if cluster is None or record.cluster == cluster:
                found.append(record)
        found.sort(key=lambda r: (r.saved_at, r.id), reverse=True)
        return found

    def latest(self, cluster: str) -> SnapshotRecord | None:
        found = self.records(cluster)
        return found[0] if found else None

    def for_file(self, path: Path) -> SnapshotRecord | None:
        """The newest record of the snapshot saved at ``path``, if this console saved it."""
        wanted = str(path.resolve())
        return next((r for r in self.records() if r.path == wanted), None)
