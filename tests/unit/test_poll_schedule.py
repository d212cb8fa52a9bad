"""Adaptive polling: the cluster on screen fast, the others slow with a pulse, any change
fast until steady again (an injected clock)."""

from __future__ import annotations

from adminui.core.poll_schedule import PollSchedule, PollSettings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def schedule(**settings: object) -> tuple[PollSchedule, Clock]:
    clock = Clock()
    return PollSchedule(PollSettings(**settings), clock=clock), clock  # type: ignore[arg-type]


def test_on_screen_is_fast_and_off_screen_is_slow_with_a_pulse() -> None:
    plan, _clock = schedule()
    plan.on_screen = {"prod"}
    assert plan.interval_ms("prod") == 500
    assert plan.pulse_ms("prod") is None
    assert plan.interval_ms("stage") == 5000
    assert plan.pulse_ms("stage") == 2000
    assert plan.interval_ms("prod", own_ms=250) == 250  # the profile's own interval


def test_a_leaderless_cluster_on_screen_is_looked_at_every_100_ms() -> None:
    plan, _clock = schedule()
    plan.on_screen = {"prod"}
    plan.observed("prod", leaderless=True, changed=False)
    assert plan.interval_ms("prod") == 100
    plan.observed("prod", leaderless=False, changed=False)
    assert plan.interval_ms("prod") == 500


def test_a_transition_off_screen_switches_to_fast_until_steady_again() -> None:
    plan, clock = schedule(settle_s=10.0)
    plan.on_screen = {"prod"}
    plan.observed("stage", leaderless=False, changed=False)
    assert plan.interval_ms("stage") == 5000
    # The leader goes: a transition, no leader → fast (not every 100 ms: only the
    # cluster on screen is looked at that often), no pulse.
    plan.observed("stage", leaderless=True, changed=True)
    assert plan.interval_ms("stage") == 500
    assert plan.pulse_ms("stage") is None
    clock.now += 3
    plan.observed("stage", leaderless=False, changed=True)  # a new leader
    assert plan.interval_ms("stage") == 500
    clock.now += 9.9
    plan.observed("stage", leaderless=False, changed=False)
    assert plan.interval_ms("stage") == 500  # not yet steady for 10 s
    clock.now += 0.2
    assert plan.interval_ms("stage") == 5000  # steady: slow again
    assert plan.pulse_ms("stage") == 2000


def test_a_failed_pulse_stirs_the_cluster() -> None:
    plan, clock = schedule(settle_s=5.0)
    assert plan.interval_ms("stage") == 5000
    plan.stirred("stage")
    assert plan.interval_ms("stage") == 500
    clock.now += 5.1
    assert plan.interval_ms("stage") == 5000


def test_a_minimised_window_keeps_even_the_cluster_on_screen_slow() -> None:
    plan, _clock = schedule(off_screen_ms=10000)
    plan.on_screen = {"prod"}
    plan.minimised = True
    assert plan.interval_ms("prod") == 10000
    assert plan.pulse_ms("prod") == 2000
    plan.minimised = False
    assert plan.interval_ms("prod") == 500


def test_without_adaptive_polling_every_cluster_is_fast() -> None:
    plan, _clock = schedule(adaptive=False)
    assert plan.interval_ms("stage") == 500
    assert plan.pulse_ms("stage") is None


def test_a_slow_profile_interval_is_not_made_faster_off_screen() -> None:
    plan, _clock = schedule(off_screen_ms=2000)
    assert plan.interval_ms("stage", own_ms=3000) == 3000


def test_forgetting_a_cluster_drops_its_state() -> None:
    plan, _clock = schedule()
    plan.on_screen = {"prod"}
    plan.observed("prod", leaderless=True, changed=True)
    plan.forget("prod")
    assert plan.interval_ms("prod") == 5000
