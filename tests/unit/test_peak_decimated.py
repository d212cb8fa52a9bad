"""Thinning a chart series for drawing: spikes and gaps survive, short series do not change."""

from __future__ import annotations

import numpy as np

from adminui.core.history import peak_decimated


def test_a_long_series_keeps_its_spike_its_dip_and_its_gap() -> None:
    times = np.arange(7200, dtype=float)
    values = np.full(7200, 5.0)
    values[1234] = 900.0  # one slow answer
    values[4000] = 0.5
    values[5000:5300] = np.nan  # the node was down
    thin_t, thin_v = peak_decimated(times, values, 600)
    assert len(thin_t) == len(thin_v) == 1200
    assert np.nanmax(thin_v) == 900.0 and np.nanmin(thin_v) == 0.5
    assert np.isnan(thin_v).any()
    assert thin_t[0] == 0.0 and thin_t[-1] == 7199.0
    assert np.all(np.diff(thin_t) >= 0)


def test_a_short_series_is_left_as_it_is() -> None:
    times = np.arange(100, dtype=float)
    values = np.sin(times)
    thin_t, thin_v = peak_decimated(times, values, 600)
    assert thin_t is times and thin_v is values
