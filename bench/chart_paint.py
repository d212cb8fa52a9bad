"""How long the History charts take to paint an hour of history, thinned to about one
point per pixel (what the window does) against every snapshot handed to the plots.

    .venv/bin/python bench/chart_paint.py [--paints 60] [--memory-paints 0]

Offscreen, no lab: a 3-node cluster's history filled to its capacity (an hour at two
snapshots a second; every 30 s a node down for 8 s, as in the soak; latency spikes), one
snapshot added before each redraw and paint, as the live view does each second. Prints
the median, p95 and worst paint of both, and their ratio. With ``--memory-paints N``,
then N more thinned paints with the process's memory read every 1,000 (after a cycle
collection and the C heap trimmed, as the console trims it): whether the redraws keep
anything. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import emit, median, percentile

URLS = ("http://127.0.0.1:8200", "http://127.0.0.1:8210", "http://127.0.0.1:8220")


def filled_history() -> object:
    from adminui.core.cluster import NodeState, Role, Snapshot
    from adminui.core.history import DEFAULT_CAPACITY, ClusterHistory

    history = ClusterHistory()
    now = time.time() - DEFAULT_CAPACITY / 2
    for i in range(DEFAULT_CAPACITY):
        down = 2000 <= i < 2600
        nodes = tuple(
            NodeState(
                url,
                Role.UNREACHABLE
                if (n == 2 and down)
                else (Role.LEADER if n == 0 else Role.FOLLOWER),
                term=3,
                commit_index=1000 + i,
                applied_index=None if (n == 2 and down) else 1000 + i - n,
                latency_s=None
                if (n == 2 and down)
                else 0.002 + 0.001 * n + (0.3 if i % 997 == 0 else 0),
            )
            for n, url in enumerate(URLS)
        )
        history.add(Snapshot("bench", now + i / 2, nodes))
    return history


def paints(thin: bool, count: int, rss: list[float] | None = None) -> list[float]:
    """How long each of ``count`` redraws and paints took (ms); with ``rss``, the memory
    (MiB) appended to it every 1,000 paints."""
    import gc

    import psutil
    from PySide6.QtWidgets import QApplication

    from adminui.core.cluster import NodeState, Role, Snapshot
    from adminui.ui.heap_trim import malloc_trim
    from adminui.ui.overview import history_charts

    app = QApplication.instance() or QApplication(sys.argv)
    if not thin:  # every snapshot handed to the plots
        history_charts.MIN_BUCKETS = history_charts.MAX_BUCKETS = 10**9
    history = filled_history()
    charts = history_charts.HistoryCharts(history, URLS)  # type: ignore[arg-type]
    charts.resize(1100, 700)
    charts.show()
    for _ in range(5):
        app.processEvents()
    took: list[float] = []
    trim = malloc_trim()
    for i in range(count):
        if rss is not None and i % 1000 == 0:
            gc.collect()
            if trim is not None:
                trim()
            rss.append(psutil.Process().memory_info().rss / 2**20)
        nodes = tuple(
            NodeState(u, Role.FOLLOWER, latency_s=0.003, applied_index=9000 + i) for u in URLS
        )
        history.add(Snapshot("bench", time.time(), nodes))  # type: ignore[attr-defined]
        started = time.perf_counter()
        charts.redraw()
        charts.repaint()
        app.processEvents()
        took.append((time.perf_counter() - started) * 1000)
    charts.close()
    history_charts.MIN_BUCKETS, history_charts.MAX_BUCKETS = 200, 1500
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paints", type=int, default=60)
    parser.add_argument("--memory-paints", type=int, default=0)
    args = parser.parse_args()
    whole = paints(False, args.paints)
    thinned = paints(True, args.paints)
    rss: list[float] = []
    if args.memory_paints:
        paints(True, args.memory_paints + 1, rss)
        print("memory every 1,000 paints: " + ", ".join(f"{m:.1f}" for m in rss) + " MiB")
    for name, values in (("every snapshot", whole), ("thinned to pixels", thinned)):
        print(
            f"{name}: median {median(values):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
            f"worst {max(values):.1f} ms"
        )
    emit(
        {
            "paints": args.paints,
            "whole_median_ms": median(whole),
            "whole_p95_ms": percentile(whole, 95),
            "whole_max_ms": max(whole),
            "thinned_median_ms": median(thinned),
            "thinned_p95_ms": percentile(thinned, 95),
            "thinned_max_ms": max(thinned),
            "median_ratio": median(whole) / median(thinned),
            **(
                {
                    "memory_paints": args.memory_paints,
                    "rss_first_mib": rss[0],
                    "rss_last_mib": rss[-1],
                    "rss_max_mib": max(rss),
                }
                if rss
                else {}
            ),
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
