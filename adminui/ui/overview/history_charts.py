"""F4: the History tab — who led, each node's latency and index lag (pyqtgraph).

Three plots share one time axis (wheel zooms it, a drag moves along it, all three move
together): a leader timeline with one band per node filled where that node led and a
hatched "no leader" row; then latency and index lag, each node in a lane of its own with
its own scale (written on the right), so one node's spike never hides the others. A time
range picker chooses how much of the newest history to follow; zooming or moving stops
following until "Back to live". Pointing at a chart reads out the time and every node's
values there, in a line above the plots (never over the data); a plot with nothing to
show in the range says so in a sentence instead of drawing an empty axis.

pyqtgraph is imported only when the charts are first built (it costs ~0.5 s at start).
Curves are redrawn with ``setData`` on a timer, only while the tab is on screen, from the
arrays the cluster's history keeps preallocated (ring buffers filled as snapshots
arrive): the part in view is found by bisection, thinned to about one point per pixel
(the smallest and largest value of each run, so spikes stay) and scaled into each lane's
own buffer. While the overview replays a past moment, a cursor marks it on every plot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from adminui.core.history import ClusterHistory, peak_decimated
from adminui.ui.i18n import fill
from adminui.ui.overview.chart_lanes import (
    LANE_HEIGHT,
    LaneBuffer,
    lane_base,
    nice_ceiling,
    short_name,
    visible_slice,
)
from adminui.ui.overview.replay_banner import REPLAY_TONE, moment_text
from adminui.ui.theme import SERIES_COLOURS, chart_colour, series_colour, status_colour

#: One colour per node: for a light and for a dark background.
PALETTE = tuple(light for light, _dark in SERIES_COLOURS)
DARK_PALETTE = tuple(dark for _light, dark in SERIES_COLOURS)
REDRAW_MS = 1000
#: Points per curve are about twice the plot's width, within these bounds.
MIN_BUCKETS = 200
MAX_BUCKETS = 1500
#: The time ranges offered, in seconds (0: all the history kept).
RANGES_S = (60, 300, 900, 3600, 0)
#: The narrowest time span a zoom reaches, in seconds.
MIN_SPAN_S = 2.0
#: Pointer moves are read out at most this often (ms): one read-out per frame.
HOVER_MS = 16
#: After a zoom or a move along the time axis the curves are refilled this soon (ms).
REFILL_MS = 30
#: Full-scale floors of a lane: 1 ms of latency, 1 entry of lag.
LATENCY_FLOOR_MS = 1.0
LAG_FLOOR = 1.0
PLOTS = ("leader", "latency", "lag")


@dataclass(frozen=True)
class NodeReading:
    """One node's values in a read-out (None: not known then)."""

    url: str
    name: str
    latency_ms: float | None
    lag: float | None


@dataclass(frozen=True)
class Readout:
    """What the charts show at one moment: the snapshot in force then."""

    at: float
    #: The leader's URL; "" when nobody led.
    leader: str
    nodes: tuple[NodeReading, ...]


