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
