"""Showing a failed operation: one sentence, the details on demand."""

from __future__ import annotations

from adminui.api.errors import VaultError
from adminui.core.sentence import Sentence
from adminui.ui.i18n import say


def describe(error: BaseException) -> tuple[str, str]:
    """(the sentence for people, the technical details)."""
    if isinstance(error, VaultError):
        sentence = say(error.user_message)
        if error.server_message:
            sentence += f"\n{error.server_message}"
        return sentence, str(error)
    raised = error.args[0] if len(error.args) == 1 else None  # a Sentence from below?
    text = say(raised) if isinstance(raised, Sentence) else str(error)
    return text or type(error).__name__, repr(error)
