"""The local audit log file: hash-chained JSON lines under the user data directory.

``$ADMINUI_DATA_DIR/audit/audit.jsonl`` (or the platform's user data directory). One
:class:`AuditLog` per file; :meth:`AuditLog.recorder` gives the callable the API
transport calls for every write (``VaultTransport(audit=...)``). Appends are serialised
by a lock (the asyncio thread and the GUI thread may both write) and flushed line by
line. No Qt here.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

from adminui.core.audit import (
    KEYED_FORMAT_VERSION,
    AuditEvent,
    AuditRecord,
    ChainedEntry,
    LogEnd,
    Verification,
    last_hash,
    parse_line,
    seal,
    verify,
)
from adminui.profiles.paths import default_data_dir

AUDIT_DIR = "audit"
AUDIT_FILE = "audit.jsonl"
#: Beside the log: how many entries it held and its last hash when last written.
END_SUFFIX = ".end"
#: Beside the log: the file whose lock serialises appends across processes.
LOCK_SUFFIX = ".lock"
#: How far back from the end the last line is looked for before reading the whole file.
_TAIL_BYTES = 64 * 1024
#: Below this much free space on the log's disk, changes are refused (they could not be
#: recorded; an entry is well under 1 KiB).
MIN_FREE_BYTES = 1024 * 1024
#: Beside the log: a last line cut short (a crash or a full disk mid-write), kept aside.
TORN_SUFFIX = ".torn"

log = logging.getLogger(__name__)


def current_user() -> str:
    """The operator's login name ('unknown' when the system cannot tell)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class _ProfileRecorder:
    """Records one profile's changes; ``problem()`` says why it could not right now
    (the transport asks before it sends a change)."""

    def __init__(self, log: AuditLog, profile: str, who: str, clock: Callable[[], float]) -> None:
        self.log, self.profile, self.who, self.clock = log, profile, who, clock

    def __call__(self, event: AuditEvent) -> None:
        self.log.append(
            AuditRecord.of(event, time=self.clock(), who=self.who, profile=self.profile)
        )

    def problem(self) -> str:
        return self.log.problem()


