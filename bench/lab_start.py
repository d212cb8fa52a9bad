"""How long `adminui lab up` takes from nothing to ready (3 OpenBao voters, PostgreSQL,
a Core cluster with a leader), median of N fresh starts, and how long `down` takes.

    .venv/bin/python bench/lab_start.py [--runs 3]

Ends by printing one JSON line of figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from adminui.lab import Lab


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ups: list[float] = []
    downs: list[float] = []
    with tempfile.TemporaryDirectory(prefix="adminui-bench-") as tmp:
        for run in range(args.runs):
            lab = Lab(Path(tmp) / f"lab{run}")
            started = time.monotonic()
            try:
                lab.up()
                ups.append(time.monotonic() - started)
            finally:
                started = time.monotonic()
                lab.down()
                downs.append(time.monotonic() - started)
            print(f"run {run + 1}: up {ups[-1]:.2f} s, down {downs[-1]:.2f} s", flush=True)
    figures = {
        "runs": args.runs,
        "lab_up_median_s": round(statistics.median(ups), 2),
        "lab_up_min_s": round(min(ups), 2),
        "lab_up_max_s": round(max(ups), 2),
        "lab_down_median_s": round(statistics.median(downs), 2),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
