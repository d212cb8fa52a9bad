"""The PyInstaller bundle builds, starts and paints (offscreen)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_bundle_builds_starts_and_paints(tmp_path: Path) -> None:
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-bundle.sh")],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    binary = ROOT / "dist" / "adminui" / "adminui"
    assert binary.is_file()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ADMINUI_CONFIG_DIR=str(tmp_path))
    started = subprocess.run(
        [str(binary), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert started.returncode == 0, started.stderr[-2000:]
    assert "painted" in started.stdout


def test_desktop_file_and_metainfo_name_the_same_application() -> None:
    desktop = (ROOT / "resources" / "io.github.adminui.AdminUI.desktop").read_text()
    metainfo = (ROOT / "resources" / "io.github.adminui.AdminUI.metainfo.xml").read_text()
    assert "Icon=io.github.adminui.AdminUI" in desktop
    assert "Exec=adminui" in desktop
    assert "<id>io.github.adminui.AdminUI</id>" in metainfo
    assert "io.github.adminui.AdminUI.desktop" in metainfo
    assert (ROOT / "resources" / "icons" / "io.github.adminui.AdminUI.svg").is_file()
