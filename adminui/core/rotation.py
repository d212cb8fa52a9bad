"""Rotation-set maths: which member to hand out, and how long it is guaranteed to live.

A rotation set is N accounts whose passwords rotate on the same period P, staggered by
P/N. Whoever asks for a password gets the member with the **longest remaining
lifetime**; with a correct stagger that is never less than P·(N−1)/N (the *ideal*),
less the margin the server's rotation timing forces (:data:`ROTATION_MARGIN`). This
module is pure (no I/O, no clock): every function takes ``now``, and all times are
seconds on one clock (epoch seconds in practice). Consumers that hand out passwords can
reuse :func:`choose_member` and :func:`assess` as they are.

What the server does (OpenBao 2.7, database secrets engine, static roles):

* A static role needs ``rotation_period`` (5 s minimum). ``rotation_schedule`` and
  ``rotation_window`` sent together with it are accepted with 204 and **silently
  ignored** (reading the role back shows only ``rotation_period``); a role with only
  ``rotation_schedule`` is refused. So the server cannot be told a phase: the stagger is
  made by rotating member i (``rotate-role``) at t0 + i·P/N. Creating a static role
  rotates its password at once, and every rotation restarts that member's own cycle:
  next rotation = last rotation + P.
* Due rotations are not made on time but by a ticker that checks the rotation queue
  every :data:`ROTATION_TICK` seconds, and the queue keeps due times in whole seconds
  (the due time rounded down). So a password is replaced between up to
  :data:`DUE_TIME_ROUNDING` before and up to :data:`ROTATION_TICK` after the time
  ``last_vault_rotation + P`` says. While a due member waits for the tick, the member
  handed out instead keeps losing lifetime, and that one may itself be replaced a
  little early: the guarantee is therefore P·(N−1)/N − :data:`ROTATION_MARGIN`. A due
  member is never handed out. Because each late rotation restarts the cycle late, the
  stagger drifts by up to the tick per period; :func:`assess` reports the drift and
  :func:`stagger_plan` says how to repair it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

#: How often the server checks its rotation queue for due passwords (OpenBao's default).
ROTATION_TICK = 5.0
#: The server keeps due times in whole seconds, rounded down: a password can be replaced
#: up to this much before it is due.
DUE_TIME_ROUNDING = 1.0
#: What the server's rotation timing takes off the guarantee of a perfect stagger.
ROTATION_MARGIN = ROTATION_TICK + DUE_TIME_ROUNDING
#: The margin the maths use unless told otherwise; a member overdue by more than this
#: is *stuck* (the server is not rotating it).
DEFAULT_ROTATION_LAG = ROTATION_MARGIN
#: The shortest rotation period OpenBao accepts for a static role.
MIN_PERIOD = 5.0


@dataclass(frozen=True)
class Member:
    """One account of a set: when its password last rotated, and its period."""

    name: str
    last_rotation: float
    period: float

    @property
    def next_rotation(self) -> float:
        """When the server is due to rotate this member's password."""
        return self.last_rotation + self.period

    def remaining(self, now: float) -> float:
        """Seconds the current password still has before it is due (0 once due)."""
        return max(0.0, self.next_rotation - now)

    def is_due(self, now: float) -> bool:
        """Whether the rotation is due (the server may not have done it yet)."""
        return now >= self.next_rotation


class WindowKind(StrEnum):
    """Where a validity window comes from."""

    ASSUMED = "assumed"  # before the last rotation, assuming it rotated on time
    CURRENT = "current"  # the password in force since the last rotation
    PROJECTED = "projected"  # a future password, if the server rotates on time


@dataclass(frozen=True)
class Window:
    """A span of time during which one password of ``member`` is valid."""

    member: str
    start: float
    end: float
    kind: WindowKind


@dataclass(frozen=True)
class StaggerGap:
    """Two members that rotate one after the other, and how far apart they are."""

    first: str
    second: str
    gap: float
    expected: float

    @property
    def shortfall(self) -> float:
        """How much closer together they rotate than a correct stagger (0 if not)."""
        return max(0.0, self.expected - self.gap)


@dataclass(frozen=True)
class PlannedRotation:
    """Rotate ``member`` at ``at`` (part of a stagger plan)."""

    member: str
    at: float


