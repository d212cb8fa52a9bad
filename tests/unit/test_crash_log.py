"""The console's log and crash report: written under the data folder, 0600, and never
with a token in them."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from adminui.profiles import crash_log

_thread_hook: list[object] = []


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(sys, "excepthook", lambda *_a: None)
    monkeypatch.setattr(threading, "excepthook", lambda _args: None)
    monkeypatch.setattr(crash_log, "_crash_file", object())  # no faulthandler in tests
    logger = logging.getLogger("adminui")
    handlers = list(logger.handlers)
    folder = crash_log.install(tmp_path)
    # pytest swaps threading's hook around each test phase: keep the one installed.
    _thread_hook.append(threading.excepthook)
    yield folder
    _thread_hook.clear()
    for handler in logger.handlers[:]:
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()


def test_log_lines_lose_tokens_the_console_holds_and_token_shapes(installed: Path) -> None:
    crash_log.hide("my-secret-password-1")
    logging.getLogger("adminui.test").warning(
        "sign-in with my-secret-password-1 gave hvs.CAESIJabcdefghijklmnopqrstuvwxyz012"
    )
    text = (installed / crash_log.LOG_FILE).read_text()
    assert "sign-in with *** gave ***" in text
    assert oct((installed / crash_log.LOG_FILE).stat().st_mode & 0o777) == "0o600"
    assert oct(installed.stat().st_mode & 0o777) == "0o700"


def test_an_uncaught_exception_is_reported_without_the_token(installed: Path) -> None:
    crash_log.hide("s.token-held-by-the-console")
    try:
        raise RuntimeError("request with s.token-held-by-the-console failed")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    report = (installed / crash_log.CRASH_FILE).read_text()
    assert "RuntimeError: request with *** failed" in report
    assert "token-held" not in report
    assert "test_an_uncaught_exception_is_reported" in report  # the stack is there


def test_a_worker_threads_exception_is_reported_too(installed: Path) -> None:
    worker = threading.Thread(name="worker-x")
    try:
        raise ValueError("in a worker")
    except ValueError as exc:
        args = threading.ExceptHookArgs((type(exc), exc, exc.__traceback__, worker))
        hook = _thread_hook[0]
        assert callable(hook)
        hook(args)
    report = (installed / crash_log.CRASH_FILE).read_text()
    assert "in worker-x" in report and "ValueError: in a worker" in report
