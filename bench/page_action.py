"""Latency of a repeated page action — listing the policies — on a warm connection
(one client reused) against a new client per call (what the pages do today).

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
    async with connection.vault() as vault:
        await vault.policies.list()  # the connection is made here, not measured
        for _ in range(calls):
            started = time.perf_counter()
            await vault.policies.list()
            warm.append((time.perf_counter() - started) * 1000)
    return fresh, warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    with running_lab() as lab:
        profile, token = lab_profiles(lab)[0]
        connection = ClusterConnection(profile, token, audit=lambda _event: None)
        connection.preferred_node = lab.bao_leader().api_url
        fresh, warm = asyncio.run(measure(connection, args.calls))
    figures = {
        "calls": args.calls,
        "new_client_median_ms": median(fresh),
        "new_client_p95_ms": percentile(fresh, 95),
        "warm_median_ms": median(warm),
        "warm_p95_ms": percentile(warm, 95),
        "new_over_warm_ratio": median(fresh) / median(warm),
    }
    print(
        f"list policies, {args.calls} calls: new client per call median "
        f"{figures['new_client_median_ms']:.2f} ms (p95 {figures['new_client_p95_ms']:.2f}); "
        f"warm connection median {figures['warm_median_ms']:.2f} ms "
        f"(p95 {figures['warm_p95_ms']:.2f}); ratio {figures['new_over_warm_ratio']:.2f}"
    )
    emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
