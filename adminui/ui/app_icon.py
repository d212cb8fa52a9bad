"""The application icon: the SVG and its rendered PNG sizes from resources/icons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

APP_ID = "io.github.adminui.AdminUI"
ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


def application_icon() -> QIcon:
    """Every size of the icon (the window manager and task switcher pick one), the SVG
    for sizes between them."""
    icon = QIcon()
    for png in sorted(ICONS_DIR.glob(f"hicolor/*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    svg = ICONS_DIR / f"{APP_ID}.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
