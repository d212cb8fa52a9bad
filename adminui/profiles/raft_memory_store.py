"""The last Raft membership and applied indexes seen of each cluster, kept locally under
``<data dir>/raft-memory/<cluster>.json`` so that a recovery plan can be made after a
restart of the console, when the cluster can no longer say it (F28)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from adminui.core.recovery_plan import RaftMemory
from adminui.profiles.paths import default_data_dir


class RaftMemoryStore:
    """One JSON file per cluster, replaced atomically."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or default_data_dir()) / "raft-memory"

    def _path(self, cluster: str) -> Path:
        # Profile names are free text: the file is named by a digest of it.
        digest = hashlib.sha256(cluster.encode("utf-8")).hexdigest()[:24]
        return self.root / f"{digest}.json"

    def load(self, cluster: str) -> RaftMemory:
        """What is remembered of ``cluster`` (nothing when unreadable or never seen)."""
        try:
            data = json.loads(self._path(cluster).read_text(encoding="utf-8"))
            memory = RaftMemory.from_dict(data)
        except (OSError, ValueError, TypeError, KeyError):
            return RaftMemory(cluster)
        return memory if memory.cluster == cluster else RaftMemory(cluster)

    def save(self, memory: RaftMemory) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".memory-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(memory.to_dict(), handle, indent=1)
            os.replace(tmp, self._path(memory.cluster))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
