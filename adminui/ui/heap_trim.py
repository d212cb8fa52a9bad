"""Hands the C allocator's free memory back to the system now and then (glibc only).

Python, Qt and numpy free memory all the time, but glibc's ``malloc`` keeps much of what
was freed inside its heaps for later: chart arrays of a hundred kilobytes, answers parsed
on the loop thread, pixmaps. The console's resident memory then creeps up while what it
holds stays the same size (measured with ``bench/soak.py``: +2 MiB in 5 minutes with the
objects the collector tracks up by 1 %, and 11 MiB handed back by one ``malloc_trim``).
A thread of its own calls ``malloc_trim(0)`` every minute, so neither the window nor the
clusters' loop ever waits for it. Elsewhere (macOS, Windows, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import time
from collections.abc import Callable

TRIM_EVERY_S = 60.0


def malloc_trim() -> Callable[[], int] | None:
    """glibc's ``malloc_trim(0)``, or None where the C library has none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the process runs on
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return lambda: int(trim(0))


class HeapTrimmer:
    """Trims the C heap every ``every_s`` seconds from a daemon thread until stopped."""

    def __init__(self, trim: Callable[[], int] | None, every_s: float = TRIM_EVERY_S) -> None:
        """``trim``: what trims (:func:`malloc_trim`); None: nothing to do here."""
        self.every_s = every_s
        self._trim = trim
        self._stop = threading.Event()
        #: How many trims ran, and the longest one (seconds), for the benchmarks.
        self.trims = 0
        self.longest_s = 0.0
        self._thread: threading.Thread | None = None
        if self._trim is not None:
            self._thread = threading.Thread(target=self._run, name="heap-trim", daemon=True)
            self._thread.start()

    @property
    def active(self) -> bool:
        return self._thread is not None

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            self.trim_now()

    def trim_now(self) -> None:
        if self._trim is None:
            return
        started = time.perf_counter()
        self._trim()
        self.trims += 1
        self.longest_s = max(self.longest_s, time.perf_counter() - started)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
