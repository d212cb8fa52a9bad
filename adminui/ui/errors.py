"""How every page words a failure: one sentence for people, the details on demand.

The one presenter of errors in the window: an OpenBao/Vault error says its own
sentence (the server's own words go with the details); a KUMA Core error gets a sentence naming what
went wrong for a Core cluster; an error raised with a Sentence from the lower layers is
translated; anything else shows its text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from adminui.api.errors import VaultError
from adminui.api.kuma import (
    KumaAuditUnavailable,
    KumaAuthError,
    KumaBadRequest,
    KumaBadResponse,
    KumaClusterNotReady,
    KumaConflict,
    KumaError,
    KumaNoQuorum,
    KumaNotFound,
    KumaRateLimited,
    KumaReadOnly,
    KumaRedirectRefused,
    KumaTimeout,
    KumaTLSError,
    KumaUnreachable,
)
from adminui.core.sentence import Sentence
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServicesErrors", text)


def describe(error: BaseException) -> tuple[str, str]:
    """(the sentence for people, the technical details)."""
    if isinstance(error, KumaError):
        return _describe_kuma(error)
    if isinstance(error, VaultError):
        details = str(error)
        if error.server_message and error.server_message not in details:
            details = f"{error.server_message}\n{details}"
        return say(error.user_message), details
    told = getattr(error, "user_message", None)  # the lower layers' own sentence
    if isinstance(told, str) and told:
        return say(told), str(error)
    raised = error.args[0] if len(error.args) == 1 else None  # a Sentence from below?
    text = say(raised) if isinstance(raised, Sentence) else str(error)
    return text or type(error).__name__, repr(error)


def sentence_of(error: BaseException) -> str:
    """Only the sentence of :func:`describe`."""
    return describe(error)[0]


def _describe_kuma(error: KumaError) -> tuple[str, str]:
    server = say(error.message)
    if isinstance(
        error,
        KumaTLSError | KumaRateLimited | KumaReadOnly | KumaRedirectRefused | KumaAuditUnavailable,
    ):
        # Failures the transport found itself: their own sentence says it best.
        sentence = say(error.user_message)
    elif isinstance(error, KumaConflict):
        sentence = _tr(
            QT_TRANSLATE_NOOP("ServicesErrors", "The server refused (HTTP 409): {0}.")
        ).format(server)
    elif isinstance(error, KumaAuthError):
        sentence = _tr(
            QT_TRANSLATE_NOOP(
                "ServicesErrors", "The token was not accepted, or it may not do this: {0}."
            )
        ).format(server)
    elif isinstance(error, KumaNoQuorum):
        sentence = _tr(
            QT_TRANSLATE_NOOP(
                "ServicesErrors",
                "The Core cluster lost its quorum: not enough healthy nodes to accept changes.",
            )
        )
    elif isinstance(error, KumaClusterNotReady):
        sentence = _tr(
            QT_TRANSLATE_NOOP(
                "ServicesErrors", "The Core cluster has no leader right now; try again in a moment."
            )
        )
    elif isinstance(error, KumaUnreachable | KumaTimeout):
        sentence = _tr(
            QT_TRANSLATE_NOOP(
                "ServicesErrors", "No Core node answered: check that the cluster is running."
            )
        )
    elif isinstance(error, KumaNotFound):
        sentence = _tr(QT_TRANSLATE_NOOP("ServicesErrors", "Not found on the server: {0}.")).format(
            server
        )
    elif isinstance(error, KumaBadRequest):
        sentence = _tr(
            QT_TRANSLATE_NOOP("ServicesErrors", "The server rejected the request: {0}.")
        ).format(server)
    elif isinstance(error, KumaBadResponse):
        sentence = _tr(
            QT_TRANSLATE_NOOP("ServicesErrors", "The server's answer was not understood: {0}.")
        ).format(server)
    else:
        sentence = _tr(QT_TRANSLATE_NOOP("ServicesErrors", "The request failed: {0}.")).format(
            server
        )
    details = str(error)
    if error.details is not None:
        details += f"\n{error.details}"
    return sentence, details
