"""When a token is renewed, when the user is warned, when it has expired."""

from __future__ import annotations

import pytest

from adminui.monitor.connection import Session
from adminui.monitor.token_life import TokenAction, next_action


@pytest.mark.parametrize(
    ("elapsed", "renewable", "expected"),
    [
        (0, True, TokenAction.NOTHING),
        (14.9, True, TokenAction.NOTHING),
        (15, True, TokenAction.RENEW),  # half of 30 s gone
        (15, False, TokenAction.NOTHING),
        (26.9, False, TokenAction.NOTHING),
        (27, False, TokenAction.WARN),  # a tenth left
        (30, True, TokenAction.EXPIRED),
        (31, False, TokenAction.EXPIRED),
    ],
)
def test_the_action_follows_the_share_of_the_ttl_gone(
    elapsed: float, renewable: bool, expected: TokenAction
) -> None:
    session = Session(obtained_at=100.0, ttl_s=30, renewable=renewable)
    assert next_action(session, 100.0 + elapsed) is expected


def test_a_failed_renewal_waits_and_warns_meanwhile() -> None:
    session = Session(obtained_at=0.0, ttl_s=30, renewable=True)
    assert next_action(session, 28, renew_blocked_until=35) is TokenAction.WARN
    assert next_action(session, 20, renew_blocked_until=35) is TokenAction.NOTHING
    assert next_action(session, 29, renew_blocked_until=28) is TokenAction.RENEW


def test_a_token_without_expiry_needs_nothing() -> None:
    assert next_action(Session(obtained_at=0.0, ttl_s=0), 1e9) is TokenAction.NOTHING