@dataclass(frozen=True)
class Assessment:
    """A set at one moment: whom to hand out, the guarantee, the health of the stagger."""

    now: float
    period: float
    lag: float
    members: tuple[Member, ...]
    remaining: Mapping[str, float] = field(hash=False)
    chosen: str | None
    chosen_remaining: float
    guarantee: float
    ideal_guarantee: float
    best_guarantee: float
    gaps: tuple[StaggerGap, ...]
    broken: tuple[StaggerGap, ...]
    stuck: tuple[str, ...]

    @property
    def staggered(self) -> bool:
        """No two members rotate too close together and none is stuck."""
        return not self.broken and not self.stuck

    @property
    def deficit(self) -> float:
        """Seconds of guarantee lost to drift or a bad stagger (0 when staggered
        correctly): what a perfect stagger would give, less what this one gives."""
        return max(0.0, self.best_guarantee - self.guarantee)


def parse_server_time(text: str) -> float:
    """Epoch seconds of an RFC 3339 time as OpenBao writes it (nanoseconds are cut)."""
    value = text.strip()
    if not value:
        raise ValueError("empty time")
    head, dot, tail = value.partition(".")
    if dot:
        zone = tail.lstrip("0123456789")
        digits = tail[: len(tail) - len(zone)]
        value = f"{head}.{digits[:6].ljust(6, '0')}{zone}"
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def ideal_guarantee(count: int, period: float) -> float:
    """P·(N−1)/N exactly: the guarantee of a perfect stagger on a server that rotates
    every password exactly on time (0 for an empty set)."""
    if count < 1:
        return 0.0
    return period * (count - 1) / count


def best_guarantee(count: int, period: float, lag: float = DEFAULT_ROTATION_LAG) -> float:
    """P·(N−1)/N less ``lag``: what a perfectly staggered set really guarantees, given
    the server's rotation timing (never < 0)."""
    return max(0.0, ideal_guarantee(count, period) - lag)


def choose_member(members: Iterable[Member], now: float) -> Member | None:
    """The member to hand out now: the longest remaining lifetime, never one that is due.

    Ties go to the member listed first. ``None`` when every member is due.
    """
    best: Member | None = None
    for member in members:
        if member.is_due(now):
            continue
        if best is None or member.remaining(now) > best.remaining(now):
            best = member
    return best


def _phase(time: float, period: float) -> float:
    return time % period


def stagger_gaps(members: Sequence[Member], period: float) -> tuple[StaggerGap, ...]:
    """Gaps between consecutive rotations, in rotation order, going round the period.

    Each gap is measured from one member's rotation to the next member's (modulo P);
    a correct stagger has every gap equal to P/N.
    """
    if len(members) < 2 or period <= 0:
        return ()
    expected = period / len(members)
    ordered = sorted(members, key=lambda m: (_phase(m.next_rotation, period), m.name))
    phases = [_phase(m.next_rotation, period) for m in ordered]
    gaps = []
    for index, member in enumerate(ordered):
        if index + 1 < len(ordered):
            follower, gap = ordered[index + 1], phases[index + 1] - phases[index]
        else:  # round the period, back to the first
            follower, gap = ordered[0], phases[0] + period - phases[index]
        gaps.append(StaggerGap(member.name, follower.name, gap, expected))
    return tuple(gaps)


def guaranteed_lifetime(
    members: Sequence[Member], period: float, lag: float = DEFAULT_ROTATION_LAG
) -> float:
    """The least remaining lifetime of the chosen member over the coming period.

    The worst moment comes just before a due member is rotated (up to the server's tick
    late): the best other member is the one that rotated just before it, and it may
    itself be replaced up to a second early. So the guarantee is
    P − (largest gap between consecutive rotations) − ``lag`` (the server's rotation
    margin). One member gives 0.
    """
    gaps = stagger_gaps(members, period)
    if not gaps:
        return 0.0
    return max(0.0, period - max(g.gap for g in gaps) - lag)


