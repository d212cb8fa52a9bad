"""Light and dark themes: our own palettes, and status colours readable in both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from adminui.ui import theme
from adminui.ui.bridge import AsyncBridge
from adminui.ui.main_window import MainWindow

contrast = theme.contrast


@pytest.mark.parametrize("dark", [False, True])
def test_status_colours_keep_their_contrast_in_both_themes(dark: bool) -> None:
    palette = theme.dark_palette() if dark else theme.light_palette()
    for name, pair in theme.STATUS_COLOURS.items():
        colour = QColor(pair[1] if dark else pair[0])
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            ratio = contrast(colour, palette.color(role))
            assert ratio >= 4.5, (name, dark, role, round(ratio, 2))
    # Ordinary text too, on the base and on the flagging backgrounds.
    text = palette.color(QPalette.ColorRole.Text)
    assert contrast(text, palette.color(QPalette.ColorRole.Base)) >= 7
    for name, pair in theme.STATUS_BACKGROUNDS.items():
        ratio = contrast(text, QColor(pair[1] if dark else pair[0]))
        assert ratio >= 7, (name, dark, round(ratio, 2))


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    bridge = AsyncBridge()
    main = MainWindow([], bridge, interval_ms=60_000)
    qtbot.addWidget(main)
    yield main
    main.set_theme("system")
    main.close()
    bridge.shutdown()


def test_choosing_a_theme_repaints_the_application(window: MainWindow, qapp: QApplication) -> None:
    window.set_theme("dark")
    assert theme.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Base) == QColor("#17181a")
    assert theme.status_colour("error") == QColor(theme.STATUS_COLOURS["error"][1])
    assert window.theme_actions["dark"].isChecked()
    window.set_theme("light")
    assert not theme.is_dark()
    assert theme.status_colour("error") == QColor(theme.STATUS_COLOURS["error"][0])
    window.set_theme("system")
    assert theme.is_dark() == theme.os_prefers_dark()
    assert theme.status_colour("nonsense") == theme.status_colour("muted")
    window.set_theme("dark")
    assert theme.status_background("error") == QColor("#5c1a1a")


def text_colours(label: QLabel) -> set[str]:
    image = label.grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    }


def test_marked_labels_follow_a_change_of_theme(window: MainWindow, qtbot: QtBot) -> None:
    """A label marked with a tone takes the theme's colour, also after a switch."""
    label = QLabel("XXXXXXXX")
    label.setStyleSheet("font-size: 24pt; font-weight: 900;")
    qtbot.addWidget(label)
    theme.set_tone(label, "error")
    chip = QLabel("chip")
    qtbot.addWidget(chip)
    theme.set_chip(chip, "warning")
    window.set_theme("light")
    label.show()
    chip.show()
    assert theme.STATUS_COLOURS["error"][0] in text_colours(label)
    assert theme.STATUS_BACKGROUNDS["warning"][0] in text_colours(chip)
    window.set_theme("dark")
    assert theme.STATUS_COLOURS["error"][1] in text_colours(label)
    assert theme.STATUS_BACKGROUNDS["warning"][1] in text_colours(chip)
    rules = theme.application_style_sheet(dark=True)
    assert 'MessageBanner[level="info"]' in rules and 'QLabel[tone="muted"]' in rules
