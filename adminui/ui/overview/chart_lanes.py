"""Lanes of the History tab's charts: one node's series drawn in a band of its own.

Each node gets a lane of height :data:`LANE_HEIGHT` on one plot (the first node on top),
scaled to a round full-scale value of what is shown, so one node's spike never hides the
others. The scaled values are written into a buffer allocated once per lane (it grows
only if a longer slice ever comes), and the visible part of the history is found by
bisection: nothing here walks the snapshots or allocates per point.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from adminui.core.cluster import Snapshot, host_port

FloatArray = npt.NDArray[np.float64]

#: How much of its row a lane's curve may fill (the rest keeps lanes apart).
LANE_HEIGHT = 0.8


def short_name(url: str, snapshot: Snapshot | None = None) -> str:
    """How a chart names a node: its own name (the Raft node id) when the snapshot
    carries one, else ``host:port``."""
    return snapshot.label_of(url) if snapshot is not None else host_port(url)


def nice_ceiling(value: float, floor: float) -> float:
    """The smallest of 1, 2, 5 × 10ⁿ at or above ``value``, and at least ``floor``."""
    if not math.isfinite(value) or value <= floor:
        return floor
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if value <= step * power * (1 + 1e-9):
            return step * power
    return 10.0 * power


def visible_slice(times: FloatArray, start: float, end: float) -> tuple[int, int]:
    """Indices ``lo, hi`` of ``times`` (sorted) covering ``start..end``, with the point
    just outside each end so lines run to the plot's edges."""
    lo = int(np.searchsorted(times, start, side="left")) - 1
    hi = int(np.searchsorted(times, end, side="right")) + 1
    return max(0, lo), min(len(times), hi)


def lane_base(index: int, lanes: int) -> float:
    """The y where lane ``index`` (0: the top one) starts."""
    return float(lanes - 1 - index)


def finite_max(values: FloatArray) -> float:
    """The largest finite value, NaN when there is none."""
    if not len(values) or np.isnan(values).all():
        return math.nan
    return float(np.nanmax(values))


class LaneBuffer:
    """The drawn (scaled) values of one lane, in memory allocated once."""

    def __init__(self, capacity: int) -> None:
        self._buffer: FloatArray = np.empty(max(1, capacity))

    def place(self, values: FloatArray, base: float, full_scale: float) -> FloatArray:
        """``values`` scaled so ``full_scale`` reaches the top of the lane at ``base``
        (NaN stays NaN: a gap); a view of the buffer, valid until the next call."""
        count = len(values)
        if count > len(self._buffer):
            self._buffer = np.empty(max(count, 2 * len(self._buffer)))
        out = self._buffer[:count]
        np.multiply(values, LANE_HEIGHT / full_scale, out=out)
        out += base
        return out
