"""Every coloured text the application draws reads at WCAG AA (4.5:1) in both themes.

The colours live in one registry (:func:`adminui.ui.theme.colour_pairs`); the first test
measures every pair of it, the others check that the widgets really draw from it (in the
dark theme, where hard-coded light colours used to show) and that no widget module
hard-codes a colour of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from adminui.core.cluster import NodeState, Role, Snapshot
from adminui.core.quorum import QuorumWarning
from adminui.profiles.audit_log import AuditLog
from adminui.ui import theme
from adminui.ui.audit import AuditPage
from adminui.ui.bridge import AsyncBridge
from adminui.ui.drills.chart import render_timeline
from adminui.ui.overview.history_charts import HistoryCharts
from adminui.ui.overview.quorum_panel import QuorumPanel
from adminui.ui.policies import highlighter
from adminui.ui.rotation.timeline import RotationTimeline
from tests.ui.test_audit_page import filled_log
from tests.ui.test_drill_page import make_page, report
from tests.ui.test_history_charts import URLS, history
from tests.ui.test_theme import contrast

UI = Path(theme.__file__).parent


@pytest.fixture
def controller() -> Iterator[theme.ThemeController]:
    themes = theme.ThemeController()
    yield themes
    themes.apply("system")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_colour_pair_of_the_registry_reads(dark: bool) -> None:
    pairs = theme.colour_pairs(dark)
    poor = [
        (pair.where, pair.foreground, pair.background, round(ratio, 2))
        for pair in pairs
        if (ratio := contrast(QColor(pair.foreground), QColor(pair.background))) < pair.minimum
    ]
    assert poor == []
    # The registry covers every table of colours that text is drawn in.
    places = " | ".join(pair.where for pair in pairs)
    for name in (*theme.STATUS_COLOURS, *theme.STATUS_BACKGROUNDS, *theme.SOLID_BANNERS):
        assert name in places
    for name in (*theme.HIGHLIGHT_COLOURS, *theme.DIFF_BACKGROUNDS, *theme.ENVIRONMENT_COLOURS):
        assert name in places
    assert "chart text" in places and "chart axis labels" in places


_COLOUR_LITERAL = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|rgba?\(|QColor\(\s*[\"'0-9]|Qt\.GlobalColor"
    r"|colou?r\s*:\s*(?!palette)[a-z]+\s*[;\"']|[\"'](white|black)[\"']"
)


def test_no_widget_module_hard_codes_a_colour() -> None:
    """A colour must come from the theme's registry, where the contrast test sees it."""
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _COLOUR_LITERAL.search(line)
    ]
    assert found == []


def common_colours(image: QImage, count: int = 3) -> list[str]:
    colours = Counter(
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )
    return [name for name, _ in colours.most_common(count)]


