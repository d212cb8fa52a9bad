"""The timeline of a rotation set: one row per member, its validity windows and "now".

pyqtgraph is imported only when a timeline is built, so the page and its tests load fast
and a missing pyqtgraph costs the picture, not the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from adminui.core.rotation import (
    DUE_TIME_ROUNDING,
    ROTATION_TICK,
    Assessment,
    WindowKind,
    windows,
)
from adminui.ui.rotation.format import duration
from adminui.ui.theme import ROTATION_BARS, chart_colour, set_tone, status_colour

#: Bar and band fills (red, green, blue, alpha).
COLOURS = ROTATION_BARS


class RotationTimeline(QWidget):
    """Validity windows per member (rows), the now line, the member to hand out in
    green, and the guaranteed remaining lifetime as a shaded band after now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setObjectName("timelineCaption")
        self.caption.setWordWrap(True)
        self.caption.setToolTip(self._margin_tip())
        layout.addWidget(self.caption)
        #: Shown instead of an empty plot (no set chosen, members not read yet).
        self.empty = QLabel()
        self.empty.setObjectName("timelineEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_tone(self.empty, "muted")
        layout.addWidget(self.empty, 1)
        self._pg: Any = None
        self.plot: Any = None
        self._bars: Any = None
        try:
            import pyqtgraph as pg
        except ImportError:
            note = QLabel(self.tr("The timeline needs pyqtgraph, which is not installed."))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note, 1)
            return
        self._pg = pg
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.getPlotItem().invertY(True)
        self.plot.setAccessibleName(self.tr("Rotation timeline"))
        self._band = pg.LinearRegionItem(
            (0, 0), movable=False, brush=pg.mkBrush(*COLOURS["guarantee"]), pen=pg.mkPen(None)
        )
        self._bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.6)
        self._now = pg.InfiniteLine(angle=90)
        self._now_label = pg.TextItem(self.tr("now"), anchor=(0.5, 1.0))
        for item in (self._band, self._bars, self._now, self._now_label):
            self.plot.addItem(item)
        layout.addWidget(self.plot, 1)
        legend = QLabel(
            self.tr(
                "Green: the member to hand out · blue: current password · light blue: "
                "next passwords · grey: earlier (assumed) · orange: due, waiting for the "
                "server · shaded band: guaranteed remaining lifetime"
            )
        )
        legend.setObjectName("timelineLegend")
        legend.setWordWrap(True)
        set_tone(legend, "muted")
        self.legend = legend
        layout.addWidget(legend)
        self._apply_theme()
        self.clear()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.plot is not None:
            self._apply_theme()
        super().changeEvent(event)

    def _apply_theme(self) -> None:
        """Background, axes and the "now" line in the colours of the theme shown now."""
        pg = self._pg
        self.plot.setBackground(chart_colour("background"))
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(chart_colour("axis"))
            axis.setTextPen(chart_colour("text"))
        now = status_colour("error")
        self._now.setPen(pg.mkPen(now, width=2, style=Qt.PenStyle.DashLine))
        self._now_label.setColor(now)

    @property
    def available(self) -> bool:
        """Whether the picture can be drawn (pyqtgraph is installed)."""
        return self.plot is not None

    def clear(self, message: str = "") -> None:
        """No picture: a sentence where the plot was (not an empty axis)."""
        self.caption.setText("")
        self.empty.setText(
            message or self.tr("Choose a rotation set to see its members' passwords over time.")
        )
        self.empty.show()
        if self._bars is not None:
            self._bars.setOpts(x0=[], x1=[], y=[], height=0.6, brushes=[])
            self._band.setRegion((0, 0))
            self.plot.hide()
            self.legend.hide()

    def show_assessment(self, assessment: Assessment, names: list[str]) -> None:
        """Draw the members (rows in ``names`` order) as they stand at ``assessment.now``."""
        now, period = assessment.now, assessment.period
        self.caption.setText(self._caption(assessment))
        if self._bars is None:
            return
        self.empty.hide()
        self.plot.show()
        self.legend.show()
        pg = self._pg
        start, end = now - 0.6 * period, now + 1.6 * period
        inset = period * 0.004
        x0: list[float] = []
        x1: list[float] = []
        ys: list[float] = []
        brushes = []
        rows = {name: row for row, name in enumerate(names)}
        for member in assessment.members:
            for window in windows(member, start, end, now):
                if window.kind is WindowKind.CURRENT:
                    if member.is_due(now):
                        colour = COLOURS["due"]
                    elif member.name == assessment.chosen:
                        colour = COLOURS["chosen"]
                    else:
                        colour = COLOURS["current"]
                else:
                    colour = COLOURS[window.kind.value]
                x0.append(max(window.start, start) + inset)
                x1.append(min(window.end, end) - inset)
                ys.append(rows.get(member.name, len(rows)))
                brushes.append(pg.mkBrush(*colour))
        self._bars.setOpts(x0=x0, x1=x1, y=ys, height=0.6, brushes=brushes, pens=[None] * len(x0))
        self._band.setRegion((now, now + assessment.guarantee))
        self._now.setValue(now)
        self._now_label.setPos(now, -0.45)
        axis = self.plot.getAxis("left")
        axis.setTicks([[(row, name) for name, row in rows.items()]])
        self.plot.setXRange(start, end, padding=0)
        self.plot.setYRange(-0.6, max(len(names), 1) - 0.4, padding=0)

    def _caption(self, assessment: Assessment) -> str:
        if assessment.chosen is None:
            return self.tr("No member can be handed out now: every member is due.")
        # In the whole seconds shown, so that the figures of the sentence add up.
        guarantee, ideal = int(assessment.guarantee), int(assessment.ideal_guarantee)
        margin = int(assessment.lag)
        drift = max(0, ideal - margin - guarantee)
        if drift:
            text = self.tr(
                "Hand out {0} (valid for {1}). Guaranteed remaining lifetime: {2} "
                "(P·(N−1)/N = {3}, less {4} for the server's rotation timing and {5} "
                "lost to drift)."
            )
        else:
            text = self.tr(
                "Hand out {0} (valid for {1}). Guaranteed remaining lifetime: {2} "
                "(P·(N−1)/N = {3}, less {4} for the server's rotation timing)."
            )
        return text.format(
            assessment.chosen,
            duration(assessment.chosen_remaining),
            duration(guarantee),
            duration(ideal),
            duration(margin),
            duration(drift),
        )

    def _margin_tip(self) -> str:
        return self.tr(
            "The server checks for due passwords every {0} and keeps due times in whole "
            "seconds: a due member can keep its password up to {0} late, and the member "
            "handed out meanwhile can lose its password up to {1} early."
        ).format(duration(ROTATION_TICK), duration(DUE_TIME_ROUNDING))
