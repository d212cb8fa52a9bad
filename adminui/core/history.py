"""What a cluster did over time: recent snapshots, leader periods, per-node series.

Fixed-size ring buffers: memory stays flat however long the console runs. The charts'
numbers (time, leader, each node's latency and index lag) are kept apart in preallocated
arrays as each snapshot arrives, so a redraw hands them over as they are instead of
walking the whole history again. The texts of kept snapshots (URLs, names, versions,
errors) are held once each and shared by every snapshot that says the same: an hour of
looks repeats a few dozen texts thousands of times, and each look brings new copies.
"""

from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from adminui.core.cluster import NodeState, Role, Snapshot

FloatArray = npt.NDArray[np.float64]

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


class SharedTexts:
    """One copy of each text: :meth:`node` and :meth:`snapshot` return the same state
    with its texts replaced by copies already held, when equal ones are.

    Texts are told apart by their type and, for a :class:`~adminui.core.sentence.Sentence`,
    its template too, so what is shared translates the same. At most ``limit`` texts are
    held: past that the table starts again (texts of every look are kept, not grown
    without end, even when errors name something new each time)."""

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._texts: dict[tuple[type, str, object], str] = {}

    def __len__(self) -> int:
        return len(self._texts)

    def text(self, value: str) -> str:
        # The text itself is the key's middle (equal texts, one hash): no copy is made.
        key = (type(value), value, getattr(value, "template", None))
        held = self._texts.get(key)
        if held is None:
            if len(self._texts) >= self.limit:
                self._texts.clear()
            self._texts[key] = held = value
        return held

    def node(self, node: NodeState) -> NodeState:
        changes = self._changes(node, _NODE_TEXTS)
        return replace(node, **changes) if changes else node

    def snapshot(self, snapshot: Snapshot) -> Snapshot:
        changes = self._changes(snapshot, _SNAPSHOT_TEXTS)
        nodes = tuple(self.node(node) for node in snapshot.nodes)
        if any(new is not old for new, old in zip(nodes, snapshot.nodes, strict=True)):
            changes["nodes"] = nodes
        return replace(snapshot, **changes) if changes else snapshot

    def _changes(self, state: object, names: tuple[str, ...]) -> dict[str, Any]:
        """The fields of ``state`` named in ``names`` whose text is held in another copy."""
        changes: dict[str, Any] = {}
        for name in names:
            value = getattr(state, name)
            if value:
                held = self.text(value)
                if held is not value:
                    changes[name] = held
        return changes


def _text_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.type in ("str", str))


_NODE_TEXTS = _text_fields(NodeState)
_SNAPSHOT_TEXTS = _text_fields(Snapshot)


class SeriesRing:
    """The last ``capacity`` values of named series, in arrays allocated once.

    Each value is written twice, at ``i`` and ``i + capacity``, so the newest
    ``len(self)`` values are always one contiguous slice (no copy, no reordering).
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._columns: dict[str, FloatArray] = {}
        self._head = 0  # where the next value goes
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def append(self, values: dict[str, float]) -> None:
        """One row; a series it does not name gets NaN, a new series NaN before it."""
        for name in values.keys() - self._columns.keys():
            self._columns[name] = np.full(2 * self.capacity, np.nan)
        at, twin = self._head, self._head + self.capacity
        for name, column in self._columns.items():
            column[at] = column[twin] = values.get(name, np.nan)
        self._head = (self._head + 1) % self.capacity
        self._count = min(self._count + 1, self.capacity)

    def series(self, name: str) -> FloatArray:
        """The values of ``name``, oldest first (a read-only view; NaN if never given)."""
        column = self._columns.get(name)
        if column is None:
            return np.full(self._count, np.nan)
        end = self._head + self.capacity
        view = column[end - self._count : end]
        view.flags.writeable = False
        return view


#: Names of the chart series: the time, the leader's position among the nodes seen.
TIME, LEADER = "time", "leader"


class ClusterHistory:
    """The last ``capacity`` snapshots of one cluster, and its chart series."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self._snapshots: deque[Snapshot] = deque(maxlen=capacity)
        self._charts = SeriesRing(capacity)
        self._node_numbers: dict[str, int] = {}  # url -> 1, 2, … in order first seen
        self._texts = SharedTexts()

    def __len__(self) -> int:
        return len(self._snapshots)

    def add(self, snapshot: Snapshot) -> None:
        if self._snapshots and snapshot.taken_at < self._snapshots[-1].taken_at:
            return  # out of order: keep the timeline monotonic
        snapshot = self._texts.snapshot(snapshot)
        self._snapshots.append(snapshot)
        self._charts.append(self._chart_row(snapshot))

    def _chart_row(self, snap: Snapshot) -> dict[str, float]:
        leader = snap.leader
        row = {TIME: snap.taken_at}
        for node in snap.nodes:
            self._node_numbers.setdefault(node.url, len(self._node_numbers) + 1)
            answered = node.role is not Role.UNREACHABLE and node.latency_s is not None
            row["latency:" + node.url] = (
                node.latency_s if answered and node.latency_s is not None else np.nan
            )
            if leader and leader.commit_index is not None and node.applied_index is not None:
                row["lag:" + node.url] = float(max(0, leader.commit_index - node.applied_index))
        row[LEADER] = float(self._node_numbers[leader.url]) if leader else 0.0
        return row

    def chart_times(self) -> FloatArray:
        """When each snapshot was taken (epoch seconds), oldest first."""
        return self._charts.series(TIME)

    def chart_leaders(self, node_urls: tuple[str, ...]) -> FloatArray:
        """Per snapshot, the leader's number in ``node_urls`` (1-based; 0: no leader or
        one not in ``node_urls``)."""
        seen = self._charts.series(LEADER).astype(int)
        numbering = np.zeros(len(self._node_numbers) + 1)
        for url, number in self._node_numbers.items():
            if url in node_urls:
                numbering[number] = node_urls.index(url) + 1
        leaders: FloatArray = numbering[seen]
        return leaders

    def chart_node(self, url: str) -> tuple[FloatArray, FloatArray]:
        """Latency (s; NaN when unanswered or absent) and index lag behind the leader
        (NaN where unknown) of one node, per snapshot."""
        return self._charts.series("latency:" + url), self._charts.series("lag:" + url)

    def snapshots(self) -> list[Snapshot]:
        return list(self._snapshots)

    def latest(self) -> Snapshot | None:
        return self._snapshots[-1] if self._snapshots else None

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


def peak_decimated(
    times: FloatArray, values: FloatArray, buckets: int
) -> tuple[FloatArray, FloatArray]:
    """``times`` and ``values`` thinned to about ``2 × buckets`` points for drawing: the
    smallest and the largest value of each of ``buckets`` equal runs, so a spike or a dip
    stays visible, and a run with no value (NaN) stays a gap. Shorter series are returned
    as they are."""
    count = len(times)
    if buckets < 1 or count <= 2 * buckets:
        return times, values
    starts = np.linspace(0, count, buckets, endpoint=False).astype(np.intp)
    with np.errstate(invalid="ignore"):
        low = np.fmin.reduceat(values, starts)
        high = np.fmax.reduceat(values, starts)
    ends = np.append(starts[1:], count) - 1
    out_times = np.empty(2 * buckets)
    out_values = np.empty(2 * buckets)
    out_times[0::2], out_times[1::2] = times[starts], times[ends]
    out_values[0::2], out_values[1::2] = low, high
    return out_times, out_values