def grabbed(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def strongest(image: QImage, background: QColor) -> QColor:
    """The pixel that stands out most from ``background``: the text's own colour, where
    anti-aliasing blends the glyphs' edges towards the background."""
    best, ratio = background, 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if (found := contrast(colour, background)) > ratio:
                best, ratio = colour, found
    return best


def test_drill_timeline_follows_the_dark_theme(
    qtbot: QtBot, bridge: AsyncBridge, tmp_path: Path, controller: theme.ThemeController
) -> None:
    controller.apply("light")
    page = make_page(qtbot, bridge, tmp_path)
    page.show()
    page.show_report(report())
    light = page.chart.pixmap().toImage()
    assert light.pixelColor(2, 2) == theme.chart_colour("background", dark=False)
    controller.apply("dark")
    background = theme.chart_colour("background", dark=True)
    qtbot.waitUntil(lambda: page.chart.pixmap().toImage().pixelColor(2, 2) == background)
    image = page.chart.pixmap().toImage()
    title = image.copy(0, 0, image.width(), 22)
    text = theme.chart_colour("text", dark=True)
    assert strongest(title, background) == text
    assert contrast(text, background) >= 4.5
    # The exported picture (PDF, PNG) stays light whatever the theme.
    assert render_timeline(report(), dark=False).pixelColor(2, 2) == QColor("#ffffff")


def test_history_chart_legends_and_axes_read_in_both_themes(
    qtbot: QtBot, controller: theme.ThemeController
) -> None:
    charts = HistoryCharts(history(), URLS)
    qtbot.addWidget(charts)
    charts.resize(800, 600)
    for dark in (False, True):
        controller.apply("dark" if dark else "light")
        charts.show()
        qtbot.waitUntil(lambda: bool(charts._plots))
        background = charts._graphics.backgroundBrush().color()
        assert background == theme.chart_colour("background", dark)
        legend = charts._legend
        labels = [label for _sample, label in legend.items]
        assert len(labels) == len(URLS)
        for label in labels:
            colour = QColor(label.opts["color"])
            assert colour == theme.chart_colour("text", dark)
            assert contrast(colour, background) >= 4.5
        for plot in charts._plots.values():
            for side in ("left", "bottom"):
                tick = plot.getAxis(side).textPen().color()
                assert contrast(tick, background) >= 4.5, (dark, side)


def test_rotation_timeline_legend_and_axes_read_in_both_themes(
    qtbot: QtBot, controller: theme.ThemeController
) -> None:
    timeline = RotationTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(700, 400)
    timeline.show()
    for dark in (False, True):
        controller.apply("dark" if dark else "light")
        qtbot.waitUntil(
            lambda dark=dark: (
                timeline.plot.backgroundBrush().color() == theme.chart_colour("background", dark)
            )
        )
        window = QApplication.palette().color(QApplication.palette().ColorRole.Window)
        muted = theme.status_colour_in("muted", dark)
        legend = grabbed(timeline.legend)
        assert legend.pixelColor(0, 0) == window
        assert strongest(legend, window) == muted
        assert contrast(muted, window) >= 4.5
        background = theme.chart_colour("background", dark)
        tick = timeline.plot.getAxis("bottom").textPen().color()
        assert contrast(tick, background) >= 4.5
        now = timeline._now_label.color
        assert contrast(QColor(now), background) >= 4.5


def test_audit_verdict_reads_in_the_dark_theme(
    qtbot: QtBot, tmp_path: Path, controller: theme.ThemeController
) -> None:
    log: AuditLog = filled_log(tmp_path, 3)
    lines = log.path.read_text().splitlines()
    lines[1] = lines[1].replace('"who":"alice"', '"who":"mallory"')
    log.path.write_text("\n".join(lines) + "\n")
    controller.apply("dark")
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    assert not page.verify().ok
    colours = common_colours(grabbed(page.verdict))
    background = theme.STATUS_BACKGROUNDS["error"][1]
    assert colours[0] == background
    text = QApplication.palette().color(QApplication.palette().ColorRole.WindowText)
    assert contrast(text, QColor(background)) >= 4.5
    # A later switch of theme re-colours it (a style sheet set on the label would not).
    controller.apply("light")
    qtbot.waitUntil(
        lambda: common_colours(grabbed(page.verdict))[0] == theme.STATUS_BACKGROUNDS["error"][0]
    )


def test_no_tolerance_banner_reads(qtbot: QtBot) -> None:
    panel = QuorumPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 200)
    panel.show()
    one_down = Snapshot(
        "c",
        1.0,
        (
            NodeState("http://a", Role.LEADER),
            NodeState("http://b", Role.FOLLOWER),
            NodeState("http://c", Role.UNREACHABLE),
        ),
    )
    panel.show_snapshot(one_down)
    assert QuorumWarning.NO_TOLERANCE in panel.warnings
    text, background = theme.SOLID_BANNERS["no_tolerance"]
    image = grabbed(panel.banner)
    assert common_colours(image)[0] == background
    assert strongest(image, QColor(background)) == QColor(text)
    assert contrast(QColor(text), QColor(background)) >= 4.5


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_policy_highlighting_uses_the_registry(
    dark: bool, controller: theme.ThemeController
) -> None:
    controller.apply("dark" if dark else "light")
    base = QApplication.palette().color(QApplication.palette().ColorRole.Base)
    for name, fmt in highlighter.styles().items():
        colour = fmt.foreground().color()
        assert colour == QColor(theme.HIGHLIGHT_COLOURS[name][int(dark)])
        assert contrast(colour, base) >= 4.5, name
