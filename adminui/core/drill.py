"""Failover drills, the pure part: what was observed and what it adds up to.

A drill records three streams, all stamped with the wall clock (seconds since the epoch):

* :class:`Observation` — one look at the whole cluster (who leads, whether every
  reachable node agrees on it, how many nodes answer, the Raft term);
* :class:`ProbeSample` — one read or write the console made as a client would;
* :class:`DrillEvent` — what the drill did or saw, in words.

The functions here turn those streams into the figures of a report: availability,
time without a leader, time to a new leader, time to full recovery. No I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from adminui.core.cluster import Role, Snapshot
from adminui.core.quorum import quorum_size
from adminui.core.sentence import Sentence, from_json, json_value


class Fault(StrEnum):
    """What a drill does to the cluster."""

    STEP_DOWN = "step_down"  # ask the active node to give up leadership (OpenBao)
    KILL_LEADER = "kill_leader"  # lab only: SIGKILL the leader, restart it afterwards
    KILL_FOLLOWER = "kill_follower"  # lab only: SIGKILL one follower, restart it
    KILL_TWO = "kill_two"  # lab only: SIGKILL the leader and a follower (quorum loss)


#: Faults that need the lab's process control (a fault injector).
LAB_FAULTS = frozenset({Fault.KILL_LEADER, Fault.KILL_FOLLOWER, Fault.KILL_TWO})
#: Faults that are meant to take the cluster below quorum.
QUORUM_LOSS_FAULTS = frozenset({Fault.KILL_TWO})

FAULT_TITLES = {
    Fault.STEP_DOWN: "Step down the active node",
    Fault.KILL_LEADER: "Kill the leader (lab)",
    Fault.KILL_FOLLOWER: "Kill a follower (lab)",
    Fault.KILL_TWO: "Kill two nodes: quorum loss, then restore (lab)",
}

_SERVING = (Role.LEADER, Role.FOLLOWER)
_ANSWERING = (Role.LEADER, Role.FOLLOWER, Role.CANDIDATE)


class ProbeKind(StrEnum):
    READ = "read"
    WRITE = "write"


@dataclass(frozen=True)
class ProbeSample:
    """One client request made during a drill."""

    at: float  # when it was sent
    kind: ProbeKind
    ok: bool
    latency_s: float
    node: str = ""  # the node that answered (or was asked, when none answered)
    error: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "at": self.at,
            "kind": str(self.kind),
            "ok": self.ok,
            "latency_s": self.latency_s,
            "node": self.node,
            "error": json_value(self.error),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ProbeSample:
        return cls(
            float(_num(data.get("at"))),
            ProbeKind(str(data.get("kind", "read"))),
            bool(data.get("ok")),
            float(_num(data.get("latency_s"))),
            str(data.get("node", "")),
            from_json(data.get("error", "")),
        )


@dataclass(frozen=True)
class Observation:
    """The cluster at one moment, reduced to what a drill needs.

    ``leader`` is the one node answering as leader ('' when none, or when two claim it);
    ``agreed`` says every reachable node knows that leader (no candidates left);
    ``roles`` is (node URL, role) for every node, in profile order.
    """

    at: float
    leader: str = ""
    agreed: bool = False
    term: int | None = None
    answering: int = 0  # nodes that answer at all (leader, follower or candidate)
    serving: int = 0  # nodes that are leader or follower of a live leader
    total: int = 0
    roles: tuple[tuple[str, str], ...] = ()

    @property
    def all_back(self) -> bool:
        """Every node answers and serves, and all agree on one leader."""
        return bool(self.leader) and self.agreed and self.serving == self.total > 0

    @property
    def quorum_reachable(self) -> bool:
        """A majority of the nodes answers (an election can succeed)."""
        return self.answering >= quorum_size(self.total)

    def role_of(self, url: str) -> str:
        return next((role for node, role in self.roles if node == url), "")

    def to_dict(self) -> dict[str, object]:
        return {
            "at": self.at,
            "leader": self.leader,
            "agreed": self.agreed,
            "term": self.term,
            "answering": self.answering,
            "serving": self.serving,
            "total": self.total,
            "roles": [list(pair) for pair in self.roles],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Observation:
        roles_raw = data.get("roles") or []
        roles = tuple(
            (str(pair[0]), str(pair[1]))
            for pair in (roles_raw if isinstance(roles_raw, list) else [])
            if isinstance(pair, list | tuple) and len(pair) == 2
        )
        term = data.get("term")
        return cls(
            float(_num(data.get("at"))),
            str(data.get("leader", "")),
            bool(data.get("agreed")),
            int(_num(term)) if term is not None else None,
            int(_num(data.get("answering"))),
            int(_num(data.get("serving"))),
            int(_num(data.get("total"))),
            roles,
        )


def observe(snapshot: Snapshot, at: float | None = None) -> Observation:
    """The drill's view of one monitor snapshot."""
    leaders = snapshot.leaders
    leader = leaders[0].url if len(leaders) == 1 else ""
    answering = [n for n in snapshot.nodes if n.role in _ANSWERING]
    agreed = bool(leader) and all(n.role in _SERVING for n in answering)
    terms = [n.term for n in snapshot.nodes if n.term is not None]
    serving = sum(1 for n in snapshot.nodes if n.role in _SERVING) if leader else 0
    return Observation(
        snapshot.taken_at if at is None else at,
        leader,
        agreed,
        max(terms) if terms else None,
        len(answering),
        serving,
        len(snapshot.nodes),
        tuple((n.url, str(n.role)) for n in snapshot.nodes),
    )


