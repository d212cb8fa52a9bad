"""Running page operations on the bridge with a delayed progress bar and a cancel button."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from adminui.ui.bridge import AsyncBridge
from adminui.ui.i18n import say

#: Operations shorter than this show no progress at all.
PROGRESS_DELAY_MS = 300


class _TaskHolder:
    task: asyncio.Task[Any] | None = None
    cancelled = False


async def _tracked(coro: Coroutine[Any, Any, Any], holder: _TaskHolder) -> Any:
    holder.task = asyncio.current_task()
    if holder.cancelled:
        coro.close()
        raise asyncio.CancelledError
    return await coro


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
        self._holder: _TaskHolder | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        strip.sig_cancelled.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._holder is not None

    def run(
        self,
        label: str,
        coro: Coroutine[Any, Any, Any],
        done: Callable[[Any, BaseException | None], None],
    ) -> bool:
        """Start ``coro``; ``done(result, error)`` runs in the GUI thread unless cancelled."""
        if self._holder is not None:
            coro.close()
            return False
        holder = self._holder = _TaskHolder()
        self._strip.label.setText(label)
        self._timer.start(PROGRESS_DELAY_MS)
        self.sig_busy.emit(True)

        def finished(result: Any, error: BaseException | None) -> None:
            if holder is not self._holder:
                return  # cancelled earlier
            self._finish()
            done(result, error)

        self._bridge.submit(_tracked(coro, holder), finished, owner=self)
        return True

    def set_label(self, text: str) -> None:
        """Show ``text`` (a Sentence from the lower layers is shown translated)."""
        self._strip.label.setText(say(text))

    def cancel(self) -> None:
        holder = self._holder
        if holder is None:
            return
        holder.cancelled = True

        def stop() -> None:
            if holder.task is not None:
                holder.task.cancel()

        self._bridge.call_soon(stop)
        self._finish()

    def _show(self) -> None:
        if self._holder is not None:
            self._strip.show()

    def _finish(self) -> None:
        self._holder = None
        self._timer.stop()
        self._strip.hide()
        self.sig_busy.emit(False)
