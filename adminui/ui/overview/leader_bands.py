"""The History tab's leader timeline: one band per node, filled where that node led.

The spans come from the history's leader series in one pass of numpy (a span per change
of leader, not per snapshot), and are painted in device pixels so a short term still
shows as at least one pixel. A "no leader" row below the nodes is filled, hatched, where
nobody led. Imported with pyqtgraph, only when the charts are first built.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

FloatArray = npt.NDArray[np.float64]
#: How much of its row a band fills (the rest keeps rows apart).
BAND_HEIGHT = 0.64
#: The "no leader" row's pattern: it differs from the nodes' bands by more than colour.
NO_LEADER_PATTERN = Qt.BrushStyle.BDiagPattern


def leader_spans(
    times: FloatArray, leaders: FloatArray
) -> tuple[FloatArray, FloatArray, npt.NDArray[np.intp]]:
    """(start, end, leader number) of each run of one leader (0: nobody) in ``leaders``
    taken at ``times``; a run ends where the next begins, the last at the last time."""
    count = len(times)
    if count == 0:
        empty = np.empty(0)
        return empty, empty, np.empty(0, dtype=np.intp)
    changes = np.flatnonzero(leaders[1:] != leaders[:-1]) + 1
    firsts = np.concatenate(([0], changes))
    lasts = np.concatenate((changes, [count - 1]))
    return times[firsts], times[lasts], leaders[firsts].astype(np.intp)


class LeaderBands(pg.GraphicsObject):  # type: ignore[misc]
    """Rows ``1..nodes`` (top to bottom) filled where that node led; row 0 where nobody
    did. Data coordinates: x is time, node ``k`` (1-based) sits at y ``nodes - k + 1``."""

    def __init__(self, nodes: int) -> None:
        super().__init__()
        self.nodes = nodes
        self.starts: FloatArray = np.empty(0)
        self.ends: FloatArray = np.empty(0)
        self.leaders: npt.NDArray[np.intp] = np.empty(0, dtype=np.intp)
        # Coloured by set_colours() from the theme before anything is painted.
        self._brushes: list[QBrush] = [QBrush(NO_LEADER_PATTERN)] + [QBrush() for _ in range(nodes)]
        self._track = QPen()
        self._bounds = QRectF()

    @staticmethod
    def row_of(leader: int, nodes: int) -> float:
        """The y of the row where leader number ``leader`` (0: nobody) is drawn."""
        return 0.0 if leader <= 0 else float(nodes - leader + 1)

    def set_colours(self, nodes: list[QColor], nobody: QColor, track: QColor) -> None:
        """One colour per node's band, the hatched "no leader" colour, and the row lines."""
        self._brushes = [QBrush(nobody, NO_LEADER_PATTERN)] + [QBrush(c) for c in nodes]
        self._track = QPen(track, 1)
        self.update()

    def set_spans(self, starts: FloatArray, ends: FloatArray, leaders: Any) -> None:
        """Show these runs of leadership (see :func:`leader_spans`)."""
        self.starts, self.ends, self.leaders = starts, ends, leaders
        self.prepareGeometryChange()
        if len(starts):
            first, last = float(starts[0]), float(ends[-1])
            self._bounds = QRectF(first, -0.5, max(last - first, 1e-3), self.nodes + 1.0)
        else:
            self._bounds = QRectF()
        self.update()

    def leader_at(self, when: float) -> int | None:
        """The leader number drawn at ``when`` (0: nobody), None outside the spans."""
        if not len(self.starts) or when < self.starts[0] or when > self.ends[-1]:
            return None
        index = int(np.searchsorted(self.starts, when, side="right")) - 1
        return int(self.leaders[max(0, index)])

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, *_args: Any) -> None:
        if not len(self.starts):
            return
        to_device = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self._track)
        first, last = float(self.starts[0]), float(self.ends[-1])
        for row in range(self.nodes + 1):
            line = to_device.map(QRectF(first, row, last - first, 0)).boundingRect()
            painter.drawLine(line.topLeft(), line.topRight())
        painter.setPen(Qt.PenStyle.NoPen)
        nobody = QPen(self._brushes[0].color(), 1)
        half = BAND_HEIGHT / 2
        for start, end, leader in zip(
            self.starts.tolist(), self.ends.tolist(), self.leaders.tolist(), strict=True
        ):
            y = self.row_of(leader, self.nodes)
            rect = to_device.mapRect(QRectF(start, y - half, end - start, BAND_HEIGHT))
            rect.setWidth(max(rect.width(), 1.0))
            brush = self._brushes[leader] if 0 <= leader < len(self._brushes) else QBrush()
            painter.fillRect(rect, brush)
            if leader == 0:  # hatching alone reads faintly: a frame shows the whole gap
                painter.setPen(nobody)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
                painter.setPen(Qt.PenStyle.NoPen)
        painter.restore()


class Swatch(ItemSample):  # type: ignore[misc]
    """A legend's sample: a box filled like a band (clicking it hides nothing)."""

    def __init__(self, brush: QBrush, border: QColor) -> None:
        super().__init__(None)
        self.brush = brush
        self.border = border
        self.setFixedWidth(22)
        self.setFixedHeight(16)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 22, 16)

    def set_brush(self, brush: QBrush, border: QColor) -> None:
        self.brush, self.border = brush, border
        self.update()

    def paint(self, painter: QPainter, *_args: Any) -> None:
        painter.setPen(QPen(self.border, 1))
        painter.setBrush(self.brush)
        painter.drawRect(QRectF(2.5, 2.5, 17, 11))

    def mouseClickEvent(self, event: Any) -> None:
        event.ignore()
