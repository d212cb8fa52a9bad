"""A one-sentence error (or notice) with its details on demand."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from adminui.ui.errors import describe
from adminui.ui.theme import set_banner_level

# How long a short confirmation stays (seconds).
NOTE_SECONDS = 5.0


class MessageBanner(QFrame):
    """Hidden until :meth:`show_error` or :meth:`show_message`; "Details" shows the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("border:none; background:transparent;")
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(90)
        self.details.hide()
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self.hide)
        self.hide()

    def show_error(self, error: BaseException, prefix: str = "") -> None:
        """Show ``error`` as one sentence (after ``prefix``), its full text under Details."""
        sentence, details = describe(error)
        self._show("error", f"{prefix} {sentence}".strip(), details)

    def show_message(self, text: str, level: str = "info", details: str = "") -> None:
        self._show(level, text, details)

    def show_note(self, text: str, seconds: float = NOTE_SECONDS) -> None:
        """A short confirmation ("Saved.", "Copied…") that goes away by itself."""
        self._show("info", text, "")
        self._note_timer.start(int(seconds * 1000))

    def _show(self, level: str, text: str, details: str) -> None:
        self._note_timer.stop()  # a newer message stays until it is dismissed
        set_banner_level(self, level if level in ("error", "warning") else "info")
        self.text.setText(text)
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.show()

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
