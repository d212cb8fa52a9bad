"""The heap trimmer gives memory freed inside the C heap back to the system."""

from __future__ import annotations

import threading

import psutil

from adminui.ui.heap_trim import HeapTrimmer, malloc_trim


def _rss_mib() -> float:
    return float(psutil.Process().memory_info().rss / 2**20)


def test_memory_freed_between_live_blocks_goes_back_to_the_system() -> None:
    trim = malloc_trim()
    assert trim is not None  # glibc
    # 200 MiB of 2 KiB blocks (each from malloc, not Python's small-object arenas);
    # one in twenty stays alive, so the freed ones are holes the heap keeps.
    blocks = [bytes(2048) + bytes([i % 256]) for i in range(100_000)]
    kept = blocks[::20]
    del blocks
    held = _rss_mib()
    trimmer = HeapTrimmer(trim, every_s=3600)
    try:
        trimmer.trim_now()
    finally:
        trimmer.stop()
    assert held - _rss_mib() > 100
    assert trimmer.trims == 1 and trimmer.longest_s > 0
    assert len(kept) == 5000


def test_trims_on_its_own_thread_until_stopped() -> None:
    calls: list[str] = []
    called = threading.Event()

    def trim() -> int:
        calls.append(threading.current_thread().name)
        called.set()
        return 1

    trimmer = HeapTrimmer(trim, every_s=0.01)
    assert trimmer.active
    assert called.wait(5)
    trimmer.stop()
    count = len(calls)
    assert not trimmer.active and calls[0] == "heap-trim"
    called.clear()
    assert not called.wait(0.1) and len(calls) == count  # no trim once stopped


def test_without_malloc_trim_it_does_nothing() -> None:
    trimmer = HeapTrimmer(None, every_s=0.01)  # a C library without malloc_trim
    assert not trimmer.active
    trimmer.trim_now()
    assert trimmer.trims == 0
    trimmer.stop()
