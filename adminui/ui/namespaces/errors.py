"""Showing a failed operation: one sentence, the details on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from adminui.api.errors import VaultError


def describe(error: BaseException) -> tuple[str, str]:
    """(the sentence for people, the technical details)."""
    if isinstance(error, VaultError):
        sentence = error.user_message
        if error.server_message:
            sentence += f"\n{error.server_message}"
        return sentence, str(error)
    return str(error) or type(error).__name__, repr(error)


def show_error(parent: QWidget, title: str, error: BaseException) -> QMessageBox:
    """A non-blocking warning box with the details behind "Show Details…"."""
    sentence, details = describe(error)
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, sentence, QMessageBox.StandardButton.Ok, parent
    )
    box.setDetailedText(details)
    box.setObjectName("namespaceError")
    box.open()
    return box
