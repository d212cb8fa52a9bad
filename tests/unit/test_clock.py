from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from adminui.core.clock import OffsetEstimator, sample_bounds


def observe(true_offset: float, sent: float, delay: float) -> tuple[float, float, float]:
    """What a server with ``true_offset`` answers when read halfway through a request."""
    read_at = sent + delay / 2
    return math.floor(read_at + true_offset), sent, sent + delay


def test_one_sample_only_bounds_the_offset_to_about_a_second() -> None:
    bounds = sample_bounds(*observe(2.3, 1000.25, 0.01))
    assert bounds.low <= 2.3 < bounds.high
    assert 0.9 < bounds.high - bounds.low < 1.1


@given(
    st.floats(-30, 30),
    st.lists(st.floats(0, 1), min_size=12, max_size=30),
)
def test_many_samples_converge_on_the_true_offset(true_offset: float, phases: list[float]) -> None:
    estimator = OffsetEstimator()
    bounds = None
    for i, phase in enumerate(phases):
        bounds = estimator.add(*observe(true_offset, 5000 + i * 0.5 + phase, 0.004))
    assert bounds is not None
    assert bounds.low <= true_offset + 1e-9 and true_offset <= bounds.high + 1e-9
    assert abs(bounds.estimate - true_offset) <= 0.5


def test_evenly_spread_samples_give_a_sharp_estimate() -> None:
    estimator = OffsetEstimator()
    for i in range(20):
        bounds = estimator.add(*observe(-0.37, 100 + i * 0.55, 0.002))
    assert abs(bounds.estimate + 0.37) < 0.05


def test_a_stepped_clock_starts_over() -> None:
    estimator = OffsetEstimator()
    for i in range(10):
        estimator.add(*observe(0.2, 100 + i * 0.37, 0.002))
    bounds = estimator.add(*observe(5.2, 110, 0.002))
    assert bounds.low <= 5.2 < bounds.high
