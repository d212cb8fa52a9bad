"""Namespace tree at scale: populate a real server, then time the console against the floor.

    python bench/namespaces.py              # 2,000 namespaces (two levels) on a fresh 3-node lab
    python bench/namespaces.py --large      # 10,000 on a single-node dev server
    python bench/namespaces.py --replay     # the recorded 10,000-namespace SCAN answer
    python bench/namespaces.py --synthetic 50000   # a generated SCAN answer of 50,000,
                                                   # served over HTTP from 127.0.0.1

Measured in one run:
  (a) floor   — raw httpx SCAN sys/namespaces + json.loads
  (b) console — the same request through the API layer to a fully populated, filterable
                tree model (index and model rows); ratio b/a, and the console's
                milliseconds per 1,000 namespaces above the floor, (b - a) / (N / 1000)
  (c) filter  — latency per keystroke on the page (model + tree view), p50/p95
  (d) palette — the command palette over every namespace, as the main window fills it:
                opening it, then latency per keystroke of its matching, p50/p95
  (e) RSS     — of this process with the tree, the page and the palette loaded
The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import http.server
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import psutil

from adminui.api.vault import VaultClient, VaultTransport
from adminui.monitor.namespace_tree import load_tree

ROOT = Path(__file__).resolve().parent.parent
RECORDING = ROOT / "tests" / "data" / "namespaces_scan_10k.json.gz"
HOST = "127.0.0.1"
ROUNDS = 7


# ----- servers ----------------------------------------------------------------------------------
@contextlib.contextmanager
def lab_server(workdir: Path) -> Iterator[tuple[str, str]]:
    """A fresh 3-node lab in ``workdir`` (stopped afterwards): (leader URL, root token)."""
    from adminui.lab import Lab

    lab = Lab(workdir / "lab")
    print("starting a lab…", flush=True)
    lab.up()
    try:
        yield lab.bao_leader().api_url, lab.root_token
    finally:
        lab.down()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def dev_server(workdir: Path) -> Iterator[tuple[str, str]]:
    """A single-node ``bao server -dev`` on 127.0.0.1 with telemetry (stopped afterwards)."""
    from adminui.lab.openbao import bao_binary

    port = _free_port()
    token = "bench-" + os.urandom(8).hex()
    config = workdir / "telemetry.hcl"
    config.write_text(
        'telemetry {\n  prometheus_retention_time = "60s"\n  disable_hostname = true\n}\n',
        encoding="utf-8",
    )
    log = (workdir / "bao.log").open("wb")
    proc = subprocess.Popen(
        [
            str(bao_binary()),
            "server",
            "-dev",
            f"-dev-root-token-id={token}",
            f"-dev-listen-address={HOST}:{port}",
            f"-config={config}",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=workdir,
    )
    url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/v1/sys/health", timeout=1).status_code == 200:
                    break
            time.sleep(0.2)
        yield url, token
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()


async def populate(url: str, token: str, parents: int, children: int) -> float:
    """Create ``parents`` tenants with ``children`` each (16 at a time); seconds taken."""
    limit = asyncio.Semaphore(16)
    started = time.monotonic()
    async with httpx.AsyncClient(
        base_url=url, headers={"X-Vault-Token": token}, timeout=120
    ) as client:

        async def create(parent: str, name: str, meta: dict[str, str] | None) -> None:
            async with limit:
                headers = {"X-Vault-Namespace": parent} if parent else {}
                body = {"custom_metadata": meta} if meta else None
                response = await client.post(
                    f"/v1/sys/namespaces/{name}", headers=headers, json=body
                )
                response.raise_for_status()

        tenants = [f"tenant-{i:04d}" for i in range(parents)]
        await asyncio.gather(
            *(create("", t, {"owner": f"team-{i % 7}"}) for i, t in enumerate(tenants))
        )
        await asyncio.gather(
            *(create(t, f"app-{j:03d}", None) for t in tenants for j in range(children))
        )
    return time.monotonic() - started


# ----- a synthetic SCAN answer served over HTTP --------------------------------------------------
#: Children per tenant, as in the recording (250 tenants × (1 + 39) = 10,000).
APPS_PER_TENANT = 39


def synthetic_scan(count: int, seed: int = 0) -> bytes:
    """An OpenBao answer to ``SCAN sys/namespaces`` with ``count`` namespaces, shaped like
    the recording: tenants (owner and cost-centre metadata) with 39 apps each (a third of
    them ``env=prod``), a couple of locked namespaces, keys in the server's unsorted order.
    """
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    tenants = -(-count // (APPS_PER_TENANT + 1))
    width = max(4, len(str(tenants - 1)))
    info: dict[str, dict[str, Any]] = {}

    def add(path: str, meta: dict[str, str]) -> None:
        info[path] = {
            "custom_metadata": meta,
            "id": "".join(rng.choices(alphabet, k=6)),
            "locked": False,
            "path": path,
            "tainted": False,
            "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        }

    for i in range(tenants):
        tenant = f"tenant-{i:0{width}d}/"
        add(tenant, {"cost-centre": f"cc{i % 13}", "owner": f"team-{i % 7}"})
        for j in range(min(APPS_PER_TENANT, count - len(info))):
            add(f"{tenant}app-{j:03d}/", {"env": "prod"} if j % 3 == 0 else {})
    for path in rng.sample(sorted(info), max(1, count // 5000)):
        info[path]["locked"] = True
    keys = list(info)
    rng.shuffle(keys)
    body = {
        "request_id": str(uuid.UUID(int=rng.getrandbits(128))),
        "lease_id": "",
        "renewable": False,
        "lease_duration": 0,
        "data": {"key_info": dict(sorted(info.items())), "keys": keys},
        "wrap_info": None,
        "warnings": None,
        "auth": None,
    }
    return json.dumps(body, separators=(",", ":")).encode()


class _ScanHandler(http.server.BaseHTTPRequestHandler):
    """Answers LIST/SCAN ``/v1/sys/namespaces`` with the prepared body (keep-alive)."""

    protocol_version = "HTTP/1.1"
    body = b""
    token = ""

    def _answer(self) -> None:
        if self.path.split("?")[0] != "/v1/sys/namespaces":
            self._send(404, b'{"errors":[]}')
        elif self.headers.get("X-Vault-Token") != self.token:
            self._send(403, b'{"errors":["permission denied"]}')
        else:
            self._send(200, self.body)

    def _send(self, status: int, body: bytes) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_SCAN = do_LIST = do_GET = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def synthetic_server(body: bytes) -> Iterator[tuple[str, str]]:
    """An HTTP server on 127.0.0.1 in a thread serving ``body`` (stopped afterwards)."""
    token = "bench-" + os.urandom(8).hex()
    handler = type("Handler", (_ScanHandler,), {"body": body, "token": token})
    server = http.server.ThreadingHTTPServer((HOST, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="scan-server", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}", token
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# ----- measurements ------------------------------------------------------------------------------
def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def percentile_ms(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[k] * 1000, 2)


def measure(
    make_client: Callable[[], httpx.AsyncClient], base_url: str, token: str
) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from adminui.ui.namespaces.tree_model import NamespaceTreeModel

    app = QApplication.instance() or QApplication(sys.argv[:1])

    async def floor() -> tuple[float, int]:
        async with make_client() as client:
            started = time.perf_counter()
            response = await client.request(
                "SCAN", f"{base_url}/v1/sys/namespaces", headers={"X-Vault-Token": token}
            )
            body = json.loads(response.content)
            return time.perf_counter() - started, len(body["data"]["keys"])

    async def console() -> tuple[float, Any]:
        async with make_client() as http:
            client = VaultClient(VaultTransport(base_url, token=token, client=http))
            started = time.perf_counter()
            index = await load_tree(client)
            model = NamespaceTreeModel()
            model.set_index(index)
            # The search index is built at the first keystroke (counted in the filter figures).
            return time.perf_counter() - started, model

    floors, consoles = [], []
    count = 0
    model: Any = None
    for _ in range(ROUNDS):  # interleaved so both see the same server and cache state
        seconds, count = asyncio.run(floor())
        floors.append(seconds)
        seconds, model = asyncio.run(console())
        consoles.append(seconds)
    page = page_figures(model.index_data)
    rss_mb = psutil.Process().memory_info().rss / 2**20  # tree, page and palette loaded
    page.pop("close")()
    del app
    a, b = median_ms(floors), median_ms(consoles)
    return {
        "namespaces": count,
        "floor_scan_parse_ms": a,
        "console_to_model_ms": b,
        "ratio_b_over_a": round(b / a, 3) if a else None,
        "console_ms_per_1000_above_floor": round((b - a) / (count / 1000), 3) if count else None,
        **page,
        "rss_mb": round(rss_mb, 1),
    }


def idle(seconds: float) -> None:
    """Run the event loop for ``seconds``, as the console does before a person types
    (what a load or an opening left for later, timers and repaints, is done by then)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def type_words(edit: Any, words: list[str]) -> list[float]:
    """Type each word into ``edit`` one letter at a time, then clear it: seconds per
    keystroke, events processed (what a user waits for before the next letter shows)."""
    from PySide6.QtWidgets import QApplication

    timings: list[float] = []
    for word in words:
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            edit.setText(word[:end])
            QApplication.processEvents()
            timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        edit.clear()
        QApplication.processEvents()
        timings.append(time.perf_counter() - started)
    return timings


