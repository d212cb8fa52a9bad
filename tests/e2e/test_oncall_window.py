"""On-call work in the real window under Xvfb (xcb), on a cluster the test starts: a
sealed standby unsealed and a dead standby removed through the overview's dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.xvfb import distinct_colours, drive

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def test_unseal_and_remove_a_dead_peer_in_a_real_window(tmp_path: Path) -> None:
    shots, work = tmp_path / "shots", tmp_path / "cluster"
    work.mkdir()
    seen = drive("drive_oncall", tmp_path, str(shots), str(work))
    for step in (
        "sealed_shown",
        "share_field_emptied",
        "unsealed",
        "unsealed_in_overview",
        "autopilot_saved",
        "dead_unhealthy",
        "removed",
    ):
        assert seen[step] is True, (step, seen)
    # The what-if, then the second question for the even number of voters left.
    first, second = seen["questions"]
    assert "Voters: 3 → 2" in first and "even number of voters (2)" in second
    for name in ("1-sealed-standby", "3-unsealed", "5-dead-peer", "6-removed", "question-1"):
        assert distinct_colours(str(shots / f"{name}.png")) > 8, name
