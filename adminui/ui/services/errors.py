"""One clear sentence for a failed Core request (details kept for the "Details" view)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
from adminui.ui.i18n import QT_TRANSLATE_NOOP, say


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServicesErrors", text)


def describe(error: BaseException) -> tuple[str, str]:
    """(the sentence for people, the technical details)."""
    if not isinstance(error, KumaError):
        return _tr(QT_TRANSLATE_NOOP("ServicesErrors", "Unexpected error: {0}")).format(
            error or type(error).__name__
        ), repr(error)
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