#: Commands the main window puts in the palette besides clusters, pages and namespaces.
PALETTE_COMMANDS = (
    "Refresh now",
    "Audit log",
    "Theme: follow the system",
    "Theme: light",
    "Theme: dark",
    "Quit",
    "User guide",
    "Keyboard shortcuts",
    "Open log folder",
    "About AdminUI",
    "Add cluster…",
    "Edit cluster…",
    "Duplicate cluster…",
    "Remove cluster…",
    "Sign in…",
    "Sign out",
    "Cluster: bench",
    "bench › Overview",
    "bench › Namespaces",
    "bench › Policies",
    "bench › node http://127.0.0.1:1",
)


def page_figures(index: Any) -> dict[str, Any]:
    """(c) type filters into the real page (model and tree view), one keystroke at a time;
    (d) open the command palette over the page's namespaces, as the main window does
    (one entry per namespace, "<cluster> › namespace <path>"), and type into it.
    ``close`` (not a figure) closes both."""
    from PySide6.QtWidgets import QApplication

    from adminui.core.cluster import ClusterKind
    from adminui.profiles.store import Profile
    from adminui.ui.bridge import AsyncBridge
    from adminui.ui.context import ClusterContext
    from adminui.ui.namespaces.page import NamespacesPage
    from adminui.ui.palette import CommandPalette, PaletteEntry

    bridge = AsyncBridge()
    context = ClusterContext(Profile("bench", ClusterKind.OPENBAO, ("http://127.0.0.1:1",)))
    page = NamespacesPage(context, bridge)
    page.resize(1100, 700)
    page.show()
    page.model.set_index(index)
    idle(0.6)
    words = ["tenant-0042/app-01", "app-00", "team-3", "tenant-01", "zzz-nothing"]
    timings = type_words(page.filter_edit, words)
    page.filter_edit.setText(words[0])
    QApplication.processEvents()
    shown = page.model.shown_count()
    page.filter_edit.clear()
    QApplication.processEvents()

    chosen: list[str] = []
    started = time.perf_counter()
    entries = [PaletteEntry(text, "", partial(chosen.append, text)) for text in PALETTE_COMMANDS]
    entries += [
        PaletteEntry(f"bench › namespace {path}", "", partial(chosen.append, path))
        for path in page.loaded_namespaces()
    ]
    palette = CommandPalette(entries)
    palette.show()
    QApplication.processEvents()
    palette_open = time.perf_counter() - started
    idle(0.6)
    palette_words = ["bench tenant-0042 app-01", "app-00", "namespace tenant-1", "refresh", "zzz"]
    palette_timings = type_words(palette.search, palette_words)
    palette.search.setText(palette_words[0])
    QApplication.processEvents()
    palette_shown = len(palette.matches())

    def close() -> None:
        palette.close()
        page.close()
        bridge.shutdown()

    return {
        "filter_p50_ms": percentile_ms(timings, 0.5),
        "filter_p95_ms": percentile_ms(timings, 0.95),
        "filter_last_shown": shown,
        "palette_entries": len(entries),
        "palette_open_ms": round(palette_open * 1000, 2),
        "palette_p50_ms": percentile_ms(palette_timings, 0.5),
        "palette_p95_ms": percentile_ms(palette_timings, 0.95),
        "palette_last_shown": palette_shown,
        "close": close,
    }


