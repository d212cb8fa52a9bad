"""Guards for known faults of the Qt binding on this platform."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_leak_none_references(qtbot: QtBot) -> None:
    # PySide6 6.12 on Python <= 3.11 drops a reference to None per void call and the
    # process later aborts; the dependency pin keeps us on a release without the bug.
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(200):
        widget.update()
    assert sys.getrefcount(None) >= before - 5


def test_survivors_of_a_full_collection_are_frozen_so_the_next_ones_are_short() -> None:
    import gc

    from adminui.ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        kept = [[i] for i in range(1000)]  # long-lived objects
        while gc.get_count()[2] <= collector.thresholds[2]:
            gc.collect(1)  # each one counts towards a full collection
        before = gc.get_freeze_count()
        collector.collect_due()
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        collector.stop()
        gc.unfreeze()
    assert gc.get_freeze_count() == 0
