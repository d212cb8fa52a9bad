"""Runs a window driver (``python -m tests.e2e.<driver>``) under Xvfb with the xcb
platform, its configuration and data in folders of its own, and reads the one JSON
line of what it saw."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from tests.system_tools import require_tool

ROOT = Path(__file__).resolve().parents[2]


def drive(driver: str, tmp_path: Path, *args: str, **env_extra: str) -> dict[str, Any]:
    """What ``tests.e2e.<driver>`` printed; fails with its error output if it failed."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        # Its window state and audit log stay its own (it runs without this process's
        # keyring, and a log sealed with that key takes no unsealed entry).
        ADMINUI_CONFIG_DIR=str(tmp_path / "config"),
        ADMINUI_DATA_DIR=str(tmp_path / "data"),
        **env_extra,
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no notification reaches this desktop
    result = subprocess.run(
        [
            require_tool("xvfb-run"),
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            "-m",
            f"tests.e2e.{driver}",
            *args,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb"
    return seen


def distinct_colours(path: str) -> int:
    """Colours in a screenshot, sampled every 7 pixels (a blank one has one or two)."""
    image = QImage(path)
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)
