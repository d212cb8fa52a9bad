"""A small JSON-over-HTTP server base (stdlib only) bound to 127.0.0.1."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from adminui.lab.core_node.apierror import ApiError
from adminui.lab.core_node.launch import HOST
from adminui.lab.core_node.node import CoreNode

log = logging.getLogger("core_node.http")
MAX_BODY = 1 << 20


class JsonServer(ThreadingHTTPServer):
    """A threading HTTP server on 127.0.0.1 that knows its node."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, port: int, handler: type[JsonHandler], node: CoreNode) -> None:
        super().__init__((HOST, port), handler)
        self.node = node

    def serve_in_thread(self, name: str) -> threading.Thread:
        thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.1}, name=name, daemon=True
        )
        thread.start()
        return thread


class JsonHandler(BaseHTTPRequestHandler):
    """Dispatches to :meth:`route`; errors become ``{"message", "details"}`` bodies."""

    protocol_version = "HTTP/1.1"
    server: JsonServer

    @property
    def node(self) -> CoreNode:
        return self.server.node

    def route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Any:
        """Answer one request: return the JSON body (status 200) or raise ApiError."""
        raise ApiError(404, "not found", path)

    def _read_body(self) -> Any:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise ApiError(400, "invalid Content-Length") from None
        if length < 0 or length > MAX_BODY:
            raise ApiError(400, "invalid Content-Length")
        raw = self.rfile.read(length) if length else b""
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "request body is not valid JSON") from None

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        try:
            body = self._read_body()
            status, answer = 200, self.route(method, url.path, parse_qs(url.query), body)
        except ApiError as exc:
            status, answer = exc.status, exc.body()
        except Exception:
            log.exception("%s %s failed", method, url.path)
            status, answer = 500, {"message": "internal error", "details": None}
        self.send_json(status, answer)

    def send_json(self, status: int, answer: Any) -> None:
        data = json.dumps(answer).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)
