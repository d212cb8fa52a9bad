"""The strip that says the overview shows the past, with the way back to live."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from adminui.ui.theme import STATUS_BACKGROUNDS, STATUS_COLOURS, is_dark

#: The key that leaves the replay, named on the banner's button.
BACK_TO_LIVE_KEY = QKeySequence(Qt.Key.Key_Escape)

#: The status colours of the replay: blue, unlike every alert (red, orange, yellow).
REPLAY_TONE = "info"


def moment_text(when: float) -> str:
    """A replayed moment as the overview names it (local time, to the second)."""
    return time.strftime("%H:%M:%S", time.localtime(when))


def replay_colours() -> tuple[str, str]:
    """(background, border) of the replay marks in the theme shown now."""
    side = 1 if is_dark() else 0
    return STATUS_BACKGROUNDS[REPLAY_TONE][side], STATUS_COLOURS[REPLAY_TONE][side]


class ReplayBanner(QFrame):
    """Hidden while live; while replaying, names the moment shown and offers Back to live."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replayBanner")
        self.text = QLabel()
        self.text.setObjectName("replayText")
        self.text.setWordWrap(True)
        key = BACK_TO_LIVE_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.back_button = QPushButton(self.tr("Back to live ({0})").format(key))
        self.back_button.setObjectName("backToLive")
        self.back_button.setToolTip(
            self.tr("Show the cluster as it is now, with every event ({0}).").format(key)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.back_button)
        self._paint()
        self.hide()

    def show_moment(self, when: float) -> None:
        """Show the banner for the moment ``when`` (a ``time.time()`` value)."""
        self.text.setText(
            self.tr(
                "Viewing the past: {0}. Everything on this page shows the cluster as it was then."
            ).format(moment_text(when))
        )
        self.show()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint()
        super().changeEvent(event)

    def _paint(self) -> None:
        background, border = replay_colours()
        sheet = (
            f"QFrame#replayBanner {{ background: {background}; border: 1px solid {border};"
            f" border-left: 6px solid {border}; border-radius: 4px; }}"
            " QLabel#replayText { font-weight: 600; border: none; background: transparent; }"
        )
        if sheet != self.styleSheet():  # a new style sheet is itself a palette change
            self.setStyleSheet(sheet)