class EventKind(StrEnum):
    INFO = "info"
    FAULT = "fault"
    LEADER = "leader"
    NODE = "node"
    RESTORE = "restore"
    RECOVERED = "recovered"
    SAFETY = "safety"
    ABORT = "abort"
    ERROR = "error"


#: What each kind of event is called where the events are listed.
EVENT_LABELS = {
    EventKind.INFO: Sentence("info"),
    EventKind.FAULT: Sentence("fault"),
    EventKind.LEADER: Sentence("leader"),
    EventKind.NODE: Sentence("node"),
    EventKind.RESTORE: Sentence("restore"),
    EventKind.RECOVERED: Sentence("recovered"),
    EventKind.SAFETY: Sentence("safety"),
    EventKind.ABORT: Sentence("abort"),
    EventKind.ERROR: Sentence("error"),
}


@dataclass(frozen=True)
class DrillEvent:
    """Something the drill did or saw (``text``: usually a Sentence)."""

    at: float
    kind: EventKind
    text: str

    @property
    def label(self) -> str:
        """The name of the event's kind, for people."""
        return EVENT_LABELS.get(self.kind, str(self.kind))

    def to_dict(self) -> dict[str, object]:
        return {"at": self.at, "kind": str(self.kind), "text": json_value(self.text)}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> DrillEvent:
        return cls(
            float(_num(data.get("at"))),
            EventKind(str(data.get("kind", "info"))),
            from_json(data.get("text", "")),
        )


@dataclass(frozen=True)
class LeaderSpan:
    """``leader`` led (or nobody, when '') from ``start`` to ``end``."""

    leader: str
    start: float
    end: float

    @property
    def duration_s(self) -> float:
        return self.end - self.start


# ----- maths ----------------------------------------------------------------------------


def availability(
    samples: Iterable[ProbeSample],
    kind: ProbeKind,
    start: float | None = None,
    end: float | None = None,
) -> float | None:
    """Percentage of ``kind`` probes sent in [start, end] that succeeded (None: none sent)."""
    chosen = [
        s
        for s in samples
        if s.kind is kind and (start is None or s.at >= start) and (end is None or s.at <= end)
    ]
    if not chosen:
        return None
    return 100.0 * sum(1 for s in chosen if s.ok) / len(chosen)


