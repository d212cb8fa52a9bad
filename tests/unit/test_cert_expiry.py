"""Certificate expiry in words and levels: warned at 30 days, an error at 7 and after."""

from __future__ import annotations

import pytest

from adminui.core.cert_expiry import DAY_S, expiry_of, soonest

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("days", "level", "text"),
    [
        (90.5, "ok", "expires in 90 days"),
        (30.0, "warning", "expires in 30 days"),
        (7.0, "error", "expires in 7 days"),
        (0.5, "error", "expires within a day"),
        (-3.2, "error", "expired 3 days ago"),
    ],
)
def test_levels_and_words(days: float, level: str, text: str) -> None:
    expiry = expiry_of(NOW + days * DAY_S, NOW)
    assert (expiry.level, expiry.text) == (level, text)


def test_the_soonest_of_several_and_none_of_none() -> None:
    found = [expiry_of(NOW + d * DAY_S, NOW) for d in (40, 12, 300)]
    first = soonest(found)
    assert first is not None and int(first.days_left) == 12
    assert soonest([]) is None
