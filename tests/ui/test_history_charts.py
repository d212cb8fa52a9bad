"""The history charts draw the observed cluster, read out a moment, zoom together, say
when there is nothing to show, and follow the theme."""

from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.history import ClusterHistory
from adminui.ui import theme
from adminui.ui.overview.chart_lanes import LANE_HEIGHT, nice_ceiling, short_name
from adminui.ui.overview.history_charts import DARK_PALETTE, PALETTE, PLOTS, HistoryCharts

URLS = ("http://a:8200", "http://b:8200")
T0 = 1_700_000_000.0


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
                T0 + i,
                (
                    NodeState(URLS[0], Role.LEADER, commit_index=10 + i, latency_s=0.004),
                    NodeState(URLS[1], Role.FOLLOWER, commit_index=9 + i, latency_s=0.006),
                ),
            )
        )
    return found


def snapshot(at: float, leader: int | None, lag: int = 0, answered: bool = True) -> Snapshot:
    """Two nodes; ``leader`` 0 or 1 leads (None: nobody); b is ``lag`` entries behind."""
    nodes = []
    for n, url in enumerate(URLS):
        role = Role.CANDIDATE if leader is None else Role.LEADER if leader == n else Role.FOLLOWER
        nodes.append(
            NodeState(
                url,
                role,
                commit_index=100,
                applied_index=100 - (lag if n == 1 else 0) if answered else None,
                latency_s=0.002 * (n + 1) if answered else None,
            )
        )
    return Snapshot("c", at, tuple(nodes))


def changing_history() -> ClusterHistory:
    """a leads for 10 s, nobody for 5 s, then b leads for 10 s (one snapshot a second)."""
    found = ClusterHistory()
    for i in range(25):
        leader = 0 if i < 10 else None if i < 15 else 1
        found.add(snapshot(T0 + i, leader, lag=i % 4))
    return found


def shown(qtbot: QtBot, found: ClusterHistory, urls: tuple[str, ...] = URLS) -> HistoryCharts:
    charts = HistoryCharts(found, urls)
    qtbot.addWidget(charts)
    charts.resize(900, 650)
    charts.show()
    qtbot.waitUntil(lambda: charts._graphics is not None and charts._graphics.isVisible())
    qtbot.wait(30)  # the plots take their place in the layout
    return charts


def ranges(charts: HistoryCharts) -> list[tuple[float, float]]:
    return [tuple(charts._plots[key].vb.viewRange()[0]) for key in PLOTS]  # type: ignore[misc]


def test_charts_draw_and_follow_the_theme(qtbot: QtBot, controller: theme.ThemeController) -> None:
    controller.apply("light")
    charts = shown(qtbot, history())
    bands = charts._bands
    assert list(bands.leaders) == [1]
    assert (bands.starts[0], bands.ends[0]) == (T0, T0 + 4)
    background = charts._graphics.backgroundBrush().color()
    assert background == theme.light_palette().color(QPalette.ColorRole.Base)
    assert charts._curves[("latency", URLS[0])].opts["pen"].color() == QColor(PALETTE[0])
    assert bands._brushes[1].color() == QColor(PALETTE[0])
    controller.apply("dark")
    qtbot.waitUntil(
        lambda: charts._graphics.backgroundBrush().color() == QColor("#17181a"), timeout=2000
    )
    assert charts._curves[("latency", URLS[1])].opts["pen"].color() == QColor(DARK_PALETTE[1])
    assert bands._brushes[2].color() == QColor(DARK_PALETTE[1])
    assert bands._brushes[0].color() == theme.status_colour_in("error", True)


