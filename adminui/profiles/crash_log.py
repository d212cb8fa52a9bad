"""The console's own log and crash report, under the data folder, with no secret in them.

``install`` sends the ``adminui`` loggers (INFO and up) to ``logs/adminui.log`` (rotated),
writes any uncaught exception — of the GUI thread or another — to ``logs/crash.log``,
and points ``faulthandler`` at that file for a hard crash. Every line goes through
:func:`scrub`: tokens the console holds (``hide``) and anything shaped like an
OpenBao/Vault token are replaced by ``***``. Files are 0600 in a 0700 folder.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
import time
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO

from adminui.profiles.paths import default_data_dir

LOG_FILE = "adminui.log"
CRASH_FILE = "crash.log"
MAX_LOG_BYTES = 2 * 1024 * 1024

#: Service tokens, batch tokens and recovery tokens, old and new style.
_TOKEN_SHAPE = re.compile(r"\b(?:hv[sbr]|[sbr])\.[A-Za-z0-9_-]{20,}")
_hidden: set[str] = set()
_hidden_lock = threading.Lock()
_crash_file: IO[str] | None = None


def hide(*values: str | None) -> None:
    """Never write these (tokens, passwords) to the log or the crash report."""
    with _hidden_lock:
        _hidden.update(v for v in values if v and len(v) >= 6)


def scrub(text: str) -> str:
    with _hidden_lock:
        hidden = sorted(_hidden, key=len, reverse=True)
    for value in hidden:
        if value in text:
            text = text.replace(value, "***")
    return _TOKEN_SHAPE.sub("***", text)


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def _private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))


def log_folder(data_dir: Path | None = None) -> Path:
    return (data_dir or default_data_dir()) / "logs"


def write_crash(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    where: str = "",
    folder: Path | None = None,
) -> Path:
    """Append one uncaught exception to the crash report; its path."""
    path = (folder or log_folder()) / CRASH_FILE
    _private_file(path)
    text = "".join(traceback.format_exception(kind, error, trace))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(scrub(f"--- {stamp} uncaught exception{where}\n{text}\n"))
    return path


def install(data_dir: Path | None = None, *, keep_hooks: Iterable[str] = ()) -> Path:
    """Log to files and catch what nobody caught; returns the log folder.

    ``keep_hooks``: "sys" and/or "threading" to leave that hook alone (tests)."""
    global _crash_file
    folder = log_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    log_path = folder / LOG_FILE
    _private_file(log_path)
    handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=MAX_LOG_BYTES, backupCount=2, encoding="utf-8"
    )
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    logger = logging.getLogger("adminui")
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    crash_path = folder / CRASH_FILE
    _private_file(crash_path)
    if _crash_file is None:
        # A hard crash (a segfault in a library) prints the Python stacks here; they hold
        # code locations only, no values.
        _crash_file = open(crash_path, "a", encoding="utf-8")  # noqa: SIM115 (kept open)
        faulthandler.enable(_crash_file)
    previous_sys = sys.excepthook

    def on_uncaught(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        write_crash(kind, error, trace, folder=folder)
        logging.getLogger("adminui.crash").error("uncaught %s: %s", kind.__name__, error)
        previous_sys(kind, error, trace)

    def on_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread else "?"
        write_crash(args.exc_type, args.exc_value, args.exc_traceback, f" in {name}", folder)

    if "sys" not in keep_hooks:
        sys.excepthook = on_uncaught
    if "threading" not in keep_hooks:
        threading.excepthook = on_thread
    return folder
