"""The KUMA error body ``{"message", "details"}`` as an exception, and KUMA's texts."""

from __future__ import annotations

from typing import Any

NOT_READY = "request dropped as the cluster is not ready"
NO_QUORUM = "failed to lookup: can't serve requests, not enough healthy nodes"
BAD_AUTH_HEADER = "invalid authorization header"
ACCESS_DENIED = "access denied"


class ApiError(Exception):
    """An error answer: HTTP status plus KUMA's error body."""

    def __init__(self, status: int, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details

    def body(self) -> dict[str, Any]:
        return {"message": self.message, "details": self.details}


def not_ready(details: Any = "no leader is known") -> ApiError:
    return ApiError(503, NOT_READY, details)


def no_quorum(details: Any = "quorum lost") -> ApiError:
    return ApiError(503, NO_QUORUM, details)
