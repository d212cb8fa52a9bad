"""Six clusters in the real window under Xvfb (xcb), one failing: the fleet page first,
the failing one on top, its alert shown and opening it, and the notification log."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.xvfb import distinct_colours, drive

pytestmark = [pytest.mark.slow]


def test_six_clusters_one_failing_in_a_real_window(tmp_path: Path) -> None:
    shots, work = tmp_path / "shots", tmp_path / "cluster"
    work.mkdir()
    seen = drive("drive_fleet", tmp_path, str(shots), str(work))
    for step in ("fleet_first", "all_looked_at", "failing_first", "note_shown", "opened"):
        assert seen[step] is True, (step, seen)
    states = seen["states"]
    assert states.pop("prod-ap") == "quorum lost", seen
    assert set(states.values()) == {"healthy"}, seen
    assert seen["note_cluster"] == "prod-ap" and seen["tray_tone"] == "error"
    assert {"node unreachable", "quorum lost"} <= set(seen["logged"]), seen
    for name in ("1-fleet-with-alert", "2-opened-from-alert", "3-notifications"):
        assert distinct_colours(str(shots / f"{name}.png")) > 8, name
