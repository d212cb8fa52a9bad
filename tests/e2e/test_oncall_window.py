"""On-call work in the real window under Xvfb (xcb), on a cluster the test starts: a
sealed standby unsealed and a dead standby removed through the overview's dialogs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_real_window import ROOT, distinct_colours
from tests.system_tools import require_tool

pytestmark = [pytest.mark.lab, pytest.mark.slow]


def test_unseal_and_remove_a_dead_peer_in_a_real_window(tmp_path: Path) -> None:
    shots, work = tmp_path / "shots", tmp_path / "cluster"
    work.mkdir()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        ADMINUI_CONFIG_DIR=str(tmp_path / "config"),
        ADMINUI_DATA_DIR=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [
            require_tool("xvfb-run"),
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            "-m",
            "tests.e2e.drive_oncall",
            str(shots),
            str(work),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb"
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
