"""A secret copied to the clipboard is taken off it again, and nothing else is."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from adminui.ui.secure_clipboard import SecureClipboard

SECRET = "s.clipboard-secret-0123456789"


def test_secret_is_cleared_after_the_timeout(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    secure = SecureClipboard(timeout_ms=200)
    secure.copy(SECRET)
    assert clipboard.text() == SECRET
    assert secure.pending and 0 < secure.remaining_ms() <= 300  # coarse timers round up
    with qtbot.waitSignal(secure.sig_cleared, timeout=5_000):
        pass
    assert clipboard.text() == ""
    assert not secure.pending and secure.remaining_ms() == 0


def test_something_copied_since_is_left_alone(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    secure = SecureClipboard(timeout_ms=150)
    secure.copy(SECRET)
    clipboard.setText("the user's own text")
    with qtbot.waitSignal(secure.sig_cleared, timeout=5_000):
        pass
    assert clipboard.text() == "the user's own text"
    clipboard.clear()


def test_clear_now_and_a_second_copy_restart_the_timer(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    secure = SecureClipboard(timeout_ms=60_000)
    secure.copy("first-secret-value")
    secure.copy(SECRET)
    assert clipboard.text() == SECRET
    with qtbot.waitSignal(secure.sig_cleared, timeout=1_000):
        secure.clear_now()
    assert clipboard.text() == ""
    # Clearing twice is harmless and emits nothing.
    with qtbot.assertNotEmitted(secure.sig_cleared):
        secure.clear_now()


def test_the_namespace_unlock_key_leaves_the_clipboard(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    from adminui.ui.namespaces.dialogs import UnlockKeyDialog
    from adminui.ui.secure_clipboard import SecureClipboard

    earlier = set(QGuiApplication.instance().findChildren(SecureClipboard))  # other tests'
    dialog = UnlockKeyDialog("team-a", "unlock-key-123")
    qtbot.addWidget(dialog)
    dialog._copy()
    assert QGuiApplication.clipboard().text() == "unlock-key-123"
    assert "cleared in 30 s" in dialog.copy_button.text()
    dialog.done(0)
    helpers = QGuiApplication.instance().findChildren(SecureClipboard)
    pending = [h for h in helpers if h.pending and h not in earlier]
    assert len(pending) == 1 and 0 < pending[0].remaining_ms() <= 31_500  # coarse timer
    pending[0].clear_now()
    assert QGuiApplication.clipboard().text() == ""
