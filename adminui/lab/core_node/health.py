"""The health endpoint: Raft role, term and indexes of this node."""

from __future__ import annotations

from typing import Any

from adminui.lab.core_node.apierror import ApiError
from adminui.lab.core_node.httpjson import JsonHandler


class HealthHandler(JsonHandler):
    """``GET /health`` (or ``/``): see :meth:`CoreNode.health`."""

    def route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Any:
        if path not in ("/", "/health"):
            raise ApiError(404, "not found", path)
        if method != "GET":
            raise ApiError(405, "method not allowed", method)
        return self.node.health()
