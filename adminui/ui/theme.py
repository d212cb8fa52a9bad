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

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
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
    "ok": ("#e8f5e9", "#1b3a1f"),
    "error": ("#ffcdd2", "#5c1a1a"),
    "warning": ("#fff3c4", "#4a3b00"),
    "info": ("#e8f0fe", "#1c2b45"),
}

#: Banners that fill their box with a strong colour: name -> (text, background), the same
#: in both themes (they must stand out on either).
SOLID_BANNERS: dict[str, tuple[str, str]] = {
    "quorum_lost": ("#ffffff", "#c62828"),
    "no_tolerance": ("#ffffff", "#b34700"),
    "even_voters": ("#000000", "#f9a825"),
    "environment": ("#ffffff", "#455a64"),
}

#: Environment strips (white text): the profile's environment -> background.
ENVIRONMENT_COLOURS: dict[str, str] = {
    "PROD": "#c62828",
    "STAGE": "#b34700",
    "TEST": "#1565c0",
    "LAB": "#455a64",
    "INSECURE": "#b71c1c",
}

#: Charts (drill timeline, rotation timeline, history): plot background, text (titles,
#: legends, row names) and axis (ticks and their labels), as (light, dark).
CHART_COLOURS: dict[str, tuple[str, str]] = {
    "background": ("#ffffff", "#17181a"),
    "text": ("#212121", "#e8eaed"),
    "axis": ("#616161", "#9aa0a6"),
}

#: Who leads, as a band in the drill chart with the leader's name written on it in
#: ``LEADER_BAND_TEXT``: one background per node, the same in both themes.
LEADER_BANDS: tuple[str, ...] = ("#1b5e20", "#0d47a1", "#6a1b9a", "#bf360c", "#006064")
LEADER_BAND_TEXT = "#ffffff"
#: The band when the leader is not one of the drill's nodes, or nobody leads.
LEADER_BAND_OTHER: tuple[str, str] = ("#616161", "#5f6368")
LEADER_BAND_NONE: tuple[str, str] = ("#ef9a9a", "#8c3a3a")

#: The drill chart's role bands (one row per node; no text is drawn on them).
ROLE_BANDS: dict[str, str] = {
    "leader": "#2e7d32",
    "follower": "#90caf9",
    "candidate": "#ffb300",
    "sealed": "#8e24aa",
    "unreachable": "#c62828",
    "unknown": "#9e9e9e",
}
#: The drill chart's probe marks: ok (True) and failed (False).
PROBE_BANDS: dict[bool, str] = {True: "#43a047", False: "#e53935"}

#: The rotation timeline's bars and band (red, green, blue, alpha); no text on them.
ROTATION_BARS: dict[str, tuple[int, int, int, int]] = {
    "assumed": (120, 144, 156, 70),
    "current": (21, 101, 192, 200),
    "projected": (21, 101, 192, 80),
    "chosen": (46, 125, 50, 230),
    "due": (239, 108, 0, 220),
    "guarantee": (46, 125, 50, 45),
}

#: Curves, one per node, on a chart's background (graphics: 3:1 per WCAG 1.4.11).
SERIES_COLOURS: tuple[tuple[str, str], ...] = (
    ("#1565c0", "#64b5f6"),
    ("#2e7d32", "#81c784"),
    ("#b34700", "#ffb74d"),
    ("#6a1b9a", "#ce93d8"),
    ("#c62828", "#e57373"),
    ("#00838f", "#4dd0e1"),
    ("#5d4037", "#bcaaa4"),
)

#: Policy HCL highlighting, per token kind, on the editor's base colour.
HIGHLIGHT_COLOURS: dict[str, tuple[str, str]] = {
    "keyword": ("#7b1fa2", "#ce93d8"),
    "attribute": ("#1565c0", "#90caf9"),
    "string": ("#2e7d32", "#a5d6a7"),
    "capability": ("#00695c", "#80cbc4"),
    "number": ("#a84300", "#ffcc80"),
    "comment": ("#696969", "#9e9e9e"),
    "operator": ("#424242", "#cfd8dc"),
}

#: Row backgrounds of a policy diff (added, removed) under the ordinary text.
DIFF_BACKGROUNDS: dict[str, tuple[str, str]] = {
    "added": ("#e6ffec", "#1e3a28"),
    "removed": ("#ffebe9", "#4a2024"),
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


#: Fusion's own selection blue (#308cc6) holds white text at 3.7:1 only.
LIGHT_HIGHLIGHT = "#3d6fb6"


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette() if style is not None else QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(LIGHT_HIGHLIGHT))
    return palette


