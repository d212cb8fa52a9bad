"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate — often the
asyncio loop thread parsing a large answer — and would then destroy Qt objects caught in
reference cycles (closures over widgets, timers) from that thread, which Qt forbids
("Timers cannot be started from another thread", or worse). So automatic collection is
switched off and a GUI-thread timer collects, generation by generation, when the
collector's own thresholds say it is due. It looks ten times a second, so a young
collection has at most a tenth of a second's new objects to go through (looking twice a
second, one after a node failure took 25 ms: a visible stall).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100


class GuiThreadCollector(QObject):
    """Owns the cycle collector while it exists (create it on the GUI thread)."""

    def __init__(
        self,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
        *,
        freeze_survivors: bool = True,
    ) -> None:
        super().__init__(parent)
        #: Freeze what survives a full collection (off in the tests, whose leftovers of
        #: one test must be collected before the next).
        self.freeze_survivors = freeze_survivors
        self.was_enabled = gc.isenabled()
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()
        self.collections = 0

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold.

        What survives a full collection is long-lived (the clusters' histories above
        all: some 100,000 objects an hour of snapshots): it is frozen, so that later full
        collections look only at what came after it. Scanning it every time stalled the
        window for 100-200 ms every few seconds.
        """
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                if generation == 2 and self.freeze_survivors:
                    gc.freeze()
                self.collections += 1
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
        if self.was_enabled:
            gc.enable()
