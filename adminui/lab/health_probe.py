"""An independent witness for failover measurements: which OpenBao node answers
``sys/health`` with 200 (active), looked at every 20 ms from a thread of its own.

Tests and benchmarks compare what the console reports with what this probe saw.
"""

from __future__ import annotations

import threading
import time

import httpx

INTERVAL_S = 0.02


class ActiveNodeProbe:
    """Records ``(time, active node URL or "")`` samples while used as a context manager."""

    def __init__(self, urls: list[str], interval_s: float = INTERVAL_S) -> None:
        self.urls = urls
        self.interval_s = interval_s
        self.samples: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="active-node-probe", daemon=True)

    def __enter__(self) -> ActiveNodeProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        timeout = httpx.Timeout(0.3, connect=0.1)
        with httpx.Client(timeout=timeout, trust_env=False) as client:
            while not self._stop.is_set():
                started = time.time()
                active = ""
                for url in self.urls:
                    try:
                        if client.get(f"{url}/v1/sys/health").status_code == 200:
                            active = url
                    except httpx.HTTPError:
                        pass
                self.samples.append((time.time(), active))
                self._stop.wait(max(0.0, self.interval_s - (time.time() - started)))

    def first_other_active(self, after: float, old: str) -> float | None:
        """When a node other than ``old`` was first seen active at or after ``after``."""
        return next((t for t, a in list(self.samples) if t >= after and a and a != old), None)

    def without_active(self, start: float, end: float) -> float:
        """Seconds between ``start`` and ``end`` during which no node was active."""
        total, prev_t, prev_a = 0.0, start, None
        for t, active in list(self.samples):
            if t < start:
                prev_a = active
                continue
            if t > end:
                break
            if prev_a == "":
                total += t - prev_t
            prev_t, prev_a = t, active
        return total
