"""The local audit log file: hash-chained JSON lines under the user data directory.

``$ADMINUI_DATA_DIR/audit/audit.jsonl`` (or the platform's user data directory). One
:class:`AuditLog` per file; :meth:`AuditLog.recorder` gives the callable the API
transport calls for every write (``VaultTransport(audit=...)``). Appends are serialised
by a lock (the asyncio thread and the GUI thread may both write) and flushed line by
line. No Qt here.
"""

from __future__ import annotations

import getpass
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

from adminui.core.audit import (
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

log = logging.getLogger(__name__)


def current_user() -> str:
    """The operator's login name ('unknown' when the system cannot tell)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


class AuditLog:
    """Appends to, reads, verifies and exports one audit log file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_data_dir() / AUDIT_DIR / AUDIT_FILE
        self.end_path = self.path.with_name(self.path.name + END_SUFFIX)
        self._lock = threading.Lock()
        self._prev: str | None = None  # hash of the last line, read lazily
        self._count = 0  # lines in the file, read with _prev

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
        """Chain ``record`` after the last line and write it (file mode 0600)."""
        with self._lock:
            if self._prev is None:
                lines = self._lines()
                self._prev = last_hash(lines)
                self._count = sum(1 for line in lines if line.strip())
            entry = seal(record, self._prev)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write(entry.to_line() + "\n")
                handle.flush()
            self._prev = entry.hash
            self._count += 1
            self._write_end(LogEnd(self._count, entry.hash))
            return entry

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
        operator = who or current_user()

        def record(event: AuditEvent) -> None:
            self.append(AuditRecord.of(event, time=clock(), who=operator, profile=profile))

        return record

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
            return verify(self._lines(), self.recorded_end())

    def export(self, destination: Path) -> Verification:
        """Copy the log to ``destination`` (as it is, so the copy verifies the same)."""
        with self._lock:
            destination.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                shutil.copyfile(self.path, destination)
            else:
                destination.write_text("", encoding="utf-8")
            return verify(self._lines(), self.recorded_end())
