"""Put a secret on the clipboard for a short while, then take it off again.

The clipboard is cleared after ``timeout_ms`` only if it still holds the secret (the
user may have copied something else since, which is left alone). On X11 the selection
clipboard is cleared too. Clearing also happens when the application quits.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

#: How long a copied secret stays on the clipboard by default.
DEFAULT_CLEAR_MS = 30_000


class SecureClipboard(QObject):
    """Copies secrets with an automatic clear; one pending secret at a time."""

    #: The secret was taken off the clipboard (timeout, quit or :meth:`clear_now`).
    sig_cleared = Signal()

    def __init__(self, timeout_ms: int = DEFAULT_CLEAR_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._secret: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    @property
    def pending(self) -> bool:
        """Whether a copied secret is waiting to be cleared."""
        return self._secret is not None

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else 0

    def copy(self, secret: str) -> None:
        """Put ``secret`` on the clipboard and clear it after ``timeout_ms``."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(secret, QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.setText(secret, QClipboard.Mode.Selection)
        self._secret = secret
        self._timer.start(self.timeout_ms)

    def clear_now(self) -> None:
        """Take the secret off the clipboard now (if it is still there)."""
        self._timer.stop()
        secret, self._secret = self._secret, None
        if secret is None:
            return
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            if clipboard.text(mode) == secret:
                clipboard.clear(mode)
        self.sig_cleared.emit()
