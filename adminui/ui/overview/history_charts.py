"""F4: leader timeline and per-node latency / index lag charts (pyqtgraph).

pyqtgraph is imported only when the charts are first built (it costs ~0.5 s at start).
Curves are redrawn with ``setData`` on a timer from the arrays the cluster's history keeps
preallocated (ring buffers filled as snapshots arrive), thinned to about one point per
pixel (the smallest and largest value of each run, so spikes stay) and clipped to view.
While the overview replays a past moment, a vertical cursor marks it on every plot.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from adminui.core.history import ClusterHistory, peak_decimated
from adminui.ui.overview.replay_banner import REPLAY_TONE
from adminui.ui.theme import SERIES_COLOURS, chart_colour, series_colour, status_colour

#: One colour per node: for a light and for a dark background.
PALETTE = tuple(light for light, _dark in SERIES_COLOURS)
DARK_PALETTE = tuple(dark for _light, dark in SERIES_COLOURS)
REDRAW_MS = 1000
#: Points per curve are about twice the plot's width, within these bounds.
MIN_BUCKETS = 200
MAX_BUCKETS = 1500


class HistoryCharts(QWidget):
    """Three stacked plots sharing one time axis: leader, latency, index lag."""

    def __init__(
        self, history: ClusterHistory, node_urls: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.node_urls = node_urls
        self._layout = QVBoxLayout(self)
        self._placeholder = QLabel(self.tr("Charts appear once the cluster has been observed."))
        self._layout.addWidget(self._placeholder)
        self._plots: dict[str, Any] = {}
        self._curves: dict[tuple[str, str], Any] = {}
        self._leader_curve: Any = None
        self._cursors: list[Any] = []
        #: The replayed moment marked on the plots; None while live (no cursor).
        self.cursor_at: float | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw)

    def showEvent(self, event: Any) -> None:
        self._build()
        self.redraw()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def _build(self) -> None:
        if self._plots:
            return
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=False)
        self._placeholder.hide()
        graphics = pg.GraphicsLayoutWidget()
        self._graphics = graphics
        self._layout.addWidget(graphics)
        axis = pg.DateAxisItem(orientation="bottom")
        leader_plot = graphics.addPlot(row=0, col=0, axisItems={"bottom": axis})
        self._titles = {
            "leader": self.tr("Leader (node number; 0 = no leader)"),
            "latency": self.tr("Latency (ms)"),
            "lag": self.tr("Index lag behind the leader"),
        }
        leader_plot.setYRange(0, len(self.node_urls) + 0.5)
        self._leader_curve = leader_plot.plot(stepMode=None)
        latency_plot = graphics.addPlot(
            row=1, col=0, axisItems={"bottom": pg.DateAxisItem("bottom")}
        )
        self._legend = latency_plot.addLegend(offset=(5, 5))
        lag_plot = graphics.addPlot(row=2, col=0, axisItems={"bottom": pg.DateAxisItem("bottom")})
        latency_plot.setXLink(leader_plot)
        lag_plot.setXLink(leader_plot)
        # No grid, and one-pixel pens: in software rendering a translucent grid and wider
        # pens cost ~70 ms a redraw of an hour of history; without them ~10 ms.
        for plot in (leader_plot, latency_plot, lag_plot):
            plot.setClipToView(True)
        self._plots = {"leader": leader_plot, "latency": latency_plot, "lag": lag_plot}
        for plot in self._plots.values():
            cursor = pg.InfiniteLine(angle=90, movable=False)
            plot.addItem(cursor, ignoreBounds=True)
            self._cursors.append(cursor)
        self._place_cursors()
        for i, url in enumerate(self.node_urls):
            label = f"{i + 1}: {url}"
            self._curves[("latency", url)] = latency_plot.plot(name=label, connect="finite")
            self._curves[("lag", url)] = lag_plot.plot(connect="finite")
        self._apply_theme()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._plots:
            self._apply_theme()
        super().changeEvent(event)

    def _apply_theme(self) -> None:
        """Background, axes, titles and curves in the colours of the theme shown now."""
        import pyqtgraph as pg

        text = chart_colour("text")
        self._graphics.setBackground(chart_colour("background"))
        for key, plot in self._plots.items():
            plot.setTitle(self._titles[key], color=text.name())
            for side in ("left", "bottom"):
                plot.getAxis(side).setPen(chart_colour("axis"))
                plot.getAxis(side).setTextPen(text)
        self._legend.setLabelTextColor(text)
        for _sample, label in self._legend.items:
            label.setText(label.text, color=text)  # labels made earlier keep their colour
        self._leader_curve.setPen(pg.mkPen(status_colour("ok"), width=1))
        cursor_pen = pg.mkPen(status_colour(REPLAY_TONE), width=2, style=Qt.PenStyle.DashLine)
        for cursor in self._cursors:
            cursor.setPen(cursor_pen)
        for i, url in enumerate(self.node_urls):
            pen = pg.mkPen(series_colour(i), width=1)
            self._curves[("latency", url)].setPen(pen)
            self._curves[("lag", url)].setPen(pen)

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
        """Hand the history's chart arrays to the curves (no walk over the snapshots)."""
        if not self._plots or len(self.history) == 0:
            return
        times = self.history.chart_times()
        # About one point per pixel of width, spikes kept: building the curves' paths
        # from an hour of snapshots at every repaint stalled the window for 50-150 ms.
        buckets = max(MIN_BUCKETS, min(MAX_BUCKETS, self._graphics.width()))

        def thin(values: Any) -> Any:
            return peak_decimated(times, values, buckets)

        self._leader_curve.setData(*thin(self.history.chart_leaders(self.node_urls)))
        for url in self.node_urls:
            latency, lag = self.history.chart_node(url)
            self._curves[("latency", url)].setData(*thin(latency * 1000))
            self._curves[("lag", url)].setData(*thin(lag))
