"""A keyring backend that keeps nothing is refused like a plain-text one, and the
sentence saying so stays on screen above the pages."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from pytestqt.qtbot import QtBot

from adminui.profiles import secrets
from adminui.ui.bridge import AsyncBridge
from adminui.ui.main_window import MainWindow
from tests.stubs import MemoryKeyring


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.mark.parametrize("make", [null.Keyring, fail.Keyring, chainer.ChainerBackend])
def test_a_backend_that_keeps_nothing_is_refused(
    make: type[KeyringBackend], restore_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A chain whose only link keeps nothing keeps nothing either.
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [null.Keyring()])
    keyring.set_keyring(make())
    with pytest.raises(secrets.SecretStoreUnavailable, match="No system keyring"):
        secrets.store_token("prod", "a-token-that-would-vanish")
    with pytest.raises(secrets.SecretStoreUnavailable):
        secrets.load_token("prod")


def test_a_working_backend_keeps_the_token(restore_keyring: None) -> None:
    keyring.set_keyring(MemoryKeyring())
    secrets.store_token("prod", "kept")
    assert secrets.load_token("prod") == "kept"


def test_the_no_keyring_notice_stays_until_dismissed(qtbot: QtBot) -> None:
    bridge = AsyncBridge()
    try:
        window = MainWindow([], bridge, interval_ms=60_000)
        qtbot.addWidget(window)
        window.show()
        window.show_notice("No system keyring: tokens are kept in memory only.")
        window.statusBar().showMessage("All nodes answering.")  # the next refresh
        qtbot.wait(50)
        assert window.notice_banner.isVisible()
        assert "No system keyring" in window.notice_banner.text.text()
        window.notice_banner.close_button.click()
        assert not window.notice_banner.isVisible()
        window.close()
    finally:
        bridge.shutdown()