def os_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the window shows light text on a dark background now."""
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def status_dot(name: str, size: int = 12) -> QIcon:
    """A round icon in the status colour ``name`` (the sidebar's health; the tray icon at
    a larger ``size``, in the light theme's colours, which read on any panel)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(status_colour(name) if size <= 16 else status_colour_in(name, False))
    margin = max(1, size // 12)
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pixmap)


def status_colour(name: str) -> QColor:
    """The colour for status ``name`` ("ok", "error", "warning", "info", "muted") in the
    theme shown now."""
    light, dark = STATUS_COLOURS.get(name, STATUS_COLOURS["muted"])
    return QColor(dark if is_dark() else light)


def status_colour_in(name: str, dark: bool) -> QColor:
    """The colour for status ``name`` in the dark or the light theme."""
    light, dark_colour = STATUS_COLOURS.get(name, STATUS_COLOURS["muted"])
    return QColor(dark_colour if dark else light)


def status_background(name: str) -> QColor:
    """The background that flags status ``name`` ("error", "warning") in this theme."""
    light, dark = STATUS_BACKGROUNDS.get(name, STATUS_BACKGROUNDS["warning"])
    return QColor(dark if is_dark() else light)


def solid_banner_style(name: str) -> str:
    """Style sheet rules filling a box with :data:`SOLID_BANNERS` ``name``."""
    text, background = SOLID_BANNERS[name]
    return f"background:{background};color:{text};"


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of ``colour``."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: str) -> str:
    """White or black, whichever reads better on ``background`` (a colour the user chose)."""
    colour = QColor(background)
    white, black = "#ffffff", "#000000"
    return white if contrast(QColor(white), colour) >= contrast(QColor(black), colour) else black


def shade(pair: tuple[str, str], dark: bool | None = None) -> QColor:
    """The light or dark half of ``pair`` (``dark`` None: the theme shown now)."""
    return QColor(pair[1] if (is_dark() if dark is None else dark) else pair[0])


def chart_colour(name: str, dark: bool | None = None) -> QColor:
    """A chart's "background", "text" or "axis" colour (``dark`` None: the theme now)."""
    return shade(CHART_COLOURS[name], dark)


def series_colour(index: int, dark: bool | None = None) -> QColor:
    """The curve colour of the ``index``-th node."""
    return shade(SERIES_COLOURS[index % len(SERIES_COLOURS)], dark)


def palette_of(dark: bool) -> QPalette:
    """The palette of the light or of the dark theme."""
    return dark_palette() if dark else light_palette()


@dataclass(frozen=True)
class ColourPair:
    """Text in ``foreground`` drawn on ``background`` somewhere in the application."""

    where: str
    foreground: str
    background: str
    #: 4.5:1 for ordinary text (WCAG AA); 3:1 for large text and graphics.
    minimum: float = 4.5


def colour_pairs(dark: bool) -> list[ColourPair]:
    """Every coloured text/background pair the application draws in one theme: what the
    contrast test measures. A widget that draws a colour takes it from the tables above."""
    side = 1 if dark else 0
    palette = palette_of(dark)
    role = QPalette.ColorRole
    base, window = palette.color(role.Base).name(), palette.color(role.Window).name()
    alternate = palette.color(role.AlternateBase).name()
    text, window_text = palette.color(role.Text).name(), palette.color(role.WindowText).name()
    pairs = [
        ColourPair("text on base", text, base, 7),
        ColourPair("window text", window_text, window, 7),
        ColourPair("placeholder", palette.color(role.PlaceholderText).name(), base),
        ColourPair(
            "selection",
            palette.color(role.HighlightedText).name(),
            palette.color(role.Highlight).name(),
        ),
    ]
    for name, tone in STATUS_COLOURS.items():
        # Labels (window), table cells (base and alternate rows), HTML in text views.
        for where, surface in (("window", window), ("base", base), ("alternate", alternate)):
            pairs.append(ColourPair(f"tone {name} on {where}", tone[side], surface))
    for name, background in STATUS_BACKGROUNDS.items():
        pairs.append(ColourPair(f"chip/banner/cell {name}", text, background[side], 7))
        pairs.append(ColourPair(f"banner {name} (window text)", window_text, background[side], 7))
    for name, (fg, bg) in SOLID_BANNERS.items():
        pairs.append(ColourPair(f"banner {name}", fg, bg))
    for name, bg in ENVIRONMENT_COLOURS.items():
        pairs.append(ColourPair(f"environment {name}", "#ffffff", bg))
    chart = {name: pair[side] for name, pair in CHART_COLOURS.items()}
    pairs.append(ColourPair("chart text", chart["text"], chart["background"]))
    pairs.append(ColourPair("chart axis labels", chart["axis"], chart["background"]))
    for name in ("ok", "error", "info"):  # drill markers, the rotation "now" label
        pairs.append(
            ColourPair(f"chart marker {name}", STATUS_COLOURS[name][side], chart["background"])
        )
    for band in (*LEADER_BANDS, LEADER_BAND_OTHER[side]):
        pairs.append(ColourPair("leader band name", LEADER_BAND_TEXT, band))
    for i, series in enumerate(SERIES_COLOURS):
        pairs.append(ColourPair(f"curve {i}", series[side], chart["background"], 3))
    for name, colour in HIGHLIGHT_COLOURS.items():
        pairs.append(ColourPair(f"policy {name}", colour[side], base))
    for name, background in DIFF_BACKGROUNDS.items():
        pairs.append(ColourPair(f"diff {name}", text, background[side], 7))
        pairs.append(
            ColourPair(f"diff {name} line number", STATUS_COLOURS["muted"][side], background[side])
        )
    return pairs


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
    """Colour a message banner for ``level`` ("ok", "error", "warning", "info")."""
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
