"""The internal port: the join call (server side and the joining node's side)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any

from adminui.lab.core_node.apierror import ApiError
from adminui.lab.core_node.httpjson import JsonHandler

JOIN_PATH = "/internal/join"


class InternalHandler(JsonHandler):
    """``POST /internal/join`` with ``{"id", "raft_addr", "address", "apiPort"}``."""

    def route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Any:
        if path != JOIN_PATH:
            raise ApiError(404, "not found", path)
        if method != "POST":
            raise ApiError(405, "method not allowed", method)
        if not isinstance(body, dict):
            raise ApiError(400, "request body must be a JSON object")
        sid, raft_addr = body.get("id"), body.get("raft_addr")
        if not isinstance(sid, str) or not isinstance(raft_addr, str) or ":" not in raft_addr:
            raise ApiError(400, "id and raft_addr (host:port) are required")
        extra = {k: str(body[k]) for k in ("address", "apiPort") if k in body}
        return self.node.join(sid, raft_addr, extra)


class JoinRefused(Exception):
    """The cluster answered the join with an error (the message says why)."""


def request_join(join_addr: str, payload: dict[str, str], timeout: float) -> list[str]:
    """Ask the node at ``join_addr`` to add us; the current members on success.

    Retries while the node cannot be reached or has no leader, up to ``timeout``.
    """
    url = f"http://{join_addr}{JOIN_PATH}"
    data = json.dumps(payload).encode("utf-8")
    deadline = time.monotonic() + timeout
    last = "no answer"
    while time.monotonic() < deadline:
        request = urllib.request.Request(
            url, data=data, method="POST", headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=15.0) as response:
                answer = json.loads(response.read())
            return [str(m) for m in answer["members"]]
        except urllib.error.HTTPError as exc:
            with exc:
                body = _error_body(exc.read())
            last = f"{body.get('message')} ({body.get('details')})"
            if exc.code < 500:
                raise JoinRefused(last) from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            last = f"{url}: {exc}"
        time.sleep(0.5)
    raise JoinRefused(f"could not join through {join_addr}: {last}")


def _error_body(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    except ValueError:
        return {"message": raw[:200].decode("utf-8", "replace"), "details": None}
    return body if isinstance(body, dict) else {"message": str(body), "details": None}
