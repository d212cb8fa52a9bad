"""Session-end check: no token the tests used may appear in what the console wrote.

Collected secrets: the lab's tokens and passwords (taken from every test that uses the
lab), every token in the test keyring at the end, and whatever a test passes to
:func:`register` (child tokens it created). Scanned: every file under the
``ADMINUI_CONFIG_DIR`` and ``ADMINUI_DATA_DIR`` sandbox (profiles, drafts, history,
audit log, reports) and every log record emitted during the session, at any level
(the ``adminui`` loggers are turned up to DEBUG for it). A hit fails the session.

Imported by ``tests/conftest.py``; the hooks and fixture below are what pytest sees.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

__all__ = [
    "pytest_runtest_call",
    "pytest_sessionfinish",
    "pytest_sessionstart",
    "register",
    "scan_also",
]

#: Shorter strings are not treated as secrets (they would match by accident).
MIN_SECRET_LENGTH = 8
_MAX_RECORDS = 500_000

_secrets: set[str] = set()


def register(*values: str | None) -> None:
    """Add tokens (or other secrets) that must never be written anywhere."""
    for value in values:
        if value and len(value) >= MIN_SECRET_LENGTH:
            _secrets.add(value)


def registered() -> frozenset[str]:
    return frozenset(_secrets)


@dataclass(frozen=True)
class Leak:
    where: str  # a file path or "log record <logger>"
    secret_hint: str  # the first 4 characters only

    def __str__(self) -> str:
        return f"{self.where}: contains a token starting {self.secret_hint!r}…"


class RecordCollector(logging.Handler):
    """Keeps the formatted text of every log record (tracebacks included)."""

    def __init__(self) -> None:
        super().__init__(level=logging.NOTSET)
        self.texts: list[tuple[str, str]] = []
        self.count = 0
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if len(self.texts) >= _MAX_RECORDS:
            return
        try:
            text = self.format(record)
        except Exception:  # a broken record is the emitter's problem, not ours
            text = str(record.msg)
        self.texts.append((record.name, text))


def files_under(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        if root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.is_file())


def find_leaks(
    secrets: Iterable[str], files: Iterable[Path], records: Iterable[tuple[str, str]]
) -> list[Leak]:
    """Every file or log record holding one of ``secrets``."""
    wanted = [s for s in set(secrets) if len(s) >= MIN_SECRET_LENGTH]
    leaks: list[Leak] = []
    if not wanted:
        return leaks
    encoded = [(s, s.encode("utf-8")) for s in wanted]
    for path in files:
        try:
            content = path.read_bytes()
        except OSError:
            continue
        leaks += [Leak(str(path), s[:4]) for s, raw in encoded if raw in content]
    for name, text in records:
        leaks += [Leak(f"log record of {name}", s[:4]) for s in wanted if s in text]
    return leaks


_extra_roots: list[Path] = []


def scan_also(root: Path) -> None:
    """A test's own config or data folder, scanned at the end like the session's."""
    _extra_roots.append(root)


def sandbox_roots() -> list[Path]:
    return [
        Path(os.environ[key])
        for key in ("ADMINUI_CONFIG_DIR", "ADMINUI_DATA_DIR")
        if os.environ.get(key)
    ] + _extra_roots


_collector = RecordCollector()


def pytest_sessionstart(session: pytest.Session) -> None:
    logging.getLogger().addHandler(_collector)
    logging.getLogger("adminui").setLevel(logging.DEBUG)


def pytest_runtest_call(item: pytest.Item) -> None:
    """Take the lab's tokens from any test that uses the lab (directly or not)."""
    funcargs = getattr(item, "funcargs", {})
    for name in ("lab", "healed_lab"):
        value = funcargs.get(name)
        if value is None:
            continue
        try:
            # Tokens and every secret the lab made (sign-in passwords, the provider's
            # root token, PostgreSQL's password).
            register(value.root_token, value.core_token, *value.state.secrets.values())
        except Exception:  # a lab without state has no tokens to leak
            continue


def _keyring_secrets() -> list[str]:
    data = getattr(keyring.get_keyring(), "data", None)
    return [v for v in data.values() if isinstance(v, str)] if isinstance(data, dict) else []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    logging.getLogger().removeHandler(_collector)
    register(*_keyring_secrets())
    files = list(files_under(sandbox_roots()))
    leaks = find_leaks(_secrets, files, _collector.texts)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    summary = (
        f"secret scan: {len(_secrets)} token(s) looked for in {len(files)} file(s) the "
        f"console wrote and {_collector.count} log record(s)"
    )
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line(summary + (": clean" if not leaks else f": {len(leaks)} LEAK(S)"))
        for leak in leaks[:50]:
            reporter.write_line(f"  {leak}", red=True)
    if leaks:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