def failure_windows(samples: Iterable[ProbeSample], kind: ProbeKind) -> list[tuple[float, float]]:
    """Runs of consecutive failed ``kind`` probes as (first failure sent, next success sent).

    A run still failing at the end closes at the last failed probe.
    """
    ordered = sorted((s for s in samples if s.kind is kind), key=lambda s: s.at)
    windows: list[tuple[float, float]] = []
    start: float | None = None
    last_fail = 0.0
    for sample in ordered:
        if not sample.ok:
            if start is None:
                start = sample.at
            last_fail = sample.at
        elif start is not None:
            windows.append((start, sample.at))
            start = None
    if start is not None:
        windows.append((start, last_fail))
    return windows


def longest_outage(samples: Iterable[ProbeSample], kind: ProbeKind) -> float:
    """Length of the longest run of failed ``kind`` probes (0 when none failed)."""
    return max((b - a for a, b in failure_windows(samples, kind)), default=0.0)


def leader_spans(observations: Sequence[Observation], end: float | None = None) -> list[LeaderSpan]:
    """Consecutive periods of one leader (or none), each lasting until the next change.

    The last span lasts until ``end`` (default: the last observation).
    """
    spans: list[LeaderSpan] = []
    for obs in sorted(observations, key=lambda o: o.at):
        if spans and spans[-1].leader == obs.leader:
            continue
        if spans:
            spans[-1] = LeaderSpan(spans[-1].leader, spans[-1].start, obs.at)
        spans.append(LeaderSpan(obs.leader, obs.at, obs.at))
    if spans:
        last_at = max(o.at for o in observations)
        close = max(end if end is not None else last_at, spans[-1].start)
        spans[-1] = LeaderSpan(spans[-1].leader, spans[-1].start, close)
    return spans


def time_without_leader(observations: Sequence[Observation], start: float, end: float) -> float:
    """Seconds within [start, end] during which no node answered as the one leader.

    Each observation holds until the next one; the state before the first observation
    in the window is the last one before ``start`` (or, failing that, the first one).
    """
    if end <= start or not observations:
        return 0.0
    ordered = sorted(observations, key=lambda o: o.at)
    total = 0.0
    current = ordered[0].leader
    cursor = start
    for obs in ordered:
        if obs.at <= start:
            current = obs.leader
            continue
        if obs.at >= end:
            break
        if not current:
            total += obs.at - cursor
        cursor = obs.at
        current = obs.leader
    if not current:
        total += end - cursor
    return total


def first_new_leader(
    observations: Sequence[Observation],
    after: float,
    old_leader: str,
    *,
    agreed: bool = True,
) -> Observation | None:
    """The first observation after ``after`` with a leader other than ``old_leader``
    (known by every reachable node when ``agreed``)."""
    for obs in sorted(observations, key=lambda o: o.at):
        if obs.at < after or not obs.leader or obs.leader == old_leader:
            continue
        if agreed and not obs.agreed:
            continue
        return obs
    return None


def first_agreed_leader(
    observations: Sequence[Observation], after: float, *, excluding_gap: bool = True
) -> Observation | None:
    """The first observation after ``after`` where all reachable nodes agree on a leader,
    once the cluster has been without one (``excluding_gap``: skip the old leader's
    observations from before the first leaderless one)."""
    gap_seen = not excluding_gap
    for obs in sorted(observations, key=lambda o: o.at):
        if obs.at < after:
            continue
        if not obs.leader or not obs.agreed:
            gap_seen = True
            continue
        if gap_seen:
            return obs
    return None


def first_full_recovery(observations: Sequence[Observation], after: float) -> Observation | None:
    """The first observation after ``after`` with every node back and one agreed leader."""
    return next(
        (o for o in sorted(observations, key=lambda o: o.at) if o.at >= after and o.all_back),
        None,
    )


def _num(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return 0.0
    try:
        return float(value)
    except ValueError:
        return 0.0
