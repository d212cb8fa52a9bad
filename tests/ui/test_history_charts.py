"""The history charts draw the observed cluster and follow the theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory
from adminui.ui import theme
from adminui.ui.overview.history_charts import DARK_PALETTE, PALETTE, HistoryCharts

URLS = ("http://a:8200", "http://b:8200")


@pytest.fixture
def controller() -> Iterator[theme.ThemeController]:
    themes = theme.ThemeController()
    yield themes
    themes.apply("system")


def history() -> ClusterHistory:
    found = ClusterHistory()
    for i in range(5):
        found.add(
            Snapshot(
                "c",
                1_700_000_000.0 + i,
                (
                    NodeState(URLS[0], Role.LEADER, commit_index=10 + i, latency_s=0.004),
                    NodeState(URLS[1], Role.FOLLOWER, commit_index=9 + i, latency_s=0.006),
                ),
            )
        )
    return found


def test_charts_draw_and_follow_the_theme(qtbot: QtBot, controller: theme.ThemeController) -> None:
    controller.apply("light")
    charts = HistoryCharts(history(), URLS)
    qtbot.addWidget(charts)
    charts.resize(800, 600)
    charts.show()
    qtbot.waitUntil(lambda: bool(charts._plots))
    times, leaders = charts._leader_curve.getData()
    assert len(times) == 5
    assert list(leaders) == [1.0] * 5
    background = charts._graphics.backgroundBrush().color()
    assert background == theme.light_palette().color(QPalette.ColorRole.Base)
    assert charts._curves[("latency", URLS[0])].opts["pen"].color() == QColor(PALETTE[0])
    controller.apply("dark")
    qtbot.waitUntil(
        lambda: charts._graphics.backgroundBrush().color() == QColor("#17181a"), timeout=2000
    )
    assert charts._curves[("latency", URLS[1])].opts["pen"].color() == QColor(DARK_PALETTE[1])
