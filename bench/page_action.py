"""Latency of a repeated page action — listing the policies — the way the window makes
it (each action asks the cluster's connection for a client and closes it; the connection
shares one HTTP client per node on the window's loop) against a new client per call
(what every action paid before clients were shared).

    .venv/bin/python bench/page_action.py [--calls 200]

Against the lab (``$ADMINUI_LAB_DIR`` if one runs there, else a fresh one stopped
afterwards), on the leader, through the cluster connection the pages use. Prints the
median and p95 of both, and their ratio; ends with one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adminui.lab.profiles import lab_profiles
from adminui.monitor.connection import ClusterConnection
from bench._common import emit, median, percentile, running_lab


async def measure(connection: ClusterConnection, calls: int) -> tuple[list[float], list[float]]:
    fresh: list[float] = []
    for _ in range(calls):
        started = time.perf_counter()
        async with connection.vault() as vault:
            await vault.policies.list()
        fresh.append((time.perf_counter() - started) * 1000)
    warm: list[float] = []
    connection.share_clients_on(asyncio.get_running_loop())  # what the window does
    async with connection.vault() as vault:
        await vault.policies.list()  # the node's connection is made here, not measured
    for _ in range(calls):
        started = time.perf_counter()
        async with connection.vault() as vault:
            await vault.policies.list()
        warm.append((time.perf_counter() - started) * 1000)
    await connection.close_clients()
    return fresh, warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    figures: dict[str, float] = {"calls": args.calls}
    with running_lab() as lab:
        profile, token = lab_profiles(lab)[0]
        leader = lab.bao_leader()
        https = replace(
            profile,
            node_urls=tuple(n.tls_url for n in lab.bao_nodes()),
            ca_bundle=str(lab.tls.ca_cert),
        )
        for name, used, node in (
            ("http", profile, leader.api_url),
            ("https", https, leader.tls_url),
        ):
            connection = ClusterConnection(used, token, audit=lambda _event: None)
            connection.preferred_node = node
            fresh, warm = asyncio.run(measure(connection, args.calls))
            figures |= {
                f"{name}_new_client_median_ms": median(fresh),
                f"{name}_new_client_p95_ms": percentile(fresh, 95),
                f"{name}_shared_median_ms": median(warm),
                f"{name}_shared_p95_ms": percentile(warm, 95),
                f"{name}_new_over_shared_ratio": median(fresh) / median(warm),
            }
            print(
                f"{name}: list policies, {args.calls} calls: new client per call median "
                f"{median(fresh):.2f} ms (p95 {percentile(fresh, 95):.2f}); shared client "
                f"median {median(warm):.2f} ms (p95 {percentile(warm, 95):.2f}); "
                f"ratio {median(fresh) / median(warm):.2f}"
            )
    emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
