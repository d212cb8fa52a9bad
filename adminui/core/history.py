"""What a cluster did over time: recent snapshots, leader periods, per-node series.

Fixed-size ring buffers: memory stays flat however long the console runs.
"""

from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass

from adminui.core.cluster import Role, Snapshot

DEFAULT_CAPACITY = 7200  # one hour at two snapshots a second


@dataclass(frozen=True)
class LeaderPeriod:
    """One node leading (or nobody: ``leader`` empty) from ``start`` to ``end``."""

    leader: str
    start: float
    end: float
    term: int | None = None

    @property
    def duration_s(self) -> float:
        return self.end - self.start


class ClusterHistory:
    """The last ``capacity`` snapshots of one cluster."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._snapshots: deque[Snapshot] = deque(maxlen=capacity)

    def __len__(self) -> int:
        return len(self._snapshots)

    def add(self, snapshot: Snapshot) -> None:
        if self._snapshots and snapshot.taken_at < self._snapshots[-1].taken_at:
            return  # out of order: keep the timeline monotonic
        self._snapshots.append(snapshot)

    def snapshots(self) -> list[Snapshot]:
        return list(self._snapshots)

    @property
    def span(self) -> tuple[float, float] | None:
        if not self._snapshots:
            return None
        return self._snapshots[0].taken_at, self._snapshots[-1].taken_at

    def at(self, when: float) -> Snapshot | None:
        """The snapshot in force at ``when`` (the last one taken at or before it)."""
        times = [s.taken_at for s in self._snapshots]
        index = bisect.bisect_right(times, when) - 1
        return self._snapshots[index] if index >= 0 else None

    def leader_periods(self) -> list[LeaderPeriod]:
        """Consecutive periods of one leader (or none), oldest first."""
        periods: list[LeaderPeriod] = []
        for snap in self._snapshots:
            leader = snap.leader
            url = leader.url if leader else ""
            term = leader.term if leader else None
            if (
                periods
                and periods[-1].leader == url
                and (term is None or periods[-1].term in (None, term))
            ):
                last = periods[-1]
                periods[-1] = LeaderPeriod(url, last.start, snap.taken_at, last.term or term)
            else:
                if periods:
                    last = periods[-1]
                    periods[-1] = LeaderPeriod(last.leader, last.start, snap.taken_at, last.term)
                periods.append(LeaderPeriod(url, snap.taken_at, snap.taken_at, term))
        return periods

    def series(self, url: str) -> tuple[list[float], list[float], list[float]]:
        """Times, latency (s, NaN when unanswered) and index lag behind the leader for one
        node (NaN where unknown)."""
        nan = float("nan")
        times: list[float] = []
        latency: list[float] = []
        lag: list[float] = []
        for snap in self._snapshots:
            node = snap.node(url)
            if node is None:
                continue
            times.append(snap.taken_at)
            answered = node.role is not Role.UNREACHABLE and node.latency_s is not None
            latency.append(node.latency_s if answered and node.latency_s is not None else nan)
            leader = snap.leader
            if leader and leader.commit_index is not None and node.applied_index is not None:
                lag.append(float(max(0, leader.commit_index - node.applied_index)))
            else:
                lag.append(nan)
        return times, latency, lag
