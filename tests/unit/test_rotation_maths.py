"""Rotation-set maths: choice, guarantee, stagger health, windows and re-stagger plans."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from adminui.core.rotation import (
    DEFAULT_ROTATION_LAG,
    DUE_TIME_ROUNDING,
    ROTATION_MARGIN,
    ROTATION_TICK,
    Member,
    WindowKind,
    assess,
    best_guarantee,
    choose_member,
    guaranteed_lifetime,
    ideal_guarantee,
    parse_server_time,
    stagger_gaps,
    stagger_plan,
    windows,
    with_rotation,
)

periods = st.floats(min_value=5.0, max_value=90 * 86400.0, allow_nan=False)
counts = st.integers(min_value=2, max_value=12)
epochs = st.floats(min_value=1.6e9, max_value=2.0e9, allow_nan=False)
fractions = st.floats(min_value=0.0, max_value=1.0, allow_nan=False, exclude_max=True)


def staggered(count: int, period: float, t0: float, now: float) -> list[Member]:
    """Members rotated at t0 + i·P/N and then every P on time, as seen at ``now``."""
    members = []
    for i in range(count):
        first = t0 + i * period / count
        cycles = math.floor((now - first) / period)
        members.append(Member(f"m{i}", first + cycles * period, period))
    return members


@given(counts, periods, epochs, fractions)
def test_a_correct_stagger_always_hands_out_at_least_p_times_n_minus_1_over_n(
    count: int, period: float, t0: float, when: float
) -> None:
    now = t0 + period + when * period
    members = staggered(count, period, t0, now)
    chosen = choose_member(members, now)
    assert chosen is not None
    best = max(m.remaining(now) for m in members)
    assert chosen.remaining(now) == best
    tolerance = 1e-6 * period
    assert chosen.remaining(now) >= period * (count - 1) / count - tolerance
    result = assess(members, period, now)
    assert result.staggered
    assert result.guarantee == pytest.approx(best_guarantee(count, period), abs=tolerance)
    assert result.deficit == pytest.approx(0.0, abs=tolerance)


@st.composite
def set_states(draw: st.DrawFn) -> tuple[list[Member], float, float, list[float]]:
    """Members with any phases (some possibly due, within the lag), and rotation lags."""
    count = draw(counts)
    period = draw(st.floats(min_value=5.0, max_value=100_000.0, allow_nan=False))
    lag = draw(st.floats(min_value=0.0, max_value=min(DEFAULT_ROTATION_LAG, period / 2)))
    now = draw(epochs)
    members = []
    for i in range(count):
        due_in = draw(st.floats(min_value=-lag, max_value=period, allow_nan=False))
        members.append(Member(f"m{i}", now + due_in - period, period))
    lags = draw(st.lists(st.floats(min_value=0.0, max_value=lag), min_size=count, max_size=count))
    return members, period, lag, [now, *lags]


@settings(max_examples=300)
@given(set_states(), st.lists(fractions, min_size=1, max_size=40))
def test_the_guarantee_holds_until_the_next_drift_whatever_the_lag(
    state: tuple[list[Member], float, float, list[float]], moments: list[float]
) -> None:
    """Simulate the server: a due member rotates up to ``lag`` late; sample P − lag."""
    members, period, lag, (now, *lags) = state
    # A due member the server has not rotated yet still rotates within the lag.
    rotated_at = {m.name: m.next_rotation + lg for m, lg in zip(members, lags, strict=True)}
    assume(all(at >= now for at in rotated_at.values()))
    start = assess(members, period, now, lag=lag)
    assert start.chosen_remaining >= start.guarantee - 1e-6 * period
    for fraction in moments:
        t = now + fraction * (period - lag)
        current = [
            Member(m.name, rotated_at[m.name], period) if rotated_at[m.name] <= t else m
            for m in members
        ]
        chosen = choose_member(current, t)
        if start.guarantee > 0:
            assert chosen is not None
        if chosen is not None:
            assert not chosen.is_due(t)
            assert chosen.remaining(t) >= start.guarantee - 1e-6 * period
            assert chosen.remaining(t) == max(m.remaining(t) for m in current)


@given(counts, periods, epochs, fractions)
def test_gaps_go_round_the_period(count: int, period: float, t0: float, when: float) -> None:
    members = staggered(count, period, t0, t0 + period * (1 + when))
    gaps = stagger_gaps(members, period)
    assert len(gaps) == count
    assert sum(g.gap for g in gaps) == pytest.approx(period, rel=1e-6)
    assert {g.first for g in gaps} == {m.name for m in members}


def test_a_broken_stagger_names_the_pair_and_the_shortfall() -> None:
    # P = 60, N = 3: should be 20 s apart; b rotates only 5 s after a.
    now = 1_000.0
    members = [Member("a", 950.0, 60.0), Member("b", 955.0, 60.0), Member("c", 975.0, 60.0)]
    result = assess(members, 60.0, now, lag=6.0)
    assert not result.staggered
    assert [(g.first, g.second) for g in result.broken] == [("a", "b")]
    assert result.broken[0].shortfall == pytest.approx(15.0)
    # The largest gap is c → a: 35 s, so the guarantee is 60 − 35 − 6.
    assert result.guarantee == pytest.approx(19.0)
    assert result.ideal_guarantee == pytest.approx(40.0)
    assert result.best_guarantee == pytest.approx(34.0)
    assert result.deficit == pytest.approx(15.0)


def test_a_member_waiting_for_the_server_is_never_handed_out() -> None:
    members = [Member("a", 0.0, 30.0), Member("b", 15.0, 30.0)]
    # At 31 s, a is due (ttl 0) and not rotated yet; b still has 14 s.
    assert choose_member(members, 31.0) == members[1]
    assert choose_member([Member("a", 0.0, 30.0)], 31.0) is None
    assert assess([Member("a", 0.0, 30.0)], 30.0, 31.0).chosen is None


def test_a_member_overdue_past_the_lag_is_stuck_and_counts_for_nothing() -> None:
    members = [Member("a", 0.0, 30.0), Member("b", 15.0, 30.0), Member("c", 25.0, 30.0)]
    result = assess(members, 30.0, 40.0, lag=6.0)
    assert result.stuck == ("a",)
    assert not result.staggered
    assert result.guarantee == pytest.approx(guaranteed_lifetime(members[1:], 30.0, 6.0))


def test_ties_go_to_the_first_member() -> None:
    members = [Member("x", 0.0, 30.0), Member("y", 0.0, 30.0)]
    assert choose_member(members, 10.0) == members[0]


def test_rotating_a_member_now_previews_a_weaker_guarantee() -> None:
    members = [Member("a", 0.0, 30.0), Member("b", 15.0, 30.0)]
    before = assess(members, 30.0, 20.0, lag=6.0)
    after = assess(with_rotation(members, "a", 20.0), 30.0, 20.0, lag=6.0)
    assert before.guarantee == pytest.approx(9.0)
    assert after.chosen == "a"
    assert after.guarantee == pytest.approx(0.0)
    assert after.broken
    with pytest.raises(KeyError):
        with_rotation(members, "zz", 20.0)


def test_one_member_has_no_guarantee() -> None:
    assert guaranteed_lifetime([Member("a", 0.0, 30.0)], 30.0) == 0.0
    assert ideal_guarantee(0, 30.0) == 0.0
    assert best_guarantee(2, 10.0, lag=6.0) == 0.0


def test_windows_assumed_current_projected() -> None:
    member = Member("a", 100.0, 30.0)
    found = windows(member, 50.0, 200.0, now=110.0)
    assert [(w.start, w.end, w.kind) for w in found] == [
        (40.0, 70.0, WindowKind.ASSUMED),
        (70.0, 100.0, WindowKind.ASSUMED),
        (100.0, 130.0, WindowKind.CURRENT),
        (130.0, 160.0, WindowKind.PROJECTED),
        (160.0, 190.0, WindowKind.PROJECTED),
        (190.0, 220.0, WindowKind.PROJECTED),
    ]
    # A due member's next window starts when the server rotates it: not before now.
    late = windows(member, 120.0, 150.0, now=133.0)
    assert [(w.start, w.kind) for w in late] == [
        (100.0, WindowKind.CURRENT),
        (133.0, WindowKind.PROJECTED),
    ]
    assert windows(member, 10.0, 10.0, now=0.0) == []


@given(counts, periods, epochs, st.lists(fractions, min_size=12, max_size=12), fractions)
def test_following_the_plan_gives_a_correct_stagger(
    count: int, period: float, now: float, phases: list[float], jitter: float
) -> None:
    members = [Member(f"m{i}", now - phases[i] * period, period) for i in range(count)]
    plan = stagger_plan(members, period, now)
    assert all(now <= step.at < now + period + 1e-6 * period for step in plan)
    assert [p.at for p in plan] == sorted(p.at for p in plan)
    done = members
    for step in plan:
        done = list(with_rotation(done, step.member, step.at))
    end = max([now, *(p.at for p in plan)])
    # Meanwhile the server rotated the members that fell due, on time.
    done = [
        Member(
            m.name, m.last_rotation + math.floor((end - m.last_rotation) / period) * period, period
        )
        for m in done
    ]
    allowed = max(0.5, period / count * 0.05)
    after = assess(done, period, end, lag=0.0, tolerance=2 * allowed + 1e-6 * period)
    assert after.staggered, after.gaps
    assert after.guarantee >= ideal_guarantee(count, period) - 2 * allowed - 1e-6 * period
    # A set that is already staggered needs no rotation at all.
    fine = staggered(count, period, now - period * (1 + jitter), now)
    assert stagger_plan(fine, period, now) == ()


def test_a_new_set_is_staggered_from_its_first_member() -> None:
    members = [Member(f"m{i}", 1000.0, 30.0) for i in range(3)]
    plan = stagger_plan(members, 30.0, 1000.5, anchor="m0")
    assert [(p.member, p.at) for p in plan] == [("m1", 1010.0), ("m2", 1020.0)]


def test_server_times_parse_with_nanoseconds() -> None:
    assert parse_server_time("2026-11-24T05:25:30.75284083Z") == pytest.approx(
        1795497930.752840, abs=1e-3
    )
    assert parse_server_time("2026-11-24T05:25:30Z") == pytest.approx(1795497930.0, abs=1e-3)
    assert parse_server_time("2026-11-24T07:25:30.5+02:00") == pytest.approx(1795497930.5, abs=1e-3)
    with pytest.raises(ValueError):
        parse_server_time("")
    with pytest.raises(ValueError):
        parse_server_time("yesterday")


@pytest.mark.parametrize(
    ("period", "count", "ideal"),
    [(60.0, 2, 30.0), (60.0, 3, 40.0), (120.0, 4, 90.0), (86_400.0, 2, 43_200.0), (30.0, 5, 24.0)],
)
def test_the_ideal_is_p_times_n_minus_1_over_n_and_the_margin_is_the_servers_timing(
    period: float, count: int, ideal: float
) -> None:
    assert ideal_guarantee(count, period) == pytest.approx(ideal)
    # The server rotates on a 5 s tick and keeps due times in whole seconds.
    assert ROTATION_TICK == 5.0 and DUE_TIME_ROUNDING == 1.0
    assert ROTATION_MARGIN == DEFAULT_ROTATION_LAG == 6.0
    assert best_guarantee(count, period) == pytest.approx(ideal - 6.0)
    now = 10_000.0
    members = staggered(count, period, now - 1.5 * period, now)
    result = assess(members, period, now)
    assert result.ideal_guarantee == pytest.approx(ideal)
    assert result.best_guarantee == pytest.approx(ideal - 6.0)
    assert result.guarantee == pytest.approx(ideal - 6.0)
    assert result.deficit == pytest.approx(0.0, abs=1e-9)


def test_the_margin_covers_the_worst_the_server_does_to_two_members() -> None:
    # P = 60, N = 2, 29.99 s apart: a is due at 61.0, b at 90.99. The server rotates a at
    # its first tick once the whole second 61 has come, which can be almost 5 s later;
    # it rotates b once the whole second 90 has come, so b's password can go 0.99 s early.
    period = 60.0
    a, b = Member("a", 1.0, period), Member("b", 30.99, period)
    latest_rotation_of_a = math.floor(a.next_rotation) + ROTATION_TICK
    earliest_rotation_of_b = math.floor(b.next_rotation)
    worst = earliest_rotation_of_b - latest_rotation_of_a
    assert worst == pytest.approx(24.0)
    result = assess([a, b], period, a.next_rotation)
    assert result.chosen == "b"
    assert result.guarantee == pytest.approx(23.99)
    assert result.guarantee <= worst
    # The tick alone would promise more than the server can keep.
    assert guaranteed_lifetime([a, b], period, ROTATION_TICK) > worst
