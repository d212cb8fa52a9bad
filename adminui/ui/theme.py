"""Light and dark themes, and status colours that keep their meaning and contrast in both.

The dark palette is our own (Fusion style), so "dark" looks the same on every desktop, not
only where the platform offers a dark scheme. "system" follows the OS colour scheme and
switches when the OS does. Widgets ask :func:`status_colour` for a colour when they paint,
so a status reads the same (red is a fault, green is healthy) in both themes; labels
and banners are marked with a tone (:func:`set_tone`, :func:`set_chip`,
:func:`set_banner_level`) that the application's style sheet colours, so they follow a
change of theme too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

#: What the user can choose.
THEMES = ("system", "light", "dark")

#: Status colours as (on a light background, on a dark background). Each pair keeps a
#: contrast of at least 4.5:1 (WCAG AA) against its theme's base colour.
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "ok": ("#1b5e20", "#81c784"),
    "error": ("#b71c1c", "#ef9a9a"),
    "warning": ("#7a5c00", "#ffd54f"),
    "info": ("#0d47a1", "#90caf9"),
    "muted": ("#616161", "#bdbdbd"),
    "special": ("#6a1b9a", "#ce93d8"),  # sealed: neither healthy nor failed
}

#: Backgrounds that flag a cell or a chip, under the theme's ordinary text colour.
STATUS_BACKGROUNDS: dict[str, tuple[str, str]] = {
    "error": ("#ffcdd2", "#5c1a1a"),
    "warning": ("#fff3c4", "#4a3b00"),
    "info": ("#e8f0fe", "#1c2b45"),
}

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d2e31",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Light: "#3c4043",
    QPalette.ColorRole.Midlight: "#34363a",
    QPalette.ColorRole.Mid: "#2a2b2e",
    QPalette.ColorRole.Dark: "#111214",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#80868b",
    QPalette.ColorRole.Text: "#80868b",
    QPalette.ColorRole.ButtonText: "#80868b",
    QPalette.ColorRole.Highlight: "#3c4043",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def os_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the window shows light text on a dark background now."""
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def status_colour(name: str) -> QColor:
    """The colour for status ``name`` ("ok", "error", "warning", "info", "muted") in the
    theme shown now."""
    light, dark = STATUS_COLOURS.get(name, STATUS_COLOURS["muted"])
    return QColor(dark if is_dark() else light)


def status_background(name: str) -> QColor:
    """The background that flags status ``name`` ("error", "warning") in this theme."""
    light, dark = STATUS_BACKGROUNDS.get(name, STATUS_BACKGROUNDS["warning"])
    return QColor(dark if is_dark() else light)


def application_style_sheet(dark: bool) -> str:
    """Rules for widgets marked with a tone, a chip or a banner level (see
    :func:`set_tone`), in the colours of the light or the dark theme."""
    side = 1 if dark else 0
    palette = dark_palette() if dark else light_palette()
    text = palette.color(QPalette.ColorRole.Text).name()
    rules = [
        f'QLabel[tone="{name}"] {{ color: {pair[side]}; }}' for name, pair in STATUS_COLOURS.items()
    ]
    for name, pair in STATUS_BACKGROUNDS.items():
        frame = f"background: {pair[side]}; border: 1px solid {STATUS_COLOURS[name][side]};"
        rules.append(
            f'QLabel[chip="{name}"] {{ {frame} color: {text}; border-radius: 4px;'
            " padding: 2px 6px; }"
        )
        rules.append(f'MessageBanner[level="{name}"] {{ {frame} border-radius: 4px; }}')
    return "\n".join(rules)


def _mark(widget: QWidget, name: str, value: str) -> None:
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_tone(label: QWidget, tone: str) -> None:
    """Write ``label``'s text in status ``tone``'s colour ("" for the ordinary colour);
    it follows later theme changes."""
    _mark(label, "tone", tone)


def set_chip(label: QWidget, name: str) -> None:
    """Show ``label`` as a flagged box ("error", "warning", "info") in the theme's colours."""
    _mark(label, "chip", name)


def set_banner_level(banner: QWidget, level: str) -> None:
    """Colour a message banner for ``level`` ("error", "warning", "info")."""
    _mark(banner, "level", level)


class ThemeController(QObject):
    """Applies the chosen theme to the application, and follows the OS under "system"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice = "system"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._os_changed)

    def apply(self, choice: str) -> None:
        if choice not in THEMES:
            choice = "system"
        self.choice = choice
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # the same look on every desktop, and our palettes fit it
        dark = choice == "dark" or (choice == "system" and os_prefers_dark())
        sheet = application_style_sheet(dark)
        if app.styleSheet() == sheet:
            return  # shown already: repainting every widget again would cost start-up time
        app.setPalette(dark_palette() if dark else light_palette())
        app.setStyleSheet(sheet)

    def _os_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply("system")
