"""Local policy drafts (autosaved, survive a crash) and the history of saved versions.

Files live under the platformdirs user data directory (``ADMINUI_DATA_DIR`` overrides
it): ``policy-drafts/<key>.<owner>.json`` holds the draft of a policy written by one
draft store (one console's editor), and ``policy-history/<key>.jsonl`` one line per
version saved from the console. Two consoles editing the same policy keep a draft each:
one's autosave never overwrites the other's and one's save never deletes the other's.
A draft whose console is gone (killed, crashed) is taken over by the next editor that
opens the policy. Writes are atomic (temporary file + rename), so a crash leaves the old
or the new file; temporary files a kill left behind are removed when a store starts.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from adminui.profiles.paths import default_data_dir

DRAFTS_DIR = "policy-drafts"
HISTORY_DIR = "policy-history"
#: A temporary file this old in the drafts folder is a leftover of a killed console.
STALE_TEMP_S = 60.0


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


def _read_draft(path: Path) -> Draft | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Draft(_key_of(data), str(data["text"]), str(data["base"]), float(data["saved_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _owner_alive(owner: str) -> bool:
    """Whether the console that wrote a draft (``<pid>-<random>``) still runs."""
    pid, _, _rest = owner.partition("-")
    if not pid.isdigit():
        return False  # a draft of an earlier version, with no owner
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DraftStore:
    """The drafts of one editor (``owner``), kept until saved to the server or discarded;
    it also sees, and takes over when their console is gone, the drafts of others."""

    def __init__(self, root: Path | None = None, owner: str | None = None) -> None:
        self.root = (root or default_data_dir()) / DRAFTS_DIR
        self.owner = owner or f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._remove_leftovers()

    def _remove_leftovers(self) -> None:
        cutoff = time.time() - STALE_TEMP_S
        for path in self.root.glob(".tmp-*"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
            except OSError:
                continue

    def _path(self, key: PolicyKey) -> Path:
        return self.root / f"{key.digest}.{self.owner}.json"

    def _others(self, key: PolicyKey) -> list[tuple[Path, str]]:
        """Drafts of ``key`` written by other owners: (file, owner; '' for an old one)."""
        own = self._path(key)
        found = []
        for path in self.root.glob(f"{key.digest}*.json"):
            if path == own:
                continue
            parts = path.name.split(".")
            found.append((path, parts[1] if len(parts) == 3 else ""))
        return found

    def save(self, key: PolicyKey, text: str, base: str) -> Draft:
        draft = Draft(key, text, base, time.time())
        record = {**asdict(key), "text": text, "base": base, "saved_at": draft.saved_at}
        _write_atomic(self._path(key), json.dumps(record, ensure_ascii=False))
        return draft

    def load(self, key: PolicyKey) -> Draft | None:
        """This editor's draft of ``key``, else the newest other one (taken over when its
        console is gone); None when there is none or none is readable."""
        own = _read_draft(self._path(key))
        if own is not None:
            return own
        others = [
            (d, path, owner)
            for path, owner in self._others(key)
            if (d := _read_draft(path)) is not None
        ]
        if not others:
            return None
        draft, path, owner = max(others, key=lambda item: item[0].saved_at)
        if not _owner_alive(owner):
            with contextlib.suppress(OSError):  # its console is gone: this one keeps it
                os.replace(path, self._path(key))
        return draft

    def discard(self, key: PolicyKey) -> None:
        """Drop this editor's draft of ``key`` (never another console's)."""
        self._path(key).unlink(missing_ok=True)

    def all(self) -> list[Draft]:
        """Every readable draft (every owner's), newest first."""
        drafts = [d for path in self.root.glob("*.json") if (d := _read_draft(path)) is not None]
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