class AuditLog:
    """Appends to, reads, verifies and exports one audit log file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_data_dir() / AUDIT_DIR / AUDIT_FILE
        self.end_path = self.path.with_name(self.path.name + END_SUFFIX)
        self._lock = threading.Lock()
        self._cached_key: bytes | None = None
        self._key_loaded = False
        self._file_lock = FileLock(
            self.path.with_name(self.path.name + LOCK_SUFFIX), mode=0o600, thread_local=False
        )

    def read_lines(self) -> list[str]:
        """The file's lines as they are (for display; tampered lines included)."""
        with self._lock:
            return self._lines()

    def _lines(self) -> list[str]:
        try:
            with self.path.open(encoding="utf-8", errors="replace", newline="") as handle:
                return handle.read().splitlines()
        except FileNotFoundError:
            return []

    def append(self, record: AuditRecord) -> ChainedEntry:
        """Chain ``record`` after the last line and write it (file mode 0600).

        The end of the log is read again under the file lock, so an entry another
        writer (another cluster's connection, another console) appended meanwhile is
        chained to, never forked from.
        """
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._file_lock:
                self._cut_torn_tail()
                prev, count = self._current_end()
                entry = seal(record, prev, self._key())
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as handle:
                    handle.write(entry.to_line() + "\n")
                    handle.flush()
                self._write_end(LogEnd(count + 1, entry.hash))
                return entry

    def _key(self) -> bytes | None:
        """The log's key from the keyring (looked up once; None without a keyring)."""
        if not self._key_loaded:
            from adminui.profiles.secrets import audit_key

            self._cached_key = audit_key()
            self._key_loaded = True
        return self._cached_key

    def recover(self) -> str:
        """Set aside a last line that a crash or a full disk cut short, so the chain
        verifies again and the next entry follows the last whole one. Returns what was
        set aside ('' when nothing was)."""
        with self._lock:
            if not self.path.exists():
                return ""
            with self._file_lock:
                return self._cut_torn_tail()

    def _cut_torn_tail(self) -> str:
        """(Under the locks.) Move an unterminated last line to the ``.torn`` file."""
        try:
            with self.path.open("rb+") as handle:
                size = handle.seek(0, os.SEEK_END)
                if size == 0:
                    return ""
                handle.seek(size - 1)
                if handle.read(1) == b"\n":
                    return ""
                start = max(0, size - _TAIL_BYTES)
                handle.seek(start)
                tail = handle.read()
                cut = tail.rfind(b"\n") + 1
                if cut == 0 and start > 0:
                    return ""  # a torn line longer than any entry: leave it to Verify
                torn = tail[cut:]
                aside = self.path.with_name(self.path.name + TORN_SUFFIX)
                fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                with os.fdopen(fd, "ab") as kept:
                    kept.write(torn + b"\n")
                handle.truncate(start + cut)
        except FileNotFoundError:
            return ""
        log.warning("set aside a torn last line of the audit log (%d bytes)", len(torn))
        return torn.decode("utf-8", errors="replace")

    def _current_end(self) -> tuple[str, int]:
        """The hash the next entry chains to and how many entries the file holds.

        The recorded end is trusted when the file's last line is the entry it names
        (one short read from the end); otherwise the whole file is read.
        """
        recorded = self.recorded_end()
        tail = self._last_line()
        if recorded is not None and tail is not None and last_hash([tail]) == recorded.hash:
            return recorded.hash, recorded.entries
        lines = self._lines()
        return last_hash(lines), sum(1 for line in lines if line.strip())

    def _last_line(self) -> str | None:
        """The last non-empty line of the file (None when empty, missing or too long)."""
        try:
            with self.path.open("rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - _TAIL_BYTES))
                chunk = handle.read()
        except FileNotFoundError:
            return None
        lines = [line for line in chunk.split(b"\n") if line.strip()]
        if not lines or (len(lines) == 1 and size > _TAIL_BYTES):
            return None
        return lines[-1].decode("utf-8", errors="replace")

    def _write_end(self, end: LogEnd) -> None:
        temporary = self.end_path.with_name(self.end_path.name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(end.to_json())
        os.replace(temporary, self.end_path)

    def recorded_end(self) -> LogEnd | None:
        """Where the log ended when this console last wrote it (None before the first
        write, or when the record is unreadable)."""
        try:
            return LogEnd.from_json(self.end_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, UnicodeDecodeError):
            return None

    def recorder(
        self,
        profile: str,
        who: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> Callable[[AuditEvent], None]:
        """What the API transport calls with each write of ``profile``'s connections."""
        return _ProfileRecorder(self, profile, who or current_user(), clock)

    def problem(self) -> str:
        """Why a change could not be recorded now ('' when it can): its folder cannot be
        made or written, or its disk is (nearly) full."""
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            stats = os.statvfs(folder)
        except OSError as exc:
            return exc.strerror or type(exc).__name__
        if not os.access(folder, os.W_OK):
            return f"{folder} is not writable"
        free = stats.f_bavail * stats.f_frsize
        if free < MIN_FREE_BYTES:
            return f"{free // 1024} KiB free on its disk"
        if self._key() is None and self._ends_keyed():
            # An entry without the key after keyed ones would read as a forgery.
            return "its key is not in the system keyring"
        return ""

    def _ends_keyed(self) -> bool:
        last = self._last_line()
        try:
            return last is not None and json.loads(last).get("v") == KEYED_FORMAT_VERSION
        except (ValueError, AttributeError):
            return False

    def entries(self) -> list[ChainedEntry]:
        """Every readable entry, oldest first (unreadable lines are skipped)."""
        result = []
        for line in self._lines():
            try:
                result.append(parse_line(line))
            except ValueError:
                continue
        return result

    def verify(self) -> Verification:
        """Check the whole chain and that nothing was cut from its end; points at the
        first line that does not fit."""
        with self._lock:
            return verify(self._lines(), self.recorded_end(), self._key())

    def export(self, destination: Path) -> Verification:
        """Copy the log to ``destination`` (as it is, so the copy verifies the same)."""
        with self._lock:
            destination.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                shutil.copyfile(self.path, destination)
            else:
                destination.write_text("", encoding="utf-8")
            return verify(self._lines(), self.recorded_end(), self._key())
