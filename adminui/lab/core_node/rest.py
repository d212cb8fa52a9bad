"""The REST API v3 subset of a Core node, with KUMA's shapes and Bearer auth."""

from __future__ import annotations

import hmac
import re
from typing import Any

from adminui.lab.core_node.apierror import ACCESS_DENIED, BAD_AUTH_HEADER, ApiError
from adminui.lab.core_node.clock import now_pair
from adminui.lab.core_node.httpjson import JsonHandler
from adminui.lab.core_node.query import select
from adminui.lab.core_node.records import from_create_body
from adminui.lab.core_node.state import TENANTS

SERVICE_ACTION = re.compile(r"^/api/v3/services/([^/]+)/(reload|restart)$")
SERVICE_ITEM = re.compile(r"^/api/v3/services/([^/]+)$")
WHOAMI = {
    "id": "00000000-0000-0000-0000-0000000000a1",
    "name": "Lab administrator",
    "login": "admin",
    "email": "admin@lab.local",
    "roles": ["general administrator"],
}


def tenants(now_iso: str) -> list[dict[str, Any]]:
    return [
        {
            "id": t["id"],
            "name": t["name"],
            "main": t["name"] == "Main",
            "description": f"{t['name']} tenant",
            "eps": 0,
            "epsLimit": 0,
            "created": now_iso,
            "updated": now_iso,
            "shared": t["name"] == "Shared",
        }
        for t in TENANTS
    ]


class RestHandler(JsonHandler):
    """``/api/v3/...``: services, tenants, whoami."""

    def _authorise(self) -> None:
        header = self.headers.get("Authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(400, BAD_AUTH_HEADER)
        expected = self.node.config.token.encode("utf-8")
        if not hmac.compare_digest(token.strip().encode("utf-8"), expected):
            raise ApiError(403, ACCESS_DENIED)

    def route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Any:
        if not path.startswith("/api/"):
            raise ApiError(404, "not found", path)
        self._authorise()
        node = self.node
        if path == "/api/v3/services":
            self._only(method, "GET")
            return select(node.registry.services(), node.registry.members(), query)
        if path == "/api/v3/services/create":
            self._only(method, "POST")
            now_iso, now = now_pair()
            return node.write(node.registry.create, from_create_body(body, now_iso, now))
        if match := SERVICE_ACTION.match(path):
            self._only(method, "POST")
            sid, action = match.groups()
            now_iso, now = now_pair()
            if action == "reload":
                return node.write(node.registry.reload, sid, now_iso)
            return node.write(node.registry.restart, sid, now_iso, now)
        if match := SERVICE_ITEM.match(path):
            self._only(method, "DELETE")
            sid = match.group(1)
            if sid not in node.registry.members() and not any(
                s["id"] == sid for s in node.registry.services()
            ):
                raise ApiError(404, "service not found", sid)
            return node.delete(sid)
        if path == "/api/v3/tenants":
            self._only(method, "GET")
            return tenants(now_pair()[0])
        if path == "/api/v3/users/whoami":
            self._only(method, "GET")
            return WHOAMI
        raise ApiError(404, "not found", path)

    @staticmethod
    def _only(method: str, allowed: str) -> None:
        if method != allowed:
            raise ApiError(405, "method not allowed", method)