def test_the_timeline_shows_who_led_across_a_change_and_a_leaderless_gap(
    qtbot: QtBot,
) -> None:
    charts = shown(qtbot, changing_history())
    bands = charts._bands
    assert list(bands.leaders) == [1, 0, 2]
    assert list(bands.starts) == [T0, T0 + 10, T0 + 15]
    assert list(bands.ends) == [T0 + 10, T0 + 15, T0 + 24]
    assert [bands.leader_at(T0 + s) for s in (0.5, 9.5, 10.5, 14.9, 15.5, 24)] == [
        1,
        1,
        0,
        0,
        2,
        2,
    ]
    assert bands.leader_at(T0 - 1) is None
    # Each node has its own row, labelled with its short name; "no leader" is the last.
    left = dict((name, y) for y, name in charts._ticks[("leader", "left")])
    assert left == {"a:8200": 2.0, "b:8200": 1.0, "no leader": 0.0}
    assert [label.text for _sample, label in charts._legend.items] == ["a:8200", "b:8200"]
    assert [label.text for _sample, label in charts._none_legend.items] == ["no leader"]
    # The read-out names the leader the band shows.
    assert "leader: a:8200" in charts.describe(charts.readout_at(T0 + 3))  # type: ignore[arg-type]
    assert "no leader" in charts.describe(charts.readout_at(T0 + 12))  # type: ignore[arg-type]
    assert "leader: b:8200" in charts.describe(charts.readout_at(T0 + 20))  # type: ignore[arg-type]


def test_nodes_are_named_by_their_raft_id_when_the_snapshot_has_one(qtbot: QtBot) -> None:
    named = Snapshot(
        "c",
        T0,
        (
            NodeState(URLS[0], Role.LEADER, latency_s=0.001, name="node-1"),
            NodeState(URLS[1], Role.FOLLOWER, latency_s=0.001),
        ),
    )
    assert short_name(URLS[0], named) == "node-1"
    assert short_name(URLS[1], named) == "b:8200"
    assert short_name("https://10.0.0.1:8200/") == "10.0.0.1:8200"
    found = ClusterHistory()
    found.add(named)
    charts = shown(qtbot, found)
    assert [label.text for _sample, label in charts._legend.items] == ["node-1", "b:8200"]
    assert [name for _y, name in charts._ticks[("latency", "left")]] == ["node-1", "b:8200"]
    assert "leader: node-1" in charts.describe(charts.readout_at(T0))  # type: ignore[arg-type]


def test_hovering_reads_out_the_values_at_that_time(qtbot: QtBot) -> None:
    charts = shown(qtbot, changing_history())
    reading = charts.readout_at(T0 + 6.5)
    assert reading is not None
    assert reading.at == T0 + 6 and reading.leader == URLS[0]
    assert [(n.name, n.latency_ms, n.lag) for n in reading.nodes] == [
        ("a:8200", pytest.approx(2.0), 0.0),
        ("b:8200", pytest.approx(4.0), 2.0),
    ]
    assert charts.readout_at(T0 - 0.5) is None
    # The pointer over a plot: a line on every plot and the values above them.
    plot = charts._plots["latency"]
    qtbot.waitUntil(lambda: plot.vb.sceneBoundingRect().width() > 100)
    where = plot.vb.mapViewToScene(QPointF(T0 + 6.5, 0.5))
    charts._pointer_moved(where)
    qtbot.waitUntil(lambda: charts.hovered_at is not None)
    assert charts.hovered_at == pytest.approx(T0 + 6.5, abs=0.2)
    assert all(line.isVisible() for line in charts._hover_lines)
    assert [line.value() for line in charts._hover_lines] == [charts.hovered_at] * 3
    text = charts.readout.text()
    assert "leader: a:8200" in text
    assert "a:8200 2.0 ms, b:8200 4.0 ms" in text
    assert "index lag: a:8200 0, b:8200 2" in text
    # Off the plots the read-out goes back to its hint.
    charts._pointer_moved(QPointF(-50, -50))
    qtbot.waitUntil(lambda: charts.hovered_at is None)
    assert not any(line.isVisible() for line in charts._hover_lines)
    assert "Point at a chart" in charts.readout.text()