def _finite(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def _peak(values: Any) -> float:
    """The largest value ignoring NaN (NaN when there is none), without a copy."""
    return float(np.fmax.reduce(values)) if len(values) else math.nan


class HistoryCharts(QWidget):
    """Leader timeline, per-node latency and index lag over a shared, zoomable time axis."""

    def __init__(
        self, history: ClusterHistory, node_urls: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.node_urls = node_urls
        #: How each node is named on the charts (its Raft id when known, else host:port).
        self.names = tuple(short_name(url) for url in node_urls)
        #: Whether the charts follow the newest snapshots (False once zoomed or moved).
        self.follow = True
        #: The time range followed, in seconds (None: all the history kept).
        self.span_s: float | None = None
        #: The moment pointed at (None: the pointer is off the plots).
        self.hovered_at: float | None = None
        #: The replayed moment marked on the plots; None while live (no cursor).
        self.cursor_at: float | None = None

        self.range_box = QComboBox()
        self.range_box.setObjectName("historyRange")
        self.range_box.setAccessibleName(self.tr("Time range"))
        range_names = {
            60: self.tr("Last minute"),
            300: self.tr("Last 5 minutes"),
            900: self.tr("Last 15 minutes"),
            3600: self.tr("Last hour"),
            0: self.tr("All kept"),
        }
        for seconds in RANGES_S:
            self.range_box.addItem(range_names[seconds], seconds)
        self.range_box.setCurrentIndex(RANGES_S.index(0))
        self.range_box.currentIndexChanged.connect(self._range_chosen)
        range_label = QLabel(self.tr("&Show:"))
        range_label.setBuddy(self.range_box)
        self.follow_button = QPushButton(self.tr("&Back to live"))
        self.follow_button.setObjectName("historyFollow")
        self.follow_button.setToolTip(
            self.tr("Follow the newest snapshots again over the time range chosen")
        )
        self.follow_button.clicked.connect(self.follow_live)
        self.follow_button.hide()
        self.zoom_hint = QLabel(self.tr("Wheel: zoom in time · drag: move in time"))
        self.zoom_hint.setObjectName("historyZoomHint")
        controls = QHBoxLayout()
        controls.addWidget(range_label)
        controls.addWidget(self.range_box)
        controls.addWidget(self.follow_button)
        controls.addStretch(1)
        controls.addWidget(self.zoom_hint)
        #: The values at the moment pointed at, above the plots (never over the data).
        self.readout = QLabel(self._readout_hint())
        self.readout.setObjectName("historyReadout")
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setWordWrap(True)

        self._layout = QVBoxLayout(self)
        self._layout.addLayout(controls)
        self._layout.addWidget(self.readout)
        self._placeholder = QLabel(self.tr("Charts appear once the cluster has been observed."))
        self._layout.addWidget(self._placeholder)
        self._plots: dict[str, Any] = {}
        self._curves: dict[tuple[str, str], Any] = {}
        self._buffers: dict[tuple[str, str], LaneBuffer] = {}
        self._cursors: list[Any] = []
        self._hover_lines: list[Any] = []
        #: Dotted lines under each lane (none on the timeline).
        self._baselines: dict[str, list[Any]] = {}
        self._empty: dict[str, Any] = {}
        self._ticks: dict[tuple[str, str], list[tuple[float, str]]] = {}
        self._names: dict[str, list[tuple[float, str]]] = {}
        self._bands: Any = None
        self._legend: Any = None
        self._none_legend: Any = None
        self._graphics: Any = None
        self._drawn: tuple[Any, ...] | None = None
        self._placing = False
        self._hover_pos: QPointF | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw)
        self._refill = QTimer(self)
        self._refill.setSingleShot(True)
        self._refill.setInterval(REFILL_MS)
        self._refill.timeout.connect(self.redraw)
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(HOVER_MS)
        self._hover_timer.timeout.connect(self._read_pointer)

    # ----- life ------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        self._build()
        super().showEvent(event)
        self._drawn = None
        self.redraw()
        self.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        self._refill.stop()
        self._hover_timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._plots:
            self._apply_theme()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._graphics and event.type() == QEvent.Type.Leave:
            self._hover_pos = None
            self.hover_at(None)
        return super().eventFilter(watched, event)

    # ----- building ----------------------------------------------------------------------
    def _build(self) -> None:
        if self._plots:
            return
        import pyqtgraph as pg

        from adminui.ui.overview.leader_bands import LeaderBands, Swatch

        pg.setConfigOptions(antialias=False)
        graphics = pg.GraphicsLayoutWidget()
        graphics.setObjectName("historyPlots")
        graphics.installEventFilter(self)
        graphics.hide()
        self._graphics = graphics
        self._layout.addWidget(graphics, 1)
        count = len(self.node_urls)
        self._titles = {
            "leader": self.tr("Leader"),
            "latency": self.tr("Latency (ms) — each node on its own scale"),
            "lag": self.tr("Index lag behind the leader (entries) — each node on its own scale"),
        }
        rows = {"leader": 0, "latency": 2, "lag": 3}
        for key in PLOTS:
            plot = graphics.addPlot(
                row=rows[key], col=0, axisItems={"bottom": pg.DateAxisItem("bottom")}
            )
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=True, y=False)
            plot.showAxis("right")
            plot.getAxis("right").setStyle(showValues=True)
            plot.vb.disableAutoRange()
            plot.vb.setLimits(minXRange=MIN_SPAN_S)
            plot.vb.sigRangeChangedManually.connect(self._moved_by_hand)
            self._plots[key] = plot
        leader_plot = self._plots["leader"]
        # One time axis, under the last plot: the plots above share it (their own would
        # repeat it and cost a tick layout each at every redraw).
        for key in PLOTS[:-1]:
            self._plots[key].hideAxis("bottom")
        for key in ("latency", "lag"):
            self._plots[key].setXLink(leader_plot)
            self._plots[key].setYRange(-0.15, count - 1 + LANE_HEIGHT + 0.15, padding=0)
        leader_plot.setYRange(-0.5, count + 0.5, padding=0)
        leader_plot.vb.sigXRangeChanged.connect(self._range_moved)
        self._bands = LeaderBands(count)
        leader_plot.addItem(self._bands, ignoreBounds=True)

        # The legend has a row of its own under the timeline: it never covers the data.
        legends = graphics.addLayout(row=1, col=0)
        self._legend = pg.LegendItem(colCount=max(1, count), sampleType=Swatch)
        self._none_legend = pg.LegendItem(sampleType=Swatch)
        legends.addItem(self._legend, row=0, col=0)
        legends.addItem(self._none_legend, row=0, col=1)
        for name in self.names:
            self._legend.addItem(Swatch(QBrush(), QColor()), name)
        self._none_legend.addItem(Swatch(QBrush(), QColor()), self.tr("no leader"))
        fixed = QSizePolicy.Policy.Fixed
        for legend in (self._legend, self._none_legend):
            legend.setSizePolicy(fixed, fixed)
        legends.addLabel("", row=0, col=2)
        legends.layout.setColumnStretchFactor(2, 1)
        legends.setContentsMargins(0, 0, 0, 0)
        layout = graphics.ci.layout
        layout.setRowStretchFactor(0, count + 1)
        layout.setRowStretchFactor(2, 2 * count)
        layout.setRowStretchFactor(3, 2 * count)

        self._baselines["leader"] = []
        for key in ("latency", "lag"):
            self._baselines[key] = []
            for i in range(count):
                baseline = pg.InfiniteLine(pos=lane_base(i, count), angle=0, movable=False)
                self._plots[key].addItem(baseline, ignoreBounds=True)
                self._baselines[key].append(baseline)
        for url in self.node_urls:
            for key in ("latency", "lag"):
                # Bare curves: the data handed over is already the part in view, thinned.
                curve = pg.PlotCurveItem(connect="finite")
                self._plots[key].addItem(curve)
                self._curves[(key, url)] = curve
                self._buffers[(key, url)] = LaneBuffer(2 * MAX_BUCKETS)
        for key in PLOTS:
            plot = self._plots[key]
            cursor = pg.InfiniteLine(angle=90, movable=False)
            plot.addItem(cursor, ignoreBounds=True)
            self._cursors.append(cursor)
            line = pg.InfiniteLine(angle=90, movable=False)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self._hover_lines.append(line)
            sentence = pg.TextItem(anchor=(0.5, 0.5))
            sentence.setParentItem(plot.vb)
            sentence.hide()
            plot.vb.sigResized.connect(lambda vb, item=sentence: self._centre(vb, item))
            self._empty[key] = sentence
        self._place_cursors()
        graphics.scene().sigMouseMoved.connect(self._pointer_moved)
        self._label_axes()
        self._apply_theme()

    @staticmethod
    def _centre(view: Any, item: Any) -> None:
        item.setPos(view.width() / 2, view.height() / 2)

    def _label_axes(self) -> None:
        """Node names on the left of every plot, in the same width on each so that the
        three time axes line up exactly."""
        count = len(self.node_urls)
        no_leader = self.tr("no leader")
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(text) for text in (*self.names, no_leader)) + 16
        right = metrics.horizontalAdvance("00000 ms") + 14
        from adminui.ui.overview.leader_bands import LeaderBands

        rows = [(LeaderBands.row_of(k + 1, count), name) for k, name in enumerate(self.names)]
        self._names = {"leader": [*rows, (0.0, no_leader)]}
        self._set_ticks("leader", "right", [])
        for key in ("latency", "lag"):
            self._names[key] = [
                (lane_base(i, count) + LANE_HEIGHT / 2, name) for i, name in enumerate(self.names)
            ]
        for key in PLOTS:
            empty = self._empty[key].isVisible()
            self._set_ticks(key, "left", [] if empty else self._names[key])
        for plot in self._plots.values():
            plot.getAxis("left").setWidth(width)
            plot.getAxis("right").setWidth(right)
        for (_sample, label), name in zip(self._legend.items, self.names, strict=True):
            label.setText(name)

    def _set_ticks(self, key: str, side: str, ticks: list[tuple[float, str]]) -> None:
        """Fixed ticks on one axis, set only when they change (an axis redraws then)."""
        if self._ticks.get((key, side)) == ticks:
            return
        self._ticks[(key, side)] = ticks
        self._plots[key].getAxis(side).setTicks([ticks, []])

    def _apply_theme(self) -> None:
        """Background, axes, titles, legend and curves in the colours of the theme now."""
        import pyqtgraph as pg

        text = chart_colour("text")
        axis = chart_colour("axis")
        self._graphics.setBackground(chart_colour("background"))
        for key, plot in self._plots.items():
            plot.setTitle(self._titles[key], color=text.name())
            for side in ("left", "bottom", "right"):
                plot.getAxis(side).setPen(axis)
                plot.getAxis(side).setTextPen(text)
            self._empty[key].setColor(text)
        nodes = [series_colour(i) for i in range(len(self.node_urls))]
        nobody = status_colour("error")
        self._bands.set_colours(nodes, nobody, axis)
        for legend in (self._legend, self._none_legend):
            legend.setLabelTextColor(text)
            for _sample, label in legend.items:
                label.setText(label.text, color=text)  # labels made earlier keep their colour
        for (sample, _label), colour in zip(self._legend.items, nodes, strict=True):
            sample.set_brush(QBrush(colour), colour)
        from adminui.ui.overview.leader_bands import NO_LEADER_PATTERN

        self._none_legend.items[0][0].set_brush(QBrush(nobody, NO_LEADER_PATTERN), nobody)
        cursor_pen = pg.mkPen(status_colour(REPLAY_TONE), width=2, style=Qt.PenStyle.DashLine)
        for cursor in self._cursors:
            cursor.setPen(cursor_pen)
        baseline_pen = pg.mkPen(axis, width=1, style=Qt.PenStyle.DotLine)
        for baselines in self._baselines.values():
            for baseline in baselines:
                baseline.setPen(baseline_pen)
        hover_pen = pg.mkPen(text, width=1, style=Qt.PenStyle.DotLine)
        for line in self._hover_lines:
            line.setPen(hover_pen)
        for i, url in enumerate(self.node_urls):
            pen = pg.mkPen(nodes[i], width=1)
            self._curves[("latency", url)].setPen(pen)
            self._curves[("lag", url)].setPen(pen)

    # ----- time range and zoom ---------------------------------------------------------
    def x_range(self) -> tuple[float, float]:
        """The time span shown now (epoch seconds), the same on every plot."""
        start, end = self._plots["leader"].vb.viewRange()[0]
        return float(start), float(end)

    def set_time_range(self, seconds: float | None) -> None:
        """Follow the newest ``seconds`` of history (None or 0: all of it)."""
        index = self.range_box.findData(int(seconds or 0))
        if index >= 0 and index != self.range_box.currentIndex():
            self.range_box.setCurrentIndex(index)  # follows through _range_chosen
            return
        self.span_s = float(seconds) if seconds else None
        self.follow_live()

    def _range_chosen(self, index: int) -> None:
        seconds = self.range_box.itemData(index)
        self.span_s = float(seconds) if seconds else None
        self.follow_live()

    def follow_live(self) -> None:
        """Follow the newest snapshots again over the chosen time range."""
        self.follow = True
        self.follow_button.hide()
        self._drawn = None
        self.redraw()

    def zoom(self, start: float, end: float) -> None:
        """Show ``start..end`` on every plot and stop following (what the wheel does)."""
        self._plots["leader"].setXRange(start, end, padding=0)
        self._moved_by_hand()

    def _moved_by_hand(self, *_mask: Any) -> None:
        self.follow = False
        self.follow_button.show()
        self._refill.start()

    def _range_moved(self, *_args: Any) -> None:
        if not self._placing:
            self._refill.start()

    def _window(self, times: Any) -> tuple[float, float]:
        """The span to show: the newest ``span_s`` while following, else what is shown."""
        if not self.follow:
            return self.x_range()
        end = float(times[-1])
        start = float(times[0]) if self.span_s is None else end - self.span_s
        start = min(start, end - MIN_SPAN_S)
        if (start, end) != self.x_range():
            self._placing = True
            try:
                self._plots["leader"].setXRange(start, end, padding=0)
            finally:
                self._placing = False
        return start, end

    # ----- drawing ---------------------------------------------------------------------
    def set_cursor(self, when: float | None) -> None:
        """Mark the replayed moment ``when`` on every plot; None removes the mark (live)."""
        self.cursor_at = when
        self._place_cursors()

    def _place_cursors(self) -> None:
        for cursor in self._cursors:
            if self.cursor_at is not None:
                cursor.setValue(self.cursor_at)
            cursor.setVisible(self.cursor_at is not None)

    def redraw(self) -> None:
        """Hand the part of the history's chart arrays in view to the plots (no walk over
        the snapshots); nothing while the charts are off screen or nothing changed."""
        if not self._plots or not self.isVisible():
            return
        window = self.window()
        if window is not None and window.isMinimized():
            return
        times = self.history.chart_times()
        if len(times) == 0:
            return
        if not self._graphics.isVisible():
            self._placeholder.hide()
            self._graphics.show()
        start, end = self._window(times)
        width = self._graphics.width()
        key = (len(times), float(times[-1]), start, end, width)
        if key == self._drawn:
            return
        self._drawn = key
        latest = self.history.latest()
        names = tuple(short_name(url, latest) for url in self.node_urls)
        if names != self.names:
            self.names = names
            self._label_axes()
        lo, hi = visible_slice(times, start, end)
        shown = times[lo:hi]
        # Zoomed wholly before the first snapshot or after the last: nothing was seen.
        seen = bool(times[0] <= end and times[-1] >= start)
        self._draw_leaders(shown, lo, hi, seen)
        # About one point per pixel of width, spikes kept: building the curves' paths
        # from an hour of snapshots at every repaint stalled the window for 50-150 ms.
        buckets = max(MIN_BUCKETS, min(MAX_BUCKETS, width))
        self._draw_lanes("latency", shown, lo, hi, buckets, seen)
        self._draw_lanes("lag", shown, lo, hi, buckets, seen)

    def _draw_leaders(self, shown: Any, lo: int, hi: int, seen: bool) -> None:
        from adminui.ui.overview.leader_bands import leader_spans

        leaders = self.history.chart_leaders(self.node_urls)[lo:hi]
        self._bands.set_spans(*leader_spans(shown, leaders))
        self._show_sentence(
            "leader", "" if seen else self.tr("No snapshot was taken in this time range.")
        )

    def _draw_lanes(self, key: str, shown: Any, lo: int, hi: int, buckets: int, seen: bool) -> None:
        """Each node's series in its own lane, scaled to a round full-scale value that is
        written at the top of the lane on the right."""
        count = len(self.node_urls)
        factor, floor = (1000.0, LATENCY_FLOOR_MS) if key == "latency" else (1.0, LAG_FLOOR)
        scale: list[tuple[float, str]] = []
        any_value = False
        for i, url in enumerate(self.node_urls):
            latency, lag = self.history.chart_node(url)
            series = latency if key == "latency" else lag
            times, values = peak_decimated(shown, series[lo:hi], buckets)
            peak = _peak(values) * factor
            full = nice_ceiling(peak, floor)
            base = lane_base(i, count)
            lane = self._buffers[(key, url)].place(values, base, full / factor)
            self._curves[(key, url)].setData(times, lane)
            if math.isnan(peak) or not seen:
                scale.append((base + LANE_HEIGHT / 2, self.tr("no data")))
                continue
            any_value = True
            label = fill(self.tr("{0:g} ms"), full) if key == "latency" else f"{full:g}"
            scale.append((base + LANE_HEIGHT, label))
        sentence = ""
        if not any_value:
            if key == "latency":
                sentence = self.tr("No node answered in this time range.")
            elif self._lag_never_known():
                sentence = self.tr("The nodes report no applied index: there is no lag to show.")
            else:
                sentence = self.tr("No index lag is known in this time range.")
        self._set_ticks(key, "right", scale if any_value else [])
        self._show_sentence(key, sentence)

    def _lag_never_known(self) -> bool:
        return all(math.isnan(_peak(self.history.chart_node(u)[1])) for u in self.node_urls)

    def _show_sentence(self, key: str, sentence: str) -> None:
        """A plot with nothing to show says why, with no ticks on an empty axis."""
        item = self._empty[key]
        if sentence:
            if item.textItem.toPlainText() != sentence:
                item.setText(sentence)
            self._centre(self._plots[key].vb, item)
        item.setVisible(bool(sentence))
        # No names, ticks or lane lines round an empty plot: only the shared time axis.
        self._set_ticks(key, "left", [] if sentence else self._names[key])
        for baseline in self._baselines[key]:
            baseline.setVisible(not sentence)

    def empty_sentence(self, key: str) -> str:
        """What plot ``key`` ("leader", "latency", "lag") says instead of data ("" when
        it shows data)."""
        item = self._empty[key]
        return str(item.textItem.toPlainText()) if item.isVisible() else ""

    # ----- read-out --------------------------------------------------------------------
    def _readout_hint(self) -> str:
        return self.tr("Point at a chart to read the time and every node's values there.")

    def _pointer_moved(self, pos: QPointF) -> None:
        self._hover_pos = QPointF(pos)
        if not self._hover_timer.isActive():
            self._hover_timer.start()

    def _read_pointer(self) -> None:
        pos = self._hover_pos
        if pos is not None:
            for plot in self._plots.values():
                if plot.vb.sceneBoundingRect().contains(pos):
                    self.hover_at(float(plot.vb.mapSceneToView(pos).x()))
                    return
        self.hover_at(None)

    def hover_at(self, when: float | None) -> None:
        """Read out the moment ``when`` (a line on every plot, the values above them);
        None clears it."""
        reading = None if when is None else self.readout_at(when)
        self.hovered_at = when if reading is not None else None
        for line in self._hover_lines:
            if reading is not None:
                line.setValue(when)
            line.setVisible(reading is not None)
        self.readout.setText(self._readout_hint() if reading is None else self.describe(reading))

    def readout_at(self, when: float) -> Readout | None:
        """The values of the snapshot in force at ``when`` (None before the first)."""
        times = self.history.chart_times()
        index = int(np.searchsorted(times, when, side="right")) - 1
        if index < 0:
            return None
        number = int(self.history.chart_leaders(self.node_urls)[index])
        nodes = []
        for url, name in zip(self.node_urls, self.names, strict=True):
            latency, lag = self.history.chart_node(url)
            seconds = _finite(float(latency[index]))
            nodes.append(
                NodeReading(
                    url,
                    name,
                    None if seconds is None else seconds * 1000,
                    _finite(float(lag[index])),
                )
            )
        leader = self.node_urls[number - 1] if number > 0 else ""
        return Readout(float(times[index]), leader, tuple(nodes))

    def describe(self, reading: Readout) -> str:
        """A read-out as one line of text in the interface language."""
        names = dict(zip(self.node_urls, self.names, strict=True))
        leader = (
            self.tr("leader: {0}").format(names[reading.leader])
            if reading.leader
            else self.tr("no leader")
        )
        latencies = [
            fill(self.tr("{0} {1:.1f} ms"), node.name, node.latency_ms)
            if node.latency_ms is not None
            else self.tr("{0} no answer").format(node.name)
            for node in reading.nodes
        ]
        lags = [
            f"{node.name} {node.lag:g}"
            if node.lag is not None
            else self.tr("{0} unknown").format(node.name)
            for node in reading.nodes
        ]
        return " · ".join(
            (
                self.tr("At {0}").format(moment_text(reading.at)),
                leader,
                self.tr("latency: {0}").format(", ".join(latencies)),
                self.tr("index lag: {0}").format(", ".join(lags)),
            )
        )
