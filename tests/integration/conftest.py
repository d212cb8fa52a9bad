"""Fixtures of the integration tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.secret_scan import register, scan_also
from tests.stubs import MemoryKeyring


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A config directory, data directory and keyring of the test's own (the audit log
    in the data directory goes with its key in the keyring)."""
    monkeypatch.setenv("ADMINUI_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv("ADMINUI_DATA_DIR", str(tmp_path / "data"))
    previous = keyring.get_keyring()
    own = MemoryKeyring()
    keyring.set_keyring(own)
    scan_also(tmp_path)
    yield tmp_path
    keyring.set_keyring(previous)
    # Whatever the test kept in its keyring must not be anywhere else.
    register(*(v for v in own.data.values() if isinstance(v, str)))
