"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate — often the
asyncio loop thread parsing a large answer — and would then destroy Qt objects caught in
reference cycles (closures over widgets, timers) from that thread, which Qt forbids
("Timers cannot be started from another thread", or worse). So automatic collection is
switched off and a GUI-thread timer collects, generation by generation, when the
collector's own thresholds say it is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns the cycle collector while it exists (create it on the GUI thread)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.was_enabled = gc.isenabled()
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()
        self.collections = 0

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                self.collections += 1
                return

    def stop(self) -> None:
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
