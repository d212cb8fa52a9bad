"""Start, watch and stop the lab's own server processes, always by PID.

A process is remembered as a :class:`ProcessRecord` (PID plus the process's start
time), so a PID reused by some unrelated program after a crash is never mistaken for
ours and never signalled.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import psutil

ProcessState = Literal["running", "stopped", "dead"]


class LabError(RuntimeError):
    """A lab operation failed; the message is meant for a person."""


@dataclass(frozen=True)
class ProcessRecord:
    """One process the lab started."""

    name: str
    pid: int
    create_time: float
    argv: tuple[str, ...]
    log_path: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["argv"] = list(self.argv)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ProcessRecord:
        return cls(
            name=str(data["name"]),
            pid=int(data["pid"]),
            create_time=float(data["create_time"]),
            argv=tuple(str(a) for a in data["argv"]),
            log_path=str(data["log_path"]),
        )


def _ephemeral_range() -> tuple[int, int]:
    """The kernel's range for outgoing connections' source ports."""
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999


def free_ports(count: int, host: str = "127.0.0.1") -> list[int]:
    """``count`` distinct ports free on ``host``, chosen outside the ephemeral range.

    A server port inside that range could be taken as the source port of some outgoing
    connection while its node is down, and the node could then not be restarted.
    """
    low, high = _ephemeral_range()
    candidates = [p for p in range(15000, 32768) if not low <= p <= high]
    if len(candidates) < count * 4:
        candidates = list(range(1024 + 1, 65536))
    chosen: list[int] = []
    rng = random.SystemRandom()
    while len(chosen) < count:
        port = rng.choice(candidates)
        if port not in chosen and not port_is_taken(port, host):
            chosen.append(port)
    return chosen


def free_port(host: str = "127.0.0.1") -> int:
    """One port free on ``host`` right now (see :func:`free_ports`)."""
    return free_ports(1, host)[0]


def port_is_taken(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def ensure_ports_free(name: str, ports: Sequence[int], host: str = "127.0.0.1") -> None:
    """Raise a clear LabError when one of ``ports`` is already in use."""
    for port in ports:
        # A port held a moment longer by a process that just ended frees itself quickly.
        if not wait_until(lambda port=port: not port_is_taken(port, host), 3.0):
            raise LabError(
                f"Cannot start {name}: port {port} on {host} is already in use by another "
                "program. Stop that program, or run `adminui lab down` and `up` again to pick "
                "new ports."
            )


def wait_started(
    record: ProcessRecord, ready: Any, timeout: float, what: str, interval: float = 0.05
) -> None:
    """Wait until ``ready()`` is true; fail at once, with the log's tail, if the process dies."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if ready():
                return
        except Exception:
            pass
        if not is_running(record):
            raise LabError(
                f"{record.name} exited while starting ({what}).\n"
                f"Last lines of its log ({record.log_path}):\n{log_tail(record.log_path)}"
            )
        if time.monotonic() >= deadline:
            raise LabError(
                f"{record.name} did not become ready within {timeout:.0f} s ({what}).\n"
                f"Last lines of its log ({record.log_path}):\n{log_tail(record.log_path)}"
            )
        time.sleep(interval)


#: Files and directories the lab's processes create are theirs alone.
PRIVATE_UMASK = 0o077


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by its owner only (its folder made 0700)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def spawn(
    name: str,
    argv: Sequence[str],
    log_path: Path,
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    user: str | None = None,
) -> ProcessRecord:
    """Start ``argv`` detached from this process, output appended to ``log_path``.

    The log and everything the child writes are private to the lab's user (umask 077).
    """
    log_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "ab") as log:
        try:
            proc = subprocess.Popen(
                list(argv),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=cwd,
                env=dict(env) if env is not None else None,
                start_new_session=True,
                umask=PRIVATE_UMASK,
                **as_user(user),
            )
        except FileNotFoundError as exc:
            raise LabError(f"Cannot start {name}: program not found: {argv[0]}") from exc
        except PermissionError as exc:
            raise LabError(f"Cannot start {name}: permission denied for {argv[0]}") from exc
    try:
        create_time = psutil.Process(proc.pid).create_time()
    except psutil.NoSuchProcess:
        create_time = 0.0
    # The child belongs to its own session; forget the Popen handle without a warning.
    proc.returncode = 0
    return ProcessRecord(name, proc.pid, create_time, tuple(argv), str(log_path))


def as_user(user: str | None) -> dict[str, Any]:
    """Popen arguments that run a child as ``user`` with that user's groups only.

    (Switching the user alone would keep root's groups, and group permissions of
    root's directories would then deny the child access.)
    """
    if user is None:
        return {}
    return {"user": user, "group": grp_of(user), "extra_groups": []}


def grp_of(user: str) -> int:
    import pwd

    return pwd.getpwnam(user).pw_gid


def _process(record: ProcessRecord) -> psutil.Process | None:
    """The live process behind ``record``, or None when it is gone or the PID was reused."""
    try:
        proc = psutil.Process(record.pid)
        if record.create_time and abs(proc.create_time() - record.create_time) > 1.0:
            return None
        if proc.status() == psutil.STATUS_ZOMBIE:
            _reap(record.pid)
            return None
        return proc
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None


def _reap(pid: int) -> None:
    """Collect a zombie child of ours so it does not linger (no-op for others)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def is_running(record: ProcessRecord) -> bool:
    return _process(record) is not None


def stop(record: ProcessRecord, *, sig: int = signal.SIGTERM, timeout: float = 10.0) -> None:
    """Stop the process: ``sig`` first, SIGKILL after ``timeout`` seconds."""
    proc = _process(record)
    if proc is None:
        return
    try:
        proc.send_signal(sig)
    except psutil.NoSuchProcess:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _process(record) is None:
            return
        time.sleep(0.05)
    kill(record)


def kill(record: ProcessRecord) -> None:
    """SIGKILL the process and wait until it is gone."""
    proc = _process(record)
    if proc is None:
        return
    try:
        proc.kill()
    except psutil.NoSuchProcess:
        return
    deadline = time.monotonic() + 10.0
    while time.monotonic() < deadline and _process(record) is not None:
        time.sleep(0.02)


def log_tail(log_path: str | Path, lines: int = 20) -> str:
    """The last ``lines`` lines of a log file ('' when there is none)."""
    try:
        with open(log_path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 16384))
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def wait_until(predicate: Any, timeout: float, interval: float = 0.1) -> bool:
    """Poll ``predicate()`` until it is truthy or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if predicate():
                return True
        except Exception:
            pass
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
