"""Pages without anything to show yet say so in a sentence, with their main action,
instead of an empty list or an axis with nothing on it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from adminui.profiles.drill_history import DrillHistory
from adminui.ui.bridge import AsyncBridge
from adminui.ui.rotation.timeline import RotationTimeline
from tests.ui.test_drill_page import make_page, report
from tests.ui.test_rotation_page import NOW, make_set, staggered_status


def test_the_rotation_timeline_says_what_to_do_until_a_set_is_shown(qtbot: QtBot) -> None:
    timeline = RotationTimeline()
    qtbot.addWidget(timeline)
    timeline.show()
    assert timeline.empty.isVisible() and not timeline.plot.isVisible()
    assert "Choose a rotation set" in timeline.empty.text()
    timeline.clear("Reading the members…")
    assert timeline.empty.text() == "Reading the members…"
    rotation_set = make_set()
    assessment = staggered_status(rotation_set).assess(NOW)
    timeline.show_assessment(assessment, [m.role for m in rotation_set.members])
    assert timeline.plot.isVisible() and timeline.legend.isVisible()
    assert not timeline.empty.isVisible()


def test_the_drills_page_offers_a_first_drill(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path
) -> None:
    page = make_page(qtbot, bridge, tmp_path)
    page.show()
    page.refresh()
    assert page.history_stack.currentWidget() is page.history_empty
    assert "No drill has been run" in page.history_empty.sentence.text()
    started: list[bool] = []
    page.drill_button.clicked.connect(lambda: started.append(True))
    page.drill_button.setEnabled(False)
    qtbot.waitUntil(lambda: not page.history_empty.button.isEnabled(), timeout=2000)
    page.drill_button.setEnabled(True)  # as the capability check enables it
    qtbot.waitUntil(page.history_empty.button.isEnabled, timeout=2000)
    page.history_empty.button.click()
    assert started == [True]  # the same as the page's own button
    DrillHistory(tmp_path).save(report())
    page.refresh()
    assert page.history_stack.currentWidget() is page.history_view
