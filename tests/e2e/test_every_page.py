"""Every page of the real window under Xvfb (xcb), in English and in Russian, at the
window's default size: each is shown, shot, fully translated and cut nowhere."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from adminui.lab import Lab
from tests.e2e.xvfb import distinct_colours, drive

pytestmark = [pytest.mark.lab, pytest.mark.slow]

#: Every page a lab's two clusters have, and the window-wide ones.
PAGES = {
    "fleet",
    *(f"bao-{key}" for key in ("overview", "history", "namespaces", "policies", "quotas")),
    *(f"bao-{key}" for key in ("rotation", "config", "drills")),
    *(f"core-{key}" for key in ("overview", "history", "services", "config", "drills")),
    "notifications",
    "audit",
    "palette",
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_page_in_a_real_window(healed_lab: Lab, tmp_path: Path, language: str) -> None:
    shots = tmp_path / "shots"
    seen = drive(
        "drive_pages", tmp_path, str(shots), language, ADMINUI_LAB_DIR=str(healed_lab.dir.root)
    )
    assert seen["size"] == [1200, 760]  # the default size
    pages = seen["pages"]
    assert set(pages) == PAGES
    for name, page in pages.items():
        assert page["english"] == [], (name, page)  # nothing left untranslated
        assert page["cut"] == [], (name, page)
        assert distinct_colours(page["shot"]) > 12, name
    # Kept for people to look at when ADMINUI_SCREENSHOTS names a folder.
    keep = os.environ.get("ADMINUI_SCREENSHOTS")
    if keep:
        for page in pages.values():
            shutil.copy(page["shot"], keep)
