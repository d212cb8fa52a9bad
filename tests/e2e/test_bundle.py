"""The PyInstaller bundle builds, starts and paints (offscreen), speaks Russian, offers
nothing it lacks, and the desktop metadata passes the validators software centres use."""

from __future__ import annotations

import os
import struct
import subprocess
from pathlib import Path

import pytest

from adminui.ui.app_icon import APP_ID
from tests.system_tools import require_tool

ROOT = Path(__file__).resolve().parents[2]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run_bundle(binary: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ADMINUI_CONFIG_DIR=str(tmp_path))
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, timeout=120, env=env, check=False
    )


@pytest.mark.slow
def test_bundle_builds_starts_and_paints(tmp_path: Path) -> None:
    # Built from what a clean clone has: no compiled translations lying around.
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        qm.unlink()
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-bundle.sh")],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    bundle = ROOT / "dist" / "adminui"
    binary = bundle / "adminui"
    assert binary.is_file()
    started = run_bundle(binary, tmp_path, "--smoke-test")
    assert started.returncode == 0, started.stderr[-2000:]
    assert "painted" in started.stdout

    # Russian is in the bundle, compiled.
    assert list(bundle.rglob("resources/translations/adminui_ru.qm"))
    russian = run_bundle(binary, tmp_path, "--smoke-test", "--language", "ru")
    assert russian.returncode == 0, russian.stderr[-2000:]
    assert "menu: &Файл" in russian.stdout and "menu: &File" in started.stdout
    # The icon in every size.
    for size in ICON_SIZES:
        assert list(bundle.rglob(f"hicolor/{size}x{size}/apps/{APP_ID}.png")), size

    # The lab is not in the bundle, so nothing offers it.
    helped = run_bundle(binary, tmp_path, "--help")
    assert helped.returncode == 0
    assert "lab" not in helped.stdout
    refused = run_bundle(binary, tmp_path, "lab", "up")
    assert refused.returncode == 2
    version = run_bundle(binary, tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("adminui ")


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icon_comes_in_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert png_size(icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (
            size,
            size,
        )


def test_desktop_file_and_metainfo_name_the_same_application() -> None:
    desktop = (ROOT / "resources" / f"{APP_ID}.desktop").read_text()
    metainfo = (ROOT / "resources" / f"{APP_ID}.metainfo.xml").read_text()
    assert f"Icon={APP_ID}" in desktop
    assert "Exec=adminui" in desktop
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f"{APP_ID}.desktop" in metainfo
    for needed in ('<url type="homepage">', "<developer_name>", "<screenshot", "<release "):
        assert needed in metainfo, needed


def test_desktop_file_passes_the_validator() -> None:
    result = subprocess.run(
        [require_tool("desktop-file-validate"), str(ROOT / "resources" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        [
            require_tool("appstreamcli"),
            "validate",
            "--no-net",
            str(ROOT / "resources" / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
