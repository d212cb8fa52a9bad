"""Namespace tree at scale: populate a real server, then time the console against the floor.

    python bench/namespaces.py              # 2,000 namespaces (two levels) on a fresh 3-node lab
    python bench/namespaces.py --large      # 10,000 on a single-node dev server
    python bench/namespaces.py --replay     # the recorded 10,000-namespace SCAN answer

Measured in one run:
  (a) floor   — raw httpx SCAN sys/namespaces + json.loads
  (b) console — the same request through the API layer to a fully populated, filterable
                tree model (index and model rows); ratio b/a
  (c) filter  — latency per keystroke on the page (model + tree view), p50/p95
  (d) RSS     — of this process with the tree loaded
The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
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
    rss_mb = psutil.Process().memory_info().rss / 2**20
    filter_p50, filter_p95, shown = filter_latency(model.index_data)
    del app
    a, b = median_ms(floors), median_ms(consoles)
    return {
        "namespaces": count,
        "floor_scan_parse_ms": a,
        "console_to_model_ms": b,
        "ratio_b_over_a": round(b / a, 3) if a else None,
        "filter_keystroke_p50_ms": filter_p50,
        "filter_keystroke_p95_ms": filter_p95,
        "filter_last_shown": shown,
        "rss_loaded_mb": round(rss_mb, 1),
    }


def filter_latency(index: Any) -> tuple[float, float, int]:
    """Type filters into the real page (model and tree view), one keystroke at a time."""
    from PySide6.QtWidgets import QApplication

    from adminui.core.cluster import ClusterKind
    from adminui.profiles.store import Profile
    from adminui.ui.bridge import AsyncBridge
    from adminui.ui.context import ClusterContext
    from adminui.ui.namespaces.page import NamespacesPage

    bridge = AsyncBridge()
    context = ClusterContext(Profile("bench", ClusterKind.OPENBAO, ("http://127.0.0.1:1",)))
    page = NamespacesPage(context, bridge)
    page.resize(1100, 700)
    page.show()
    page.model.set_index(index)
    QApplication.processEvents()
    words = ["tenant-0042/app-01", "app-00", "team-3", "tenant-01", "zzz-nothing"]
    timings: list[float] = []
    for word in words:
        for end in range(1, len(word) + 1):
            started = time.perf_counter()
            page.filter_edit.setText(word[:end])
            QApplication.processEvents()
            timings.append(time.perf_counter() - started)
        started = time.perf_counter()
        page.filter_edit.clear()
        QApplication.processEvents()
        timings.append(time.perf_counter() - started)
    page.filter_edit.setText(words[0])
    shown = page.model.shown_count()
    page.close()
    bridge.shutdown()
    return percentile_ms(timings, 0.5), percentile_ms(timings, 0.95), shown


def replay_client_factory(raw: bytes) -> Callable[[], httpx.AsyncClient]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"content-type": "application/json"})

    return lambda: httpx.AsyncClient(transport=httpx.MockTransport(handler))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--large", action="store_true", help="10,000 on a single-node dev server")
    mode.add_argument("--replay", action="store_true", help="replay the recorded 10,000 SCAN")
    parser.add_argument("--parents", type=int, default=0, help="tenants (first level)")
    parser.add_argument("--children", type=int, default=0, help="namespaces per tenant")
    args = parser.parse_args()

    figures: dict[str, Any] = {}
    if args.replay:
        raw = gzip.decompress(RECORDING.read_bytes())
        figures["mode"] = "replay"
        figures.update(measure(replay_client_factory(raw), "http://replay", "replay-token"))
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
