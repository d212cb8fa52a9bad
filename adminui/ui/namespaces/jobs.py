"""Running page operations on the bridge with a delayed progress bar and a cancel button."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from adminui.ui.bridge import AsyncBridge
from adminui.ui.i18n import say

#: Operations shorter than this show no progress at all.
PROGRESS_DELAY_MS = 300


class ProgressStrip(QWidget):
    """A label, a busy bar and Cancel; shown only for operations over ~300 ms."""

    #: Emitted when the user cancelled the running operation.
    sig_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.sig_cancelled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()


class JobRunner(QObject):
    """One operation at a time for a page: runs it, shows progress late, cancels on demand."""

    #: Emitted when the running state changes (True while an operation runs).
    sig_busy = Signal(bool)

    def __init__(self, bridge: AsyncBridge, strip: ProgressStrip, parent: QObject | None = None):
        super().__init__(parent)
        self._bridge = bridge
        self._strip = strip
        self._job: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        strip.sig_cancelled.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def run(
        self,
        label: str,
        coro: Coroutine[Any, Any, Any],
        done: Callable[[Any, BaseException | None], None],
    ) -> bool:
        """Start ``coro``; ``done(result, error)`` runs in the GUI thread unless cancelled."""
        if self._job is not None:
            coro.close()
            return False
        self._strip.label.setText(label)
        self._timer.start(PROGRESS_DELAY_MS)
        self.sig_busy.emit(True)

        def finished(result: Any, error: BaseException | None) -> None:
            self._finish()
            done(result, error)

        self._job = self._bridge.submit(coro, finished, owner=self)
        return True

    def set_label(self, text: str) -> None:
        """Show ``text`` (a Sentence from the lower layers is shown translated)."""
        self._strip.label.setText(say(text))

    def cancel(self) -> None:
        """Cancel the running operation (the bridge's one way: its answer never comes)."""
        if self._job is not None:
            self._bridge.cancel(self._job)
            self._finish()

    def _show(self) -> None:
        if self._job is not None:
            self._strip.show()

    def _finish(self) -> None:
        self._job = None
        self._timer.stop()
        self._strip.hide()
        self.sig_busy.emit(False)
