"""A node's clock offset from answers that carry its time in whole seconds.

One answer only bounds the offset: the server read its clock (and dropped the fraction)
somewhere between our send and receive times, so
``server_seconds - received <= offset < server_seconds + 1 - sent``. Intersecting these
bounds over recent answers narrows them to well under a second; the estimate is their
midpoint. When the intersection comes out empty (a clock was stepped), it starts over.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Bounds:
    low: float
    high: float

    @property
    def estimate(self) -> float:
        return (self.low + self.high) / 2

    @property
    def uncertainty(self) -> float:
        return (self.high - self.low) / 2


def sample_bounds(server_seconds: float, sent: float, received: float) -> Bounds:
    """Offset bounds from one answer stamped ``server_seconds`` (whole seconds)."""
    return Bounds(server_seconds - received, server_seconds + 1 - sent)


class OffsetEstimator:
    """Keeps the last ``window`` answers' bounds and their intersection."""

    def __init__(self, window: int = 30) -> None:
        self._samples: deque[Bounds] = deque(maxlen=window)

    def add(self, server_seconds: float, sent: float, received: float) -> Bounds:
        sample = sample_bounds(server_seconds, sent, received)
        self._samples.append(sample)
        low = max(s.low for s in self._samples)
        high = min(s.high for s in self._samples)
        if low > high:  # the clock moved: trust only what came since
            self._samples.clear()
            self._samples.append(sample)
            return sample
        return Bounds(low, high)