def assess(
    members: Sequence[Member],
    period: float,
    now: float,
    *,
    lag: float = DEFAULT_ROTATION_LAG,
    tolerance: float | None = None,
) -> Assessment:
    """Everything the console and consumers need to know about a set at ``now``.

    ``tolerance`` is how much shorter than P/N a gap may be before the stagger is called
    broken (default: a tenth of P/N, at least one second). A member overdue by more than
    ``lag`` is *stuck* (the server is not rotating it) and counts for nothing in the
    guarantee.
    """
    members = tuple(members)
    count = len(members)
    expected = period / count if count else 0.0
    allowed = tolerance if tolerance is not None else max(1.0, expected * 0.1)
    stuck = tuple(m.name for m in members if now - m.next_rotation > lag)
    live = [m for m in members if m.name not in stuck]
    gaps = stagger_gaps(members, period)
    broken = tuple(g for g in gaps if g.shortfall > allowed)
    chosen = choose_member(members, now)
    return Assessment(
        now=now,
        period=period,
        lag=lag,
        members=members,
        remaining={m.name: m.remaining(now) for m in members},
        chosen=chosen.name if chosen else None,
        chosen_remaining=chosen.remaining(now) if chosen else 0.0,
        guarantee=guaranteed_lifetime(live, period, lag),
        ideal_guarantee=ideal_guarantee(count, period),
        best_guarantee=best_guarantee(count, period, lag),
        gaps=gaps,
        broken=broken,
        stuck=stuck,
    )


def with_rotation(members: Sequence[Member], name: str, at: float) -> tuple[Member, ...]:
    """The members as they would be if ``name`` were rotated at ``at`` (a preview)."""
    if not any(m.name == name for m in members):
        raise KeyError(name)
    return tuple(replace(m, last_rotation=at) if m.name == name else m for m in members)


def windows(member: Member, start: float, end: float, now: float) -> list[Window]:
    """The member's validity windows that overlap [start, end].

    Windows before the last rotation are *assumed* (it is not known whether earlier
    rotations were on time); later ones are *projected*, starting when the server will
    rotate (now, for a member that is already due).
    """
    period = member.period
    if period <= 0 or end <= start:
        return []
    result: list[Window] = []
    last = member.last_rotation
    first = math.floor((start - last) / period)
    for k in range(first, 0):
        w_start, w_end = last + k * period, last + (k + 1) * period
        if w_end > start and w_start < end:
            result.append(Window(member.name, w_start, w_end, WindowKind.ASSUMED))
    if member.next_rotation > start and last < end:
        result.append(Window(member.name, last, member.next_rotation, WindowKind.CURRENT))
    w_start = max(member.next_rotation, now)
    while w_start < end:
        w_end = w_start + period
        if w_end > start:
            result.append(Window(member.name, w_start, w_end, WindowKind.PROJECTED))
        w_start = w_end
    return result


def stagger_plan(
    members: Sequence[Member],
    period: float,
    now: float,
    *,
    anchor: str | None = None,
    tolerance: float | None = None,
) -> tuple[PlannedRotation, ...]:
    """When to rotate which member so that rotations end up P/N apart.

    The anchor (default: the member rotated most recently) keeps its cycle; the other
    members, taken in the order they currently rotate after it, get slots anchor + i·P/N.
    Each is rotated the next time its slot comes round (always within one period from
    ``now``); a member already within ``tolerance`` of its slot is left alone. The plan
    is sorted by time.
    """
    count = len(members)
    if count < 2 or period <= 0:
        return ()
    step = period / count
    allowed = tolerance if tolerance is not None else max(0.5, step * 0.05)
    if anchor is None:
        base = max(members, key=lambda m: m.last_rotation)
    else:
        base = next(m for m in members if m.name == anchor)
    others = sorted(
        (m for m in members if m.name != base.name),
        key=lambda m: ((m.last_rotation - base.last_rotation) % period, m.name),
    )
    plan = []
    for slot, member in enumerate(others, start=1):
        target = base.last_rotation + slot * step
        off = (member.last_rotation - target) % period
        if min(off, period - off) <= allowed:
            continue
        at = target + math.ceil((now - target) / period) * period if target < now else target
        plan.append(PlannedRotation(member.name, at))
    return tuple(sorted(plan, key=lambda p: (p.at, p.member)))
