from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adminui.core.quorum import WARNING_TEXT, QuorumState, QuorumWarning, quorum_size
from adminui.core.sentence import Sentence


@pytest.mark.parametrize(("voters", "quorum"), [(0, 0), (1, 1), (2, 2), (3, 2), (4, 3), (5, 3)])
def test_quorum_size(voters: int, quorum: int) -> None:
    assert quorum_size(voters) == quorum


def test_three_healthy_voters() -> None:
    state = QuorumState(voters=3, healthy=3)
    assert (state.quorum, state.design_tolerance, state.tolerance_now) == (2, 1, 1)
    assert state.warnings == []


def test_one_of_three_down_leaves_no_tolerance() -> None:
    assert QuorumState(3, 2).warnings == [QuorumWarning.NO_TOLERANCE]


def test_two_of_three_down_loses_quorum() -> None:
    state = QuorumState(3, 1)
    assert not state.has_quorum
    assert state.warnings == [QuorumWarning.QUORUM_LOST]


def test_even_voter_count_is_flagged() -> None:
    assert QuorumState(4, 4).warnings == [QuorumWarning.EVEN_VOTERS]


@given(st.integers(1, 99), st.integers(0, 99))
def test_quorum_is_a_strict_majority(voters: int, healthy: int) -> None:
    healthy = min(healthy, voters)
    state = QuorumState(voters, healthy)
    assert state.quorum * 2 > voters
    assert (state.quorum - 1) * 2 <= voters
    assert state.has_quorum == (healthy * 2 > voters)


def test_every_warning_has_a_translatable_sentence() -> None:
    for warning in QuorumWarning:
        text = WARNING_TEXT[warning]
        assert isinstance(text, Sentence) and text == text.template