def replay_client_factory(raw: bytes) -> Callable[[], httpx.AsyncClient]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"content-type": "application/json"})

    return lambda: httpx.AsyncClient(transport=httpx.MockTransport(handler))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--large", action="store_true", help="10,000 on a single-node dev server")
    mode.add_argument("--replay", action="store_true", help="replay the recorded 10,000 SCAN")
    mode.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="a generated SCAN answer of N namespaces, served over HTTP from 127.0.0.1",
    )
    parser.add_argument("--parents", type=int, default=0, help="tenants (first level)")
    parser.add_argument("--children", type=int, default=0, help="namespaces per tenant")
    args = parser.parse_args()

    figures: dict[str, Any] = {}
    if args.replay:
        raw = gzip.decompress(RECORDING.read_bytes())
        figures["mode"] = "replay"
        figures.update(measure(replay_client_factory(raw), "http://replay", "replay-token"))
    elif args.synthetic is not None:
        if args.synthetic < 1:
            parser.error("--synthetic needs at least 1 namespace")
        started = time.perf_counter()
        raw = synthetic_scan(args.synthetic)
        print(
            f"generated {args.synthetic} namespaces ({len(raw) / 2**20:.1f} MiB) "
            f"in {time.perf_counter() - started:.1f} s",
            flush=True,
        )
        figures["mode"] = "synthetic-http"
        figures["answer_mib"] = round(len(raw) / 2**20, 1)
        with synthetic_server(raw) as (url, token):
            # No proxy from the environment: the console uses none either.
            client = partial(httpx.AsyncClient, timeout=120, trust_env=False)
            figures.update(measure(client, url, token))
    else:
        parents = args.parents or (250 if args.large else 50)
        children = args.children or 39
        with tempfile.TemporaryDirectory(prefix="ns-bench-") as tmp:
            server = dev_server if args.large else lab_server
            with server(Path(tmp)) as (url, token):
                total = parents * (children + 1)
                print(f"populating {total} namespaces…", flush=True)
                seconds = asyncio.run(populate(url, token, parents, children))
                print(f"populated {total} namespaces in {seconds:.1f} s", flush=True)
                figures["mode"] = "dev-server" if args.large else "lab-3-nodes"
                figures["populate_s"] = round(seconds, 1)
                figures.update(measure(lambda: httpx.AsyncClient(timeout=120), url, token))
    for key, value in figures.items():
        print(f"{key:>28}: {value}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