def test_a_node_that_did_not_answer_reads_out_as_such(qtbot: QtBot) -> None:
    found = ClusterHistory()
    found.add(snapshot(T0, 0))
    found.add(snapshot(T0 + 1, None, answered=False))
    charts = shown(qtbot, found)
    text = charts.describe(charts.readout_at(T0 + 1))  # type: ignore[arg-type]
    assert "no leader" in text and "a:8200 no answer" in text and "b:8200 unknown" in text


def test_time_range_and_zoom_move_every_chart_together(qtbot: QtBot) -> None:
    found = ClusterHistory()
    for i in range(600):  # ten minutes, one snapshot a second
        found.add(snapshot(T0 + i, 0, lag=1))
    charts = shown(qtbot, found)
    latest = T0 + 599
    assert charts.follow and charts.span_s is None
    assert ranges(charts) == [(T0, latest)] * 3
    charts.set_time_range(60)
    assert charts.range_box.currentData() == 60
    assert ranges(charts) == [(latest - 60, latest)] * 3
    # Following: a new snapshot moves the window.
    found.add(snapshot(latest + 1, 0))
    charts.redraw()
    assert ranges(charts) == [(latest - 59, latest + 1)] * 3
    # A zoom stops following; new snapshots no longer move what is shown.
    charts.zoom(T0 + 100, T0 + 130)
    assert not charts.follow and charts.follow_button.isVisible()
    assert ranges(charts) == [(T0 + 100, T0 + 130)] * 3
    found.add(snapshot(latest + 2, 0))
    charts.redraw()
    assert ranges(charts) == [(T0 + 100, T0 + 130)] * 3
    # The curves hold the part in view (not the whole hour), every point of it.
    times, _values = charts._curves[("latency", URLS[0])].getData()
    assert times[0] <= T0 + 100 and times[-1] >= T0 + 130 and len(times) < 40
    charts.follow_button.click()
    assert charts.follow and not charts.follow_button.isVisible()
    assert ranges(charts) == [(latest + 2 - 60, latest + 2)] * 3


