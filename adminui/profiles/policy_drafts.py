"""Local policy drafts (autosaved, survive a crash) and the history of saved versions.

Files live under the platformdirs user data directory (``ADMINUI_DATA_DIR`` overrides
it): ``policy-drafts/<key>.json`` holds the one draft of a policy, and
``policy-history/<key>.jsonl`` one line per version saved from the console. Writes
are atomic (temporary file + rename), so a crash leaves the old or the new file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from adminui.profiles.paths import default_data_dir

DRAFTS_DIR = "policy-drafts"
HISTORY_DIR = "policy-history"


@dataclass(frozen=True)
class PolicyKey:
    """A policy of one cluster profile: profile name, namespace ('' = root), policy name."""

    profile: str
    namespace: str
    name: str

    @property
    def digest(self) -> str:
        """A file-name-safe identity of the key."""
        raw = json.dumps([self.profile, self.namespace.strip("/"), self.name])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Draft:
    """Unsaved editor text; ``base`` is the server text it was started from."""

    key: PolicyKey
    text: str
    base: str
    saved_at: float


@dataclass(frozen=True)
class HistoryEntry:
    """One version saved to the server from the console."""

    key: PolicyKey
    version: int
    text: str
    saved_at: float
    node: str = ""


def _write_atomic(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _key_of(data: dict[str, object]) -> PolicyKey:
    return PolicyKey(str(data["profile"]), str(data["namespace"]), str(data["name"]))


class DraftStore:
    """One draft per policy, kept until it is saved to the server or discarded."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or default_data_dir()) / DRAFTS_DIR

    def _path(self, key: PolicyKey) -> Path:
        return self.root / f"{key.digest}.json"

    def save(self, key: PolicyKey, text: str, base: str) -> Draft:
        draft = Draft(key, text, base, time.time())
        record = {**asdict(key), "text": text, "base": base, "saved_at": draft.saved_at}
        _write_atomic(self._path(key), json.dumps(record, ensure_ascii=False))
        return draft

    def load(self, key: PolicyKey) -> Draft | None:
        """The draft of ``key``; None when there is none or the file is unreadable."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return Draft(
                _key_of(data), str(data["text"]), str(data["base"]), float(data["saved_at"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def discard(self, key: PolicyKey) -> None:
        self._path(key).unlink(missing_ok=True)

    def all(self) -> list[Draft]:
        """Every readable draft, newest first."""
        drafts: list[Draft] = []
        for path in self.root.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                drafts.append(
                    Draft(
                        _key_of(data), str(data["text"]), str(data["base"]), float(data["saved_at"])
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)


class PolicyHistory:
    """Every version of a policy saved from the console, oldest first."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or default_data_dir()) / HISTORY_DIR

    def _path(self, key: PolicyKey) -> Path:
        return self.root / f"{key.digest}.jsonl"

    def record(self, key: PolicyKey, text: str, node: str = "") -> HistoryEntry:
        """Append a saved version and return it."""
        version = len(self.entries(key)) + 1
        entry = HistoryEntry(key, version, text, time.time(), node)
        line = json.dumps(
            {
                **asdict(key),
                "version": version,
                "text": text,
                "saved_at": entry.saved_at,
                "node": node,
            },
            ensure_ascii=False,
        )
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        return entry

    def entries(self, key: PolicyKey) -> list[HistoryEntry]:
        """The saved versions of ``key`` (a torn last line from a crash is skipped)."""
        try:
            lines = self._path(key).read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        entries: list[HistoryEntry] = []
        for line in lines:
            try:
                data = json.loads(line)
                entries.append(
                    HistoryEntry(
                        _key_of(data),
                        int(data["version"]),
                        str(data["text"]),
                        float(data["saved_at"]),
                        str(data.get("node", "")),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue
        return entries