def test_the_mouse_wheel_zooms_time_on_every_chart(qtbot: QtBot) -> None:
    found = ClusterHistory()
    for i in range(600):
        found.add(snapshot(T0 + i, 0))
    charts = shown(qtbot, found)
    before = charts.x_range()
    view = charts._graphics
    plot = charts._plots["latency"]
    qtbot.waitUntil(lambda: plot.vb.sceneBoundingRect().width() > 100)
    lanes = plot.vb.viewRange()[1]
    centre = view.mapFromScene(plot.vb.sceneBoundingRect().center())
    event = QWheelEvent(
        QPointF(centre),
        QPointF(view.viewport().mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    after = charts.x_range()
    assert after[1] - after[0] < before[1] - before[0]
    assert not charts.follow and charts.follow_button.isVisible()
    assert len(set(ranges(charts))) == 1
    assert plot.vb.viewRange()[1] == lanes  # the wheel zooms time only


def test_a_chart_with_no_data_says_so_instead_of_drawing_an_axis(qtbot: QtBot) -> None:
    found = ClusterHistory()
    for i in range(10):  # the nodes answer but report no applied index
        found.add(
            Snapshot(
                "c",
                T0 + i,
                tuple(NodeState(u, Role.FOLLOWER, latency_s=0.003) for u in URLS),
            )
        )
    charts = shown(qtbot, found)
    assert charts.empty_sentence("lag") == (
        "The nodes report no applied index: there is no lag to show."
    )
    assert charts._ticks[("lag", "left")] == charts._ticks[("lag", "right")] == []
    assert not any(line.isVisible() for line in charts._baselines["lag"])
    assert charts.empty_sentence("latency") == ""
    assert [name for _y, name in charts._ticks[("latency", "left")]] == ["a:8200", "b:8200"]
    assert charts.empty_sentence("leader") == ""
    # Zoomed to a time before the first snapshot: nothing was observed there.
    charts.zoom(T0 - 100, T0 - 50)
    charts.redraw()
    assert charts.empty_sentence("leader") == "No snapshot was taken in this time range."
    assert charts.empty_sentence("latency") == "No node answered in this time range."
    charts.follow_live()
    assert charts.empty_sentence("leader") == ""


def test_lanes_keep_each_node_on_its_own_scale(qtbot: QtBot) -> None:
    found = ClusterHistory()
    for i in range(20):
        nodes = (
            NodeState(URLS[0], Role.LEADER, latency_s=0.3 if i == 10 else 0.002),
            NodeState(URLS[1], Role.FOLLOWER, latency_s=0.004),
        )
        found.add(Snapshot("c", T0 + i, nodes))
    charts = shown(qtbot, found)
    scale = charts._ticks[("latency", "right")]
    assert [label for _y, label in scale] == ["500 ms", "5 ms"]
    for index, url in enumerate(URLS):
        _times, lane = charts._curves[("latency", url)].getData()
        base = float(len(URLS) - 1 - index)
        assert np.nanmin(lane) >= base and np.nanmax(lane) <= base + LANE_HEIGHT
    # b's flat 4 ms fills most of its lane, not a sliver under a's spike.
    _times, lane_b = charts._curves[("latency", URLS[1])].getData()
    assert np.nanmax(lane_b) == pytest.approx(LANE_HEIGHT * 4 / 5)
    assert [nice_ceiling(v, 1) for v in (0.2, 1.0, 1.5, 3, 7, 70, float("nan"))] == [
        1,
        1,
        2,
        5,
        10,
        100,
        1,
    ]


def test_the_ring_buffer_wrap_keeps_only_the_newest_points(qtbot: QtBot) -> None:
    found = ClusterHistory(capacity=10)
    for i in range(25):
        found.add(snapshot(T0 + i, 0 if i < 20 else 1, lag=i))
    charts = shown(qtbot, found)
    times, _lane = charts._curves[("lag", URLS[1])].getData()
    assert list(times) == [T0 + i for i in range(15, 25)]
    assert charts.readout_at(T0 + 5) is None  # that snapshot left the ring
    reading = charts.readout_at(T0 + 15)
    assert reading is not None and reading.nodes[1].lag == 15
    assert list(charts._bands.starts) == [T0 + 15, T0 + 20]
    assert list(charts._bands.leaders) == [1, 2]


def test_off_screen_charts_do_not_draw_and_redraws_reuse_their_buffers(
    qtbot: QtBot,
) -> None:
    found = ClusterHistory()
    for i in range(3000):
        found.add(snapshot(T0 + i / 2, 0, lag=i % 3))
    charts = shown(qtbot, found)
    buffers = {key: buffer._buffer for key, buffer in charts._buffers.items()}
    took = []
    for i in range(20):
        found.add(snapshot(T0 + 1500 + i, 0))
        started = time.perf_counter()
        charts.redraw()
        took.append(time.perf_counter() - started)
    # The lanes are scaled into the memory they were given when built.
    assert all(charts._buffers[key]._buffer is buffer for key, buffer in buffers.items())
    assert sorted(took)[len(took) // 2] < 0.02
    charts.hide()
    assert not charts.timer.isActive()
    drawn = charts._curves[("latency", URLS[0])].getData()[0][-1]
    found.add(snapshot(T0 + 2000, 0))
    charts.redraw()
    assert charts._curves[("latency", URLS[0])].getData()[0][-1] == drawn


def test_the_placeholder_shows_until_the_first_snapshot(qtbot: QtBot) -> None:
    found = ClusterHistory()
    charts = HistoryCharts(found, URLS)
    qtbot.addWidget(charts)
    charts.show()
    qtbot.waitUntil(lambda: bool(charts._plots))
    assert charts._placeholder.isVisible() and not charts._graphics.isVisible()
    found.add(snapshot(T0, 0))
    charts.redraw()
    assert charts._graphics.isVisible() and not charts._placeholder.isVisible()
